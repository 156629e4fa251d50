"""Extreme module shapes (tests/bench/shapes.py): each compiles and computes what its
model says, a function of over a MiB of code builds and runs, compile time grows
linearly with nesting depth and with the arms of a switch in a loop, and deep
nesting never meets Python's recursion limit."""

from __future__ import annotations

import time

import pytest

from bench import shapes  # tests/bench/shapes.py
from wasmoon_aot.aot.compiler import cyclic_gc_paused, compile_bytes
from wasmoon_aot.aot.ir.build import build_function
from wasmoon_aot.aot.module_env import ModuleEnv
from wasmoon_aot.aot.wasm import decode_module, validate_module
from wasmoon_aot.linker import write_elf
from wasmoon_aot.runtime import Trap, load

MIB = 1 << 20


def _run(instance, x: int):
    try:
        return instance.exports.f(x)
    except Trap as trap:
        assert trap.message == "out of bounds memory access"
        return None


def test_branches_and_traps_over_a_mib_of_jump_table(tmp_path):
    """A jump table longer than a conditional branch reaches, in a block also full of
    trap branches: the bounds check at the start, the br_if over everything, the
    br_table's default branch and the loop's branch back must all reach over it."""
    width, steps = 270_000, 10
    # This tests emission: make test's allocation checker would triple the time.
    result = compile_bytes(shapes.far_function(width, steps), check=False)
    assert result.metadata["functions"][0]["size"] > MIB
    path = tmp_path / "far.so"
    path.write_bytes(write_elf(result.image))
    instance = load(str(path))
    for x in (0, 1, 2, 65532, 65533, -1):
        assert _run(instance, x) == shapes.far_model(width, steps, x)


def _cpu_seconds(data: bytes, runs: int = 3) -> float:
    """The least CPU time of `runs` compiles (steadier than wall time on a busy machine)."""
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        compile_bytes(data)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("name, size", [("nested blocks", 2000), ("nested exits", 2000), ("nested loops", 2000),
                                        ("nested ifs", 800)])
def test_compile_time_is_linear_in_nesting_depth(name, size):
    """Four times the depth costs about four times the time, not sixteen."""
    small = _cpu_seconds(shapes.SHAPES[name](size))
    large = _cpu_seconds(shapes.SHAPES[name](4 * size))
    assert large / small < 8, f"{name}: {small:.3f}s at {size}, {large:.3f}s at {4 * size}"


def test_compile_time_is_linear_in_the_arms_of_a_switch_in_a_loop():
    """Each arm sets a local from its own constant: hoisted all out of the loop, the
    constants were live in every arm's block, and four times the arms cost 13 times the
    time (before aot/opt/licm.py capped what leaves a loop)."""
    size = 1000
    small = _cpu_seconds(shapes.switch_in_loop(size))
    large = _cpu_seconds(shapes.switch_in_loop(4 * size))
    assert large / small < 8, f"{small:.3f}s at {size} arms, {large:.3f}s at {4 * size}"


# Every shape at a size that compiles in a moment, and arguments that take each path.
RUN_SIZES = {"nested blocks": 300, "nested exits": 300, "nested loops": 100, "nested ifs": 100,
             "br_table targets": 300, "switch arms in a loop": 300, "straight-line steps": 50, "functions": 50}
ARGUMENTS = (0, 1, 2, 5, 200, 297, 299, 65532, 65533, -1, -8)


def test_every_shape_is_run_here():
    assert set(RUN_SIZES) == set(shapes.SHAPES)


@pytest.mark.parametrize("name", sorted(RUN_SIZES))
def test_each_shape_computes_what_its_model_says(name, tmp_path):
    size = RUN_SIZES[name]
    path = tmp_path / "shape.so"
    path.write_bytes(write_elf(compile_bytes(shapes.SHAPES[name](size)).image))
    instance = load(str(path))
    # nested loops counts x down to 0: keep x small there
    for x in ARGUMENTS if name != "nested loops" else (0, 1, 2, 5, 200):
        assert _run(instance, x) == shapes.model(name, size, x), f"{name} at {size}, x = {x}"


def test_twenty_thousand_nested_blocks_compile_and_run(tmp_path):
    depth = 20_000
    started = time.process_time()
    result = compile_bytes(shapes.nested_blocks(depth))
    assert time.process_time() - started < 5   # about 0.5 s; 11 s before jump forwarding was linear
    path = tmp_path / "deep.so"
    path.write_bytes(write_elf(result.image))
    instance = load(str(path))
    for x in (2, 3, -8):
        assert instance.exports.f(x) == shapes.model("nested blocks", depth, x)


def test_a_hundred_thousand_nested_ifs_build_their_ir_without_recursion():
    """Reading a local walks up 100k joins: RecursionError before, even with the
    raised recursion limit."""
    module = decode_module(shapes.nested_ifs(100_000))
    validate_module(module)
    with cyclic_gc_paused():   # as the compiler builds functions
        f = build_function(ModuleEnv(module), 0)
    assert len(f.block_insts) > 200_000
