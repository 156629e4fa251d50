"""Threads: the atomic instructions' encodings (against capstone), every atomic operator compiled
both ways (--atomics lse and llsc) against a Python model of its memory effect and result,
the unaligned-atomic and bounds traps, wait/notify, shared memories' linking, and the wait
queues (runtime/waiters.py) under real Python threads."""

from __future__ import annotations

import random
import threading
import time

import capstone
import pytest

from wasmoon_aot.aot.isa.aarch64 import encode_atomics as A
from wasmoon_aot.runtime import LinkError, Memory, Trap, load
from wasmoon_aot.runtime.waiters import NOT_EQUAL, TIMED_OUT, WOKEN, Waiters

from guest import wat_artifact

_MD = capstone.Cs(capstone.CS_ARCH_ARM64, capstone.CS_MODE_ARM)
_SUFFIX = {1: "b", 2: "h", 4: "", 8: ""}


def dis(word: int) -> str:
    insns = list(_MD.disasm(word.to_bytes(4, "little"), 0))
    assert insns, f"capstone cannot decode {word:#010x}"
    return f"{insns[0].mnemonic} {insns[0].op_str}"


def r(n: int, size: int) -> str:
    return f"{'x' if size == 8 else 'w'}{n}"


@pytest.mark.parametrize("size", [1, 2, 4, 8])
def test_encodings(size):
    s = _SUFFIX[size]
    assert dis(A.ldar(size, 3, 16)) == f"ldar{s} {r(3, size)}, [x16]"
    assert dis(A.stlr(size, 30, 5)) == f"stlr{s} {r(30, size)}, [x5]"
    assert dis(A.ldaxr(size, 0, 16)) == f"ldaxr{s} {r(0, size)}, [x16]"
    assert dis(A.stlxr(size, 17, 9, 16)) == f"stlxr{s} w17, {r(9, size)}, [x16]"
    assert dis(A.casal(size, 4, 7, 16)) == f"casal{s} {r(4, size)}, {r(7, size)}, [x16]"
    names = {"add": "ldaddal", "clr": "ldclral", "eor": "ldeoral", "set": "ldsetal", "swp": "swpal"}
    for op, name in names.items():
        assert dis(A.lse_rmw(op, size, 2, 11, 16)) == f"{name}{s} {r(2, size)}, {r(11, size)}, [x16]"
    assert dis(A.DMB_ISH) == "dmb ish"


# (export name, operator, value type, bytes, kind)
_WIDTHS = (("i32", "i32.atomic.rmw.{}", "i32", 4), ("i64", "i64.atomic.rmw.{}", "i64", 8),
           ("i32_8", "i32.atomic.rmw8.{}_u", "i32", 1), ("i32_16", "i32.atomic.rmw16.{}_u", "i32", 2),
           ("i64_8", "i64.atomic.rmw8.{}_u", "i64", 1), ("i64_16", "i64.atomic.rmw16.{}_u", "i64", 2),
           ("i64_32", "i64.atomic.rmw32.{}_u", "i64", 4))
_RMW = {"add": lambda old, v: old + v, "sub": lambda old, v: old - v, "and": lambda old, v: old & v,
        "or": lambda old, v: old | v, "xor": lambda old, v: old ^ v, "xchg": lambda old, v: v}
_LOADS = {("i32", 4): "i32.atomic.load", ("i64", 8): "i64.atomic.load", ("i32", 1): "i32.atomic.load8_u",
          ("i32", 2): "i32.atomic.load16_u", ("i64", 1): "i64.atomic.load8_u", ("i64", 2): "i64.atomic.load16_u",
          ("i64", 4): "i64.atomic.load32_u"}
_STORES = {("i32", 4): "i32.atomic.store", ("i64", 8): "i64.atomic.store", ("i32", 1): "i32.atomic.store8",
           ("i32", 2): "i32.atomic.store16", ("i64", 1): "i64.atomic.store8", ("i64", 2): "i64.atomic.store16",
           ("i64", 4): "i64.atomic.store32"}
OFFSET = 8  # every access has this memarg offset, so the effective address is addr + 8


