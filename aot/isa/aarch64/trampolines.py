"""The three pieces of glue code every artifact carries: entry trampolines, host trampolines, the trap stub.

All three are position independent and reference nothing outside themselves.

Entry frame (the same for every signature: the trap stub unwinds through it),
at the sp recorded in STORE_ENTRY_SP:
    [sp +   0] x29, x30
    [sp +  16] x19 .. x28
    [sp +  96] d8 .. d15
    [sp + 160] the previous STORE_ENTRY_SP (and 8 bytes of padding)
Below it, the outgoing area for the callee's stack arguments and results.
While Wasm runs, the entry trampoline keeps the Store in x19, `values` in x20
and the callee's code address in x21 (callee-saved, so they survive the call).

Host frame: [sp + 0] x29, x30; [sp + 16] the HostFunc record; [sp + 32] the
values array handed to the callback.

In the values arrays a v128 takes two consecutive slots, low half first
(abi.value_slots): its q register is stored as d and then the upper half through
x16 (`fmov x16, vN.d[1]`), and loaded the same way back; a v128 on the stack
(16 bytes, callconv.py) is copied as two slots.  On a nonzero callback result it traps
with the Wasm caller's return address as the trap pc, exactly as the trap stub
would.
"""

from __future__ import annotations

import struct

from wasmoon_aot.runtime import abi

from . import encode as enc
from .abi import CALLEE_SAVED_FLOAT_PAIRS, CALLEE_SAVED_INT_PAIRS
from .callconv import outgoing_area_size, param_locations, result_locations
from .regs import FP, HS, LO, LR, LS, SP, X0, X1, X2, X3, X4, X5, X6, X16, X17, X19, X20, X21, XZR

ENTRY_SAVED_PAIRS_OFFSET = 16   # x19/x20 ... x27/x28
ENTRY_SAVED_FP_OFFSET = 96      # d8/d9 ... d14/d15
ENTRY_PREV_SP_OFFSET = 160
ENTRY_FRAME_SIZE = 176
assert ENTRY_SAVED_FP_OFFSET == ENTRY_SAVED_PAIRS_OFFSET + 16 * len(CALLEE_SAVED_INT_PAIRS)
assert ENTRY_PREV_SP_OFFSET == ENTRY_SAVED_FP_OFFSET + 16 * len(CALLEE_SAVED_FLOAT_PAIRS)

HOST_RECORD_OFFSET = abi.HOST_FRAME_RECORD
HOST_VALUES_OFFSET = abi.HOST_FRAME_VALUES

_MAX_IMM12 = 4095

assert abi.VMCTX_STORE == abi.HOSTFUNC_STORE == 0
assert abi.STACK_BUDGET % 4096 == 0 and abi.STACK_BUDGET >> 12 <= _MAX_IMM12


def _assemble(words: list[int]) -> bytes:
    return struct.pack(f"<{len(words)}I", *words)


def _adjust_sp(out: list[int], amount: int, down: bool) -> None:
    """sp -= amount (down) or sp += amount, in imm12 steps (amount is a multiple of 16)."""
    step = enc.sub_imm if down else enc.add_imm
    while amount:
        chunk = min(amount, _MAX_IMM12 & ~15)
        out.append(step(True, SP, SP, chunk))
        amount -= chunk


def _slot_offsets(types, first: int) -> list[int]:
    """Byte offsets of each value in a values array that starts at `first` (a v128 takes two slots)."""
    offsets, offset = [], first
    for ty in types:
        offsets.append(offset)
        offset += 8 * abi.value_slots(ty)
    return offsets


def _store_value_to_slot(out: list[int], ty: str, location: tuple[str, int], base: int, slot_offset: int) -> None:
    """Store a register-held value into the 64-bit slot at [base + slot_offset], zero-extending 32-bit values
    (a v128 into that slot and the next)."""
    kind, reg = location
    if ty == "v128":
        out.append(enc.str_fp_imm(8, reg, base, slot_offset))
        out.append(enc.fmov_to_gp_high(X16, reg))
        out.append(enc.str_imm(8, X16, base, slot_offset + 8))
    elif kind == "x":
        if ty == "i32":
            out.append(enc.mov_reg(False, reg, reg))
        out.append(enc.str_imm(8, reg, base, slot_offset))
    elif ty == "f32":
        out.append(enc.str_fp_imm(4, reg, base, slot_offset))
        out.append(enc.str_imm(4, XZR, base, slot_offset + 4))
    else:
        out.append(enc.str_fp_imm(8, reg, base, slot_offset))


def _load_value_from_slot(out: list[int], ty: str, location: tuple[str, int], base: int, slot_offset: int) -> None:
    kind, reg = location
    if ty == "v128":
        out.append(enc.ldr_fp_imm(8, reg, base, slot_offset))
        out.append(enc.ldr_imm(8, X16, base, slot_offset + 8))
        out.append(enc.fmov_from_gp_high(reg, X16))
    elif kind == "x":
        out.append(enc.ldr_imm(8, reg, base, slot_offset))
    else:
        out.append(enc.ldr_fp_imm(4 if ty == "f32" else 8, reg, base, slot_offset))


