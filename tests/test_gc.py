"""gc without the heap: i31 references, ref.eq, the any <-> extern conversions and casts to the
abstract heap types the bits decide, end to end, and the anyref bit helpers of runtime/abi.py;
then custom descriptors: exact casts, descriptors in struct headers and the casts comparing
them, exact global imports.  Objects and the collector: tests/test_gc_collector.py."""

from __future__ import annotations

import pytest

from wasmoon_aot.aot.compiler import compile_bytes
from wasmoon_aot.aot.options import CompileOptions
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.linker import write_elf
from wasmoon_aot.runtime import LinkError, Trap, load
from wasmoon_aot.runtime.abi import any_from_extern, extern_from_any, i31_bits
from wasmoon_aot.runtime.values import AnyRef

from guest import wat_artifact

MODULE = """
(module
  (global $seven (export "seven") i31ref (ref.i31 (i32.const 7)))
  (func (export "roundtrip_s") (param i32) (result i32) (i31.get_s (ref.i31 (local.get 0))))
  (func (export "roundtrip_u") (param i32) (result i32) (i31.get_u (ref.i31 (local.get 0))))
  (func (export "get_null") (result i32) (i31.get_u (ref.null i31)))
  (func (export "make") (param i32) (result anyref) (ref.i31 (local.get 0)))
  (func (export "eq") (param i32 i32) (result i32) (ref.eq (ref.i31 (local.get 0)) (ref.i31 (local.get 1))))
  (func (export "host_roundtrip") (param externref) (result externref)
    (extern.convert_any (any.convert_extern (local.get 0))))
  (func (export "i31_roundtrip") (param i32) (result i32)
    (i31.get_s (ref.cast (ref i31) (any.convert_extern (extern.convert_any (ref.i31 (local.get 0)))))))
  (func (export "is_i31") (param anyref) (result i32) (ref.test (ref i31) (local.get 0)))
  (func (export "is_eq") (param anyref) (result i32) (ref.test (ref null eq) (local.get 0)))
  (func (export "cast_i31") (param anyref) (result i32) (i31.get_u (ref.cast (ref i31) (local.get 0))))
  (func (export "branch") (param anyref) (result i32)
    (drop (block $yes (result i31ref) (br_on_cast $yes anyref (ref i31) (local.get 0)) (return (i32.const -1))))
    (i32.const 1))
  (func (export "global_seven") (result i32) (i31.get_u (global.get $seven)))
)
"""


@pytest.fixture(scope="module", params=["backtracking", "simple"])
def instance(request, tmp_path_factory):
    artifact = compile_bytes(wat_to_wasm(MODULE.encode()), CompileOptions(regalloc=request.param), check=True)
    path = tmp_path_factory.mktemp("gc") / "gc.so"
    path.write_bytes(write_elf(artifact.image))
    return load(str(path), imports={})


def test_i31_keeps_31_bits(instance):
    for value, signed, unsigned in ((5, 5, 5), (-1, -1, 0x7FFF_FFFF), (0x4000_0000, -0x4000_0000, 0x4000_0000),
                                    (0x7FFF_FFFF, -1, 0x7FFF_FFFF), (-0x8000_0000, 0, 0)):
        assert instance.exports.roundtrip_s(value) == signed
        assert instance.exports.roundtrip_u(value) == unsigned
    assert instance.exports.global_seven() == 7


def test_null_i31_traps(instance):
    with pytest.raises(Trap, match="null i31 reference"):
        instance.exports.get_null()
    with pytest.raises(Trap, match="cast failure"):
        instance.exports.cast_i31(None)


def test_ref_eq_and_anyref_values(instance):
    assert instance.exports.eq(3, 3) == 1
    assert instance.exports.eq(3, 4) == 0
    made = instance.exports.make(9)
    assert made == AnyRef(i31_bits(9))
    assert instance.exports.is_i31(made) == 1
    assert instance.exports.is_i31(None) == 0
    assert instance.exports.is_eq(None) == 1
    assert instance.exports.branch(made) == 1
    assert instance.exports.branch(None) == -1


def test_conversions_are_inverses(instance):
    host = object()
    assert instance.exports.host_roundtrip(host) is host
    assert instance.exports.host_roundtrip(None) is None
    assert instance.exports.i31_roundtrip(-5) == -5


def test_host_values_in_any_are_not_eq(instance):
    host_in_any = AnyRef(any_from_extern(12))
    assert instance.exports.is_eq(host_in_any) == 0
    assert instance.exports.is_i31(host_in_any) == 0


@pytest.mark.parametrize("bits", [1, 2, 3, 0x1234, (1 << 40) + 7])
def test_bit_helpers_round_trip(bits):
    assert extern_from_any(any_from_extern(bits)) == bits
    assert any_from_extern(extern_from_any(i31_bits(bits))) == i31_bits(bits)
    assert any_from_extern(0) == extern_from_any(0) == 0


# A function holding 100 references across a call that throws: each caught throw must pop the
# unwound frame's shadow-stack frame (800 bytes), or 3,000 of them overflow the 1 MiB shadow stack.
_REFS = range(100)
CATCH_LOOP = f"""
(module
  (type $box (struct (field (mut i32))))
  (tag $e)
  (func $deep (param i32) (if (local.get 0) (then (throw $e))))
  (func $thrower (param i32) {"".join(f"(local $r{i} (ref null $box))" for i in _REFS)}
    {"".join(f"(local.set $r{i} (struct.new $box (i32.const {i})))" for i in _REFS)}
    (call $deep (local.get 0))
    {"".join(f"(drop (struct.get $box 0 (local.get $r{i})))" for i in _REFS)})
  (func (export "run") (param $n i32) (result i32)
    (local $keep (ref null $box)) (local $i i32)
    (local.set $keep (struct.new $box (i32.const 42)))
    (loop $l
      (block $caught (try_table (catch $e $caught) (call $thrower (i32.const 1))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (struct.get $box 0 (local.get $keep))))
"""


