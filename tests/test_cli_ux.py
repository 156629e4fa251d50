"""The command line's imports beyond WASI (`run --preload`, `--trap-unknown-imports`,
`--default-values-unknown-imports`), result printing (f32, `--unsigned`), `build`'s progress
bar, `inspect` (full import names, memories, tables, globals, `--json`, a closed pipe) and error
messages that point at the problem (WAT file:line:col, the function of a validation error, a
component, an x86 object, a module without `_start`)."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys

import pytest

from wasmoon_aot.aot import cli, progress
from wasmoon_aot.aot.cli_run import result_text

BENCH_WAT = """(module
  (import "bench" "start" (func $start))
  (import "bench" "end" (func $end))
  (import "env" "pair" (func $pair (param i32) (result i32 f32)))
  (func (export "work") (result i32)
    (local $i i32)
    (call $start)
    (loop $l (local.set $i (i32.add (local.get $i) (i32.const 1)))
             (br_if $l (i32.lt_u (local.get $i) (i32.const 100))))
    (call $end)
    (local.get $i))
  (func (export "pair") (param i32) (result i32 f32) (call $pair (local.get 0)))
  (func (export "minus_one") (result i32 i64) (i32.const -1) (i64.const -2))
  (func (export "tenth") (result f32 f64) (f32.const 0.1) (f64.const 0.1)))
"""

BENCH_LIB_WAT = """(module
  (global $count (mut i32) (i32.const 0))
  (func (export "start") (global.set $count (i32.add (global.get $count) (i32.const 1))))
  (func (export "end"))
  (func (export "count") (result i32) (global.get $count)))
