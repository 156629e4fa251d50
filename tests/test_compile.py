"""End to end: WAT -> compiler -> ELF -> runtime, checked against Python arithmetic."""

from __future__ import annotations

import struct

import pytest

from wasmoon_aot.aot.compiler import compile_bytes
from wasmoon_aot.aot.isa import backend_for
from wasmoon_aot.aot.listing import module_listing
from wasmoon_aot.aot.options import CompileOptions
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.linker import write_elf
from wasmoon_aot.runtime import Trap, TrapCode, abi, load

MODULE = r"""
(module
  (import "host" "log" (func $log (param i32 i64)))
  (import "host" "twice" (func $twice (param f64) (result f64)))
  (func $fac (export "fac") (param i64) (result i64)
    (if (result i64) (i64.eqz (local.get 0))
      (then (i64.const 1))
      (else (i64.mul (local.get 0) (call $fac (i64.sub (local.get 0) (i64.const 1)))))))
  (func (export "div_s") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
  (func (export "rem_s") (param i64 i64) (result i64) (i64.rem_s (local.get 0) (local.get 1)))
  (func (export "boom") (unreachable))
  (func $down (export "recurse") (param i32) (result i32)
    (i32.add (i32.const 1) (call $down (local.get 0))))
  (func (export "switch") (param i32) (result i32)
    (block $d (block $c (block $b (block $a
      (br_table $a $b $c $d (local.get 0)))
      (return (i32.const 10)))
      (return (i32.const 20)))
      (return (i32.const 30)))
    (i32.const 40))
  (func (export "pick") (param i32 i64 i64) (result i64)
    (select (local.get 1) (local.get 2) (local.get 0)))
  (func (export "bits") (param i32) (result i32 i32 i32 i32)
    (i32.clz (local.get 0)) (i32.ctz (local.get 0)) (i32.popcnt (local.get 0))
    (i32.rotl (local.get 0) (i32.const 8)))
  (func $many (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
    (local.get 9) (local.get 8) (local.get 7) (local.get 6) (local.get 5)
    (local.get 4) (local.get 3) (local.get 2) (local.get 1) (local.get 0))
  (func (export "reverse_sum") (result i64)
    (local $acc i64)
    (call $many (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4) (i64.const 5)
                (i64.const 6) (i64.const 7) (i64.const 8) (i64.const 9) (i64.const 10))
    ;; fold the 10 results as acc*11 + r, so order matters
    (local.set $acc (i64.const 0))
    (loop $fold (param i64 i64 i64 i64 i64 i64 i64 i64 i64 i64) (result i64)
      (drop) (drop) (drop) (drop) (drop) (drop) (drop) (drop) (drop))
    (i64.add (local.get $acc)))
  (func (export "call_host") (param i32 i64) (result f64)
    (call $log (local.get 0) (local.get 1))
    (call $twice (f64.convert_i64_s (local.get 1))))
  (func (export "floats") (param f32 f64) (result f64)
    (f64.add (f64.promote_f32 (f32.neg (local.get 0)))
             (f64.sqrt (f64.abs (local.get 1)))))
  (func (export "fcmp") (param f64 f64) (result i32 i32 i32)
    (f64.lt (local.get 0) (local.get 1)) (f64.le (local.get 0) (local.get 1))
    (f64.ne (local.get 0) (local.get 1)))
)
"""


@pytest.fixture(scope="module")
def instance(tmp_path_factory):
    path = tmp_path_factory.mktemp("e2e") / "module.so"
    path.write_bytes(write_elf(compile_bytes(wat_to_wasm(MODULE.encode())).image))
    calls = []
    instance = load(str(path), imports={"host": {"log": lambda a, b: calls.append((a, b)),
                                                 "twice": lambda x: 2 * x}})
    instance.host_calls = calls
    return instance


def test_recursion_and_i64(instance):
    assert instance.exports.fac(20) == 2432902008176640000
    assert instance.exports.fac(0) == 1


@pytest.mark.parametrize("a,b", [(7, 2), (-7, 2), (7, -2), (-2**31, 1), (5, 7)])
def test_signed_division_matches_truncation(instance, a, b):
    quotient = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
    assert instance.exports.div_s(a, b) == quotient


def test_division_traps(instance):
    with pytest.raises(Trap) as caught:
        instance.exports.div_s(1, 0)
    assert caught.value.code == TrapCode.INTEGER_DIVIDE_BY_ZERO
    assert caught.value.func_name == "div_s"
    with pytest.raises(Trap) as caught:
        instance.exports.div_s(-2**31, -1)
    assert caught.value.message == "integer overflow"
    assert instance.exports.rem_s(-2**63, -1) == 0


