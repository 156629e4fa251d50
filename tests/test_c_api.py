"""The C API of an artifact (compile option c_api, aot/capi/): artifacts built with `c_api="app"` are
driven from the arm64 Python with plain ctypes, as a C program would use them (`app_new`, one
function per export, `app_free`), and still load through the Python runtime; spec modules
instantiate alike through both (a differential check), and the Mach-O build runs under the
Unicorn loader."""

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
grow, size = fn("grow", [I32], [I32]), fn("size", [], [I32])
load, store = fn("load", [I32], [I32]), fn("store", [I32, I32], [])
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


TABLE_WAT = """
(module
  (type $ii (func (param i32) (result i32)))
  (type $v (func))
  (table (export "tab") 5 funcref)
  (elem (i32.const 0) $double $square $nothing)
  (func $double (type $ii) (i32.mul (local.get 0) (i32.const 2)))
  (func $square (type $ii) (i32.mul (local.get 0) (local.get 0)))
  (func $nothing (type $v))
  (func (export "call") (param i32 i32) (result i32)
    (call_indirect (type $ii) (local.get 1) (local.get 0)))
  (func (export "grow") (param i32) (result i32) (table.grow (ref.func $square) (local.get 0)))
)
"""


def test_call_indirect(tmp_path):
    out = drive(tmp_path, TABLE_WAT, """
call, grow = fn("call", [I32, I32], [I32]), fn("grow", [I32], [I32])
lib.app_table_tab_size.restype = U64
lib.app_table_tab_size.argtypes = [P]
instance, out["trap"] = new()
out["calls"] = [call(instance, 0, 21), call(instance, 1, 12)]
out["mismatch"], out["uninitialized"], out["outside"] = call(instance, 2, 1), call(instance, 3, 1), call(instance, 5, 1)
out["size"] = lib.app_table_tab_size(instance)
out["grow"] = grow(instance, 2)
out["size2"] = lib.app_table_tab_size(instance)
out["grown"] = call(instance, 6, 9)
out["too_far"] = grow(instance, 10_000_000)
lib.app_free(instance)
""")
    assert out["trap"] == 0 and out["calls"] == [[0, [42]], [0, [144]]]
    assert out["mismatch"] == [7, None] and out["uninitialized"] == [8, None]
    assert out["outside"] == [9, None]   # "undefined element"
    assert out["size"] == 5 and out["grow"] == [0, [5]] and out["size2"] == 7 and out["grown"] == [0, [81]]
    assert out["too_far"] == [0, [-1]]


IMPORTS_WAT = """
(module
  (import "host" "add" (func $add (param i32 i64) (result i64)))
  (import "host" "offset" (global $offset i32))
  (import "host" "mem" (memory 1 2))
  (global $seen (export "seen") (mut i32) (global.get $offset))
  (data (global.get $offset) "ab")
  (func (export "add") (param i32 i64) (result i64) (call $add (local.get 0) (local.get 1)))
  (func (export "peek") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
)
"""

IMPORTS_SCRIPT = """
libc = ctypes.CDLL(None)
libc.malloc.restype = P
libc.malloc.argtypes = [ctypes.c_size_t]
ADD = ctypes.CFUNCTYPE(I32, P, I32, I64, ctypes.POINTER(I64))
calls = []
@ADD
def host_add(env, a, b, result):
    calls.append(env)
    if a < 0:
        return 3
    result[0] = a + b + 1000
    return 0
class Memory(ctypes.Structure):
    _fields_ = [("base", P), ("size", U64), ("max_size", U64)]
class Imports(ctypes.Structure):
    _fields_ = [("env", P), ("add", ADD), ("offset", ctypes.POINTER(I32 * 4)), ("mem", ctypes.POINTER(Memory))]
offset = (I32 * 4)(100, -1)   # the bytes after an i32 are not its
memory = Memory(libc.malloc(65536), 65536, 1 << 40)
ctypes.memset(memory.base, 0, 65536)
imports = Imports(1234, host_add, ctypes.pointer(offset), ctypes.pointer(memory))
add, peek, grow = fn("add", [I32, I64], [I64]), fn("peek", [I32], [I32]), fn("grow", [I32], [I32])
lib.app_global_seen_get.restype = I32
lib.app_global_seen_get.argtypes = [P]
instance, out["trap"] = new(ctypes.byref(imports))
out["seen"] = lib.app_global_seen_get(instance)
out["data"] = list(ctypes.string_at(memory.base + 100, 2))
out["add"] = add(instance, 5, 1 << 40)
out["envs"] = calls[:]
out["host_trap"] = add(instance, -1, 0)
out["peek"] = peek(instance, 101)
out["grow"] = grow(instance, 1)
out["size"] = memory.size
ctypes.memmove(memory.base + 65536 + 5, b"z", 1)
out["peek2"] = peek(instance, 65536 + 5)
out["grow_past"] = grow(instance, 1)
lib.app_free(instance)
imports.mem = None
out["missing"] = new(ctypes.byref(imports))
out["no_imports"] = new(None)
"""


