"""Tests for the Wasm validator (aot/wasm/validate.py) and the spec suite's decode/validate cases."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wasmoon_aot.aot.wasm import (DecodeError, ValidationError, decode_module, load_and_validate,
                                  validate_module)
from wasmoon_aot.aot.wasm.features import FEATURES, UnsupportedFeature

WASM_TOOLS = shutil.which("wasm-tools") or str(Path(sys.executable).with_name("wasm-tools"))
SUITE = Path("/work/shared/wasm-testsuite")


def wat(text: str) -> bytes:
    result = subprocess.run([WASM_TOOLS, "parse", "-"], input=text.encode(), capture_output=True, check=True)
    return result.stdout


def invalid(text: str) -> ValidationError:
    module = decode_module(wat(text))
    with pytest.raises(ValidationError) as info:
        validate_module(module)
    return info.value


def test_valid_module_with_2_0_features():
    module = load_and_validate(wat("""
      (module
        (type $pair (func (param i32) (result i32 i32)))
        (memory 1)
        (table $t 2 funcref)
        (table $e 1 externref)
        (global $g (mut i64) (i64.const 0))
        (elem declare func $f)
        (data $d "xyz")
        (func $f (type $pair) (local.get 0) (local.get 0))
        (func (export "main") (param i32 externref) (result i32)
          (local f32 f64)
          (local.get 0) (block $b (type $pair) (call $f)) (i32.add)
          (if (param i32) (result i32) (i32.const 1) (then (i32.const 2) (i32.add)) (else))
          (drop (ref.func $f))
          (table.set $e (i32.const 0) (local.get 1))
          (memory.init $d (i32.const 0) (i32.const 0) (i32.const 1))
          (data.drop $d)
          (global.set $g (i64.extend_i32_s (i32.trunc_sat_f32_s (local.get 2))))
          (loop $l (br_if $l (i32.eqz (i32.const 1))))
          (select (i32.const 1) (i32.const 2) (ref.is_null (local.get 1)))
          (i32.extend8_s)
          (unreachable) (i64.add) (drop)))
    """))
    assert {"multi-value", "reference-types", "bulk-memory", "saturating-conversion"} <= module.features


def test_type_mismatch_reports_the_instruction_offset():
    data = wat("(module (func (result i32) (i64.const 1)))")
    module = decode_module(data)
    with pytest.raises(ValidationError) as info:
        validate_module(module)
    assert info.value.message.startswith("type mismatch")
    assert data[info.value.offset] == 0x0B  # the function's end, where i32 is missing
    error = invalid("(module (func (result i32) (i32.add (i32.const 1) (i64.const 2))))")
    assert error.message == "type mismatch: instruction requires [i32] but stack has [i64]"


@pytest.mark.parametrize("text, message", [
    ("(module (func (local.get 2)))", "unknown local 2"),
    ("(module (func (global.get 0)))", "unknown global 0"),
    ("(module (func (call 7)))", "unknown function 7"),
    ("(module (func (br 1)))", "unknown label"),
    ("(module (func (drop (i32.load (i32.const 0)))))", "unknown memory 0"),
    ("(module (func (drop (table.size 0))))", "unknown table 0"),
    ("(module (memory 1) (func (data.drop 0)))", "unknown data segment 0"),
    ("(module (table 1 funcref) (func (elem.drop 4)))", "unknown elem segment 4"),
    ("(module (memory 1) (func (drop (i32.load align=8 (i32.const 0)))))", "alignment must not be larger than natural"),
    ("(module (global i32 (i32.const 0)) (func (global.set 0 (i32.const 1))))", "immutable global"),
    ("(module (global i32 (i32.add (i32.const 0) (i32.const 1))) (global i32 (i32.clz (i32.const 0))))",
     "constant expression required"),
    ("(module (global (mut i32) (i32.const 0)) (global i32 (global.get 0)))", "constant expression required"),
    ("(module (func (export \"a\")) (export \"a\" (func 0)))", "duplicate export name"),
    ("(module (memory 65537))", "memory size must be at most 65536 pages (4GiB)"),
    ("(module (table 2 1 funcref))", "size minimum must not be greater than maximum"),
    ("(module (func $s (param i32)) (start $s))", "start function"),
    ("(module (func $f) (func (drop (ref.func $f))))", "undeclared function reference"),
    ("(module (func (drop (select (ref.null func) (ref.null func) (i32.const 1)))))", "type mismatch"),
    ("(module (func (block (result i32) (i64.const 0))))", "type mismatch"),
    ("(module (func (if (result i32) (i32.const 1) (then (i32.const 1)))))", "type mismatch"),
    ("(module (func (block (block (result i32) (br_table 0 1 (i32.const 0) (i32.const 0))) (drop))))",
     "type mismatch"),
    ("(module (table 1 externref) (func (call_indirect (i32.const 0))))", "type mismatch"),
    ("(module (memory 0 (pagesize 4096)))", "invalid custom page size"),
    ("(module (memory 0x1_0000_0000 (pagesize 1)))", "memory size must be at most 4294967295 pages"),
    ("(module (memory 65537 (pagesize 65536)))", "memory size must be at most 65536 pages (4GiB)"),
    ("(module (memory i64 0x1_0000_0000_0001 (pagesize 65536)))", "memory size must be at most 2^48 pages"),
])
def test_invalid_modules(text, message):
    assert invalid(text).message.startswith(message)


def test_unreachable_code_is_polymorphic():
    load_and_validate(wat("""
      (module (func (result i32)
        (unreachable) (i32.add) (br_table 0 0) (drop (f32.add))
        (drop (block (result f64) (drop (block (result f32) (unreachable) (br_table 0 1 1 (i32.const 1))))
          (f64.const 0)))
        (i32.const 0)))
    """))
    error = invalid("(module (func (unreachable) (i64.const 0) (i32.add) (drop)))")
    assert error.message.startswith("type mismatch")


def test_unsupported_feature_is_reported_before_validation(monkeypatch):
    from wasmoon_aot.aot.wasm.features import Feature
    module = decode_module(wat("(module (func))"))
    module.features.add("custom-descriptors")
    monkeypatch.setitem(FEATURES, "custom-descriptors", Feature(False, False, "custom descriptors"))
    with pytest.raises(UnsupportedFeature):
        validate_module(module)


def test_threads():
    module = load_and_validate(wat("""
      (module (memory 1 1 shared)
        (func (param i32) (result i64)
          (atomic.fence)
          (drop (memory.atomic.notify (local.get 0) (i32.const 1)))
          (i64.atomic.rmw32.cmpxchg_u (local.get 0) (i64.const 0) (i64.const 1))))
    """))
    assert "threads" in module.features
    error = invalid("(module (memory 1 1 shared) (func (drop (i32.atomic.load align=2 (i32.const 0)))))")
    assert error.message == "atomic alignment must be natural"
    assert invalid("(module (memory 1 shared))").message == "shared memory must have maximum"


def test_mvp_module_records_only_mvp_features():
    module = load_and_validate(wat("""
      (module (type $v (func (result i32))) (table 2 funcref) (memory 1)
        (func $a (result i32) (i32.const 1))
        (func (export "f") (param i32) (result i32) (call_indirect (type $v) (local.get 0)))
        (elem (i32.const 0) $a) (data (i32.const 0) "x"))
    """))
    assert module.features == {"control", "int", "memory", "tables"}


@pytest.mark.parametrize("text, message", [
    ("(module (memory 1) (func (drop (i8x16.extract_lane_s 16 (v128.const i64x2 0 0)))))", "invalid lane index"),
    ("(module (func (result i32) (local (ref func)) (drop (local.get 0)) (i32.const 0)))", "uninitialized local"),
    ("(module (type $a (array i8)) (func (param (ref $a)) (array.set $a (local.get 0) (i32.const 0) (i32.const 1))))",
     "immutable array"),
    ("(module (type $s (struct (field i32))) (func (param (ref $s)) (struct.set $s 0 (local.get 0) (i32.const 1))))",
     "immutable field"),
    ("(module (type $f (sub final (func))) (type (sub $f (func))))", "sub type"),
    ("(module (tag (param i32) (result i32)))", "non-empty tag result type"),
    ("(module (tag $e (param i32)) (func (throw $e (i64.const 0))))", "type mismatch"),
    ("(module (func (result i32) (call_ref 5 (ref.null func))))", "unknown type"),
])
def test_invalid_wasm_3_modules(text, message):
    assert invalid(text).message.startswith(message)


def test_valid_wasm_3_module():
    module = load_and_validate(wat("""
      (module
        (rec (type $node (sub (struct (field $next (mut (ref null $node))) (field i8)))))
        (type $leaf (sub final $node (struct (field (mut (ref null $node))) (field i8) (field f64))))
        (type $fn (func (param i32) (result i32)))
        (tag $oops (param i32))
        (global $g (ref $node) (struct.new $node (ref.null none) (i32.const 7)))
        (elem declare func $id)
        (func $id (type $fn) (local.get 0))
        (func (export "run") (param i32) (result i32)
          (local $n (ref $node))
          (local.set $n (global.get $g))
          (block $caught (result i32)
            (try_table (catch $oops $caught) (throw $oops (struct.get_u $node 1 (local.get $n))))
            (unreachable))
          (call_ref $fn (i32.const 2) (ref.func $id))
          (drop (ref.test (ref $leaf) (local.get $n)))
          (return_call_ref $fn (i32.const 1) (ref.func $id))))
    """))
    assert {"gc", "exceptions", "function-references", "tail-call"} <= module.features


# --- the spec suite ------------------------------------------------------------------

SUITE_FILES = ["i32", "i64", "br_table", "block", "loop", "call", "binary-leb128", "custom", "binary",
               "global", "elem", "simd_lane", "try_table", "local_init", "type-subtyping", "array"]


@pytest.mark.skipif(not SUITE.is_dir(), reason="spec suite not present")
@pytest.mark.parametrize("name", SUITE_FILES)
def test_spec_suite_binary_modules(name, tmp_path):
    subprocess.run([WASM_TOOLS, "json-from-wast", str(SUITE / f"{name}.wast"), "-o", str(tmp_path / "x.json"),
                    "--wasm-dir", str(tmp_path)], check=True, capture_output=True)
    commands = json.loads((tmp_path / "x.json").read_text())["commands"]
    checked = 0
    for command in commands:
        kind = command["type"]
        if kind not in ("module", "assert_invalid", "assert_malformed") or command.get("module_type") != "binary":
            continue
        data = (tmp_path / command["filename"]).read_bytes()
        where = f"{name}.wast:{command['line']}"
        if kind == "module":
            module = decode_module(data)
            if all(FEATURES[feature].validate for feature in module.features):
                validate_module(module)
        elif kind == "assert_malformed":
            with pytest.raises(DecodeError) as info:
                decode_module(data)
            assert info.value.message.startswith(command["text"]), where
        else:
            module = decode_module(data)
            if any(not FEATURES[feature].validate for feature in module.features):
                continue
            with pytest.raises(ValidationError) as info:
                validate_module(module)
            assert info.value.message.startswith(command["text"]), where
        checked += 1
    assert checked > 0


def test_module_level_errors_point_at_their_entry():
    data = wat('(module (func $f) (export "a" (func $f)) (export "bb" (func $f)) (export "a" (func $f)))')
    with pytest.raises(ValidationError) as info:
        validate_module(decode_module(data))
    assert info.value.message == "duplicate export name"
    offset = info.value.offset
    assert data[offset:offset + 2] == b"\x01a" and data.index(b"\x01a") < offset  # the second "a", not the first
    data = wat('(module (import "m" "ok" (func)) (import "m" "bad" (memory 70000)))')
    with pytest.raises(ValidationError) as info:
        validate_module(decode_module(data))
    assert data[info.value.offset:info.value.offset + 2] == b"\x01m"
    assert data[info.value.offset + 2:info.value.offset + 6] == b"\x03bad"


def test_a_cyclic_supertype_declaration_is_rejected_not_followed_forever():
    # rec groups [0] and [1, 2]; type 2 names itself as its supertype (found by tests/test_wasm_fuzz.py)
    data = bytes.fromhex("0061736d010000000122024e0150005f027f006400004e025001005f027f00640200"
                         "5001025f027f00640100")
    with pytest.raises(ValidationError):
        validate_module(decode_module(data))


_DESCRIBED_PAIR = "(rec (type $a (sub (descriptor $b) (struct (field i32)))) (type $b (sub (describes $a) (struct))))"


def test_custom_descriptors_validate():
    load_and_validate(wat(f"""
      (module {_DESCRIBED_PAIR}
        (rec (type $c (sub $a (descriptor $d) (struct (field i32)))) (type $d (sub $b (describes $c) (struct))))
        (global $desc (ref (exact $b)) (struct.new $b))
        (global $object (ref (exact $a)) (struct.new_desc $a (i32.const 1) (global.get $desc)))
        (func (param (ref (exact $c))) (result (ref $a) (ref (exact $d)) (ref $b))
          (local.get 0) (ref.get_desc $c (local.get 0)) (ref.get_desc $a (local.get 0)))
        (func (param anyref (ref null (exact $b))) (result (ref null (exact $a)))
          (ref.cast_desc_eq (ref null (exact $a)) (local.get 0) (local.get 1)))
        (func (param anyref (ref null $b)) (result anyref)
          (br_on_cast_desc_eq 0 anyref (ref $a) (local.get 0) (local.get 1))))
    """))


@pytest.mark.parametrize("text, message", [
    ("(rec (type (descriptor 1) (struct)) (type (struct)))", "type is not described by its descriptor"),
    ("(rec (type (describes 1) (struct)) (type (descriptor 0) (struct)))", "forward use of described type"),
    ("(type (descriptor 1) (struct)) (type (describes 0) (struct))", "descriptor type is outside rec group"),
    ("(rec (type (descriptor 1) (array i8)) (type (describes 0) (struct)))", "descriptor type must be a struct"),
    (f"{_DESCRIBED_PAIR} (type (sub $a (struct (field i32))))", "sub type 2 does not match super type 0"),
    (f"{_DESCRIBED_PAIR} (rec (type $c (sub $a (descriptor $d) (struct (field i32))))"
     " (type $d (describes $c) (struct)))", "descriptor type 3 does not match"),
    ("(type $s (sub (struct))) (type (sub $s (struct))) (func (param (ref 1)) (result (ref (exact 0))) (local.get 0))",
     "type mismatch"),
    (f"{_DESCRIBED_PAIR} (func (result (ref $a)) (struct.new $a (i32.const 0)))",
     "type with descriptor requires descriptor allocation"),
    (f"{_DESCRIBED_PAIR} (func (param (ref $b)) (result (ref $a)) (struct.new_desc $a (i32.const 0) (local.get 0)))",
     "type mismatch"),
    (f"{_DESCRIBED_PAIR} (func (param (ref $a)) (result (ref (exact $b))) (ref.get_desc $a (local.get 0)))",
     "type mismatch"),
    (f"{_DESCRIBED_PAIR} (func (result anyref) (ref.cast_desc_eq (ref $b) (unreachable)))",
     "type 1 does not have a descriptor"),
])
def test_custom_descriptors_invalid(text, message):
    assert invalid(f"(module {text})").message.startswith(message)


def test_dialects_of_the_proposal_folders():
    """The rules of an older spec that a proposal folder's tests assert (aot/wasm/dialect.py) apply
    only under that folder's dialect: Wasm 3.0's accept what they reject, and the reverse."""
    from wasmoon_aot.aot.spec import paths
    from wasmoon_aot.aot.wasm.dialect import WASM3, Dialect
    from wasmoon_aot.aot.wasm.validate import validate_module
    two = decode_module(wat("(module (memory 1) (memory 1) (table 1 funcref) (table 1 funcref))"))
    validate_module(two)
    with pytest.raises(ValidationError, match="multiple memories"):
        validate_module(two, Dialect(single_memory=True))
    with pytest.raises(ValidationError, match="multiple tables"):
        validate_module(two, Dialect(single_table=True))
    unrelated = decode_module(wat("(module (func (result anyref) (br_on_cast 0 structref arrayref (unreachable))))"))
    with pytest.raises(ValidationError, match="not a subtype of its source"):
        validate_module(unrelated)
    validate_module(unrelated, Dialect(unrelated_casts=True))
    other_hierarchy = decode_module(wat(
        "(module (func (param funcref) (result anyref) (br_on_cast 0 funcref anyref (local.get 0)) (unreachable)))"))
    with pytest.raises(ValidationError, match="different hierarchies"):
        validate_module(other_hierarchy, Dialect(unrelated_casts=True))
    assert paths.dialect_for(paths.proposals_dir() / "threads" / "memory.wast").single_memory
    assert paths.dialect_for(paths.proposals_dir() / "custom-descriptors" / "br_on_cast.wast").unrelated_casts
    assert paths.dialect_for(paths.suite_dir() / "br_on_cast.wast") == WASM3
    assert paths.dialect_for(Path("elsewhere.wast")) == WASM3
