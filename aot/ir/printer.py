"""The IR as text, in a CLIF-like syntax (what `build --emit ir|opt` prints).

    function u0:1 "fib"(i32) -> i64 {
    block0(v0: i64, v1: i32):
        v2 = i64.const 1
        brif v5, block2(v3), block3
    block2(v7: i64):
        v9 = i32.load v8, v0, v6, offset=16 still=4 @0x2c
        v12 = v128.const 0x00000004000000030000000200000001
        v13 = i8x16.shuffle v10, v11, lanes=[0 17 2 19 ...]
        v15 = v128.load32_lane v8, v14, v0, v6, offset=0 still=0 lane=1
        trap integer_divide_by_zero @0x31

Values print through their aliases (a removed block param prints as the value
that replaced it); instructions show their Wasm offset when they have one.  An
opcode this module does not know prints as its name (or number) and raw
immediate, never failing.
"""

from __future__ import annotations

import struct

from wasmoon_aot.runtime.abi import TrapCode
from ..wasm.opcodes import I8X16_SHUFFLE, MEMORY_ACCESS, SIMD_ACCESS, opcode_name
from . import function as ir

# Names of the IR's own opcodes; Wasm opcodes print under their text-format names.
IR_NAMES = {ir.CONST: "const", ir.SELECT: "select", ir.CALL: "call", ir.JUMP: "jump", ir.BRIF: "brif",
            ir.BR_TABLE: "br_table", ir.RETURN: "return", ir.TRAP: "trap", ir.CALL_INDIRECT: "call_indirect",
            ir.BUILTIN: "builtin", ir.HEAP_BASE: "heap_base", ir.HEAP_SIZE: "heap_size",
            ir.HEAP_LIMIT: "heap_limit", ir.STORE_PTR: "store_ptr", ir.FUEL_LOAD: "fuel_load", ir.EXN_PENDING: "exn_pending",
            ir.FUEL_STORE: "fuel_store", ir.EPOCH_CHECK: "epoch_check", ir.FUEL_CHECK: "fuel_check",
            ir.RETURN_CALL: "return_call", ir.RETURN_CALL_INDIRECT: "return_call_indirect",
            ir.CALL_REF: "call_ref", ir.RETURN_CALL_REF: "return_call_ref", ir.NULL_CHECK: "null_check",
            ir.HEAP_LIMIT64: "heap_limit64"}


def op_name(op: int) -> str:
    return IR_NAMES.get(op) or opcode_name(op)


def trap_name(code) -> str:
    """A trap code as the listings spell it: integer_divide_by_zero."""
    try:
        return TrapCode(code).name.lower()
    except ValueError:
        return f"trap{code}"


class _Printer:
    def __init__(self, f: ir.IRFunction):
        self.f = f

    def value(self, v: int) -> str:
        return f"v{self.f.resolve(v)}"

    def values(self, values) -> str:
        return ", ".join(self.value(v) for v in values)

    def edge(self, edge: int) -> str:
        args = self.f.edge_args[edge]
        target = f"block{self.f.edge_block[edge]}"
        return f"{target}({self.values(args)})" if args else target

    def operands(self, inst: int) -> str:
        """Everything after the op name: arguments, then the immediate as the opcode means it."""
        f = self.f
        op, args, imm = f.inst_op[inst], f.inst_args[inst], f.inst_imm[inst]
        parts = [self.values(args)] if args else []
        if op == ir.JUMP:
            parts.append(self.edge(imm))
        elif op == ir.BRIF:
            parts += [self.edge(e) for e in imm]
        elif op == ir.BR_TABLE:
            parts.append("[" + ", ".join(self.edge(e) for e in imm[0]) + "], " + self.edge(imm[1]))
        elif op in (ir.TRAP, ir.NULL_CHECK):
            parts.append(trap_name(imm))
        elif op in (ir.CALL, ir.RETURN_CALL):
            parts.insert(0, f"fn{imm}")
        elif op == ir.BUILTIN:
            parts.insert(0, imm)
        elif op in (ir.CALL_INDIRECT, ir.RETURN_CALL_INDIRECT):
            parts.append(f"type{imm[0]}, table{imm[1]}")
        elif op in (ir.CALL_REF, ir.RETURN_CALL_REF):
            parts.append(f"type{imm}")
        elif op == ir.CONST:
            parts.append(_constant(f.value_type[f.inst_results[inst][0]], imm))
        elif op in MEMORY_ACCESS and isinstance(imm, tuple) and len(imm) == 3:
            parts.append(f"offset={imm[1]} still={imm[2]}")
        elif op in SIMD_ACCESS and isinstance(imm, tuple) and len(imm) == 4:
            lane = "" if imm[3] is None else f" lane={imm[3]}"
            parts.append(f"offset={imm[1]} still={imm[2]}{lane}")
        elif op == I8X16_SHUFFLE and isinstance(imm, bytes):
            parts.append(f"lanes=[{' '.join(str(lane) for lane in imm)}]")
        elif imm is not None:
            parts.append(f"imm={imm!r}")
        return ", ".join(parts)

    def inst(self, inst: int) -> str:
        f = self.f
        results = f.inst_results[inst]
        op = f.inst_op[inst]
        name = f"{f.value_type[results[0]]}.const" if op == ir.CONST and results else op_name(op)
        text = f"{name} {self.operands(inst)}".rstrip()
        if results:
            text = f"{self.values(results)} = {text}"
        offset = f.inst_offset[inst]
        return f"{text} @{offset:#x}" if offset else text

    def block(self, block: int) -> list[str]:
        f = self.f
        params = ", ".join(f"v{v}: {f.value_type[v]}" for v in f.block_params[block])
        return [f"block{block}({params}):" if params else f"block{block}:"] + [f"    {self.inst(i)}" for i in f.block_insts[block]]


def _constant(ty: str, bits: int) -> str:
    """A constant as its type reads its raw bits (floats also show the bits)."""
    if ty in ("f32", "f64"):
        fmt, size = ("<f", 4) if ty == "f32" else ("<d", 8)
        value = struct.unpack(fmt, (bits & ((1 << 8 * size) - 1)).to_bytes(size, "little"))[0]
        return f"{value!r} ; {bits:#x}"
    if ty in ("i32", "i64"):
        width = 32 if ty == "i32" else 64
        signed = bits - (1 << width) if bits >> (width - 1) & 1 else bits
        return str(signed)
    if ty == "v128":
        return f"{bits:#034x}"
    return f"{bits!r}"


def print_function(f: ir.IRFunction) -> str:
    """The reachable blocks of `f`, in reverse postorder, as text."""
    printer = _Printer(f)
    signature = f"({', '.join(f.params)}) -> ({', '.join(f.results)})"
    name = f" \"{f.name}\"" if f.name else ""
    lines = [f"function u0:{f.index}{name}{signature} {{"]
    for block in f.reachable_blocks():
        lines += printer.block(block)
    return "\n".join(lines + ["}"]) + "\n"