def test_imports(tmp_path):
    out = drive(tmp_path, IMPORTS_WAT, IMPORTS_SCRIPT)
    assert out["trap"] == 0 and out["seen"] == 100 and out["data"] == list(b"ab")
    assert out["add"] == [0, [5 + (1 << 40) + 1000]] and out["envs"] == [1234]
    assert out["host_trap"] == [3, None]
    assert out["peek"] == [0, [ord("b")]]
    assert out["grow"] == [0, [1]] and out["size"] == 2 * 65536 and out["peek2"] == [0, [ord("z")]]
    assert out["grow_past"] == [0, [-1]]
    assert out["missing"] == [None, 28] and out["no_imports"] == [None, 28]


def test_instantiation_failures(tmp_path):
    """A trapping start function and an out-of-bounds data segment: NULL and the trap code."""
    start = drive(tmp_path, """
(module
  (memory 1)
  (data (i32.const 0) "x")
  (func $start (i32.store (i32.const 65536) (i32.const 1)))
  (start $start))
""", """out["new"] = new()\nout["no_trap_pointer"] = lib.app_new(None, None)""")
    assert start == {"new": [None, 5], "no_trap_pointer": None}
    data = drive(tmp_path, """
(module
  (memory 1)
  (table 1 funcref)
  (func $f)
  (elem (i32.const 0) $f)
  (data (i32.const 65535) "xy"))
""", """out["new"] = new()""")
    assert data == {"new": [None, 5]}
    elem = drive(tmp_path, """
(module (table 1 funcref) (func $f) (elem (i32.const 1) $f $f))
""", """out["new"] = new()""")
    assert elem == {"new": [None, 6]}
    unreachable = drive(tmp_path, "(module (func $s unreachable) (start $s))", """out["new"] = new()""")
    assert unreachable == {"new": [None, 1]}


VALUES_WAT = """
(module
  (func (export "swap") (param i32 i64 f32 f64) (result f64 f32 i64 i32)
    (local.get 3) (local.get 2) (local.get 1) (local.get 0))
  (func (export "mix") (param f32 i32 f64 v128) (result v128 f64)
    (i32x4.add (local.get 3) (i32x4.splat (local.get 1)))
    (f64.add (local.get 2) (f64.promote_f32 (local.get 0))))
  (func (export "narrow") (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
)
"""


def test_values(tmp_path):
    out = drive(tmp_path, VALUES_WAT, """
swap = fn("swap", [I32, I64, F32, F64], [F64, F32, I64, I32])
mix = fn("mix", [F32, I32, F64, V128], [V128, F64])
narrow = fn("narrow", [I32], [I32])
instance, out["trap"] = new()
out["swap"] = swap(instance, -7, -(1 << 40), 1.5, 2.25)
out["mix"] = mix(instance, 0.5, 3, 10.0, V128(0x0000_0002_0000_0001, 0xFFFF_FFFF_0000_0004))
# upper 32 bits of an int argument are undefined in C: pass garbage there through a 64-bit prototype
raw = lib.app_narrow
raw.restype, raw.argtypes = I32, [P, U64, ctypes.POINTER(I32)]
result = I32()
out["narrow"] = [raw(instance, (0xDEAD << 32) | 41, ctypes.byref(result)), result.value]
lib.app_free(instance)
""")
    assert out["trap"] == 0
    assert out["swap"] == [0, [2.25, 1.5, -(1 << 40), -7]]
    low, high = 0x0000_0005_0000_0004, 0x0000_0002_0000_0007
    assert out["mix"] == [0, [[low, high], 10.5]]
    assert out["narrow"] == [0, 42]


