"""The allocation memo (aot/regalloc/memo.py): functions of one shape share an allocation,
and what the memo hands out is what the allocator would have made for that function."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from wasmoon_aot.aot.compiler import ALLOCATORS, BACKEND
from wasmoon_aot.aot.ir.build import build_function
from wasmoon_aot.aot.module_env import ModuleEnv
from wasmoon_aot.aot.opt import optimize
from wasmoon_aot.aot.options import CompileOptions
from wasmoon_aot.aot.regalloc.memo import AllocationMemo, shape
from wasmoon_aot.aot.wasm import decode_module, validate_module
from wasmoon_aot.aot.wat import wat_to_wasm

# f1..f4 share one shape (other constants, other callees); the rest differ from them and
# from each other (a loop, floats, the same instructions on other operands, more live values
# across a call).
SOURCE = """(module
  (memory 1)
  (func $f0 (param i32) (result i32) (local.get 0))
  (func $f1 (param i32) (result i32) (i32.add (i32.mul (local.get 0) (i32.const 3)) (call $f0 (local.get 0))))
  (func $f2 (param i32) (result i32) (i32.add (i32.mul (local.get 0) (i32.const 7)) (call $f1 (local.get 0))))
  (func $f3 (param i32) (result i32) (i32.add (i32.mul (local.get 0) (i32.const 11)) (call $f0 (local.get 0))))
  (func $f4 (param i32) (result i32) (i32.add (i32.mul (local.get 0) (i32.const 1000)) (call $f2 (local.get 0))))
  (func $loop (param i32) (result i32) (local i32)
    (block (loop (br_if 1 (i32.eqz (local.get 0)))
      (local.set 1 (i32.add (local.get 1) (i32.load (local.get 0))))
      (local.set 0 (i32.sub (local.get 0) (i32.const 4))) (br 0)))
    (local.get 1))
  (func $float (param f64 f64) (result f64) (f64.add (f64.mul (local.get 0) (local.get 1)) (local.get 1)))
  (func $left (param i32 i32) (result i32) (i32.sub (local.get 0) (local.get 1)))
  (func $right (param i32 i32) (result i32) (i32.sub (local.get 1) (local.get 0)))
  (func $live (param i32 i32 i32) (result i32)
    (i32.add (i32.add (local.get 1) (local.get 2)) (i32.mul (local.get 0) (call $f3 (local.get 2))))))
"""


def _vcodes():
    module = decode_module(wat_to_wasm(SOURCE.encode()))
    validate_module(module)
    env = ModuleEnv(module, CompileOptions())
    return [BACKEND.lower_function(env, optimize(build_function(env, index)))[0]
            for index in range(len(module.codes))]


def _answer(allocation) -> dict:
    fields = asdict(allocation)
    fields["stats"] = {k: v for k, v in fields["stats"].items() if k != "alloc_seconds"}
    return fields


@pytest.mark.parametrize("regalloc", sorted(ALLOCATORS))
def test_memo_hands_out_what_the_allocator_makes(regalloc):
    allocate = ALLOCATORS[regalloc]
    memo = AllocationMemo(allocate, BACKEND.register_env)
    remembered = [memo(vcode, BACKEND.register_env) for vcode in _vcodes()]
    made = [allocate(vcode, BACKEND.register_env) for vcode in _vcodes()]
    assert [_answer(a) for a in remembered] == [_answer(a) for a in made]
    assert len(memo.made) == len(made) - 3     # f2, f3 and f4 were f1's shape


def test_shape_leaves_out_only_what_allocators_never_read():
    vcodes = _vcodes()
    shapes = [shape(vcode) for vcode in vcodes]
    assert shapes[1] == shapes[2] == shapes[3] == shapes[4]
    assert len(set(shapes)) == len(shapes) - 3
    assert [inst.data for inst in vcodes[1].insts] != [inst.data for inst in vcodes[2].insts]


def test_another_register_env_is_not_remembered():
    calls = []

    def allocate(vcode, env):
        calls.append(env)
        return ALLOCATORS["backtracking"](vcode, BACKEND.register_env)

    memo = AllocationMemo(allocate, BACKEND.register_env)
    vcode = _vcodes()[1]
    memo(vcode, BACKEND.register_env)
    memo(vcode, BACKEND.register_env)
    memo(vcode, object())
    assert len(calls) == 2 and len(memo.made) == 1
