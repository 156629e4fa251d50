"""Emission: allocated AArch64 VCode to machine words, one function at a time.

Frame layout (sp grows down; fp = x29):

    [fp + 16 + 8k]          the caller's outgoing area: stack params and results
    [fp + 0]                saved fp, lr
    [fp - 8]                this function's vmctx (trap sites reload it from here)
    [sp + saved + 8k]       the k-th callee-saved register the allocation uses, 8
                            bytes (d8-d15: a call keeps no more of them; see abi.py)
                            (saved = outgoing + 8 * spill slot units)
    [sp + outgoing + 8k]    spill slot k: 8 bytes, or 16 for a wide value (then k
                            is even, and the slot 16-aligned: sp and outgoing are)
    [sp + 8k]               outgoing area for calls this function makes (a
                            multiple of 16 bytes)

The prologue checks that sp - frame stays above the Store's stack limit, but in a leaf
(no calls) without spill slots: its frame is the frame record, vmctx and callee-saved
registers at most, a bounded step below the limit such as every host trampoline takes.
Callee-saved registers are saved and restored in stp/ldp pairs.

Moves (the allocator's edits) are `mov`/`fmov d` for INT/FLOAT values and
`mov vD.16b, vN.16b` / `ldr q` / `str q` for WIDE (v128) ones; slot-to-slot
goes through x16, one 8-byte half at a time when wide (not through v31, which
may hold a value a parallel move parked there: abi.py's `movetmp`).  Two consecutive
edits storing registers to adjacent slots (or loading them) are one stp/ldp.

x16/x17 and v31 are emitter scratch (abi.py's table says so; the names X16,
X17, V31 below are bound from it): never allocated, free at every instruction
boundary.  Branches to blocks and trap islands are fixed up once the
function is laid out; calls to functions (and tail calls' `b`) and to the trap stub are returned
as relocations for the module's text layout.

Far branches.  A conditional branch reaches +-1 MiB (b.cond, cbz/cbnz; tbz/tbnz
32 KiB), `b` +-128 MiB.  Trap sequences normally sit at the end of the function.
While forward conditional branches (to a block not yet placed, or to a trap
sequence) are pending, every instruction and move boundary checks that the code
still to come before an island could be placed (the next unit, at most
UNIT_WORDS, or a br_table with its jump table, which checks for itself, plus
the island itself) stays within the reach of each of them (the earliest
deadline); if not, an island is placed there, behind a `b` over it: each
pending branch to a block still ahead goes to a veneer `b` to that block, each
trap branch to its trap sequence.  A conditional branch back to a block more
than its reach away, or one over a jump table about as long as its reach,
becomes the inverted condition over a `b`.  So a function shorter than the
reach gets no island and the same code as without any of this.

Guard pages.  A load or store that guard pages check (still ir.GUARDED) emits no
check; its words are a fault site ((start, end) in EmittedFunction.fault_sites),
which an island never splits since islands go only between instructions.

Literals.  A v128 constant no single instruction makes, and an f32/f64 constant that
would take three words or more through x16, is loaded pc-relative (`ldr q/d/sN,
<literal>`, one instruction) from a 16-byte literal (its low bytes for d/s) that the next island
holds (islands.literal): a literal load is pending like a forward conditional
branch (the same +-1 MiB reach), and an island holds each distinct value once,
after its trap sequences.  Functions without such constants have no literals.
"""

from __future__ import annotations

import struct
from array import array
from functools import lru_cache
from operator import attrgetter

from wasmoon_aot.runtime.abi import (FUNCREF_CODE, FUNCREF_SIZE, FUNCREF_TYPE_ID, FUNCREF_VMCTX,
                                     MEMORYDEF_BASE, MEMORYDEF_SIZE, STORE_FUEL, STORE_INTERRUPT,
                                     STORE_STACK_LIMIT, TABLEDEF_BASE, TABLEDEF_SIZE, VMCTX_FUNCREFS, VMCTX_MEMORY,
                                     VMCTX_STORE, VMCTX_TYPE_IDS, TrapCode)
from ...ir.function import GUARDED
from ...machinst.vcode import FLOAT, INT, SLOT_BASE, USE, WIDE, Allocation, VCode
from . import encode_neon as neon
from . import encode as e
from .abi import CALLEE_SAVED, FLOAT_SCRATCH, INT_SCRATCH
from .sequences import bounds_check, displaced_base, limit64, materialize, reached
from .atomics import EMITTERS as ATOMIC_EMITTERS
from .simd import EMITTERS as SIMD_EMITTERS
from .simd.core import select_v128
from .regs import EQ, FP, GE, HI, HS, LE, LO, LR, LS, MI, NE, SP, VS, XZR
from .routines import X15

X16, X17 = INT_SCRATCH
# The instructions whose emitters leave x16 as they found it (none of them names x16), besides
# writing their integer results: displaced_base's sum survives them (FunctionEmitter.x16_holds).
KEEP_X16 = frozenset(("load", "store", "alu", "alu_imm", "alu_shifted", "madd", "shift_imm", "icmp", "eqz", "wide",
                      "unary", "heap_base", "load_word", "store_word"))
(V31,) = FLOAT_SCRATCH
STACK_OVERFLOW = int(TrapCode.STACK_OVERFLOW)
OUT_OF_FUEL = int(TrapCode.OUT_OF_FUEL)
# More words than any one instruction (but a br_table's jump table) or move emits.
UNIT_WORDS = 4096
TRAP_SEQUENCE_WORDS = 1  # what trap_sequence emits
NO_DEADLINE = float("inf")
# The fixed words of every prologue and epilogue, encoded once
_PUSH_FRAME = (e.stp(True, FP, LR, SP, -16, e.PRE), e.mov_sp(FP, SP))
_LOAD_STACK_LIMIT = (e.ldr_imm(8, X16, 0, VMCTX_STORE), e.ldr_imm(8, X16, X16, STORE_STACK_LIMIT))
_CHECK_STACK_LIMIT = e.cmp_reg(True, X17, X16)
_BELOW_STACK_LIMIT = e.b_cond(LO, 0)
_SP_FROM_X17 = e.mov_sp(SP, X17)
_SAVE_VMCTX = e.stur(8, 0, FP, -8)
_POP_FRAME = (e.mov_sp(SP, FP), e.ldp(True, FP, LR, SP, 16, e.POST))
_RET = e.ret()
_B_FIXUP = e.b(0)   # a `b` whose offset a fixup fills in
_ON_PATH, _IN_CYCLE = -1, -2   # jump_forwarding's marks


@lru_cache(maxsize=256)
def _reg_numbers(num_slots: int) -> tuple[int, ...]:
    """Allocation -> what an emitter is given: a register's hardware number, a slot as it is (for
    allocations of `num_slots` slots; made once per count, not per function)."""
    return tuple(a & 31 for a in range(SLOT_BASE)) + tuple(range(SLOT_BASE, SLOT_BASE + num_slots))


@lru_cache(maxsize=4096)
def _sp_access_words(load: bool, cls: int, reg: int, offset: int, size: int) -> tuple[int, ...]:
    """The words of FunctionEmitter.sp_access (made once per operands: the emitter's spills and
    reloads repeat the same few)."""
    words, base = [], SP
    if offset > 4095 * size:
        words += [*materialize(X17, offset, True), e.add_ext(True, X17, SP, X17, e.UXTX)]
        base, offset = X17, 0
    if cls == FLOAT:
        words.append((e.ldr_fp_imm if load else e.str_fp_imm)(size, reg, base, offset))
    else:
        words.append((e.ldr_imm if load else e.str_imm)(size, reg, base, offset))
    return tuple(words)


