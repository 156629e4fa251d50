"""Wide (v128) vregs in the register allocators, the checker and the emitter's moves.

A call keeps only the low 64 bits of v8..v15 (abi.py's `low64` role): wide
values must not stay there across a call, scalar floats still do.  Wide spill
slots are 16 bytes at an even 8-byte unit, and wide moves carry 128 bits.
Synthetic VCode throughout; the compiled end-to-end case is test_simd_calls.py.
"""

from __future__ import annotations

import dataclasses

import pytest

from wasmoon_aot.aot.isa.aarch64 import encode_neon as neon
from wasmoon_aot.aot.isa.aarch64.abi import CALL_CLOBBERS, REGISTER_ENV, WIDE_CALL_CLOBBERS
from wasmoon_aot.aot.isa.aarch64.emit import FunctionEmitter
from wasmoon_aot.aot.machinst.vcode import (FLOAT, INT, SLOT_BASE, STACK, WIDE, Allocation, VCode,
                                            define, is_slot, preg, use)
from wasmoon_aot.aot.regalloc import backtracking, simple
from wasmoon_aot.aot.regalloc.checker import RegallocCheckError, check_allocation
from wasmoon_aot.aot.regalloc.moves import sequentialize
from wasmoon_aot.aot.regalloc.spill import SpillSlots

V = [preg(FLOAT, n) for n in range(32)]
KEPT_LOW = frozenset(V[8:16])
NO_PARTIAL_CLOBBER = dataclasses.replace(REGISTER_ENV, wide_clobbers=frozenset())


class Inst:
    def __init__(self, op, operands, clobbers=()):
        self.op, self.operands, self.clobbers = op, tuple(operands), tuple(clobbers)


def test_the_table_says_v8_to_v15_keep_only_their_low_half():
    assert set(WIDE_CALL_CLOBBERS) == KEPT_LOW == REGISTER_ENV.wide_clobbers
    assert KEPT_LOW <= REGISTER_ENV.callee_saved and not KEPT_LOW & set(CALL_CLOBBERS)


def across_a_call(num_wide: int, num_narrow: int) -> tuple[VCode, list[int], list[int]]:
    """Define wide and narrow FLOAT values, call, then read each of them."""
    vcode = VCode()
    wide = [vcode.new_vreg(FLOAT, wide=True) for _ in range(num_wide)]
    narrow = [vcode.new_vreg(FLOAT) for _ in range(num_narrow)]
    vcode.insts = [Inst("def", [define(v)]) for v in wide + narrow]
    vcode.insts.append(Inst("call", [], CALL_CLOBBERS))
    vcode.insts += [Inst("read", [use(v)]) for v in wide + narrow]
    vcode.insts.append(Inst("ret", []))
    vcode.block_start, vcode.block_end = [0], [len(vcode.insts)]
    vcode.block_params, vcode.block_succs = [[]], [[]]
    return vcode, wide, narrow


def kept_across_the_call(vcode: VCode, allocation: Allocation, call: int) -> set[tuple[int, int]]:
    """(vreg, preg) for every read after the call that finds its vreg in the register
    it was in at the call, with no move or def writing that register in between."""
    at_call: dict[int, int] = {}   # location -> vreg, at the call
    for index in range(call + 1):
        for src, dst, _ in allocation.edits_before.get(index, ()):
            at_call[dst] = at_call.get(src, -1)
        if index == call:
            break
        for op, loc in zip(vcode.insts[index].operands, allocation.allocs[index]):
            if op.kind != 0:
                at_call[loc] = op.vreg
        for src, dst, _ in allocation.edits_after.get(index, ()):
            at_call[dst] = at_call.get(src, -1)
    untouched = {loc: vreg for loc, vreg in at_call.items() if not is_slot(loc) and vreg >= 0}
    kept = set()

    def run(moves):
        for src, dst, _ in moves:
            if src in untouched:
                kept.add((untouched[src], src))
            untouched.pop(dst, None)

    run(allocation.edits_after.get(call, ()))
    for index in range(call + 1, len(vcode.insts)):
        run(allocation.edits_before.get(index, ()))
        for op, loc in zip(vcode.insts[index].operands, allocation.allocs[index]):
            if op.kind == 0 and untouched.get(loc) == op.vreg:
                kept.add((op.vreg, loc))
        run(allocation.edits_after.get(index, ()))
    return kept


