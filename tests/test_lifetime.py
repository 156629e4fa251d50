"""Memories, tables, globals and instances from Python: argument checks, growth in place, and freeing.

Each test runs on the path this machine uses (natively on AArch64, else in the store's worker), and the
argument checks are also sent straight to the worker, past the client's own checks, to show it defends itself.
"""

from __future__ import annotations

import gc
import os

import pytest

from lifetime_probe import GROWER_WAT, PAGE, TOUCHER_WAT, build, grow_seconds, peak_rss_growing_past, rss_over_cycles
from wasmoon_aot.runtime import Global, Memory, Store, Table, load
from wasmoon_aot.runtime.emulator import runs_natively


@pytest.fixture(scope="module")
def grower(tmp_path_factory):
    return build(str(tmp_path_factory.mktemp("lifetime")), "grower", GROWER_WAT)


def _raises(exc_type, action, *args, **kwargs):
    with pytest.raises(exc_type) as caught:
        action(*args, **kwargs)
    assert "\n" not in str(caught.value) and str(caught.value)


# --- 1. bad arguments --------------------------------------------------------------------------


BAD_MEMORY_CALLS = [
    (ValueError, "grow", -1), (ValueError, "grow", -(1 << 40)), (TypeError, "grow", "1"), (TypeError, "grow", 1.5),
    (ValueError, "grow", 1 << 40), (ValueError, "grow", 1 << 70),
    (IndexError, "read", -1, 1), (IndexError, "read", 0, -1), (IndexError, "read", 0, 1 << 70),
    (IndexError, "read", PAGE, 1), (TypeError, "read", "0", 1),
    (TypeError, "write", 0, 5), (TypeError, "write", 0, "text"), (IndexError, "write", PAGE - 1, b"ab"),
    (IndexError, "write", -1, b"a"),
]


@pytest.mark.parametrize("case", BAD_MEMORY_CALLS, ids=lambda case: f"{case[1]}{case[2:]}")
def test_bad_memory_arguments_raise_and_leave_the_memory_usable(case):
    exc_type, method, *args = case
    memory = Memory(1, 4)
    memory.write(0, b"keep")
    _raises(exc_type, getattr(memory, method), *args)
    assert memory.size == 1 and memory.read(0, 4) == b"keep"
    assert memory.grow(1) == 1 and memory.read(PAGE, 2) == b"\0\0"


@pytest.mark.skipif(runs_natively(), reason="the worker's own checks: remote path only")
@pytest.mark.parametrize("method, args, exc_type", [
    ("grow", [-1], ValueError), ("grow", [-(1 << 60)], ValueError), ("grow", ["x"], TypeError),
])
def test_worker_checks_memory_requests_itself(method, args, exc_type):
    memory = Memory(1)
    _raises(exc_type, memory._call, method, *args)
    assert memory.size == 1 and memory.grow(1) == 1
    memory.write(2 * PAGE - 1, b"z")
    assert memory.read(2 * PAGE - 1, 1) == b"z"


@pytest.mark.skipif(runs_natively(), reason="the worker's own checks: remote path only")
@pytest.mark.parametrize("method, args, exc_type", [
    ("grow", [-1, 0], ValueError), ("grow", [1, -1], ValueError), ("get_bits", [-1], IndexError),
    ("get_bits", [1 << 64], IndexError), ("set_bits", [0, -1], ValueError), ("set_bits", [0, 1 << 64], ValueError),
])
def test_worker_checks_table_requests_itself(method, args, exc_type):
    table = Table("externref", 2)
    _raises(exc_type, table._call, method, *args)
    assert table.size == 2 and table.grow(1) == 2 and table.get(2) is None


def test_bad_table_arguments_raise_and_leave_the_table_usable():
    table = Table("funcref", 2, 8)
    for exc_type, action, args in [
        (ValueError, table.grow, (-1,)), (TypeError, table.grow, ("2",)), (ValueError, table.grow, (1 << 40,)),
        (IndexError, table.get, (-1,)), (IndexError, table.get, (2,)), (IndexError, table.get, (1 << 70,)),
        (TypeError, table.get, (None,)), (TypeError, table.set, (0, "not a funcref")),
        (IndexError, table.set, (5, None)), (ValueError, table.set_bits, (0, -1)),
        (TypeError, table.grow, (1, 7)),
    ]:
        _raises(exc_type, action, *args)
    assert table.size == 2 and table.grow(2) == 2 and table.get(3) is None


