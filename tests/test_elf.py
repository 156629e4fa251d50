"""Tests for linker.image, linker.elf and linker.readback: read back with LIEF and binutils, load for real."""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

import lief
import pytest

from wasmoon_aot.aot.isa.aarch64 import encode
from wasmoon_aot.linker import Image, ImportedPointer, Pointer, Symbol, TextRef, write_elf
from wasmoon_aot.linker.readback import describe

MOV_W0_42 = 0x52800540
ADD_W0_W0_W1 = 0x0B010000
RET = 0xD65F03C0
R_AARCH64_RELATIVE = 1027
PAGE_64K = 0x10000
PF_X, PF_W, PF_R = 1, 2, 4

REPO = Path(__file__).resolve().parent.parent
SYSROOT = REPO / ".cache" / "sysroot"


def words(*values: int) -> bytes:
    return struct.pack(f"<{len(values)}I", *values)


def sample_image() -> Image:
    """answer() -> 42, add(a, b); rodata with a self-pointer; data holding a pointer to answer."""
    return Image(
        text=words(MOV_W0_42, RET, ADD_W0_W0_W1, RET),
        rodata=b"hello\0\0\0" + bytes(8),
        data=bytes(8) + b"\x07" * 8,
        symbols=[Symbol("answer", "text", 0, 8), Symbol("add", "text", 8, 8),
                 Symbol("message", "rodata", 0, 16, "object"), Symbol("answer_ptr", "data", 0, 8, "object"),
                 Symbol("sevens", "data", 8, 8, "object")],
        pointers=[Pointer("data", 0, "text", 0), Pointer("rodata", 8, "rodata", 0)],
        soname="libsample.so",
    )


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    path = tmp_path / "libsample.so"
    path.write_bytes(write_elf(sample_image()))
    return path


def parse(path: Path) -> lief.ELF.Binary:
    binary = lief.parse(str(path))
    assert binary is not None
    return binary


def loads(binary: lief.ELF.Binary) -> list:
    return [segment for segment in binary.segments if segment.type == lief.ELF.Segment.TYPE.LOAD]


def section_address(binary: lief.ELF.Binary, name: str) -> int:
    return binary.get_section(name).virtual_address


# --- structure, read back with LIEF ----------------------------------------

def test_header(sample_path: Path) -> None:
    binary = parse(sample_path)
    header = binary.header
    assert header.machine_type == lief.ELF.ARCH.AARCH64
    assert header.file_type == lief.ELF.Header.FILE_TYPE.DYN
    assert header.identity_class == lief.ELF.Header.CLASS.ELF64
    assert header.identity_data == lief.ELF.Header.ELF_DATA.LSB
    assert sample_path.read_bytes()[18:20] == struct.pack("<H", 183)


def test_layout_is_clean(sample_path: Path) -> None:
    ok, message = lief.ELF.check_layout(parse(sample_path))
    assert ok, message


def test_load_segments_are_64k_aligned_with_expected_permissions(sample_path: Path) -> None:
    segments = loads(parse(sample_path))
    assert len(segments) == 3
    for segment in segments:
        assert segment.alignment == PAGE_64K
        assert segment.file_offset % PAGE_64K == segment.virtual_address % PAGE_64K
        assert segment.virtual_size >= segment.physical_size
    permissions = [segment.flags.value for segment in segments]
    assert permissions == [PF_R | PF_X, PF_R | PF_W, PF_R | PF_W]
    assert segments[0].file_offset == 0 and segments[0].virtual_address == 0


def test_load_segments_never_share_a_64k_page(sample_path: Path) -> None:
    segments = sorted(loads(parse(sample_path)), key=lambda segment: segment.virtual_address)
    for before, after in zip(segments, segments[1:]):
        last_page_of_before = (before.virtual_address + before.virtual_size - 1) // PAGE_64K
        assert after.virtual_address // PAGE_64K > last_page_of_before


def test_sections_land_in_the_right_segments(sample_path: Path) -> None:
    binary = parse(sample_path)
    text_segment, relro_segment, data_segment = loads(binary)

    def inside(name: str, segment) -> bool:
        section = binary.get_section(name)
        start = section.virtual_address
        return segment.virtual_address <= start and start + section.size <= (
            segment.virtual_address + segment.physical_size)

    for name in (".hash", ".gnu.hash", ".dynsym", ".dynstr", ".rela.dyn", ".text"):
        assert inside(name, text_segment), name
    assert inside(".dynamic", relro_segment)
    assert inside(".rodata", relro_segment)  # it holds a pointer, so it is RELRO
    assert inside(".data", data_segment)
    assert binary.get_section(".text").content.tobytes() == sample_image().text


