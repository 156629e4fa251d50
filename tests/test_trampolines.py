"""Entry/host trampolines and the trap stub: disassembled with capstone, then executed through the runtime."""

from __future__ import annotations

import random

import capstone
import pytest

from wasmoon_aot.aot.isa.aarch64 import encode as enc
from wasmoon_aot.aot.isa.aarch64.callconv import param_locations, result_locations
from wasmoon_aot.aot.isa.aarch64.regs import FP, LR, SP, X0, X1, X16
from wasmoon_aot.aot.isa.aarch64.trampolines import (
    ENTRY_FRAME_SIZE, entry_trampoline, host_trampoline, trap_stub)
from wasmoon_aot.runtime import Trap, TrapCode, abi, load
from test_runtime import ArtifactBuilder, bl_trap, call_import_words

SIGNATURES = [
    ((), ()),
    (("i32",), ("i32",)),
    (("i32", "f32") * 9, ("i32", "f32") * 9),
    (("f64", "i64", "f32", "i32") * 5, ("f64", "i64", "f32", "i32") * 5),
    (("i64",) * 40, ("i64",) * 40),
    (("externref", "f64") * 3, ("externref", "f64") * 3),
    # v128: q registers sharing the float counter, two value slots each, 16-byte aligned stack slots
    (("v128",), ("v128",)),
    (("i32", "v128", "f64", "v128", "i64"), ("i32", "v128", "f64", "v128", "i64")),
    (("f32", "v128") * 6 + ("i32", "v128"), ("f32", "v128") * 6 + ("i32", "v128")),
]


def _disassemble(code: bytes):
    md = capstone.Cs(capstone.CS_ARCH_ARM64, capstone.CS_MODE_ARM)
    instructions = list(md.disasm(code, 0))
    assert 4 * len(instructions) == len(code), "every word must decode"
    return instructions


@pytest.mark.parametrize("params,results", SIGNATURES)
def test_trampolines_disassemble_and_stay_inside(params, results):
    for code in (entry_trampoline(params, results), host_trampoline(params, results), trap_stub()):
        instructions = _disassemble(code)
        assert instructions[-1].mnemonic == "ret"
        for insn in instructions:
            assert insn.mnemonic not in ("adr", "adrp", "bl"), "no references outside the trampoline"
            if insn.mnemonic in ("cbz", "cbnz", "b") or insn.mnemonic.startswith("b."):
                target = int(insn.op_str.split("#")[-1], 16)
                assert 0 <= target < len(code)


def test_entry_saves_every_callee_saved_register():
    text = [f"{i.mnemonic} {i.op_str}" for i in _disassemble(entry_trampoline(["i32"], ["i32"]))]
    assert text[0] == f"stp x29, x30, [sp, #-{ENTRY_FRAME_SIZE:#x}]!"
    saved = " ".join(t for t in text if t.startswith("stp"))
    for reg in [f"x{n}" for n in range(19, 29)] + [f"d{n}" for n in range(8, 16)]:
        assert reg + "," in saved or reg + ", [" in saved or f", {reg}," in saved
    assert "blr x21" in text


def echo_words(types) -> list[int]:
    """A Wasm function returning its parameters unchanged (params == results)."""
    param_locs, _ = param_locations(types)
    result_locs, _ = result_locations(types)
    words = []
    for source, target in zip(param_locs, result_locs):
        if source == target:
            continue
        if source[0] == "stack" and target[0] == "stack":
            words += [enc.ldr_imm(8, X16, SP, 8 * source[1]), enc.str_imm(8, X16, SP, 8 * target[1])]
        elif source[0] == "stack":
            words.append(enc.ldr_imm(8, target[1], SP, 8 * source[1]))
        else:
            words.append(enc.mov_reg(True, target[1], source[1]))
    return words + [enc.ret()]


def clobber_and_trap_words(at: int) -> list[int]:
    words = [enc.movz(True, reg, 0xDEAD) for reg in range(19, 29)]
    words += [enc.fmov_from_gp(True, reg, 19) for reg in range(8, 16)]
    words += [enc.movz(True, FP, 0xBEEF), enc.movz(False, X1, int(TrapCode.UNREACHABLE))]
    return words + [bl_trap(at, len(words))]


