"""Guard pages (compile option bounds_checks, runtime/guard.py, aot/isa/aarch64/guard_handler.py).

Every load and store width, scalar and v128, at offsets up to 2**32 - 1 with addresses near
2**32, traps out of bounds with the Wasm offset of its own instruction in both modes, and a
store that straddles the end writes nothing; a fault that is not a Wasm access (in Python's
own code, or in a host function called from Wasm) still kills the process as it did, through
Python's faulthandler when that is on; guard-page code refuses a memory without guard pages.
"""

from __future__ import annotations

import signal

import pytest

from guest import run_in_process, wat_artifact
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.runtime import Trap, TrapCode, abi, load
from wasmoon_aot.runtime.errors import LinkError
from wasmoon_aot.runtime.linking import require_guard_pages
from wasmoon_aot.runtime.memory import Memory

PAGE = abi.PAGE_SIZE
OFFSETS = (0, 0x10, abi.GUARD_BYTES - 16, abi.GUARD_BYTES - 15, 0x7FFF_FFF0, 0xFFFF_FFFF)   # in the guard, past it
LOADS = {"i32.load": 4, "i64.load": 8, "f32.load": 4, "f64.load": 8, "i32.load8_s": 1, "i32.load16_u": 2,
         "i64.load8_u": 1, "i64.load16_s": 2, "i64.load32_s": 4, "v128.load": 16, "v128.load8x8_s": 8,
         "v128.load32_splat": 4, "v128.load64_zero": 8}
STORES = {"i32.store": ("i32", 4), "i64.store": ("i64", 8), "f32.store": ("f32", 4), "f64.store": ("f64", 8),
          "i32.store8": ("i32", 1), "i32.store16": ("i32", 2), "i64.store32": ("i64", 4), "v128.store": ("v128", 16)}
LANES = {"v128.load8_lane": 1, "v128.load64_lane": 8, "v128.store16_lane": 2, "v128.store32_lane": 4}
# The scalar accesses' opcodes, from 0x28 on.
_ALL_SCALAR = ("i32.load", "i64.load", "f32.load", "f64.load", "i32.load8_s", "i32.load8_u", "i32.load16_s",
               "i32.load16_u", "i64.load8_s", "i64.load8_u", "i64.load16_s", "i64.load16_u", "i64.load32_s",
               "i64.load32_u", "i32.store", "i64.store", "f32.store", "f64.store", "i32.store8", "i32.store16",
               "i64.store8", "i64.store16", "i64.store32")


def _name(op: str, offset: int) -> str:
    return f"{op}@{offset:x}"


def _module() -> str:
    funcs = []
    for op, size in LOADS.items():
        result = op.split(".")[0]
        for offset in OFFSETS:
            funcs.append(f'(func (export "{_name(op, offset)}") (param i32) (result {result})'
                         f' ({op} offset={offset} (local.get 0)))')
    for op, (valtype, size) in STORES.items():
        for offset in OFFSETS:
            funcs.append(f'(func (export "{_name(op, offset)}") (param i32 {valtype})'
                         f' ({op} offset={offset} (local.get 0) (local.get 1)))')
    for op, size in LANES.items():
        for offset in OFFSETS:
            if "store" in op:
                funcs.append(f'(func (export "{_name(op, offset)}") (param i32 v128)'
                             f' ({op} offset={offset} 1 (local.get 0) (local.get 1)))')
            else:
                funcs.append(f'(func (export "{_name(op, offset)}") (param i32 v128) (result v128)'
                             f' ({op} offset={offset} 1 (local.get 0) (local.get 1)))')
    return '(module (memory (export "memory") 1)\n' + "\n".join(funcs) + ")"


WAT = _module()
WASM = wat_to_wasm(WAT.encode())
SIZES = {**LOADS, **{op: size for op, (_, size) in STORES.items()}, **LANES}


def _args(op: str, address: int) -> tuple:
    if op in STORES:
        return address, 0 if STORES[op][0] != "v128" else (1 << 128) - 1
    if op in LANES:
        return address, (1 << 128) - 1
    return (address,)


@pytest.fixture(scope="module", params=["guard", "explicit"])
def instance(request, tmp_path_factory):
    path = wat_artifact(tmp_path_factory.mktemp(request.param) / "widths.so", WAT, bounds_checks=request.param)
    return load(path)