def test_special_segments(sample_path: Path) -> None:
    binary = parse(sample_path)
    by_type = {segment.type: segment for segment in binary.segments}
    stack = by_type[lief.ELF.Segment.TYPE.GNU_STACK]
    assert stack.flags.value == PF_R | PF_W
    dynamic = by_type[lief.ELF.Segment.TYPE.DYNAMIC]
    assert dynamic.virtual_address == section_address(binary, ".dynamic")
    relro = by_type[lief.ELF.Segment.TYPE.GNU_RELRO]
    assert relro.virtual_address == loads(binary)[1].virtual_address
    assert (relro.virtual_address + relro.virtual_size) % PAGE_64K == 0
    assert not binary.has_interpreter


def test_rodata_without_pointers_stays_in_the_code_segment(tmp_path: Path) -> None:
    image = Image(text=words(MOV_W0_42, RET), rodata=b"constant", symbols=[Symbol("k", "rodata", 0, 8, "object")])
    path = tmp_path / "librx.so"
    path.write_bytes(write_elf(image))
    binary = parse(path)
    segments = loads(binary)
    assert len(segments) == 2  # no data, so no third PT_LOAD
    rodata = binary.get_section(".rodata")
    assert rodata.virtual_address + rodata.size <= segments[0].physical_size
    assert lief.ELF.Section.FLAGS.WRITE not in rodata.flags_list
    assert lief.ELF.check_layout(binary)[0]


def test_symbols(sample_path: Path) -> None:
    binary = parse(sample_path)
    image = sample_image()
    exported = {symbol.name: symbol for symbol in binary.exported_symbols}
    assert set(exported) == {symbol.name for symbol in image.symbols}
    for symbol in image.symbols:
        found = exported[symbol.name]
        assert found.value == section_address(binary, "." + symbol.section) + symbol.offset
        assert found.size == symbol.size
        assert found.binding == lief.ELF.Symbol.BINDING.GLOBAL
        assert found.visibility == lief.ELF.Symbol.VISIBILITY.DEFAULT
        expected_type = lief.ELF.Symbol.TYPE.FUNC if symbol.kind == "func" else lief.ELF.Symbol.TYPE.OBJECT
        assert found.type == expected_type
        assert binary.get_section_idx(binary.get_section("." + symbol.section)) == found.shndx


def test_relocations_and_dynamic_entries(sample_path: Path) -> None:
    binary = parse(sample_path)
    relocations = list(binary.dynamic_relocations)
    text, rodata, data = (section_address(binary, name) for name in (".text", ".rodata", ".data"))
    assert sorted((r.address, r.addend) for r in relocations) == [(rodata + 8, rodata), (data, text)]
    assert {r.type for r in relocations} == {lief.ELF.Relocation.TYPE.AARCH64_RELATIVE}
    tags = {entry.tag: entry for entry in binary.dynamic_entries}
    DT = lief.ELF.DynamicEntry.TAG
    assert tags[DT.RELACOUNT].value == 2
    assert tags[DT.RELAENT].value == 24
    assert tags[DT.RELASZ].value == 48
    assert tags[DT.SONAME].name == "libsample.so"
    assert DT.HASH in tags and DT.GNU_HASH in tags
    assert DT.NEEDED not in tags
    assert describe(sample_path)["imports"] == [] and describe(sample_path)["libraries"] == []
    # The target address is also stored in place, so a static reader sees the pointer.
    assert binary.get_int_from_virtual_address(data, 8) == text


def test_soname_is_optional(tmp_path: Path) -> None:
    path = tmp_path / "libnoname.so"
    path.write_bytes(write_elf(Image(text=words(RET), symbols=[Symbol("f", "text", 0, 4)])))
    binary = parse(path)
    assert lief.ELF.DynamicEntry.TAG.SONAME not in {entry.tag for entry in binary.dynamic_entries}
    assert lief.ELF.DynamicEntry.TAG.RELA not in {entry.tag for entry in binary.dynamic_entries}
    assert lief.ELF.check_layout(binary)[0]


# --- imported C functions: undefined symbols, GLOB_DAT, DT_NEEDED ------------