def _module() -> str:
    funcs = []
    for name, pattern, ty, _ in _WIDTHS:
        for op in _RMW:
            funcs.append(f'(func (export "{op}_{name}") (param i32 {ty}) (result {ty}) '
                         f'({pattern.format(op)} offset={OFFSET} (local.get 0) (local.get 1)))')
        funcs.append(f'(func (export "cmpxchg_{name}") (param i32 {ty} {ty}) (result {ty}) '
                     f'({pattern.format("cmpxchg")} offset={OFFSET} (local.get 0) (local.get 1) (local.get 2)))')
    for (ty, size), load_op in _LOADS.items():
        funcs.append(f'(func (export "load_{ty}_{size}") (param i32) (result {ty}) '
                     f'({load_op} offset={OFFSET} (local.get 0)))')
        funcs.append(f'(func (export "store_{ty}_{size}") (param i32 {ty}) '
                     f'({_STORES[ty, size]} offset={OFFSET} (local.get 0) (local.get 1)))')
    return f"""(module (memory (export "memory") 1 1 shared)
  (func (export "fence") (atomic.fence))
  (func (export "wait32") (param i32 i32 i64) (result i32) (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "wait64") (param i32 i64 i64) (result i32) (memory.atomic.wait64 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "notify") (param i32 i32) (result i32) (memory.atomic.notify (local.get 0) (local.get 1)))
  {chr(10).join(funcs)})"""


@pytest.fixture(scope="module", params=["lse", "llsc"])
def atomics(request, tmp_path_factory):
    path = wat_artifact(tmp_path_factory.mktemp("atomics") / f"{request.param}.so", _module(), check=True,
                        atomics=request.param)
    with load(path) as instance:
        yield instance


def _signed(value: int, ty: str) -> int:
    bits = 64 if ty == "i64" else 32
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def _unsigned(value: int, ty: str) -> int:
    return value & ((1 << (64 if ty == "i64" else 32)) - 1)


