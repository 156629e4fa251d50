"""Seeds to test inputs: a Wasm 2.0 module from `wasm-tools smith` (SIMD only in the "simd" profile, Wasm 3.0's
memory64, multi-memory, tail calls and extended-const only in the "wasm3" one, exception handling only in the
"exceptions" one, GC only in the "gc" one, wide arithmetic and custom page sizes only in their own), and call
arguments.

A seed and a profile fix everything: the smith input bytes (`random.Random(seed)`),
hence the module, and the arguments of every call (`argument_bits`).  Modules
are generated with NaN canonicalization, every item exported, imports only
from host.py's functions, and memories of bounded size (at most one but in the "wasm3" profile), so that
exported memories and globals can be compared afterwards.  The default profile allows no traps other than the
fuel check that `--ensure-termination` inserts (it traps with `unreachable`
once a global fuel counter runs out); see PROFILES for the others.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

from .host import imports_module_path

SMITH_INPUT_BYTES = (64, 4096)   # the input length is drawn from this range too
DISABLED_PROPOSALS = ("simd", "relaxed-simd", "threads", "shared-everything-threads", "tail-call",
                      "exceptions", "gc", "memory64", "custom-page-sizes", "wide-arithmetic",
                      "extended-const", "custom-descriptors", "compact-imports")


def _common_flags(enabled: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The flags of every profile, with the proposals in `enabled` left on."""
    return (
        *(arg for name in DISABLED_PROPOSALS if name not in enabled for arg in (f"--{name}-enabled", "false")),
        "--canonicalize-nans", "true",
        "--export-everything", "true",
        "--min-types", "1",   # without a type there can be no function
        "--min-funcs", "1",
    )


_COMMON_FLAGS = _common_flags()
_SCALAR_FLAGS = (*_COMMON_FLAGS, "--bulk-memory-enabled", "false", "--reference-types-enabled", "false",
                 "--saturating-float-to-int-enabled", "false", "--max-memories", "0", "--max-tables", "0",
                 "--max-globals", "0", "--max-data-segments", "0", "--max-element-segments", "0")


def _wasm2_limits(memories: int = 1) -> tuple[str, ...]:
    """Terminating code, at most `memories` small memories, small tables."""
    return ("--ensure-termination", "--max-memories", str(memories), "--memory-max-size-required", "true",
            "--max-memory32-bytes", str(4 * 65536), "--max-table-elements", "1000")


_WASM2_LIMITS = _wasm2_limits()
_WASM2_FLAGS = (*_COMMON_FLAGS, *_WASM2_LIMITS)
# "wasm2": all of Wasm 2.0 but SIMD, no traps but smith's fuel check (a global) against endless loops.
# "wasm2-traps": the same with every kind of trap allowed (memory and table bounds, division, conversion,
# call_indirect checks).
# "scalar": numeric and control code only (no memory, tables, references, bulk or saturating operators),
# for a compiler that cannot do more yet.  Traps are allowed and compared; endless loops are caught by the
# oracle's fuel.  (smith still adds a few mutable globals.)
# "int": "scalar" without floating point.
# "simd": "wasm2" with 128-bit SIMD (relaxed SIMD stays off: its results may differ by design).
# "wasm3": "wasm2-traps" with memory64, multi-memory, tail calls and extended constant expressions: up to three
# memories and two tables, 32- or 64-bit, and return_call / return_call_indirect (return_call_ref needs typed
# function references, which smith makes only with its GC proposal on: GC stays off, so the oracle and the guard
# accept typed references but smith's modules have none; tests/test_fuzz.py passes them through both engines).
# "exceptions": "wasm2-traps" with exception handling (tags, throw, throw_ref, try_table and exnref; smith makes
# no legacy try/catch): an exception that leaves an export is an outcome both engines report alike.
# "gc": "wasm2-traps" with GC (struct, array and i31 references, their subtyping and casts, and the typed function
# references GC brings along): gc references are compared by null-ness like every reference.
# "wide-arithmetic": "wasm2-traps" with i64.add128, i64.sub128 and i64.mul_wide_s/u.
# "custom-page-sizes": "wasm2-traps" whose memories may have 1-byte pages (sizes, growth and bounds in bytes).
# "threads": "wasm2-traps" with the threads proposal: atomic loads, stores, read-modify-writes, compare-exchanges,
# fences and notify on shared or unshared memories (one thread; smith makes no memory.atomic.wait, which could
# block the oracle for good).
PROFILES = {
    "wasm2": (*_WASM2_FLAGS, "--disallow-traps", "true"),
    "simd": (*_common_flags(enabled=("simd",)), *_WASM2_LIMITS, "--disallow-traps", "true"),
    "wasm2-traps": _WASM2_FLAGS,
    "scalar": _SCALAR_FLAGS,
    "int": (*_SCALAR_FLAGS, "--allow-floats", "false"),
    "wasm3": (*_common_flags(enabled=("memory64", "tail-call", "extended-const")), *_wasm2_limits(memories=3),
              "--max-memory64-bytes", str(4 * 65536), "--max-tables", "2"),
    "exceptions": (*_common_flags(enabled=("exceptions",)), *_WASM2_LIMITS),
    "gc": (*_common_flags(enabled=("gc",)), *_WASM2_LIMITS),
    "wide-arithmetic": (*_common_flags(enabled=("wide-arithmetic",)), *_WASM2_LIMITS,
                        "--wide-arithmetic-enabled", "true"),
    "custom-page-sizes": (*_common_flags(enabled=("custom-page-sizes",)), *_WASM2_LIMITS,
                          "--custom-page-sizes-enabled", "true"),  # smith's default is off
    "threads": (*_common_flags(enabled=("threads",)), *_WASM2_LIMITS),
}
DEFAULT_PROFILE = "wasm2"
# The features a profile's modules must validate with (wasm-tools validate --features).
VALIDATE_FEATURES = {"simd": "wasm2",
                     "wasm3": "wasm2,-simd,multi-memory,memory64,tail-call,function-references,extended-const",
                     "exceptions": "wasm2,-simd,exceptions",
                     "gc": "wasm2,-simd,function-references,gc",
                     "wide-arithmetic": "wasm2,-simd,wide-arithmetic",
                     "custom-page-sizes": "wasm2,-simd,custom-page-sizes",
                     "threads": "wasm2,-simd,threads"}
