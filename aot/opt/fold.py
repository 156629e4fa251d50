"""Constant folding and algebraic simplification of integer operators.

An integer operator whose arguments are all constants becomes a CONST with the
value Wasm defines (division only when it cannot trap).  Identities such as
x+0, x*1, x&-1, x|0, x^0, shifts and rotations by 0 make the result an alias of
x; the dead operator is left for DCE.  Floats are left alone: their NaN
payloads are the hardware's business.
"""

from __future__ import annotations

from ..ir import function as ir
from ..wasm.opcodes import NUMERIC_SIGNATURE, OPCODE_NAMES

_WIDTH = {"i32": 32, "i64": 64}


def _signed(value: int, bits: int) -> int:
    return value - (1 << bits) if value >> (bits - 1) else value


def _rotl(a: int, b: int, bits: int) -> int:
    b %= bits
    return ((a << b) | (a >> (bits - b))) if b else a


def _binary(name: str, a: int, b: int, bits: int):
    """The result bits of `a name b` at width `bits`, or None when it would trap."""
    mask = (1 << bits) - 1
    sa, sb = _signed(a, bits), _signed(b, bits)
    if name == "add":
        return (a + b) & mask
    if name == "sub":
        return (a - b) & mask
    if name == "mul":
        return (a * b) & mask
    if name == "and":
        return a & b
    if name == "or":
        return a | b
    if name == "xor":
        return a ^ b
    if name == "shl":
        return (a << (b % bits)) & mask
    if name == "shr_u":
        return a >> (b % bits)
    if name == "shr_s":
        return (sa >> (b % bits)) & mask
    if name == "rotl":
        return _rotl(a, b, bits) & mask
    if name == "rotr":
        return _rotl(a, bits - b % bits, bits) & mask
    if name in ("div_u", "rem_u"):
        if b == 0:
            return None
        return a // b if name == "div_u" else a % b
    if name in ("div_s", "rem_s"):
        if b == 0 or (name == "div_s" and sa == -(1 << (bits - 1)) and sb == -1):
            return None
        quotient = abs(sa) // abs(sb) * (1 if (sa < 0) == (sb < 0) else -1)
        return (quotient if name == "div_s" else sa - quotient * sb) & mask
    comparisons = {"eq": a == b, "ne": a != b, "lt_u": a < b, "gt_u": a > b, "le_u": a <= b,
                   "ge_u": a >= b, "lt_s": sa < sb, "gt_s": sa > sb, "le_s": sa <= sb, "ge_s": sa >= sb}
    if name in comparisons:
        return int(comparisons[name])
    return None


def _unary(name: str, a: int, bits: int, source_bits: int):
    if name == "eqz":
        return int(a == 0)
    if name == "clz":
        return bits - a.bit_length()
    if name == "ctz":
        return (a & -a).bit_length() - 1 if a else bits
    if name == "popcnt":
        return bin(a).count("1")
    if name.startswith("extend") and name.endswith("_s"):  # extend8_s / extend_i32_s / ...
        width = source_bits if "_i32" in name else int(name[6:-2])
        return _signed(a & ((1 << width) - 1), width) & ((1 << bits) - 1)
    if name in ("extend_i32_u", "wrap_i64"):
        return a & ((1 << min(bits, source_bits)) - 1)
    return None


# Identity elements: (operator name, constant on the right) -> result is the left argument.
_RIGHT_IDENTITIES = {("add", 0), ("sub", 0), ("mul", 1), ("or", 0), ("xor", 0), ("shl", 0),
                     ("shr_s", 0), ("shr_u", 0), ("rotl", 0), ("rotr", 0), ("div_s", 1), ("div_u", 1)}
_LEFT_IDENTITIES = {("add", 0), ("mul", 1), ("or", 0), ("xor", 0)}


# The integer operators folding looks at: opcode -> (operator name, width of its type, of its
# result, of its first operand), worked out once rather than per instruction.
_FOLDABLE = {opcode: (OPCODE_NAMES[opcode].split(".", 1)[1], _WIDTH[OPCODE_NAMES[opcode].split(".", 1)[0]],
                      _WIDTH[result_type], _WIDTH[params[0]] if params else None)
             for opcode, (params, result_type) in NUMERIC_SIGNATURE.items()
             if all(p in _WIDTH for p in params) and result_type in _WIDTH}


def fold_constants(f: ir.IRFunction) -> ir.IRFunction:
    constant = {}  # value -> bits, for integer constants
    block_insts, inst_op, inst_args, inst_imm, inst_results = (f.block_insts, f.inst_op, f.inst_args,
                                                                f.inst_imm, f.inst_results)
    alias, resolve = f.alias, f.resolve
    for block in f.reachable_blocks():
        for inst in block_insts[block]:
            opcode = inst_op[inst]
            if opcode == ir.CONST:
                constant[inst_results[inst][0]] = inst_imm[inst]
                continue
            foldable = _FOLDABLE.get(opcode)
            if foldable is None:
                continue
            args = inst_args[inst]
            if len(args) == 2:
                left, right = args
                if alias[left] != left:
                    left = resolve(left)
                if alias[right] != right:
                    right = resolve(right)
                known_left, known_right = constant.get(left), constant.get(right)
                if known_left is None and known_right is None:
                    continue
                name, bits = foldable[0], foldable[1]
                value = None
                if known_left is not None and known_right is not None:
                    value = _binary(name, known_left, known_right, bits)
                if value is not None:
                    _make_constant(f, inst, value, constant)
                elif known_right is not None and (name, known_right) in _RIGHT_IDENTITIES:
                    alias[inst_results[inst][0]] = left
                elif known_left is not None and (name, known_left) in _LEFT_IDENTITIES:
                    alias[inst_results[inst][0]] = right
            elif len(args) == 1:
                known = constant.get(resolve(args[0]))
                if known is not None:
                    name, _, result_bits, operand_bits = foldable
                    value = _unary(name, known, result_bits, operand_bits)
                    if value is not None:
                        _make_constant(f, inst, value, constant)
    return f


def _make_constant(f: ir.IRFunction, inst: int, value: int, constant: dict) -> None:
    """Instruction `inst` becomes a CONST of bits `value`."""
    f.inst_op[inst], f.inst_args[inst], f.inst_imm[inst] = ir.CONST, (), value
    constant[f.inst_results[inst][0]] = value
