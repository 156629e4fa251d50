"""Validation rules that differ from Wasm 3.0's, for the spec suite's proposal folders.

Each folder under the suite's `proposals/` is a fork of the spec from before some later
feature was standardised, and its tests assert that version's rules: the threads folder
predates multi-memory and reference types (a second memory or table is invalid, and memory
limits in the text format are u32 literals), and the custom-descriptors folder lets
`br_on_cast`/`br_on_cast_fail` target any type of the source's hierarchy.  A `Dialect`
names those rules; the compiler, the CLI and the top-level suite use `WASM3`, and the spec
harness picks a folder's dialect (aot/spec/paths.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Dialect:
    single_memory: bool = False      # a second memory is invalid: "multiple memories"
    single_table: bool = False       # a second table is invalid: "multiple tables"
    u32_text_limits: bool = False    # a 32-bit memory's limits in the text format are u32 literals
    unrelated_casts: bool = False    # br_on_cast(_fail) targets need only share the source's hierarchy


WASM3 = Dialect()
