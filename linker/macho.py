"""Write an Image as an arm64 Mach-O dylib (MH_DYLIB) that macOS's dyld loads, ad-hoc signed.

Layout (file offsets equal addresses; every segment starts on a 16 KiB page):

    __TEXT        r-x  Mach header, load commands, __text, __const (rodata
                       without pointers), then outside any section the
                       integrity record of runtime/abi.py (LC_NOTE points at
                       it; runtime/integrity.py seals it before signing)
    __DATA_CONST  rw-  __const (rodata with pointers, rebased or imported),
                       SG_READ_ONLY: dyld makes it read-only once the fixups
                       are applied
    __DATA        rw-  __data (only when there is data)
    __LINKEDIT    r--  chained fixups, exports trie, symbol table, string
                       table (each padded to 8 bytes), code signature
                       (16-aligned, last)

Load commands: the segments, LC_DYLD_CHAINED_FIXUPS (one DYLD_CHAINED_PTR_64
rebase per Pointer, one bind per ImportedPointer to an entry of the imports
table, which holds each imported C function once, sorted, bound to libSystem),
LC_DYLD_EXPORTS_TRIE, LC_SYMTAB and LC_DYSYMTAB (every symbol external and
`_`-prefixed: the defined ones sorted by name, then the imported ones, sorted,
undefined, with libSystem's ordinal in n_desc; MH_NOUNDEFS only without
imports), LC_ID_DYLIB, LC_UUID (a hash of the file, so output stays a pure
function of the Image), LC_BUILD_VERSION (macOS, minos 11.0, sdk 14.0),
LC_LOAD_DYLIB of libSystem (the only one: library ordinal 1), LC_NOTE (data
owner "wasmoon"), LC_CODE_SIGNATURE.  Mach-O symbols carry no size: readers infer one from the
next symbol or the end of the section.
"""

from __future__ import annotations

import hashlib
import os
import struct
from dataclasses import dataclass, field

from wasmoon_aot.runtime import abi, integrity
from . import codesign
from .chained_fixups import bind_entry, chain_segment, fixups_payload, rebase_entry
from .exports_trie import build_exports_trie
from .image import Image, linked_text

PAGE_SIZE = 0x4000
SECTION_ALIGN_LOG2 = 4
DEFAULT_INSTALL_NAME = "@rpath/wasmoon_module.dylib"
LIBSYSTEM = "/usr/lib/libSystem.B.dylib"
LIBSYSTEM_ORDINAL = 1  # the first (and only) LC_LOAD_DYLIB: every import binds to it

MH_MAGIC_64 = 0xFEEDFACF
CPU_TYPE_ARM64 = 0x0100000C
CPU_SUBTYPE_ARM64_ALL = 0
MH_DYLIB = 6
MH_NOUNDEFS, MH_DYLDLINK, MH_TWOLEVEL, MH_NO_REEXPORTED_DYLIBS = 0x1, 0x4, 0x80, 0x100000

LC_SYMTAB, LC_DYSYMTAB, LC_LOAD_DYLIB, LC_ID_DYLIB = 0x2, 0xB, 0xC, 0xD
LC_SEGMENT_64, LC_UUID, LC_CODE_SIGNATURE, LC_BUILD_VERSION = 0x19, 0x1B, 0x1D, 0x32
LC_DYLD_EXPORTS_TRIE, LC_DYLD_CHAINED_FIXUPS = 0x80000033, 0x80000034

VM_PROT_READ, VM_PROT_WRITE, VM_PROT_EXECUTE = 1, 2, 4
SG_READ_ONLY = 0x10
S_ATTR_PURE_INSTRUCTIONS, S_ATTR_SOME_INSTRUCTIONS = 0x80000000, 0x400
N_UNDF, N_SECT, N_EXT = 0x0, 0xE, 0x1
PLATFORM_MACOS = 1
MIN_OS = 0x000B0000   # 11.0
SDK = 0x000E0000      # 14.0
DYLIB_VERSION = 0x00010000  # 1.0.0

MACH_HEADER = struct.Struct("<IiiIIIII")
SEGMENT_COMMAND = struct.Struct("<II16sQQQQiiII")
SECTION = struct.Struct("<16s16sQQIIIIIIII")
LINKEDIT_DATA_COMMAND = struct.Struct("<IIII")
SYMTAB_COMMAND = struct.Struct("<IIIIII")
DYSYMTAB_COMMAND = struct.Struct("<II18I")
DYLIB_COMMAND = struct.Struct("<IIIIII")
UUID_COMMAND = struct.Struct("<II16s")
BUILD_VERSION_COMMAND = struct.Struct("<IIIIII")
NLIST_64 = struct.Struct("<IBBHQ")