GLOBALS_WAT = """
(module
  (global (export "i") (mut i32) (i32.sub (i32.const 10) (i32.const 3)))
  (global (export "l") (mut i64) (i64.mul (i64.const 3) (i64.const -5)))
  (global (export "f") (mut f32) (f32.const 1.5))
  (global (export "d") f64 (f64.const -2.5))
  (global (export "v") (mut v128) (v128.const i64x2 1 2))
  (global $r (mut funcref) (ref.func $read))
  (func $read (export "read") (result i32 i64 f32 v128)
    (global.get 0) (global.get 1) (global.get 2) (global.get 4))
)
"""


def test_globals(tmp_path):
    out = drive(tmp_path, GLOBALS_WAT, """
def accessors(name, ctype):
    get = getattr(lib, f"app_global_{name}_get")
    get.restype, get.argtypes = ctype, [P]
    setter = getattr(lib, f"app_global_{name}_set", None)
    if setter is not None:
        setter.restype, setter.argtypes = None, [P, ctype]
    return get, setter
types = {"i": I32, "l": I64, "f": F32, "d": F64, "v": V128}
access = {name: accessors(name, ctype) for name, ctype in types.items()}
read = fn("read", [], [I32, I64, F32, V128])
instance, out["trap"] = new()
def values():
    return {name: plain(get(instance) if name == "v" else types[name](get(instance)))
            for name, (get, _) in access.items()}
out["initial"] = values()
out["settable"] = sorted(name for name, (_, setter) in access.items() if setter is not None)
access["i"][1](instance, -9)
access["l"][1](instance, 1 << 50)
access["f"][1](instance, -0.25)
access["v"][1](instance, V128(5, 6))
out["read"] = read(instance)
out["after"] = values()
lib.app_free(instance)
""")
    assert out["trap"] == 0
    assert out["initial"] == {"i": 7, "l": -15, "f": 1.5, "d": -2.5, "v": [1, 2]}
    assert out["settable"] == ["f", "i", "l", "v"]
    assert out["read"] == [0, [-9, 1 << 50, -0.25, [5, 6]]]
    assert out["after"] == {"i": -9, "l": 1 << 50, "f": -0.25, "d": -2.5, "v": [5, 6]}


def test_new_free_does_not_leak(tmp_path):
    """10,000 instances made and freed (each with a 64 KiB memory and a 160 KB table): the process's
    resident size grows by less than 1 MiB."""
    with_memory = TABLE_WAT.replace("(table (export", "(memory 1)\n  (data (i32.const 0) \"d\")\n  (table (export")
    with_memory = with_memory.rstrip()[:-1] + "  (table 20000 funcref))"   # 160 KB of elements each
    out = drive(tmp_path, with_memory, """
call = fn("call", [I32, I32], [I32])
def rss():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
for _ in range(200):   # warm up the allocator
    instance, _ = new(); lib.app_free(instance)
before = rss()
failures = 0
for _ in range(10_000):
    instance, trap = new()
    failures += trap != 0 or call(instance, 1, 3) != (0, [9])
    lib.app_free(instance)
out["failures"], out["growth_kib"] = failures, rss() - before
""")
    assert out["failures"] == 0
    assert out["growth_kib"] < 1024


def test_refused_module_is_one_line(tmp_path):
    from wasmoon_aot.aot.capi.plan import CApiError
    with pytest.raises(CApiError) as refused:
        wat_artifact(tmp_path / "x.so", "(module (tag $e) (func (export \"f\") (throw $e)))", c_api="app",
                     bounds_checks="explicit")
    assert "\n" not in str(refused.value) and "exception" in str(refused.value)
    deep = "(i32.const 1)" + "".join(f" (i32.add (i32.const {n})" for n in range(8)) + ")" * 8
    with pytest.raises(CApiError, match="constant expression"):
        wat_artifact(tmp_path / "y.so", f"(module (global i32 {deep}))", c_api="app", bounds_checks="explicit")


