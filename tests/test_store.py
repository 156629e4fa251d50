"""Stores: every instance belongs to one, state never crosses between them, and linking across them fails."""

from __future__ import annotations

import pytest

from guest import COUNTER_WAT, IMPORTER_WAT, compile_wat
from wasmoon_aot.runtime import Global, LinkError, Memory, Store, load
from wasmoon_aot.runtime.emulator import runs_natively


MEMORY_IMPORTER_WAT = """
(module
  (import "env" "memory" (memory 1))
  (func (export "size") (result i32) (memory.size)))
"""

GLOBAL_IMPORTER_WAT = """
(module
  (import "env" "g" (global i32))
  (func (export "get") (result i32) (global.get 0)))
"""


def test_stores_keep_their_own_state(tmp_path):
    counter = compile_wat(tmp_path, COUNTER_WAT, "counter")
    first, second = Store(), Store()
    in_first = load(counter, store=first)
    in_second = load(counter, store=second)
    in_default = load(counter)
    assert [in_first.exports.bump() for _ in range(3)] == [1, 2, 3]
    assert in_second.exports.bump() == 1
    assert in_default.exports.bump() == 1
    assert in_first.store is first and in_second.store is second and in_default.store is not first
    if not runs_natively():  # one worker process per store
        pids = {instance.worker.process.pid for instance in (in_first, in_second, in_default)}
        assert len(pids) == 3


def test_instances_of_one_store_link(tmp_path):
    store = Store()
    provider = load(compile_wat(tmp_path, COUNTER_WAT, "counter"), store=store)
    user = load(compile_wat(tmp_path, IMPORTER_WAT, "importer"), imports={"m": provider}, store=store)
    assert user.exports.twice() == 2
    assert provider.exports.bump() == 3


def test_functions_do_not_link_across_stores(tmp_path):
    provider = load(compile_wat(tmp_path, COUNTER_WAT, "counter"), store=Store())
    with pytest.raises(LinkError, match="import belongs to another store m.bump"):
        load(compile_wat(tmp_path, IMPORTER_WAT, "importer"), imports={"m": provider}, store=Store())


def test_externs_do_not_link_across_stores(tmp_path):
    memory_user = compile_wat(tmp_path, MEMORY_IMPORTER_WAT, "memory_user")
    global_user = compile_wat(tmp_path, GLOBAL_IMPORTER_WAT, "global_user")
    first, second = Store(), Store()
    memory = Memory(1, store=first)
    assert load(memory_user, imports={"env": {"memory": memory}}, store=first).exports.size() == 1
    with pytest.raises(LinkError, match="import belongs to another store env.memory"):
        load(memory_user, imports={"env": {"memory": memory}}, store=second)
    exported = load(compile_wat(tmp_path, COUNTER_WAT, "counter"), store=first).exports.memory
    with pytest.raises(LinkError, match="import belongs to another store env.memory"):
        load(memory_user, imports={"env": {"memory": exported}}, store=second)
    cell = Global("i32", 7, store=second)
    assert load(global_user, imports={"env": {"g": cell}}, store=second).exports.get() == 7
    with pytest.raises(LinkError, match="import belongs to another store env.g"):
        load(global_user, imports={"env": {"g": cell}}, store=first)


HOST_CALLS_WAT = """
(module
  (import "env" "tick" (func $tick (param i32)))
  (memory 1)
  (func (export "calls") (param $n i32)
    (loop $again
      (if (local.get $n)
        (then (call $tick (local.get $n))
              (local.set $n (i32.sub (local.get $n) (i32.const 1)))
              (br $again)))))
  (func (export "grow") (result i32) (memory.grow (i32.const 0)))
  (func (export "copy") (memory.copy (i32.const 0) (i32.const 8) (memory.size))))
"""


def test_each_store_counts_its_calls_into_python(tmp_path):
    artifact = compile_wat(tmp_path, HOST_CALLS_WAT, "host_calls")
    first, second = Store(), Store()
    ticks = []
    in_first = load(artifact, imports={"env": {"tick": ticks.append}}, store=first)
    in_second = load(artifact, imports={"env": {"tick": ticks.append}}, store=second)
    assert first.host_calls() == second.host_calls() == 0
    in_first.exports.calls(5)
    assert first.host_calls() == 5 and second.host_calls() == 0 and ticks == [5, 4, 3, 2, 1]
    in_second.exports.grow()          # memory.grow is still a builtin: a call into Python
    assert second.host_calls() == 1
    in_first.exports.copy()           # memory.copy is native: none
    assert first.host_calls() == 5
