"""No fault of one instance or store takes down another: two instances side by side (in one store and in
two stores) and, for each fault (host-call recursion, a killed worker, a failed WASI load, a bad artifact,
a negative grow, a timeout), the other still answers; the worker goes when its client goes; threads share
a store's one worker."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from guest import COUNTER_WAT, IMPORTER_WAT, compile_wat, run_in_process
from wasmoon_aot.aot.compiler import compile_bytes
from wasmoon_aot.aot.options import CompileOptions
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.linker import write_elf
from wasmoon_aot.runtime import LinkError, Store, Table, Trap, TrapCode, WasiConfig, WorkerError, load
from wasmoon_aot.runtime.errors import ArtifactError
from wasmoon_aot.runtime.emulator import runs_natively

needs_worker = pytest.mark.skipif(runs_natively(), reason="no worker process on an AArch64 host")


# down(n) = n, through n nested host calls: Wasm -> host -> Wasm -> ...
RECURSIVE_WAT = """
(module
  (import "env" "host" (func $host (param i32) (result i32)))
  (func (export "down") (param i32) (result i32)
    (if (result i32) (i32.eqz (local.get 0))
      (then (i32.const 0))
      (else (i32.add (i32.const 1) (call $host (i32.sub (local.get 0) (i32.const 1))))))))
"""

WASM_ONLY_RECURSION_WAT = """
(module
  (func $forever (export "forever") (param i32) (result i32)
    (i32.add (i32.const 1) (call $forever (local.get 0)))))
"""

# who() reads "who.txt" from the first preopen into memory[64..] and returns its length (-errno on failure);
# it also imports env.f, so `imports={"env": 42}` cannot link.
WHO_WAT = """
(module
  (import "wasi_snapshot_preview1" "path_open"
    (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
  (import "env" "f" (func $f))
  (memory (export "memory") 1)
  (data (i32.const 0) "who.txt")
  (func (export "who") (result i32)
    (local $errno i32)
    (local.set $errno (call $open (i32.const 3) (i32.const 0) (i32.const 0) (i32.const 7) (i32.const 0)
                                  (i64.const -1) (i64.const -1) (i32.const 0) (i32.const 16)))
    (if (local.get $errno) (then (return (i32.sub (i32.const 0) (local.get $errno)))))
    (i32.store (i32.const 32) (i32.const 64))
    (i32.store (i32.const 36) (i32.const 64))
    (local.set $errno (call $read (i32.load (i32.const 16)) (i32.const 32) (i32.const 1) (i32.const 40)))
    (if (local.get $errno) (then (return (i32.sub (i32.const 0) (local.get $errno)))))
    (i32.load (i32.const 40))))
"""

# The CLI runs this: it says "ready" on stdout, then spins forever.
SPIN_WAT = """
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "ready\\n")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 6))
    (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (loop (br 0))))
"""


def _side_by_side(tmp_path, same_store: bool):
    """A counter instance, and the store for the instance put beside it."""
    store = Store()
    neighbour = load(compile_wat(tmp_path, COUNTER_WAT, "counter"), store=store)
    assert neighbour.exports.bump() == 1
    return neighbour, store if same_store else Store()


def _recursive(path: str, store):
    holder = []
    instance = load(path, imports={"env": {"host": lambda n: holder[0].exports.down(n)}}, store=store)
    holder.append(instance)
    return instance


def _nested(levels: int, call):
    """`call()` from `levels` Python frames deeper: moves where the recursion limit strikes."""
    return call() if levels == 0 else _nested(levels - 1, call)


def _run_in_process(tmp_path: Path, script: str, *args: str) -> str:
    """Run `script` where artifacts load into the calling process (as on an AArch64 host); its stdout."""
    done = run_in_process(tmp_path, script, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


# --- host-call recursion ------------------------------------------------------------------------

@pytest.mark.parametrize("same_store", [True, False], ids=["one store", "two stores"])
def test_host_recursion_traps_cleanly_and_harms_no_one(tmp_path, same_store):
    neighbour, store = _side_by_side(tmp_path, same_store)
    recursive = _recursive(compile_wat(tmp_path, RECURSIVE_WAT, "recursive"), store)
    worker = getattr(recursive, "worker", None)
    assert recursive.exports.down(40) == 40
    for levels in range(12):  # the limit strikes at every point of the host -> Wasm -> host cycle
        with pytest.raises(Trap) as caught:
            _nested(levels, lambda: recursive.exports.down(5000))
        assert caught.value.code == TrapCode.STACK_OVERFLOW, caught.value
        assert str(caught.value).startswith("call stack exhausted")
        assert recursive.exports.down(40) == 40
        assert neighbour.exports.bump() == levels + 2
    if worker is not None:
        assert worker.alive and recursive.worker is worker   # never killed, never replaced


IN_PROCESS_RECURSION = """
import sys
from wasmoon_aot.runtime import Trap, load
holder = []
recursive = load(sys.argv[1], imports={"env": {"host": lambda n: holder[0].exports.down(n)}})
holder.append(recursive)
def nested(levels, call):
    return call() if levels == 0 else nested(levels - 1, call)