SEGMENTS_WAT = """
(module
  (memory (export "mem") 1)
  (memory $wide i64 1 3)
  (table $t 4 funcref (ref.func $seven))
  (table $big i64 2 funcref)
  (elem $passive func $eight)
  (elem declare func $seven)
  (data $bytes "\\01\\02\\03")
  (type $r (func (result i32)))
  (func $seven (type $r) (i32.const 7))
  (func $eight (type $r) (i32.const 8))
  (func (export "at") (param i32) (result i32) (call_indirect $t (type $r) (local.get 0)))
  (func (export "init_table") (param i32) (table.init $t $passive (local.get 0) (i32.const 0) (i32.const 1)))
  (func (export "drop_elem") (elem.drop $passive))
  (func (export "init_memory") (param i32) (memory.init $bytes (local.get 0) (i32.const 0) (i32.const 3)))
  (func (export "drop_data") (data.drop $bytes))
  (func (export "grow_wide") (param i64) (result i64) (memory.grow $wide (local.get 0)))
  (func (export "store_wide") (param i64 i32) (i32.store8 $wide (local.get 0) (local.get 1)))
  (func (export "grow_big") (param i64) (result i64) (table.grow $big (ref.null func) (local.get 0)))
  (func (export "size_big") (result i64) (table.size $big))
)
"""


def test_segments_and_indexed_grows(tmp_path):
    """Passive segments through memory.init/table.init and their drops, a table's initial value, and the
    indexed memory.grow and table.grow64 of 64-bit memories and tables."""
    out = drive(tmp_path, SEGMENTS_WAT, """
at, init_table, drop_elem = fn("at", [I32], [I32]), fn("init_table", [I32], []), fn("drop_elem", [], [])
init_memory, drop_data = fn("init_memory", [I32], []), fn("drop_data", [], [])
grow_wide, store_wide = fn("grow_wide", [I64], [I64]), fn("store_wide", [I64, I32], [])
grow_big, size_big = fn("grow_big", [I64], [I64]), fn("size_big", [], [I64])
lib.app_memory_mem.restype = P
lib.app_memory_mem.argtypes = [P, P]
instance, out["trap"] = new()
out["initial"] = [at(instance, i) for i in range(4)]
out["table_init"] = [init_table(instance, 2), at(instance, 2), drop_elem(instance), init_table(instance, 1)]
out["memory_init"] = [init_memory(instance, 10), drop_data(instance), init_memory(instance, 20)]
out["bytes"] = list(ctypes.string_at(lib.app_memory_mem(instance, None), 24)[10:24])
out["wide"] = [store_wide(instance, 65536, 1), grow_wide(instance, 1), store_wide(instance, 65536, 1),
               grow_wide(instance, 2), grow_wide(instance, 1)]
out["big"] = [size_big(instance), grow_big(instance, 3), size_big(instance), grow_big(instance, 1 << 40)]
lib.app_free(instance)
""")
    assert out["trap"] == 0
    assert out["initial"] == [[0, [7]]] * 4
    assert out["table_init"] == [[0, []], [0, [8]], [0, []], [6, None]]
    assert out["memory_init"] == [[0, []], [0, []], [5, None]]
    assert out["bytes"] == [1, 2, 3] + [0] * 11
    assert out["wide"] == [[5, None], [0, [1]], [0, []], [0, [-1]], [0, [2]]]
    assert out["big"] == [[0, [2]], [0, [2]], [0, [5]], [0, [-1]]]


REENTRY_WAT = """
(module
  (import "host" "call_back" (func $call_back (param i32) (result i32)))
  (import "host" "many" (func $many (param f64 f64 f64 f64 f64 f64 f64 v128 f32) (result v128 f64)))
  (export "reexported" (func $call_back))
  (memory 1)
  (func (export "enter") (param i32) (result i32) (call $call_back (local.get 0)))
  (func (export "inner") (param i32) (result i32) (i32.mul (local.get 0) (i32.const 3)))
  (func (export "many") (result v128 f64)
    (call $many (f64.const 1) (f64.const 2) (f64.const 3) (f64.const 4) (f64.const 5) (f64.const 6)
                (f64.const 7) (v128.const i64x2 8 9) (f32.const 10)))
  (func $deep (export "deep") (param i32) (result i32) (i32.add (call $deep (local.get 0)) (i32.const 1)))
)
"""


