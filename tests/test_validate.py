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
          (block $b (type $pair) (call $f) (i32.add))
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
])
def test_invalid_modules(text, message):
    assert invalid(text).message.startswith(message)


def test_unreachable_code_is_polymorphic():
    load_and_validate(wat("""
      (module (func (result i32)
        (unreachable) (i32.add) (br_table 0 0) (f32.add)
        (block (result f64) (block (result f32) (unreachable) (br_table 0 1 1 (i32.const 1))) (drop))
        (drop) (i32.const 0)))
    """))
    error = invalid("(module (func (unreachable) (i64.const 0) (i32.add) (drop)))")
    assert error.message.startswith("type mismatch")


def test_unsupported_feature_is_reported_before_validation():
    module = decode_module(wat("(module (func (result v128) (v128.const i64x2 0 0)))"))
    assert not FEATURES["simd"].validate
    with pytest.raises(UnsupportedFeature):
        validate_module(module)


# --- the spec suite ------------------------------------------------------------------

SUITE_FILES = ["i32", "i64", "br_table", "block", "loop", "call", "binary-leb128", "custom", "binary"]


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
            load_and_validate(data)
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
