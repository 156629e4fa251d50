"""The AArch64 register table (aot/isa/aarch64/abi.py): what it derives matches AAPCS64 as this compiler uses it."""

import pytest

from wasmoon_aot.aot.isa.aarch64 import abi
from wasmoon_aot.aot.machinst.vcode import FLOAT, INT, preg


def f(*numbers):
    return tuple(preg(FLOAT, n) for n in numbers)


def test_calling_convention_registers():
    assert abi.VMCTX_REG == 0
    assert abi.INT_ARG_REGS == (1, 2, 3, 4, 5, 6, 7)
    assert abi.INT_RESULT_REGS == tuple(range(8))
    assert abi.FLOAT_ARG_REGS == abi.FLOAT_RESULT_REGS == tuple(range(8))


def test_scratch_and_saved_pairs():
    assert abi.INT_SCRATCH == (16, 17) and abi.FLOAT_SCRATCH == (31,)
    assert abi.CALLEE_SAVED_INT_PAIRS == ((19, 20), (21, 22), (23, 24), (25, 26), (27, 28))
    assert abi.CALLEE_SAVED_FLOAT_PAIRS == ((8, 9), (10, 11), (12, 13), (14, 15))


def test_call_clobbers_everything_but_callee_saved_and_reserved():
    assert abi.CALL_CLOBBERS == tuple(range(18)) + f(*range(8), *range(16, 32))


def test_register_env():
    env = abi.REGISTER_ENV
    assert env.operand_regs == (tuple(range(9, 16)), f(*range(16, 24)))
    assert env.allocatable == (tuple(range(16)) + tuple(range(19, 29)),
                               f(*range(8), *range(16, 31), *range(8, 16)))
    assert env.callee_saved == frozenset(range(19, 29)) | frozenset(f(*range(8, 16)))
    assert env.scratch == (-1, preg(FLOAT, 31))


def test_no_role_overlaps_that_would_hand_out_a_fixed_register():
    allocatable = set(abi.REGISTER_ENV.allocatable[INT] + abi.REGISTER_ENV.allocatable[FLOAT])
    assert not allocatable & {16, 17, 18, 29, 30, preg(FLOAT, 31)}
    assert abi.REGISTER_ENV.callee_saved <= allocatable
    assert not abi.REGISTER_ENV.callee_saved & set(abi.CALL_CLOBBERS)


@pytest.mark.parametrize("reg, bits, sp, name", [
    (0, 64, False, "x0"), (0, 32, False, "w0"), (30, 64, False, "x30"),
    (31, 64, True, "sp"), (31, 32, True, "wsp"), (31, 64, False, "xzr"), (31, 32, False, "wzr"),
    (preg(FLOAT, 0), 64, False, "d0"), (preg(FLOAT, 7), 32, False, "s7"), (preg(FLOAT, 31), 128, False, "q31"),
])
def test_asm_name(reg, bits, sp, name):
    assert abi.asm_name(reg, bits, sp=sp) == name


def test_asm_name_rejects_spill_slots():
    with pytest.raises(ValueError):
        abi.asm_name(64)


def test_table_rows():
    names = [r.name for r in abi.REGISTERS]
    assert names == [f"x{n}" for n in range(31)] + [f"d{n}" for n in range(32)]
    x16, x18, x19 = (abi.REGISTERS[n].roles for n in (16, 18, 19))
    assert x16 == {"scratch"} and x18 == {"reserved"} and x19 == {"callee"}
    assert abi.REGISTERS[0].roles == {"vmctx", "result"}
