"""AArch64 register encoding numbers and condition codes, as the encoder uses them.

Integer registers are the ints 0..31 (X0..X30, and 31 meaning SP or XZR as the
instruction decides); vector/FP registers V0..V31 are also 0..31 but belong to
their own class, so callers keep the two apart by context.  These are names for
hardware numbers only; which register plays which role (argument, scratch,
callee-saved, ...) is abi.py's table.
"""

from __future__ import annotations

(X0, X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14, X15,
 X16, X17, X18, X19, X20, X21, X22, X23, X24, X25, X26, X27, X28, X29, X30) = range(31)
SP = 31
XZR = 31
FP = 29
LR = 30

(V0, V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15,
 V16, V17, V18, V19, V20, V21, V22, V23, V24, V25, V26, V27, V28, V29, V30, V31) = range(32)

EQ, NE, HS, LO, MI, PL, VS, VC, HI, LS, GE, LT, GT, LE, AL = range(15)
CS, CC = HS, LO

COND_NAMES = ("eq", "ne", "hs", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al")


def invert_cond(cond: int) -> int:
    """The condition that holds exactly when `cond` does not (AL has no inverse)."""
    if not 0 <= cond < AL:
        raise ValueError(f"condition {cond} has no inverse")
    return cond ^ 1
