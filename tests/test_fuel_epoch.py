"""Fuel metering and epoch interruption (wasmtime-shaped): compile options, store API, timeout=, CLI."""

from __future__ import annotations

import threading
import time

import pytest

from wasmoon_aot.aot import cli
from wasmoon_aot.aot.compiler import compile_bytes
from wasmoon_aot.aot.ir import function as ir
from wasmoon_aot.aot.ir.build import build_function
from wasmoon_aot.aot.isa.aarch64.lower import lower_function
from wasmoon_aot.aot.module_env import ModuleEnv
from wasmoon_aot.aot.opt import optimize
from wasmoon_aot.aot.options import CompileOptions
from wasmoon_aot.aot.wasm import decode_module
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.linker import write_elf
from wasmoon_aot.runtime import Store, Trap, TrapCode, increment_epoch, load

OUT_OF_FUEL = "all fuel consumed by WebAssembly"

LOOPS_WAT = """
(module
  (import "env" "probe" (func $probe))
  (memory 1)
  (func $sum (export "sum") (param $n i32) (result i32) (local $i i32) (local $acc i32)
    (block $done
      (loop $top
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $acc (i32.add (local.get $acc) (i32.load (i32.const 0))))
        (local.set $acc (i32.add (local.get $acc) (local.get $i)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $top)))
    (local.get $acc))
  (func (export "spin") (loop $l (br $l)))
  (func $fib (export "fib") (param i64) (result i64)
    (if (result i64) (i64.lt_u (local.get 0) (i64.const 2))
      (then (local.get 0))
      (else (i64.add (call $fib (i64.sub (local.get 0) (i64.const 1)))
                     (call $fib (i64.sub (local.get 0) (i64.const 2)))))))
  (func (export "probe_twice") (call $probe) (call $probe)))
"""
# Fuel one iteration of $sum's loop costs: every operator in it but `loop` itself
# (free, like block/end/nop/drop/else): 4 in the br_if line, 5 + 4 + 4 in the three
# local.set lines, 1 for the br.
SUM_ITERATION_FUEL = 4 + 5 + 4 + 4 + 1


def _probe_imports(calls: list):
    return {"env": {"probe": lambda: calls.append(1)}}


@pytest.fixture(scope="module")
def wasm():
    return wat_to_wasm(LOOPS_WAT.encode())


def _build(tmp_path, wasm: bytes, name: str, **options) -> str:
    path = tmp_path / f"{name}.so"
    path.write_bytes(write_elf(compile_bytes(wasm, CompileOptions(**options)).image))
    return str(path)


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory, wasm):
    folder = tmp_path_factory.mktemp("interrupt")
    return {"plain": _build(folder, wasm, "plain"),
            "fuel": _build(folder, wasm, "fuel", consume_fuel=True),
            "epoch": _build(folder, wasm, "epoch", epoch_interruption=True)}


def _instance(path: str, calls=None, fuel=None, deadline_ticks=None):
    store = Store()
    if fuel is not None:
        store.set_fuel(fuel)
    if deadline_ticks is not None:
        store.set_epoch_deadline(deadline_ticks)
    return load(path, _probe_imports([] if calls is None else calls), store=store), store


# --- compile options ------------------------------------------------------------

INTERRUPTION_IR = {ir.STORE_PTR, ir.FUEL_LOAD, ir.FUEL_STORE, ir.EPOCH_CHECK, ir.FUEL_CHECK}
INTERRUPTION_VCODE = {"load_word", "store_word", "fuel_check", "epoch_check"}


def _ops(wasm: bytes, **options) -> tuple[set, set]:
    """IR opcodes and VCode ops of every defined function, compiled with `options`."""
    module = decode_module(wasm)
    env = ModuleEnv(module, CompileOptions(**options))
    ir_ops, vcode_ops = set(), set()
    for index in range(env.num_imported_funcs, env.num_imported_funcs + len(module.codes)):
        f = optimize(build_function(env, index))
        ir_ops.update(f.inst_op)
        vcode, _ = lower_function(env, f)
        vcode_ops.update(inst.op for inst in vcode.insts)
    return ir_ops, vcode_ops