@lru_cache(maxsize=8192)
def _move_words(src: int, dst: int, kind: int, outgoing: int) -> tuple[int, ...]:
    """The words of an edit (src, dst, kind) that is not a rematerialisation (src >= 0), the
    spill slots `outgoing` bytes above sp (FunctionEmitter.move).  Made once per edit and frame
    offset: a module's moves repeat."""
    size = 16 if kind == WIDE else 8
    cls = FLOAT if kind == WIDE else kind
    if src >= SLOT_BASE and dst >= SLOT_BASE:  # through x16, 8 bytes at a time
        words = ()
        for half in range(0, size, 8):
            words += _sp_access_words(True, INT, X16, outgoing + 8 * (src - SLOT_BASE) + half, 8)
            words += _sp_access_words(False, INT, X16, outgoing + 8 * (dst - SLOT_BASE) + half, 8)
        return words
    if src >= SLOT_BASE:
        return _sp_access_words(True, cls, dst & 31, outgoing + 8 * (src - SLOT_BASE), size)
    if dst >= SLOT_BASE:
        return _sp_access_words(False, cls, src & 31, outgoing + 8 * (dst - SLOT_BASE), size)
    if kind == WIDE:
        return (neon.mov(dst & 31, src & 31),)
    if cls == FLOAT:
        return (e.fmov(True, dst & 31, src & 31),)
    return (e.mov_reg(True, dst & 31, src & 31),)


def _pair_word(first: tuple[int, int, int], second: tuple[int, int, int], outgoing: int) -> int | None:
    """The stp/ldp doing edits `first` and `second` at once, if they are two 8-byte stores of
    registers to adjacent slots, or two loads of different registers from adjacent slots (the
    spill slots `outgoing` bytes above sp); else None."""
    (src1, dst1, kind), (src2, dst2, kind2) = first, second
    if kind != kind2 or kind == WIDE or src1 < 0 or src2 < 0:
        return None
    store = src1 < SLOT_BASE <= dst1 and src2 < SLOT_BASE <= dst2
    load = dst1 < SLOT_BASE <= src1 and dst2 < SLOT_BASE <= src2 and dst1 != dst2
    slot1, slot2 = (dst1, dst2) if store else (src1, src2)
    if not (store or load) or abs(slot1 - slot2) != 1:
        return None
    (low, reg_low), (_, reg_high) = sorted([(slot1, (src1 if store else dst1) & 31),
                                           (slot2, (src2 if store else dst2) & 31)])
    offset = outgoing + 8 * (low - SLOT_BASE)
    if offset > 504:
        return None
    if kind == FLOAT:
        pair = e.stp_fp if store else e.ldp_fp
    else:
        pair = e.stp if store else e.ldp
    return pair(True, reg_low, reg_high, SP, offset)


@lru_cache(maxsize=1024)
def _save_area_words(load: bool, saved: tuple[int, ...], saved_at: int) -> tuple[int, ...]:
    """Store (or load back) the callee-saved pregs `saved` at [sp + saved_at], two of a class
    at a time with stp/ldp where the offset fits its 7-bit scaled field.  Made once per
    (registers, offset), not in every prologue and epilogue."""
    words, k = [], 0
    while k < len(saved):
        preg, offset = saved[k], saved_at + 8 * k
        if k + 1 < len(saved) and saved[k + 1] >> 5 == preg >> 5 and offset <= 504:
            pair = ((e.ldp_fp if load else e.stp_fp) if preg >> 5 == FLOAT else (e.ldp if load else e.stp))
            words.append(pair(True, preg & 31, saved[k + 1] & 31, SP, offset))
            k += 2
        else:
            words += _sp_access_words(load, preg >> 5, preg & 31, offset, 8)
            k += 1
    return tuple(words)


class EmittedFunction:
    """Machine words plus what the module layout still has to resolve."""

    __slots__ = ("words", "calls", "trap_calls", "routine_calls", "trap_sites", "landing_sites", "fault_sites")

    def __init__(self):
        # lists while emitting; the words an array("I") once emitted, the rest tuples
        self.words: list[int] | array = []
        self.calls: list[tuple[int, int]] = []      # (word index of a bl or a tail call's b, callee)
        self.trap_calls: list[tuple[int, int]] = []  # (word index of a `bl` to a trap entry, trap code)
        self.routine_calls: list[tuple[int, str]] = []  # (word index of a bl, routines.ROUTINES name)
        self.trap_sites: list[tuple[int, int]] = []  # (byte offset after a trap bl or a call, wasm offset)
        self.landing_sites: list[int] = []          # byte offsets after calls a try_table guards
        self.fault_sites: list[tuple[int, int, int]] = []  # (start, end) byte offsets of a guarded access, wasm offset


