"""Tests for the Wasm binary decoder (aot/wasm/decode.py, opcodes.py, module.py)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wasmoon_aot.aot.wasm import DecodeError, decode_module, opcodes as op
from wasmoon_aot.aot.wasm.module import Export, FuncType, GlobalType, MemoryType, TableType

WASM_TOOLS = shutil.which("wasm-tools") or str(Path(sys.executable).with_name("wasm-tools"))
HEADER = b"\0asm\1\0\0\0"


def wat(text: str) -> bytes:
    result = subprocess.run([WASM_TOOLS, "parse", "-"], input=text.encode(), capture_output=True, check=True)
    return result.stdout


def section(section_id: int, payload: bytes) -> bytes:
    assert len(payload) < 128
    return bytes([section_id, len(payload)]) + payload


def malformed(data: bytes) -> DecodeError:
    with pytest.raises(DecodeError) as info:
        decode_module(data)
    return info.value


# --- header and framing ---------------------------------------------------------

@pytest.mark.parametrize("data, message", [
    (b"", "unexpected end"),
    (b"\0as", "unexpected end"),
    (b"\0asm\1\0", "unexpected end"),
    (b"\0ASM\1\0\0\0", "magic header not detected"),
    (b"\0asm\2\0\0\0", "unknown binary version"),
    (HEADER + b"\x0e\x01\x00", "malformed section id"),
    (HEADER + b"\x01\x05\x00", "length out of bounds"),
    (HEADER + section(1, b"\x00") + section(1, b"\x00"), "unexpected content after last section"),
    (HEADER + section(3, b"\x00") + section(2, b"\x00"), "unexpected content after last section"),
    (HEADER + section(1, b"\x00\x00"), "section size mismatch"),
    (HEADER + section(0, b"\x02\xff\xfe"), "malformed UTF-8 encoding"),
    (HEADER + section(0, b"\x05ab"), "length out of bounds"),
])
def test_malformed_framing(data, message):
    assert malformed(data).message.startswith(message)


def test_empty_module_and_custom_sections():
    module = decode_module(HEADER + section(0, b"\x03abc" + b"payload"))
    assert module.types == [] and module.codes == [] and module.start is None


def test_section_offsets_and_error_offsets():
    data = HEADER + section(1, b"\x01\x60\x00\x00") + section(3, b"\x01\x80\x80\x80\x80\x80\x00")
    error = malformed(data)
    assert error.message == "integer representation too long"
    assert error.offset == 8 + 6 + 2 + 1 + 4  # the fifth byte of the LEB


# --- LEB128 limits -------------------------------------------------------------------

TYPE_AND_FUNC = HEADER + section(1, b"\x01\x60\x00\x00")


def test_u32_overlong_and_too_large():
    too_long = TYPE_AND_FUNC + section(3, b"\x01\x80\x80\x80\x80\x80\x00")
    assert malformed(too_long).message == "integer representation too long"
    too_large = TYPE_AND_FUNC + section(3, b"\x01\x80\x80\x80\x80\x10")
    assert malformed(too_large).message == "integer too large"
    padded_zero = decode_module(TYPE_AND_FUNC + section(3, b"\x01\x80\x80\x80\x80\x00")
                                + section(10, b"\x01\x02\x00\x0b"))
    assert padded_zero.funcs == [0]


def test_signed_leb_sign_bits():
    def global_i32(leb: bytes) -> bytes:
        return HEADER + section(6, b"\x01\x7f\x00\x41" + leb + b"\x0b")

    assert decode_module(global_i32(b"\xff\xff\xff\xff\x07")).globals[0].init.imms == [0x7FFFFFFF]
    assert decode_module(global_i32(b"\x80\x80\x80\x80\x78")).globals[0].init.imms == [-0x80000000]
    assert malformed(global_i32(b"\xff\xff\xff\xff\x0f")).message == "integer too large"
    assert malformed(global_i32(b"\x80\x80\x80\x80\x70")).message == "integer too large"


def test_leb_cut_by_section_end_still_reports_overlong():
    # The section claims 3 bytes but the LEB continues past it (binary-leb128.wast).
    data = TYPE_AND_FUNC + b"\x03\x03\x01\x80\x80\x80\x80\x80\x00"
    assert malformed(data).message == "integer representation too long"


# --- sections --------------------------------------------------------------------------

def test_sections_decode_into_the_data_model():
    module = decode_module(wat("""
      (module
        (type $t (func (param i32 i64) (result f32)))
        (import "env" "f" (func $imp (type $t)))
        (import "env" "mem" (memory 1 2))
        (import "env" "g" (global $g (mut i32)))
        (table 3 funcref)
        (global $h i64 (i64.const -5))
        (func $f (export "run") (type $t) (local f64 i32) (f32.const 1.5))
        (elem (i32.const 1) $f $imp)
        (data (i32.const 8) "hi")
        (start $s)
        (func $s))
    """))
    assert module.types[0] == FuncType(("i32", "i64"), ("f32",))
    assert [(imp.module, imp.name, imp.kind) for imp in module.imports] == \
        [("env", "f", "func"), ("env", "mem", "memory"), ("env", "g", "global")]
    assert module.imports[1].desc == MemoryType(1, 2)
    assert module.imports[2].desc == GlobalType("i32", True)
    assert module.tables[0].type == TableType("funcref", 3, None)
    assert module.globals[0].init.ops == [op.I64_CONST] and module.globals[0].init.imms == [-5]
    assert module.num_imported_funcs == 1
    assert module.func_type(1) == FuncType(("i32", "i64"), ("f32",))
    assert module.func_type(2) == FuncType((), ())
    assert Export("run", "func", 1) in module.exports
    assert module.start == 2
    assert module.codes[0].locals == ["f64", "i32"]
    assert module.codes[0].ops == [op.F32_CONST, op.END]
    assert module.codes[0].imms[0] == 0x3FC00000
    elem = module.elems[0]
    assert elem.mode == "active" and elem.table == 0 and [item.imms[0] for item in elem.items] == [1, 0]
    assert module.datas[0].data == b"hi" and module.datas[0].offset_expr.imms == [8]
    assert module.names.get(1) == "f"
    assert {"imports", "memory", "globals", "tables", "float"} <= module.features


def test_instruction_immediates_and_offsets():
    data = wat("""
      (module
        (type $v (func))
        (memory 1)
        (table 1 funcref)
        (func (param i32) (result i32)
          (block $b (result i32)
            (br_table 0 0 (i32.const -7) (local.get 0)))
          (i32.load16_u offset=12 align=1)
          (call_indirect (type $v) (i32.const 0))
          (select (result i32) (i32.const 1) (i32.const 2) (i32.const 3))
          (memory.fill (i32.const 0) (i32.const 0) (i32.const 0))
          (drop)))
    """)
    module = decode_module(data)
    body = module.codes[0]
    pairs = list(zip(body.ops, body.imms))
    assert (op.BLOCK, "i32") in pairs
    assert (op.I32_CONST, -7) in pairs
    assert (op.BR_TABLE, ((0,), 0)) in pairs
    assert (op.I32_LOAD16_U, (0, 12)) in pairs
    assert (op.CALL_INDIRECT, (0, 0)) in pairs
    assert (op.SELECT_T, ("i32",)) in pairs
    assert (op.MEMORY_FILL, 0) in pairs
    assert body.ops[-1] == op.END
    for code, offset in zip(body.ops, body.offsets):
        first_byte = code if code < 0x100 else code >> 12
        assert data[offset] == first_byte
    assert op.OPCODE_NAMES[op.MEMORY_FILL] == "memory.fill" and op.MEMORY_FILL == 0xFC00B
    assert op.OPCODE_NAMES[op.SELECT_T] == "select"


def test_function_and_code_counts_must_match():
    data = TYPE_AND_FUNC + section(3, b"\x02\x00\x00") + section(10, b"\x01\x02\x00\x0b")
    assert malformed(data).message == "function and code section have inconsistent lengths"


def test_missing_end_and_illegal_opcode():
    two_funcs = TYPE_AND_FUNC + section(3, b"\x02\x00\x00")
    missing_end = two_funcs + section(10, b"\x02\x02\x00\x01\x02\x00\x0b")
    assert malformed(missing_end).message == "END opcode expected"
    last_missing = TYPE_AND_FUNC + section(3, b"\x01\x00") + section(10, b"\x01\x02\x00\x01")
    assert malformed(last_missing).message.startswith("unexpected end")
    illegal = TYPE_AND_FUNC + section(3, b"\x01\x00") + section(10, b"\x01\x03\x00\xff\x0b")
    error = malformed(illegal)
    assert error.message == "illegal opcode ff" and error.offset == len(illegal) - 2


def test_too_many_locals():
    data = TYPE_AND_FUNC + section(3, b"\x01\x00") + section(10, b"\x01\x08\x01\xff\xff\xff\xff\x0f\x7f\x0b")
    assert malformed(data).message == "too many locals"


def test_data_count_rules():
    memory = section(5, b"\x01\x00\x01")
    body_with_data_drop = section(10, b"\x01\x05\x00\xfc\x09\x00\x0b")
    needs_count = TYPE_AND_FUNC + section(3, b"\x01\x00") + memory + body_with_data_drop + section(11, b"\x01\x01\x00")
    assert malformed(needs_count).message == "data count section required"
    mismatch = HEADER + memory + section(12, b"\x02") + section(11, b"\x01\x01\x00")
    assert malformed(mismatch).message == "data count and data section have inconsistent lengths"
    ok = TYPE_AND_FUNC + section(3, b"\x01\x00") + memory + section(12, b"\x01") + body_with_data_drop \
        + section(11, b"\x01\x01\x00")
    module = decode_module(ok)
    assert module.data_count == 1 and module.datas[0].mode == "passive"
    assert "bulk-memory" in module.features


@pytest.mark.parametrize("payload, message", [
    (b"\x01\x01a\x01b\x05", "malformed import kind"),
    (b"\x01\x01a\x01b\x03\x7f\x02", "malformed mutability"),
    (b"\x01\x01a\x01b\x01\x7f\x00\x00", "malformed reference type"),
    (b"\x01\x01a\x01b\x02\x08\x00", "malformed limits flags"),
])
def test_malformed_import_descriptions(payload, message):
    assert malformed(HEADER + section(2, payload)).message == message


def test_proposal_features_are_recorded_and_decoded():
    module = decode_module(wat("""
      (module
        (memory 1)
        (func (result v128) (v128.const i32x4 1 2 3 4) (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15
          (v128.load offset=4 (i32.const 0))))
        (func (result i32 i64) (return_call 1)))
    """))
    assert {"simd", "tail-call", "multi-value"} <= module.features
    body = module.codes[0]
    assert body.imms[body.ops.index(op.V128_CONST)] == bytes([1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0])
    assert body.imms[body.ops.index(op.I8X16_SHUFFLE)] == bytes(range(16))
    assert body.imms[body.ops.index(op.V128_LOAD)] == (4, 4)


def test_truncations_only_raise_decode_errors():
    data = wat("""
      (module (memory 1) (global (mut i32) (i32.const 1))
        (func (export "f") (param i32) (result i32)
          (block (result i32) (local.get 0) (br_if 0 (i32.const 1)))
          (i64.const 123456789) (drop) (f64.const 2.5) (drop) (i32.load (i32.const 0)) (i32.add))
        (data (i32.const 0) "abc"))
    """)
    section_starts = set(decode_module(data).section_offsets.values())
    rejected = 0
    for length in range(len(data)):
        try:
            decode_module(data[:length])
        except DecodeError:
            rejected += 1
        else:  # only a cut between two sections leaves a well-formed module
            assert length == 8 or length in section_starts
    assert rejected > len(data) - 10


def test_opcodes_stub_spells_out_every_constant():
    stub = Path(op.__file__).with_suffix(".pyi")
    assert stub.read_text() == op.stub_text(), "regenerate: python -m wasmoon_aot.aot.wasm.opcodes > opcodes.pyi"
    assert f"I32_ADD: Final = {op.I32_ADD:#x}  # i32.add" in stub.read_text()


def test_operator_shapes_give_typing_accesses_and_traps():
    assert op.NUMERIC_SIGNATURE[op.I64_EQZ] == (("i64",), "i32")
    assert op.NUMERIC_SIGNATURE[op.F32_LT] == (("f32", "f32"), "i32")
    assert op.NUMERIC_SIGNATURE[op.I32_DIV_S] == (("i32", "i32"), "i32")
    assert op.NUMERIC_SIGNATURE[op.F64_CONVERT_I32_U] == (("i32",), "f64")
    assert op.NUMERIC_SIGNATURE[op.I64_TRUNC_SAT_F32_U] == (("f32",), "i64")
    assert op.NUMERIC_SIGNATURE[op.I64_EXTEND32_S] == (("i64",), "i64")
    assert set(op.NUMERIC_SIGNATURE) == set(range(0x45, 0xC5)) | set(range(0xFC000, 0xFC008))
    assert op.TRAPPING == {code for code, name in op.OPCODE_NAMES.items()
                           if name[:3] in ("i32", "i64") and name[4:8] in ("div_", "rem_", "trun")
                           and "sat" not in name and code in op.NUMERIC_SIGNATURE}
    assert op.MEMORY_ACCESS[op.I32_LOAD] == op.Access("i32", 4, False, False)
    assert op.MEMORY_ACCESS[op.I32_LOAD8_S] == op.Access("i32", 1, True, False)
    assert op.MEMORY_ACCESS[op.I64_LOAD32_U] == op.Access("i64", 4, False, False)
    assert op.MEMORY_ACCESS[op.F64_STORE] == op.Access("f64", 8, False, True)
    assert op.MEMORY_ACCESS[op.I64_STORE16] == op.Access("i64", 2, False, True)
    assert set(op.MEMORY_ACCESS) == set(range(op.I32_LOAD, op.I64_STORE32 + 1))
    assert op.ATOMIC_ACCESS[op.MEMORY_ATOMIC_WAIT64] == ("wait", "i64", 8)
    assert op.ATOMIC_ACCESS[op.I64_ATOMIC_LOAD16_U] == ("load", "i64", 2)
    assert op.ATOMIC_ACCESS[op.I32_ATOMIC_RMW8_XCHG_U] == ("rmw", "i32", 1)
    assert op.ATOMIC_ACCESS[op.I64_ATOMIC_RMW32_CMPXCHG_U] == ("cmpxchg", "i64", 4)
    assert set(op.ATOMIC_ACCESS) == {code for code, name in op.OPCODE_NAMES.items() if ".atomic." in name}


def test_simd_shapes_give_lane_shapes_typing_accesses_and_immediates():
    simd = {code for code in op.OPCODE_NAMES if 0xFD000 <= code <= 0xFDFFF}
    assert set(op.SIMD_SHAPE) == simd and len(simd) == 256
    for code, shape in op.SIMD_SHAPE.items():  # outside memory accesses, the names spell the lane shapes out
        prefix, operation = op.OPCODE_NAMES[code].split(".")
        source = re.search(r"[if](8|16|32|64)x(16|8|4|2)", operation)
        if code not in op.SIMD_ACCESS:
            assert shape.lane_shape == (None if prefix == "v128" else prefix), op.OPCODE_NAMES[code]
            assert shape.source_shape == (source and source.group(0)), op.OPCODE_NAMES[code]
    assert op.SIMD_SHAPE[op.I16X8_EXTEND_HIGH_I8X16_U] == op.SimdShape("vunary", "i16x8", "i8x16")
    assert op.SIMD_SHAPE[op.I8X16_NARROW_I16X8_S] == op.SimdShape("vbinary", "i8x16", "i16x8")
    assert op.SIMD_SHAPE[op.V128_XOR] == op.SimdShape("vbinary", None, None)
    assert op.SIMD_SHAPE[op.V128_LOAD16_SPLAT] == op.SimdShape("vload", "i16x8", None)
    assert op.SIMD_SIGNATURE[op.I64X2_SHR_U] == (("v128", "i32"), "v128")
    assert op.SIMD_SIGNATURE[op.I16X8_BITMASK] == (("v128",), "i32")
    assert op.SIMD_SIGNATURE[op.F64X2_SPLAT] == (("f64",), "v128")
    assert op.SIMD_SIGNATURE[op.I64X2_REPLACE_LANE] == (("v128", "i64"), "v128")
    assert op.SIMD_SIGNATURE[op.F32X4_RELAXED_NMADD] == (("v128",) * 3, "v128")
    assert op.SIMD_SIGNATURE[op.V128_CONST] == ((), "v128")
    assert set(op.SIMD_SIGNATURE) == simd - set(op.SIMD_ACCESS)
    assert op.SIMD_ACCESS[op.V128_LOAD] == op.SimdAccess("vector", 16, False, False)
    assert op.SIMD_ACCESS[op.V128_LOAD32X2_S] == op.SimdAccess("extend", 8, True, False)
    assert op.SIMD_ACCESS[op.V128_LOAD64_ZERO] == op.SimdAccess("zero", 8, False, False)
    assert op.SIMD_ACCESS[op.V128_STORE16_LANE] == op.SimdAccess("lane", 2, False, True)
    assert (op.SIMD_ACCESS[op.V128_STORE16_LANE].lanes, op.SIMD_ACCESS[op.V128_STORE16_LANE].natural) == (8, 1)
    assert op.SIMD_ACCESS[op.V128_LOAD8_SPLAT].lanes == 0
    assert set(op.SIMD_ACCESS) == {code for code in simd if op.OPCODE_NAMES[code].startswith("v128.load")
                                   or op.OPCODE_NAMES[code].startswith("v128.store")}
    assert op.SIMD_LANE[op.I16X8_EXTRACT_LANE_S] == op.LaneAccess(8, "i32", False, True)
    assert op.SIMD_LANE[op.F32X4_REPLACE_LANE] == op.LaneAccess(4, "f32", True, False)
    assert set(op.SIMD_LANE) == {code for code in simd if op.OPCODE_NAMES[code].split(".")[1].split("_lane")[0]
                                 in ("extract", "replace")}
    assert op.IMMEDIATE_KIND[op.V128_LOAD32_LANE] == op.IMM_MEMARG_LANE
    assert op.IMMEDIATE_KIND[op.V128_LOAD32_ZERO] == op.IMM_MEMARG
    assert op.IMMEDIATE_KIND[op.I8X16_SHUFFLE] == op.IMM_SHUFFLE
    assert op.IMMEDIATE_KIND[op.I32X4_EXTRACT_LANE] == op.IMM_LANE
    assert op.IMMEDIATE_KIND[op.I32X4_DOT_I16X8_S] == op.IMM_NONE


def test_memarg_flags_in_an_overlong_leb128_are_an_alignment_without_memory_index():
    # i32.load with flags 2 spelled 0x82 0x00 and offset 0x40000 (found by tests/test_wasm_fuzz.py)
    data = bytes.fromhex("0061736d01000000010401600000030201000503010001"
                         "0a1001 0e01017f4100 2882008080 10001a0b".replace(" ", ""))
    body = decode_module(data).codes[0]
    assert body.imms[body.ops.index(op.I32_LOAD)] == (2, 0x40000)


def test_br_on_cast_flags_above_3_are_malformed():
    text = """(module (type $t (struct)) (func (param anyref) (result anyref)
                (block (result anyref) (br_on_cast 0 anyref (ref $t) (local.get 0)))))"""
    data = bytearray(wat(text))
    flags_at = data.index(b"\xfb\x18") + 2
    decode_module(bytes(data))
    data[flags_at] = 0x0B
    with pytest.raises(DecodeError) as info:
        decode_module(bytes(data))
    assert info.value.message == "malformed cast flags" and info.value.offset == flags_at


def test_custom_page_sizes_decode_into_the_memory_type():
    module = decode_module(wat("(module (memory 1 2 (pagesize 1)) (memory i64 3 (pagesize 65536)))"))
    assert module.memories == [MemoryType(1, 2, page_size_log2=0), MemoryType(3, None, is64=True)]
    assert "custom-page-sizes" in module.features
    assert "custom-page-sizes" not in decode_module(wat("(module (memory 1))")).features
    assert malformed(HEADER + section(5, b"\x01\x08\x00\x41")).message == "invalid custom page size"  # 2**65
    # Wasm 3.0's core suite: a flag 8 with nothing after it is malformed limits flags, not a truncation.
    assert malformed(HEADER + section(5, b"\x01\x08")).message == "malformed limits flags"


def test_custom_descriptor_encodings_decode():
    exact_field = decode_module(HEADER + section(1, b"\x01\x5f\x01\x64\x62\x00\x00"))   # (ref (exact 0))
    assert exact_field.types[0].fields[0].storage == "(ref exact 0)"
    assert "custom-descriptors" in exact_field.features
    pair = decode_module(HEADER + section(1, b"\x01\x4e\x02\x4d\x01\x5f\x00\x4c\x00\x5f\x00"))
    assert [(sub.describes, sub.descriptor) for sub in pair.subtypes] == [(None, 1), (0, None)]
    imported = decode_module(HEADER + section(1, b"\x01\x60\x00\x00") + section(2, b"\x01\x00\x00\x20\x00"))
    assert imported.imports[0].kind == "func" and imported.imports[0].exact
    # ref.null (exact 0) then ref.get_desc 0 and ref.cast_desc_eq (ref null (exact 0))
    body = b"\x00\xd0\x62\x00\xfb\x22\x00\xfb\x24\x62\x00\x1a\x0b"
    code = decode_module(HEADER + section(1, b"\x01\x60\x00\x00") + section(3, b"\x01\x00")
                         + section(10, b"\x01" + bytes([len(body)]) + body)).codes[0]
    assert list(zip(code.ops, code.imms))[:3] == [(op.REF_NULL, "exact 0"), (op.REF_GET_DESC, 0),
                                                   (op.REF_CAST_DESC_EQ_NULL, "exact 0")]
    assert "custom-descriptors" not in decode_module(HEADER + section(1, b"\x01\x5f\x00")).features


@pytest.mark.parametrize("types", [
    b"\x01\x4e\x02\x4d\x01\x4d\x01\x5f\x00\x4c\x00\x5f\x00",     # two descriptor clauses
    b"\x01\x4e\x02\x4d\x01\x5f\x00\x4c\x00\x4c\x00\x5f\x00",     # two describes clauses
    b"\x01\x4e\x02\x4d\x01\x5f\x00\x4d\x02\x4c\x00\x5f\x00",     # descriptor before describes
], ids=["descriptor-twice", "describes-twice", "wrong-order"])
def test_misplaced_descriptor_clauses_are_malformed(types):
    assert malformed(HEADER + section(1, types)).message == "malformed definition type"


def test_an_exact_prefix_needs_a_type_index():
    assert malformed(HEADER + section(1, b"\x01\x5f\x01\x64\x62\x62\x00\x00")).message == "malformed storage type"


def test_a_field_type_that_is_no_storage_type_is_malformed():
    assert malformed(HEADER + section(1, b"\x01\x5f\x01\x62\x00\x00")).message == "malformed storage type"


def test_wide_arithmetic_shapes():
    assert op.WIDE_SIGNATURE[op.I64_ADD128] == (("i64",) * 4, ("i64", "i64"))
    assert op.WIDE_SIGNATURE[op.I64_MUL_WIDE_U] == (("i64", "i64"), ("i64", "i64"))
    assert op.WIDE_ARITHMETIC[op.I64_SUB128] == op.Wide("sub", False)
    assert op.WIDE_ARITHMETIC[op.I64_MUL_WIDE_S] == op.Wide("mul", True)
    assert set(op.WIDE_ARITHMETIC) == set(op.WIDE_SIGNATURE) == set(range(op.I64_ADD128, op.I64_MUL_WIDE_U + 1))