def _faulting_addresses(size: int, offset: int) -> list[int]:
    """Addresses at which an access of `size` bytes at `offset` is out of bounds of one page: the first
    one past the end (straddling it, when the access is wider than a byte), and the last ones of 2**32."""
    first = PAGE - size - offset + 1
    return ([first] if first >= 0 else []) + [0xFFFF_FFF0, 0xFFFF_FFFF]


@pytest.mark.parametrize("op", list(SIZES))
def test_every_width_traps_at_its_own_instruction(instance, op):
    memory = instance.exports["memory"]
    before = memory.read(0, PAGE)
    for offset in OFFSETS:
        function = instance.exports[_name(op, offset)]
        last = PAGE - SIZES[op] - offset
        if last >= 0:
            function(*_args(op, last))   # in bounds: no trap
        for address in _faulting_addresses(SIZES[op], offset):
            with pytest.raises(Trap) as info:
                function(*_args(op, address))
            trap = info.value
            assert trap.code == TrapCode.MEMORY_OUT_OF_BOUNDS, (op, offset, address)
            assert trap.func_name == _name(op, offset)
            # The offset is the access's own operator: 0xFD (SIMD prefix) or its one-byte opcode.
            assert WASM[trap.wasm_offset] == (0xFD if op.startswith("v128") else 0x28 + _ALL_SCALAR.index(op))
        memory.write(0, before)   # in-bounds stores of the first round
    assert memory.read(0, PAGE) == before


def test_a_straddling_store_writes_nothing(instance):
    memory = instance.exports["memory"]
    memory.write(PAGE - 16, bytes(range(16)))
    for op, (_, size) in STORES.items():
        if size > 1:
            with pytest.raises(Trap):
                instance.exports[_name(op, 0)](*_args(op, PAGE - size + 1))
    assert memory.read(PAGE - 16, 16) == bytes(range(16))


def test_guard_code_refuses_a_memory_without_guard_pages(monkeypatch):
    from wasmoon_aot.runtime import memory as memory_module
    real = memory_module._reserve

    def no_guard(nbytes):
        if nbytes == abi.GUARDED_RESERVATION:
            raise MemoryError("no room")
        return real(nbytes)
    monkeypatch.setattr(memory_module, "_reserve", no_guard)
    plain = Memory(1)
    assert not plain.guarded
    with pytest.raises(LinkError, match="memory 0 has no guard pages"):
        require_guard_pages({abi.META_FAULT_SITES: [[0, 4]]}, [plain])
    require_guard_pages({}, [plain])   # explicit checks need none
    require_guard_pages({abi.META_FAULT_SITES: [[0, 4]]}, [Memory(1, is64=True)])   # 64-bit: explicit checks


def test_a_memory_of_explicit_code_is_refused_to_guard_code(tmp_path):
    """A module compiled with explicit checks defines its memory without guard pages (it costs no
    more address space than its maximum): importing it into guard-page code is a one-line LinkError."""
    exporter = wat_artifact(tmp_path / "exporter.so", '(module (memory (export "mem") 1 1))',
                            bounds_checks="explicit")
    importer = '(module (import "m" "mem" (memory 1)) (func (export "f") (result i32) (i32.load (i32.const 0))))'
    plain = load(exporter)
    explicit = load(wat_artifact(tmp_path / "explicit.so", importer, bounds_checks="explicit"), {"m": plain})
    assert explicit.exports["f"]() == 0
    with pytest.raises(LinkError, match="^memory 0 has no guard pages, which this code"):
        load(wat_artifact(tmp_path / "guard.so", importer), {"m": plain})


CRASH = """
import ctypes, faulthandler, sys
from wasmoon_aot.runtime import Trap, load
if sys.argv[2] == "faulthandler":
    faulthandler.enable()
def crash():
    ctypes.string_at(0)
instance = load(sys.argv[1], {"host": {"crash": crash}})
try:
    instance.exports.peek(0xFFFFFFF0)
except Trap as trap:
    print("trapped:", trap, flush=True)
if sys.argv[3] == "host":
    instance.exports.call_crash()
else:
    crash()
print("survived", flush=True)
"""

