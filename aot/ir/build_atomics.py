"""IR for the threads operators (0xFE prefix).

Atomic loads, stores, read-modify-writes and cmpxchg keep their Wasm opcode, with
args (addr, operands..., heap base, bound) in Wasm operand order and imm = (memarg
offset, still), in bounds as for scalar accesses (function.py's docstring); the
opcode says the rest (opcodes.ATOMIC_ACCESS, ATOMIC_RMW_OP).  The lowering traps
with UNALIGNED_ATOMIC first when the effective address is not a multiple of the
access's size.  atomic.fence keeps its opcode, with no args.  memory.atomic.notify,
wait32 and wait64 are BUILTIN calls (runtime/waiters.py): the memory index and the
memarg offset lead, then the address, zero-extended, and the Wasm operands.
"""

from __future__ import annotations

from wasmoon_aot.runtime.abi import BUILTIN_SIGNATURES
from ..wasm import opcodes as op
from . import function as ir

_BUILTINS = {op.MEMORY_ATOMIC_NOTIFY: "memory.atomic.notify", op.MEMORY_ATOMIC_WAIT32: "memory.atomic.wait32",
             op.MEMORY_ATOMIC_WAIT64: "memory.atomic.wait64"}
# Operands after the address, per kind of access.
_OPERANDS = {"load": 0, "store": 1, "rmw": 1, "cmpxchg": 2}
OPERATORS = frozenset(op.ATOMIC_ACCESS) | {op.ATOMIC_FENCE}


def build(builder, opcode: int, imm, offset: int) -> None:
    """Pop the operands of threads operator `opcode` (one of OPERATORS) and push its result."""
    if opcode == op.ATOMIC_FENCE:
        builder._emit(opcode, (), None, (), offset)
        return
    memory = imm[2] if len(imm) == 3 else 0
    kind, valtype, size = op.ATOMIC_ACCESS[opcode]
    if opcode in _BUILTINS:
        name = _BUILTINS[opcode]
        operands = builder._pop_n(2 if kind == "notify" else 3)
        addr = operands[0]
        if builder.f.value_type[addr] == "i32":
            addr = builder._emit(op.I64_EXTEND_I32_U, (addr,), None, ("i64",))[0]
        consts = (builder._const_i32(memory), builder._emit(ir.CONST, imm=imm[1], result_types=("i64",))[0])
        results = BUILTIN_SIGNATURES[name][1]
        builder.stack.extend(builder._emit(ir.BUILTIN, (builder.vmctx, *consts, addr, *operands[1:]), name, results,
                                           offset))
        builder._load_heap()
        return
    operands = builder._pop_n(1 + _OPERANDS[kind])
    base, bound, still = builder._heap_values(memory, imm[1] + size, guarded=False)
    results = () if kind == "store" else (valtype,)
    builder.stack.extend(builder._emit(opcode, (*operands, base, bound), (imm[1], still), results, offset))
