"""Which IR instructions are pure: the facts every pass relies on.

PURE instructions compute their results from their arguments and immediate
alone: no memory, no globals, no traps.  They may be folded, merged by value
numbering and deleted when unused.  Division, remainder and trapping
float-to-int conversions can trap (opcodes.TRAPPING, from the operator table's
shapes), so they are not pure even though they touch no state.  Every SIMD
operator but the memory ones is pure (v128 arithmetic never traps), and so is every
wide-arithmetic operator.
"""

from __future__ import annotations

from ..ir import function as ir
from ..wasm import opcodes as op

PURE = frozenset(set(op.NUMERIC_SIGNATURE) - op.TRAPPING) | set(op.WIDE_SIGNATURE) | {ir.CONST, ir.SELECT, op.REF_IS_NULL, op.REF_FUNC,
                                                            ir.HEAP_LIMIT, ir.HEAP_LIMIT64} | set(op.SIMD_SIGNATURE)

# Reads of state that nothing but their own instruction needs: deletable when unused.
UNUSED_READS = frozenset({op.GLOBAL_GET, op.MEMORY_SIZE, op.TABLE_SIZE, ir.HEAP_BASE, ir.HEAP_SIZE,
                          ir.STORE_PTR, ir.FUEL_LOAD, ir.DEF_WORD})
