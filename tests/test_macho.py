"""Mach-O dylibs (linker/macho.py, linker/codesign.py): structure, signature, and execution under Unicorn.

No Mac is at hand, so every dylib is checked the ways Linux allows: read back
with LIEF (`check_layout`) and llvm-objdump-19 (fixups, binds, exports trie), its
signature recomputed page by page and compared with the one ld64.lld-19 writes
for the same bytes, and its code run under Unicorn by a small loader
(tests/macho_unicorn.py, which binds imported C functions to Python ones) with
results compared against the ELF build of the same module run under qemu
through the normal runtime.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import struct
import subprocess
import time
from pathlib import Path

import capstone
import lief
import pytest
from macho_unicorn import LIBSYSTEM, MachOFile, UnicornDylib, UnicornInstance, parse_exports_trie
from test_elf import tail_call_image

from wasmoon_aot.aot import cli
from wasmoon_aot.aot.compiler import compile_module
from wasmoon_aot.aot.wasm import decode_module, validate_module
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.linker import codesign
from wasmoon_aot.linker.elf import write_elf
from wasmoon_aot.linker.exports_trie import build_exports_trie
from wasmoon_aot.linker.image import Image, ImportedPointer, Pointer, Symbol
from wasmoon_aot.linker.macho import MH_NOUNDEFS, PAGE_SIZE, write_macho
from wasmoon_aot.linker.readback import describe, symbol_bytes
from wasmoon_aot.runtime import Trap, TrapCode, abi, load, native_format

LLVM_OBJDUMP = "llvm-objdump-19"
LD64_LLD = "ld64.lld-19"
LLVM_MC = "llvm-mc-19"
LC_CODE_SIGNATURE = 0x1D
MACHO_MAGIC = struct.pack("<I", 0xFEEDFACF)
RET = bytes.fromhex("c0035fd6")
MASK64 = (1 << 64) - 1

FAC_WAT = b"""
(module
  (func $fac (export "fac") (param i64) (result i64)
    (if (result i64) (i64.eqz (local.get 0))
      (then (i64.const 1))
      (else (i64.mul (local.get 0) (call $fac (i64.sub (local.get 0) (i64.const 1))))))))
"""

# Memory, a data segment, a mutable global and a host import, all in one export.
MEMORY_WAT = b"""
(module
  (import "env" "scale" (func $scale (param i32) (result i32)))
  (memory 1)
  (data (i32.const 16) "\\05\\00\\00\\00\\07\\00\\00\\00")
  (global $acc (mut i32) (i32.const 100))
  (func (export "run") (param i32) (result i32)
    (global.set $acc (i32.add (global.get $acc)
       (call $scale (i32.add (i32.load (i32.const 16)) (i32.load (i32.const 20))))))
    (i32.store (i32.const 24) (global.get $acc))
    (i32.add (i32.load (i32.const 24)) (local.get 0))))