VALIDATE_FEATURES_OTHERWISE = "wasm2,-simd"


def wasm_tools() -> str:
    """The wasm-tools next to this interpreter (the venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name("wasm-tools")
    return str(beside) if beside.exists() else (shutil.which("wasm-tools") or "wasm-tools")


def smith_input(seed: int) -> bytes:
    rng = random.Random(seed)
    return rng.randbytes(rng.randint(*SMITH_INPUT_BYTES))


def generate(seed: int, profile: str = DEFAULT_PROFILE) -> bytes | None:
    """The module for `seed` in `profile`, or None when smith cannot make one from its bytes (its exit code 2)."""
    tool = wasm_tools()
    flags = [*PROFILES[profile], "--available-imports", str(imports_module_path(tool))]
    proc = subprocess.run([tool, "smith", *flags, "-o", "/dev/stdout"], input=smith_input(seed),
                          capture_output=True)
    if proc.returncode == 2:
        return None
    if proc.returncode != 0:
        raise RuntimeError(f"wasm-tools smith failed for seed {seed}: {proc.stderr.decode(errors='replace')}")
    return proc.stdout


def within_profile(wasm: bytes, profile: str = DEFAULT_PROFILE) -> bool:
    """Whether the module validates with the profile's features (VALIDATE_FEATURES): Wasm 2.0, without SIMD
    unless the profile is "simd", with "wasm3"'s proposals, exceptions and GC only in their profiles (a guard on
    smith's flags)."""
    features = VALIDATE_FEATURES.get(profile, VALIDATE_FEATURES_OTHERWISE)
    proc = subprocess.run([wasm_tools(), "validate", "--features", features, "-"], input=wasm, capture_output=True)
    return proc.returncode == 0


# Interesting raw values per type; the rest are random bit patterns.
_SPECIAL_BITS = {
    "i32": (0, 1, 2, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0xFFFFFFFE, 31, 32, 0x8000),
    "i64": (0, 1, 2, 0x7FFFFFFFFFFFFFFF, 0x8000000000000000, 0xFFFFFFFFFFFFFFFF, 63, 64, 0x80000000,
            0xFFFFFFFF),
    # +0, -0, 1, -1, 0.5, inf, -inf, canonical NaN, NaN with payload, signalling NaN, -NaN, min subnormal, max
    "f32": (0, 0x80000000, 0x3F800000, 0xBF800000, 0x3F000000, 0x7F800000, 0xFF800000, 0x7FC00000,
            0x7FC12345, 0x7F800001, 0xFFC00000, 1, 0x7F7FFFFF, 0x4F000000, 0xCF000000),
    "f64": (0, 0x8000000000000000, 0x3FF0000000000000, 0xBFF0000000000000, 0x3FE0000000000000,
            0x7FF0000000000000, 0xFFF0000000000000, 0x7FF8000000000000, 0x7FF8000000012345,
            0x7FF0000000000001, 0xFFF8000000000000, 1, 0x7FEFFFFFFFFFFFFF, 0x41E0000000000000,
            0xC3E0000000000000),
}
_WIDTH = {"i32": 32, "f32": 32, "i64": 64, "f64": 64}
_LANE_TYPES = {"i8": ("i32", 8), "i16": ("i32", 16), "i32": ("i32", 32), "i64": ("i64", 64), "f32": ("f32", 32),
               "f64": ("f64", 64)}


def _v128_bits(rng: random.Random) -> int:
    """128 random bits, or lanes of one lane type each drawn from the special values or at random."""
    if rng.random() < 0.3:
        return rng.getrandbits(128)
    scalar, width = _LANE_TYPES[rng.choice(sorted(_LANE_TYPES))]
    bits = 0
    for lane in range(128 // width):
        value = rng.choice(_SPECIAL_BITS[scalar]) if rng.random() < 0.5 else rng.getrandbits(width)
        bits |= (value & ((1 << width) - 1)) << (lane * width)
    return bits


def argument_bits(seed: int, export_name: str, call_number: int, params) -> list[int]:
    """Deterministic raw arguments for one call, one int per value (a v128 is a 128-bit int);
    references are always null (0)."""
    rng = random.Random(f"{seed}/{export_name}/{call_number}")
    args = []
    for ty in params:
        if ty == "v128":
            args.append(_v128_bits(rng))
        elif ty not in _WIDTH:
            args.append(0)
        elif rng.random() < 0.5:
            args.append(rng.choice(_SPECIAL_BITS[ty]))
        else:
            args.append(rng.getrandbits(_WIDTH[ty]))
    return args