def test_wide_values_leave_v8_to_v15_across_a_call_and_scalars_stay():
    vcode, wide, narrow = across_a_call(6, 6)
    call = len(wide) + len(narrow)
    allocation = backtracking.allocate(vcode, REGISTER_ENV)
    check_allocation(vcode, allocation, REGISTER_ENV)
    kept = kept_across_the_call(vcode, allocation, call)
    assert not {(v, r) for v, r in kept if v in wide}   # no wide value survives a call in a register
    assert {v for v, r in kept if v in narrow and r in KEPT_LOW} == set(narrow)   # 6 of 8 callee-saved d regs
    wide_slots = {loc for index, chosen in enumerate(allocation.allocs) for op, loc in
                  zip(vcode.insts[index].operands, chosen) if op.vreg in wide and is_slot(loc)}
    wide_slots |= {dst for edits in (*allocation.edits_before.values(), *allocation.edits_after.values())
                   for src, dst, kind in edits if kind == WIDE and is_slot(dst)}
    assert len(wide_slots) == len(wide) and all((slot - SLOT_BASE) % 2 == 0 for slot in wide_slots)


def test_without_the_partial_clobber_the_allocator_keeps_wide_values_in_v8_and_the_checker_objects():
    """The test above could fail: an allocator that forgets the rule puts v128s in v8..v15."""
    vcode, wide, _ = across_a_call(6, 0)
    allocation = backtracking.allocate(vcode, NO_PARTIAL_CLOBBER)
    assert {v for v, r in kept_across_the_call(vcode, allocation, len(wide)) if r in KEPT_LOW} == set(wide)
    with pytest.raises(RegallocCheckError, match="holds nothing"):
        check_allocation(vcode, allocation, REGISTER_ENV)


def test_the_simple_allocator_gives_wide_vregs_16_byte_slots():
    vcode, wide, narrow = across_a_call(3, 3)
    allocation = simple.allocate(vcode, REGISTER_ENV)
    check_allocation(vcode, allocation, REGISTER_ENV)
    slots = {op.vreg: src for index, edits in allocation.edits_before.items()
             for (src, _, kind), op in zip(edits, vcode.insts[index].operands)}
    assert all((slots[v] - SLOT_BASE) % 2 == 0 for v in wide)
    assert len({slots[v] for v in wide + narrow}) == 6 and allocation.num_slots >= 2 * 3 + 3


def test_spill_slots_align_wide_ones_and_reuse_the_gap():
    slots = SpillSlots(4, [False, True, False, True])
    assert [slots.slot_of(s) - SLOT_BASE for s in range(4)] == [0, 2, 1, 4]
    assert slots.extra(True) - SLOT_BASE == 6 and slots.extra() - SLOT_BASE == 8 and slots.count == 9


def test_a_wide_cycle_parks_in_a_wide_temporary():
    asked = []

    def temp(kind):
        asked.append(kind)
        return 99

    moves = [(V[1], V[2], WIDE), (V[2], V[1], WIDE), (V[3], V[4], FLOAT), (V[4], V[3], FLOAT)]
    sequence = sequentialize(moves, temp)
    assert sorted(asked) == [FLOAT, WIDE]
    assert all(kind == WIDE for src, dst, kind in sequence if V[1] in (src, dst) or V[2] in (src, dst))


# --- the checker --------------------------------------------------------------------

def one_wide_value(extra_inst=None):
    """w = def; [extra]; read w."""
    vcode = VCode()
    w = vcode.new_vreg(FLOAT, wide=True)
    vcode.insts = [Inst("def", [define(w)])] + ([extra_inst] if extra_inst else []) + [Inst("read", [use(w)])]
    vcode.block_start, vcode.block_end = [0], [len(vcode.insts)]
    vcode.block_params, vcode.block_succs = [[]], [[]]
    return vcode, w


def test_checker_rejects_a_wide_value_kept_in_v8_across_a_call():
    vcode, _ = one_wide_value(Inst("call", [], CALL_CLOBBERS))
    allocation = Allocation([[V[8]], [], [V[8]]], {}, {}, 0, {})
    with pytest.raises(RegallocCheckError, match="use of v0 reads 40, which holds nothing"):
        check_allocation(vcode, allocation, REGISTER_ENV)
    vcode.vreg_wide[0] = False   # an f64 there is fine
    check_allocation(vcode, allocation, REGISTER_ENV)


def test_checker_accepts_a_wide_spill_across_a_call():
    vcode, _ = one_wide_value(Inst("call", [], CALL_CLOBBERS))
    allocation = Allocation([[V[8]], [], [V[8]]], {2: [(SLOT_BASE, V[8], WIDE)]}, {0: [(V[8], SLOT_BASE, WIDE)]},
                            2, {})
    check_allocation(vcode, allocation, REGISTER_ENV)