@dataclass
class _Section:
    name: str              # Mach-O section name
    source: str            # Image section it holds
    data: bytes
    flags: int = 0
    addr: int = 0


@dataclass
class _Segment:
    name: str
    protection: int
    flags: int = 0
    sections: list[_Section] = field(default_factory=list)
    addr: int = 0          # also its file offset
    file_size: int = 0
    vm_size: int = 0


def write_macho(image: Image, install_name: str | None = None) -> bytes:
    """The signed Mach-O dylib for `image` (deterministic); `install_name` goes in LC_ID_DYLIB."""
    image.validate()
    if install_name is None:
        install_name = f"@rpath/{image.soname}" if image.soname else DEFAULT_INSTALL_NAME
    segments = _plan_segments(image)
    linkedit = _Segment("__LINKEDIT", VM_PROT_READ)
    all_segments = segments + [linkedit]
    commands_size = _load_commands_size(all_segments, install_name)
    record_at = _place(segments, MACH_HEADER.size + commands_size)
    linkedit.addr = segments[-1].addr + segments[-1].vm_size

    sections = [section for segment in segments for section in segment.sections]
    base = {section.source: section.addr for section in sections}
    imported = image.imported_symbols()
    fixups = _apply_fixups(image, segments, base, imported)
    sections[0].data = linked_text(image, base)
    ordinal = {section.source: number for number, section in enumerate(sections, start=1)}
    symbols = sorted((("_" + symbol.name).encode(), ordinal[symbol.section], base[symbol.section] + symbol.offset)
                     for symbol in image.symbols)
    undefined = [("_" + name).encode() for name in imported]
    blobs = _linkedit_blobs(fixups, symbols, undefined)
    identifier = os.path.basename(install_name)
    layout, code_limit = _place_linkedit(linkedit, blobs, identifier)

    out = bytearray(code_limit)
    for section in sections:
        out[section.addr:section.addr + len(section.data)] = section.data
    for name, blob in blobs.items():
        out[layout[name]:layout[name] + len(blob)] = blob
    out[record_at:record_at + abi.INTEGRITY_RECORD.size] = abi.pack_integrity_record(0, image.compiler)
    commands, uuid_at = _load_commands(all_segments, blobs, layout, (len(symbols), len(undefined)), install_name,
                                       code_limit, record_at)
    assert len(commands) == commands_size
    out[:MACH_HEADER.size] = MACH_HEADER.pack(
        MH_MAGIC_64, CPU_TYPE_ARM64, CPU_SUBTYPE_ARM64_ALL, MH_DYLIB, _command_count(all_segments),
        commands_size, (0 if undefined else MH_NOUNDEFS) | MH_DYLDLINK | MH_TWOLEVEL | MH_NO_REEXPORTED_DYLIBS, 0)
    out[MACH_HEADER.size:MACH_HEADER.size + commands_size] = commands
    uuid_offset = MACH_HEADER.size + uuid_at
    out[uuid_offset:uuid_offset + 16] = _content_uuid(out)
    sealed = integrity.seal(bytes(out))
    text = segments[0]
    return sealed + codesign.sign(sealed, identifier, text.addr, text.file_size)


def _plan_segments(image: Image) -> list[_Segment]:
    text = _Segment("__TEXT", VM_PROT_READ | VM_PROT_EXECUTE, sections=[
        _Section("__text", "text", image.text, S_ATTR_PURE_INSTRUCTIONS | S_ATTR_SOME_INSTRUCTIONS)])
    segments = [text]
    if image.rodata:
        rodata = _Section("__const", "rodata", image.rodata)
        if image.has_pointers_in("rodata"):
            segments.append(_Segment("__DATA_CONST", VM_PROT_READ | VM_PROT_WRITE, SG_READ_ONLY, [rodata]))
        else:
            text.sections.append(rodata)
    if image.data:
        segments.append(_Segment("__DATA", VM_PROT_READ | VM_PROT_WRITE, sections=[
            _Section("__data", "data", image.data)]))
    return segments