@pytest.mark.parametrize("make, exc_type", [
    (lambda: Memory(-1), ValueError), (lambda: Memory(2, 1), ValueError), (lambda: Memory(65537), ValueError),
    (lambda: Memory(1, 1 << 40), ValueError), (lambda: Memory("1"), TypeError),
    (lambda: Table("i32", 1), ValueError), (lambda: Table("funcref", -1), ValueError),
    (lambda: Table("funcref", 2, 1), ValueError), (lambda: Table("funcref", 1, 1 << 33), ValueError),
    (lambda: Table("funcref", 1 << 31), ValueError),
    (lambda: Table("externref", 1.0), TypeError),
    (lambda: Global("i33", 0), ValueError), (lambda: Global("i32", "x"), TypeError),
    (lambda: Global("funcref", 3), TypeError), (lambda: Global("v128", 1.5), TypeError),
])
def test_bad_construction_arguments(make, exc_type):
    _raises(exc_type, make)


def test_bad_global_arguments():
    frozen, counter = Global("i32", 1), Global("i64", 5, mutable=True)
    _raises(AttributeError, setattr, frozen, "value", 2)
    _raises(ValueError, counter.set_bits, -1)
    _raises(ValueError, counter.set_bits, 1 << 64)
    _raises(TypeError, setattr, counter, "value", None)
    assert frozen.value == 1 and counter.value == 5
    counter.value = -3
    assert counter.value == -3



# --- 2. growth without copying ----------------------------------------------------------------


def test_memory_grows_in_place_and_in_linear_time(grower):
    memory = Memory(1)
    base = memory.base if runs_natively() else None
    memory.write(0, b"fixed")
    view = memory.view() if runs_natively() else None
    assert memory.grow(100) == 1 and memory.read(0, 5) == b"fixed"
    if base is not None:
        assert memory.base == base and bytes(view[:5]) == b"fixed"
    # the best of three each: a few hundredths of a second natively, where scheduling noise is of that
    # order; four times the grows take four times as long when growth is linear, sixteen when quadratic
    short, long = (min(grow_seconds(grower, grows) for _ in range(3)) for grows in (1024, 4096))
    assert long / short < 8, f"1024 grows: {short:.2f} s, 4096 grows: {long:.2f} s"


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads /proc/<pid>/status")
def test_growing_a_filled_gigabyte_does_not_double_the_peak(grower):
    pages = 16385  # 1 GiB + 1 page
    peak = peak_rss_growing_past(grower, pages)
    assert peak < 1.5 * pages * PAGE, f"peak RSS {peak >> 20} MiB for a {pages * PAGE >> 20} MiB memory"


# --- 3. freeing instances -----------------------------------------------------------------------

PROVIDER_WAT = """
(module
  (import "env" "table" (table 4 funcref))
  (memory 1)
  (data (i32.const 0) "\\2a")
  (func $answer (result i32) (i32.load8_u (i32.const 0)))
  (func (export "answer") (result i32) (call $answer))
  (elem (i32.const 1) $answer))
"""

TABLE_OWNER_WAT = """
(module
  (table (export "table") 4 funcref)
  (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0))))
"""

TABLE_USER_WAT = """
(module
  (import "env" "table" (table 2 funcref))
  (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0))))
"""

IMPORTER_WAT = """
(module
  (import "a" "answer" (func $answer (result i32)))
  (func (export "twice") (result i32) (i32.add (call $answer) (call $answer))))
"""

SELF_TABLE_WAT = """
(module
  (memory 1)
  (data (i32.const 0) "\\07")
  (table (export "table") 2 funcref)
  (func $seven (result i32) (i32.load8_u (i32.const 0)))
  (elem (i32.const 0) $seven))
"""


REENTRANT_WAT = """
(module
  (import "env" "callback" (func $callback))
  (memory 1)
  (data (i32.const 0) "\\63")
  (func (export "run") (result i32) (call $callback) (i32.load8_u (i32.const 0))))
"""


@pytest.fixture(scope="module")
def modules(tmp_path_factory):
    directory = str(tmp_path_factory.mktemp("freeing"))
    sources = {"reentrant": REENTRANT_WAT, "provider": PROVIDER_WAT, "table_owner": TABLE_OWNER_WAT, "table_user": TABLE_USER_WAT,
               "importer": IMPORTER_WAT, "self_table": SELF_TABLE_WAT, "toucher": TOUCHER_WAT}
    return {name: build(directory, name, wat) for name, wat in sources.items()}


def test_closed_instance_refuses_calls(modules):
    store = Store()
    with load(modules["toucher"], store=store) as instance:
        touch = instance.exports.touch
        touch()
        assert not instance.closed
    assert instance.closed
    _raises(RuntimeError, touch)
    _raises(RuntimeError, instance.exports.touch)
    instance.close()  # closing twice is harmless
    with load(modules["toucher"], store=store) as again:
        again.exports.touch()


