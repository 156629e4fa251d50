"""The C API of an artifact (compile option c_api, aot/capi/): artifacts built with `c_api="app"` are
driven from the arm64 Python with plain ctypes, as a C program would use them (`app_new`, one
function per export, `app_free`), and still load through the Python runtime."""

from __future__ import annotations

import json
import math
import struct
from pathlib import Path

import pytest

from guest import run_in_process, wat_artifact

# What every driver script starts with: the library, `new(imports)` -> (instance, trap code),
# `fn(name, params, results)` -> call(instance, *args) -> (code, [results] or None), and `out`,
# the dict printed as JSON at the end.
PRELUDE = """
import ctypes, json, sys
lib = ctypes.CDLL(sys.argv[1])
P = ctypes.c_void_p
I32, I64, F32, F64, U64 = ctypes.c_int, ctypes.c_longlong, ctypes.c_float, ctypes.c_double, ctypes.c_ulonglong

class V128(ctypes.Structure):
    _fields_ = [("lo", U64), ("hi", U64)]

lib.app_new.restype = P
lib.app_new.argtypes = [P, ctypes.POINTER(I32)]
lib.app_free.argtypes = [P]
lib.app_trap_message.restype = ctypes.c_char_p
lib.app_trap_message.argtypes = [I32]

def new(imports=None):
    trap = I32(-1)
    instance = lib.app_new(imports, ctypes.byref(trap))
    return instance, trap.value

def plain(value):
    return [value.lo, value.hi] if isinstance(value, V128) else value.value

def fn(name, params, results):
    f = getattr(lib, "app_" + name)
    f.restype = I32
    f.argtypes = [P, *params, *[ctypes.POINTER(r) for r in results]]
    def call(instance, *args):
        outs = [r() for r in results]
        code = f(instance, *args, *[ctypes.byref(o) for o in outs])
        return code, ([plain(o) for o in outs] if code == 0 else None)
    return call

out = {}
"""


def drive(tmp_path: Path, wat: str, script: str, **options) -> dict:
    """Build `wat` as a C library (prefix app) and run PRELUDE + `script` on it; the `out` it fills."""
    artifact = wat_artifact(tmp_path / "app.so", wat, c_api="app", bounds_checks="explicit", **options)
    result = run_in_process(tmp_path, PRELUDE + script + "\nprint(json.dumps(out))\n", artifact)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def signed64(value: int) -> int:
    value &= (1 << 64) - 1
    return value - (1 << 64) if value >> 63 else value


# The spec's fac.wast module (its functions, as the suite has them).
FAC_WAT = """
(module
  (func (export "fac-rec") (param i64) (result i64)
    (if (result i64) (i64.eq (local.get 0) (i64.const 0))
      (then (i64.const 1))
      (else (i64.mul (local.get 0) (call 0 (i64.sub (local.get 0) (i64.const 1)))))))
  (func $fac-rec-named (export "fac-rec-named") (param $n i64) (result i64)
    (if (result i64) (i64.eq (local.get $n) (i64.const 0))
      (then (i64.const 1))
      (else (i64.mul (local.get $n) (call $fac-rec-named (i64.sub (local.get $n) (i64.const 1)))))))
  (func (export "fac-iter") (param i64) (result i64)
    (local i64 i64)
    (local.set 1 (local.get 0))
    (local.set 2 (i64.const 1))
    (block
      (loop
        (if (i64.eq (local.get 1) (i64.const 0))
          (then (br 2))
          (else
            (local.set 2 (i64.mul (local.get 1) (local.get 2)))
            (local.set 1 (i64.sub (local.get 1) (i64.const 1)))))
        (br 0)))
    (local.get 2))
  (func (export "fac-opt") (param i64) (result i64)
    (local i64)
    (local.set 1 (i64.const 1))
    (block
      (br_if 0 (i64.lt_s (local.get 0) (i64.const 2)))
      (loop
        (local.set 1 (i64.mul (local.get 1) (local.get 0)))
        (local.set 0 (i64.add (local.get 0) (i64.const -1)))
        (br_if 0 (i64.gt_s (local.get 0) (i64.const 1)))))
    (local.get 1))
  (func $pick0 (param i64) (result i64 i64) (local.get 0) (local.get 0))
  (func $pick1 (param i64 i64) (result i64 i64 i64) (local.get 0) (local.get 1) (local.get 0))
  (func (export "fac-ssa") (param i64) (result i64)
    (i64.const 1) (local.get 0)
    (loop $l (param i64 i64) (result i64)
      (call $pick1) (call $pick1) (i64.mul)
      (call $pick1) (i64.const 1) (i64.sub)
      (call $pick0) (i64.const 0) (i64.gt_u)
      (br_if $l)
      (drop) (return)))
)
"""
FAC_NAMES = ("fac-rec", "fac-rec-named", "fac-iter", "fac-opt", "fac-ssa")