class FunctionEmitter:
    def __init__(self, vcode: VCode, alloc: Allocation, outgoing_bytes: int):
        self.vcode = vcode
        self.alloc = alloc
        self.out = EmittedFunction()
        self.words = self.out.words
        self.outgoing = outgoing_bytes
        self.saved_at = outgoing_bytes + 8 * alloc.num_slots
        # A landing site may be reached with every callee-saved register lost: then save them all.
        ops = set(map(attrgetter("op"), vcode.insts))
        landing = not ops.isdisjoint(_LANDING_OPS)
        self.callee_saved = list(CALLEE_SAVED) if landing else alloc.callee_saved
        self.frame = (self.saved_at + 8 * len(self.callee_saved) + 8 + 15) & ~15
        # A leaf with no spill slots goes below the stack limit by at most its small, bounded frame
        # (vmctx and the callee-saved registers), as every host trampoline does: no stack check.
        self.stack_check = alloc.num_slots > 0 or not ops.isdisjoint(_CALL_OPS)
        self.block_offset = [-1] * vcode.num_blocks     # word index, once placed
        self.block_fixups: list[tuple[int, int]] = []   # (word index, target block)
        self.table_fixups: list[tuple[int, int, int]] = []  # (word index, target block, table word)
        self.islands: list[tuple[int, int, int]] = []   # (word index of branch, trap code, wasm offset)
        self.literals: list[tuple[int, int]] = []       # (word index of an ldr literal, its 128 bits)
        self.pending: list[tuple[int, int]] = []        # (word index, block): conditional, forward
        self.deadline = NO_DEADLINE   # the word index an island must end by
        self.room = NO_DEADLINE       # place an island before a unit that starts at or past this

    # --- helpers ---------------------------------------------------------------

    def put(self, *words: int) -> None:
        self.words.extend(words)

    def here(self) -> int:
        return len(self.words)

    def slot_offset(self, alloc: int) -> int:
        return self.outgoing + 8 * (alloc - SLOT_BASE)

    def sp_access(self, load: bool, cls: int, reg: int, offset: int, size: int = 8) -> None:
        """ldr/str of `size` bytes (8, or 16 for a FLOAT q register) at [sp + offset],
        for any offset (a multiple of `size`)."""
        self.words.extend(_sp_access_words(load, cls, reg, offset, size))

    def move(self, src: int, dst: int, kind: int) -> None:
        """One edit (src, dst, kind) of the allocation (see aot.machinst.vcode)."""
        if src >= 0:
            self.words.extend(_move_words(src, dst, kind, self.outgoing))
            return
        # rematerialise a constant (see aot.machinst.vcode.remat_source)
        inst = self.vcode.insts[self.vcode.remat[-1 - src]]
        if kind == WIDE:   # a v128_const: into a q register, or 8 bytes at a time through x16
            if dst < SLOT_BASE:
                EMITTERS[inst.op](self, inst, [dst & 31])
                return
            for half in (0, 8):
                self.put(*materialize(X16, (inst.data.bits >> 8 * half) & 0xFFFF_FFFF_FFFF_FFFF, True))
                self.sp_access(False, INT, X16, self.slot_offset(dst) + half)
        elif dst < SLOT_BASE:
            _const(self, inst, [dst & 31])
        else:
            self.put(*materialize(X16, inst.data.bits, inst.data.wide))
            self.sp_access(False, INT, X16, self.slot_offset(dst))

    def keep_x16(self, edits) -> None:
        """Forget what x16 holds (displaced_base) if the edits may change it or the registers of
        its sum: a rematerialisation (a constant may go through x16), a slot-to-slot move, or a
        write to the base or address register."""
        if self.x16_holds and any(src < 0 or src >= SLOT_BASE and dst >= SLOT_BASE
                                  or dst < SLOT_BASE and dst & 31 in self.x16_holds[:2] for src, dst, _ in edits):
            self.x16_holds = None

    def moves(self, edits) -> None:
        """The edits before or after an instruction, in order; two that store registers to
        adjacent slots, or load them from adjacent slots, become one stp/ldp."""
        words, outgoing = self.words, self.outgoing
        k, count = 0, len(edits)
        while k < count:
            if len(words) >= self.room:
                self.flush_islands(jump_over=True)
            src, dst, kind = edit = edits[k]
            if k + 1 < count:
                src2, dst2, kind2 = edits[k + 1]
                if kind2 == kind and (abs(dst2 - dst) == 1 or abs(src2 - src) == 1):   # adjacent slots, maybe
                    pair = _pair_word(edit, edits[k + 1], outgoing)
                    if pair is not None:
                        words.append(pair)
                        k += 2
                        continue
            if src >= 0:
                words.extend(_move_words(src, dst, kind, outgoing))
            else:
                self.move(src, dst, kind)
            k += 1

    def trap_branch(self, word: int, code: int, wasm_offset: int) -> None:
        """`word` (a conditional branch with offset 0) goes to a trap island."""
        self.islands.append((self.here(), int(code), wasm_offset))
        self.put_forward(word)

    def literal_load(self, word: int, bits: int) -> None:
        """`word` (an ldr q literal with offset 0) loads the 128-bit `bits` from the next island."""
        self.literals.append((self.here(), bits))
        self.put_forward(word)

    def put_forward(self, word: int) -> None:
        """Put a forward conditional branch or literal load, just noted in `pending`,
        `islands` or `literals`: the next island must end within its reach, and is that
        much bigger."""
        words = self.words
        self.deadline = min(self.deadline, len(words) + e.branch_reach(word) - 1)
        island = 1 + len(self.pending) + TRAP_SEQUENCE_WORDS * len(self.islands) + 4 * len(self.literals)
        self.room = self.deadline - island - UNIT_WORDS
        words.append(word)

    def trap_sequence(self, code: int, wasm_offset: int) -> None:
        """One `bl` to the module's trap entry for `code` (trap_entry); its return address
        is the trap site."""
        self.out.trap_calls.append((self.here(), int(code)))
        self.put(e.bl(0))
        self.out.trap_sites.append((4 * self.here(), wasm_offset))

    # --- the function ----------------------------------------------------------

    def emit(self) -> EmittedFunction:
        vcode, alloc = self.vcode, self.alloc
        self.forward = self.jump_forwarding()
        emitted = [block for block in range(vcode.num_blocks) if self.forward[block] == block]
        self.prologue()
        words = self.words
        before, after = alloc.edits_before, alloc.edits_after
        insts, allocs, block_start, block_end = vcode.insts, alloc.allocs, vcode.block_start, vcode.block_end
        reg_of = _reg_numbers(alloc.num_slots).__getitem__
        for position, block in enumerate(emitted):
            if len(words) >= self.room:   # at each unit boundary: see the module docstring
                self.flush_islands(jump_over=True)
            self.block_offset[block] = len(words)
            self.next_block = emitted[position + 1] if position + 1 < len(emitted) else -1
            self.checked_accesses: dict[tuple[int, int], set[int]] = {}   # (addr, bound) -> stills
            self.guarded_reach: dict[tuple[int, int], int] = {}   # (addr, base) -> bytes proven (reached)
            self.x16_holds = None   # (base, addr, extend) when x16 = base + addr: see displaced_base
            for index in range(block_start[block], block_end[block]):
                edits = before.get(index)
                if edits:
                    self.keep_x16(edits)
                    self.moves(edits)
                if len(words) >= self.room:
                    self.flush_islands(jump_over=True)
                inst = insts[index]
                opname = inst.op
                regs = list(map(reg_of, allocs[index]))
                EMITTERS[opname](self, inst, regs)
                if opname not in KEEP_X16:
                    self.x16_holds = None   # x16 may have changed
                elif self.x16_holds:        # or the base or address register did
                    base, addr, _ = self.x16_holds
                    for operand, reg in zip(inst.operands, regs):
                        if operand.kind != USE and (reg == base or reg == addr):
                            self.x16_holds = None
                            break
                edits = after.get(index)
                if edits:
                    self.keep_x16(edits)
                    self.moves(edits)
        self.flush_islands(jump_over=False)
        for word_index, block in self.block_fixups:
            offset = 4 * (self.block_offset[block] - word_index)
            self.words[word_index] = e.patch_branch(self.words[word_index], offset)
        for word_index, block, table in self.table_fixups:
            self.words[word_index] = (4 * (self.block_offset[block] - table)) & 0xFFFF_FFFF
        out = self.out
        out.words = array("I", self.words)   # 4 bytes a word, not an int object's 32
        # kept until the module is laid out: tuples, exactly sized (an empty one is shared)
        out.calls, out.trap_calls, out.routine_calls = tuple(out.calls), tuple(out.trap_calls), tuple(out.routine_calls)
        out.trap_sites, out.landing_sites, out.fault_sites = (tuple(out.trap_sites), tuple(out.landing_sites),
                                                              tuple(out.fault_sites))
        return out

    def prologue(self) -> None:
        self.words.extend(_PUSH_FRAME)
        if not self.stack_check:
            self.put(e.sub_imm(True, SP, SP, self.frame))
        else:
            self.words.extend(_LOAD_STACK_LIMIT)
            if self.frame < 4096:
                self.put(e.sub_imm(True, X17, SP, self.frame))
            else:
                self.put(*materialize(X17, self.frame, True), e.sub_ext(True, X17, SP, X17, e.UXTX))
            self.put(_CHECK_STACK_LIMIT)
            self.trap_branch(_BELOW_STACK_LIMIT, STACK_OVERFLOW, 0)
            self.put(_SP_FROM_X17)
        self.put(_SAVE_VMCTX)
        self.save_area(load=False)

    def epilogue(self) -> None:
        self.teardown()
        self.put(_RET)

    def teardown(self) -> None:
        """Restore the callee-saved registers, sp, fp and lr as the caller had them (before a
        ret or a tail call's branch); uses x17 at most."""
        self.save_area(load=True)
        self.words.extend(_POP_FRAME)

    def save_area(self, load: bool) -> None:
        """Store (or load back) the callee-saved registers (see _save_area_words)."""
        self.words.extend(_save_area_words(load, tuple(self.callee_saved), self.saved_at))

    def make_room(self, words: int) -> None:
        """At a unit boundary, before a unit of `words` more than UNIT_WORDS (a jump
        table): place an island now if after that unit it would end past the deadline."""
        if self.here() + words >= self.room:
            self.flush_islands(jump_over=True)

    def flush_islands(self, jump_over: bool) -> None:
        """Resolve every pending forward conditional branch: to its block if placed by
        now, else through a veneer here; trap branches to their trap sequence here, then
        literal loads to their literals.  Code that follows (`jump_over`) branches over the
        island, if there is one."""
        ahead = [(word_index, block) for word_index, block in self.pending if self.block_offset[block] < 0]
        for word_index, block in self.pending:
            if self.block_offset[block] >= 0:
                self.block_fixups.append((word_index, block))
        skip = self.here() if jump_over and (ahead or self.islands or self.literals) else None
        if skip is not None:
            self.put(e.b(0))
        for word_index, block in ahead:
            self.words[word_index] = e.patch_branch(self.words[word_index], 4 * (self.here() - word_index))
            self.branch_to(e.b(0), block)
        for word_index, code, wasm_offset in self.islands:
            self.words[word_index] = e.patch_branch(self.words[word_index], 4 * (self.here() - word_index))
            self.trap_sequence(code, wasm_offset)
        placed: dict[int, int] = {}
        for word_index, bits in self.literals:
            if bits not in placed:
                placed[bits] = self.here()
                self.put(*((bits >> shift) & 0xFFFF_FFFF for shift in range(0, 128, 32)))
            self.words[word_index] = e.patch_branch(self.words[word_index], 4 * (placed[bits] - word_index))
        self.pending, self.islands, self.literals = [], [], []
        self.deadline = self.room = NO_DEADLINE
        if skip is not None:
            self.words[skip] = e.b(4 * (self.here() - skip))

    def jump_forwarding(self) -> list[int]:
        """Per block, the block control really reaches there: a block that is just a
        `jump` with no moves is never emitted, and branches go to its target.  Each chain
        of such blocks is followed once (linear in the blocks, however deep the chains);
        a block whose chain runs into a jump cycle stays."""
        vcode, alloc = self.vcode, self.alloc
        insts, before, after = vcode.insts, alloc.edits_before, alloc.edits_after
        jump = list(range(vcode.num_blocks))
        jumps = False
        for block, start, end in zip(jump[1:], vcode.block_start[1:], vcode.block_end[1:]):
            if end - start == 1 and insts[start].op == "jump" and start not in before and start not in after:
                jump[block] = insts[start].data.target
                jumps = True
        if not jumps:   # each block reaches itself (most small functions)
            return jump
        # None: not seen yet; a block that is no jump ends its own chain
        final: list[int | None] = [block if target == block else None for block, target in enumerate(jump)]
        for block in range(vcode.num_blocks):
            if final[block] is not None:   # no jump, or on a chain followed already
                continue
            path, target = [], block
            while final[target] is None:   # a jump not seen yet
                final[target] = _ON_PATH
                path.append(target)
                target = jump[target]
            end = _IN_CYCLE if final[target] in (_ON_PATH, _IN_CYCLE) else final[target]
            for step in path:
                final[step] = end
        return [block if end == _IN_CYCLE else end for block, end in enumerate(final)]

    def falls_through_to(self, block: int) -> bool:
        return self.forward[block] == self.next_block

    def branch_to(self, word: int, block: int) -> None:
        words = self.words
        self.block_fixups.append((len(words), self.forward[block]))
        words.append(word)

    def cond_branch_to(self, word: int, inverted: int, block: int, passing: int = 0) -> None:
        """A conditional branch to a block: pending while the block is ahead, unless
        the `passing` words that follow it with no unit boundary (a jump table) leave
        no room for an island in its reach; then, as back to a block out of its reach,
        `inverted` (offset 8) skips a `b` to the block instead."""
        target, reach = self.forward[block], e.branch_reach(word)
        if self.block_offset[target] < 0 and passing + UNIT_WORDS < reach:
            self.pending.append((len(self.words), target))
            self.put_forward(word)
        elif 0 <= self.block_offset[target] and self.here() - self.block_offset[target] <= reach:
            self.branch_to(word, block)
        else:
            self.put(inverted)
            self.branch_to(e.b(0), block)