for levels in range(12):
    try:
        nested(levels, lambda: recursive.exports.down(5000))
    except Trap as trap:
        print(int(trap.code), recursive.exports.down(40))
"""


def test_host_recursion_traps_cleanly_in_process(tmp_path):
    """The same bound where no worker stands between: RecursionError never strikes inside the runtime."""
    output = _run_in_process(tmp_path, IN_PROCESS_RECURSION, compile_wat(tmp_path, RECURSIVE_WAT, "recursive"))
    assert output.splitlines() == [f"{int(TrapCode.STACK_OVERFLOW)} 40"] * 12


def test_recursion_inside_wasm_alone_traps_cleanly(tmp_path):
    neighbour, store = _side_by_side(tmp_path, same_store=True)
    instance = load(compile_wat(tmp_path, WASM_ONLY_RECURSION_WAT, "forever"), store=store)
    for _ in range(2):
        with pytest.raises(Trap, match="call stack exhausted"):
            instance.exports.forever(0)
    assert neighbour.exports.bump() == 2


# --- a killed worker ----------------------------------------------------------------------------

@needs_worker
def test_killed_worker_loses_only_its_store(tmp_path):
    counter = compile_wat(tmp_path, COUNTER_WAT, "counter")
    doomed_store, other_store = Store(), Store()
    doomed = load(counter, store=doomed_store)
    doomed_memory = doomed.exports.memory
    survivor = load(counter, store=other_store)
    assert doomed.exports.bump() == survivor.exports.bump() == 1
    old_pid = doomed.worker.process.pid
    os.kill(old_pid, signal.SIGKILL)
    doomed.worker.process.wait(timeout=30)

    with pytest.raises(WorkerError, match="worker"):
        doomed.exports.bump()
    with pytest.raises(WorkerError, match="worker"):
        doomed_memory.size
    with pytest.raises(WorkerError, match="lost with its store's worker"):   # not a LinkError
        load(compile_wat(tmp_path, IMPORTER_WAT, "importer"), imports={"m": doomed}, store=doomed_store)
    assert survivor.exports.bump() == 2

    reborn = load(counter, store=doomed_store)    # the store gets a fresh worker
    assert reborn.worker.process.pid != old_pid
    assert reborn.exports.bump() == 1
    assert load(counter).exports.bump() == 1      # and the default store is unharmed


# --- WASI descriptors of a failed load ----------------------------------------------------------

def _who_dirs(tmp_path: Path) -> dict[str, str]:
    dirs = {}
    for name in ("A", "B"):
        directory = tmp_path / name
        directory.mkdir()
        (directory / "who.txt").write_text(name)
        dirs[name] = str(directory)
    return dirs


def _who(instance) -> bytes:
    length = instance.exports.who()
    assert length >= 0, f"errno {-length}"
    return instance.exports.memory.read(64, length)


def _open_fds(worker) -> int:
    gc.collect()
    worker.request("ping")  # carries the drops of collected instances
    return len(os.listdir(f"/proc/{worker.process.pid}/fd"))


@pytest.mark.parametrize("same_store", [True, False], ids=["one store", "two stores"])
def test_failed_wasi_load_leaks_no_descriptors(tmp_path, same_store):
    neighbour, store = _side_by_side(tmp_path, same_store)
    who, dirs = compile_wat(tmp_path, WHO_WAT, "who"), _who_dirs(tmp_path)
    worker = None if runs_natively() else store.worker
    before = None if worker is None else _open_fds(worker)
    for bad_imports in ({"env": {"f": 42}}, {"env": {}}, {"env": 42}):
        with pytest.raises(LinkError):
            load(who, imports=bad_imports, wasi=WasiConfig(preopens=[(dirs["A"], "/data")]), store=store)
    if worker is not None:
        assert _open_fds(worker) == before
    instance = load(who, imports={"env": {"f": lambda: None}}, wasi=WasiConfig(preopens=[(dirs["B"], "/data")]),
                    store=store)
    assert _who(instance) == b"B"
    assert neighbour.exports.bump() == 2


@needs_worker
def test_interrupted_wasi_load_hands_its_descriptors_to_no_one(tmp_path, monkeypatch):
    """Interrupted after sending its fds and before its request: the next load still gets its own,
    and the worker, still in step, is kept."""
    who, dirs = compile_wat(tmp_path, WHO_WAT, "who"), _who_dirs(tmp_path)
    store = Store()
    neighbour = load(compile_wat(tmp_path, COUNTER_WAT, "counter"), store=store)
    worker = store.worker
    real_request = worker.channel.request

    def interrupted(op, **fields):
        if op == "load":
            raise KeyboardInterrupt
        return real_request(op, **fields)

    monkeypatch.setattr(worker.channel, "request", interrupted)
    imports = {"env": {"f": lambda: None}}
    with pytest.raises(KeyboardInterrupt):
        load(who, imports=imports, wasi=WasiConfig(preopens=[(dirs["A"], "/data")]), store=store)
    monkeypatch.undo()
    assert store.worker is worker and worker.alive
    instance = load(who, imports=imports, wasi=WasiConfig(preopens=[(dirs["B"], "/data")]), store=store)
    assert _who(instance) == b"B"
    assert neighbour.exports.bump() == 1


# --- the worker goes with its client ------------------------------------------------------------

def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except (OSError, ValueError):
            continue
        if entry.isdigit() and int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry))
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@needs_worker
@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_worker_exits_when_the_cli_is_killed(tmp_path, signal_number):
    spin = compile_wat(tmp_path, SPIN_WAT, "spin")
    cli = subprocess.Popen([sys.executable, "-m", "wasmoon_aot.aot.cli", "run", spin], stdout=subprocess.PIPE)
    try:
        assert cli.stdout.readline() == b"ready\n"   # the worker is spinning in Wasm now
        workers = _children(cli.pid)
        assert len(workers) == 1
        cli.send_signal(signal_number)
        cli.wait(timeout=30)
        deadline = time.monotonic() + 10
        while _running(workers[0]) and time.monotonic() < deadline:
            time.sleep(0.1)
        still_running = _running(workers[0])
        if still_running:
            os.kill(workers[0], signal.SIGKILL)
        assert not still_running, "the worker outlived its client"
    finally:
        cli.kill()
        cli.wait()


# --- threads ------------------------------------------------------------------------------------

SPIN_AND_OVERFLOW_WAT = """
(module
  (func $depth (export "depth") (param i32) (result i32)
    (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
      (else (i32.add (i32.const 1) (call $depth (i32.sub (local.get 0) (i32.const 1)))))))
  (func (export "spin") (param i32) (result i32)
    (loop (local.set 0 (i32.sub (local.get 0) (i32.const 1))) (br_if 0 (local.get 0)))
    (i32.const 7)))