def test_options_off_add_nothing_and_builds_repeat_byte_for_byte(wasm):
    ir_ops, vcode_ops = _ops(wasm)
    assert not ir_ops & INTERRUPTION_IR and not vcode_ops & INTERRUPTION_VCODE
    plain = compile_bytes(wasm)
    assert "consume_fuel" not in plain.metadata and "epoch_interruption" not in plain.metadata
    assert write_elf(plain.image) == write_elf(compile_bytes(wasm).image)
    for options, expected in (({"consume_fuel": True}, {"fuel_check", "load_word", "store_word"}),
                              ({"epoch_interruption": True}, {"epoch_check", "load_word"})):
        assert expected <= _ops(wasm, **options)[1]
        result = compile_bytes(wasm, CompileOptions(**options))
        assert all(result.metadata[key] is True for key in options)
        assert write_elf(result.image) == write_elf(compile_bytes(wasm, CompileOptions(**options)).image)
        assert write_elf(result.image) != write_elf(plain.image)


def test_options_off_artifact_ignores_store_limits(artifacts):
    instance, store = _instance(artifacts["plain"])   # fuel 0 and deadline 0: nobody checks them
    assert instance.exports.sum(100) == 4950 and store.get_fuel() == 0
    with pytest.raises(ValueError, match="epoch-interruption"):
        instance.exports.sum(3, timeout=1.0)


# --- fuel -------------------------------------------------------------------------

def test_fuel_starts_at_zero_so_the_first_call_traps(artifacts):
    instance, store = _instance(artifacts["fuel"])
    with pytest.raises(Trap) as caught:
        instance.exports.sum(1)
    assert caught.value.code == TrapCode.OUT_OF_FUEL and str(caught.value).startswith(OUT_OF_FUEL)
    assert store.get_fuel() == 0


def test_set_get_fuel_round_trip_and_consumption_is_monotone(artifacts):
    instance, store = _instance(artifacts["fuel"])
    for fuel in (0, 1, 123_456, 2**63 - 1):
        store.set_fuel(fuel)
        assert store.get_fuel() == fuel
    with pytest.raises(ValueError):
        store.set_fuel(-1)
    store.set_fuel(1_000_000)
    left = [store.get_fuel()]
    for n in (0, 1, 10, 100):
        instance.exports.sum(n)
        left.append(store.get_fuel())
    assert left == sorted(left, reverse=True) and len(set(left)) == len(left)
    # Each iteration of the loop costs exactly its operators.
    spent = [a - b for a, b in zip(left, left[1:])]
    assert spent[2] - spent[1] == 9 * SUM_ITERATION_FUEL
    assert spent[3] - spent[2] == 90 * SUM_ITERATION_FUEL


def test_fuel_runs_out_at_about_the_right_amount(artifacts):
    n = 1000
    instance, store = _instance(artifacts["fuel"], fuel=n * SUM_ITERATION_FUEL + 100)
    assert instance.exports.sum(n) == n * (n - 1) // 2
    store.set_fuel(n * SUM_ITERATION_FUEL - 100)   # a few iterations short
    with pytest.raises(Trap, match=OUT_OF_FUEL) as caught:
        instance.exports.sum(n)
    assert caught.value.func_name == "sum" and store.get_fuel() == 0
    store.set_fuel(10_000)
    with pytest.raises(Trap, match=OUT_OF_FUEL):
        instance.exports.spin()
    store.set_fuel(50)   # fuel is reset: the store is usable again
    assert instance.exports.sum(2) == 1


def test_fuel_stops_recursion_without_loops_and_survives_host_calls(artifacts):
    calls = []
    instance, store = _instance(artifacts["fuel"], calls, fuel=5_000)
    with pytest.raises(Trap, match=OUT_OF_FUEL):
        instance.exports.fib(40)
    store.set_fuel(100_000)
    assert instance.exports.fib(10) == 55
    before = store.get_fuel()
    instance.exports.probe_twice()
    assert calls == [1, 1] and 0 < before - store.get_fuel() <= 2


# --- epochs -----------------------------------------------------------------------

def _tick_later(seconds: float) -> threading.Timer:
    timer = threading.Timer(seconds, increment_epoch)
    timer.start()
    return timer