def trap_entry(code: int, to_stub: int) -> list[int]:
    """The module's code that a trap site of `code` calls: x0 = this frame's vmctx (a stack
    overflow's check runs before the prologue saves it, with x0 intact), exhausted fuel reads
    0 whatever the check's overdraft, w1 = code, then on to the trap stub `to_stub` bytes from
    here, with lr still the trap site."""
    words = [] if code == STACK_OVERFLOW else [e.ldur(8, 0, FP, -8)]
    if code == OUT_OF_FUEL:
        words += [e.ldr_imm(8, X16, 0, VMCTX_STORE), e.str_imm(8, XZR, X16, STORE_FUEL)]
    words.append(e.movz(False, 1, code))
    return words + [e.b(to_stub - 4 * len(words))]


# --- per-instruction emitters: (emitter, inst, regs) ---------------------------

def _nothing(em, inst, regs):
    pass


def _load_incoming(em, inst, regs):
    cls = em.vcode.vreg_class[inst.operands[0].vreg]
    offset = 16 + 8 * inst.data.slot
    if em.vcode.vreg_wide[inst.operands[0].vreg]:  # a v128: two slots, 16-aligned (callconv.py)
        em.put(e.ldr_fp_imm(16, regs[0], FP, offset))
        return
    em.put((e.ldr_fp_imm if cls == FLOAT else e.ldr_imm)(8, regs[0], FP, offset))


def _store_incoming(em, inst, regs):
    cls = em.vcode.vreg_class[inst.operands[0].vreg]
    offset = 16 + 8 * inst.data.slot
    if em.vcode.vreg_wide[inst.operands[0].vreg]:
        em.put(e.str_fp_imm(16, regs[0], FP, offset))
        return
    em.put((e.str_fp_imm if cls == FLOAT else e.str_imm)(8, regs[0], FP, offset))


def _load_outgoing(em, inst, regs):
    vreg = inst.operands[0].vreg
    em.sp_access(True, em.vcode.vreg_class[vreg], regs[0], 8 * inst.data.slot, 16 if em.vcode.vreg_wide[vreg] else 8)


def _store_outgoing(em, inst, regs):
    vreg = inst.operands[0].vreg
    em.sp_access(False, em.vcode.vreg_class[vreg], regs[0], 8 * inst.data.slot, 16 if em.vcode.vreg_wide[vreg] else 8)


def _const(em, inst, regs):
    """A float constant: from xzr, `fmov #imm`, through x16 when that takes two words at most,
    else `ldr` of a literal in the next island."""
    data = inst.data
    if em.vcode.vreg_class[inst.operands[0].vreg] == FLOAT:
        value = struct.unpack("<d" if data.wide else "<f", data.bits.to_bytes(8 if data.wide else 4, "little"))[0]
        imm8 = e.encode_fp_imm(value, data.wide)
        through_x16 = materialize(X16, data.bits, data.wide)
        if data.bits == 0:
            em.put(e.fmov_from_gp(data.wide, regs[0], 31))
        elif imm8 is not None:
            em.put(e.fmov_imm(data.wide, regs[0], imm8))
        elif len(through_x16) <= 2:
            em.put(*through_x16, e.fmov_from_gp(data.wide, regs[0], X16))
        else:
            em.literal_load(e.ldr_fp_literal(8 if data.wide else 4, regs[0], 0), data.bits)
    else:
        em.words.extend(materialize(regs[0], data.bits, data.wide))


_ALU = {"add": e.add_reg, "sub": e.sub_reg, "mul": e.mul, "and": e.and_reg, "orr": e.orr_reg,
        "eor": e.eor_reg, "bic": e.bic_reg, "orn": e.orn_reg, "eon": e.eon_reg,
        "lslv": e.lslv, "lsrv": e.lsrv, "asrv": e.asrv, "rorv": e.rorv}


def _alu(em, inst, regs):
    data = inst.data
    em.words.append(_ALU[data.name](data.is64, regs[0], regs[1], regs[2]))


def _wide(em, inst, regs):
    lo, hi = regs[0], regs[1]
    name = inst.data.name
    if name == "mul":
        em.put(e.mul(True, lo, regs[2], regs[3]), (e.smulh if inst.data.signed else e.umulh)(hi, regs[2], regs[3]))
    elif name == "add":
        em.put(e.adds_reg(True, lo, regs[2], regs[4]), e.adc(True, hi, regs[3], regs[5]))
    else:
        em.put(e.subs_reg(True, lo, regs[2], regs[4]), e.sbc(True, hi, regs[3], regs[5]))


_SHIFT_KINDS = {"lsl": e.LSL, "lsr": e.LSR, "asr": e.ASR, "ror": e.ROR}


def _alu_shifted(em, inst, regs):
    data = inst.data
    em.put(_ALU[data.name](data.is64, regs[0], regs[1], regs[2], _SHIFT_KINDS[data.shift], data.amount))


def _madd(em, inst, regs):
    em.put((e.msub if inst.data.subtract else e.madd)(inst.data.is64, regs[0], regs[1], regs[2], regs[3]))


def _rotl(em, inst, regs):
    is64 = inst.data.is64
    em.put(e.neg(is64, X16, regs[2]), e.rorv(is64, regs[0], regs[1], X16))


def _div(em, inst, regs):
    data = inst.data
    is64 = data.is64
    rd, rn, rm = regs
    if data.divisor is None:
        em.trap_branch(e.cbz(is64, rm, 0), TrapCode.INTEGER_DIVIDE_BY_ZERO, data.wasm_offset)
    all_ones = (1 << (64 if is64 else 32)) - 1
    if data.signed and not data.rem and data.divisor in (None, all_ones):
        # INT_MIN / -1 overflows: rm == -1 and rn - 1 sets V
        em.put(e.cmn_imm(is64, rm, 1), e.b_cond(NE, 12), e.cmp_imm(is64, rn, 1))
        em.trap_branch(e.b_cond(VS, 0), TrapCode.INTEGER_OVERFLOW, data.wasm_offset)
    divide = e.sdiv if data.signed else e.udiv
    if data.rem:
        em.put(divide(is64, X16, rn, rm), e.msub(is64, rd, X16, rm, rn))
    else:
        em.put(divide(is64, rd, rn, rm))