def test_reentry_stack_arguments_and_overflow(tmp_path):
    """An import that calls back into the instance, a re-exported import, an import whose Wasm
    arguments partly travel on the stack, and a stack overflow trapping with its code."""
    out = drive(tmp_path, REENTRY_WAT, """
enter, inner, reexported = fn("enter", [I32], [I32]), fn("inner", [I32], [I32]), fn("reexported", [I32], [I32])
many, deep = fn("many", [], [V128, F64]), fn("deep", [I32], [I32])
current = []
CALL_BACK = ctypes.CFUNCTYPE(I32, P, I32, ctypes.POINTER(I32))
@CALL_BACK
def call_back(env, value, result):
    code, results = inner(current[0], value + 1)
    if code:
        return code
    result[0] = results[0] + 1
    return 0
MANY = ctypes.CFUNCTYPE(I32, P, F64, F64, F64, F64, F64, F64, F64, U64, U64, F32, ctypes.POINTER(V128),
                        ctypes.POINTER(F64))
seen = []
@MANY
def host_many(env, a, b, c, d, e, f, g, lo, hi, h, vector, total):
    seen.extend([a, b, c, d, e, f, g, lo, hi, h])
    vector[0] = V128(lo + 1, hi + 1)
    total[0] = a + b + c + d + e + f + g + h
    return 0
class Imports(ctypes.Structure):
    _fields_ = [("env", P), ("call_back", CALL_BACK), ("many", MANY)]
imports = Imports(None, call_back, host_many)
instance, out["trap"] = new(ctypes.byref(imports))
current.append(instance)
out["enter"] = enter(instance, 4)
out["reexported"] = reexported(instance, 5)
out["many"] = many(instance)
out["seen"] = seen
out["deep"] = deep(instance, 0)
out["after"] = enter(instance, 1)
lib.app_free(instance)
""")
    assert out["trap"] == 0
    assert out["enter"] == [0, [(4 + 1) * 3 + 1]] and out["reexported"] == [0, [(5 + 1) * 3 + 1]]
    assert out["seen"] == [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8, 9, 10.0]
    assert out["many"] == [0, [[9, 10], 38.0]]
    assert out["deep"] == [11, None] and out["after"] == [0, [7]]


def test_the_same_code_runs_from_a_mach_o_dylib():
    """The Mach-O build of a C library, mapped and bound by the Unicorn loader (tests/macho_unicorn.py):
    its libc calls go through the binds, its trap messages through the rebased pointer table."""
    from macho_unicorn import UnicornDylib
    from wasmoon_aot.aot.compiler import compile_bytes
    from wasmoon_aot.aot.options import CompileOptions
    from wasmoon_aot.aot.wat import wat_to_wasm
    from wasmoon_aot.linker import write_macho
    compiled = compile_bytes(wat_to_wasm(MEMORY_WAT.encode()), CompileOptions(c_api="app", bounds_checks="explicit"))
    dylib = UnicornDylib(write_macho(compiled.image))
    trap, result = dylib.alloc(8), dylib.alloc(8)
    dylib.word(trap, 0xFFFF_FFFF)
    instance = dylib.call_c("app_new", 0, trap)
    assert instance and dylib.word(trap) & 0xFFFF_FFFF == 0
    assert dylib.call_c("app_load", instance, 9, result) == 0 and dylib.word(result) & 0xFF == ord("e")
    assert dylib.call_c("app_grow", instance, 1, result) == 0 and dylib.word(result) & 0xFFFF_FFFF == 1
    assert dylib.call_c("app_store", instance, 65536 + 3, 77) == 0
    assert dylib.call_c("app_load", instance, 65536 + 3, result) == 0 and dylib.word(result) & 0xFF == 77
    code = dylib.call_c("app_load", instance, 2 * 65536, result) & 0xFFFF_FFFF
    message = bytes(dylib.uc.mem_read(dylib.call_c("app_trap_message", code), 27))
    assert (code, message) == (5, b"out of bounds memory access")
    dylib.call_c("app_free", instance)
    assert {name for name, _ in dylib.c_calls} == {"calloc", "realloc", "memset", "memcpy", "free"}


# Spec files whose modules (those the C API takes whose imports, if any, are spectest's functions,
# globals and memory; those that trap instantiating too) make a differential check of instantiation:
# the C API and the Python runtime must agree on the trap, the exported memories, tables and
# globals, the imported memory, and each nullary export's trap code and result bits (called in
# the same order).  Each side gets spectest's items afresh per module: host functions that do
# nothing, the globals' values, a 1-page memory.
SPEC_FILES = ("bulk", "data", "elem", "exports", "global", "imports", "memory_copy", "memory_grow", "memory_init",
              "ref_func", "start", "table_copy", "table_grow", "table_init")
SPECTEST_GLOBALS = {"global_i32": ("i32", 666), "global_i64": ("i64", 666), "global_f32": ("f32", 666.6),
                    "global_f64": ("f64", 666.6)}
SPECTEST_IMPORTS = {"print", "print_i32", "print_i64", "print_f32", "print_f64", "print_i32_f32", "print_f64_f64",
                    "memory", *SPECTEST_GLOBALS}