def test_a_caught_exception_pops_the_shadow_frames_it_unwound(tmp_path):
    path = tmp_path / "catch_loop.so"
    wat_artifact(path, CATCH_LOOP, check=True)
    assert load(str(path), imports={}).exports.run(3000) == 42


def test_a_too_large_array_in_a_global_initialiser_traps_at_instantiation(tmp_path):
    """array.new of 2**32 - 1 elements in a constant expression: the trap code compiled code gets (found by
    `python -m fuzz.differential --profile gc`, seed 34), not a MemoryError or a BuiltinTrap."""
    module = """(module (type $a (array (mut i64)))
      (global (export "g") (ref null $a) (array.new $a (i64.const 7) (i32.const -1))))"""
    path = tmp_path / "huge_array.so"
    wat_artifact(path, module, check=True)
    with pytest.raises(Trap, match="allocation size too large"):
        load(str(path), imports={})


EXACT_CASTS = """
(module
  (type $super (sub (struct)))
  (type $sub (sub $super (struct)))
  (func $make (param i32) (result anyref)
    (if (result anyref) (local.get 0) (then (struct.new $sub)) (else (struct.new $super))))
  (func (export "test_exact_super") (param i32) (result i32)
    (ref.test (ref (exact $super)) (call $make (local.get 0))))
  (func (export "test_super") (param i32) (result i32)
    (ref.test (ref $super) (call $make (local.get 0))))
  (func (export "cast_exact_sub") (param i32) (result i32)
    (drop (ref.cast (ref null (exact $sub)) (call $make (local.get 0)))) (i32.const 1))
)
"""


def test_exact_casts_accept_the_type_itself_only(tmp_path):
    exports = load(wat_artifact(tmp_path / "exact.so", EXACT_CASTS, check=True), imports={}).exports
    assert [exports.test_exact_super(0), exports.test_exact_super(1)] == [1, 0]
    assert [exports.test_super(0), exports.test_super(1)] == [1, 1]
    assert exports.cast_exact_sub(1) == 1
    with pytest.raises(Trap):
        exports.cast_exact_sub(0)


DESCRIPTORS = """
(module
  (rec
    (type $a (sub (descriptor $b) (struct (field i32))))
    (type $b (sub (describes $a) (struct (field i64)))))
  (global $b1 (ref (exact $b)) (struct.new $b (i64.const 41)))
  (global $a1 (ref (exact $a)) (struct.new_desc $a (i32.const 7) (global.get $b1)))
  (func $b (param i32) (result (ref null (exact $b)))
    (if (result (ref null (exact $b))) (local.get 0)
      (then (struct.new $b (i64.add (i64.const 100) (i64.extend_i32_u (local.get 0)))))
      (else (ref.null none))))
  (func (export "new_get") (param i32) (result i64 i32)
    (local $object (ref $a))
    (local.set $object (struct.new_desc $a (local.get 0) (call $b (local.get 0))))
    (struct.get $b 0 (ref.get_desc $a (local.get $object)))
    (struct.get $a 0 (local.get $object)))
  (func (export "global_desc") (result i64) (struct.get $b 0 (ref.get_desc $a (global.get $a1))))
  (func (export "cast_same") (result i32)
    (struct.get $a 0 (ref.cast_desc_eq (ref $a) (global.get $a1) (global.get $b1))))
  (func (export "cast_other") (result i32)
    (struct.get $a 0 (ref.cast_desc_eq (ref $a) (global.get $a1) (call $b (i32.const 1)))))
  (func (export "branch") (param anyref) (result i32)
    (block $hit (result (ref $a))
      (br_on_cast_desc_eq $hit anyref (ref $a) (local.get 0) (global.get $b1))
      (return (i32.const -1)))
    (struct.get $a 0))
  (func (export "a1") (result anyref) (global.get $a1))
)
"""


def test_descriptors_are_kept_in_the_header_and_compared_by_casts(tmp_path):
    exports = load(wat_artifact(tmp_path / "desc.so", DESCRIPTORS, check=True), imports={}).exports
    assert exports.new_get(5) == (105, 5)
    assert exports.global_desc() == 41
    assert exports.cast_same() == 7
    with pytest.raises(Trap, match="descriptor cast failure"):
        exports.cast_other()
    with pytest.raises(Trap, match="null descriptor reference"):
        exports.new_get(0)
    assert exports.branch(exports.a1()) == 7
    assert exports.branch(None) == -1


def test_an_exact_global_matches_an_inexact_import_but_not_the_reverse(tmp_path):
    struct = "(type $s (struct (field i32)))"
    exporter = load(wat_artifact(tmp_path / "a.so", f"""(module {struct}
      (global (export "exact") (ref (exact $s)) (struct.new $s (i32.const 3)))
      (global (export "inexact") (ref $s) (struct.new $s (i32.const 4))))"""), imports={})

    def importer(name: str, valtype: str):
        return load(wat_artifact(tmp_path / f"{name}.so", f"""(module {struct}
          (import "a" "{name}" (global $g {valtype}))
          (func (export "get") (result i32) (struct.get $s 0 (global.get $g))))"""), imports={"a": exporter.exports})

    assert importer("exact", "(ref $s)").exports.get() == 3
    with pytest.raises(LinkError, match="incompatible import type"):
        importer("inexact", "(ref (exact $s))")