@pytest.mark.parametrize("spill,reload,message", [
    ((V[16], SLOT_BASE, FLOAT), (SLOT_BASE, V[16], WIDE), "8-byte move 48 -> 64 carries wide v0"),
    ((V[16], SLOT_BASE, WIDE), (SLOT_BASE, V[16], FLOAT), "8-byte move 64 -> 48 carries wide v0"),
    ((V[16], SLOT_BASE + 1, WIDE), (SLOT_BASE + 1, V[16], WIDE), "leaves class 1 or the frame"),
])
def test_checker_rejects_a_wide_value_through_a_narrow_path(spill, reload, message):
    vcode, _ = one_wide_value(Inst("nop", []))
    allocation = Allocation([[V[16]], [], [V[16]]], {2: [reload]}, {0: [spill]}, 4, {})
    with pytest.raises(RegallocCheckError, match=message):
        check_allocation(vcode, allocation, REGISTER_ENV)


def test_checker_rejects_a_narrow_store_into_a_wide_slots_upper_half():
    vcode = VCode()
    w = vcode.new_vreg(FLOAT, wide=True)
    f = vcode.new_vreg(FLOAT)
    vcode.insts = [Inst("def", [define(w)]), Inst("def", [define(f, STACK)]), Inst("read", [use(w)]),
                   Inst("read", [use(f, STACK)])]
    vcode.block_start, vcode.block_end = [0], [4]
    vcode.block_params, vcode.block_succs = [[]], [[]]
    spill, reload = {0: [(V[16], SLOT_BASE, WIDE)]}, {2: [(SLOT_BASE, V[16], WIDE)]}
    check_allocation(vcode, Allocation([[V[16]], [SLOT_BASE + 2], [V[16]], [SLOT_BASE + 2]], reload, spill, 3, {}),
                     REGISTER_ENV)
    clash = Allocation([[V[16]], [SLOT_BASE + 1], [V[16]], [SLOT_BASE + 1]], reload, spill, 3, {})
    with pytest.raises(RegallocCheckError, match="use of v0 reads 48, which holds nothing"):
        check_allocation(vcode, clash, REGISTER_ENV)


def test_checker_rejects_a_wide_stack_operand_in_an_odd_slot():
    vcode = VCode()
    w = vcode.new_vreg(FLOAT, wide=True)
    vcode.insts = [Inst("def", [define(w, STACK)]), Inst("read", [use(w, STACK)])]
    vcode.block_start, vcode.block_end = [0], [2]
    vcode.block_params, vcode.block_succs = [[]], [[]]
    check_allocation(vcode, Allocation([[SLOT_BASE + 2], [SLOT_BASE + 2]], {}, {}, 4, {}), REGISTER_ENV)
    with pytest.raises(RegallocCheckError, match="not a location of class 1"):
        check_allocation(vcode, Allocation([[SLOT_BASE + 1], [SLOT_BASE + 1]], {}, {}, 4, {}), REGISTER_ENV)


# --- the emitter's moves ----------------------------------------------------------

def emitted_moves(moves, num_slots=4, outgoing=16):
    vcode = VCode()
    emitter = FunctionEmitter(vcode, Allocation([], {}, {}, num_slots, {}), outgoing)
    for move in moves:
        emitter.move(*move)
    return emitter.words


def test_wide_moves_carry_128_bits():
    from wasmoon_aot.aot.isa.aarch64 import encode as e
    assert emitted_moves([(V[3], V[17], WIDE)]) == [neon.mov(17, 3, "16b")]
    assert emitted_moves([(V[3], SLOT_BASE + 2, WIDE), (SLOT_BASE + 2, V[4], WIDE)]) == \
        [e.str_fp_imm(16, 3, 31, 32), e.ldr_fp_imm(16, 4, 31, 32)]
    assert emitted_moves([(SLOT_BASE, SLOT_BASE + 2, WIDE)]) == \
        [e.ldr_imm(8, 16, 31, 16), e.str_imm(8, 16, 31, 32), e.ldr_imm(8, 16, 31, 24), e.str_imm(8, 16, 31, 40)]
    # scalar moves are what they were
    assert emitted_moves([(V[3], V[17], FLOAT), (preg(INT, 3), preg(INT, 5), INT)]) == \
        [e.fmov(True, 17, 3), e.mov_reg(True, 5, 3)]


def test_a_far_wide_slot_is_reached_through_x17():
    from wasmoon_aot.aot.isa.aarch64 import encode as e
    far = 4096 * 16   # past ldr q's scaled 12-bit offset
    words = emitted_moves([(V[3], SLOT_BASE, WIDE)], num_slots=2, outgoing=far)
    assert words[-1] == e.str_fp_imm(16, 3, 17, 0) and len(words) > 2
    near = emitted_moves([(V[3], SLOT_BASE, WIDE)], num_slots=2, outgoing=far - 16)
    assert near == [e.str_fp_imm(16, 3, 31, far - 16)]