DIFFERENTIAL = """
import ctypes, hashlib, json, struct, sys
from wasmoon_aot.runtime import load
from wasmoon_aot.runtime.errors import Trap

class V128(ctypes.Structure):
    _fields_ = [("lo", ctypes.c_uint64), ("hi", ctypes.c_uint64)]

P, U32, U64 = ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint64
GETTERS = {"i32": U32, "i64": U64, "f32": ctypes.c_float, "f64": ctypes.c_double, "v128": V128,
           "funcref": P, "externref": P}
RESULTS = {"i32": U32, "f32": U32, "i64": U64, "f64": U64, "funcref": U64, "externref": U64, "v128": V128}

def c_bits(value, ty):
    if ty == "f32":
        return struct.unpack("<I", struct.pack("<f", value))[0]
    if ty == "f64":
        return struct.unpack("<Q", struct.pack("<d", value))[0]
    if ty == "v128":
        return value.lo | value.hi << 64
    return int(bool(value)) if ty.endswith("ref") else value

def c_state(lib, instance, others):
    state = {}
    for name, c_name, kind, ty in others:
        if kind == "memory":
            f = getattr(lib, c_name)
            f.restype, f.argtypes = P, [P, ctypes.POINTER(U64)]
            size = U64()
            base = f(instance, ctypes.byref(size))
            state[name] = [size.value, hashlib.sha1(ctypes.string_at(base, size.value)).hexdigest()]
        elif kind == "table":
            f = getattr(lib, c_name)
            f.restype, f.argtypes = U64, [P]
            state[name] = f(instance)
        else:
            f = getattr(lib, c_name + "_get")
            f.restype, f.argtypes = GETTERS[ty], [P]
            state[name] = c_bits(f(instance), ty)
    return state

def py_state(exports, others):
    state = {}
    for name, _, kind, ty in others:
        item = exports[name]
        if kind == "memory":
            state[name] = [item.data_len, hashlib.sha1(item.read(0, item.data_len)).hexdigest()]
        elif kind == "table":
            state[name] = item.size
        else:
            bits = item.get_bits()
            state[name] = bits & 0xFFFF_FFFF if ty == "f32" else int(bool(bits)) if ty.endswith("ref") else bits
    return state

def result_bits(out, ty):
    if ty == "v128":
        return out.lo | out.hi << 64
    return int(bool(out.value)) if ty.endswith("ref") else out.value

def py_results(function, results):
    slots = iter(function.call_bits([]))
    values = []
    for ty in results:
        bits = next(slots)
        if ty == "v128":
            bits |= next(slots) << 64
        values.append(int(bool(bits)) if ty.endswith("ref") else bits)
    return values

class CMemory(ctypes.Structure):
    _fields_ = [("base", P), ("size", U64), ("max_size", U64)]

libc = ctypes.CDLL(None)
libc.calloc.restype, libc.calloc.argtypes = P, [ctypes.c_size_t, ctypes.c_size_t]
NOTHING = ctypes.CFUNCTYPE(ctypes.c_int)(lambda: 0)   # spectest's print functions: no results
GLOBALS = json.loads(sys.argv[2])

def spectest(imports):
    # The C imports struct and the Python runtime's imports for spectest items `imports`, a
    # function reading the imported memory on each side, and what the struct points at.
    from wasmoon_aot.runtime import Global, Memory
    fields, alive, python, memory = [None], [], {}, [None, None]
    for name, kind in imports:
        if kind == "func":
            fields.append(ctypes.cast(NOTHING, P).value)
            python[name] = lambda *args: None
        elif kind == "global":
            ty, value = GLOBALS[name]
            bits = struct.unpack("<I", struct.pack("<f", value))[0] if ty == "f32" else \\
                struct.unpack("<Q", struct.pack("<d", value))[0] if ty == "f64" else value
            alive.append((U64 * 2)(bits))
            fields.append(ctypes.addressof(alive[-1]))
            python[name] = Global(ty, value)
        else:
            memory = [CMemory(libc.calloc(65536, 1), 65536), Memory(1, 2)]
            fields.append(ctypes.addressof(memory[0]))
            python[name] = memory[1]
    alive.append(memory)
    def read():
        if memory[0] is None:
            return None
        return [hashlib.sha1(ctypes.string_at(memory[0].base, memory[0].size)).hexdigest(),
                hashlib.sha1(memory[1].read(0, memory[1].data_len)).hexdigest()]
    return (P * len(fields))(*fields), {"spectest": python} if imports else {}, read, alive

report = []
for path, functions, others, imports in json.load(open(sys.argv[1])):
    lib = ctypes.CDLL(path)
    lib.app_new.restype, lib.app_new.argtypes = P, [P, ctypes.POINTER(ctypes.c_int)]
    c_imports, py_imports, imported_memory, kept_alive = spectest(imports)
    trap = ctypes.c_int(-1)
    instance = lib.app_new(c_imports, ctypes.byref(trap))
    try:
        kept = load(path, py_imports)   # the instance stays open (a closed one's globals read null)
        exports, code = kept.exports, 0
    except Trap as error:
        exports, code = None, int(error.code)
    seen = {"new": [trap.value, code]}
    if exports is not None and instance:
        seen["state"] = [c_state(lib, instance, others), py_state(exports, others)]
        for name, c_name, results in functions:
            f = getattr(lib, c_name)
            f.restype, f.argtypes = ctypes.c_int, [P, *[ctypes.POINTER(RESULTS[ty]) for ty in results]]
            outs = [RESULTS[ty]() for ty in results]
            c_code = f(instance, *[ctypes.byref(o) for o in outs])
            mine = [c_code, [result_bits(o, ty) for o, ty in zip(outs, results)] if c_code == 0 else None]
            try:
                theirs = [0, py_results(exports[name], results)]
            except Trap as error:
                theirs = [int(error.code), None]
            seen[name] = [mine, theirs]
        seen["after"] = [c_state(lib, instance, others), py_state(exports, others)]
        if imported_memory() is not None:
            seen["imported memory"] = imported_memory()
        lib.app_free.argtypes = [P]
        lib.app_free(instance)
    report.append([path, seen])
print(json.dumps(report))
"""