def _div_pow2(em, inst, regs):
    """x / 2**k rounds toward zero: add 2**k - 1 to a negative x first (its sign bits'
    low k, through x16); x % 2**k = x - that sum with its low k bits cleared."""
    data = inst.data
    is64, shift = data.is64, data.shift
    rd, rn = regs
    width = 64 if is64 else 32
    if shift == 1:
        em.put(e.add_reg(is64, X16, rn, rn, e.LSR, width - 1))
    else:
        em.put(e.asr_imm(is64, X16, rn, width - 1), e.add_reg(is64, X16, rn, X16, e.LSR, width - shift))
    if data.rem:
        em.put(e.and_imm(is64, X16, X16, -(1 << shift) & ((1 << width) - 1)), e.sub_reg(is64, rd, rn, X16))
    else:
        em.put(e.asr_imm(is64, rd, X16, shift))


def _arith_imm(imm: int) -> tuple[int, bool]:
    """(imm12, shift12) encoding an add/sub/cmp immediate (lower.arith_immediate, >= 0)."""
    return (imm >> 12, True) if imm >= 4096 else (imm, False)


def _compare(em, is64: bool, regs, imm) -> None:
    """cmp regs[0] against regs[1], or against the immediate when there is one (cmn when negative)."""
    if imm is None:
        em.put(e.cmp_reg(is64, regs[0], regs[1]))
    elif imm < 0:
        em.put(e.cmn_imm(is64, regs[0], *_arith_imm(-imm)))
    else:
        em.put(e.cmp_imm(is64, regs[0], *_arith_imm(imm)))


def _icmp(em, inst, regs):
    data = inst.data
    _compare(em, data.is64, regs[1:], data.imm)
    em.put(e.cset(False, regs[0], data.cond))


_ALU_IMM = {"add": e.add_imm, "sub": e.sub_imm, "and": e.and_imm, "orr": e.orr_imm, "eor": e.eor_imm}
_SHIFT_IMM = {"lsl": e.lsl_imm, "lsr": e.lsr_imm, "asr": e.asr_imm, "ror": e.ror_imm}


def _alu_imm(em, inst, regs):
    data = inst.data
    if data.name in ("add", "sub"):
        em.words.append(_ALU_IMM[data.name](data.is64, regs[0], regs[1], *_arith_imm(data.imm)))
    else:
        em.words.append(_ALU_IMM[data.name](data.is64, regs[0], regs[1], data.imm))


def _shift_imm(em, inst, regs):
    data = inst.data
    if data.amount == 0:
        em.put(e.mov_reg(data.is64, regs[0], regs[1]))
    else:
        em.put(_SHIFT_IMM[data.name](data.is64, regs[0], regs[1], data.amount))


def _select_cmp(em, inst, regs):
    data = inst.data
    rd, rt, rf = regs[:3]
    _compare(em, data.is64, regs[3:], data.imm)
    if data.type == "v128":
        select_v128(em, rd, rt, rf, data.cond)
    elif data.type in ("f32", "f64"):
        em.put(e.fcsel(data.type == "f64", rd, rt, rf, data.cond))
    else:
        em.put(e.csel(data.type != "i32", rd, rt, rf, data.cond))


def _branch_order(em, taken: int, not_taken: int) -> tuple[int, int, bool]:
    """(block the conditional branch goes to, the other block, whether the condition is
    inverted): inverted when the taken block comes next and the other does not, so that
    control falls through to it instead of passing a `b`."""
    if em.falls_through_to(taken) and not em.falls_through_to(not_taken):
        return not_taken, taken, True
    return taken, not_taken, False


def _cmp_branch(em, inst, regs):
    data = inst.data
    target, other, inverted = _branch_order(em, data.taken, data.not_taken)
    is64, cond = data.is64, data.cond ^ inverted   # an integer condition code's inverse flips bit 0
    if data.imm == 0 and cond in (EQ, NE):
        branch = e.cbz if cond == EQ else e.cbnz
        inverse = e.cbnz if cond == EQ else e.cbz
        em.cond_branch_to(branch(is64, regs[0], 0), inverse(is64, regs[0], 8), target)
    else:
        _compare(em, is64, regs, data.imm)
        em.cond_branch_to(e.b_cond(cond, 0), e.b_cond(cond ^ 1, 8), target)
    if not em.falls_through_to(other):
        em.branch_to(e.b(0), other)


def _eqz(em, inst, regs):
    em.put(e.cmp_imm(inst.data.is64, regs[1], 0), e.cset(False, regs[0], EQ))


# Sign extensions, one instruction each: the "unary" MInst names them.
_EXTEND = {"sxtb": e.sxtb, "sxth": e.sxth, "sxtw": e.sxtw}


def _unary(em, inst, regs):
    is64, name = inst.data.is64, inst.data.name
    rd, rn = regs
    if name == "clz":
        em.put(e.clz(is64, rd, rn))
    elif name == "ctz":
        em.put(e.rbit(is64, rd, rn), e.clz(is64, rd, rd))
    elif name == "popcnt":  # i32 values keep their upper 32 bits zero
        em.put(e.fmov_from_gp(True, V31, rn), neon.cnt(V31, V31, "8b"), neon.addv(V31, V31, "8b"),
               e.fmov_to_gp(False, rd, V31))
    elif name == "uxtw":
        em.put(e.mov_reg(False, rd, rn))
    elif name == "mvn":
        em.put(e.orn_reg(is64, rd, XZR, rn))
    elif name == "neg":
        em.put(e.neg(is64, rd, rn))
    else:
        em.put(_EXTEND[name](is64, rd, rn))


def _select(em, inst, regs):
    rd, rt, rf, rc = regs
    em.put(e.cmp_imm(False, rc, 0))
    ty = inst.data.type
    if ty == "v128":
        select_v128(em, rd, rt, rf, NE)
    elif ty in ("f32", "f64"):
        em.put(e.fcsel(ty == "f64", rd, rt, rf, NE))
    else:
        em.put(e.csel(ty != "i32", rd, rt, rf, NE))


_FBIN = {"add": e.fadd, "sub": e.fsub, "mul": e.fmul, "div": e.fdiv, "min": e.fmin, "max": e.fmax}


def _fbin(em, inst, regs):
    em.put(_FBIN[inst.data.name](inst.data.double, regs[0], regs[1], regs[2]))


# One-operand float instructions: the "fun" MInst names its encoder.
_FUN = {"fneg": e.fneg, "fabs": e.fabs, "fsqrt": e.fsqrt,
        "frintp": e.frintp, "frintm": e.frintm, "frintz": e.frintz, "frintn": e.frintn}


def _fun(em, inst, regs):
    em.put(_FUN[inst.data.name](inst.data.double, regs[0], regs[1]))


def _fcmp(em, inst, regs):
    em.put(e.fcmp(inst.data.double, regs[1], regs[2]), e.cset(False, regs[0], inst.data.cond))


def _fcopysign(em, inst, regs):
    double = inst.data.double
    sign = 1 << (63 if double else 31)
    em.put(e.fmov_to_gp(double, X16, regs[1]), e.fmov_to_gp(double, X17, regs[2]),
           e.and_imm(double, X16, X16, sign - 1), e.and_imm(double, X17, X17, sign),
           e.orr_reg(double, X16, X16, X17), e.fmov_from_gp(double, regs[0], X16))


def _i2f(em, inst, regs):
    data = inst.data
    em.put((e.scvtf if data.signed else e.ucvtf)(data.src64, data.double, regs[0], regs[1]))


def _f2f(em, inst, regs):
    em.put(e.fcvt(inst.data.to_double, regs[0], regs[1]))


