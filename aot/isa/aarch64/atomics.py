"""Lowering and emission of the atomic accesses and atomic.fence (threads; IR in aot/ir/build_atomics.py).

One MInst per access, `atomic` with an Atomic record; operands [first, addr, heap base, bound,
rest...] (the layout of load/store, so sequences.bounds_check finds addr and bound):
  load      [rd, addr, base, bound]                   ldar
  store     [value, addr, base, bound]                stlr
  rmw       [rd, addr, base, bound, value, (tmp)]     see below
  cmpxchg   [rd, addr, base, bound, expected, replacement]
rd is an early def (the loops write it before they last read their inputs), and so is tmp, a
scratch register only the exclusive-pair loops of add/sub/and/or/xor need.

Emission: the alignment check (the effective address addr + offset must be a multiple of the
size, else UNALIGNED_ATOMIC: it comes before the bounds check, as in the reference interpreter),
the bounds check, then x16 = the host address, and the access:
  lse (Armv8.1 LSE, the default: every Apple Silicon Mac has it, and so does the CPU qemu-user
  emulates by default, "max"):  ldaddal / ldclral (and: clear ~value) / ldeoral / ldsetal / swpal,
  sub as ldaddal of -value; cmpxchg: rd = expected, casal rd, replacement.
  llsc (Armv8.0): a loop of ldaxr, the operation, stlxr and cbnz on its status (x17); cmpxchg
  compares the loaded value with expected, zero-extended from the access's size, and leaves
  the loop on a mismatch.
Every access is acquire-release, which makes the Wasm atomics sequentially consistent;
atomic.fence is dmb ish.
"""

from __future__ import annotations

from typing import NamedTuple

from wasmoon_aot.runtime.abi import TrapCode
from ...machinst.vcode import EARLY_DEF, INT, Operand, define, use
from ...wasm import opcodes as op
from . import encode as e
from . import encode_atomics as a
from .abi import INT_SCRATCH
from .regs import NE, XZR
from .sequences import bounds_check, materialize

X16, X17 = INT_SCRATCH


class Atomic(NamedTuple):
    """atomic: an atomic access (module docstring); `op` the rmw operation (opcodes.ATOMIC_RMW_OP)
    or the kind (load, store)."""
    op: str
    bytes: int
    offset: int
    still: int
    wasm_offset: int
    addr64: bool
    llsc: bool


def lower_atomic(lw, inst, args, results) -> None:
    """atomic: an atomic load, store, read-modify-write or cmpxchg (module docstring)."""
    f = lw.f
    opcode = f.inst_op[inst]
    kind, _, size = op.ATOMIC_ACCESS[opcode]
    offset, still = f.inst_imm[inst]
    llsc = lw.env.options.atomics == "llsc"
    data = Atomic(op.ATOMIC_RMW_OP.get(opcode, kind), size, offset, still, f.inst_offset[inst],
                  f.value_type[f.inst_args[inst][0]] == "i64", llsc)
    addr, rest = args[0], args[1:]
    heap = [use(v) for v in rest[-2:]]
    operands = [use(v) for v in rest[:-2]]
    if kind == "store":
        lw.emit("atomic", [operands[0], use(addr)] + heap, data)
        return
    first = define(results[0]) if kind == "load" else Operand(results[0], EARLY_DEF)
    extra = []
    if llsc and data.op in ("add", "sub", "and", "or", "xor"):
        extra = [Operand(lw.vcode.new_vreg(INT), EARLY_DEF)]
    lw.emit("atomic", [first, use(addr)] + heap + operands + extra, data)


def lower_fence(lw, inst, args, results) -> None:
    """fence: atomic.fence."""
    lw.emit("fence")


LOWERINGS = {**dict.fromkeys(set(op.ATOMIC_ACCESS) - {op.MEMORY_ATOMIC_NOTIFY, op.MEMORY_ATOMIC_WAIT32,
                                                      op.MEMORY_ATOMIC_WAIT64}, lower_atomic),
             op.ATOMIC_FENCE: lower_fence}

# The LSE instruction of each rmw operation (sub adds the negated value, and clears the complement).
_LSE_OP = {"add": "add", "sub": "add", "and": "clr", "or": "set", "xor": "eor", "xchg": "swp"}
# The ALU form of each rmw operation in an exclusive-pair loop: tmp = old <op> value.
_LLSC_ALU = {"add": e.add_reg, "sub": e.sub_reg, "and": e.and_reg, "or": e.orr_reg, "xor": e.eor_reg}


def _emit_atomic(em, inst, regs):
    data = inst.data
    size = data.bytes
    wide = size == 8
    first, addr, base, bound = regs[:4]
    if size > 1:
        misalign = data.offset % size
        if misalign:
            em.put(e.add_imm(False, X17, addr, misalign), e.tst_imm(False, X17, size - 1))
        else:
            em.put(e.tst_imm(False, addr, size - 1))
        em.trap_branch(e.b_cond(NE, 0), TrapCode.UNALIGNED_ATOMIC, data.wasm_offset)
    bounds_check(em, inst, addr, bound, data.still, data.wasm_offset, data.addr64)
    em.put(e.add_ext(True, X16, base, addr, e.UXTX if data.addr64 else e.UXTW))
    if data.offset:
        em.put(*materialize(X17, data.offset, True), e.add_reg(True, X16, X16, X17))
    if data.op == "load":
        em.put(a.ldar(size, first, X16))
    elif data.op == "store":
        em.put(a.stlr(size, first, X16))
    elif data.op == "cmpxchg":
        _cmpxchg(em, data, first, regs[4], regs[5])
    elif data.llsc:
        _rmw_llsc(em, data, first, regs[4], regs[5] if len(regs) > 5 else None)
    else:
        value = regs[4]
        if data.op == "sub":
            em.put(e.neg(wide, X17, value))
            value = X17
        elif data.op == "and":
            em.put(e.orn_reg(wide, X17, XZR, value))
            value = X17
        em.put(a.lse_rmw(_LSE_OP[data.op], size, value, first, X16))


def _rmw_llsc(em, data, rd, value, tmp):
    size, wide = data.bytes, data.bytes == 8
    loop = em.here()
    em.put(a.ldaxr(size, rd, X16))
    if data.op == "xchg":
        new = value
    else:
        em.put(_LLSC_ALU[data.op](wide, tmp, rd, value))
        new = tmp
    em.put(a.stlxr(size, X17, new, X16))
    em.put(e.cbnz(False, X17, 4 * (loop - em.here())))


def _cmpxchg(em, data, rd, expected, replacement):
    size, wide = data.bytes, data.bytes == 8
    if not data.llsc:
        em.put(e.mov_reg(wide, rd, expected), a.casal(size, rd, replacement, X16))
        return
    loop = em.here()
    em.put(a.ldaxr(size, rd, X16))
    if size < 4:
        em.put((e.uxtb if size == 1 else e.uxth)(False, X17, expected))
        em.put(e.cmp_reg(False, rd, X17))
    else:
        em.put(e.cmp_reg(wide, rd, expected))
    em.put(e.b_cond(NE, 4 * 3))                     # to the end, past stlxr and cbnz
    em.put(a.stlxr(size, X17, replacement, X16))
    em.put(e.cbnz(False, X17, 4 * (loop - em.here())))


def _emit_fence(em, inst, regs):
    em.put(a.DMB_ISH)


EMITTERS = {"atomic": _emit_atomic, "fence": _emit_fence}