def tail_call_image(names: list[str]) -> Image:
    """Per C function `name`, an export call_<name> that tail-calls it through its slot, rodata+8+8*index
    (`adrp x16, slot; add x16, x16, :lo12:slot; ldr x16, [x16]; br x16`), which the loader fills."""
    call = words(encode.adrp(16, 0), encode.add_imm(True, 16, 16, 0), encode.ldr_imm(8, 16, 16, 0),
                 encode.br(16))
    return Image(
        text=call * len(names), rodata=bytes(8 + 8 * len(names)),
        symbols=[Symbol(f"call_{name}", "text", len(call) * index, len(call)) for index, name in enumerate(names)],
        text_refs=[TextRef(len(call) * index, "rodata", 8 + 8 * index) for index in range(len(names))],
        imports=[ImportedPointer("rodata", 8 + 8 * index, name) for index, name in enumerate(names)])


def call_labs_image() -> Image:
    """call_labs(x): a tail call through the rodata slot (rodata+8) the loader fills with the C library's labs."""
    return tail_call_image(["labs"])


def importing_image() -> Image:
    """The sample image plus imports in both pointer sections, one symbol imported twice."""
    image = sample_image()
    image.rodata += bytes(16)
    image.data += bytes(8)
    image.imports = [ImportedPointer("rodata", 24, "mmap"), ImportedPointer("data", 16, "free"),
                     ImportedPointer("rodata", 16, "free")]
    return image


def test_imports_are_undefined_symbols_bound_by_glob_dat_after_the_relative_relocations(tmp_path: Path) -> None:
    image = importing_image()
    path = tmp_path / "libimports.so"
    path.write_bytes(write_elf(image))
    binary = parse(path)
    assert lief.ELF.check_layout(binary)[0]
    base = {name: section_address(binary, "." + name) for name in ("text", "rodata", "data")}
    described = describe(path)
    assert described["libraries"] == ["libc.so.6"]
    assert described["imports"] == sorted(
        ({"symbol": slot.symbol, "address": base[slot.section] + slot.offset, "library": None}
         for slot in image.imports), key=lambda entry: entry["address"])
    relocations = list(binary.dynamic_relocations)
    kinds = [relocation.type for relocation in relocations]
    RELATIVE, GLOB_DAT = lief.ELF.Relocation.TYPE.AARCH64_RELATIVE, lief.ELF.Relocation.TYPE.AARCH64_GLOB_DAT
    assert kinds == [RELATIVE] * len(image.pointers) + [GLOB_DAT] * len(image.imports)
    assert all(relocation.addend == 0 for relocation in relocations[len(image.pointers):])
    undefined = [symbol for symbol in binary.dynamic_symbols if symbol.shndx == 0 and symbol.name]
    assert [symbol.name for symbol in undefined] == ["free", "mmap"]  # each name once, sorted
    for symbol in undefined:
        assert (symbol.value, symbol.size, symbol.binding, symbol.type) == (
            0, 0, lief.ELF.Symbol.BINDING.GLOBAL, lief.ELF.Symbol.TYPE.FUNC)
    entries = list(binary.dynamic_entries)
    DT = lief.ELF.DynamicEntry.TAG
    assert entries[0].tag == DT.NEEDED and entries[0].name == "libc.so.6"
    assert [entry.tag for entry in entries].count(DT.NEEDED) == 1
    tags = {entry.tag: entry for entry in entries}
    assert tags[DT.RELACOUNT].value == len(image.pointers)
    assert tags[DT.RELASZ].value == 24 * (len(image.pointers) + len(image.imports))
    # The rodata holds imported slots, so it is RELRO: in the rw- segment, like rodata with pointers.
    assert lief.ELF.Section.FLAGS.WRITE in binary.get_section(".rodata").flags_list
    # Defined names are still found through both tables; undefined ones only through DT_HASH, whose chains
    # cover all of .dynsym, while .gnu.hash starts past them.
    for symbol in image.symbols:
        found = gnu_lookup(binary, symbol.name.encode())
        assert found is not None and found == sysv_lookup(binary, symbol.name.encode())
    for name in (b"free", b"mmap"):
        assert gnu_lookup(binary, name) is None
        assert binary.dynamic_symbols[sysv_lookup(binary, name)].shndx == 0


