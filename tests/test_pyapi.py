"""The Python API of `wasmoon_aot` (issue 17): compile / compile_file / load through the cache, Module's
imports and exports, host functions with a Caller, WASI from Python (stream objects, read-only
preopens, inherit_*), Trap.frames and the CLI's backtrace, the public names and their annotations,
py.typed; Caller and frames on both paths (the worker, and in process)."""

from __future__ import annotations

import ast
import inspect
import io
import subprocess
import sys
from pathlib import Path

import pytest

import wasmoon_aot
from guest import compile_wat, run_in_process
from wasmoon_aot import runtime
from wasmoon_aot.aot import cli_run
from wasmoon_aot.runtime.wasi import constants as c
from wasmoon_aot.runtime.wasi.config import parse_preopen

ROOT = Path(__file__).resolve().parent.parent

CONST = '(module (func (export "seven") (result i32) i32.const 7))'

TYPES = """
(module
  (import "env" "f" (func (param i32 f64) (result i64)))
  (import "env" "mem" (memory 1 4))
  (import "env" "g" (global (mut i32)))
  (import "env" "t" (table 2 funcref))
  (func (export "h") (param v128) (result f32) f32.const 1)
  (memory (export "memory") i64 2)
  (global (export "pi") f64 (f64.const 3.14))
  (table (export "tab") 3 10 externref)
  (export "f_again" (func 0))
  (export "mem_again" (memory 0)))
"""

CALLER = """
(module
  (import "env" "shout" (func $shout (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "hello")
  (func (export "run") (result i32) (call $shout (i32.const 16) (i32.const 5))))
"""

# fd 3 is the preopen: mkdir "new" under it, open "in.txt" under it; _start copies stdin to stdout and stderr.
WASI = """
(module
  (import "wasi_snapshot_preview1" "path_create_directory" (func $mkdir (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open"
    (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 100) "new")
  (data (i32.const 200) "in.txt")
  (func (export "mkdir") (result i32) (call $mkdir (i32.const 3) (i32.const 100) (i32.const 3)))
  (func (export "open") (param $oflags i32) (param $rights i64) (result i32)
    (call $open (i32.const 3) (i32.const 0) (i32.const 200) (i32.const 6) (local.get $oflags)
                (local.get $rights) (i64.const 0) (i32.const 0) (i32.const 300)))
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 1024))
    (i32.store (i32.const 4) (i32.const 512))
    (drop (call $read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
    (i32.store (i32.const 4) (i32.load (i32.const 8)))
    (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 12)))
    (drop (call $write (i32.const 2) (i32.const 0) (i32.const 1) (i32.const 12)))))
"""


# inner traps; middle calls it; indirect calls middle through a table; via_host calls a raising host
# function; recurse never ends.
BACKTRACE = """
(module
  (import "env" "boom" (func $boom))
  (func $inner (param i32) (result i32) (i32.div_s (i32.const 1) (local.get 0)))
  (func $middle (export "middle") (param i32) (result i32) (i32.add (i32.const 1) (call $inner (local.get 0))))
  (func $via_host (export "via_host") (call $boom))
  (func $recurse (export "recurse") (param i32) (result i32) (call $recurse (i32.add (local.get 0) (i32.const 1))))
  (func $indirect (export "indirect") (param i32) (result i32)
    (call_indirect (param i32) (result i32) (local.get 0) (i32.const 0)))
  (table 1 funcref) (elem (i32.const 0) $middle))
"""


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home / "wasmoon-aot"


def test_compile_takes_wat_or_wasm_and_a_target():
    from wasmoon_aot.aot.wat import wat_to_wasm
    elf = wasmoon_aot.compile(CONST, target="aarch64-linux")
    assert elf[:4] == b"\x7fELF"
    assert wasmoon_aot.compile(wat_to_wasm(CONST.encode()), target="aarch64-linux") == elf
    assert wasmoon_aot.compile(CONST.encode(), target="aarch64-linux") == elf
    assert wasmoon_aot.compile(CONST, target="aarch64-macos")[:4] == b"\xcf\xfa\xed\xfe"
    assert wasmoon_aot.compile(CONST, target="aarch64-linux", consume_fuel=True) != elf
    with pytest.raises(ValueError, match="unknown target 'x86_64'"):
        wasmoon_aot.compile(CONST, target="x86_64")
    with pytest.raises(TypeError, match="unknown compile option 'fast'"):
        wasmoon_aot.compile(CONST, fast=True)
    with pytest.raises(wasmoon_aot.DecodeError):
        wasmoon_aot.compile("(module (func $x")


