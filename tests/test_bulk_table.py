"""table.copy, table.fill, table.init and elem.drop in native code (the routines of
aot/isa/aarch64/routines.py on 8-byte elements, inline for small constant counts), against
the same operations on a Python list: funcref and externref tables, overlap in both
directions, dropped segments, bounds (nothing written when out), 64-bit tables, and gc
references that only a table holds surviving a collection (with host externrefs and funcref
segments in the same store, which are no objects)."""

from __future__ import annotations

import pytest

from wasmoon_aot.runtime import Store, Trap, load

from guest import wat_artifact

SIZE = 12


def _module(index: str) -> str:
    return f"""
(module
  (type $ret (func (result i32)))
  (table $t {index} {SIZE} funcref)
  (table $u {index} 4 funcref)
  (table $e (export "ext") {index} {SIZE} externref)
  {" ".join(f'(func $f{k} (type $ret) (i32.const {k}))' for k in range(8))}
  (elem $passive func $f1 $f2 $f3 $f4 $f5)
  (elem (table $t) ({index}.const 0) func $f0 $f1 $f2 $f3 $f4 $f5 $f6 $f7)
  (elem $declared declare func $f6)
  (func (export "id") (param {index}) (result i32)
    (if (ref.is_null (table.get $t (local.get 0))) (then (return (i32.const -1))))
    (call_indirect $t (type $ret) (local.get 0)))
  (func (export "copy") (param {index} {index} {index}) (table.copy $t $t (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy2") (param {index} {index}) (table.copy $t $t (local.get 0) (local.get 1) ({index}.const 2)))
  (func (export "copy3") (param {index} {index}) (table.copy $t $t (local.get 0) (local.get 1) ({index}.const 3)))
  (func (export "copy_to_u") (param {index} {index} {index}) (table.copy $u $t (local.get 0) (local.get 1) (local.get 2)))
  (func (export "u_id") (param {index}) (result i32)
    (if (ref.is_null (table.get $u (local.get 0))) (then (return (i32.const -1))))
    (call_indirect $u (type $ret) (local.get 0)))
  (func (export "fill") (param {index} i32 {index})
    (table.fill $t (local.get 0) (if (result funcref) (local.get 1) (then (ref.func $f6)) (else (ref.null func)))
                (local.get 2)))
  (func (export "fill5") (param {index}) (table.fill $t (local.get 0) (ref.func $f6) ({index}.const 5)))
  (func (export "fill_ext") (param {index} externref {index}) (table.fill $e (local.get 0) (local.get 1) (local.get 2)))
  (func (export "copy_ext") (param {index} {index} {index}) (table.copy $e $e (local.get 0) (local.get 1) (local.get 2)))
  (func (export "get_ext") (param {index}) (result externref) (table.get $e (local.get 0)))
  (func (export "init") (param {index} i32 i32) (table.init $t $passive (local.get 0) (local.get 1) (local.get 2)))
  (func (export "init2") (param {index}) (table.init $t $passive (local.get 0) (i32.const 1) (i32.const 2)))
  (func (export "init_declared") (param {index} i32 i32) (table.init $t $declared (local.get 0) (local.get 1) (local.get 2)))
  (func (export "drop") (elem.drop $passive))
)
"""


@pytest.fixture(scope="module", params=["i32", "i64"])
def artifact(request, tmp_path_factory):
    return wat_artifact(tmp_path_factory.mktemp("table") / f"table_{request.param}.so", _module(request.param))


@pytest.fixture
def ex(artifact):
    return load(artifact).exports


def _ids(ex) -> list[int]:
    return [ex.id(k) for k in range(SIZE)]


def test_copies_fills_and_inits_match_a_list(ex):
    model = list(range(8)) + [-1] * 4
    assert _ids(ex) == model
    for dst, src, n in ((1, 0, 5), (0, 2, 6), (4, 4, 3), (SIZE, 0, 0), (0, SIZE, 0), (9, 0, 3)):
        model[dst:dst + n] = model[src:src + n]
        ex.copy(dst, src, n)
        assert _ids(ex) == model, (dst, src, n)
    for func, n in ((ex.copy2, 2), (ex.copy3, 3)):
        for dst, src in ((3, 4), (5, 3)):
            model[dst:dst + n] = model[src:src + n]
            func(dst, src)
            assert _ids(ex) == model
    ex.fill(2, 1, 3)
    ex.fill(7, 0, 2)
    model[2:5] = [6] * 3
    model[7:9] = [-1] * 2
    ex.fill5(SIZE - 5)
    model[SIZE - 5:] = [6] * 5
    assert _ids(ex) == model
    ex.init(0, 1, 4)
    ex.init2(8)
    model[0:4] = [2, 3, 4, 5]
    model[8:10] = [2, 3]
    assert _ids(ex) == model
    ex.copy_to_u(1, 0, 3)
    assert [ex.u_id(k) for k in range(4)] == [-1] + model[0:3]


