"""The artifact as a C library, used the way its users do: from cffi (`ffi.cdef` of the generated
header, `ffi.dlopen`, `ffi.callback` imports, memory through `ffi.buffer`, traps as codes) in the
arm64 Python, running every assert_return and assert_trap of the spec's fac, memory_grow and
call_indirect files, and from a C program that instantiates and frees 10,000 times with its RSS
flat. Both run under qemu here (tests/c_client.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import c_client
from wasmoon_aot.aot.capi.header import c_header
from wasmoon_aot.aot.compiler import compile_bytes
from wasmoon_aot.aot.options import CompileOptions
from wasmoon_aot.aot.spec import convert, paths, values
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.linker import write_elf
from wasmoon_aot.runtime.abi import TRAP_MESSAGES, TrapCode
from wasmoon_aot.runtime.emulator import EmulatorUnavailable

SPEC_FILES = ("fac", "memory_grow", "call_indirect")


def _library(folder: Path, name: str, wasm: bytes):
    """Build `wasm` as lib<name>.so with header <name>.h (prefix "app"); its CApiPlan."""
    compiled = compile_bytes(wasm, CompileOptions(c_api="app", bounds_checks="explicit"))
    (folder / f"lib{name}.so").write_bytes(write_elf(compiled.image))
    (folder / f"{name}.h").write_text(c_header(compiled.c_api_plan, f"lib{name}.so", "test"))
    return compiled.c_api_plan


def _run_cffi(script: str, *args) -> dict:
    try:
        done = c_client.run_cffi(script, args=args)
    except EmulatorUnavailable as error:
        pytest.skip(str(error))
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


# Runs a program of spec modules through cffi: for each, cdef its header, dlopen it, app_new, then
# each call (C values made from raw bits, results back to raw bits) and each global read; the
# exported memories' sizes through ffi.buffer. Prints [[instantiation code, [[code, result bits]...],
# {memory: buffer length}], ...].
SPEC_DRIVER = r"""
import cffi, json, struct, sys

def to_c(ffi, ty, bits):
    if ty == "f32":
        return struct.unpack("<f", struct.pack("<I", bits))[0]
    if ty == "f64":
        return struct.unpack("<d", struct.pack("<Q", bits))[0]
    if ty in ("i32", "i64"):
        width = 32 if ty == "i32" else 64
        return bits - (1 << width) if bits >> (width - 1) else bits
    return ffi.cast("void *", bits)

def to_bits(ffi, ty, value):
    if ty == "f32":
        return struct.unpack("<I", struct.pack("<f", value))[0]
    if ty == "f64":
        return struct.unpack("<Q", struct.pack("<d", value))[0]
    if ty in ("i32", "i64"):
        return value & ((1 << (32 if ty == "i32" else 64)) - 1)
    return int(ffi.cast("unsigned long long", value))

C_TYPES = {"i32": "int", "i64": "long long", "f32": "float", "f64": "double", "funcref": "void *",
           "externref": "void *"}
report, live = [], []   # live: (lib, instance) of every module, which later ones may import from
for module in json.load(open(sys.argv[1])):
    ffi = cffi.FFI()
    ffi.cdef(open(module["header"]).read())
    lib = ffi.dlopen(module["library"])
    trap = ffi.new("int *")
    imports = ffi.new("app_imports *")
    for field, exporter, c_name in module["imports"]:   # a memory or global another instance exports
        exporter_lib, exporter_instance = live[exporter]
        setattr(imports, field, ffi.cast("void *", getattr(exporter_lib, c_name + "_ref")(exporter_instance)))
    instance = lib.app_new(imports, trap)
    live.append((lib, instance))
    calls, memories = [], {}
    if instance != ffi.NULL:
        for call in module["calls"]:
            if call["kind"] == "global":
                value = getattr(lib, call["c_name"] + "_get")(instance)
                calls.append([0, [to_bits(ffi, call["type"], value)]])
                continue
            results = [ffi.new(C_TYPES[ty] + "*") for ty in call["results"]]
            args = [to_c(ffi, ty, bits) for ty, bits in zip(call["params"], call["args"])]
            code = getattr(lib, call["c_name"])(instance, *args, *results)
            calls.append([code, [to_bits(ffi, ty, r[0]) for ty, r in zip(call["results"], results)]])
        for name, c_name in module["memories"]:
            size = ffi.new("unsigned long long *")
            base = getattr(lib, c_name)(instance, size)
            memories[name] = len(ffi.buffer(base, size[0])) if size[0] else 0
    report.append([trap[0], calls, memories])
for lib, instance in reversed(live):   # importers first: an exporter frees what they share
    if instance != ffi.NULL:
        lib.app_free(instance)