def test_compile_file_writes_the_target_its_output_names(tmp_path):
    source = tmp_path / "const.wat"
    source.write_text(CONST)
    data = wasmoon_aot.compile_file(source, tmp_path / "const.dylib")
    assert data[:4] == b"\xcf\xfa\xed\xfe" and (tmp_path / "const.dylib").read_bytes() == data
    assert wasmoon_aot.compile_file(source)[:4] == b"\x7fELF"


def test_load_compiles_wasm_and_wat_through_the_cache(tmp_path, cache_home, monkeypatch):
    builds = []
    real_build = cli_run._build
    monkeypatch.setattr(cli_run, "_build", lambda *args: builds.append(args) or real_build(*args))
    source = tmp_path / "const.wat"
    source.write_text(CONST)
    assert wasmoon_aot.load(source).exports.seven() == 7
    assert wasmoon_aot.load(str(source)).exports.seven() == 7
    assert len(builds) == 1, "the second load must come from the cache"
    assert [p.suffix for p in cache_home.iterdir()] == [".so"]
    assert wasmoon_aot.load(source, regalloc="simple").exports.seven() == 7
    assert len(builds) == 2 and len(list(cache_home.iterdir())) == 2  # compile options are part of the key
    artifact = tmp_path / "const.so"
    artifact.write_bytes(wasmoon_aot.compile(CONST))
    assert wasmoon_aot.load(artifact).exports.seven() == 7
    with pytest.raises(TypeError, match="already compiled"):
        wasmoon_aot.load(artifact, consume_fuel=True)


