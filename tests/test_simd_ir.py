"""SIMD in the IR: every operator becomes one instruction with its Wasm opcode, typed by its signature."""

from __future__ import annotations

import pytest

from wasmoon_aot.aot.ir import function as ir
from wasmoon_aot.aot.ir.build import build_function
from wasmoon_aot.aot.ir.printer import print_function
from wasmoon_aot.aot.module_env import ModuleEnv
from wasmoon_aot.aot.options import CompileOptions
from wasmoon_aot.aot.opt import optimize
from wasmoon_aot.aot.opt.effects import PURE
from wasmoon_aot.aot.wasm import load_and_validate, opcodes as op
from wasmoon_aot.aot.wasm.operator_types import SIGNATURES
from wasmoon_aot.aot.wat import wat_to_wasm

SHUFFLE_LANES = bytes([0, 17, 2, 19, 4, 21, 6, 23, 8, 25, 10, 27, 12, 29, 14, 31])
# Every SIMD operator but v128.const and the memory ones: opcode -> (params, results, imm).
OPERATORS = {}
for _code, _name in op.OPCODE_NAMES.items():
    if not 0xFD000 <= _code <= 0xFDFFF or _code in op.SIMD_ACCESS or _code == op.V128_CONST:
        continue
    _params, _results = SIGNATURES[_code]
    _imm = op.SIMD_LANE[_code].lanes - 1 if _code in op.SIMD_LANE else None
    OPERATORS[_code] = (_params, _results, SHUFFLE_LANES if _code == op.I8X16_SHUFFLE else _imm)


def build(wat: str, index: int = 0, bounds_checks: str = "guard") -> ir.IRFunction:
    module = load_and_validate(wat_to_wasm(wat.encode()))
    return build_function(ModuleEnv(module, CompileOptions(bounds_checks=bounds_checks)), index)


def insts(f: ir.IRFunction, opcode: int) -> list[int]:
    return [inst for block in f.reachable_blocks() for inst in f.block_insts[block] if f.inst_op[inst] == opcode]


def _text_immediate(imm) -> str:
    if isinstance(imm, bytes):
        return " ".join(str(lane) for lane in imm)
    return "" if imm is None else str(imm)


@pytest.fixture(scope="module")
def every_operator():
    """One function per operator, applying it to its params: (module env, opcode -> function index)."""
    funcs = []
    for code, (params, results, imm) in OPERATORS.items():
        gets = " ".join(f"(local.get {index})" for index in range(len(params)))
        funcs.append(f"(func (param {' '.join(params)}) (result {' '.join(results)}) "
                     f"({op.OPCODE_NAMES[code]} {_text_immediate(imm)} {gets}))")
    module = load_and_validate(wat_to_wasm(f"(module {' '.join(funcs)})".encode()))
    return ModuleEnv(module), {code: index for index, code in enumerate(OPERATORS)}


def test_the_table_covers_every_simd_operator_family():
    names = {op.OPCODE_NAMES[code] for code in OPERATORS}
    assert {"i8x16.shuffle", "i32x4.extract_lane", "f64x2.replace_lane", "v128.bitselect",
            "i32x4.relaxed_dot_i8x16_i7x16_add_s", "i8x16.bitmask"} <= names
    assert len(OPERATORS) > 200


@pytest.mark.parametrize("code", sorted(OPERATORS), ids=[op.OPCODE_NAMES[c] for c in sorted(OPERATORS)])
def test_each_operator_is_one_instruction_in_wasm_operand_order(every_operator, code):
    env, index_of = every_operator
    f = build_function(env, index_of[code])
    params, results, imm = OPERATORS[code]
    (inst,) = insts(f, code)
    assert [f.resolve(a) for a in f.inst_args[inst]] == f.block_params[0][1:]  # vmctx first, then the params
    assert [f.value_type[r] for r in f.inst_results[inst]] == list(results)
    assert f.inst_imm[inst] == imm
    assert code in PURE


