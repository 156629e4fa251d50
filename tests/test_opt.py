"""The IR passes, one at a time: what each removes, merges or folds."""

from __future__ import annotations

import pytest

from wasmoon_aot.aot.ir import function as ir
from wasmoon_aot.aot.ir.build import build_function
from wasmoon_aot.aot.module_env import ModuleEnv
from wasmoon_aot.aot.opt import eliminate_dead_code, fold_constants, number_values, optimize
from wasmoon_aot.aot.wasm import load_and_validate
from wasmoon_aot.aot.wat import wat_to_wasm


def build(body: str, params: str = "", result: str = "(result i32)") -> ir.IRFunction:
    module = load_and_validate(wat_to_wasm(f"(module (func {params} {result} {body}))".encode()))
    return build_function(ModuleEnv(module), 0)


def live_ops(f: ir.IRFunction) -> list[int]:
    return [f.inst_op[i] for b in f.reachable_blocks() for i in f.block_insts[b]]


def returned(f: ir.IRFunction) -> list[int]:
    (ret,) = [i for b in f.reachable_blocks() for i in f.block_insts[b] if f.inst_op[i] == ir.RETURN]
    return [f.resolve(v) for v in f.inst_args[ret]]


def constant_of(f: ir.IRFunction, value: int):
    for block in f.reachable_blocks():
        for inst in f.block_insts[block]:
            if f.inst_op[inst] == ir.CONST and f.inst_results[inst][0] == value:
                return f.inst_imm[inst]
    return None


@pytest.mark.parametrize("expr,expected", [
    ("(i32.add (i32.const 0x7fffffff) (i32.const 1))", 0x8000_0000),
    ("(i32.div_s (i32.const -7) (i32.const 2))", (-3) & 0xFFFF_FFFF),
    ("(i32.rem_s (i32.const -7) (i32.const 2))", (-1) & 0xFFFF_FFFF),
    ("(i32.rotl (i32.const 0x80000001) (i32.const 1))", 3),
    ("(i32.shr_s (i32.const -8) (i32.const 33))", (-4) & 0xFFFF_FFFF),
    ("(i32.clz (i32.const 1))", 31),
    ("(i32.ctz (i32.const 0))", 32),
    ("(i32.extend8_s (i32.const 0x80))", 0xFFFF_FF80),
    ("(i32.lt_s (i32.const -1) (i32.const 0))", 1),
    ("(i32.lt_u (i32.const -1) (i32.const 0))", 0),
    ("(i32.wrap_i64 (i64.const 0x1_0000_0005))", 5),
])
def test_fold_matches_wasm_semantics(expr, expected):
    f = optimize(build(expr))
    assert constant_of(f, returned(f)[0]) == expected


@pytest.mark.parametrize("expr", ["(i32.div_s (i32.const 1) (i32.const 0))",
                                  "(i32.div_s (i32.const 0x80000000) (i32.const -1))",
                                  "(i32.rem_u (i32.const 5) (i32.const 0))"])
def test_fold_keeps_operators_that_trap(expr):
    f = fold_constants(build(expr))
    assert constant_of(f, returned(f)[0]) is None


def test_identities_alias_the_operand():
    f = fold_constants(build("(i32.add (i32.mul (local.get 0) (i32.const 1)) (i32.const 0))",
                             "(param i32)"))
    assert returned(f) == [f.block_params[0][1]]


def test_gvn_merges_dominated_duplicates_only():
    f = number_values(build("""
      (i32.add (local.get 0) (local.get 1))
      (if (result i32) (local.get 0)
        (then (i32.add (local.get 0) (local.get 1)))
        (else (i32.const 0)))
      (i32.add)""", "(param i32 i32)"))
    f = eliminate_dead_code(f)
    adds = [op for op in live_ops(f) if op == 0x6A]
    assert len(adds) == 2  # the inner a+b merged into the outer one; the final add stays


def test_gvn_does_not_merge_across_sibling_branches():
    f = number_values(build("""
      (if (result i32) (local.get 0)
        (then (i32.mul (local.get 0) (local.get 1)))
        (else (i32.mul (local.get 0) (local.get 1))))""", "(param i32 i32)"))
    assert sum(1 for op in live_ops(eliminate_dead_code(f)) if op == 0x6C) == 2


def test_dce_removes_unused_pure_chains_but_keeps_traps():
    f = eliminate_dead_code(build("""
      (drop (i32.add (i32.mul (local.get 0) (local.get 0)) (i32.const 3)))
      (drop (i32.div_u (local.get 0) (local.get 0)))
      (i32.const 1)""", "(param i32)"))
    ops = live_ops(f)
    assert 0x6C not in ops and 0x6A not in ops  # mul, add gone
    assert 0x6E in ops                          # div_u may trap: kept