print(json.dumps(report))
"""


def _spec_program(folder: Path, stem: str):
    """The driver's program for one spec file, and per module the checks of its calls:
    (command, module index, call index)."""
    suite = paths.suite_dir() / f"{stem}.wast"
    if not suite.exists():
        pytest.skip(f"no spec suite at {paths.suite_dir()} ({paths.SUITE_HELP})")
    converted = convert.convert(suite, folder / "spec-cache")
    program, checks, registered, plans = [], [], {}, []
    for command in converted.commands:
        if command["type"] == "register":
            registered[command["as"]] = len(program) - 1
        elif command["type"] == "module":
            plan = _library(folder, f"{stem}{len(program)}", converted.module_path(command["filename"]).read_bytes())
            exports = {exp.wasm_name: exp for exp in plan.exports}
            imports = []
            for imp in plan.imports:
                assert imp.kind != "func", "these files import no functions"
                exporter = registered[imp.module]
                [c_name] = [e.c_name for e in plans[exporter].exports if e.wasm_name == imp.name]
                imports.append([imp.field, exporter, c_name])
            plans.append(plan)
            program.append({"library": str(folder / f"lib{stem}{len(program)}.so"),
                            "header": str(folder / f"{stem}{len(program)}.h"), "calls": [], "imports": imports,
                            "memories": [[e.wasm_name, e.c_name] for e in plan.exports if e.kind == "memory"]})
        elif command["type"] in ("assert_return", "assert_trap", "assert_exhaustion", "action"):
            action = command["action"]
            assert action.get("module") is None, "these files name no modules"
            export = exports[action["field"]]
            if action["type"] == "get":
                call = {"kind": "global", "c_name": export.c_name, "type": export.valtype}
            else:
                call = {"kind": "func", "c_name": export.c_name, "params": list(export.type.params),
                        "results": list(export.type.results), "args": values.encode_all(action["args"])}
            checks.append((command, len(program) - 1, len(program[-1]["calls"])))
            program[-1]["calls"].append(call)
    return program, checks


def _failure(command: dict, code: int, bits: list[int]) -> str | None:
    """Why the call's outcome does not satisfy `command`, or None."""
    if command["type"] in ("assert_return", "action"):
        if code:
            return f"trapped: {TRAP_MESSAGES.get(code, code)}"
        return values.check_results(command.get("expected", []), bits) if command["type"] == "assert_return" else None
    if command["type"] == "assert_exhaustion":
        return None if code == TrapCode.STACK_OVERFLOW else f"got code {code}"
    message = TRAP_MESSAGES.get(code, "")
    return None if code and message.startswith(command["text"]) else f"got code {code} ({message})"


@pytest.mark.parametrize("stem", SPEC_FILES)
def test_spec_file_through_cffi(tmp_path, stem):
    program, checks = _spec_program(tmp_path, stem)
    (tmp_path / "program.json").write_text(json.dumps(program))
    report = _run_cffi(SPEC_DRIVER, tmp_path / "program.json")
    assert [module[0] for module in report] == [0] * len(program)
    failures = [(command["line"], command["action"]["field"], why) for command, module, call in checks
                if (why := _failure(command, *report[module][1][call]))]
    assert failures == []
    assert len(checks) >= {"fac": 6, "memory_grow": 47, "call_indirect": 132}[stem]   # the files' asserts
    if stem == "memory_grow":   # the memories the calls grew, read whole through ffi.buffer
        assert any(size >= 2 << 16 for module in report for size in module[2].values())


IMPORTS_WAT = """
(module
  (import "host" "add" (func $add (param i32 i32) (result i32)))
  (import "host" "offset" (global $offset i32))
  (import "host" "mem" (memory 1))
  (memory $own (export "own") 1)
  (func (export "sum_into") (param $at i32) (param $a i32) (param $b i32)
    (i32.store (i32.add (local.get $at) (global.get $offset)) (call $add (local.get $a) (local.get $b)))
    (i32.store $own (local.get $at) (i32.load (i32.add (local.get $at) (global.get $offset))))))
"""