"""


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def bench(tmp_path, cache_home):
    (tmp_path / "lib.wat").write_text(BENCH_LIB_WAT)
    source = tmp_path / "bench.wat"
    source.write_text(BENCH_WAT)
    return source


def _run(capfd, *argv) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    captured = capfd.readouterr()
    return status, captured.out, captured.err


# --- imports beyond WASI -----------------------------------------------------------------------

def test_unknown_imports_are_a_link_error_without_an_option(bench, capfd):
    status, out, err = _run(capfd, "run", str(bench), "--invoke", "work")
    assert (status, out) == (1, "")
    assert err.startswith(f"wasmoon-aot run: {bench}: unknown import bench.start (--preload NAME=MODULE ")
    assert "--trap-unknown-imports or --default-values-unknown-imports" in err and err.count("\n") == 1


def test_default_values_let_a_benchmark_run_from_the_cli(bench, capfd):
    assert _run(capfd, "run", str(bench), "--invoke", "work", "--default-values-unknown-imports") == (0, "100\n", "")
    assert _run(capfd, "run", str(bench), "--invoke", "pair", "7",
                "--default-values-unknown-imports") == (0, "0\n0.0\n", "")


def test_trap_unknown_imports_trap_when_called_only(bench, capfd):
    assert _run(capfd, "run", str(bench), "--invoke", "tenth", "--trap-unknown-imports")[0] == 0
    status, out, err = _run(capfd, "run", str(bench), "--invoke", "work", "--trap-unknown-imports")
    assert (status, out) == (2, "")
    assert err.startswith("trap: ") and "unknown import bench.start was called" in err


def test_preload_links_another_modules_exports(bench, capfd, tmp_path):
    preload = ["--preload", f"bench={tmp_path / 'lib.wat'}"]
    # bench.start/end come from the preload, env.pair traps only if called
    assert _run(capfd, "run", str(bench), "--invoke", "work", *preload, "--trap-unknown-imports") == (0, "100\n", "")
    status, _, err = _run(capfd, "run", str(bench), "--invoke", "pair", "1", *preload, "--trap-unknown-imports")
    assert status == 2 and "unknown import env.pair was called" in err
    status, _, err = _run(capfd, "run", str(bench), "--invoke", "work", *preload)
    assert status == 1 and f"{bench}: unknown import env.pair" in err
    (tmp_path / "lib").mkdir()  # a preload named like the program, compiled without the cache
    (tmp_path / "lib" / "bench.wat").write_text(BENCH_LIB_WAT)
    assert _run(capfd, "run", str(bench), "--invoke", "work", "--no-cache", "--preload",
                f"bench={tmp_path / 'lib' / 'bench.wat'}", "--default-values-unknown-imports") == (0, "100\n", "")
    status, _, err = _run(capfd, "run", str(bench), "--preload", "lib.wat", "--invoke", "work")
    assert status == 1 and err.count("\n") == 1 and "expected NAME=MODULE" in err


def test_the_unknown_import_options_exclude_each_other(bench, capfd):
    with pytest.raises(SystemExit):
        cli.main(["run", str(bench), "--trap-unknown-imports", "--default-values-unknown-imports"])
    assert "not allowed with" in capfd.readouterr().err


# --- results ------------------------------------------------------------------------------------

def test_results_print_f32_as_f32_and_integers_unsigned_on_request(bench, capfd):
    assert _run(capfd, "run", str(bench), "--invoke", "tenth", "--default-values-unknown-imports") == \
        (0, "0.1\n0.1\n", "")
    assert _run(capfd, "run", str(bench), "--invoke", "minus_one", "--default-values-unknown-imports") == \
        (0, "-1\n-2\n", "")
    assert _run(capfd, "run", str(bench), "--invoke", "minus_one", "--unsigned",
                "--default-values-unknown-imports") == (0, f"{2**32 - 1}\n{2**64 - 2}\n", "")


def test_result_text_is_the_shortest_f32_that_reads_back():
    f32 = struct.unpack("<f", struct.pack("<f", 0.1))[0]
    assert repr(f32) == "0.10000000149011612"
    assert result_text(f32, "f32") == "0.1"
    assert result_text(f32, "f64") == "0.10000000149011612"
    third = struct.unpack("<f", struct.pack("<f", 1 / 3))[0]
    assert result_text(third, "f32") == "0.33333334"
    assert result_text(float("-inf"), "f32") == "-inf" and result_text(-0.0, "f32") == "-0.0"
    assert result_text(-1, "i32", unsigned=True) == "4294967295" and result_text(5, "i64", unsigned=True) == "5"


def test_run_without_start_or_invoke_lists_the_exports(bench, capfd):
    status, out, err = _run(capfd, "run", str(bench), "--default-values-unknown-imports")
    assert (status, out) == (1, "")
    assert err == f"wasmoon-aot run: {bench} exports no _start: name a function with --invoke " \
                  "(exports: work, pair, minus_one, tenth)\n"
    status, _, err = _run(capfd, "run", str(bench), "--invoke", "nope", "--default-values-unknown-imports")
    assert status == 1 and "no exported function 'nope' (exports: work, pair" in err


# --- build's progress bar -----------------------------------------------------------------------

class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_build_shows_the_progress_bar_on_a_terminal(bench, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "REDRAW", 0.0)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli.main(["build", str(bench), "-o", str(tmp_path / "b.so")]) == 0
    drawn = terminal.getvalue()
    assert "compiling [" in drawn and "] 4/4 functions" in drawn
    assert drawn.endswith("\r\x1b[2K")  # erased when done
    assert capsys.readouterr().out.startswith("wrote ")


# --- inspect ------------------------------------------------------------------------------------

ALL_KINDS_WAT = """(module
  (import "env" "log" (func $log (param i32)))
  (import "env" "mem" (memory 1))
  (import "env" "g" (global $g i32))
  (import "env" "t" (table 1 funcref))
  (memory (export "m2") 2 10)
  (table 3 externref)
  (global $h (mut i64) (i64.const 42))
  (global (export "f") f32 (f32.const 1.5))
  (func $main (export "main") (param i32) (result i32) (call $log (local.get 0)) (global.get $g)))