"""

TRAP_WAT = b"""
(module
  (func (export "div") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
  (func (export "boom") unreachable))
"""


def compile_wat(source: bytes):
    """Decode, validate and compile (without the feature gate: memory/globals compile but are still flagged)."""
    module = decode_module(wat_to_wasm(source))
    validate_module(module)
    return compile_module(module)


def require(tool: str) -> str:
    path = shutil.which(tool)
    assert path, f"{tool} is missing: run `make setup` (Debian llvm-19 / lld-19)"
    return path


@pytest.fixture(scope="module")
def fac_dylib(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("macho") / "fac.dylib"
    path.write_bytes(write_macho(compile_wat(FAC_WAT).image))
    return path


def pointer_image() -> Image:
    """Pointers in rodata (so it moves to __DATA_CONST) and in data, to text, data and rodata."""
    return Image(
        text=RET * 8, rodata=bytes(range(40)), data=bytes(48),
        symbols=[Symbol("f", "text", 0, 4), Symbol("g", "text", 4, 4), Symbol("table", "rodata", 0, 40, "object"),
                 Symbol("cells", "data", 0, 48, "object")],
        pointers=[Pointer("rodata", 8, "text", 4), Pointer("rodata", 16, "data", 8),
                  Pointer("data", 0, "text", 0), Pointer("data", 24, "rodata", 32), Pointer("data", 40, "data", 0)])


def importing_image() -> Image:
    """pointer_image plus imported C functions in __DATA_CONST and __DATA, one of them imported twice."""
    image = pointer_image()
    image.rodata += bytes(16)
    image.data += bytes(8)
    image.imports = [ImportedPointer("rodata", 48, "mmap"), ImportedPointer("data", 48, "free"),
                     ImportedPointer("rodata", 40, "free")]
    return image


def signed64(value: int) -> int:
    return value - (1 << 64) if value >> 63 else value


# --- structure -------------------------------------------------------------------------

def test_layout_reads_back_clean_with_lief(fac_dylib: Path) -> None:
    binary = lief.parse(str(fac_dylib))
    ok, message = lief.MachO.check_layout(binary)
    assert ok, message
    assert binary.header.file_type == lief.MachO.Header.FILE_TYPE.DYLIB
    assert binary.header.cpu_type == lief.MachO.Header.CPU_TYPE.ARM64
    segments = {segment.name: segment for segment in binary.segments}
    assert list(segments) == ["__TEXT", "__LINKEDIT"]  # rodata has no pointers: it stays in __TEXT
    assert (segments["__TEXT"].init_protection, segments["__TEXT"].max_protection) == (5, 5)
    assert (segments["__LINKEDIT"].init_protection, segments["__LINKEDIT"].max_protection) == (1, 1)
    for segment in binary.segments:
        assert segment.virtual_address % PAGE_SIZE == 0 and segment.file_offset == segment.virtual_address
    assert segments["__TEXT"].file_offset == 0
    assert binary.build_version.platform == lief.MachO.BuildVersion.PLATFORMS.MACOS
    assert list(binary.build_version.minos) == [11, 0, 0]
    assert list(binary.build_version.sdk) == [14, 0, 0]
    assert any(binary.uuid.uuid)
    libraries = {library.command: library.name for library in binary.libraries}
    assert libraries[lief.MachO.LoadCommand.TYPE.ID_DYLIB].endswith(".dylib")
    assert libraries[lief.MachO.LoadCommand.TYPE.LOAD_DYLIB] == "/usr/lib/libSystem.B.dylib"
    assert binary.has_code_signature
    signature = binary.code_signature
    assert signature.data_offset + signature.data_size == fac_dylib.stat().st_size
    assert signature.data_offset % 16 == 0


def test_sections_land_in_their_segments_with_data_const_read_only() -> None:
    binary = lief.parse(list(write_macho(pointer_image())))
    ok, message = lief.MachO.check_layout(binary)
    assert ok, message
    layout = [(segment.name, [section.name for section in segment.sections], segment.init_protection,
               segment.flags) for segment in binary.segments]
    assert layout == [("__TEXT", ["__text"], 5, 0), ("__DATA_CONST", ["__const"], 3, 0x10),
                      ("__DATA", ["__data"], 3, 0), ("__LINKEDIT", [], 1, 0)]
    assert binary.get_section("__text").content.tobytes() == RET * 8


def test_symbols_are_underscored_and_found_by_lief_and_inspect(fac_dylib: Path) -> None:
    result = compile_wat(FAC_WAT)
    binary = lief.parse(str(fac_dylib))
    text = binary.get_section("__text").virtual_address
    rodata = binary.get_section("__const").virtual_address
    bases = {"text": text, "rodata": rodata}
    expected = {"_" + symbol.name: bases[symbol.section] + symbol.offset for symbol in result.image.symbols}
    assert {symbol.name: symbol.value for symbol in binary.exported_symbols} == expected
    assert abi.unpack_metadata(symbol_bytes(str(fac_dylib), abi.METADATA_SYMBOL)) == result.metadata


def test_llvm_objdump_lists_every_fixup_and_export(tmp_path: Path) -> None:
    objdump = require(LLVM_OBJDUMP)
    image = pointer_image()
    path = tmp_path / "pointers.dylib"
    path.write_bytes(write_macho(image))
    binary = lief.parse(str(path))
    base = {"text": binary.get_section("__text").virtual_address,
            "rodata": binary.get_section("__const").virtual_address,
            "data": binary.get_section("__data").virtual_address}
    listing = subprocess.run([objdump, "--macho", "--dyld-info", "--chained-fixups", "--exports-trie", str(path)],
                             capture_output=True, text=True, check=True).stdout
    rebases = {(int(where, 16), int(target, 16)) for where, target in
               re.findall(r"^\S+\s+\S+\s+(0x[0-9A-F]+)\s+0x[0-9A-F]+\s+rebase\s+(0x[0-9A-F]+)$", listing, re.M)}
    assert rebases == {(base[p.section] + p.offset, base[p.target_section] + p.target_offset)
                       for p in image.pointers}
    assert "pointer_format = 2 (DYLD_CHAINED_PTR_64)" in listing
    assert "imports_count  = 0" in listing
    exports = {name: int(address, 16) for address, name in re.findall(r"^(0x[0-9A-F]+)\s+(\S+)$", listing, re.M)}
    assert exports == {"_" + s.name: base[s.section] + s.offset for s in image.symbols}
    # The test loader's own chain walk agrees with llvm-objdump.
    assert set(MachOFile(path.read_bytes()).rebases()) == rebases


def test_imports_are_binds_to_libsystem_that_llvm_objdump_lief_and_the_test_loader_agree_on(tmp_path: Path) -> None:
    objdump = require(LLVM_OBJDUMP)
    image = importing_image()
    path = tmp_path / "imports.dylib"
    path.write_bytes(write_macho(image))
    binary = lief.parse(str(path))
    ok, message = lief.MachO.check_layout(binary)
    assert ok, message
    base = {"text": binary.get_section("__text").virtual_address,
            "rodata": binary.get_section("__const").virtual_address,
            "data": binary.get_section("__data").virtual_address}
    expected = sorted((base[slot.section] + slot.offset, "_" + slot.symbol) for slot in image.imports)
    listing = subprocess.run([objdump, "--macho", "--chained-fixups", "--dyld-info", str(path)],
                             capture_output=True, text=True, check=True).stdout
    binds = re.findall(r"^\S+\s+\S+\s+(0x[0-9A-F]+)\s+0x[0-9A-F]+\s+bind\s+0x0\s+(\S+)\s+(\S+)$", listing, re.M)
    assert sorted((int(where, 16), symbol) for where, _, symbol in binds) == expected
    assert {dylib for _, dylib, _ in binds} == {"libSystem"}
    assert "imports_count  = 2" in listing  # free and mmap, each once
    assert re.findall(r"lib_ordinal = (\d+) \((\S+)\)", listing) == [("1", "libSystem")] * 2
    rebases = {(int(where, 16), int(target, 16)) for where, target in
               re.findall(r"^\S+\s+\S+\s+(0x[0-9A-F]+)\s+0x[0-9A-F]+\s+rebase\s+(0x[0-9A-F]+)$", listing, re.M)}
    assert rebases == {(base[p.section] + p.offset, base[p.target_section] + p.target_offset)
                       for p in image.pointers}
    macho = MachOFile(path.read_bytes())
    assert sorted((where, symbol) for where, library, symbol, _ in macho.binds()) == expected
    assert {(library, addend) for _, library, _, addend in macho.binds()} == {(LIBSYSTEM, 0)}
    assert set(macho.rebases()) == rebases
    described = describe(path)
    assert described["libraries"] == [LIBSYSTEM]
    assert [(entry["address"], entry["symbol"]) for entry in described["imports"]] == expected
    assert {entry["library"] for entry in described["imports"]} == {LIBSYSTEM}
    # The symbol table lists them undefined (after the defined ones), so MH_NOUNDEFS is off.
    assert sorted(symbol.name for symbol in binary.imported_symbols) == ["_free", "_mmap"]
    assert not binary.header.flags & MH_NOUNDEFS
    assert lief.parse(list(write_macho(pointer_image()))).header.flags & MH_NOUNDEFS


def test_chains_mix_rebases_and_binds_across_pages() -> None:
    data_size = 2 * PAGE_SIZE + 64
    image = Image(text=RET, data=bytes(data_size), symbols=[Symbol("f", "text", 0, 4)],
                  pointers=[Pointer("data", offset, "text", 0) for offset in (0, 16, PAGE_SIZE + 8)],
                  imports=[ImportedPointer("data", offset, "memset") for offset in (8, PAGE_SIZE - 8, 2 * PAGE_SIZE)])
    macho = MachOFile(write_macho(image))
    data_segment = next(segment for segment in macho.segments if segment[0] == "__DATA")
    assert sorted(where - data_segment[1] for where, _ in macho.rebases()) == [0, 16, PAGE_SIZE + 8]
    assert sorted((where - data_segment[1], symbol) for where, _, symbol, _ in macho.binds()) == [
        (8, "_memset"), (PAGE_SIZE - 8, "_memset"), (2 * PAGE_SIZE, "_memset")]


def test_chains_span_pages_of_a_large_segment() -> None:
    data_size = 3 * PAGE_SIZE + 64
    offsets = [0, 8, PAGE_SIZE - 8, 2 * PAGE_SIZE + 16, 3 * PAGE_SIZE + 56]
    image = Image(text=RET, data=bytes(data_size), symbols=[Symbol("f", "text", 0, 4)],
                  pointers=[Pointer("data", offset, "text", 0) for offset in offsets])
    macho = MachOFile(write_macho(image))
    data_segment = next(segment for segment in macho.segments if segment[0] == "__DATA")
    assert sorted(where - data_segment[1] for where, _ in macho.rebases()) == offsets


def test_exports_trie_is_a_radix_tree_with_every_name() -> None:
    names = [f"_wasm_function_{index}".encode() for index in range(2000)] + [b"_wasmoon_text", b"_w", b"_"]
    exports = [(name, 0x1000 + 4 * index) for index, name in enumerate(names)]
    assert parse_exports_trie(build_exports_trie(exports)) == dict(exports)  # asserts the radix shape too
    assert parse_exports_trie(build_exports_trie([])) == {}


def test_exports_trie_offsets_settle_when_uleb_widths_grow() -> None:
    # Long names push child offsets past 127 and 16383, so offsets widen while the layout settles.
    exports = [(("_" + chr(97 + index % 26) * 40 + str(index)).encode(), index << 20) for index in range(600)]
    assert parse_exports_trie(build_exports_trie(exports)) == dict(exports)


# --- signature --------------------------------------------------------------------------

def _signature(data: bytes) -> tuple[int, int]:
    macho = MachOFile(data)
    return macho.linkedit[LC_CODE_SIGNATURE]


@pytest.mark.parametrize("build", ["fac", "imports"])
def test_every_page_hash_of_the_signature_recomputes(fac_dylib: Path, build: str) -> None:
    data = fac_dylib.read_bytes() if build == "fac" else write_macho(importing_image())
    offset, size = _signature(data)
    assert offset + size == len(data)
    blob = data[offset:]
    magic, length, count = struct.unpack_from(">III", blob)
    assert (magic, length, count) == (0xFADE0CC0, size, 1)
    slot_type, directory_at = struct.unpack_from(">II", blob, 12)
    assert slot_type == 0
    (magic, length, version, flags, hash_offset, ident_offset, special, slots, code_limit, hash_size, hash_type,
     _, page_shift) = struct.unpack_from(">9I4B", blob, directory_at)
    exec_base, exec_limit, exec_flags = struct.unpack_from(">QQQ", blob, directory_at + 64)
    assert (magic, version, flags) == (0xFADE0C02, 0x20400, 0x20002)  # adhoc | linker-signed
    assert (hash_size, hash_type, page_shift, special) == (32, 2, 12, 0)
    assert code_limit == offset and slots == -(-offset // 4096)
    text = next(segment for segment in MachOFile(data).segments if segment[0] == "__TEXT")
    assert (exec_base, exec_limit, exec_flags) == (text[3], text[4], 0)
    identifier = blob[directory_at + ident_offset:].split(b"\0", 1)[0]
    assert identifier == b"wasmoon_module.dylib"
    for page in range(slots):
        at = directory_at + hash_offset + 32 * page
        assert blob[at:at + 32] == hashlib.sha256(data[4096 * page:min(4096 * (page + 1), offset)]).digest(), page


def test_code_directory_matches_ld64_lld_for_the_same_bytes(tmp_path: Path) -> None:
    mc, lld = require(LLVM_MC), require(LD64_LLD)
    (tmp_path / "text.bin").write_bytes(compile_wat(FAC_WAT).image.text)
    (tmp_path / "ref.s").write_text(
        ".section __TEXT,__text,regular,pure_instructions\n.globl _wasmoon_text\n.p2align 4\n"
        "_wasmoon_text:\n.incbin \"text.bin\"\n")
    subprocess.run([mc, "-triple", "arm64-apple-macos11", "-filetype=obj", "ref.s", "-o", "ref.o"],
                   cwd=tmp_path, check=True)
    subprocess.run([lld, "-arch", "arm64", "-platform_version", "macos", "11.0", "14.0", "-dylib",
                    "-adhoc_codesign", "-o", "ref.dylib", "ref.o"], cwd=tmp_path, check=True)
    reference = (tmp_path / "ref.dylib").read_bytes()
    offset, size = _signature(reference)
    text = next(segment for segment in MachOFile(reference).segments if segment[0] == "__TEXT")
    ours = codesign.sign(reference[:offset], "ref.dylib", text[3], text[4])
    assert ours == reference[offset:offset + size]
    assert codesign.signature_size(offset, "ref.dylib") == size


# --- determinism and speed ----------------------------------------------------------------

def test_same_module_gives_identical_bytes_and_the_uuid_follows_content() -> None:
    first = write_macho(compile_wat(FAC_WAT).image)
    again = write_macho(compile_wat(FAC_WAT).image)
    other = write_macho(compile_wat(TRAP_WAT).image)
    assert first == again
    assert lief.parse(list(first)).uuid.uuid != lief.parse(list(other)).uuid.uuid


def test_ten_thousand_functions_write_in_under_two_seconds() -> None:
    count = 10_000
    text = RET * (16 * count)
    image = Image(text=text, rodata=bytes(200_000),
                  symbols=[Symbol(abi.TEXT_SYMBOL, "text", 0, len(text))]
                  + [Symbol(f"wasm_function_{index}", "text", 64 * index, 64) for index in range(count)],
                  imports=[ImportedPointer("rodata", 8 * index, f"c_function_{index % 1000}")
                           for index in range(count)])
    started = time.perf_counter()
    data = write_macho(image)
    seconds = time.perf_counter() - started
    print(f"write_macho: {count} functions and imported slots, {len(data)} bytes in {seconds:.3f} s")
    assert seconds < 2.0
    macho = MachOFile(data)
    assert len(macho.exports()) == count + 1
    assert len(macho.imports()) == 1000 and len(macho.binds()) == count


# --- Apple's arm64 ABI -------------------------------------------------------------------

def test_no_emitted_instruction_touches_x18() -> None:
    """x18 is the platform register on Apple arm64 (the kernel may clobber it): never read or write it."""
    disassembler = capstone.Cs(capstone.CS_ARCH_ARM64, capstone.CS_MODE_ARM)
    checked = 0
    for source in (FAC_WAT, MEMORY_WAT, TRAP_WAT):
        text = compile_wat(source).image.text
        for instruction in disassembler.disasm(text, 0):
            assert not re.search(r"\b[wx]18\b", instruction.op_str), \
                f"{instruction.address:#x}: {instruction.mnemonic} {instruction.op_str}"
            checked += 1
        assert checked * 4 >= len(text) // 2  # the disassembler really read the code


# --- execution: Unicorn (Mach-O) against qemu (ELF) --------------------------------------------

@pytest.fixture(scope="module")
def both_builds(tmp_path_factory):
    """name -> (Mach-O bytes, ELF path) for each test module, built from one compile."""
    folder = tmp_path_factory.mktemp("builds")
    builds = {}
    for name, source in (("fac", FAC_WAT), ("memory", MEMORY_WAT), ("trap", TRAP_WAT)):
        image = compile_wat(source).image
        elf = folder / f"{name}.so"
        elf.write_bytes(write_elf(image))
        builds[name] = (write_macho(image), elf)
    return builds


def test_factorial_under_unicorn_matches_the_elf_build(both_builds) -> None:
    macho, elf = both_builds["fac"]
    emulated = UnicornInstance(macho)
    native = load(str(elf))
    for n in (0, 1, 5, 12, 20, 25):
        code, (bits,) = emulated.call("fac", n)
        assert code == 0
        expected = native.exports["fac"](n)
        assert bits == expected & (2 ** 64 - 1), n
    assert emulated.call("fac", 20) == (0, [2432902008176640000])


def test_memory_data_global_and_host_import_under_unicorn_match_the_elf_build(both_builds) -> None:
    macho, elf = both_builds["memory"]
    emulated = UnicornInstance(macho, {"scale": lambda args: [(args[0] * 3) & 0xFFFFFFFF]})
    native = load(str(elf), {"env": {"scale": lambda value: value * 3}})
    for argument in (1, 10, 1000):
        code, (bits,) = emulated.call("run", argument)
        assert code == 0
        assert bits == native.exports["run"](argument)
    assert emulated.host_calls == [("scale", [12])] * 3  # 5 + 7 from the data segment


def test_traps_under_unicorn_match_the_elf_build(both_builds) -> None:
    macho, elf = both_builds["trap"]
    emulated = UnicornInstance(macho)
    native = load(str(elf))
    assert emulated.call("div", 7, 2) == (0, [3])
    assert native.exports["div"](7, 2) == 3
    for name, args, expected in (("div", (7, 0), TrapCode.INTEGER_DIVIDE_BY_ZERO),
                                 ("div", (0x80000000, 0xFFFFFFFF), TrapCode.INTEGER_OVERFLOW),
                                 ("boom", (), TrapCode.UNREACHABLE)):
        code, _ = emulated.call(name, *args)
        assert code == expected
        trap_pc = emulated.word(emulated.store + abi.STORE_TRAP_PC) - emulated.text_base
        assert trap_pc in {site[0] for site in emulated.meta["trap_sites"]}
        with pytest.raises(Trap) as raised:
            native.exports[name](*[a - (1 << 32) if a >= 1 << 31 else a for a in args])
        assert raised.value.code == expected
    assert emulated.call("div", 9, 3) == (0, [3])  # the store is usable again after traps


def test_a_tail_call_into_a_bound_c_function_under_unicorn() -> None:
    """call_labs jumps through its slot, which the test loader binds to the harness's `labs`."""
    dylib = UnicornDylib(write_macho(tail_call_image(["labs"])), {"labs": lambda args: abs(signed64(args[0]))})
    assert dylib.call_c("call_labs", -5) == 5
    assert dylib.call_c("call_labs", 2 ** 40) == 2 ** 40
    assert [(name, args[0]) for name, args in dylib.c_calls] == [("labs", -5 & MASK64), ("labs", 2 ** 40)]
    with pytest.raises(LookupError, match="symbol not found: '_labs'"):
        UnicornDylib(write_macho(tail_call_image(["labs"])))  # the harness has no labs of its own


def test_the_harness_c_library_through_bound_slots() -> None:
    """The libSystem functions the C-API code will call, each reached through a bind."""
    names = ["calloc", "malloc", "realloc", "free", "memset", "memcpy", "mmap", "mprotect", "munmap"]
    dylib = UnicornDylib(write_macho(tail_call_image(names)))
    block = dylib.call_c("call_calloc", 4, 8)
    assert block % 16 == 0 and bytes(dylib.uc.mem_read(block, 32)) == bytes(32)
    assert dylib.call_c("call_memset", block, 0x1AB, 32) == block
    other = dylib.call_c("call_malloc", 16)
    assert other >= block + 32
    assert dylib.call_c("call_memcpy", other, block, 16) == other
    assert bytes(dylib.uc.mem_read(other, 16)) == b"\xab" * 16
    grown = dylib.call_c("call_realloc", block, 64)
    assert grown not in (block, other) and bytes(dylib.uc.mem_read(grown, 64)) == b"\xab" * 32 + bytes(32)
    assert dylib.call_c("call_free", grown) == 0
    region = dylib.call_c("call_mmap", 0, 0x10000, 3, 0x1002, -1, 0)
    assert region % PAGE_SIZE == 0 and bytes(dylib.uc.mem_read(region, 0x10000)) == bytes(0x10000)
    dylib.uc.mem_write(region + 0xFFF8, b"writable")
    assert dylib.call_c("call_mmap", 0, 100, 3, 0x1002, -1, 0) >= region + 0x10000
    assert dylib.call_c("call_mprotect", region, 0x4000, 1) == 0
    assert dylib.call_c("call_munmap", region, 0x10000) == 0
    assert [name for name, _ in dylib.c_calls] == [
        "calloc", "memset", "malloc", "memcpy", "realloc", "free", "mmap", "mmap", "mprotect", "munmap"]


# --- command line ---------------------------------------------------------------------------

def test_cli_builds_dylibs_by_suffix_or_target_and_inspects_them(tmp_path: Path, capsys) -> None:
    source = tmp_path / "fac.wat"
    source.write_bytes(FAC_WAT)
    dylib, forced_elf, forced_macho = tmp_path / "fac.dylib", tmp_path / "linux.dylib", tmp_path / "fac.so"
    assert cli.main(["build", str(source), "-o", str(dylib)]) == 0
    assert cli.main(["build", str(source), "-o", str(forced_elf), "--target", "aarch64-linux"]) == 0
    assert cli.main(["build", str(source), "-o", str(forced_macho), "--target", "aarch64-apple-darwin"]) == 0
    assert dylib.read_bytes()[:4] == MACHO_MAGIC
    assert forced_elf.read_bytes()[:4] == b"\x7fELF"
    assert forced_macho.read_bytes() == dylib.read_bytes()
    capsys.readouterr()
    assert cli.main(["inspect", str(dylib)]) == 0
    out = capsys.readouterr().out
    assert "MACHO ARM64" in out and "_wasmoon_metadata" in out and "export 'fac'" in out


# --- the runtime picks the file its platform loads ------------------------------------------------

def test_runtime_picks_the_native_sibling_or_says_what_to_build(tmp_path: Path, monkeypatch) -> None:
    image = compile_wat(FAC_WAT).image
    dylib, so, lone_so = tmp_path / "fac.dylib", tmp_path / "fac.so", tmp_path / "lone.so"
    dylib.write_bytes(write_macho(image))
    so.write_bytes(write_elf(image))
    lone_so.write_bytes(write_elf(image))
    monkeypatch.setattr(native_format.platform, "system", lambda: "Darwin")
    assert native_format.native_artifact_path(str(dylib)) == str(dylib)
    assert native_format.native_artifact_path(str(so)) == str(dylib)
    with pytest.raises(ValueError, match=r"loads on Linux only; on macOS build the \.dylib.*-o lone\.dylib"):
        native_format.native_artifact_path(str(lone_so))
    monkeypatch.setattr(native_format.platform, "system", lambda: "Linux")
    assert native_format.native_artifact_path(str(dylib)) == str(so)
    assert load(str(dylib)).exports["fac"](6) == 720  # through the worker: the .so beside it
    (tmp_path / "fac.so").unlink()
    with pytest.raises(Exception, match="Mach-O artifact, which loads on macOS only"):
        load(str(dylib))