def test_closing_an_instance_from_inside_its_own_call(modules):
    handles = []
    instance = load(modules["reentrant"], {"env": {"callback": lambda: handles[0].close()}}, store=Store())
    handles.append(instance)
    assert instance.exports.run() == 0x63  # its state (and memory) outlive the call that closed it
    assert instance.closed
    _raises(RuntimeError, instance.exports.run)


def test_funcref_in_a_shared_table_outlives_its_closed_instance(modules):
    store = Store()
    owner = load(modules["table_owner"], store=store)
    provider = load(modules["provider"], {"env": {"table": owner.exports.table}}, store=store)
    provider.close()
    load(modules["toucher"], store=store).close()  # more collecting: the funcref still holds the provider
    assert owner.exports.call(1) == 42  # its code, its vmctx and its memory are all still there
    _raises(RuntimeError, provider.exports.answer)


@pytest.mark.skipif(not runs_natively(), reason="inspects the native state (the worker's, on this host)")
def test_a_closed_instance_is_freed_once_its_last_funcref_goes(modules):
    store = Store()
    owner = load(modules["table_owner"], store=store)
    provider = load(modules["provider"], {"env": {"table": owner.exports.table}}, store=store)
    state = provider.state
    provider.close()
    assert state.memories and owner.exports.call(1) == 42
    owner.exports.table.set(1, None)
    store.lifetime.collect()
    assert state.memories == [] and state not in store.lifetime.states
    assert owner.exports.table.size == 4


def test_an_instance_stays_open_while_its_handle_lives(modules):
    store = Store()
    holder = load(modules["self_table"], store=store)  # exports no function: only the handle holds it
    gc.collect()
    load(modules["toucher"], store=store).close()  # collecting now must keep the open holder
    assert not holder.closed
    user = load(modules["table_user"], {"env": {"table": holder.exports.table}}, store=store)
    assert user.exports.call(0) == 7


def test_references_to_a_freed_instance_become_null(modules):
    store = Store()
    holder = load(modules["self_table"], store=store)
    table = holder.exports.table  # only Python holds the table once its instance closes
    holder.close()
    user = load(modules["table_user"], {"env": {"table": table}}, store=store)
    with pytest.raises(Exception, match="uninitialized element"):
        user.exports.call(0)
    assert table.get(0) is None and table.size == 2


def test_a_python_funcref_keeps_its_instance(modules):
    store = Store()
    owner = load(modules["table_owner"], store=store)
    provider = load(modules["provider"], {"env": {"table": owner.exports.table}}, store=store)
    ref = owner.exports.table.get(1)
    owner.exports.table.set(1, None)
    provider.close()
    owner.exports.table.set(3, ref)
    assert owner.exports.call(3) == 42


def test_imported_functions_outlive_their_closed_exporter(modules):
    store = Store()
    owner = load(modules["table_owner"], store=store)
    provider = load(modules["provider"], {"env": {"table": owner.exports.table}}, store=store)
    importer = load(modules["importer"], {"a": provider}, store=store)
    provider.close()
    owner.close()
    assert importer.exports.twice() == 84


def test_dropping_every_handle_closes_the_instance(modules):
    instance = load(modules["toucher"], store=Store())
    touch = instance.exports.touch
    if runs_natively():
        state = instance.state
        del instance
        gc.collect()
        touch()  # an exported function keeps its instance open
        del touch
        gc.collect()
        assert not state.open and state.memories == []
    else:
        worker, handle = instance.worker, instance.handle
        del instance
        gc.collect()
        touch()
        del touch
        gc.collect()
        assert handle in worker.dropped
        _raises(RuntimeError, worker.request, "call", instance=handle, name="touch", args=[])


def test_store_close_frees_every_instance(modules):
    with Store() as store:
        instance = load(modules["toucher"], store=store)
        instance.exports.touch()
    assert instance.closed
    with pytest.raises(RuntimeError, match="closed"):
        instance.exports.touch()
    _raises(RuntimeError, load, modules["toucher"], None, None, store)
    if not runs_natively():
        assert instance.worker.process.poll() is not None  # the store's worker has ended


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads /proc/<pid>/status")
def test_load_touch_close_cycles_keep_rss_flat(modules):
    first, last = rss_over_cycles(modules["toucher"], 200)
    assert last < first + 32 * 2**20, f"RSS {first >> 20} MiB after the first cycle, {last >> 20} MiB after 200"
