"""SIMD (v128) on AArch64 Advanced SIMD (NEON): lowering and emission by operator family.

Each family module (listed in FAMILIES) owns, for its Wasm operators:

    LOWERINGS   Wasm opcode -> lower(lowering, inst): the MInsts of one IR instruction
                (lowering is aarch64.lower.Lowering; use its vreg/use/emit helpers)
    EMITTERS    MInst op -> emit(emitter, inst, regs), as in emit.EMITTERS

and the NamedTuple record of each of its MInst ops' data.  A v128 value lives in
a wide FLOAT-class vreg (aot.machinst.vcode).  This module merges the families'
tables; an opcode or MInst op that two families claim is an error at import.
Family modules never import lower.py or emit.py (those import this package).
"""

from __future__ import annotations

from . import core, integer, lanes, memory
from . import float as float_family

FAMILIES = (core, float_family, integer, lanes, memory)


def _merge(tables: list[dict], what: str) -> dict:
    merged: dict = {}
    for table in tables:
        for key, value in table.items():
            if key in merged:
                raise AssertionError(f"SIMD {what} {key!r} is claimed twice")
            merged[key] = value
    return merged


LOWERINGS = _merge([family.LOWERINGS for family in FAMILIES], "opcode")
EMITTERS = _merge([family.EMITTERS for family in FAMILIES], "MInst op")