def _copy_slot(out: list[int], ty: str, from_base: int, from_offset: int, to_base: int, to_offset: int) -> None:
    """Copy one stack slot (a v128's two) through x16; 32-bit values are zero-extended (their upper
    bytes may be stale)."""
    for half in range(abi.value_slots(ty)):
        out.append(enc.ldr_imm(4 if ty in ("i32", "f32") else 8, X16, from_base, from_offset + 8 * half))
        out.append(enc.str_imm(8, X16, to_base, to_offset + 8 * half))


def _emit_entry_exit(out: list[int]) -> None:
    """Leave an entry frame: expects sp = frame base, x16 = Store, w0 = the code to return."""
    out.append(enc.ldr_imm(8, X17, SP, ENTRY_PREV_SP_OFFSET))
    out.append(enc.str_imm(8, X17, X16, abi.STORE_ENTRY_SP))
    for k, (a, b) in enumerate(CALLEE_SAVED_INT_PAIRS):
        out.append(enc.ldp(True, a, b, SP, ENTRY_SAVED_PAIRS_OFFSET + 16 * k))
    for k, (a, b) in enumerate(CALLEE_SAVED_FLOAT_PAIRS):
        out.append(enc.ldp_fp(True, a, b, SP, ENTRY_SAVED_FP_OFFSET + 16 * k))
    out.append(enc.ldp(True, FP, LR, SP, ENTRY_FRAME_SIZE, enc.POST))
    out.append(enc.ret())


def emit_trap_unwind(out: list[int]) -> None:
    """Trap: x0 = vmctx or HostFunc record, w1 = code, x30 = trap pc, x29 = the trapping frame (a Wasm
    function's, or the host trampoline's). Records the backtrace, then unwinds to the innermost entry frame."""
    out.append(enc.ldr_imm(8, X16, X0, abi.VMCTX_STORE))
    out.append(enc.str_imm(4, X1, X16, abi.STORE_TRAP_CODE))
    out.append(enc.str_imm(8, LR, X16, abi.STORE_TRAP_PC))
    out.append(enc.ldr_imm(8, X17, X16, abi.STORE_ENTRY_SP))
    _emit_backtrace(out)
    out.append(enc.mov_sp(SP, X17))
    out.append(enc.mov_reg(False, X0, X1))
    _emit_entry_exit(out)


def _emit_backtrace(out: list[int]) -> None:
    """The return addresses of the frame records from x29 up to (not into) the entry frame at x17
    into the Store at x16 (abi.STORE_TRAP_FRAMES*).  Only records between sp and the entry frame,
    each above the last, are read.  Uses x2-x6; x1 is kept."""
    start = len(out)
    out += [
        enc.mov_reg(True, X2, FP),                                      # x2: the frame record
        enc.add_imm(True, X3, X16, abi.STORE_TRAP_FRAMES),              # x3: where the next address goes
        enc.add_imm(True, X4, X16, abi.STORE_TRAP_FRAMES + 8 * abi.TRAP_FRAMES_MAX),
        enc.mov_sp(X6, SP),
        enc.cmp_reg(True, X2, X6),
        (LO, "done"),                                                   # not a frame of this stack
        enc.cmp_reg(True, X2, X17),
        (HS, "done"),
    ]
    loop = len(out)
    out += [
        enc.ldr_imm(8, X5, X2, 0),                                      # x5: the caller's frame record
        enc.cmp_reg(True, X5, X17),
        (HS, "done"),                                                   # the caller is the entry frame
        enc.cmp_reg(True, X5, X2),
        (LS, "done"),                                                   # a chain that does not go up
        enc.cmp_reg(True, X3, X4),
        (HS, "done"),                                                   # the buffer is full
        enc.ldr_imm(8, X6, X2, 8),
        enc.str_imm(8, X6, X3, 0),
        enc.add_imm(True, X3, X3, 8),
        enc.mov_reg(True, X2, X5),
    ]
    out.append(enc.b(4 * (loop - len(out))))
    done = len(out)
    for at in range(start, done):
        if isinstance(out[at], tuple):
            out[at] = enc.b_cond(out[at][0], 4 * (done - at))
    out += [
        enc.sub_reg(True, X3, X3, X16),
        enc.str_imm(8, X3, X16, abi.STORE_TRAP_FRAMES_END),
    ]