def test_fac(tmp_path):
    out = drive(tmp_path, FAC_WAT, f"""
instance, out["trap"] = new()
for name in {list(FAC_NAMES)!r}:
    out[name] = [fn(name.replace("-", "_"), [I64], [I64])(instance, n) for n in (1, 5, 20, 25)]
lib.app_free(instance)
""")
    assert out["trap"] == 0
    for name in FAC_NAMES:
        assert out[name] == [[0, [signed64(math.factorial(n))]] for n in (1, 5, 20, 25)], name


MEMORY_WAT = """
(module
  (memory (export "mem") 1 4)
  (data (i32.const 8) "seg")
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "size") (result i32) (memory.size))
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "store") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
)
"""


def test_memory_grow(tmp_path):
    out = drive(tmp_path, MEMORY_WAT, """
grow, size, load, store = fn("grow", [I32], [I32]), fn("size", [], [I32]), fn("load", [I32], [I32]), fn("store", [I32, I32], [])
lib.app_memory_mem.restype = P
lib.app_memory_mem.argtypes = [P, ctypes.POINTER(U64)]
instance, out["trap"] = new()
def memory():
    length = U64()
    base = lib.app_memory_mem(instance, ctypes.byref(length))
    return base, length.value
base, out["bytes"] = memory()
out["segment"] = list(ctypes.string_at(base + 8, 3))
out["size0"] = size(instance)
out["beyond"] = load(instance, 65536)
out["grow1"] = grow(instance, 1)
out["size1"] = size(instance)
out["store"] = store(instance, 65536 + 7, 42)
base, out["bytes1"] = memory()
out["seen"] = ctypes.string_at(base + 65536 + 7, 1)[0]
ctypes.memmove(base + 100, b"\\x63", 1)
out["written"] = load(instance, 100)
out["fresh"] = load(instance, 65536 + 8)
out["too_far"] = grow(instance, 3)
out["grow0"] = grow(instance, 0)
out["grow2"] = grow(instance, 2)
out["top"] = load(instance, 4 * 65536 - 1)
out["past"] = load(instance, 4 * 65536)
out["message"] = lib.app_trap_message(out["past"][0]).decode()
lib.app_free(instance)
""")
    assert out["trap"] == 0 and out["bytes"] == 65536 and out["segment"] == list(b"seg")
    assert out["size0"] == [0, [1]] and out["beyond"] == [5, None]
    assert out["grow1"] == [0, [1]] and out["size1"] == [0, [2]] and out["bytes1"] == 2 * 65536
    assert out["store"] == [0, []] and out["seen"] == 42 and out["written"] == [0, [0x63]]
    assert out["fresh"] == [0, [0]]
    assert out["too_far"] == [0, [-1]]    # past the maximum of 4 pages
    assert out["grow0"] == [0, [2]] and out["grow2"] == [0, [2]]
    assert out["top"] == [0, [0]] and out["past"] == [5, None]
    assert out["message"] == "out of bounds memory access"


def test_python_runtime_loads_a_c_library(tmp_path):
    """The same artifact still instantiates and runs through wasmoon_aot.runtime."""
    artifact = wat_artifact(tmp_path / "app.so", MEMORY_WAT, c_api="app", bounds_checks="explicit")
    script = """
import json, sys
from wasmoon_aot.runtime import load
instance = load(sys.argv[1])
exports = instance.exports
print(json.dumps([exports.grow(1), exports.size(), exports.load(8), exports.load(9)]))
"""
    result = run_in_process(tmp_path, script, artifact)
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [1, 2, ord("s"), ord("e")]
