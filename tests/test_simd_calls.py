"""v128 values live across calls, compiled and run: every lane must come back intact.

A call keeps only the low 64 bits of v8..v15 (AAPCS64), so a v128 live across
one must not sit there.  `run` loads WIDE v128 values and SCALARS f64 values from
memory (bytes Python chose, so nothing folds), adds a v128.const, then keeps them
all live across a direct call, a call_indirect and a host (Python) call, and
stores them back.  The Wasm callee `$clobber` holds CLOBBER v128 values at once,
which takes every allocatable vector register, v8..v15 included (it saves only
their low halves, as the ABI allows): any v128 the caller left in a register
across the call loses bits.  Both register allocators, checked.
"""

from __future__ import annotations

import random
import re
import struct

import pytest

from wasmoon_aot.aot.compiler import compile_bytes
from wasmoon_aot.aot.listing import module_listing
from wasmoon_aot.aot.options import CompileOptions
from wasmoon_aot.aot.wasm.features import FEATURES
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.linker import write_elf
from wasmoon_aot.runtime import load

pytestmark = pytest.mark.skipif(not FEATURES["simd"].compile, reason="simd is unsupported in the feature table")

WIDE = 12
SCALARS = 6
CLOBBER = 30
INPUT, OUTPUT, SCRATCH_IN, SCRATCH_OUT = 0, 1024, 4096, 8192
CONST = 0x0F0E0D0C_0B0A0908_07060504_03020100
CONST_TEXT = "v128.const i64x2 0x0706050403020100 0x0F0E0D0C0B0A0908"
ARG = WIDE   # the v128 argument of each call is input value ARG (after the scalars)


def module_text() -> str:
    wide_locals = " ".join(["v128"] * (WIDE + 3))
    scalar_locals = " ".join(["f64"] * SCALARS)
    first_scalar = 1 + WIDE + 3
    loads = "".join(f"(local.set {1 + k} (v128.load offset={16 * k} (local.get 0)))" for k in range(WIDE))
    loads += "".join(f"(local.set {first_scalar + k} (f64.load offset={16 * WIDE + 8 * k} (local.get 0)))"
                     for k in range(SCALARS))
    const = f"(local.set {1 + WIDE} ({CONST_TEXT}))"
    arg = f"(v128.load offset={16 * ARG + 8 * SCALARS} (local.get 0))"
    calls = (f"(local.set {2 + WIDE} (call $clobber {arg} (i32.const 1)))"
             f"(local.set {3 + WIDE} (call_indirect (type $vv) {arg} (i32.const 2) (i32.const 0)))"
             f"(drop (call $host (i32.const 3)))")
    stores = "".join(f"(v128.store offset={OUTPUT + 16 * k} (i32.const 0) (local.get {1 + k}))"
                     for k in range(WIDE + 3))
    stores += "".join(f"(f64.store offset={OUTPUT + 16 * (WIDE + 3) + 8 * k} (i32.const 0) "
                      f"(local.get {first_scalar + k}))" for k in range(SCALARS))
    clobber_loads = "".join(f"(local.set {2 + k} (v128.load offset={SCRATCH_IN + 16 * k} (i32.const 0)))"
                            for k in range(CLOBBER))
    clobber_stores = "".join(f"(v128.store offset={SCRATCH_OUT + 16 * k} (i32.const 0) (local.get {2 + k}))"
                             for k in reversed(range(CLOBBER)))
    return f"""
(module
  (import "host" "poke" (func $host (param i32) (result i32)))
  (type $vv (func (param v128 i32) (result v128)))
  (memory (export "memory") 1)
  (table 1 funcref)
  (elem (i32.const 0) $clobber)
  (func $clobber (type $vv) (local {" ".join(["v128"] * CLOBBER)})
    {clobber_loads}
    {clobber_stores}
    (local.get 0))
  (func (export "run") (param i32) (result i32) (local {wide_locals} {scalar_locals})
    {loads}
    {const}
    {calls}
    {stores}
    (i32.const 7)))
"""


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory):
    wasm = wat_to_wasm(module_text().encode())
    folder = tmp_path_factory.mktemp("simd_calls")
    paths = {}
    for regalloc in ("backtracking", "simple"):
        path = folder / f"{regalloc}.so"
        path.write_bytes(write_elf(compile_bytes(wasm, CompileOptions(regalloc=regalloc), check=True).image))
        paths[regalloc] = str(path)
    return paths


@pytest.mark.parametrize("regalloc", ["backtracking", "simple"])
def test_v128_values_survive_calls(artifacts, regalloc):
    rng = random.Random(13)
    pokes = []
    instance = load(artifacts[regalloc], {"host": {"poke": lambda x: pokes.append(x) or x + 1}})
    memory = instance.exports.memory
    wide = [rng.getrandbits(128) for _ in range(WIDE)]
    scalars = [rng.uniform(-1e6, 1e6) for _ in range(SCALARS)]
    argument = rng.getrandbits(128)
    clobber_values = bytes(rng.getrandbits(8) for _ in range(16 * CLOBBER))
    memory.write(INPUT, b"".join(v.to_bytes(16, "little") for v in wide) + struct.pack(f"<{SCALARS}d", *scalars)
                 + argument.to_bytes(16, "little"))
    memory.write(SCRATCH_IN, clobber_values)
    assert instance.exports.run(INPUT) == 7
    assert pokes == [3]
    out = memory.read(OUTPUT, 16 * (WIDE + 3) + 8 * SCALARS)
    got = [int.from_bytes(out[16 * k:16 * k + 16], "little") for k in range(WIDE + 3)]
    assert got == wide + [CONST, argument, argument]
    assert list(struct.unpack(f"<{SCALARS}d", out[16 * (WIDE + 3):])) == scalars
    # the callee really held CLOBBER vectors at once (and stored them reversed, unchanged)
    assert memory.read(SCRATCH_OUT, 16 * CLOBBER) == clobber_values


def test_the_callee_really_uses_v8_to_v15_and_the_caller_spills_its_v128s():
    """Else the run above would prove nothing about the partial clobber."""
    listing = module_listing(wat_to_wasm(module_text().encode()), "alloc")
    headers = re.findall(r"; spill slots: (\d+), callee-saved: (.*)", listing)
    (callee_slots, callee_saved), (caller_slots, caller_saved) = headers
    assert {f"d{n}" for n in range(8, 16)} <= set(callee_saved.split(", "))
    # the caller's v128 values cross the calls in 16-byte slots; its f64s in d8..d15
    assert int(caller_slots) >= 2 * WIDE
    assert len([name for name in caller_saved.split(", ") if name.startswith("d")]) >= SCALARS