def test_module_lists_imports_and_exports_with_types(tmp_path):
    from wasmoon_aot import (ExportType, FuncType, GlobalType, ImportType, MemoryType, Module, TableType)
    data = wasmoon_aot.compile(TYPES)
    (tmp_path / "types.so").write_bytes(data)
    for module in (Module(data), Module(tmp_path / "types.so"), Module.from_file(str(tmp_path / "types.so"))):
        assert module.imports == [
            ImportType("env", "f", FuncType(("i32", "f64"), ("i64",))),
            ImportType("env", "mem", MemoryType(1, 4)),
            ImportType("env", "g", GlobalType("i32", True)),
            ImportType("env", "t", TableType("funcref", 2, None)),
        ]
        assert module.exports == [
            ExportType("h", FuncType(("v128",), ("f32",))),
            ExportType("memory", MemoryType(2, None, is64=True)),
            ExportType("pi", GlobalType("f64", False)),
            ExportType("tab", TableType("externref", 3, 10)),
            ExportType("f_again", FuncType(("i32", "f64"), ("i64",))),
            ExportType("mem_again", MemoryType(1, 4)),
        ]
    with pytest.raises(wasmoon_aot.ArtifactError, match="not a wasmoon-aot artifact"):
        Module(b"\0asm\1\0\0\0")
    broken = bytearray(data)
    broken[len(broken) // 2] ^= 1
    with pytest.raises(wasmoon_aot.ArtifactError, match="corrupt"):
        Module(bytes(broken))


def test_host_function_with_caller_reads_and_writes_the_callers_memory(tmp_path):
    seen = []

    def shout(caller, pointer, length):
        memory = caller.memory()
        assert caller["memory"] is not None and caller.get("missing") is None
        text = memory.read(pointer, length)
        memory.write(pointer, text.upper())
        seen.append((text, sorted(caller.exports)))
        return length

    path = tmp_path / "caller.wat"
    path.write_text(CALLER)
    instance = wasmoon_aot.load(path, {"env": {"shout": wasmoon_aot.Func(shout, access_caller=True)}})
    assert instance.exports.run() == 5
    assert instance.exports.memory.read(16, 5) == b"HELLO"
    assert seen == [(b"hello", ["memory", "run"])]
    plain = wasmoon_aot.load(path, {"env": {"shout": wasmoon_aot.Func(lambda pointer, length: length * 2)}})
    assert plain.exports.run() == 10
    with pytest.raises(TypeError, match="callable"):
        wasmoon_aot.Func(42)


def test_wasi_streams_without_a_file_descriptor_and_inherit(tmp_path, monkeypatch):
    path = tmp_path / "echo.wat"
    path.write_text(WASI)
    stdout, stderr = io.BytesIO(), io.StringIO()
    config = wasmoon_aot.WasiConfig(stdin=b"caf\xc3\xa9 input\n", stdout=stdout, stderr=stderr)
    instance = wasmoon_aot.load(path, wasi=config)
    assert wasmoon_aot.run_command(instance) == 0
    assert stdout.getvalue() == b"caf\xc3\xa9 input\n" and stderr.getvalue() == "café input\n"

    monkeypatch.setattr("sys.argv", ["prog", "one"])
    monkeypatch.setenv("WASMOON_API_TEST", "yes")
    config = wasmoon_aot.WasiConfig(stdout=io.BytesIO()).inherit_argv().inherit_env()
    assert config.argv == ["prog", "one"] and config.env["WASMOON_API_TEST"] == "yes"
    assert config.inherit_stdio().stdout is None
    assert "WASMOON_API_TEST=yes" in config.describe()["env"]


@pytest.mark.parametrize("read_only", [False, True])
def test_read_only_preopens_refuse_changes(tmp_path, read_only):
    path = tmp_path / "fs.wat"
    path.write_text(WASI)
    root = tmp_path / "root"
    root.mkdir()
    (root / "in.txt").write_text("data")
    config = wasmoon_aot.WasiConfig().preopen_dir(root, "/data", read_only=read_only)
    exports = wasmoon_aot.load(path, wasi=config).exports
    refused = c.EPERM if read_only else 0
    assert exports.open(0, c.RIGHT["fd_read"]) == 0
    assert exports.open(0, c.RIGHT["fd_write"]) == refused
    assert exports.open(c.OFLAGS_CREAT, c.RIGHT["fd_read"]) == refused
    assert exports.mkdir() == refused
    assert (root / "new").is_dir() != read_only


def test_cli_read_only_dir(tmp_path, capfd, cache_home):
    from wasmoon_aot.aot import cli
    path = tmp_path / "fs.wat"
    path.write_text(WASI)
    (tmp_path / "root").mkdir()
    assert cli.main(["run", str(path), "--dir", f"{tmp_path / 'root'}::/data:ro", "--invoke", "mkdir"]) == 0
    assert capfd.readouterr().out == f"{c.EPERM}\n" and not (tmp_path / "root" / "new").exists()
    assert cli.main(["run", str(path), "--dir", f"{tmp_path / 'root'}::/data", "--invoke", "mkdir"]) == 0
    assert capfd.readouterr().out == "0\n" and (tmp_path / "root" / "new").is_dir()


def test_preopen_specs():
    assert parse_preopen("data") == ("data", "data", False)
    assert parse_preopen("data::/d") == ("data", "/d", False)
    assert parse_preopen("data::/d:ro") == ("data", "/d", True)
    assert parse_preopen("data::/d:rw") == ("data", "/d", False)
    assert parse_preopen("data::a:b") == ("data", "a:b", False)
    assert parse_preopen(("data", "/d", "ro")) == ("data", "/d", True)
    with pytest.raises(ValueError, match="bad preopen"):
        parse_preopen(("data", "/d", "readonly"))


def _public_functions(obj) -> list:
    """`obj` if a function, else its public methods, properties, __init__ and __getitem__."""
    if inspect.isfunction(obj):
        return [obj]
    if not inspect.isclass(obj):
        return []
    found = []
    for key, value in vars(obj).items():
        if key.startswith("_") and key not in ("__init__", "__getitem__"):
            continue
        value = value.fget if isinstance(value, property) else value
        value = value.__func__ if isinstance(value, (classmethod, staticmethod)) else value
        if inspect.isfunction(value):
            found.append(value)
    return found


def test_public_names_are_exported_and_annotated():
    from wasmoon_aot.runtime import exceptions, global_value, instance, memory, store, table
    for name in wasmoon_aot.__all__:
        assert getattr(wasmoon_aot, name) is not None, name
    assert wasmoon_aot.WorkerError is runtime.WorkerError and wasmoon_aot.Trap is runtime.Trap
    assert wasmoon_aot.Store is runtime.Store and wasmoon_aot.Memory is runtime.Memory
    public = [getattr(wasmoon_aot, name) for name in wasmoon_aot.__all__ if name != "__version__"]
    public += [memory.Memory, table.Table, global_value.Global, store.Store, instance.Instance, exceptions.Tag,
               runtime.load]  # the native classes too (the names above are the worker's proxies here)
    for function in [f for obj in public for f in _public_functions(obj)]:
        signature = inspect.signature(function)
        missing = [p.name for p in signature.parameters.values()
                   if p.name not in ("self", "cls") and p.annotation is inspect.Parameter.empty
                   and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        assert not missing, f"{function.__qualname__}: {missing} not annotated"
        assert signature.return_annotation is not inspect.Signature.empty, function.__qualname__


def test_py_typed_is_installed_with_the_package(tmp_path):
    """setuptools' build_py (what a wheel is made of) copies the PEP 561 marker into the package."""
    done = subprocess.run([sys.executable, "-c", "import setuptools; setuptools.setup()", "-q", "build_py",
                           "-d", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "wasmoon_aot" / "py.typed").exists() and (tmp_path / "wasmoon_aot" / "runtime" / "module.py").exists()


def test_trap_frames_are_the_wasm_backtrace(tmp_path):
    from wasmoon_aot import Frame
    path = tmp_path / "backtrace.wat"
    path.write_text(BACKTRACE)

    def boom():
        raise ValueError("no")
    exports = wasmoon_aot.load(path, {"env": {"boom": boom}}).exports
    with pytest.raises(wasmoon_aot.Trap) as direct:
        exports.middle(0)
    inner, middle = direct.value.frames
    assert (inner.func_index, inner.func_name, middle.func_index, middle.func_name) == (1, "inner", 2, "middle")
    assert direct.value.wasm_offset == inner.wasm_offset and inner.wasm_offset < middle.wasm_offset
    with pytest.raises(wasmoon_aot.Trap) as indirect:
        exports.indirect(0)
    assert indirect.value.frames[:2] == [inner, middle]
    assert [f.func_name for f in indirect.value.frames] == ["inner", "middle", "indirect"]
    assert indirect.value.frames[2].wasm_offset > middle.wasm_offset
    with pytest.raises(wasmoon_aot.Trap) as host:
        exports.via_host()
    assert [f.func_name for f in host.value.frames] == ["via_host"] and isinstance(host.value.__cause__, ValueError)
    with pytest.raises(wasmoon_aot.Trap) as exhausted:
        exports.recurse(0)
    frames = exhausted.value.frames
    assert exhausted.value.message == "call stack exhausted" and str(exhausted.value).endswith("(in recurse)")
    assert frames[0] == Frame(4, "recurse", None) and len(frames) == 1 + runtime.abi.TRAP_FRAMES_MAX
    assert len({f.wasm_offset for f in frames[1:]}) == 1 and frames[1].wasm_offset is not None


def test_cli_prints_the_backtrace(tmp_path, capfd, cache_home):
    from wasmoon_aot.aot import cli
    path = tmp_path / "backtrace.wat"
    path.write_text(BACKTRACE.replace('(import "env" "boom" (func $boom))', '(func $boom)'))
    assert cli.main(["run", str(path), "--invoke", "indirect", "0"]) == 2
    lines = capfd.readouterr().err.splitlines()
    assert lines[0].startswith("trap: integer divide by zero (in inner at wasm offset")
    assert lines[1] == "wasm backtrace:"
    assert [line.split(":")[0].strip() for line in lines[2:]] == ["0", "1", "2"]
    assert lines[2].split(": ", 1)[1].startswith("inner at wasm offset 0x") and "indirect" in lines[4]


IN_PROCESS = """
import sys
from wasmoon_aot.runtime import Func, Trap, load

def shout(caller, pointer, length):
    memory = caller.memory()
    memory.write(pointer, memory.read(pointer, length).upper())
    return len(caller.exports)

instance = load(sys.argv[1], {"env": {"shout": Func(shout, access_caller=True)}})
print(instance.exports.run(), instance.exports.memory.read(16, 5).decode())
def boom():
    raise ValueError("no")
exports = load(sys.argv[2], {"env": {"boom": boom}}).exports
for call in (lambda: exports.indirect(0), exports.via_host, lambda: exports.recurse(0)):
    try:
        call()
    except Trap as trap:
        print([(frame.func_name, frame.wasm_offset is not None) for frame in trap.frames[:3]], len(trap.frames))
"""


def test_caller_and_frames_in_process(tmp_path):
    """The native path (an AArch64 host; here the arm64 Python under qemu, without a worker)."""
    done = run_in_process(tmp_path, IN_PROCESS, compile_wat(tmp_path, CALLER, "caller"),
                          compile_wat(tmp_path, BACKTRACE, "backtrace"))
    lines = done.stdout.splitlines()
    assert lines[0] == "2 HELLO", done.stderr
    traps = [line.rsplit(" ", 1) for line in lines[1:]]
    assert [(ast.literal_eval(frames), int(count)) for frames, count in traps] == [
        ([("inner", True), ("middle", True), ("indirect", True)], 3),
        ([("via_host", True)], 1),
        ([("recurse", False), ("recurse", True), ("recurse", True)], 1 + runtime.abi.TRAP_FRAMES_MAX),
    ]