def entry_trampoline(params, results) -> bytes:
    """`int32 entry(vmctx x0, code x1, uint64 *values x2)` for Wasm functions of type params -> results."""
    param_locs, _ = param_locations(params)
    result_locs, _ = result_locations(results)
    outgoing = outgoing_area_size(params, results)
    out: list[int] = [
        enc.stp(True, FP, LR, SP, -ENTRY_FRAME_SIZE, enc.PRE),
        enc.mov_sp(FP, SP),
    ]
    for k, (a, b) in enumerate(CALLEE_SAVED_INT_PAIRS):
        out.append(enc.stp(True, a, b, SP, ENTRY_SAVED_PAIRS_OFFSET + 16 * k))
    for k, (a, b) in enumerate(CALLEE_SAVED_FLOAT_PAIRS):
        out.append(enc.stp_fp(True, a, b, SP, ENTRY_SAVED_FP_OFFSET + 16 * k))
    out += [
        enc.ldr_imm(8, X19, X0, abi.VMCTX_STORE),
        enc.mov_reg(True, X20, X2),
        enc.mov_reg(True, X21, X1),
        enc.ldr_imm(8, X16, X19, abi.STORE_ENTRY_SP),
        enc.str_imm(8, X16, SP, ENTRY_PREV_SP_OFFSET),
        enc.mov_sp(X17, SP),
        enc.str_imm(8, X17, X19, abi.STORE_ENTRY_SP),
        enc.cbnz(True, X16, 12),  # nested entry: keep the outermost entry's stack limit
        enc.sub_imm(True, X17, X17, abi.STACK_BUDGET >> 12, shift12=True),
        enc.str_imm(8, X17, X19, abi.STORE_STACK_LIMIT),
    ]
    _adjust_sp(out, outgoing, down=True)
    for ty, loc, offset in zip(params, param_locs, _slot_offsets(params, 0)):
        if loc[0] == "stack":
            _copy_slot(out, ty, X20, offset, SP, 8 * loc[1])
        else:
            _load_value_from_slot(out, ty, loc, X20, offset)
    out.append(enc.blr(X21))
    for ty, loc, offset in zip(results, result_locs, _slot_offsets(results, 0)):
        if loc[0] == "stack":
            _copy_slot(out, ty, SP, 8 * loc[1], X20, offset)
    for ty, loc, offset in zip(results, result_locs, _slot_offsets(results, 0)):
        if loc[0] != "stack":
            _store_value_to_slot(out, ty, loc, X20, offset)
    _adjust_sp(out, outgoing, down=False)
    out.append(enc.mov_reg(True, X16, X19))
    out.append(enc.movz(False, X0, 0))
    _emit_entry_exit(out)
    return _assemble(out)


def trap_stub() -> bytes:
    """The code at abi.TRAP_SYMBOL: `bl` here with x0 = vmctx (or HostFunc record) and w1 = trap code."""
    out: list[int] = []
    emit_trap_unwind(out)
    return _assemble(out)


def host_frame_size(params, results) -> int:
    slots = max(abi.slot_count(params), abi.slot_count(results))
    return HOST_VALUES_OFFSET + ((8 * slots + 15) & ~15)


def host_trampoline(params, results) -> bytes:
    """Called like a Wasm function with x0 = HostFunc record; calls the record's callback(host_id, values)."""
    param_locs, _ = param_locations(params)
    result_locs, _ = result_locations(results)
    frame = host_frame_size(params, results)
    out: list[int] = []
    _adjust_sp(out, frame, down=True)
    out += [
        enc.stp(True, FP, LR, SP, 0),
        enc.mov_sp(FP, SP),
        enc.str_imm(8, X0, SP, HOST_RECORD_OFFSET),
    ]
    for ty, loc, offset in zip(params, param_locs, _slot_offsets(params, HOST_VALUES_OFFSET)):
        if loc[0] == "stack":
            _copy_slot(out, ty, FP, frame + 8 * loc[1], SP, offset)
        else:
            _store_value_to_slot(out, ty, loc, SP, offset)
    out += [
        enc.ldr_imm(8, X16, X0, abi.HOSTFUNC_CALLBACK),
        enc.ldr_imm(8, X0, X0, abi.HOSTFUNC_ID),
        enc.add_imm(True, X1, SP, HOST_VALUES_OFFSET),
        enc.blr(X16),
    ]
    branch_at = len(out)
    out.append(0)  # cbnz w0, trap: patched below
    for ty, loc, offset in zip(results, result_locs, _slot_offsets(results, HOST_VALUES_OFFSET)):
        if loc[0] == "stack":
            _copy_slot(out, ty, SP, offset, FP, frame + 8 * loc[1])
    for ty, loc, offset in zip(results, result_locs, _slot_offsets(results, HOST_VALUES_OFFSET)):
        if loc[0] != "stack":
            _load_value_from_slot(out, ty, loc, SP, offset)
    out.append(enc.ldp(True, FP, LR, SP, 0))
    _adjust_sp(out, frame, down=False)
    out.append(enc.ret())
    out[branch_at] = enc.cbnz(False, X0, 4 * (len(out) - branch_at))
    out += [
        enc.mov_reg(False, X1, X0),
        enc.ldr_imm(8, X0, SP, HOST_RECORD_OFFSET),
        enc.ldr_imm(8, LR, SP, 8),  # trap pc: the Wasm caller's return address
    ]
    emit_trap_unwind(out)
    return _assemble(out)
