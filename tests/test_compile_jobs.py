"""Parallel compilation (`jobs=N`, `wasmoon-aot build --jobs N`): the artifact is
byte-identical for any number of worker processes, progress still counts every
function, and the function ranges handed to workers cover the module exactly once."""

from __future__ import annotations

import pytest

from wasmoon_aot.aot import cli, compiler
from wasmoon_aot.aot.compiler import _balanced_ranges, compile_bytes
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.linker import write_elf

FUNCTIONS = 41


def _function(k: int) -> str:
    """Function k of the test module: a mix of memory accesses (trap sites), calls to other
    functions (relocations across worker ranges), division (trap calls) and builtins."""
    kind = k % 4
    if kind == 0:
        return f"""(func $f{k} (export "f{k}") (param i32) (result i32) (local i32)
    (block (loop (br_if 1 (i32.eqz (local.get 0)))
      (i32.store (i32.shl (local.get 0) (i32.const 2)) (i32.add (local.get 1) (i32.const {k})))
      (local.set 1 (i32.add (local.get 1) (i32.load offset={4 * k} (local.get 0))))
      (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
      (br 0)))
    (local.get 1))"""
    if kind == 1:
        return f"""(func $f{k} (export "f{k}") (param i32) (result i32)
    (i32.add (call $f{k - 1} (local.get 0)) (call $f{FUNCTIONS - 1} (i32.const {k}))))"""
    if kind == 2:
        return f"""(func $f{k} (export "f{k}") (param i32) (result i32)
    (i32.div_s (i32.const {1000 * k}) (local.get 0)))"""
    return f"""(func $f{k} (export "f{k}") (param i32) (result i32)
    (i32.add (memory.grow (local.get 0)) (i32.mul (memory.size) (call $f{k - 3} (local.get 0)))))"""


def _big_function() -> str:
    """The last function: many times bigger than the others, so ranges are uneven."""
    body = " ".join(f"(local.set 1 (i64.add (i64.mul (local.get 1) (i64.const {k + 3})) "
                    f"(i64.extend_i32_u (i32.load8_u offset={k} (local.get 0)))))" for k in range(300))
    return f"""(func $f{FUNCTIONS - 1} (param i32) (result i32) (local i64)
    {body}
    (i32.wrap_i64 (local.get 1)))"""


@pytest.fixture(scope="module")
def wasm() -> bytes:
    functions = "\n  ".join(_function(k) for k in range(FUNCTIONS - 1))
    return wat_to_wasm(f"(module (memory 1 100)\n  {functions}\n  {_big_function()})".encode())


def test_output_is_byte_identical_for_any_number_of_jobs(wasm):
    artifacts = {jobs: write_elf(compile_bytes(wasm, jobs=jobs).image) for jobs in (1, 2, 3)}
    assert len(artifacts[1]) > 0
    assert artifacts[2] == artifacts[1]
    assert artifacts[3] == artifacts[1]


def test_stats_are_in_function_order_and_progress_counts_every_function(wasm):
    reports = []
    result = compile_bytes(wasm, jobs=3, progress=lambda done, total: reports.append((done, total)))
    assert [entry["function"] for entry in result.stats] == list(range(FUNCTIONS))
    assert reports[-1] == (FUNCTIONS, FUNCTIONS)
    assert [done for done, _ in reports] == sorted({done for done, _ in reports})
    assert all(total == FUNCTIONS for _, total in reports)
    assert len(reports) > 3   # several ranges, not one report at the end
    assert {"ir", "opt", "lower", "regalloc", "emit", "link"} <= set(result.phase_seconds)
    assert result.phase_seconds["regalloc"] > 0


def test_builtins_used_in_workers_reach_the_layout(wasm):
    serial = compile_bytes(wasm).metadata["builtin_trampolines"]
    parallel = compile_bytes(wasm, jobs=2).metadata["builtin_trampolines"]
    assert serial   # memory.grow and memory.size go through builtins
    assert parallel == serial


def test_jobs_below_one_are_refused(wasm):
    with pytest.raises(ValueError):
        compile_bytes(wasm, jobs=0)


@pytest.mark.parametrize("sizes,count", [([5, 5, 1000], 3), ([1] * 100, 7), ([10, 1, 1, 1, 50, 2, 2, 90], 4),
                                         ([3], 8)])
def test_ranges_cover_every_function_once_and_split_big_ones_off(sizes, count):
    ranges = _balanced_ranges(sizes, count)
    assert [i for start, stop in ranges for i in range(start, stop)] == list(range(len(sizes)))
    assert all(start < stop for start, stop in ranges)
    target = sum(sizes) / count
    assert all(sum(sizes[start:stop]) <= target or stop - start == 1 for start, stop in ranges)
    assert len(ranges) <= 2 * count


def test_cli_build_jobs_matches_serial_build(tmp_path, wasm):
    source = tmp_path / "many.wasm"
    source.write_bytes(wasm)
    assert cli.main(["build", str(source), "-o", str(tmp_path / "one.so")]) == 0
    assert cli.main(["build", str(source), "-o", str(tmp_path / "two.so"), "--jobs", "2"]) == 0
    assert (tmp_path / "two.so").read_bytes() == (tmp_path / "one.so").read_bytes()


def test_cli_refuses_zero_jobs(tmp_path, wasm, capsys):
    source = tmp_path / "many.wasm"
    source.write_bytes(wasm)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["build", str(source), "-o", str(tmp_path / "out.so"), "--jobs", "0"])
    assert exit_info.value.code != 0
    assert "at least 1" in capsys.readouterr().err
    assert not (tmp_path / "out.so").exists()


class _NeedsTwoArguments(Exception):
    def __init__(self, what: str, where: int):
        super().__init__(f"{what} at {where}")


@pytest.mark.parametrize("error,expected", [(ValueError("bad lowering"), ValueError),
                                            (_NeedsTwoArguments("odd failure", 3), RuntimeError)])
def test_a_failure_in_a_worker_reaches_the_caller(monkeypatch, wasm, error, expected):
    def failing_optimize(f):
        raise error
    monkeypatch.setattr(compiler, "optimize", failing_optimize)   # forked workers inherit it
    with pytest.raises(expected, match=str(error)):
        compile_bytes(wasm, jobs=2)
