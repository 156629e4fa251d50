"""Which IR instructions are pure: the facts every pass relies on.

PURE instructions compute their results from their arguments and immediate
alone: no memory, no globals, no traps.  They may be folded, merged by value
numbering and deleted when unused.  Division, remainder and trapping
float-to-int conversions can trap, so they are not pure even though they touch
no state.
"""

from __future__ import annotations

from ..ir import function as ir
from ..ir.numeric import NUMERIC_SIGNATURE
from ..wasm import opcodes as op

_TRAPPING = frozenset(
    getattr(op, f"{ty}_{name}")
    for ty in ("I32", "I64")
    for name in ("DIV_S", "DIV_U", "REM_S", "REM_U", "TRUNC_F32_S", "TRUNC_F32_U",
                 "TRUNC_F64_S", "TRUNC_F64_U"))

PURE = frozenset(set(NUMERIC_SIGNATURE) - _TRAPPING) | {ir.CONST, ir.SELECT, op.REF_IS_NULL, op.REF_FUNC,
                                                      ir.HEAP_LIMIT}

# Reads of state that nothing but their own instruction needs: deletable when unused.
UNUSED_READS = frozenset({op.GLOBAL_GET, op.MEMORY_SIZE, op.TABLE_SIZE, ir.HEAP_BASE, ir.HEAP_SIZE,
                          ir.STORE_PTR, ir.FUEL_LOAD})