def _f2i_sat(em, inst, regs):  # fcvtz* saturate and map NaN to 0, exactly as Wasm asks
    data = inst.data
    em.put((e.fcvtzs if data.signed else e.fcvtzu)(data.dst64, data.double, regs[0], regs[1]))


def _to_gp(em, inst, regs):
    em.put(e.fmov_to_gp(inst.data.double, regs[0], regs[1]))


def _from_gp(em, inst, regs):
    em.put(e.fmov_from_gp(inst.data.double, regs[0], regs[1]))


def _load(em, inst, regs):
    access = inst.data
    size = access.bytes
    rd, addr, base, bound = regs
    extend = e.UXTX if access.addr64 else e.UXTW
    bounds_check(em, inst, addr, bound, access.still, access.wasm_offset, access.addr64)
    if access.still == GUARDED:
        reached(em, inst, access.offset + size)
    if access.offset == 0:  # [base, waddr, uxtw] (or the whole 64-bit addr)
        if access.float:
            em.put(e.ldr_fp_reg(size, rd, base, addr, extend))
        elif access.signed:
            em.put(e.ldrs_reg(size, access.wide, rd, base, addr, extend))
        else:
            em.put(e.ldr_reg(size, rd, base, addr, extend))
        return
    disp = displaced_base(em, base, addr, access.offset, size, extend)
    if access.float:
        em.put(e.ldr_fp_imm(size, rd, X16, disp))
    elif access.signed:
        em.put(e.ldrs_imm(size, access.wide, rd, X16, disp))
    else:
        em.put(e.ldr_imm(size, rd, X16, disp))


def _store(em, inst, regs):
    access = inst.data
    size = access.bytes
    value, addr, base, bound = regs
    extend = e.UXTX if access.addr64 else e.UXTW
    bounds_check(em, inst, addr, bound, access.still, access.wasm_offset, access.addr64)
    probe = access.still == GUARDED and not reached(em, inst, access.offset + size) and size > 1   # no torn store
    if access.offset == 0:
        if probe:
            em.put(e.ldr_reg(size, XZR, base, addr, extend))
        em.put((e.str_fp_reg if access.float else e.str_reg)(size, value, base, addr, extend))
        return
    disp = displaced_base(em, base, addr, access.offset, size, extend)
    if probe:
        em.put(e.ldr_imm(size, XZR, X16, disp))
    em.put((e.str_fp_imm if access.float else e.str_imm)(size, value, X16, disp))


def _memory_slot(inst) -> int:
    """The vmctx offset of the MemoryDef pointer a heap_base/heap_size/memory_size reads."""
    return VMCTX_MEMORY if inst.data is None else inst.data.slot


def _heap_base(em, inst, regs):
    rd, vmctx = regs
    em.put(e.ldr_imm(8, rd, vmctx, _memory_slot(inst)), e.ldr_imm(8, rd, rd, MEMORYDEF_BASE))


def _heap_limit(em, inst, regs):
    rd, size = regs
    n = inst.data.n
    if n < 4096:
        em.put(e.sub_imm(True, rd, size, n))
    else:
        em.put(*materialize(X16, n, True), e.sub_reg(True, rd, size, X16))


def _heap_limit64(em, inst, regs):
    rd, size = regs
    limit64(em, rd, size, inst.data.n)


def _heap_size(em, inst, regs):
    rd, vmctx = regs
    em.put(e.ldr_imm(8, rd, vmctx, _memory_slot(inst)), e.ldr_imm(8, rd, rd, MEMORYDEF_SIZE))


def _load_word(em, inst, regs):
    rd, base = regs
    em.put(e.ldr_imm(8, rd, base, inst.data.offset))


def _store_word(em, inst, regs):
    value, base = regs
    em.put(e.str_imm(8, value, base, inst.data.offset))


def _epoch_check(em, inst, regs):
    em.put(e.ldr_imm(8, X16, regs[0], STORE_INTERRUPT))
    em.trap_branch(e.cbnz(True, X16, 0), TrapCode.INTERRUPT, inst.data.wasm_offset)


def _fuel_check(em, inst, regs):
    rd, fuel = regs
    cost = inst.data.cost
    if cost < 4096:
        em.put(e.subs_imm(True, rd, fuel, cost))
    else:
        em.put(*materialize(X16, cost, True), e.subs_reg(True, rd, fuel, X16))
    em.trap_branch(e.b_cond(LE, 0), OUT_OF_FUEL, inst.data.wasm_offset)


def _memory_size(em, inst, regs):
    rd, vmctx = regs
    em.put(e.ldr_imm(8, X16, vmctx, _memory_slot(inst)), e.ldr_imm(8, rd, X16, MEMORYDEF_SIZE),
           e.lsr_imm(True, rd, rd, 16))


def _global_access(em, inst, regs, load: bool):
    size = inst.data.bytes
    value, vmctx = regs
    is_float = em.vcode.vreg_class[inst.operands[0].vreg] == FLOAT
    em.put(e.ldr_imm(8, X16, vmctx, inst.data.slot))
    if is_float:
        em.put((e.ldr_fp_imm if load else e.str_fp_imm)(size, value, X16, 0))
    else:
        em.put((e.ldr_imm if load else e.str_imm)(size, value, X16, 0))


def _global_get(em, inst, regs):
    _global_access(em, inst, regs, True)


def _global_set(em, inst, regs):
    _global_access(em, inst, regs, False)


def _bulk_bounds(em, addr: int, addr64: bool, count: int | None, size: int, data) -> None:
    """Trap with data.code unless addr + count <= size, with no wrap: `count` a constant, or None
    for the zero-extended count in x15 (all in bytes, or in elements of a table).  Leaves the end
    in x17."""
    if addr64:
        em.put(e.adds_reg(True, X17, addr, X15) if count is None else e.adds_imm(True, X17, addr, count))
        em.trap_branch(e.b_cond(HS, 0), data.code, data.wasm_offset)
    elif count is None:
        em.put(e.add_ext(True, X17, X15, addr, e.UXTW))
    else:
        em.put(e.mov_reg(False, X17, addr), e.add_imm(True, X17, X17, count))
    em.put(e.cmp_reg(True, X17, size))
    em.trap_branch(e.b_cond(HI, 0), data.code, data.wasm_offset)


def _bulk_memory(em, inst, regs) -> int:
    """The bounds checks of memory_copy/memory_fill (copy: both ranges before anything is written),
    then x16 = the destination's address (and, for a copy, x17 = the source's), and x15 = the
    count in bytes.  Returns the register of the second operand (src or value)."""
    data = inst.data
    copy = inst.op == "memory_copy"
    dst, second = regs[:2]
    heaps = regs[2:] if data.count is not None else regs[3:]
    dbase, dsize = heaps[:2]
    sbase, ssize = heaps[:2] if data.same else heaps[2:4]
    if data.count is None and not data.count64:
        em.put(e.mov_reg(False, X15, X15))   # zero-extend an i32 count
    _bulk_bounds(em, dst, data.dst64, data.count, dsize, data)
    if copy:
        _bulk_bounds(em, second, data.src64, data.count, ssize, data)
        em.put(e.add_ext(True, X17, sbase, second, e.UXTX if data.src64 else e.UXTW, data.scale))
    em.put(e.add_ext(True, X16, dbase, dst, e.UXTX if data.dst64 else e.UXTW, data.scale))
    if data.count is None and data.scale:
        em.put(e.lsl_imm(True, X15, X15, data.scale))
    return second


def _def_word(em, vmctx: int, data) -> int:
    """x16 = the record vmctx slot data.slot points at; returns the word's offset in it (0 when too
    far for an immediate: then x16 points at the word)."""
    em.put(e.ldr_imm(8, X16, vmctx, data.slot))
    if data.offset < 8 * 4096:
        return data.offset
    em.put(*materialize(X17, data.offset, True), e.add_reg(True, X16, X16, X17))
    return 0


def _def_word_load(em, inst, regs):
    rd, vmctx = regs
    em.put(e.ldr_imm(8, rd, X16, _def_word(em, vmctx, inst.data)))