def test_rmw_and_cmpxchg(atomics):
    rng = random.Random(7)
    memory = atomics.exports["memory"]
    for name, _, ty, size in _WIDTHS:
        mask = (1 << 8 * size) - 1
        for op, model in [*_RMW.items(), ("cmpxchg", None)]:
            for _ in range(3):
                addr = rng.randrange(0, 64, 8) + size * rng.randrange(8 // size)
                old = rng.getrandbits(64)
                memory.write(addr + OFFSET, old.to_bytes(8, "little") if addr + OFFSET + 8 <= 65536 else b"")
                value = rng.getrandbits(64 if ty == "i64" else 32)
                here = int.from_bytes(memory.read(addr + OFFSET, size), "little")
                if op == "cmpxchg":
                    expected = rng.choice([here, value, here | (rng.getrandbits(32) << 8 * size)])
                    result = atomics.exports[f"cmpxchg_{name}"](addr, _signed(expected, ty), _signed(value, ty))
                    new = value & mask if (expected & mask) == here else here
                else:
                    result = atomics.exports[f"{op}_{name}"](addr, _signed(value, ty))
                    new = model(here, value) & mask
                assert _unsigned(result, ty) == here, (op, name)
                assert int.from_bytes(memory.read(addr + OFFSET, size), "little") == new, (op, name)


def test_loads_and_stores(atomics):
    memory = atomics.exports["memory"]
    for (ty, size), _ in _LOADS.items():
        value = 0x8877665544332211 & ((1 << (64 if ty == "i64" else 32)) - 1)
        atomics.exports[f"store_{ty}_{size}"](16, _signed(value, ty))
        assert memory.read(16 + OFFSET, size) == (value & ((1 << 8 * size) - 1)).to_bytes(size, "little")
        assert _unsigned(atomics.exports[f"load_{ty}_{size}"](16), ty) == value & ((1 << 8 * size) - 1)
    atomics.exports["fence"]()


def test_unaligned_before_out_of_bounds(atomics):
    with pytest.raises(Trap, match="unaligned atomic"):
        atomics.exports["add_i32"](2, 1)
    with pytest.raises(Trap, match="unaligned atomic"):   # also out of bounds: the alignment trap wins
        atomics.exports["load_i64_8"](65535)
    with pytest.raises(Trap, match="out of bounds memory access"):
        atomics.exports["cmpxchg_i64_32"](65536 - OFFSET, 0, 0)
    atomics.exports["add_i32_8"](65535 - OFFSET, 1)    # the last byte is in bounds, and bytes are aligned
    with pytest.raises(Trap, match="out of bounds memory access"):
        atomics.exports["add_i32_8"](65536 - OFFSET, 1)


def test_wait_and_notify_on_shared_memory(atomics):
    memory = atomics.exports["memory"]
    memory.write(32, (5).to_bytes(8, "little"))
    assert atomics.exports["wait32"](32, 4, -1) == NOT_EQUAL
    assert atomics.exports["wait64"](32, 6, -1) == NOT_EQUAL
    started = time.monotonic()
    assert atomics.exports["wait32"](32, 5, 20_000_000) == TIMED_OUT   # 20 ms
    assert time.monotonic() - started >= 0.02
    assert atomics.exports["wait64"](32, 5, 0) == TIMED_OUT
    assert atomics.exports["notify"](32, 10) == 0
    with pytest.raises(Trap, match="unaligned atomic"):
        atomics.exports["wait64"](36, 0, 0)
    with pytest.raises(Trap, match="unaligned atomic"):
        atomics.exports["notify"](2, 1)
    with pytest.raises(Trap, match="out of bounds memory access"):
        atomics.exports["wait32"](65536, 0, 0)


def test_wait_traps_on_unshared_memory(tmp_path):
    path = wat_artifact(tmp_path / "unshared.so", """(module (memory 1 1)
      (func (export "wait") (result i32) (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const 0)))
      (func (export "notify") (result i32) (memory.atomic.notify (i32.const 0) (i32.const 1)))
      (func (export "add") (result i32) (i32.atomic.rmw.add (i32.const 4) (i32.const 3))))""")
    with load(path) as instance:
        assert instance.exports["notify"]() == 0
        assert instance.exports["add"]() == 0 and instance.exports["add"]() == 3  # atomics work unshared
        with pytest.raises(Trap, match="expected shared memory"):
            instance.exports["wait"]()


def test_shared_memory_linking(tmp_path):
    shared = wat_artifact(tmp_path / "shared.so", '(module (import "m" "mem" (memory 1 2 shared)))')
    unshared = wat_artifact(tmp_path / "unshared.so", '(module (import "m" "mem" (memory 1 2)))')
    shared_memory, plain_memory = Memory(1, 2, shared=True), Memory(1, 2)
    load(shared, {"m": {"mem": shared_memory}}).close()
    load(unshared, {"m": {"mem": plain_memory}}).close()
    for path, memory in ((shared, plain_memory), (unshared, shared_memory)):
        with pytest.raises(LinkError, match="incompatible import type"):
            load(path, {"m": {"mem": memory}})
    with pytest.raises(ValueError, match="shared memory must have maximum"):
        Memory(1, shared=True)


def test_waiters_under_threads():
    """Four threads wait at one address; a notify of 3 wakes three, the fourth times out, and a
    waiter whose value changed before it waited returns at once."""
    waiters, cell = Waiters(), [0]
    results = []

    def wait(timeout):
        results.append(waiters.wait(64, lambda: cell[0], 0, timeout))

    threads = [threading.Thread(target=wait, args=(int(2e9),)) for _ in range(3)]
    threads.append(threading.Thread(target=wait, args=(int(0.3e9),)))
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 5
    while sum(len(q) for q in waiters._queues.values()) < 4 and time.monotonic() < deadline:
        time.sleep(0.005)
    assert waiters.notify(128, 5) == 0         # another address: nobody
    assert waiters.notify(64, 3) == 3
    for thread in threads:
        thread.join(5)
    assert sorted(results) == [WOKEN, WOKEN, WOKEN, TIMED_OUT]
    cell[0] = 1
    assert waiters.wait(64, lambda: cell[0], 0, -1) == NOT_EQUAL
    assert waiters.notify(64, 1) == 0


_PARALLEL_WAT = """(module (import "env" "memory" (memory 1 64 shared))
  (func (export "grow") (result i32) (memory.grow (i32.const 1)))
  (func (export "count") (param $n i32)
    (loop $l (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "wait") (param i32 i32 i64) (result i32) (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
  (func (export "notify") (param i32 i32) (result i32) (memory.atomic.notify (local.get 0) (local.get 1))))"""

# In the AArch64 Python, where instances run in the calling process: two stores (one per thread)
# link one shared memory; each thread adds 1 N times at once (their calls overlap: the GIL is released
# while Wasm code runs), then one waits (no timeout) until the other's notify wakes it; then both grow
# it a page at a time, each grow returning an old size of its own.
_PARALLEL_SCRIPT = """
import sys, threading, time
from wasmoon_aot.runtime import Memory, Store, load
path, n = sys.argv[1], int(sys.argv[2])
memory = Memory(1, 64, shared=True)
instances = [load(path, {"env": {"memory": memory}}, store=Store()) for _ in range(2)]
spans = []
def count(instance):
    started = time.monotonic()
    instance.exports["count"](n)
    spans.append((started, time.monotonic()))
threads = [threading.Thread(target=count, args=(i,)) for i in instances]
for t in threads: t.start()
for t in threads: t.join()
print("count", int.from_bytes(memory.read(0, 4), "little"))
print("overlap", max(s for s, _ in spans) < min(e for _, e in spans))
got = []
waiter = threading.Thread(target=lambda: got.append(instances[0].exports["wait"](8, 0, -1)))
waiter.start()
deadline, woken = time.monotonic() + 60, 0
while not woken and time.monotonic() < deadline:
    woken = instances[1].exports["notify"](8, 1)
    time.sleep(0.01)
waiter.join(60)
print("woken", woken, "wait", got)
olds = []
def grow(instance):
    olds.extend(instance.exports["grow"]() for _ in range(30))
threads = [threading.Thread(target=grow, args=(i,)) for i in instances]
for t in threads: t.start()
for t in threads: t.join()
print("grown", sorted(olds) == list(range(1, 61)), memory.size)
"""


@pytest.mark.parametrize("mode", ["lse", "llsc"])
def test_two_threads_share_one_memory(tmp_path, mode):
    from guest import run_in_process
    artifact = wat_artifact(tmp_path / f"parallel-{mode}.so", _PARALLEL_WAT, atomics=mode)
    n = 2_000_000
    done = run_in_process(tmp_path, _PARALLEL_SCRIPT, artifact, str(n), timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:4] == [f"count {2 * n}", "overlap True", f"woken 1 wait [{WOKEN}]",
                                            "grown True 61"]


_THREAD_WAST = """(module $Mem (memory (export "shared") 1 1 shared))
(thread $T1 (shared (module $Mem))
  (register "mem" $Mem)
  (module (memory (import "mem" "shared") 1 1 shared)
    (func (export "run") (i32.atomic.store (i32.const 0) (i32.const 42))))
  (invoke "run"))
(wait $T1)
(register "mem" $Mem)
(module (memory (import "mem" "shared") 1 1 shared)
  (func (export "get") (result i32) (i32.atomic.load (i32.const 0))))
(assert_return (invoke "get") (i32.const 42))
(assert_return (invoke "get") (i32.const 43))
"""


def test_spec_harness_runs_thread_blocks(tmp_path):
    """A thread block's store into the shared memory is seen after its wait (the last assertion
    is wrong on purpose: the harness really compares)."""
    from wasmoon_aot.aot.spec.engine import Engine
    from wasmoon_aot.aot.spec.runner import run_file
    path = tmp_path / "thread.wast"
    path.write_text(_THREAD_WAST)
    result = run_file(path, Engine(so_cache=tmp_path), tmp_path / "cache")
    assert result["counts"]["thread"] == {"passed": 1, "failed": 0, "skipped": 0}
    assert result["counts"]["wait"] == {"passed": 1, "failed": 0, "skipped": 0}
    assert result["counts"]["assert_return"] == {"passed": 1, "failed": 1, "skipped": 0}
    assert [f["line"] for f in result["failures"]] == [12]
