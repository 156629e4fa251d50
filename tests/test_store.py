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