def _segment_drop(em, inst, regs):
    em.put(e.str_imm(8, XZR, X16, _def_word(em, regs[0], inst.data)))


def _call_routine(em, name: str) -> None:
    em.out.routine_calls.append((em.here(), name))
    em.put(e.bl(0))


def _memory_copy(em, inst, regs):
    """Inline for a constant count of at most COPY_INLINE_MAX bytes: a power of two of at most 16
    in v31, the rest (at most 8, overlapping it) in x15, both loaded before either is stored."""
    _bulk_memory(em, inst, regs)
    if inst.data.count is None:
        _call_routine(em, "memmove")
        return
    n = inst.data.count << inst.data.scale
    if n:
        first = 16 if n >= 16 else 1 << (n.bit_length() - 1)
        rest = n - first
        second = 1 << (rest - 1).bit_length() if rest else 0
        em.put(e.ldur_fp(first, V31, X17, 0))
        if rest:
            em.put(e.ldur(second, X15, X17, n - second))
        em.put(e.stur_fp(first, V31, X16, 0))
        if rest:
            em.put(e.stur(second, X15, X16, n - second))


def _memory_fill(em, inst, regs):
    """The value in every byte of v31 (every 8-byte lane for a table), then the memset routine, or
    inline for a constant count of at most FILL_INLINE_MAX bytes: q31 stores (the last one
    overlapping the one before), or below 16 bytes two overlapping stores of a power of two."""
    value = _bulk_memory(em, inst, regs)
    count = inst.data.count
    if count != 0:
        em.put(neon.dup_general(V31, value, "2d" if inst.data.scale else "16b"))
    if count is None:
        _call_routine(em, "memset")
        return
    n = count << inst.data.scale
    if n >= 16:
        for offset in list(range(0, n - 15, 16)) + ([n - 16] if n % 16 else []):
            em.put(e.stur_fp(16, V31, X16, offset))
    elif n:
        piece = 1 << (n.bit_length() - 1)
        em.put(e.stur_fp(piece, V31, X16, 0))
        if n > piece:
            em.put(e.stur_fp(piece, V31, X16, n - piece))


def _table_element(em, table_slot: int, index: int, vmctx: int, wasm_offset: int, extend: int) -> None:
    """Bounds-check `index` (extended by `extend`) in the table and leave the element array base in x16."""
    em.put(e.ldr_imm(8, X16, vmctx, table_slot), e.ldr_imm(8, X17, X16, TABLEDEF_SIZE),
           e.cmp_ext(True, X17, index, extend))
    em.trap_branch(e.b_cond(LS, 0), TrapCode.TABLE_OUT_OF_BOUNDS, wasm_offset)
    em.put(e.ldr_imm(8, X16, X16, TABLEDEF_BASE))


def _table_get(em, inst, regs):
    rd, index, vmctx = regs
    extend = e.UXTX if inst.data.index64 else e.UXTW
    _table_element(em, inst.data.slot, index, vmctx, inst.data.wasm_offset, extend)
    em.put(e.ldr_reg(8, rd, X16, index, extend, True))


def _table_set(em, inst, regs):
    value, index, vmctx = regs
    extend = e.UXTX if inst.data.index64 else e.UXTW
    _table_element(em, inst.data.slot, index, vmctx, inst.data.wasm_offset, extend)
    em.put(e.str_reg(8, value, X16, index, extend, True))


def _table_size(em, inst, regs):
    rd, vmctx = regs
    em.put(e.ldr_imm(8, X16, vmctx, inst.data.slot), e.ldr_imm(4, rd, X16, TABLEDEF_SIZE))


def _ref_func(em, inst, regs):
    rd, vmctx = regs
    em.put(e.ldr_imm(8, rd, vmctx, VMCTX_FUNCREFS))
    offset = FUNCREF_SIZE * inst.data.func
    if offset < 4096:
        em.put(e.add_imm(True, rd, rd, offset))
    else:
        em.put(*materialize(X16, offset, True), e.add_reg(True, rd, rd, X16))


def _checked_funcref(em, inst, regs):
    """x0 = caller vmctx on entry; the last operand is the table index.  Traps unless the
    element is a function of the expected type; leaves its FuncRef in x16."""
    table_slot, type_index, wasm_offset = inst.data.slot, inst.data.type, inst.data.wasm_offset
    index = regs[-1]
    extend = e.UXTX if inst.data.index64 else e.UXTW
    em.put(e.ldr_imm(8, X16, 0, table_slot), e.ldr_imm(8, X17, X16, TABLEDEF_SIZE),
           e.cmp_ext(True, X17, index, extend))
    em.trap_branch(e.b_cond(LS, 0), TrapCode.UNDEFINED_ELEMENT, wasm_offset)
    em.put(e.ldr_imm(8, X16, X16, TABLEDEF_BASE), e.ldr_reg(8, X16, X16, index, extend, True))
    em.trap_branch(e.cbz(True, X16, 0), TrapCode.UNINITIALIZED_ELEMENT, wasm_offset)
    em.put(e.ldr_imm(8, X17, 0, VMCTX_TYPE_IDS), e.ldr_imm(4, X17, X17, 4 * type_index),
           e.ldr_imm(4, 0, X16, FUNCREF_TYPE_ID), e.cmp_reg(False, 0, X17))
    em.trap_branch(e.b_cond(NE, 0), TrapCode.INDIRECT_CALL_TYPE_MISMATCH, wasm_offset)


def _call_site(em, wasm_offset: int) -> None:
    """A call's return address locates its caller's frame in a trap's backtrace (Trap.frames)."""
    em.out.trap_sites.append((4 * em.here(), wasm_offset))


def _call_indirect(em, inst, regs):
    _checked_funcref(em, inst, regs)
    em.put(e.ldr_imm(8, X17, X16, FUNCREF_CODE), e.ldr_imm(8, 0, X16, FUNCREF_VMCTX), e.blr(X17))
    _call_site(em, inst.data.wasm_offset)


def _return_call_indirect(em, inst, regs):
    """The checks of call_indirect, then the frame's teardown (which may use x17) and `br`."""
    _checked_funcref(em, inst, regs)
    em.put(e.ldr_imm(8, 0, X16, FUNCREF_VMCTX), e.ldr_imm(8, X16, X16, FUNCREF_CODE))
    em.teardown()
    em.put(e.br(X16))


# Trapping float-to-int truncation: the source must lie strictly inside
# (low, high); the bounds are exact in the source format.  (dst64, double, signed) ->
# (low bound bits, condition that traps against it, high bound bits).
def _trunc_bounds(dst64: bool, double: bool, signed: bool):
    bits = 64 if dst64 else 32
    pack = (lambda v: struct.unpack("<Q", struct.pack("<d", v))[0]) if double else \
        (lambda v: struct.unpack("<I", struct.pack("<f", v))[0])
    if signed:
        low = -(2.0 ** (bits - 1))
        if double and not dst64:  # -2^31 - 1 is exact in f64: anything <= it is out
            return pack(low - 1.0), LS, pack(2.0 ** (bits - 1))
        return pack(low), MI, pack(2.0 ** (bits - 1))
    return pack(-1.0), LS, pack(2.0 ** bits)


def _f2i_trap(em, inst, regs):
    data = inst.data
    dst64, double, signed, wasm_offset = data.dst64, data.double, data.signed, data.wasm_offset
    rd, rn = regs
    low, low_cond, high = _trunc_bounds(dst64, double, signed)
    em.put(e.fcmp(double, rn, rn))
    em.trap_branch(e.b_cond(VS, 0), TrapCode.INVALID_CONVERSION, wasm_offset)
    em.put(*materialize(X16, low, double), e.fmov_from_gp(double, V31, X16), e.fcmp(double, rn, V31))
    em.trap_branch(e.b_cond(low_cond, 0), TrapCode.INTEGER_OVERFLOW, wasm_offset)
    em.put(*materialize(X16, high, double), e.fmov_from_gp(double, V31, X16), e.fcmp(double, rn, V31))
    em.trap_branch(e.b_cond(GE, 0), TrapCode.INTEGER_OVERFLOW, wasm_offset)
    em.put((e.fcvtzs if signed else e.fcvtzu)(dst64, double, rd, rn))


