"""Python values going into Wasm are type-checked, on the worker path and the in-process path alike
(runtime/values.py serves both): TypeError for a non-int i32/i64 ("12", 1.9) or a non-real f32/f64,
OverflowError for an int in neither the signed nor the unsigned range of its width, where the old
conversion wrapped or truncated silently.  bool is an int, as in wasmtime-py.  Raw slots
(`call_bits`, the spec harness's path) are not checked."""

from __future__ import annotations

from fractions import Fraction

import pytest

from guest import compile_wat, run_in_process
from wasmoon_aot.aot import cli
from wasmoon_aot.runtime import Trap, load
from wasmoon_aot.runtime.values import to_bits

REJECTED = [
    ("i32", "12", TypeError), ("i32", 1.9, TypeError), ("i32", None, TypeError), ("i64", 2.0, TypeError),
    ("i32", 2**32, OverflowError), ("i32", -2**31 - 1, OverflowError), ("i32", 2**40, OverflowError),
    ("i64", 2**64, OverflowError), ("i64", -2**63 - 1, OverflowError),
    ("f32", "1.5", TypeError), ("f64", 1 + 2j, TypeError), ("f64", None, TypeError),
]
ACCEPTED = [
    ("i32", -2**31, 0x80000000), ("i32", 2**32 - 1, 0xFFFFFFFF), ("i32", True, 1), ("i32", False, 0),
    ("i64", -1, 2**64 - 1), ("i64", 2**64 - 1, 2**64 - 1), ("f64", 3, 0x4008000000000000),
    ("f32", Fraction(1, 2), 0x3F000000),
]


@pytest.mark.parametrize("ty, value, error", REJECTED, ids=lambda v: repr(v)[:20])
def test_to_bits_rejects(ty, value, error):
    with pytest.raises(error, match=ty):
        to_bits(ty, value)


@pytest.mark.parametrize("ty, value, bits", ACCEPTED, ids=lambda v: repr(v)[:20])
def test_to_bits_accepts(ty, value, bits):
    assert to_bits(ty, value) == bits


ID32_WAT = '(module (func (export "id32") (param i32) (result i32) (local.get 0)))'
VALUES_WAT = """
(module
  (import "host" "give_i32" (func $give_i32 (result i32)))
  (import "host" "give_f64" (func $give_f64 (result f64)))
  (global (export "g") (mut i32) (i32.const 0))
  (func (export "id32") (param i32) (result i32) (local.get 0))
  (func (export "idf64") (param f64) (result f64) (local.get 0))
  (func (export "host_i32") (result i32) (call $give_i32))
  (func (export "host_f64") (result f64) (call $give_f64)))
"""


class _Host:
    """Host functions returning whatever the test puts in `i32` and `f64`."""

    def __init__(self):
        self.i32, self.f64 = 0, 0.0

    def imports(self) -> dict:
        return {"host": {"give_i32": lambda: self.i32, "give_f64": lambda: self.f64}}


def test_exported_function_arguments(tmp_path):
    exports = load(compile_wat(tmp_path, VALUES_WAT), _Host().imports()).exports
    with pytest.raises(TypeError, match="argument 0: an i32 value must be an int, not str"):
        exports.id32("12")
    with pytest.raises(TypeError, match="not float"):
        exports.id32(1.9)
    with pytest.raises(OverflowError, match="argument 0: 1099511627776 is out of range for i32"):
        exports.id32(2**40)
    with pytest.raises(TypeError, match="an f64 value must be a real number, not str"):
        exports.idf64("1.0")
    assert exports.id32(True) == 1
    assert exports.id32(2**32 - 1) == -1
    assert exports.idf64(3) == 3.0
    assert exports["id32"].call_bits([2**64 - 1]) == [0xFFFFFFFF]   # raw slots pass as they are
    with pytest.raises(TypeError):
        exports.g.value = "12"
    with pytest.raises(OverflowError):
        exports.g.value = 2**40


def test_bool_and_rejections_follow_wasmtime_py(tmp_path):
    wasmtime = pytest.importorskip("wasmtime")
    store = wasmtime.Store()
    module = wasmtime.Module(store.engine, ID32_WAT)
    theirs = wasmtime.Instance(store, module, []).exports(store)["id32"]
    ours = load(compile_wat(tmp_path, VALUES_WAT), _Host().imports()).exports.id32
    assert ours(True) == theirs(store, True) == 1
    for value in ("12", 1.9, None):
        with pytest.raises(TypeError):
            theirs(store, value)
        with pytest.raises(TypeError):
            ours(value)


def test_host_function_results(tmp_path):
    host = _Host()
    exports = load(compile_wat(tmp_path, VALUES_WAT), host.imports()).exports
    for value, error in (("12", TypeError), (1.9, TypeError), (2**40, OverflowError)):
        host.i32 = value
        with pytest.raises(Trap) as caught:
            exports.host_i32()
        assert isinstance(caught.value.__cause__, error), caught.value
        assert "host function result 0" in str(caught.value.__cause__)
    host.f64 = "x"
    with pytest.raises(Trap) as caught:
        exports.host_f64()
    assert isinstance(caught.value.__cause__, TypeError)
    host.i32, host.f64 = True, 2
    assert (exports.host_i32(), exports.host_f64()) == (1, 2.0)


def test_cli_invoke_with_an_out_of_range_argument_is_one_line(tmp_path, capfd):
    source = tmp_path / "id.wat"
    source.write_text(ID32_WAT)
    assert cli.main(["run", str(source), "--no-cache", "--invoke", "id32", str(2**40)]) == 1
    err = capfd.readouterr().err
    assert err.count("\n") == 1 and "out of range for i32" in err


IN_PROCESS = """
import sys
from wasmoon_aot.runtime import Trap, load
results = {"give_i32": lambda: 2**40, "give_f64": lambda: 1.5}
exports = load(sys.argv[1], {"host": results}).exports
for call in (lambda: exports.id32("12"), lambda: exports.id32(2**40), lambda: exports.host_i32()):
    try:
        call()
    except Trap as trap:
        print("Trap", type(trap.__cause__).__name__)
    except Exception as exc:
        print(type(exc).__name__)
print(exports.id32(True), exports.host_f64())
"""


def test_the_same_checks_in_process(tmp_path):
    done = run_in_process(tmp_path, IN_PROCESS, compile_wat(tmp_path, VALUES_WAT))
    assert done.stdout.splitlines() == ["TypeError", "OverflowError", "Trap OverflowError", "1 1.5"], done.stderr
