"""The fault handler of guard-page artifacts: a SIGSEGV/SIGBUS handler in AArch64 code.

`void handler(int sig, siginfo_t *info, void *ucontext)`, installed once per process
by runtime/guard.py (runtime/abi.py "Guard pages" has the registry it reads).  It
calls nothing and touches only the registry, the ucontext and the faulting frame,
so it is async-signal-safe:

    registry = *slot                      (adrp/add to the artifact's data word: a TextRef)
    regs = ucontext (or *(ucontext + indirect)) + regs offset
    for each registered artifact whose text holds regs.pc:
        binary search its fault sites for the last start <= pc - text
        if pc - text < that site's end:   a guarded Wasm access faulted
            regs.x0 = [regs.fp - 8]       (the function's vmctx)
            regs.x1 = MEMORY_OUT_OF_BOUNDS, regs.lr = text + end, regs.pc = trap stub
            return                        (the kernel resumes in the trap stub)
    otherwise, the chain entry of `sig`: branch to function(sig, info, ucontext), or with an
    argument to function(sig, argument, NULL) (a tail call: it returns to the kernel)

x9..x17 and x3..x8 are scratch; the kernel restores every register from the ucontext.
"""

from __future__ import annotations

import struct

from wasmoon_aot.runtime import abi
from . import encode as e
from .regs import EQ, HI, HS, LO, X0, X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14, X15, X16, XZR



def guard_handler() -> bytes:
    """The handler's code; its first two words are an adrp/add of the registry's data word."""
    code: list = []
    labels: dict[str, int] = {}

    def label(name: str) -> None:
        labels[name] = len(code)

    def branch(make, target: str) -> None:
        at = len(code)
        code.append(lambda: make(4 * (labels[target] - at)))

    code += [e.adrp(X9, 0), e.add_imm(True, X9, X9, 0), e.ldr_imm(8, X9, X9, 0),
             e.ldr_imm(8, X10, X9, abi.REGISTRY_UC_INDIRECT), e.mov_reg(True, X11, X2)]
    branch(lambda off: e.cbz(True, X10, off), "direct")
    code.append(e.ldr_reg(8, X11, X2, X10))
    label("direct")
    code += [e.ldr_imm(8, X10, X9, abi.REGISTRY_UC_REGS), e.add_reg(True, X11, X11, X10),
             e.ldr_imm(8, X12, X11, abi.UC_REG_PC), e.ldr_imm(8, X13, X9, abi.REGISTRY_COUNT),
             e.add_imm(True, X14, X9, abi.REGISTRY_RECORDS)]
    label("record")
    branch(lambda off: e.cbz(True, X13, off), "chain")
    code += [e.ldp(True, X15, X16, X14, abi.RECORD_TEXT), e.cmp_reg(True, X12, X15)]
    branch(lambda off: e.b_cond(LO, off), "next")
    code.append(e.cmp_reg(True, X12, X16))
    branch(lambda off: e.b_cond(HS, off), "next")
    code += [e.sub_reg(True, X12, X12, X15),                       # the text offset
             e.ldp(True, X3, X4, X14, abi.RECORD_SITES), e.movz(True, X5, 0)]
    label("search")   # the first site in [x5, x4) whose start is above the offset
    code.append(e.cmp_reg(True, X5, X4))
    branch(lambda off: e.b_cond(HS, off), "found")
    code += [e.add_reg(True, X6, X5, X4), e.lsr_imm(True, X6, X6, 1),
             e.add_reg(True, X7, X3, X6, e.LSL, 3), e.ldr_imm(4, X7, X7, 0), e.cmp_reg(False, X7, X12)]
    branch(lambda off: e.b_cond(HI, off), "above")
    code.append(e.add_imm(True, X5, X6, 1))
    branch(e.b, "search")
    label("above")
    code.append(e.mov_reg(True, X4, X6))
    branch(e.b, "search")
    label("found")
    branch(lambda off: e.cbz(True, X5, off), "chain")
    code += [e.sub_imm(True, X5, X5, 1), e.add_reg(True, X7, X3, X5, e.LSL, 3), e.ldr_imm(4, X8, X7, 4),
             e.cmp_reg(False, X12, X8)]
    branch(lambda off: e.b_cond(HS, off), "chain")
    code += [e.ldr_imm(8, X10, X11, abi.UC_REG_FP), e.ldur(8, X10, X10, abi.FRAME_VMCTX),
             e.str_imm(8, X10, X11, 8 * X0),
             e.movz(True, X10, int(abi.TrapCode.MEMORY_OUT_OF_BOUNDS), 0), e.str_imm(8, X10, X11, 8 * X1),
             e.add_reg(True, X8, X15, X8), e.str_imm(8, X8, X11, abi.UC_REG_LR),
             e.ldr_imm(8, X10, X14, abi.RECORD_TRAP_STUB), e.str_imm(8, X10, X11, abi.UC_REG_PC),
             e.ret()]
    label("next")
    code += [e.add_imm(True, X14, X14, abi.RECORD_SIZE), e.sub_imm(True, X13, X13, 1)]
    branch(e.b, "record")
    label("chain")
    code += [e.add_imm(True, X14, X9, abi.REGISTRY_CHAIN), e.movz(True, X13, abi.GUARD_SIGNALS, 0)]
    label("entry")
    branch(lambda off: e.cbz(True, X13, off), "none")
    code += [e.ldr_imm(8, X15, X14, 0), e.cmp_reg(False, X15, X0)]
    branch(lambda off: e.b_cond(EQ, off), "chained")
    code += [e.add_imm(True, X14, X14, abi.REGISTRY_CHAIN_ENTRY), e.sub_imm(True, X13, X13, 1)]
    branch(e.b, "entry")
    label("chained")
    code.append(e.ldp(True, X16, X15, X14, 8))
    branch(lambda off: e.cbz(True, X15, off), "call")
    code += [e.mov_reg(True, X1, X15), e.mov_reg(True, X2, XZR)]
    label("call")
    code.append(e.br(X16))
    label("none")
    code.append(e.ret())
    words = [word() if callable(word) else word for word in code]
    return struct.pack(f"<{len(words)}I", *words)