def _call(em, inst, regs):
    em.out.calls.append((em.here(), inst.data.func))
    em.put(e.bl(0))
    _call_site(em, inst.data.wasm_offset)


def _checked_ref(em, inst, regs):
    """Trap unless the funcref in the last operand is non-null."""
    em.trap_branch(e.cbz(True, regs[-1], 0), TrapCode.NULL_FUNCTION_REFERENCE, inst.data.wasm_offset)


def _call_ref(em, inst, regs):
    _checked_ref(em, inst, regs)
    ref = regs[-1]
    em.put(e.ldr_imm(8, X17, ref, FUNCREF_CODE), e.ldr_imm(8, 0, ref, FUNCREF_VMCTX), e.blr(X17))
    _call_site(em, inst.data.wasm_offset)


def _return_call_ref(em, inst, regs):
    """As call_ref, but the frame's teardown (which may use x17) comes before a `br`."""
    _checked_ref(em, inst, regs)
    ref = regs[-1]
    em.put(e.ldr_imm(8, X16, ref, FUNCREF_CODE), e.ldr_imm(8, 0, ref, FUNCREF_VMCTX))
    em.teardown()
    em.put(e.br(X16))


def _null_check(em, inst, regs):
    em.trap_branch(e.cbz(True, regs[0], 0), inst.data.code, inst.data.wasm_offset)


def _return_call(em, inst, regs):
    em.teardown()
    em.out.calls.append((em.here(), inst.data.func))
    em.put(e.b(0))


def _call_import(em, inst, regs):
    """A host function or builtin may trap: its return address is a trap site."""
    slot = inst.data.slot
    em.put(e.ldr_imm(8, X16, 0, slot), e.ldr_imm(8, 0, 0, slot + 8), e.blr(X16))
    _call_site(em, inst.data.wasm_offset)


def _jump(em, inst, regs):
    if not em.falls_through_to(inst.data.target):
        em.branch_to(_B_FIXUP, inst.data.target)


def _test_branch(em, inst, regs):
    data = inst.data
    target, other, inverted = _branch_order(em, data.taken, data.not_taken)
    branch, inverse = (e.tbnz, e.tbz) if data.set != inverted else (e.tbz, e.tbnz)
    em.cond_branch_to(branch(regs[0], data.bit, 0), inverse(regs[0], data.bit, 8), target)
    if not em.falls_through_to(other):
        em.branch_to(e.b(0), other)


def _fcmp_branch(em, inst, regs):
    data = inst.data
    target, other, inverted = _branch_order(em, data.taken, data.not_taken)
    cond = data.cond ^ inverted    # the exact negation of the flags' condition: true when unordered
    em.put(e.fcmp(data.double, regs[0], regs[1]))
    em.cond_branch_to(e.b_cond(cond, 0), e.b_cond(cond ^ 1, 8), target)
    if not em.falls_through_to(other):
        em.branch_to(e.b(0), other)


def _condbr(em, inst, regs):
    target, other, inverted = _branch_order(em, inst.data.taken, inst.data.not_taken)
    branch, inverse = (e.cbz, e.cbnz) if inverted else (e.cbnz, e.cbz)
    em.cond_branch_to(branch(False, regs[0], 0), inverse(False, regs[0], 8), target)
    if not em.falls_through_to(other):
        em.branch_to(e.b(0), other)


def _br_table(em, inst, regs):
    targets, default = inst.data.targets, inst.data.default
    index = regs[0]
    em.make_room(len(targets))
    if len(targets) < 4096:
        em.put(e.cmp_imm(False, index, len(targets)))
    else:
        em.put(*materialize(X16, len(targets), False), e.cmp_reg(False, index, X16))
    em.cond_branch_to(e.b_cond(HS, 0), e.b_cond(LO, 8), default, passing=len(targets))
    em.put(e.adr(X16, 16), e.ldrs_reg(4, True, X17, X16, index, e.UXTW, True),
           e.add_reg(True, X16, X16, X17), e.br(X16))
    table = em.here()
    for target in targets:
        em.table_fixups.append((em.here(), em.forward[target], table))
        em.put(0)


def _ret(em, inst, regs):
    em.epilogue()


def _trap(em, inst, regs):
    em.trap_sequence(inst.data.code, inst.data.wasm_offset)


EMITTERS = {
    "args": _nothing, "load_incoming": _load_incoming, "store_incoming": _store_incoming,
    "load_outgoing": _load_outgoing, "store_outgoing": _store_outgoing, "const": _const,
    "alu": _alu, "alu_imm": _alu_imm, "alu_shifted": _alu_shifted, "madd": _madd, "wide": _wide, "shift_imm": _shift_imm, "select_cmp": _select_cmp,
    "cmp_branch": _cmp_branch, "fcmp_branch": _fcmp_branch, "test_branch": _test_branch, "rotl": _rotl, "div": _div, "div_pow2": _div_pow2, "icmp": _icmp, "eqz": _eqz, "unary": _unary,
    "select": _select, "fbin": _fbin, "fun": _fun, "fcmp": _fcmp, "fcopysign": _fcopysign,
    "i2f": _i2f, "f2f": _f2f, "f2i_sat": _f2i_sat, "to_gp": _to_gp, "from_gp": _from_gp,
    "load": _load, "store": _store, "heap_base": _heap_base, "heap_size": _heap_size,
    "heap_limit": _heap_limit, "heap_limit64": _heap_limit64,
    "memory_size": _memory_size, "load_word": _load_word, "store_word": _store_word,
    "epoch_check": _epoch_check, "fuel_check": _fuel_check, "global_get": _global_get,
    "global_set": _global_set, "table_get": _table_get, "table_set": _table_set,
    "table_size": _table_size, "memory_copy": _memory_copy, "memory_fill": _memory_fill,
    "def_word": _def_word_load, "segment_drop": _segment_drop, "ref_func": _ref_func, "call_indirect": _call_indirect,
    "f2i_trap": _f2i_trap, "call": _call, "call_import": _call_import, "return_call": _return_call,
    "return_call_indirect": _return_call_indirect, "call_ref": _call_ref, "return_call_ref": _return_call_ref,
    "null_check": _null_check, "jump": _jump, "condbr": _condbr,
    "br_table": _br_table, "ret": _ret, "trap": _trap, **SIMD_EMITTERS, **ATOMIC_EMITTERS,
}


LANDING = ".landing"


def _landing(emitter):
    """A call that is a landing site: its return address is recorded, and sp is reset from fp
    right there, as the unwinder returns into it with fp alone (runtime/exceptions.py)."""
    def emit_landing(em, inst, regs):
        emitter(em, inst, regs)
        em.out.landing_sites.append(4 * em.here())
        if em.frame < 4096:
            em.put(e.sub_imm(True, SP, FP, em.frame))
        else:
            em.put(*materialize(X16, em.frame, True), e.sub_ext(True, SP, FP, X16, e.UXTX))
    return emit_landing


def _guardable(emitter, wasm_field: str):
    """A load or store that guard pages may check (still ir.GUARDED): its words are a fault site."""
    def emit_access(em, inst, regs):
        start = len(em.words)
        emitter(em, inst, regs)
        if inst.data.still == GUARDED:
            em.out.fault_sites.append((4 * start, 4 * len(em.words), getattr(inst.data, wasm_field)))
    return emit_access


EMITTERS.update({name: _guardable(EMITTERS[name], field) for name, field in
                 (("load", "wasm_offset"), ("store", "wasm_offset"), ("vload", "wasm"), ("vstore", "wasm"))})
EMITTERS.update({name + LANDING: _landing(EMITTERS[name])
                 for name in ("call", "call_import", "call_indirect", "call_ref")})
# The MInsts that are landing sites, and those that call (which need a stack check).
_LANDING_OPS = frozenset(name for name in EMITTERS if name.endswith(LANDING))
_CALL_OPS = frozenset(name for name in EMITTERS if "call" in name)


def emit_function(vcode: VCode, alloc: Allocation, outgoing_bytes: int) -> EmittedFunction:
    return FunctionEmitter(vcode, alloc, outgoing_bytes).emit()