def test_v128_const_is_a_little_endian_128_bit_constant():
    f = build("""(module (func (result v128) (v128.const i32x4 1 2 3 0x80000000)))""")
    (const,) = [i for i in insts(f, ir.CONST) if f.value_type[f.inst_results[i][0]] == "v128"]
    assert f.inst_imm[const] == 1 | 2 << 32 | 3 << 64 | 0x80000000 << 96
    assert "v128.const 0x80000000000000030000000200000001" in print_function(f)


def test_v128_locals_start_as_a_zero_v128_constant():
    f = build("""(module (func (result v128) (local v128) (local.get 0)))""")
    (ret,) = insts(f, ir.RETURN)
    (value,) = f.inst_args[ret]
    const = [i for i in insts(f, ir.CONST) if f.resolve(f.inst_results[i][0]) == f.resolve(value)]
    assert len(const) == 1 and f.inst_imm[const[0]] == 0 and f.value_type[f.resolve(value)] == "v128"


def test_v128_select_and_block_params_carry_the_type():
    f = build("""(module (func (param v128 v128 i32) (result v128)
      (block (result v128) (select (local.get 0) (local.get 1) (local.get 2)))))""")
    (select,) = insts(f, ir.SELECT)
    assert f.value_type[f.inst_results[select][0]] == "v128"


def test_memory_operators_carry_bytes_offset_still_and_lane():
    f = build("""(module (memory 1) (func (param i32 v128) (result v128)
      (v128.store offset=32 (local.get 0) (local.get 1))
      (v128.store16_lane offset=2 3 (local.get 0) (local.get 1))
      (drop (v128.load8x8_s (local.get 0)))
      (drop (v128.load32_splat offset=4 (local.get 0)))
      (drop (v128.load64_zero (local.get 0)))
      (v128.load32_lane offset=8 1 (local.get 0) (local.get 1))))""", bounds_checks="explicit")
    found = {f.inst_op[inst]: (f.inst_args[inst], f.inst_imm[inst], [f.value_type[r] for r in f.inst_results[inst]])
             for block in f.reachable_blocks() for inst in f.block_insts[block] if f.inst_op[inst] in op.SIMD_ACCESS}
    addr, vector = f.block_params[0][1:]
    # (access, offset, still, lane), with explicit checks: a small end shares a HEAP_LIMIT (still 0);
    # 32 + 16 > 16 subtracts at the access (with guard pages every one of them is ir.GUARDED)
    assert found[op.V128_STORE][1] == (op.SimdAccess("vector", 16, False, True), 32, 48, None)
    assert found[op.V128_STORE][2] == []
    assert found[op.V128_STORE16_LANE][1] == (op.SimdAccess("lane", 2, False, True), 2, 0, 3)
    assert found[op.V128_LOAD8X8_S][1] == (op.SimdAccess("extend", 8, True, False), 0, 0, None)
    assert found[op.V128_LOAD8X8_S][2] == ["v128"]
    assert found[op.V128_LOAD32_SPLAT][1] == (op.SimdAccess("splat", 4, False, False), 4, 0, None)
    assert found[op.V128_LOAD64_ZERO][1] == (op.SimdAccess("zero", 8, False, False), 0, 0, None)
    assert found[op.V128_LOAD32_LANE][1] == (op.SimdAccess("lane", 4, False, False), 8, 0, 1)
    for code in (op.V128_STORE, op.V128_STORE16_LANE, op.V128_LOAD32_LANE):
        assert [f.resolve(a) for a in found[code][0][:2]] == [addr, vector]
    assert len(found[op.V128_LOAD8X8_S][0]) == 3   # addr, heap base, bound
    for code in found:
        assert code not in PURE


def test_gvn_merges_equal_simd_operations_and_dce_drops_unused_ones():
    f = build("""(module (func (param v128 v128) (result v128)
      (drop (i32x4.mul (local.get 0) (local.get 1)))
      (i32x4.add (i32x4.add (local.get 0) (local.get 1)) (i32x4.add (local.get 0) (local.get 1)))))""")
    f = optimize(f)
    assert len(insts(f, op.I32X4_ADD)) == 2
    assert insts(f, op.I32X4_MUL) == []
