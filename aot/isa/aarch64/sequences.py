"""Short instruction sequences that emit.py and the SIMD families share.

`materialize` puts a constant in a register; `bounds_check` and `displaced_base`
are the linear-memory access's check and address (emit.py's load/store MInsts,
simd/memory.py's vector accesses): an access is in bounds when its zero-extended
32-bit address is <= bound - still (see ir.HEAP_LIMIT), and the check is made
once per block for a given (address, bound, still), since SSA values never
change; a vector access (`implied`) also skips a check that one with a larger
still already made on the address and bound implies.  The emitter (emit.FunctionEmitter) is passed in: they put words through
it and trap through its islands.

An access that guard pages check (still ir.GUARDED) has no check at all, but a store
wider than a byte first loads the bytes it will write (into xzr or v31): a store that
straddles the end of the memory could otherwise write its in-bounds part before it
faults (AArch64 lets an unaligned or vector store tear, and qemu-user does), and the
Wasm spec says a trapping store writes nothing.  The load faults first instead, unless
an earlier access of the block on the same address and memory base reached as far
(`reached`): memories never shrink, so every byte below one that access touched is
still in bounds (a read-modify-write like `p[i]++` loads, then stores unprobed).
"""

from __future__ import annotations

from functools import lru_cache

from wasmoon_aot.runtime.abi import TrapCode
from ...ir.function import GUARDED
from . import encode as e
from .abi import INT_SCRATCH
from .regs import HS, LT, XZR

X16, X17 = INT_SCRATCH


@lru_cache(maxsize=4096)
def materialize(rd: int, value: int, is64: bool) -> tuple[int, ...]:
    """Words that put the constant `value` in register rd (X16/X17 allowed); made once per
    operands (constants and rematerialisations repeat)."""
    bits = 64 if is64 else 32
    value &= (1 << bits) - 1
    if value == 0:
        return (e.movz(is64, rd, 0, 0),)
    logical = e.encode_logical_imm(value, is64)
    if logical is not None:
        return (e.orr_imm(is64, rd, 31, value),)
    halves = [(value >> (16 * i)) & 0xFFFF for i in range(bits // 16)]
    inverted = sum(1 for h in halves if h == 0xFFFF) > sum(1 for h in halves if h == 0)
    words = []
    for index, half in enumerate(halves):
        if inverted:
            if half == 0xFFFF:
                continue
            if not words:
                words.append(e.movn(is64, rd, half ^ 0xFFFF, index))
                continue
        elif half == 0:
            continue
        elif not words:
            words.append(e.movz(is64, rd, half, index))
            continue
        words.append(e.movk(is64, rd, half, index))
    if not words:  # all halves 0xFFFF (inverted, value = -1) is handled by the logical path
        words.append(e.movn(is64, rd, 0, 0))
    return tuple(words)


def bounds_check(em, inst, addr: int, bound: int, still: int, wasm_offset: int, addr64: bool = False,
                 implied: bool = False) -> None:
    """Trap unless zero-extended addr <= bound - still (signed: see ir.HEAP_LIMIT), or for a
    64-bit address, unless addr < max(bound - (still - 1), 0) (unsigned: ir.HEAP_LIMIT64).
    SSA values never change, so a check an earlier access in the block already
    made on the same address and bound is not repeated; nor, when `implied`, one
    that an earlier check with a larger still implies (the bound it allows is lower).  `still`
    ir.GUARDED: no check (the guard pages fault); None: no check (a gc object's field or element, which aot/ir/gc.py checks itself)."""
    if still is None or still == GUARDED:
        return
    stills = em.checked_accesses.setdefault((inst.operands[1].vreg, inst.operands[3].vreg), set())
    if still in stills or (implied and stills and max(stills) >= still):
        return
    stills.add(still)
    if addr64:
        if still:
            bound = limit64(em, X17, bound, still)
        em.put(e.cmp_reg(True, addr, bound))
        em.trap_branch(e.b_cond(HS, 0), TrapCode.MEMORY_OUT_OF_BOUNDS, wasm_offset)
        return
    if still:
        if still < 4096:
            em.put(e.sub_imm(True, X17, bound, still))
        else:
            em.put(*materialize(X17, still, True), e.sub_reg(True, X17, bound, X17))
        bound = X17
    em.put(e.cmp_ext(True, bound, addr, e.UXTW))
    em.trap_branch(e.b_cond(LT, 0), TrapCode.MEMORY_OUT_OF_BOUNDS, wasm_offset)


def reached(em, inst, end: int) -> bool:
    """Whether an earlier guarded access of the block on the same address and memory base as
    `inst` (operands: value, address, base, bound) reached `end` bytes past the address, as one
    of `inst` is about to; records that it does.  SSA values never change, and a completed
    access proves every byte below its last one in bounds."""
    key = inst.operands[1].vreg, inst.operands[2].vreg
    before = em.guarded_reach.get(key, 0)
    if end > before:
        em.guarded_reach[key] = end
    return before >= end


def limit64(em, rd: int, size: int, n: int) -> int:
    """rd = max(size - (n - 1), 0): the addresses below it have n bytes in a 64-bit memory of `size`
    bytes (none when n - 1 does not fit in 64 bits: the zero register).  Returns the register."""
    if n - 1 >> 64:
        return XZR
    if n - 1 < 4096:
        em.put(e.subs_imm(True, rd, size, n - 1))
    else:
        em.put(*materialize(X16, n - 1, True), e.subs_reg(True, rd, size, X16))
        em.x16_holds = None
    em.put(e.csel(True, rd, rd, XZR, HS))
    return rd


def displaced_base(em, base: int, addr: int, offset: int, size: int, extend: int = e.UXTW) -> int:
    """x16 = base + addr; returns the displacement the access still adds.  The add is left out
    when x16 still holds that sum (em.x16_holds: the emitter forgets it whenever x16, base or
    addr may have changed), so loads and stores at several offsets of one address share it."""
    key = (base, addr, extend)
    if getattr(em, "x16_holds", None) != key:
        em.put(e.add_ext(True, X16, base, addr, extend))
    if offset % size == 0 and offset // size < 4096:
        em.x16_holds = key
        return offset
    em.put(*materialize(X17, offset, True), e.add_reg(True, X16, X16, X17))
    em.x16_holds = None
    return 0

