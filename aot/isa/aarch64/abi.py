"""The AArch64 registers as this compiler uses them: one table, and everything derived from it.

`ROLE_TABLE` says which registers of which class play each role, and
`REGISTERS` (one row per x0..x30, v0..v31) gathers each register's roles:
  vmctx       x0 carries the callee's vmctx at every call;
  arg         it carries an argument of its class (in number order);
  result      it carries a result of its class (in number order);
  callee      callee-saved (AAPCS64: x19-x28, and the low 64 bits of v8-v15,
              which is all a scalar f32/f64 needs);
  low64       a call keeps only its low 64 bits (v8-v15): every callee (Wasm
              function, host trampoline, builtin, C) saves d8-d15 and no more,
              and so does a Wasm function's own prologue (the `d`, not `q`,
              halves: its callers expect nothing else).  A v128 value cannot
              stay in one across a call; an f32/f64 can;
  scratch     the emitter's scratch (x16/x17 = ip0/ip1, and v31): never
              allocated, free at any instruction boundary;
  movetmp     free at every move, so parallel moves may park a value there;
  stage       where the simple allocator stages operands;
  reserved    never touched as a value register: x18 (Apple's platform
              register), x29 (fp), x30 (lr); sp/xzr is number 31, not a row.
A register that is neither callee-saved nor reserved is call-clobbered.
Allocatable: not scratch nor reserved; preferred caller-saved first, each
group in number order.

From the table come the argument/result registers (used by callconv.py), the
callee-saved pairs the entry trampolines save, the clobber set of a call
(`CALL_CLOBBERS`) and what a call clobbers of wide values only
(`WIDE_CALL_CLOBBERS`), the emitter's scratch registers, the allocators'
`REGISTER_ENV`, and register names for printing (`asm_name`).  regs.py keeps
the encoding numbers and condition codes the encoder and its callers name.
"""

from __future__ import annotations

from typing import NamedTuple

from ...machinst.vcode import FLOAT, INT, preg
from ...regalloc.env import RegisterEnv


# (class, role, registers): the one place that says which register does what.
ROLE_TABLE: tuple[tuple[int, str, tuple[int, ...]], ...] = (
    (INT, "vmctx", (0,)),
    (INT, "arg", tuple(range(1, 8))),
    (INT, "result", tuple(range(0, 8))),
    (INT, "stage", tuple(range(9, 16))),
    (INT, "scratch", (16, 17)),             # ip0/ip1
    (INT, "reserved", (18,)),               # platform register (Apple)
    (INT, "callee", tuple(range(19, 29))),
    (INT, "reserved", (29, 30)),            # fp, lr
    (FLOAT, "arg", tuple(range(0, 8))),
    (FLOAT, "result", tuple(range(0, 8))),
    (FLOAT, "callee", tuple(range(8, 16))),
    (FLOAT, "low64", tuple(range(8, 16))),
    (FLOAT, "stage", tuple(range(16, 24))),
    (FLOAT, "scratch", (31,)),
    (FLOAT, "movetmp", (31,)),
)
_COUNT = {INT: 31, FLOAT: 32}  # x31 is sp/xzr, not a value register


class Register(NamedTuple):
    cls: int
    number: int
    roles: frozenset[str]

    @property
    def preg(self) -> int:
        return preg(self.cls, self.number)

    @property
    def name(self) -> str:
        """x0..x30 / d0..d31, as printers show a 64-bit use."""
        return asm_name(self.preg)


REGISTERS: tuple[Register, ...] = tuple(
    Register(cls, n, frozenset(role for c, role, numbers in ROLE_TABLE if c == cls and n in numbers))
    for cls in (INT, FLOAT) for n in range(_COUNT[cls]))


def _numbers(cls: int, role: str) -> tuple[int, ...]:
    return tuple(r.number for r in REGISTERS if r.cls == cls and role in r.roles)


def _pregs(cls: int, keep) -> tuple[int, ...]:
    return tuple(r.preg for r in REGISTERS if r.cls == cls and keep(r.roles))


def _pairs(numbers: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    return tuple(zip(numbers[0::2], numbers[1::2]))


(VMCTX_REG,) = _numbers(INT, "vmctx")
INT_ARG_REGS = _numbers(INT, "arg")
INT_RESULT_REGS = _numbers(INT, "result")
FLOAT_ARG_REGS = _numbers(FLOAT, "arg")
FLOAT_RESULT_REGS = _numbers(FLOAT, "result")

CALLEE_SAVED_INT_PAIRS = _pairs(_numbers(INT, "callee"))
CALLEE_SAVED_FLOAT_PAIRS = _pairs(_numbers(FLOAT, "callee"))

INT_SCRATCH = _numbers(INT, "scratch")
FLOAT_SCRATCH = _numbers(FLOAT, "scratch")


def _call_clobbered(roles: frozenset[str]) -> bool:
    return not roles & {"callee", "reserved"}


def _usable(roles: frozenset[str]) -> bool:
    return not roles & {"scratch", "reserved"}


def _callee_saved(cls: int) -> tuple[int, ...]:
    return _pregs(cls, lambda roles: _usable(roles) and "callee" in roles)


def _allocatable(cls: int) -> tuple[int, ...]:
    return _pregs(cls, lambda roles: _usable(roles) and "callee" not in roles) + _callee_saved(cls)


def _move_scratch(cls: int) -> int:
    found = _pregs(cls, lambda roles: "movetmp" in roles)
    return found[0] if found else -1


CALL_CLOBBERS = _pregs(INT, _call_clobbered) + _pregs(FLOAT, _call_clobbered)
WIDE_CALL_CLOBBERS = _pregs(FLOAT, lambda roles: "low64" in roles)
# A call an exception may unwind to (a landing site, runtime/exceptions.py) keeps no register:
# the frames it skips never restore their callee-saved ones.
# the frames it skips never restore their callee-saved registers, so a function with one saves
# them all (emit.py).
CALLEE_SAVED = _callee_saved(INT) + _callee_saved(FLOAT)
LANDING_CLOBBERS = CALL_CLOBBERS + CALLEE_SAVED
# Where a landing call reads its own register operand (call_indirect's index, call_ref's funcref): a fixed
# register, moved into before the call, since a value that lives past the call can hold none across it.
LANDING_OPERAND_REG = preg(INT, 9)

REGISTER_ENV = RegisterEnv(
    operand_regs=tuple(_pregs(cls, lambda roles: "stage" in roles) for cls in (INT, FLOAT)),
    allocatable=tuple(_allocatable(cls) for cls in (INT, FLOAT)),
    callee_saved=frozenset(_callee_saved(INT) + _callee_saved(FLOAT)),
    scratch=tuple(_move_scratch(cls) for cls in (INT, FLOAT)),
    wide_clobbers=frozenset(WIDE_CALL_CLOBBERS),
)

_INT_PREFIX = {64: "x", 32: "w"}
_FLOAT_PREFIX = {128: "q", 64: "d", 32: "s"}


def asm_name(reg: int, bits: int = 64, *, sp: bool = False) -> str:
    """The assembler name of preg `reg` used at `bits` wide: x0/w0, d0/s0/q0; number 31 of
    the integer class is sp/wsp when `sp` (the instruction reads it as sp), else xzr/wzr."""
    cls, number = divmod(reg, 32)
    if cls == FLOAT:
        return f"{_FLOAT_PREFIX[bits]}{number}"
    if cls != INT:
        raise ValueError(f"{reg} is not a physical register")
    prefix = _INT_PREFIX[bits]
    if number == 31:
        return ("sp" if bits == 64 else "wsp") if sp else prefix + "zr"
    return f"{prefix}{number}"