def _align(value: int, alignment: int) -> int:
    return (value + alignment - 1) & -alignment


def _place(segments: list[_Segment], headers_size: int) -> int:
    """Addresses for every segment and section: the first segment holds the headers at 0, and after its
    sections the integrity record, whose offset is returned."""
    cursor = headers_size
    addr = 0
    record_at = 0
    for segment in segments:
        segment.addr = addr
        for section in segment.sections:
            cursor = _align(cursor, 1 << SECTION_ALIGN_LOG2)
            section.addr = cursor
            cursor += len(section.data)
        if not addr:
            record_at = _align(cursor, 8)
            cursor = record_at + abi.INTEGRITY_RECORD.size
        segment.vm_size = segment.file_size = _align(cursor - addr, PAGE_SIZE)
        addr += segment.vm_size
        cursor = addr
    return record_at


def _apply_fixups(image: Image, segments: list[_Segment], base: dict[str, int], imported: list[str]
                  ) -> list[tuple[int, list[int]] | None]:
    """Write each rebase's and bind's chain entry in place (a bind indexes `imported`); per segment, its page
    starts (None without fixups)."""
    by_source = {section.source: (segment, section) for segment in segments for section in segment.sections}
    per_segment: dict[str, list[tuple[int, int]]] = {}

    def add(section_name: str, offset: int, entry: int) -> None:
        segment, section = by_source[section_name]
        per_segment.setdefault(segment.name, []).append((section.addr - segment.addr + offset, entry))

    for pointer in image.pointers:
        add(pointer.section, pointer.offset, rebase_entry(base[pointer.target_section] + pointer.target_offset))
    import_index = {name: index for index, name in enumerate(imported)}
    for slot in image.imports:
        add(slot.section, slot.offset, bind_entry(import_index[slot.symbol]))
    fixups: list[tuple[int, list[int]] | None] = []
    for segment in segments:
        pointers = per_segment.get(segment.name)
        if not pointers:
            fixups.append(None)
            continue
        page_starts, entries = chain_segment(pointers, PAGE_SIZE, segment.vm_size // PAGE_SIZE)
        patched = {section.name: bytearray(section.data) for section in segment.sections}
        for offset, value in entries:
            address = segment.addr + offset
            for section in segment.sections:
                if section.addr <= address < section.addr + len(section.data):
                    struct.pack_into("<Q", patched[section.name], address - section.addr, value)
                    break
        for section in segment.sections:
            section.data = bytes(patched[section.name])
        fixups.append((segment.addr, page_starts))
    fixups.append(None)  # __LINKEDIT
    return fixups


def _linkedit_blobs(fixups: list, symbols: list[tuple[bytes, int, int]], undefined: list[bytes]) -> dict[str, bytes]:
    strings = bytearray(b" \0")
    entries = []
    for name, ordinal, address in symbols:
        entries.append(NLIST_64.pack(len(strings), N_SECT | N_EXT, ordinal, 0, address))
        strings += name + b"\0"
    for name in undefined:  # n_desc's high byte: the library ordinal (SET_LIBRARY_ORDINAL)
        entries.append(NLIST_64.pack(len(strings), N_UNDF | N_EXT, 0, LIBSYSTEM_ORDINAL << 8, 0))
        strings += name + b"\0"
    blobs = {
        "fixups": fixups_payload(fixups, PAGE_SIZE, [(LIBSYSTEM_ORDINAL, name) for name in undefined]),
        "exports": build_exports_trie([(name, address) for name, _, address in symbols]),
        "symbols": b"".join(entries),
        "strings": bytes(strings),
    }
    return {name: blob.ljust(_align(len(blob), 8), b"\0") for name, blob in blobs.items()}


def _place_linkedit(linkedit: _Segment, blobs: dict[str, bytes], identifier: str) -> tuple[dict[str, int], int]:
    """File offsets of the __LINKEDIT blobs (each padded to 8 bytes), in order; and the signature offset."""
    layout = {}
    cursor = linkedit.addr
    for name, blob in blobs.items():
        layout[name] = cursor
        cursor += len(blob)
    code_limit = _align(cursor, 16)
    end = code_limit + codesign.signature_size(code_limit, identifier)
    linkedit.file_size = end - linkedit.addr
    linkedit.vm_size = _align(linkedit.file_size, PAGE_SIZE)
    return layout, code_limit


def _dylib_command_size(name: str) -> int:
    return DYLIB_COMMAND.size + _align(len(name.encode()) + 1, 8)


def _load_commands_size(segments: list[_Segment], install_name: str) -> int:
    sections = sum(len(segment.sections) for segment in segments)
    return (SEGMENT_COMMAND.size * len(segments) + SECTION.size * sections
            + LINKEDIT_DATA_COMMAND.size * 3 + SYMTAB_COMMAND.size + DYSYMTAB_COMMAND.size
            + _dylib_command_size(install_name) + _dylib_command_size(LIBSYSTEM)
            + UUID_COMMAND.size + BUILD_VERSION_COMMAND.size + integrity.MACHO_NOTE.size)


def _command_count(segments: list[_Segment]) -> int:
    # The segments, then fixups, exports trie, symtab, dysymtab, id, uuid, build version, libSystem, note,
    # signature.
    return len(segments) + 10


def _name16(name: str) -> bytes:
    return name.encode().ljust(16, b"\0")


def _dylib_command(command: int, name: str, timestamp: int) -> bytes:
    size = _dylib_command_size(name)
    return DYLIB_COMMAND.pack(command, size, DYLIB_COMMAND.size, timestamp, DYLIB_VERSION, DYLIB_VERSION) + \
        name.encode().ljust(size - DYLIB_COMMAND.size, b"\0")


def _load_commands(segments: list[_Segment], blobs: dict[str, bytes], layout: dict[str, int],
                   symbol_counts: tuple[int, int], install_name: str, code_limit: int, record_at: int
                   ) -> tuple[bytes, int]:
    """The load commands, and where in them the (zeroed) UUID lies; `symbol_counts` are (defined, undefined)."""
    defined, undefined = symbol_counts
    out = bytearray()
    for segment in segments:
        out += SEGMENT_COMMAND.pack(
            LC_SEGMENT_64, SEGMENT_COMMAND.size + SECTION.size * len(segment.sections), _name16(segment.name),
            segment.addr, segment.vm_size, segment.addr, segment.file_size, segment.protection,
            segment.protection, len(segment.sections), segment.flags)
        for section in segment.sections:
            out += SECTION.pack(_name16(section.name), _name16(segment.name), section.addr, len(section.data),
                                section.addr, SECTION_ALIGN_LOG2, 0, 0, section.flags, 0, 0, 0)
    for command, name in ((LC_DYLD_CHAINED_FIXUPS, "fixups"), (LC_DYLD_EXPORTS_TRIE, "exports")):
        out += LINKEDIT_DATA_COMMAND.pack(command, LINKEDIT_DATA_COMMAND.size, layout[name], len(blobs[name]))
    out += SYMTAB_COMMAND.pack(LC_SYMTAB, SYMTAB_COMMAND.size, layout["symbols"], defined + undefined,
                               layout["strings"], len(blobs["strings"]))
    dysymtab = [0] * 18
    # nothing local; nextdefsym, then iundefsym and nundefsym
    dysymtab[3], dysymtab[4], dysymtab[5] = defined, defined, undefined
    out += DYSYMTAB_COMMAND.pack(LC_DYSYMTAB, DYSYMTAB_COMMAND.size, *dysymtab)
    out += _dylib_command(LC_ID_DYLIB, install_name, 1)
    uuid_at = len(out) + 8
    out += UUID_COMMAND.pack(LC_UUID, UUID_COMMAND.size, bytes(16))
    out += BUILD_VERSION_COMMAND.pack(LC_BUILD_VERSION, BUILD_VERSION_COMMAND.size, PLATFORM_MACOS, MIN_OS, SDK, 0)
    out += _dylib_command(LC_LOAD_DYLIB, LIBSYSTEM, 2)
    out += integrity.macho_note_command(record_at)
    out += LINKEDIT_DATA_COMMAND.pack(LC_CODE_SIGNATURE, LINKEDIT_DATA_COMMAND.size, code_limit,
                                      segments[-1].addr + segments[-1].file_size - code_limit)
    return bytes(out), uuid_at


def _content_uuid(unsigned: bytes) -> bytes:
    """A name-based (version 3 style) UUID from the file's bytes, its UUID field still zero."""
    digest = bytearray(hashlib.sha256(unsigned).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x30
    digest[8] = (digest[8] & 0x3F) | 0x80
    return bytes(digest)