def _spec_libraries(tmp_path: Path) -> list:
    """The C libraries of SPEC_FILES' modules (see SPEC_FILES) that the C API accepts, with what the
    differential script needs of their exports and imports."""
    from wasmoon_aot.aot.capi import CApiError
    from wasmoon_aot.aot.compiler import compile_bytes
    from wasmoon_aot.aot.options import CompileOptions
    from wasmoon_aot.aot.spec import convert, paths
    from wasmoon_aot.aot.wasm import decode_module
    from wasmoon_aot.linker import write_elf
    suite = paths.suite_dir()
    if not (suite / "data.wast").exists():
        pytest.skip(f"spec suite not found at {suite} (set WASM_TESTSUITE)")
    libraries = []
    for stem in SPEC_FILES:
        converted = convert.convert(suite / f"{stem}.wast")
        for index, command in enumerate(converted.commands):
            if command["type"] not in ("module", "assert_uninstantiable") or \
                    command.get("module_type", "binary") != "binary":
                continue
            data = converted.module_path(command["filename"]).read_bytes()
            if any(imp.module != "spectest" or imp.name not in SPECTEST_IMPORTS
                   for imp in decode_module(data).imports):
                continue
            try:
                compiled = compile_bytes(data, CompileOptions(c_api="app", bounds_checks="explicit"))
            except CApiError:
                continue
            path = tmp_path / f"{stem}-{index}.so"
            path.write_bytes(write_elf(compiled.image))
            exports = compiled.c_api_plan.exports
            functions = [[e.wasm_name, e.c_name, e.type.results] for e in exports
                         if e.kind == "func" and not e.type.params]
            others = [[e.wasm_name, e.c_name, e.kind, e.valtype] for e in exports if e.kind != "func"]
            imports = [[imp.name, imp.kind] for imp in compiled.c_api_plan.imports]
            libraries.append([str(path), functions, others, imports])
    return libraries


def test_spec_modules_instantiate_as_in_the_python_runtime(tmp_path):
    libraries = _spec_libraries(tmp_path)
    manifest = tmp_path / "libraries.json"
    manifest.write_text(json.dumps(libraries))
    result = run_in_process(tmp_path, DIFFERENTIAL, str(manifest), json.dumps(SPECTEST_GLOBALS), timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(report) == len(libraries) > 50
    disagreements = [(Path(path).name, key, pair) for path, seen in report for key, pair in seen.items()
                     if pair[0] != pair[1]]
    assert disagreements == []
    assert sum(seen["new"][0] != 0 for _, seen in report) > 0    # some instantiations trap, alike