def test_unreachable_and_stack_overflow(instance):
    with pytest.raises(Trap) as caught:
        instance.exports.boom()
    assert caught.value.message == "unreachable"
    with pytest.raises(Trap) as caught:
        instance.exports.recurse(0)
    assert caught.value.code == TrapCode.STACK_OVERFLOW
    assert instance.exports.fac(5) == 120  # still healthy after unwinding


@pytest.mark.parametrize("index,expected", [(0, 10), (1, 20), (2, 30), (3, 40), (4, 40), (-1, 40)])
def test_br_table(instance, index, expected):
    assert instance.exports.switch(index) == expected


def test_select_and_bit_counting(instance):
    assert instance.exports.pick(1, 5, 6) == 5
    assert instance.exports.pick(0, 5, 6) == 6
    value = 0x00F0_0100
    rotated = ((value << 8) | (value >> 24)) & 0xFFFF_FFFF
    assert instance.exports.bits(value) == (8, 8, 5, rotated - (1 << 32) if rotated >= 1 << 31 else rotated)


def test_stack_arguments_and_results(instance):
    # $many reverses 1..10; the loop drops nine and leaves the first result (10).
    assert instance.exports.reverse_sum() == 10


def test_host_calls(instance):
    assert instance.exports.call_host(3, -21) == -42.0
    assert instance.host_calls[-1] == (3, -21)


def test_floats_bit_exact(instance):
    f32_bits = struct.unpack("<I", struct.pack("<f", 1.5))[0]
    f64_bits = struct.unpack("<Q", struct.pack("<d", -16.0))[0]
    (result,) = instance.exports.floats.call_bits([f32_bits, f64_bits])
    assert struct.unpack("<d", struct.pack("<Q", result))[0] == 2.5
    nan = float("nan")
    assert instance.exports.fcmp(1.0, 2.0) == (1, 1, 1)
    assert instance.exports.fcmp(nan, 2.0) == (0, 0, 1)
    assert instance.exports.fcmp(2.0, 2.0) == (0, 1, 0)


def test_deterministic_output():
    wasm = wat_to_wasm(MODULE.encode())
    assert write_elf(compile_bytes(wasm).image) == write_elf(compile_bytes(wasm).image)


def _branchy_module(blocks: int) -> str:
    body = []
    for i in range(blocks):
        body.append(f"(local.set $a (i32.add (local.get $a) (i32.const {i * 7919})))"
                    "(if (i32.lt_u (local.get $a) (local.get $b))"
                    " (then (local.set $b (i32.xor (local.get $b) (local.get $a))))"
                    " (else (local.set $b (i32.add (local.get $b) (i32.const 3)))))")
    return (f"(module (func (export \"f\") (param $b i32) (result i32) (local $a i32)"
            f" {' '.join(body)} (i32.xor (local.get $a) (local.get $b))))")


def _branchy_model(blocks: int, b: int) -> int:
    a = 0
    for i in range(blocks):
        a = (a + i * 7919) & 0xFFFF_FFFF
        b = b ^ a if a < b else (b + 3) & 0xFFFF_FFFF
    result = a ^ b
    return result - (1 << 32) if result >= 1 << 31 else result


def test_function_larger_than_conditional_branch_range(tmp_path):
    """Over a MiB of code: far branches to blocks, trap islands flushed in range."""
    for blocks in (5000, 15000, 40000):  # better code needs more source to pass 1 MiB
        result = compile_bytes(wat_to_wasm(_branchy_module(blocks).encode()))
        if result.metadata["functions"][0]["size"] > 1 << 20:
            break
    assert result.metadata["functions"][0]["size"] > 1 << 20
    path = tmp_path / "big.so"
    path.write_bytes(write_elf(result.image))
    instance = load(str(path))
    for b in (0, 12345, 0x7FFF_FFFF):
        assert instance.exports.f(b) == _branchy_model(blocks, b)


def test_trap_in_a_builtin_names_the_wasm_offset(tmp_path):
    wat = """(module (memory 1)
      (func (export "fill") (param i32) (memory.fill (local.get 0) (i32.const 0) (i32.const 16))))"""
    path = tmp_path / "fill.so"
    path.write_bytes(write_elf(compile_bytes(wat_to_wasm(wat.encode())).image))
    instance = load(str(path))
    instance.exports.fill(0)
    with pytest.raises(Trap) as caught:
        instance.exports.fill(65530)
    assert caught.value.message == "out of bounds memory access"
    assert caught.value.func_name == "fill" and caught.value.wasm_offset is not None


def _mnemonics(wasm: bytes, func: str) -> list[str]:
    """The mnemonics of one function's disassembly (`build --emit asm --func`)."""
    return [line.split()[2] for line in module_listing(wasm, "asm", func).splitlines()[1:]]