"""


@pytest.fixture(scope="module")
def all_kinds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inspect")
    (folder / "all.wat").write_text(ALL_KINDS_WAT)
    assert cli.main(["build", str(folder / "all.wat"), "-o", str(folder / "all.so")]) == 0
    return folder / "all.so"


def test_inspect_shows_full_imports_memories_tables_globals(all_kinds, capsys):
    capsys.readouterr()
    assert cli.main(["inspect", str(all_kinds)]) == 0
    out = capsys.readouterr().out
    assert "imports:\n  func    env.log\n  memory  env.mem\n  global  env.g\n  table   env.t\n" in out
    assert "import env.log" in out.split("functions:")[1].splitlines()[1]
    assert "memories:\n  [0] pages 1 of 65536 bytes  import env.mem\n  [1] pages 2..10 of 65536 bytes  export 'm2'\n" \
        in out
    assert "tables:\n  [0] funcref 1  import env.t\n  [1] externref 3\n" in out
    assert "globals:\n  [0] i32  import env.g\n  [1] mut i64\n  [2] f32  export 'f'\n" in out


def test_inspect_json(all_kinds, capsys):
    capsys.readouterr()
    assert cli.main(["inspect", str(all_kinds), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["architecture"] == "ARM64"
    assert [i["name"] for i in report["imports"]] == ["env.log", "env.mem", "env.g", "env.t"]
    assert report["memories"][1] == {"index": 1, "min": 2, "max": 10, "page_size": 65536, "export": "m2"}
    assert report["tables"][1] == {"index": 1, "min": 3, "max": None, "elem_type": "externref"}
    assert report["globals"][1] == {"index": 1, "type": "i64", "mutable": True}
    assert report["functions"][1]["export"] == "main" and report["functions"][0]["import"] == "env.log"
    assert {"name": "main", "kind": "func", "index": 1} in report["exports"]


def test_inspect_into_a_closed_pipe_is_quiet(all_kinds):
    command = f"{sys.executable} -m wasmoon_aot.aot.cli inspect --json {all_kinds} | head -c 1"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, timeout=120)
    assert done.stdout == b"{"
    assert done.stderr == b""


# --- error messages -----------------------------------------------------------------------------

def test_a_wat_syntax_error_keeps_file_line_col(tmp_path, capfd):
    source = tmp_path / "syntax.wat"
    source.write_text("(module\n  (func\n    (i32.bogus)))\n")
    status, _, err = _run(capfd, "build", str(source), "-o", str(tmp_path / "s.so"))
    assert status == 1
    assert err == f"wasmoon-aot build: decode error: invalid text format: {source}:3:6: " \
                  "unknown operator or unexpected token\n"


def test_a_validation_error_names_the_function_and_offset(tmp_path, capfd):
    source = tmp_path / "invalid.wat"
    source.write_text('(module (import "a" "b" (func)) (func $fine) (func $bad (result i32) (i64.const 0)) '
                      '(func (result i32) (f32.const 0)))')
    status, _, err = _run(capfd, "build", str(source), "-o", str(tmp_path / "i.so"))
    assert status == 1
    assert err.startswith("wasmoon-aot build: validation error in function 2 ($bad): type mismatch") and \
        " at byte offset 0x" in err and err.count("\n") == 1
    source.write_text('(module (func (result i32) (f32.const 0)))')
    assert "validation error in function 0: type mismatch" in _run(capfd, "build", str(source), "-o",
                                                                    str(tmp_path / "i.so"))[2]


def test_a_component_is_named_as_one(tmp_path, capfd):
    source = tmp_path / "c.wat"
    source.write_text("(component)")
    for command in (["build", str(source), "-o", str(tmp_path / "c.so")], ["run", str(source)]):
        status, _, err = _run(capfd, *command)
        assert status == 1
        assert err.endswith(f"{source} is a WebAssembly component: only core modules are compiled\n")
        assert err.count("\n") == 1


def test_a_wasm_module_is_no_inspect_input(bench, capfd):
    assert _run(capfd, "inspect", str(bench)) == \
        (1, "", f"wasmoon-aot inspect: {bench}: a Wasm module, not a built artifact: `wasmoon-aot build` it first\n")


def test_a_built_artifact_is_no_build_input(all_kinds, tmp_path, capfd):
    status, _, err = _run(capfd, "build", str(all_kinds), "-o", str(tmp_path / "again.so"))
    assert status == 1
    assert err == f"wasmoon-aot build: decode error: {all_kinds} is a built artifact, not a Wasm module " \
                  "(run or inspect it)\n"


def test_an_x86_object_is_not_an_aarch64_artifact(all_kinds, tmp_path, capfd):
    x86 = bytearray(all_kinds.read_bytes())
    struct.pack_into("<H", x86, 18, 62)  # e_machine = EM_X86_64
    path = tmp_path / "x86.so"
    path.write_bytes(bytes(x86))
    for command in ("run", "inspect"):
        status, out, err = _run(capfd, command, str(path))
        assert (status, out) == (1, "")
        assert err == f"wasmoon-aot {command}: {path}: not an AArch64 artifact: x86-64 ELF " \
                      "(this runtime loads AArch64 only)\n"