def guard_words(at: int, slot_index: int) -> list[int]:
    """Set x19-x28 and d8-d15 to known values, call import `slot_index`, return 0 if they all survived.

    Saves and restores the callee-saved registers itself, as any Wasm function must.
    """
    int_pairs = [(19, 20), (21, 22), (23, 24), (25, 26), (27, 28)]
    fp_pairs = [(8, 9), (10, 11), (12, 13), (14, 15)]
    words = [enc.stp(True, FP, LR, SP, -160, enc.PRE), enc.mov_sp(FP, SP)]
    words += [enc.stp(True, a, b, SP, 16 + 16 * k) for k, (a, b) in enumerate(int_pairs)]
    words += [enc.stp_fp(True, a, b, SP, 96 + 16 * k) for k, (a, b) in enumerate(fp_pairs)]
    words += [enc.movz(True, reg, reg) for reg in range(19, 29)]
    for reg in range(8, 16):
        words += [enc.movz(True, X16, 0x100 + reg), enc.fmov_from_gp(True, reg, X16)]
    slot = abi.VMContextLayout(slot_index + 1, 0, 0).import_slot(slot_index)
    words += [enc.ldr_imm(8, X16, X0, slot + abi.IMPORT_SLOT_CODE),
              enc.ldr_imm(8, X0, X0, slot + abi.IMPORT_SLOT_VMCTX), enc.blr(X16)]
    # x0 = sum of (x_reg - reg) + sum of (d_reg bits - (0x100 + reg)): zero when everything survived
    words.append(enc.movz(True, X0, 0))
    for reg in range(19, 29):
        words += [enc.sub_imm(True, X16, reg, reg), enc.add_reg(True, X0, X0, X16)]
    for reg in range(8, 16):
        words += [enc.fmov_to_gp(True, X16, reg), enc.sub_imm(True, X16, X16, 0x100 + reg),
                  enc.add_reg(True, X0, X0, X16)]
    words += [enc.ldp(True, a, b, SP, 16 + 16 * k) for k, (a, b) in enumerate(int_pairs)]
    words += [enc.ldp_fp(True, a, b, SP, 96 + 16 * k) for k, (a, b) in enumerate(fp_pairs)]
    return words + [enc.ldp(True, FP, LR, SP, 160, enc.POST), enc.ret()]


@pytest.fixture(scope="module")
def echo_instance(tmp_path_factory):
    b = ArtifactBuilder()
    host_echoes = {}
    for k, (params, results) in enumerate(SIGNATURES):
        index = b.add_import("env", f"echo{k}", params, results)
        b.exports.append({"name": f"host_echo{k}", "kind": "func", "index": index})
        host_echoes[f"echo{k}"] = lambda *args: args[0] if len(args) == 1 else (args or None)
    guard_import = b.add_import("env", "inner", [], [])
    for k, (params, results) in enumerate(SIGNATURES):
        b.add_function(params, results, lambda at, i: echo_words(params), export=f"echo{k}")
    b.add_function([], [], lambda at, i: clobber_and_trap_words(at), export="clobber")
    b.add_function([], ["i64"], lambda at, i: guard_words(at, guard_import), export="guard")
    b.add_function(["i32"], ["i32"], lambda at, i: call_import_words(1), export="call_echo1")
    assert guard_import == len(SIGNATURES)
    path = b.write(tmp_path_factory.mktemp("trampolines") / "echo.so")
    inner_calls = []

    def inner():
        inner_calls.append(1)
        with pytest.raises(Trap):
            instance.exports.clobber()

    instance = load(path, {"env": {**host_echoes, "inner": inner}})
    instance.inner_calls = inner_calls
    return instance


def _random_slots(ty: str, rng: random.Random) -> list[int]:
    if ty == "v128":
        return [rng.getrandbits(64), rng.getrandbits(64)]
    return [rng.getrandbits(64 if ty in ("i64", "f64", "externref") else 32)]


@pytest.mark.parametrize("k", range(len(SIGNATURES)))
def test_entry_trampoline_moves_every_value_bit_exactly(echo_instance, k):
    params, _ = SIGNATURES[k]
    rng = random.Random(k)
    args = [slot for ty in params for slot in _random_slots(ty, rng)]
    assert echo_instance.exports[f"echo{k}"].call_bits(args) == args


def test_entry_trampoline_zero_extends_32_bit_results(echo_instance):
    garbage = 0xABCD_0000_0000_0000
    types = SIGNATURES[2][0]
    args = [garbage | (n + 1) for n in range(len(types))]
    assert echo_instance.exports.echo2.call_bits(args) == [n + 1 for n in range(len(types))]


@pytest.mark.parametrize("k", range(len(SIGNATURES)))
def test_host_trampoline_round_trips_values(echo_instance, k):
    params, _ = SIGNATURES[k]
    rng = random.Random(100 + k)
    values = []
    for ty in params:
        if ty in ("f32", "f64"):
            values.append(float(rng.randrange(-1000, 1000)) / 4)
        elif ty == "i32":
            values.append(rng.randrange(-2 ** 31, 2 ** 31))
        elif ty == "externref":
            values.append(rng.randrange(1, 2 ** 63))
        elif ty == "v128":
            values.append(rng.getrandbits(128))
        else:
            values.append(rng.randrange(-2 ** 63, 2 ** 63))
    returned = echo_instance.exports[f"host_echo{k}"](*values)
    expected = None if not values else (values[0] if len(values) == 1 else tuple(values))
    assert returned == expected


def test_host_trampoline_called_from_wasm(echo_instance):
    assert echo_instance.exports.call_echo1(-7) == -7


def test_trap_stub_restores_callee_saved_registers_of_nested_entry(echo_instance):
    assert echo_instance.exports.guard() == 0
    assert echo_instance.inner_calls == [1]
    with pytest.raises(Trap) as info:
        echo_instance.exports.clobber()
    assert info.value.code == TrapCode.UNREACHABLE
    assert echo_instance.exports.echo1(5) == 5
