"""wasi-threads (runtime/wasi/threads.py): a hand-written program importing `wasi.thread-spawn` and a
shared memory spawns two threads that count with atomics and wake the main one; it runs in the
AArch64 Python (instances in the calling process) and through `wasmoon-aot run` (on this host the
worker): a spawned thread's `proc_exit` ends the program with its status, a trap there with
TRAP_STATUS, and main's return or `proc_exit` ends it without waiting for a thread still spinning."""

from __future__ import annotations

import subprocess
import sys

import pytest

from guest import run_in_process, wat_artifact
from wasmoon_aot.runtime import emulator
from wasmoon_aot.runtime.wasi import TRAP_STATUS

N = 100_000

# 0: the counter, 4: threads done, 8: a bit per thread id that ran, 64..: labels, 128..256: digits.
# Each thread adds 1 to the counter N times, sets its id's bit, counts itself done and notifies;
# main spawns two, waits (memory.atomic.wait32, no timeout) until both are done and prints
# "total T", "threads BITS" and each spawn's result with fd_write.
COUNTER_WAT = """(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "env" "memory" (memory 1 1 shared))
  (data (i32.const 64) "total threads spawned")
  (func (export "wasi_thread_start") (param $tid i32) (param $n i32)
    (loop $add
      (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
      (br_if $add (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (drop (i32.atomic.rmw.or (i32.const 8) (i32.shl (i32.const 1) (local.get $tid))))
    (drop (i32.atomic.rmw.add (i32.const 4) (i32.const 1)))
    (drop (memory.atomic.notify (i32.const 4) (i32.const 1))))
  (func $print (param $label i32) (param $len i32) (param $v i32)
    (local $at i32)
    (local.set $at (i32.const 255))
    (i32.store8 (i32.const 255) (i32.const 10))
    (loop $digit
      (local.set $at (i32.sub (local.get $at) (i32.const 1)))
      (i32.store8 (local.get $at) (i32.add (i32.const 48) (i32.rem_u (local.get $v) (i32.const 10))))
      (br_if $digit (local.tee $v (i32.div_u (local.get $v) (i32.const 10)))))
    (local.set $at (i32.sub (local.get $at) (i32.const 1)))
    (i32.store8 (local.get $at) (i32.const 32))
    (i32.store (i32.const 16) (local.get $label))
    (i32.store (i32.const 20) (local.get $len))
    (i32.store (i32.const 24) (local.get $at))
    (i32.store (i32.const 28) (i32.sub (i32.const 256) (local.get $at)))
    (drop (call $fd_write (i32.const 1) (i32.const 16) (i32.const 2) (i32.const 32))))
  (func (export "_start")
    (local $first i32) (local $second i32) (local $done i32)
    (local.set $first (call $spawn (i32.const N)))
    (local.set $second (call $spawn (i32.const N)))
    (loop $wait
      (local.set $done (i32.atomic.load (i32.const 4)))
      (if (i32.lt_u (local.get $done) (i32.const 2))
        (then (drop (memory.atomic.wait32 (i32.const 4) (local.get $done) (i64.const -1)))
              (br $wait))))
    (call $print (i32.const 64) (i32.const 5) (i32.atomic.load (i32.const 0)))
    (call $print (i32.const 70) (i32.const 7) (i32.atomic.load (i32.const 8)))
    (call $print (i32.const 78) (i32.const 7) (local.get $first))
    (call $print (i32.const 78) (i32.const 7) (local.get $second))))""".replace("(i32.const N)", f"(i32.const {N})")

# The spawned thread calls proc_exit(ARG), or traps when ARG is 0; main waits forever meanwhile.
ENDING_WAT = """(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "env" "memory" (memory 1 1 shared))
  (func (export "wasi_thread_start") (param $tid i32) (param $arg i32)
    (if (local.get $arg) (then (call $exit (local.get $arg))) (else unreachable)))
  (func (export "_start")
    (drop (call $spawn (i32.const ARG)))
    (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))))"""

# The spawned thread marks itself running and spins forever; main waits for the mark, then calls
# proc_exit(ARG), or returns when ARG is 0: the program ends without waiting for the spinning thread.
MAIN_ENDS_WAT = """(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "env" "memory" (memory 1 1 shared))
  (func (export "wasi_thread_start") (param $tid i32) (param $arg i32)
    (i32.atomic.store (i32.const 0) (i32.const 1))
    (drop (memory.atomic.notify (i32.const 0) (i32.const 1)))
    (loop $spin (br $spin)))
  (func (export "_start")
    (drop (call $spawn (i32.const 0)))
    (loop $wait
      (if (i32.eqz (i32.atomic.load (i32.const 0)))
        (then (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1))) (br $wait))))
    (if (i32.const ARG) (then (call $exit (i32.const ARG))))))"""

# The spawned thread stores 5 + host.seven() (an unknown import: a stand-in under `run`); main
# waits for it and exits with that value.
STAND_IN_WAT = """(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "host" "seven" (func $seven (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "env" "memory" (memory 1 1 shared))
  (func (export "wasi_thread_start") (param $tid i32) (param $arg i32)
    (i32.atomic.store (i32.const 4) (i32.add (call $seven) (i32.const 5)))
    (i32.atomic.store (i32.const 0) (i32.const 1))
    (drop (memory.atomic.notify (i32.const 0) (i32.const 1))))
  (func (export "_start")
    (drop (call $spawn (i32.const 0)))
    (loop $wait
      (if (i32.eqz (i32.atomic.load (i32.const 0)))
        (then (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1))) (br $wait))))
    (call $exit (i32.atomic.load (i32.const 4)))))"""