def test_epoch_deadline_zero_traps_at_once_and_ticks_interrupt_an_endless_loop(artifacts):
    instance, store = _instance(artifacts["epoch"])
    with pytest.raises(Trap, match="interrupt") as caught:
        instance.exports.sum(1)
    assert caught.value.code == TrapCode.INTERRUPT
    store.set_epoch_deadline(1)
    assert instance.exports.sum(100) == 4950
    timer = _tick_later(0.3)
    started = time.monotonic()
    with pytest.raises(Trap, match="interrupt") as caught:
        instance.exports.spin()
    timer.join()
    assert caught.value.func_name == "spin" and time.monotonic() - started >= 0.25
    store.set_epoch_deadline(1)   # a new deadline: the store runs again
    assert instance.exports.sum(10) == 45


def test_recursive_function_without_loops_is_interrupted(artifacts):
    instance, store = _instance(artifacts["epoch"], deadline_ticks=1)
    timer = _tick_later(0.3)
    with pytest.raises(Trap, match="interrupt"):
        instance.exports.fib(60)   # about 2**42 calls: only the entry checks can stop it
    timer.join()


def test_timeout_interrupts_only_that_call(artifacts):
    instance, store = _instance(artifacts["epoch"], deadline_ticks=1000)
    started = time.monotonic()
    with pytest.raises(Trap, match="interrupt"):
        instance.exports.spin(timeout=0.3)
    assert 0.25 <= time.monotonic() - started < 60
    assert instance.exports.sum(10, timeout=30) == 45   # returns in time: no trap
    assert instance.exports.sum(100) == 4950            # the store's own deadline is back
    with pytest.raises(Trap, match="interrupt"):
        instance.exports.fib(60, timeout=0.3)
    with pytest.raises(ValueError):
        instance.exports.sum(1, timeout=0)



# --- command line -------------------------------------------------------------------

@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


def test_cli_run_fuel_and_timeout(tmp_path, cache_home, capfd):
    source = tmp_path / "loops.wat"
    source.write_text(LOOPS_WAT.replace('(import "env" "probe" (func $probe))', "")
                      .replace("(call $probe) (call $probe)", "(nop)"))
    assert cli.main(["run", str(source), "--invoke", "sum", "100", "--fuel", "100000"]) == 0
    assert capfd.readouterr().out == "4950\n"
    assert cli.main(["run", str(source), "--invoke", "sum", "100000", "--fuel", "1000"]) == 2
    assert capfd.readouterr().err.startswith(f"trap: {OUT_OF_FUEL} (in sum")
    assert cli.main(["run", str(source), "--invoke", "spin", "--timeout", "0.3"]) == 2
    assert capfd.readouterr().err.startswith("trap: interrupt (in spin")
    assert cli.main(["run", str(source), "--invoke", "sum", "10", "--timeout", "30"]) == 0
    assert capfd.readouterr().out == "45\n"
    built = tmp_path / "plain.so"
    assert cli.main(["build", str(source), "-o", str(built)]) == 0
    assert cli.main(["run", str(built), "--invoke", "spin", "--timeout", "0.3"]) == 1
    assert capfd.readouterr().err.strip().endswith("--timeout needs an artifact built with --epoch-interruption")
    both = tmp_path / "both.so"
    assert cli.main(["build", str(source), "-o", str(both), "--consume-fuel", "--epoch-interruption"]) == 0
    capfd.readouterr()
    assert cli.main(["run", str(both), "--invoke", "sum", "10"]) == 0   # no limit asked: none applied
    assert capfd.readouterr().out == "45\n"


def test_restarted_worker_starts_from_a_clean_store_block(artifacts):
    from wasmoon_aot.runtime import abi
    from wasmoon_aot.runtime.emulator import runs_natively
    if runs_natively():
        pytest.skip("stores have no worker on an AArch64 host")
    import ctypes
    import os
    import signal
    store = Store()
    store.set_fuel(10_000)
    killed = load(artifacts["fuel"], {"env": {"probe": lambda: os.kill(killed.worker.process.pid, signal.SIGKILL)}},
                  store=store)
    with pytest.raises(Exception):
        killed.exports.probe_twice()   # the worker dies inside the call, its entry word still set
    fresh = load(artifacts["fuel"], _probe_imports([]), store=store)
    assert fresh.exports.sum(10) == 45 and store.get_fuel() > 0
    entry_sp = ctypes.c_uint64.from_buffer(store._block, abi.STORE_ENTRY_SP).value
    assert entry_sp == 0, "the new worker must not inherit the dead one's entry stack pointer"
