"""The calling convention of compiled Wasm functions on AArch64.

Wasm functions call each other (and are called by the trampolines) with:
  - x0 = callee vmctx;
  - integer-class arguments (i32, i64, funcref, externref) in x1..x7, in order;
  - float-class arguments (f32, f64, v128) in v0..v7, in order, one counter
    for all three: a v128 takes a whole q register;
  - the remaining arguments in the caller's outgoing stack area, in parameter
    order, in 8-byte slots at [sp + 8*k] at the call: one slot each, but a v128
    takes two (16 bytes, low half first) starting at an even slot, so it is
    16-byte aligned (a slot skipped for the alignment stays unused).
Results come back the same way: integer-class in x0..x7, float-class in v0..v7,
and the rest written by the callee to the caller's outgoing area, at
[sp_at_call + 8*k].  The caller reserves max(stack args, stack results) slots,
rounded up to 16 bytes.  A callee preserves only the low 64 bits of v8..v15
(AAPCS64), so a v128 never survives a call in a register.

Tail calls (return_call*) keep this convention for every ordinary call: the
tail caller restores its callee-saved registers, fp and lr, and branches to the
callee, which returns straight to the tail caller's caller.  The callee's stack
arguments go in the tail caller's own incoming area, [fp + 16 + 8k], which its
caller reserved for the tail caller's type: so only `incoming_area_size` of the
tail caller's type is known to be there.  (Stack results need no care: a tail
callee's results match the caller's in number and class, and it writes them to
the same area.)  A tail call whose callee needs more stack-argument bytes than
that (`tail_call_fits`), and a direct one to an imported function, is made as a
call followed by a return: correct, but it keeps the caller's frame (so a host
function's trap keeps its call site).  Through a table or a reference the callee
may be a host trampoline too: it follows this convention, so the branch reaches
it all the same.  Chains of tail calls whose stack arguments fit run in constant
stack.

Callee-saved registers follow AAPCS64 (x19-x28, d8-d15, sp, fp); x18 is never
used (Apple reserves it); x16/x17 are free scratch at any instruction boundary.
The registers themselves come from abi.py's table; this module owns where the
values of a signature go.
"""

from __future__ import annotations

from functools import lru_cache

from .abi import FLOAT_ARG_REGS, FLOAT_RESULT_REGS, INT_ARG_REGS, INT_RESULT_REGS

INT_CLASS = frozenset({"i32", "i64", "funcref", "externref", "anyref"})
FLOAT_CLASS = frozenset({"f32", "f64", "v128"})


@lru_cache(maxsize=None)   # per signature, not per function and call: every function asks
def _assign(types: tuple[str, ...], int_regs, float_regs) -> tuple[tuple[tuple[str, int], ...], int]:
    locations = []
    next_int = next_float = stack = 0
    for ty in types:
        if ty in INT_CLASS and next_int < len(int_regs):
            locations.append(("x", int_regs[next_int]))
            next_int += 1
        elif ty in FLOAT_CLASS and next_float < len(float_regs):
            locations.append(("v", float_regs[next_float]))
            next_float += 1
        elif ty == "v128":
            stack += stack & 1
            locations.append(("stack", stack))
            stack += 2
        elif ty in INT_CLASS or ty in FLOAT_CLASS:
            locations.append(("stack", stack))
            stack += 1
        else:
            raise ValueError(f"no calling convention for {ty} values yet")
    return tuple(locations), stack


def param_locations(params) -> tuple[tuple[tuple[str, int], ...], int]:
    """Where each parameter goes: ("x", n), ("v", n) or ("stack", slot); and the stack slot count."""
    return _assign(tuple(params), INT_ARG_REGS, FLOAT_ARG_REGS)


def result_locations(results) -> tuple[tuple[tuple[str, int], ...], int]:
    """Where each result comes back, as param_locations does for parameters."""
    return _assign(tuple(results), INT_RESULT_REGS, FLOAT_RESULT_REGS)


def outgoing_area_size(params, results) -> int:
    """Bytes the caller reserves at sp for a call of this type (16-byte aligned): also the
    incoming area a function of this type may rely on."""
    slots = max(param_locations(params)[1], result_locations(results)[1])
    return (slots * 8 + 15) & ~15


def tail_call_fits(caller, callee) -> bool:
    """Whether a tail call from a function of type `caller` to one of type `callee` (FuncTypes)
    can pass its stack arguments in the caller's incoming area."""
    return 8 * param_locations(callee.params)[1] <= outgoing_area_size(caller.params, caller.results)