def test_multiply_add_fusion_keeps_wrapping_semantics(tmp_path):
    wat = """(module
      (func (export "madd") (param i32 i32 i32) (result i32)
        (i32.add (local.get 2) (i32.mul (local.get 0) (local.get 1))))
      (func (export "msub") (param i64 i64 i64) (result i64)
        (i64.sub (local.get 2) (i64.mul (local.get 0) (local.get 1)))))"""
    wasm = wat_to_wasm(wat.encode())
    for name in ("madd", "msub"):
        emitted = _mnemonics(wasm, name)
        assert name in emitted and "mul" not in emitted, emitted     # fused: one instruction, no mul
    path = tmp_path / "madd.so"
    path.write_bytes(write_elf(compile_bytes(wasm).image))
    instance = load(str(path))
    assert instance.exports.madd(0x10000, 0x10001, 7) == 0x10007
    assert instance.exports.msub(3, -5, 1) == 16
    assert instance.exports.msub(2**62, 4, 0) == 0


_CONDITIONS = {"eq": lambda a, b, w: a == b, "lt_s": lambda a, b, w: _signed(a, w) < _signed(b, w),
               "lt_u": lambda a, b, w: a < b, "gt_s": lambda a, b, w: _signed(a, w) > _signed(b, w),
               "ge_u": lambda a, b, w: a >= b}


def _signed(bits: int, width: int) -> int:
    return bits - (1 << width) if bits >> (width - 1) else bits


@pytest.mark.parametrize("ty, constant", [("i32", -5), ("i32", -0x3000), ("i64", -4095), ("i64", 0x7000)])
def test_negated_and_shifted_immediates_keep_semantics(tmp_path, ty, constant):
    """add/sub of a constant whose negation (or itself) is a 12-bit immediate, optionally shifted
    by 12, become sub/add #imm, compares against one cmp/cmn #imm, in a value and in a
    branch, and 0 - x a neg: the results are those of the Wasm operators at the boundary values."""
    width = 32 if ty == "i32" else 64
    mask = (1 << width) - 1
    body = [f'(func (export "add") (param {ty}) (result {ty}) ({ty}.add (local.get 0) ({ty}.const {constant})))',
            f'(func (export "neg") (param {ty}) (result {ty}) ({ty}.sub ({ty}.const 0) (local.get 0)))',
            f'(func (export "sub") (param {ty}) (result {ty}) ({ty}.sub (local.get 0) ({ty}.const {constant})))']
    for cond in _CONDITIONS:
        body.append(f'(func (export "{cond}") (param {ty}) (result i32) ({ty}.{cond} (local.get 0) ({ty}.const {constant})))')
        body.append(f'(func (export "br_{cond}") (param {ty}) (result i32) (if (result i32) ({ty}.{cond} (local.get 0) '
                    f'({ty}.const {constant})) (then (i32.const 7)) (else (i32.const 9))))')
    wasm = wat_to_wasm(f'(module {" ".join(body)})'.encode())
    for name in ("add", "sub", "lt_s"):
        assert "const" not in _lowered_ops(wasm, name), name     # the constant is never in a register
    path = tmp_path / "imm.so"
    path.write_bytes(write_elf(compile_bytes(wasm).image))
    exports = load(str(path)).exports
    bits = constant & mask
    for value in {0, 1, bits, bits - 1 & mask, bits + 1 & mask, 1 << (width - 1), mask >> 1, mask, -bits & mask}:
        arg = _signed(value, width)
        assert exports.add(arg) & mask == (value + bits) & mask
        assert exports.sub(arg) & mask == (value - bits) & mask
        assert exports.neg(arg) & mask == -value & mask
        for cond, holds in _CONDITIONS.items():
            assert getattr(exports, cond)(arg) == int(holds(value, bits, width)), (cond, value)
            assert getattr(exports, f"br_{cond}")(arg) == (7 if holds(value, bits, width) else 9), (cond, value)


def _lowered_ops(wasm: bytes, func: str) -> list[str]:
    """The machine instructions one function lowers to, by name (`build --emit alloc --func`)."""
    ops = []
    for line in module_listing(wasm, "alloc", func).splitlines():
        index, _, inst = line.strip().partition("  ")
        if index.isdigit():
            ops.append(inst.rpartition(" = ")[2].split()[0].rstrip(","))
    return ops