CRASH_WAT = """
(module (import "host" "crash" (func $crash)) (memory 1)
  (func (export "peek") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "call_crash") (call $crash)))
"""


@pytest.mark.parametrize("where", ["python", "host"])
@pytest.mark.parametrize("handler", ["faulthandler", "default"])
def test_a_fault_outside_wasm_still_kills(tmp_path, handler, where):
    """The handler is installed (a Wasm access trapped through it first), yet a segfault of other
    code goes to the previous action: faulthandler's report, or the default death by SIGSEGV."""
    artifact = wat_artifact(tmp_path / "crash.so", CRASH_WAT)
    done = run_in_process(tmp_path, CRASH, artifact, handler, where)
    assert "trapped: out of bounds memory access (in peek at wasm offset" in done.stdout, done.stderr
    assert "survived" not in done.stdout
    assert done.returncode == -signal.SIGSEGV, (done.returncode, done.stderr)
    assert ("Fatal Python error: Segmentation fault" in done.stderr) == (handler == "faulthandler"), done.stderr


REWRITE = """
import sys
from wasmoon_aot.runtime import Trap, load
first = load(sys.argv[1])          # the process's first guard-page artifact: its handler is installed
with open(sys.argv[2], "rb") as other, open(sys.argv[1], "r+b") as same:
    same.truncate(0)
    same.write(other.read())       # the file rewritten in place, as `open(path, "wb")` does
print("kept:", first.exports.f(0), flush=True)
try:
    first.exports.f(0xFFFFFFF0)
except Trap as trap:
    print("trapped:", trap, flush=True)
"""


def test_rewriting_a_loaded_artifact_changes_neither_its_code_nor_the_handler(tmp_path):
    """Artifacts are mapped from a private copy, so rewriting the file in place leaves the loaded
    code, and the fault handler that lives in it, as they were."""
    first = wat_artifact(tmp_path / "first.so", """(module (memory 1)
      (func (export "f") (param i32) (result i32) (i32.add (i32.load (local.get 0)) (i32.const 1))))""")
    other = wat_artifact(tmp_path / "other.so", """(module (memory 1) (func $pad (result i32) (i32.const 7))
      (func (export "f") (param i32) (result i32) (i32.sub (i32.load offset=4 (local.get 0)) (i32.const 9))))""")
    done = run_in_process(tmp_path, REWRITE, first, other)
    assert "kept: 1" in done.stdout, (done.stdout, done.stderr)
    assert "trapped: out of bounds memory access (in f at wasm offset" in done.stdout, (done.stdout, done.stderr)


@pytest.mark.parametrize("target", ["elf", "macho"])
def test_the_handler_finds_its_registry_word_in_both_formats(tmp_path, target):
    """Static check (the Mach-O handler never runs here): the handler's first words, an adrp/add
    pair the linker patched, compute the address of the data word the runtime points at the registry."""
    import capstone
    import lief
    from wasmoon_aot.aot.compiler import compile_bytes
    from wasmoon_aot.linker import write_elf, write_macho
    image = compile_bytes(wat_to_wasm(CRASH_WAT.encode())).image
    path = tmp_path / ("guard.so" if target == "elf" else "guard.dylib")
    path.write_bytes(write_elf(image) if target == "elf" else write_macho(image))
    binary = lief.parse(str(path))
    prefix = "" if target == "elf" else "_"
    symbols = {symbol.name: symbol.value for symbol in binary.symbols}
    handler, word = symbols[prefix + abi.GUARD_HANDLER_SYMBOL], symbols[prefix + abi.GUARD_SLOT_SYMBOL]
    code = bytes(binary.get_content_from_virtual_address(handler, 12))
    adrp, add, ldr = capstone.Cs(capstone.CS_ARCH_ARM64, capstone.CS_MODE_ARM).disasm(code, handler)
    assert (adrp.mnemonic, add.mnemonic, ldr.mnemonic) == ("adrp", "add", "ldr")
    page = int(adrp.op_str.split("#")[1], 16)
    assert page + int(add.op_str.split("#")[1], 16) == word
    section = binary.get_section(".data" if target == "elf" else "__data")
    assert section.virtual_address <= word < section.virtual_address + section.size