ENDINGS = [(7, 7, ""), (0, TRAP_STATUS, "trap: unreachable (in wasi_thread_start")]  # (ARG, status, stderr)

EXPECTED = f"total {2 * N}\nthreads {(1 << 1) | (1 << 2)}\nspawned 1\nspawned 2\n"

_SCRIPT = """
import sys
from wasmoon_aot.runtime import Memory, Store, WasiConfig, load, run_command
memory = Memory(1, 1, shared=True)
instance = load(sys.argv[1], {"env": {"memory": memory}}, wasi=WasiConfig(argv=["prog"]), store=Store())
status = run_command(instance)
sys.stdout.flush()
print("status", status)
"""


def test_threads_count_in_process(tmp_path):
    artifact = wat_artifact(tmp_path / "counter.so", COUNTER_WAT)
    done = run_in_process(tmp_path, _SCRIPT, artifact)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout == EXPECTED + "status 0\n"


@pytest.mark.parametrize("arg, status, stderr", ENDINGS)
def test_a_spawned_thread_ends_the_process_in_process(tmp_path, arg, status, stderr):
    artifact = wat_artifact(tmp_path / "ending.so", ENDING_WAT.replace("ARG", str(arg)))
    done = run_in_process(tmp_path, _SCRIPT, artifact)
    assert (done.returncode, done.stdout) == (status, "")
    assert done.stderr.startswith(stderr), done.stderr[-2000:]


@pytest.mark.parametrize("arg", [0, 9])
def test_main_ending_ends_the_program_in_process(tmp_path, arg):
    artifact = wat_artifact(tmp_path / "main.so", MAIN_ENDS_WAT.replace("ARG", str(arg)))
    done = run_in_process(tmp_path, _SCRIPT, artifact)
    assert (done.returncode, done.stdout) == (0, f"status {arg}\n"), done.stderr[-2000:]


# Main exits with 3 if thread-spawn fails (returns -1), else 4.
SPAWN_RESULT_WAT = """(module
  (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
  (import "lib" "seven" (func $seven (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "env" "memory" (memory 1 1 shared))
  (func (export "wasi_thread_start") (param i32 i32))
  (func (export "_start")
    (call $exit (select (i32.const 3) (i32.const 4) (i32.eq (call $spawn (i32.const 0)) (i32.const -1))))))"""

_SPAWN_FAILS_SCRIPT = """
import sys
from wasmoon_aot.runtime import Memory, WasiConfig, load, run_command
lib = load(sys.argv[2])   # in the default store, with the program: a new thread's store cannot import its function
instance = load(sys.argv[1], {"env": {"memory": Memory(1, 1, shared=True)}, "lib": lib}, wasi=WasiConfig(argv=["prog"]))
print("status", run_command(instance))
"""


def test_thread_spawn_returns_minus_one_when_the_thread_cannot_be_instantiated(tmp_path):
    artifact = wat_artifact(tmp_path / "spawn.so", SPAWN_RESULT_WAT)
    lib = wat_artifact(tmp_path / "lib.so", '(module (func (export "seven") (result i32) (i32.const 7)))')
    done = run_in_process(tmp_path, _SPAWN_FAILS_SCRIPT, artifact, lib)
    assert (done.returncode, done.stdout) == (0, "status 3\n"), done.stderr[-2000:]


def _run(path, tmp_path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wasmoon_aot.aot.cli", "run", "--no-cache", *options, str(path)],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)


def test_run_makes_the_shared_memory_and_threads(tmp_path):
    (tmp_path / "counter.wat").write_text(COUNTER_WAT)
    done = _run(tmp_path / "counter.wat", tmp_path)
    assert (done.returncode, done.stdout) == (0, EXPECTED), done.stderr[-2000:]


@pytest.mark.parametrize("arg, status, stderr", ENDINGS)
def test_run_a_spawned_thread_ends_the_program(tmp_path, arg, status, stderr):
    (tmp_path / "ending.wat").write_text(ENDING_WAT.replace("ARG", str(arg)))
    done = _run(tmp_path / "ending.wat", tmp_path)
    assert (done.returncode, done.stdout) == (status, "")
    assert done.stderr.startswith(stderr), done.stderr[-2000:]


@pytest.mark.parametrize("arg", [0, 9])
def test_run_ends_when_main_ends(tmp_path, arg):
    (tmp_path / "main.wat").write_text(MAIN_ENDS_WAT.replace("ARG", str(arg)))
    done = _run(tmp_path / "main.wat", tmp_path)
    assert (done.returncode, done.stdout) == (arg, ""), done.stderr[-2000:]


def test_run_spawned_thread_and_client_host_functions(tmp_path):
    """thread-spawn gets no stand-in; a stand-in (a Python function of the `run` process) works from a
    spawned thread natively, while in a worker (only its main thread talks to the client) it traps."""
    (tmp_path / "stand_in.wat").write_text(STAND_IN_WAT)
    done = _run(tmp_path / "stand_in.wat", tmp_path, "--default-values-unknown-imports")
    if emulator.runs_natively():
        assert (done.returncode, done.stderr) == (5, "")
    else:
        assert done.returncode == TRAP_STATUS
        assert "cannot call a host function of the client (in wasi_thread_start" in done.stderr


def test_run_refuses_thread_spawn_without_an_imported_memory(tmp_path):
    (tmp_path / "bad.wat").write_text("""(module (import "wasi" "thread-spawn" (func (param i32) (result i32)))
      (memory 1 1 shared) (func (export "wasi_thread_start") (param i32 i32)) (func (export "_start")))""")
    done = _run(tmp_path / "bad.wat", tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "wasmoon-aot run: " + str(tmp_path / "bad.wat") + ": a module importing wasi.thread-spawn must import "
        "its memory and export wasi_thread_start"]