IMPORTS_DRIVER = r"""
import cffi, json, sys
ffi = cffi.FFI()
ffi.cdef(open(sys.argv[1]).read())
ffi.cdef("void *malloc(size_t); void *calloc(size_t, size_t); void free(void *);")
lib = ffi.dlopen(sys.argv[2])
libc = ffi.dlopen(None)
seen = []

@ffi.callback("int(void *, int, int, int *)")
def add(env, a, b, result):
    seen.append(ffi.from_handle(env))
    if a < 0:
        return 77            # a host trap: the Wasm call ends with this code
    result[0] = a + b
    return 0

offset = ffi.new("int[4]", [16, -1, -1, -1])   # a global's 16 bytes, the value first
memory = ffi.new("app_memory *", {"base": ffi.cast("unsigned char *", libc.calloc(1, 65536)), "size": 65536,
                                       "max_size": 65536})
tag = "the embedder's env"
handle = ffi.new_handle(tag)
imports = ffi.new("app_imports *", {"env": handle, "host_add": add, "host_offset": offset, "host_mem": memory})
trap = ffi.new("int *")
instance = lib.app_new(imports, trap)
out = {"new": trap[0], "sum": lib.app_sum_into(instance, 8, 40, 2), "trap": lib.app_sum_into(instance, 8, -1, 2)}
size = ffi.new("unsigned long long *")
own = lib.app_memory_own(instance, size)
out["own"] = list(ffi.buffer(own, size[0])[8:12])
out["imported"] = list(ffi.buffer(memory.base, memory.size)[24:28])
out["size"] = size[0]
out["env"] = seen
lib.app_free(instance)
libc.free(memory.base)
missing = ffi.new("app_imports *", {"host_add": add, "host_offset": offset})
lib.app_new(missing, trap)
out["missing"] = [trap[0], ffi.string(lib.app_trap_message(trap[0])).decode()]
print(json.dumps(out))
"""


def test_module_with_imports_through_cffi(tmp_path):
    _library(tmp_path, "imports", wat_to_wasm(IMPORTS_WAT.encode()))
    out = _run_cffi(IMPORTS_DRIVER, tmp_path / "imports.h", tmp_path / "libimports.so")
    assert out["new"] == 0 and out["sum"] == 0 and out["trap"] == 77
    assert out["own"] == [42, 0, 0, 0] and out["imported"] == [42, 0, 0, 0] and out["size"] == 65536
    assert out["env"] == ["the embedder's env"] * 2
    assert out["missing"] == [TrapCode.MISSING_IMPORT, "missing import"]


def test_ten_thousand_instances_from_c_leak_nothing(tmp_path):
    _library(tmp_path, "grow", wat_to_wasm(b"""
(module (memory (export "mem") 1 8) (table 16 funcref) (global (mut i64) (i64.const 1))
  (data (i32.const 0) "some bytes") (elem (i32.const 0) $f)
  (func $f (export "grow") (result i32) (memory.grow (i32.const 2))))"""))
    cycle = "int trap; app_instance *app = app_new(NULL, &trap); int old; app_grow(app, &old); app_free(app);"
    try:
        growth = c_client.rss_growth_kib(tmp_path, cycle, '#include "grow.h"', [tmp_path], [tmp_path], ["grow"])
        leaking = c_client.rss_growth_kib(tmp_path, cycle.replace(" app_free(app);", ""), '#include "grow.h"',
                                          [tmp_path], [tmp_path], ["grow"], total=2_000)
    except EmulatorUnavailable as error:
        pytest.skip(str(error))
    print(f"RSS growth over 9,900 new/grow/free: {growth} KiB; without app_free over 1,900: {leaking} KiB")
    assert growth < 256, f"RSS grew by {growth} KiB over 9,900 instances"
    assert leaking > 100_000, "the probe would not see a leak"   # 1,900 x (2 zeroed pages + more)


def test_mach_o_build_exports_the_c_api_and_binds_libsystem(tmp_path):
    """The .dylib of a C library, read back by llvm-objdump-19: every C function of the header in the
    exports trie, and every C library call a bind to libSystem."""
    import re
    import shutil
    import subprocess
    from wasmoon_aot.linker import write_macho
    objdump = shutil.which("llvm-objdump-19")
    if objdump is None:
        pytest.skip("needs llvm-objdump-19 (make setup installs it)")
    compiled = compile_bytes(wat_to_wasm(IMPORTS_WAT.encode()), CompileOptions(c_api="app", bounds_checks="explicit"))
    (tmp_path / "libapp.dylib").write_bytes(write_macho(compiled.image))
    listing = subprocess.run([objdump, "--macho", "--dyld-info", "--exports-trie", str(tmp_path / "libapp.dylib")],
                             capture_output=True, text=True, check=True).stdout
    exported = set(re.findall(r"^0x[0-9A-F]+\s+_(app_\w+)$", listing, re.M))
    declared = set(re.findall(r"\b(app_\w+)\(", c_header(compiled.c_api_plan, "libapp.dylib", "test")))
    assert declared <= exported and {"app_new", "app_free", "app_trap_message", "app_sum_into"} <= declared
    bound = set(re.findall(r"\bbind\s+.*libSystem\s+_(\w+)", listing))
    assert bound == {symbol.symbol for symbol in compiled.image.imports} >= {"calloc", "free"}
