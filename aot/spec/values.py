"""Spec-suite values as raw bits: encoding arguments and matching results bit-exactly.

Conventions (shared with the runtime's `call_bits`): every value is one 64-bit slot
of raw bits (i32/f32 zero-extended), except v128, which takes two slots (low half,
then high half).  References: null is 0; an externref that the suite writes as
host value N is passed as N + 1 (so host value 0 stays distinct from null) and
comes back unchanged; a non-null funcref is any nonzero slot.  Host value N written as an
anyref (gc's `ref.host N`) is externref N + 1 carried into the any hierarchy
(abi.any_from_extern); an expected `i31ref` without a value is any i31 (abi.ANYREF_I31_TAG).
"""

from __future__ import annotations

from wasmoon_aot.runtime.abi import ANYREF_I31_TAG, any_from_extern

MASKS = {"i32": (1 << 32) - 1, "f32": (1 << 32) - 1, "i64": (1 << 64) - 1, "f64": (1 << 64) - 1}
LANE_BITS = {"i8": 8, "i16": 16, "i32": 32, "i64": 64, "f32": 32, "f64": 64}
U64 = (1 << 64) - 1

# (sign-less mask, canonical NaN, arithmetic-NaN mask = exponent + quiet bit)
_NAN_SHAPES = {
    32: (0x7FFF_FFFF, 0x7FC0_0000, 0x7FC0_0000),
    64: (0x7FFF_FFFF_FFFF_FFFF, 0x7FF8_0000_0000_0000, 0x7FF8_0000_0000_0000),
}


def slot_count(value_type: str) -> int:
    return 2 if value_type == "v128" else 1


def is_nan_of_kind(bits: int, width: int, kind: str) -> bool:
    """Whether `bits` is a `nan:canonical` / `nan:arithmetic` NaN of the given float width."""
    magnitude_mask, canonical, quiet = _NAN_SHAPES[width]
    if kind == "nan:canonical":
        return bits & magnitude_mask == canonical
    if kind == "nan:arithmetic":
        return bits & quiet == quiet
    raise ValueError(f"unknown NaN pattern {kind!r}")


def _scalar_bits(value_type: str, text: str) -> int:
    return int(text) & MASKS[value_type]


def _v128_bits(value: dict) -> int:
    width = LANE_BITS[value["lane_type"]]
    bits = 0
    for lane, text in enumerate(value["value"]):
        bits |= (int(text) & ((1 << width) - 1)) << (lane * width)
    return bits


def _ref_bits(value: dict) -> int:
    text = value.get("value")
    if text is None or text == "null":
        return 0
    if value["type"] == "anyref":
        return any_from_extern(int(text) + 1)
    return int(text) + 1


def encode(value: dict) -> list[int]:
    """The raw slots of one argument value."""
    kind = value["type"]
    if kind in MASKS:
        return [_scalar_bits(kind, value["value"])]
    if kind == "v128":
        bits = _v128_bits(value)
        return [bits & U64, bits >> 64]
    return [_ref_bits(value)]


def encode_all(values: list[dict]) -> list[int]:
    slots = []
    for value in values:
        slots.extend(encode(value))
    return slots


def _value_type(expected: dict) -> str:
    if expected["type"] == "either":
        return _value_type(expected["values"][0])
    return expected["type"]


def _matches_v128(expected: dict, bits: int) -> bool:
    width = LANE_BITS[expected["lane_type"]]
    lane_mask = (1 << width) - 1
    for lane, text in enumerate(expected["value"]):
        lane_bits = (bits >> (lane * width)) & lane_mask
        if text.startswith("nan:"):
            if expected["lane_type"] not in ("f32", "f64") or not is_nan_of_kind(lane_bits, width, text):
                return False
        elif lane_bits != int(text) & lane_mask:
            return False
    return True


def matches(expected: dict, slots: list[int]) -> bool:
    """Whether the raw slots of one result satisfy one expected value (NaN kinds, refs, either)."""
    kind = expected["type"]
    if kind == "either":
        return any(matches(alternative, slots) for alternative in expected["values"])
    if kind == "v128":
        return _matches_v128(expected, slots[0] | (slots[1] << 64))
    bits = slots[0]
    if kind in MASKS:
        bits &= MASKS[kind]
        text = expected["value"]
        if text.startswith("nan:"):
            return kind in ("f32", "f64") and is_nan_of_kind(bits, 32 if kind == "f32" else 64, text)
        return bits == _scalar_bits(kind, text)
    if kind.startswith("null") or kind == "refnull":
        return bits == 0
    text = expected.get("value")
    if text is None and kind == "i31ref":
        return bits & ANYREF_I31_TAG != 0
    if text is None:  # any non-null reference of that type
        return bits != 0
    return bits == _ref_bits(expected)


def check_results(expected: list[dict], slots: list[int]) -> str | None:
    """None if the result slots match every expected value, else a one-line explanation."""
    needed = sum(slot_count(_value_type(value)) for value in expected)
    if len(slots) != needed:
        return f"got {len(slots)} result slots, expected {needed}"
    position = 0
    for index, value in enumerate(expected):
        width = slot_count(_value_type(value))
        got = slots[position:position + width]
        if not matches(value, got):
            return f"result {index}: got {describe(got)}, expected {describe_expected(value)}"
        position += width
    return None


def describe(slots: list[int]) -> str:
    return " ".join(f"{slot:#x}" for slot in slots)


def describe_expected(value: dict) -> str:
    if value["type"] == "either":
        return " or ".join(describe_expected(v) for v in value["values"])
    if value["type"] == "v128":
        return f"v128 {value['lane_type']} {' '.join(value['value'])}"
    text = value.get("value")
    if value["type"] in MASKS and not text.startswith("nan:"):
        return f"{value['type']} {_scalar_bits(value['type'], text):#x}"
    return f"{value['type']} {text if text is not None else '(non-null)'}"
