"""Evaluates the metadata's constant expressions (global initialisers, segment offsets and items).

A CONSTEXPR is a list of [opname, immediate] pairs run on a small stack; the
result is the raw 64-bit slot (128-bit for v128).  Float immediates are bits.  `global.get` reads a cell
through `global_bits(index)`, `ref.func` takes `funcref_address(index)`.  `ref.i31` and the
conversions between the any and extern hierarchies work on anyref bits (abi.i31_bits).
"""

from __future__ import annotations

from .abi import any_from_extern, extern_from_any, i31_bits

_MASKS = {"i32": (1 << 32) - 1, "i64": (1 << 64) - 1}
_UNARY = {"ref.i31": i31_bits, "any.convert_extern": any_from_extern, "extern.convert_any": extern_from_any}
_BINARY = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}


def evaluate(expr, global_bits, funcref_address, gc_new=None) -> int:
    """The bits of `expr`; `gc_new(name, imm, stack)` makes the object of a gc allocation
    operator (gc_heap.CONSTANT_OPERATORS), popping its operands."""
    stack: list[int] = []
    for op, imm in expr:
        if op in ("i32.const", "i64.const"):
            stack.append(int(imm) & _MASKS[op[:3]])
        elif op in ("f32.const", "f64.const"):
            stack.append(int(imm))
        elif op == "v128.const":  # 16 little-endian bytes (or their int)
            stack.append(imm if isinstance(imm, int) else int.from_bytes(bytes(imm), "little"))
        elif op == "global.get":
            stack.append(global_bits(imm))
        elif op == "ref.func":
            stack.append(funcref_address(imm))
        elif op == "ref.null":
            stack.append(0)
        elif op in _UNARY and stack:
            stack.append(_UNARY[op](stack.pop()))
        elif gc_new is not None and op.startswith(("struct.new", "array.new")):
            stack.append(gc_new(op, imm, stack))
        else:
            width, _, name = op.partition(".")
            if width not in _MASKS or name not in _BINARY or len(stack) < 2:
                raise ValueError(f"unsupported constant expression operator {op!r}")
            right = stack.pop()
            stack.append(_BINARY[name](stack.pop(), right) & _MASKS[width])
    if len(stack) != 1:
        raise ValueError(f"constant expression left {len(stack)} values")
    return stack[0]