@pytest.mark.parametrize("body, fused, unfused", [
    ("(i32.add (local.get 0) (i32.const 4095))", "alu_imm.add", {"const", "alu.add"}),     # imm12
    ("(i32.and (local.get 0) (i32.const 0xff00ff00))", "alu_imm.and", {"const", "alu.and"}),  # bitmask
    ("(i32.sub (i32.const 0) (local.get 0))", "unary.neg", {"const", "alu.sub"}),           # negation
    ("(if (result i32) (i32.lt_s (local.get 0) (i32.const 10)) (then (i32.const 1)) (else (i32.const 2)))",
     "cmp_branch", {"icmp", "condbr"}),                                      # compare into the branch
    ("(if (result i32) (i32.eqz (local.get 0)) (then (i32.const 1)) (else (i32.const 2)))",
     "cmp_branch", {"eqz", "icmp", "condbr"}),                               # eqz into cbz
    ("(select (local.get 0) (i32.const 5) (i32.gt_u (local.get 0) (local.get 0)))", "select_cmp", {"icmp"}),
])
def test_fused_forms_are_emitted(body, fused, unfused):
    """Each lowering that folds an operand or a compare into its user emits that one
    instruction and not the unfused sequence (the results are checked elsewhere)."""
    wasm = wat_to_wasm(f'(module (func (export "f") (param i32) (result i32) {body}))'.encode())
    ops = _lowered_ops(wasm, "f")
    assert fused in ops and not unfused & set(ops), ops


def test_metadata_is_written_under_the_keys_the_abi_declares():
    """Every top-level key the compiler writes is one runtime/abi.py declares, and every
    declared key but the opt-in compile options, the exception keys and the guard-page keys is
    written; those with the options on, for a module with a try_table, and for memory accesses
    compiled with guard pages."""
    declared = {value for name, value in vars(abi).items() if name.startswith("META_")}
    options, exceptions, guard = set(abi.COMPILE_OPTION_KEYS), set(abi.EXCEPTION_KEYS), set(abi.GUARD_KEYS)
    plain = compile_bytes(wat_to_wasm(MODULE.encode())).metadata
    assert set(plain) == declared - options - exceptions - guard
    metered = compile_bytes(wat_to_wasm(CATCHING.encode()),
                            CompileOptions(consume_fuel=True, epoch_interruption=True)).metadata
    assert set(metered) == declared - guard
    access = '(module (memory 1) (func (export "f") (param i32) (result i32) (i32.load (local.get 0))))'
    assert set(compile_bytes(wat_to_wasm(access.encode())).metadata) == declared - options - exceptions
    assert not guard & set(compile_bytes(wat_to_wasm(access.encode()), CompileOptions(bounds_checks="explicit")).metadata)


# Between them every kind of import, definition, export and segment, so every entry key appears.
EVERY_ENTRY = (r"""
(module
  (import "m" "f" (func (param i32) (result i64)))
  (import "m" "mem" (memory 1 2))
  (import "m" "tab" (table 1 funcref))
  (import "m" "g" (global (mut i32)))
  (table 2 10 externref)
  (table 1 funcref (ref.func $own))
  (global (export "x") f64 (f64.const 1.5))
  (func $own (export "own"))
  (data (i32.const 8) "hi")
  (data "passive")
  (elem (table 0) (i32.const 0) func $own)
  (elem declare func $own))
""", r"""
(module (memory (export "memory") 1 3))
""", r"""
(module (import "m" "t" (tag (param i32))) (tag (param i64)))
""", r"""
(module (import "m" "mem64" (memory i64 1)) (memory i64 1) (table i64 1 funcref))
""", r"""
(module (type $s (sub (struct (field i32)))) (type $a (array i8)))
""", r"""
(module (import "m" "bytes" (memory 1 (pagesize 1))) (memory 1 (pagesize 1)))
""", r"""
(module (import "m" "shared" (memory 1 2 shared)) (memory 1 1 shared))
""", r"""
(module (type $f (func)) (import "m" "exact" (func (exact (type $f)))))
""")


# A module with a tag and a try_table guarding a call.
CATCHING = r"""
(module
  (tag $e)
  (func $f (throw $e))
  (func (block $h (try_table (catch $e $h) (call $f)))))
"""


def _entry_keys(*metas: dict) -> dict[str, set]:
    return {top: {key for meta in metas for entry in meta.get(top, ()) for key in entry} for top in abi.ENTRY_KEYS}


def test_metadata_entries_have_the_keys_the_abi_declares():
    """The entries the compiler writes under each top-level key have exactly the keys
    runtime/abi.py's ENTRY_KEYS lists for it (modules with one of everything), and ENTRY_KEYS
    lists every ENTRY_ key."""
    declared = {value for name, value in vars(abi).items() if name.startswith("ENTRY_") and isinstance(value, str)}
    assert set().union(*map(set, abi.ENTRY_KEYS.values())) == declared
    written = _entry_keys(*(compile_bytes(wat_to_wasm(text.encode())).metadata for text in EVERY_ENTRY))
    assert written == {top: set(keys) for top, keys in abi.ENTRY_KEYS.items()}


def test_backends_are_found_by_isa_name():
    backend = backend_for("aarch64")
    assert backend is backend_for() and backend.name == "aarch64"
    with pytest.raises(ValueError, match="no backend for ISA 'riscv64'"):
        backend_for("riscv64")