def test_out_of_bounds_traps_before_writing(ex):
    before = _ids(ex)
    for func, args in ((ex.copy, (SIZE - 1, 0, 2)), (ex.copy, (0, SIZE - 1, 2)), (ex.copy, (SIZE + 1, 0, 0)),
                       (ex.copy3, (SIZE - 2, 0)), (ex.fill, (SIZE - 2, 1, 3)), (ex.fill5, (SIZE - 4,)),
                       (ex.init, (0, 3, 3)), (ex.init, (SIZE - 1, 0, 2)), (ex.init2, (SIZE - 1,)),
                       (ex.copy_to_u, (2, 0, 3)), (ex.init_declared, (0, 0, 1))):
        with pytest.raises(Trap, match="out of bounds table access"):
            func(*args)
        assert _ids(ex) == before, (func, args)
    ex.init_declared(0, 0, 0)   # a declarative segment is dropped at instantiation: count 0 is fine


def test_dropped_segment_has_length_zero(ex):
    ex.drop()
    ex.drop()
    ex.init(SIZE, 0, 0)
    with pytest.raises(Trap, match="out of bounds table access"):
        ex.init(0, 0, 1)
    with pytest.raises(Trap, match="out of bounds table access"):
        ex.init2(0)


def test_externref_tables(ex):
    values = [object(), ["a", "list"], "third"]
    model = [None] * SIZE
    for k, value in enumerate(values):
        ex.fill_ext(3 * k, value, 3)
        model[3 * k:3 * k + 3] = [value] * 3
    for dst, src, n in ((4, 1, 5), (1, 4, 5), (0, 9, 3)):   # forwards, backwards, the end
        ex.copy_ext(dst, src, n)
        model[dst:dst + n] = model[src:src + n]
        assert all(ex.get_ext(k) is model[k] for k in range(SIZE)), (dst, src, n)


GC_MODULE = """
(module
  (type $s (struct (field i32)))
  (type $junk (array (mut i32)))
  (table $r 6 (ref null $s))
  (elem $boxed (ref null $s) (item (struct.new $s (i32.const 33))) (item (struct.new $s (i32.const 44))))
  (func (export "setup")
    (table.set $r (i32.const 0) (struct.new $s (i32.const 11)))
    (table.set $r (i32.const 1) (struct.new $s (i32.const 22)))
    (table.copy $r $r (i32.const 2) (i32.const 0) (i32.const 2))
    (table.fill $r (i32.const 0) (ref.null $s) (i32.const 2))
    (table.init $r $boxed (i32.const 4) (i32.const 0) (i32.const 2))
    (elem.drop $boxed))
  (func (export "churn") (param $n i32)
    (loop $again
      (drop (array.new_default $junk (i32.const 1000)))
      (br_if $again (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "field") (param i32) (result i32) (struct.get $s 0 (table.get $r (local.get 0))))
)
"""


def test_gc_references_only_a_table_holds_survive_collections(tmp_path):
    store = Store()
    # Host externrefs in a table of the same store, read back by Python (which pins what may be an
    # object) and a passive funcref segment: the collector must not take those for objects.
    other = load(wat_artifact(tmp_path / "refs.so", _module("i32")), store=store).exports
    values = [object() for _ in range(4)]   # four handles in a row: one is a multiple of 4, like an address
    for k, value in enumerate(values):
        other.fill_ext(k, value, 1)
    assert all(other.get_ext(k) is value for k, value in enumerate(values))
    ex = load(wat_artifact(tmp_path / "gc_table.so", GC_MODULE), store=store).exports
    ex.setup()          # the objects now live only in slots 2..5, put there by native copy and init
    ex.churn(20_000)    # some 80 MB of garbage: several collections
    assert [ex.field(k) for k in (2, 3, 4, 5)] == [11, 22, 33, 44]
