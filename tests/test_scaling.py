"""Extreme module shapes (tests/bench/shapes.py): a function of over a MiB of code
builds and runs, and compile work grows linearly with nesting depth."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from wasmoon_aot.aot.compiler import compile_bytes
from wasmoon_aot.linker import write_elf
from wasmoon_aot.runtime import Trap, load

sys.path.insert(0, str(Path(__file__).parent / "bench"))
import shapes  # noqa: E402

MIB = 1 << 20


def _run(instance, x: int):
    try:
        return instance.exports.f(x)
    except Trap as trap:
        assert trap.message == "out of bounds memory access"
        return None


def test_function_over_a_mib_with_far_branches_and_traps(tmp_path):
    """The load's bounds check at the start, the br_if over everything, the loop's
    branch back and the trapping conversions all along must reach over a MiB."""
    steps = 10_500
    result = compile_bytes(shapes.straight_line(steps))
    assert result.metadata["functions"][0]["size"] > MIB
    path = tmp_path / "big.so"
    path.write_bytes(write_elf(result.image))
    instance = load(str(path))
    for x in (0, 1, 2, 65532, 65533, -1):
        assert _run(instance, x) == shapes.model("straight-line steps", steps, x)


def test_branches_and_traps_over_a_mib_of_jump_table(tmp_path):
    """A jump table longer than a conditional branch reaches, in a block also full of
    trap branches: the bounds check at the start, the br_if over everything, the
    br_table's default branch and the loop's branch back must all reach over it."""
    width, steps = 270_000, 300
    result = compile_bytes(shapes.far_function(width, steps))
    assert result.metadata["functions"][0]["size"] > MIB
    path = tmp_path / "far.so"
    path.write_bytes(write_elf(result.image))
    instance = load(str(path))
    for x in (0, 1, 2, 65532, 65533, -1):
        assert _run(instance, x) == shapes.far_model(width, steps, x)
