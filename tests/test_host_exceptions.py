"""KeyboardInterrupt and SystemExit raised by a host function leave the Wasm call as themselves (not
as a Trap's cause), through the worker and in-process alike, also from a nested call; the Wasm stack
unwinds through the trap path, so the instance (and the worker) stay usable.  Other exceptions
still become a Trap whose __cause__ is the original."""

from __future__ import annotations

import pytest

from guest import compile_wat, run_in_process
from wasmoon_aot.runtime import Trap, load

HOST_WAT = """
(module
  (import "host" "f" (func $f (param i32) (result i32)))
  (import "host" "outer" (func $outer (param i32) (result i32)))
  (func (export "call") (param i32) (result i32) (call $f (local.get 0)))
  (func (export "nested") (param i32) (result i32) (call $outer (local.get 0))))
"""

HOST = """
def host(exports):
    def f(x):
        if x == 1:
            raise KeyboardInterrupt
        if x == 2:
            raise SystemExit(3)
        if x == 3:
            raise ValueError("plain")
        return x + 100

    def outer(x):  # Wasm -> outer -> Wasm -> f
        return exports[0].call(x)
    return {"host": {"f": f, "outer": outer}}


def outcomes(load, path):
    exports = []
    instance = load(path, host(exports))
    exports.append(instance.exports)
    seen = []
    for name, arg in (("call", 1), ("call", 2), ("call", 3), ("nested", 1), ("nested", 2), ("call", 5)):
        try:
            seen.append(str(instance.exports[name](arg)))
        except SystemExit as exc:
            seen.append(f"SystemExit {exc.code}")
        except BaseException as exc:
            cause = exc.__cause__
            seen.append(type(exc).__name__ + (f" {type(cause).__name__}" if cause is not None else ""))
    return seen
"""
IN_PROCESS = HOST + """
import sys
from wasmoon_aot.runtime import load
print("|".join(outcomes(load, sys.argv[1])))
"""
EXPECTED = ["KeyboardInterrupt", "SystemExit 3", "Trap ValueError", "KeyboardInterrupt", "SystemExit 3", "105"]


def test_through_the_worker(tmp_path):
    from wasmoon_aot.runtime.emulator import runs_natively
    namespace = {}
    exec(HOST, namespace)
    path = compile_wat(tmp_path, HOST_WAT)
    assert namespace["outcomes"](load, path) == EXPECTED
    if not runs_natively():
        from wasmoon_aot.runtime.remote_store import shared_worker
        worker = shared_worker()
        pid = worker.process.pid
        assert namespace["outcomes"](load, path) == EXPECTED
        assert worker.alive and shared_worker().process.pid == pid, "the same worker serves on"


def test_in_process(tmp_path):
    done = run_in_process(tmp_path, IN_PROCESS, compile_wat(tmp_path, HOST_WAT))
    assert done.stdout.strip().split("|") == EXPECTED, done.stderr


def test_plain_exceptions_are_still_trap_causes(tmp_path):
    def fail(x):
        raise LookupError("gone")
    instance = load(compile_wat(tmp_path, HOST_WAT), {"host": {"f": fail, "outer": fail}})
    with pytest.raises(Trap) as caught:
        instance.exports.call(0)
    assert isinstance(caught.value.__cause__, LookupError)
