"""The one feature table: which Wasm features each stage supports.

A module records the features it uses while it is decoded (`Module.features`).
`require_supported(module, stage)` raises UnsupportedFeature naming the first
feature that `stage` ("validate" or "compile") does not support; the spec
harness reports such modules, and their commands, as skipped for that reason.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Feature:
    validate: bool
    compile: bool
    description: str


FEATURES: dict[str, Feature] = {
    # Wasm 1.0 / 2.0, split where code generation grows step by step.
    "int": Feature(True, True, "i32/i64 numeric instructions"),
    "control": Feature(True, True, "blocks, branches, direct calls, select, locals"),
    "float": Feature(True, True, "f32/f64 constants, arithmetic, comparisons and conversions"),
    "float-to-int": Feature(True, True, "trapping float-to-integer truncation"),
    "memory": Feature(True, True, "linear memory, loads/stores, data segments"),
    "globals": Feature(True, True, "global variables"),
    "tables": Feature(True, True, "tables, call_indirect and element segments"),
    "sign-extension": Feature(True, True, "sign-extension operators"),
    "saturating-conversion": Feature(True, True, "non-trapping float-to-int conversions"),
    "multi-value": Feature(True, True, "blocks and functions with several results"),
    "reference-types": Feature(True, True, "funcref/externref values and table instructions"),
    "bulk-memory": Feature(True, True, "memory.copy/fill/init, data.drop, table.copy/init, elem.drop"),
    "imports": Feature(True, True, "imported functions"),
    # Proposals beyond 2.0.
    "simd": Feature(True, True, "128-bit SIMD"),
    "relaxed-simd": Feature(True, True, "relaxed SIMD"),
    "threads": Feature(True, True, "shared memory and atomics"),
    "tail-call": Feature(True, True, "return_call"),
    "exceptions": Feature(True, True, "exception handling"),
    "function-references": Feature(True, True, "typed function references"),
    "gc": Feature(True, True, "garbage collection types and instructions"),
    "multi-memory": Feature(True, True, "more than one memory"),
    "memory64": Feature(True, True, "64-bit memories and tables"),
    "extended-const": Feature(True, True, "extended constant expressions"),
    "wide-arithmetic": Feature(True, True, "128-bit wide arithmetic"),
    "custom-page-sizes": Feature(True, True, "custom memory page sizes"),
    "custom-descriptors": Feature(True, True, "custom descriptors and exact reference types"),
}


class UnsupportedFeature(Exception):
    """The module needs a feature that a stage does not support yet."""

    def __init__(self, feature: str, stage: str) -> None:
        super().__init__(f"unsupported feature: {feature} ({FEATURES[feature].description}) is not supported by {stage} yet")
        self.feature = feature
        self.stage = stage


def require_supported(features, stage: str) -> None:
    """Raise UnsupportedFeature for the first (sorted) feature in `features` that `stage` lacks."""
    for name in sorted(features):
        if not getattr(FEATURES[name], stage):
            raise UnsupportedFeature(name, stage)