"""

IN_PROCESS_THREADS = """
import sys, threading
from wasmoon_aot.runtime import Store, Trap, load
instance = load(sys.argv[1], store=Store())
done, outcomes = threading.Event(), set()
def spin():
    while not done.is_set():
        try:
            outcomes.add(instance.exports.spin(2_000_000))
        except Trap as trap:
            outcomes.add(f"spin: {trap}")
def overflow():
    for _ in range(40):
        try:
            instance.exports.depth(10 ** 6)
        except Trap as trap:
            outcomes.add(f"depth: {trap.message}")
    done.set()
threads = [threading.Thread(target=spin), threading.Thread(target=overflow)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(sorted(map(str, outcomes)))
"""


def test_threads_in_one_store_take_turns_in_process(tmp_path):
    """One thread's stack overflow is never another's: the store's one chain of entries serializes them."""
    output = _run_in_process(tmp_path, IN_PROCESS_THREADS, compile_wat(tmp_path, SPIN_AND_OVERFLOW_WAT, "spin"))
    assert output == "['7', 'depth: call stack exhausted']\n"


def test_threads_share_one_worker_per_store_and_link_across(tmp_path):
    counter, importer = compile_wat(tmp_path, COUNTER_WAT, "counter"), compile_wat(tmp_path, IMPORTER_WAT, "importer")
    store, count = Store(), 4
    barrier = threading.Barrier(count)
    providers, users, answers, failures = [None] * count, [None] * count, [None] * count, []

    def work(index: int) -> None:
        try:
            barrier.wait()
            providers[index] = load(counter, store=store)
            barrier.wait()   # link to the instance another thread made
            users[index] = load(importer, imports={"m": providers[(index + 1) % count]}, store=store)
            barrier.wait()
            answers[index] = [users[index].exports.twice() for _ in range(10)]
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            failures.append(exc)
            barrier.abort()

    threads = [threading.Thread(target=work, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    assert not failures, failures
    if not runs_natively():
        assert len({instance.worker.process.pid for instance in providers + users}) == 1
    for index in range(count):   # each provider was bumped twice per call of its one user
        assert answers[(index - 1) % count] == list(range(2, 21, 2))
        assert providers[index].exports.bump() == 21


# --- a bad artifact, a negative grow, a timeout -------------------------------------------------

SPIN_FOREVER_WAT = '(module (func (export "spin") (loop (br 0))))'


@pytest.mark.parametrize("same_store", [True, False], ids=["one store", "two stores"])
def test_bad_artifacts_are_refused_and_harm_no_one(tmp_path, same_store):
    import lief
    neighbour, store = _side_by_side(tmp_path, same_store)
    good = compile_wat(tmp_path, COUNTER_WAT, "good")
    data = Path(good).read_bytes()
    text = lief.parse(good).get_section(".text").file_offset
    flipped = bytearray(data)
    flipped[text + 8] ^= 0x40
    for name, bad in (("short.so", data[:len(data) // 2]), ("flipped.so", bytes(flipped)),
                      ("foreign.so", b"\x7fELF" + bytes(60))):
        (tmp_path / name).write_bytes(bad)
        with pytest.raises(ArtifactError):
            load(str(tmp_path / name), store=store)
    assert neighbour.exports.bump() == 2
    assert load(good, store=store).exports.bump() == 1


@pytest.mark.parametrize("same_store", [True, False], ids=["one store", "two stores"])
def test_negative_grow_is_refused_and_harms_no_one(tmp_path, same_store):
    neighbour, store = _side_by_side(tmp_path, same_store)
    victim = load(compile_wat(tmp_path, COUNTER_WAT, "victim"), store=store)
    victim.exports.memory.write(0, b"mine")
    for grow in (victim.exports.memory.grow, Table("externref", 1, store=store).grow):
        with pytest.raises(ValueError):
            grow(-5)
    assert neighbour.exports.bump() == 2
    assert victim.exports.memory.size == 1 and victim.exports.memory.read(0, 4) == b"mine"
    assert victim.exports.memory.grow(2) == 1 and victim.exports.bump() == 1


@pytest.mark.parametrize("same_store", [True, False], ids=["one store", "two stores"])
def test_timeout_interrupts_only_its_call(tmp_path, same_store):
    neighbour, store = _side_by_side(tmp_path, same_store)
    spinning = tmp_path / "spin.so"
    spinning.write_bytes(write_elf(compile_bytes(wat_to_wasm(SPIN_FOREVER_WAT.encode()),
                                                 CompileOptions(epoch_interruption=True)).image))
    spinner = load(str(spinning), store=store)
    outcome = []

    def spin():
        try:
            spinner.exports.spin(timeout=1.0)
        except Trap as trap:
            outcome.append(trap.code)

    thread = threading.Thread(target=spin)
    thread.start()
    answers = [neighbour.exports.bump()]
    while thread.is_alive():
        answers.append(neighbour.exports.bump())
    thread.join()
    assert outcome == [TrapCode.INTERRUPT]
    assert answers == list(range(2, 2 + len(answers)))
    with pytest.raises(Trap, match="interrupt"):
        spinner.exports.spin(timeout=0.2)  # the interrupted store runs again