def test_rodata_holding_only_imports_is_relro(tmp_path: Path) -> None:
    path = tmp_path / "libcall_labs.so"
    path.write_bytes(write_elf(call_labs_image()))
    binary = parse(path)
    rodata = section_address(binary, ".rodata")
    relro = loads(binary)[1]
    assert relro.virtual_address <= rodata < relro.virtual_address + relro.physical_size
    assert [(r.address, r.symbol.name) for r in binary.dynamic_relocations] == [(rodata + 8, "labs")]
    assert lief.ELF.DynamicEntry.TAG.RELACOUNT not in {entry.tag for entry in binary.dynamic_entries}
    described = describe(path)
    assert described["imports"] == [{"symbol": "labs", "address": rodata + 8, "library": None}]
    assert described["libraries"] == ["libc.so.6"]



def _gnu_hash(name: bytes) -> int:
    value = 5381
    for byte in name:
        value = (value * 33 + byte) & 0xFFFFFFFF
    return value


def _sysv_hash(name: bytes) -> int:
    value = 0
    for byte in name:
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high
    return value


def _dynsym_names(binary) -> list[bytes]:
    return [symbol.name.encode() for symbol in binary.dynamic_symbols]


def gnu_lookup(binary, name: bytes) -> int | None:
    table = binary.get_section(".gnu.hash").content.tobytes()
    buckets, symoffset, mask_words, shift2 = struct.unpack_from("<4I", table)
    bloom = struct.unpack_from(f"<{mask_words}Q", table, 16)
    heads = struct.unpack_from(f"<{buckets}I", table, 16 + 8 * mask_words)
    chain_start = 16 + 8 * mask_words + 4 * buckets
    names = _dynsym_names(binary)
    value = _gnu_hash(name)
    word = bloom[(value // 64) % mask_words]
    if not (word >> (value % 64)) & 1 or not (word >> ((value >> shift2) % 64)) & 1:
        return None
    index = heads[value % buckets]
    while index:
        entry = struct.unpack_from("<I", table, chain_start + 4 * (index - symoffset))[0]
        if entry | 1 == value | 1 and names[index] == name:
            return index
        if entry & 1:
            return None
        index += 1
    return None


def sysv_lookup(binary, name: bytes) -> int | None:
    table = binary.get_section(".hash").content.tobytes()
    buckets, chains = struct.unpack_from("<2I", table)
    heads = struct.unpack_from(f"<{buckets}I", table, 8)
    chain = struct.unpack_from(f"<{chains}I", table, 8 + 4 * buckets)
    names = _dynsym_names(binary)
    index = heads[_sysv_hash(name) % buckets]
    while index:
        if names[index] == name:
            return index
        index = chain[index]
    return None


@pytest.mark.parametrize("count", [0, 1, 3, 17, 700])
def test_every_symbol_is_found_through_both_hash_tables(tmp_path: Path, count: int) -> None:
    image = Image(text=words(*[RET] * max(count, 1)),
                  symbols=[Symbol(f"function_{index}", "text", 4 * index, 4) for index in range(count)])
    path = tmp_path / "libhash.so"
    path.write_bytes(write_elf(image))
    binary = parse(path)
    for index in range(count):
        name = f"function_{index}".encode()
        found = gnu_lookup(binary, name)
        assert found is not None and found == sysv_lookup(binary, name), name
        assert binary.dynamic_symbols[found].value == section_address(binary, ".text") + 4 * index
    assert gnu_lookup(binary, b"missing") is None
    assert sysv_lookup(binary, b"missing") is None


# --- determinism, validation, speed ---------------------------------------

def test_output_is_deterministic() -> None:
    assert write_elf(sample_image()) == write_elf(sample_image())


def test_symbol_order_does_not_depend_on_input_order() -> None:
    image = importing_image()
    reversed_image = importing_image()
    reversed_image.symbols.reverse()
    reversed_image.pointers.reverse()
    reversed_image.imports.reverse()
    assert write_elf(image) == write_elf(reversed_image)


@pytest.mark.parametrize("broken, message", [
    (lambda image: image.pointers.append(Pointer("text", 0, "text", 0)), "pointers can only be stored"),
    (lambda image: image.pointers.append(Pointer("data", 4, "text", 0)), "not 8-byte aligned"),
    (lambda image: image.pointers.append(Pointer("data", 16, "text", 0)), "outside its section"),
    (lambda image: image.symbols.append(Symbol("answer", "text", 0, 4)), "duplicate symbol"),
    (lambda image: image.symbols.append(Symbol("late", "text", 12, 8)), "outside text"),
    (lambda image: image.symbols.append(Symbol("odd", "text", 0, 4, "weird")), "unknown kind"),
    (lambda image: image.symbols.append(Symbol("odd", "bss", 0, 4)), "unknown section"),
    (lambda image: image.imports.append(ImportedPointer("text", 0, "labs")), "pointers can only be stored"),
    (lambda image: image.imports.append(ImportedPointer("data", 4, "labs")), "not 8-byte aligned"),
    (lambda image: image.imports.append(ImportedPointer("data", 16, "labs")), "outside its section"),
    (lambda image: image.imports.append(ImportedPointer("data", 0, "labs")), "already holds a pointer"),
    (lambda image: image.imports.append(ImportedPointer("data", 8, "2fast")), "not a C identifier"),
    (lambda image: image.imports.append(ImportedPointer("data", 8, "_mmap@GLIBC")), "not a C identifier"),
    (lambda image: image.imports.extend([ImportedPointer("data", 8, "labs")] * 2), "already holds a pointer"),
])
def test_invalid_images_are_rejected(broken, message: str) -> None:
    image = sample_image()
    broken(image)
    with pytest.raises(ValueError, match=message):
        write_elf(image)


def test_ten_thousand_symbols_write_in_linear_time(tmp_path: Path) -> None:
    count = 10_000
    image = Image(text=words(MOV_W0_42, RET) * count, rodata=bytes(8 * count), data=bytes(8 * count),
                  symbols=[Symbol(f"wasm_function_{index}", "text", 8 * index, 8) for index in range(count)],
                  pointers=[Pointer("data", 8 * index, "text", 8 * index) for index in range(count)],
                  imports=[ImportedPointer("rodata", 8 * index, f"c_function_{index % 1000}")
                           for index in range(count)])
    start = time.perf_counter()
    blob = write_elf(image)
    elapsed = time.perf_counter() - start
    print(f"10,000 symbols + 10,000 relocations + 10,000 imported slots written in {elapsed:.3f} s "
          f"({len(blob)} bytes)")
    assert elapsed < 5.0
    path = tmp_path / "libbig.so"
    path.write_bytes(blob)
    binary = parse(path)
    assert len(list(binary.exported_symbols)) == count
    assert len(list(binary.imported_symbols)) == 1000
    assert len(list(binary.dynamic_relocations)) == 2 * count
    assert lief.ELF.check_layout(binary)[0]


# --- readback ------------------------------------------------------------------

def test_describe(sample_path: Path) -> None:
    described = describe(sample_path)
    json.dumps(described)  # plain data only
    assert described["format"] == "ELF"
    assert described["architecture"] == "ARM64"
    sections = {section["name"]: section for section in described["sections"]}
    assert {".text", ".rodata", ".data", ".dynsym", ".dynstr", ".hash", ".gnu.hash", ".rela.dyn",
            ".dynamic", ".shstrtab"} <= set(sections)
    assert "EXECINSTR" in sections[".text"]["flags"]
    assert [s["permissions"] for s in described["segments"] if s["name"] == "LOAD"] == ["r-x", "rw-", "rw-"]
    symbols = {symbol["name"]: symbol for symbol in described["symbols"]}
    assert symbols["answer"] == {"name": "answer", "address": sections[".text"]["address"], "size": 8}
    assert symbols["sevens"]["address"] == sections[".data"]["address"] + 8


# --- third-party readers ------------------------------------------------------

@pytest.mark.skipif(shutil.which("readelf") is None, reason="binutils readelf not installed")
def test_readelf_accepts_imports_without_warnings(tmp_path: Path) -> None:
    path = tmp_path / "libimports.so"
    path.write_bytes(write_elf(importing_image()))
    result = subprocess.run(["readelf", "-aW", str(path)], capture_output=True, text=True)
    assert result.returncode == 0
    assert "warning" not in result.stderr.lower() and "error" not in result.stderr.lower(), result.stderr
    assert "Shared library: [libc.so.6]" in result.stdout
    assert len(re.findall(r"R_AARCH64_GLOB_DAT +0+ (free|mmap) \+ 0", result.stdout)) == 3


@pytest.mark.skipif(shutil.which("readelf") is None, reason="binutils readelf not installed")
def test_readelf_accepts_it_without_warnings(sample_path: Path) -> None:
    result = subprocess.run(["readelf", "-aW", str(sample_path)], capture_output=True, text=True)
    assert result.returncode == 0
    assert "warning" not in result.stderr.lower() and "error" not in result.stderr.lower(), result.stderr
    assert "Library soname: [libsample.so]" in result.stdout
    assert result.stdout.count("R_AARCH64_RELATIVE") == 2


@pytest.mark.skipif(shutil.which("llvm-objdump") is None, reason="llvm-objdump not installed")
def test_llvm_objdump_disassembles_the_functions(sample_path: Path) -> None:
    result = subprocess.run(["llvm-objdump", "-d", str(sample_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "<answer>:" in result.stdout and "<add>:" in result.stdout
    assert "mov\tw0, #42" in result.stdout or "mov\tw0, #0x2a" in result.stdout
    assert "add\tw0, w0, w1" in result.stdout


# --- loading for real through glibc's dynamic loader ------------------------

def aarch64_python() -> list[str]:
    """The command that runs an AArch64 Python here, or skip saying why there is none."""
    machine = platform.machine()
    if machine in ("aarch64", "arm64"):
        return [sys.executable]
    if machine != "x86_64":
        pytest.skip(f"no recipe for running AArch64 code on a {machine} host")
    qemu = shutil.which("qemu-aarch64-static")
    python = SYSROOT / "usr" / "bin" / "python3.11"
    if qemu is None or not python.exists():
        pytest.skip(f"qemu-aarch64-static or the arm64 sysroot ({SYSROOT}) is missing: run `make setup`")
    return [qemu, "-L", str(SYSROOT), str(python)]


LOADER_SCRIPT = r"""
import ctypes, json, sys
lib = ctypes.CDLL(sys.argv[1])
answer = ctypes.cast(lib.answer, ctypes.c_void_p).value
lib.add.argtypes = (ctypes.c_int32, ctypes.c_int32)
message = ctypes.addressof(ctypes.c_char.in_dll(lib, "message"))

def permissions(address):
    for line in open("/proc/self/maps"):
        low, high = (int(part, 16) for part in line.split()[0].split("-"))
        if low <= address < high:
            return line.split()[1]

print(json.dumps({
    "answer": lib.answer(),
    "add": lib.add(40, 2),
    "answer_address": answer,
    "answer_ptr": ctypes.c_uint64.in_dll(lib, "answer_ptr").value,
    "sevens": ctypes.c_uint64.in_dll(lib, "sevens").value,
    "message_address": message,
    "message_text": ctypes.string_at(message),
    "message_self_pointer": ctypes.c_uint64.from_address(message + 8).value,
    "rodata_permissions": permissions(message),
    "data_permissions": permissions(ctypes.addressof(ctypes.c_char.in_dll(lib, "sevens"))),
    "text_permissions": permissions(answer),
}, default=lambda value: value.decode()))
"""


def test_glibc_loads_it_and_calls_through_ctypes(sample_path: Path, tmp_path: Path) -> None:
    command = aarch64_python()
    script = tmp_path / "load.py"
    script.write_text(LOADER_SCRIPT)
    result = subprocess.run([*command, str(script), str(sample_path)], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert loaded["answer"] == 42
    assert loaded["add"] == 42
    assert loaded["answer_ptr"] == loaded["answer_address"]  # the RELATIVE relocation was applied
    assert loaded["sevens"] == 0x0707070707070707
    assert loaded["message_text"] == "hello"
    assert loaded["message_self_pointer"] == loaded["message_address"]
    assert loaded["text_permissions"].startswith("r-x")
    assert loaded["rodata_permissions"].startswith("r--")  # RELRO was applied
    assert loaded["data_permissions"].startswith("rw-")


def test_glibc_loads_a_minimal_image(tmp_path: Path) -> None:
    command = aarch64_python()
    path = tmp_path / "libminimal.so"
    path.write_bytes(write_elf(Image(text=words(MOV_W0_42, RET), symbols=[Symbol("answer", "text", 0, 8)])))
    result = subprocess.run([*command, "-c", f"import ctypes; print(ctypes.CDLL({str(path)!r}).answer())"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "42"


def test_glibc_binds_an_imported_libc_function(tmp_path: Path) -> None:
    """call_labs tail-calls through its GLOB_DAT slot, which ld.so fills with libc's labs (DT_NEEDED libc.so.6)."""
    command = aarch64_python()
    path = tmp_path / "libcall_labs.so"
    path.write_bytes(write_elf(call_labs_image()))
    script = ("import ctypes, sys\n"
              "lib = ctypes.CDLL(sys.argv[1])\n"
              "lib.call_labs.argtypes, lib.call_labs.restype = (ctypes.c_long,), ctypes.c_long\n"
              "print(lib.call_labs(-5), lib.call_labs(7), lib.call_labs(-(2 ** 40)))\n")
    result = subprocess.run([*command, "-c", script, str(path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["5", "7", str(2 ** 40)]
