"""Checks an artifact file from its own headers, with the standard library alone, before dlopen.

`verify_artifact(path)` reads the file and refuses it with one ArtifactError
line unless it is an AArch64 ELF shared object or arm64 Mach-O dylib, at least
as long as its headers say (header tables, segments, sections, the code
signature), carrying an integrity record (runtime/abi.py) with this runtime's
ABI identity and a content checksum that matches.

The checksum is Adler-32 (zlib's) over the file bytes of every loadable
segment (ELF PT_LOAD, Mach-O LC_SEGMENT_64 up to the code signature), in
header order, then over the record itself; wherever the record's checksum
field lies, it counts as zeros.  So a flipped byte in the headers, text,
rodata (metadata, data segments), data or the record is caught (any change of
one byte changes an Adler-32).  It detects corruption, not tampering: under
qemu SHA-256 costs a third of a load, Adler-32 a few percent
(tests/bench/verify_cost.py).  `seal` is the writer's side: the linker lays
the file out with a zero checksum, then has it filled in here, so the bytes
covered are defined once.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field

from . import abi
from .errors import ArtifactError
from .native_format import ELF_MAGIC, MACHO_MAGIC

ELF_HEADER = struct.Struct("<16sHHIQQQIHHHHHH")
ELF_PROGRAM_HEADER = struct.Struct("<IIQQQQQQ")
ELF_SECTION_HEADER = struct.Struct("<IIQQQQIIQQ")
ELF_NOTE_HEADER = struct.Struct("<III")  # namesz, descsz, type
ELF_MACHINES = {3: "x86 (i386)", 40: "32-bit ARM", 62: "x86-64", 183: "AArch64", 243: "RISC-V"}
EM_AARCH64, ET_DYN, PT_LOAD, SHT_NOTE, SHT_NOBITS = 183, 3, 1, 7, 8
NOTE_TYPE = 1

MACHO_HEADER = struct.Struct("<IiiIIIII")
MACHO_LOAD_COMMAND = struct.Struct("<II")
MACHO_SEGMENT = struct.Struct("<II16sQQQQiiII")
MACHO_NOTE = struct.Struct("<II16sQQ")  # LC_NOTE: cmd, cmdsize, data owner, offset, size
MACHO_LINKEDIT_DATA = struct.Struct("<IIII")
MACHO_CPUS = {0x0100000C: "arm64", 0x01000007: "x86-64", 7: "x86 (i386)", 12: "32-bit ARM"}
CPU_TYPE_ARM64, MH_DYLIB = 0x0100000C, 6
LC_SEGMENT_64, LC_CODE_SIGNATURE, LC_NOTE = 0x19, 0x1D, 0x31
MACHO_OTHER_MAGICS = {b"\xca\xfe\xba\xbe": "a universal (fat) Mach-O", b"\xce\xfa\xed\xfe": "a 32-bit Mach-O",
                      b"\xfe\xed\xfa\xcf": "a big-endian Mach-O"}


class _Refused(Exception):
    """Why the file is refused; verify_artifact adds the path."""


@dataclass
class Layout:
    """What the headers say: the byte ranges that are loaded, where the record is, how long the file must be."""

    loaded: list[tuple[int, int]] = field(default_factory=list)  # [start, end) file ranges
    record_at: int | None = None
    needed: int = 0

    def need(self, end: int) -> None:
        self.needed = max(self.needed, end)


def verify_artifact(path: str) -> None:
    """Raise ArtifactError (naming `path`) unless the file at `path` is a sound artifact for this runtime."""
    with open(path, "rb") as artifact:
        verify_artifact_bytes(artifact.read(), path)


def verify_artifact_bytes(data: bytes, path: str) -> None:
    """verify_artifact for the bytes of an artifact (`path` names it in the error)."""
    try:
        layout = file_layout(data)
        if len(data) < layout.needed:
            raise _Refused(f"truncated: its headers need {layout.needed} bytes, the file has {len(data)}")
        if layout.record_at is None:
            raise _Refused("not a wasmoon-aot artifact (no integrity record)")
        magic, identity, checksum, fingerprint = abi.unpack_integrity_record(_record(data, layout))
        if magic != abi.INTEGRITY_MAGIC:
            raise _Refused("not a wasmoon-aot artifact (bad integrity record)")
        if identity != abi.ABI_IDENTITY:
            raise _Refused(f"built by another compiler version ({fingerprint or 'unknown'}) whose ABI this "
                           f"runtime does not share; rebuild it")
        if checksum != content_checksum(data, layout):
            raise _Refused("corrupt: checksum mismatch")
    except _Refused as refusal:
        raise ArtifactError(path, str(refusal)) from None


def seal(unsealed: bytes) -> bytes:
    """`unsealed` (a writer's output, its record's checksum still zero) with the checksum filled in."""
    layout = file_layout(unsealed)
    at = layout.record_at + abi.INTEGRITY_CHECKSUM_AT
    view = memoryview(unsealed)   # one copy of the file, not three (slices, then two concatenations)
    return b"".join((view[:at], abi.INTEGRITY_CHECKSUM.pack(content_checksum(unsealed, layout)),
                     view[at + abi.INTEGRITY_CHECKSUM.size:]))


def content_checksum(data: bytes, layout: Layout) -> int:
    view = memoryview(data)
    hole = layout.record_at + abi.INTEGRITY_CHECKSUM_AT
    hole_end = hole + abi.INTEGRITY_CHECKSUM.size
    checksum = zlib.adler32(b"")
    for start, end in layout.loaded + [(layout.record_at, layout.record_at + abi.INTEGRITY_RECORD.size)]:
        if start <= hole < end:
            checksum = zlib.adler32(view[start:hole], checksum)
            checksum = zlib.adler32(bytes(hole_end - hole), checksum)
            checksum = zlib.adler32(view[hole_end:end], checksum)
        else:
            checksum = zlib.adler32(view[start:end], checksum)
    return checksum


def file_layout(data: bytes) -> Layout:
    """What the headers of an AArch64 ELF or arm64 Mach-O say (they may promise more bytes than there are,
    and name no record); _Refused if `data` is neither."""
    magic = bytes(data[:4])
    if magic == ELF_MAGIC:
        layout = _elf_layout(data)
    elif magic == MACHO_MAGIC:
        layout = _macho_layout(data)
    elif magic in MACHO_OTHER_MAGICS:
        raise _Refused(f"not an AArch64 artifact: {MACHO_OTHER_MAGICS[magic]} (this runtime loads arm64 only)")
    elif data and len(data) < 4 and any(known.startswith(magic) for known in (ELF_MAGIC, MACHO_MAGIC)):
        raise _Refused(f"truncated: {len(data)} bytes")
    else:
        raise _Refused("not a wasmoon-aot artifact (neither ELF nor Mach-O)")
    return layout


def _unpack(layout_struct: struct.Struct, data: bytes, at: int) -> tuple:
    if at + layout_struct.size > len(data):
        raise _Refused(f"truncated: its headers need {at + layout_struct.size} bytes, the file has {len(data)}")
    return layout_struct.unpack_from(data, at)


def _record(data: bytes, layout: Layout) -> bytes:
    return bytes(data[layout.record_at:layout.record_at + abi.INTEGRITY_RECORD.size])


def _elf_layout(data: bytes) -> Layout:
    (ident, e_type, machine, _, _, phoff, shoff, _, _, phentsize, phnum, shentsize, shnum,
     _) = _unpack(ELF_HEADER, data, 0)
    if ident[4] != 2 or ident[5] != 1 or machine != EM_AARCH64:
        width = {1: "32-bit ", 2: ""}.get(ident[4], "")
        order = {1: "", 2: "big-endian "}.get(ident[5], "")
        name = ELF_MACHINES.get(machine, f"machine {machine}")
        raise _Refused(f"not an AArch64 artifact: {order}{width}{name} ELF (this runtime loads AArch64 only)")
    if e_type != ET_DYN:
        raise _Refused("not a wasmoon-aot artifact (an ELF file but not a shared object)")
    if phentsize != ELF_PROGRAM_HEADER.size or (shnum and shentsize != ELF_SECTION_HEADER.size):
        raise _Refused("corrupt: bad ELF header table entry sizes")
    layout = Layout(needed=ELF_HEADER.size)
    layout.need(phoff + phentsize * phnum)
    layout.need(shoff + shentsize * shnum)
    if len(data) < layout.needed:
        return layout
    for number in range(phnum):
        p_type, _, offset, _, _, filesz, _, _ = ELF_PROGRAM_HEADER.unpack_from(data, phoff + phentsize * number)
        if p_type == PT_LOAD:
            layout.loaded.append((offset, offset + filesz))
            layout.need(offset + filesz)
    for number in range(shnum):
        _, sh_type, _, _, offset, size, _, _, _, _ = ELF_SECTION_HEADER.unpack_from(
            data, shoff + shentsize * number)
        if sh_type != SHT_NOBITS:
            layout.need(offset + size)
        if sh_type == SHT_NOTE and offset + size <= len(data):
            layout.record_at = _elf_note_record(data, offset, size, layout.record_at)
    return layout


def _elf_note_record(data: bytes, offset: int, size: int, found: int | None) -> int | None:
    """Where the record lies if the note at `offset` is ours (else `found`, what was found before)."""
    owner = abi.INTEGRITY_OWNER + b"\0"
    name_size = (len(owner) + 3) & ~3
    if size != ELF_NOTE_HEADER.size + name_size + abi.INTEGRITY_RECORD.size:
        return found
    namesz, descsz, note_type = ELF_NOTE_HEADER.unpack_from(data, offset)
    name_at = offset + ELF_NOTE_HEADER.size
    if (namesz, descsz, note_type) != (len(owner), abi.INTEGRITY_RECORD.size, NOTE_TYPE) or \
            data[name_at:name_at + len(owner)] != owner:
        return found
    return name_at + name_size


def elf_note(record: bytes) -> bytes:
    """The SHT_NOTE section body that carries `record` in an ELF file."""
    owner = abi.INTEGRITY_OWNER + b"\0"
    return (ELF_NOTE_HEADER.pack(len(owner), len(record), NOTE_TYPE)
            + owner.ljust((len(owner) + 3) & ~3, b"\0") + record)


def _macho_layout(data: bytes) -> Layout:
    _, cpu, _, file_type, ncmds, sizeofcmds, _, _ = _unpack(MACHO_HEADER, data, 0)
    if cpu != CPU_TYPE_ARM64:
        name = MACHO_CPUS.get(cpu, f"CPU type {cpu:#x}")
        raise _Refused(f"not an AArch64 artifact: {name} Mach-O (this runtime loads arm64 only)")
    if file_type != MH_DYLIB:
        raise _Refused("not a wasmoon-aot artifact (a Mach-O file but not a dylib)")
    layout = Layout(needed=MACHO_HEADER.size + sizeofcmds)
    if len(data) < layout.needed:
        return layout
    segments, code_limit = [], None
    at, end = MACHO_HEADER.size, MACHO_HEADER.size + sizeofcmds
    for _ in range(ncmds):
        if at + MACHO_LOAD_COMMAND.size > end:
            raise _Refused("corrupt: load commands overrun their size")
        cmd, cmdsize = MACHO_LOAD_COMMAND.unpack_from(data, at)
        if cmdsize < MACHO_LOAD_COMMAND.size or at + cmdsize > end:
            raise _Refused("corrupt: load commands overrun their size")
        if cmd == LC_SEGMENT_64 and cmdsize >= MACHO_SEGMENT.size:
            fileoff, filesize = MACHO_SEGMENT.unpack_from(data, at)[5:7]
            segments.append((fileoff, fileoff + filesize))
            layout.need(fileoff + filesize)
        elif cmd == LC_NOTE and cmdsize >= MACHO_NOTE.size:
            _, _, owner, offset, size = MACHO_NOTE.unpack_from(data, at)
            if owner.rstrip(b"\0") == abi.INTEGRITY_OWNER and size == abi.INTEGRITY_RECORD.size:
                layout.record_at = offset
            layout.need(offset + size)
        elif cmd == LC_CODE_SIGNATURE and cmdsize >= MACHO_LINKEDIT_DATA.size:
            _, _, dataoff, datasize = MACHO_LINKEDIT_DATA.unpack_from(data, at)
            code_limit = dataoff
            layout.need(dataoff + datasize)
        at += cmdsize
    limit = len(data) if code_limit is None else code_limit
    layout.loaded = [(start, min(stop, limit)) for start, stop in segments if start < limit]
    return layout


def macho_note_command(offset: int) -> bytes:
    """The LC_NOTE load command pointing at a record stored at file `offset` of a Mach-O file."""
    return MACHO_NOTE.pack(LC_NOTE, MACHO_NOTE.size, abi.INTEGRITY_OWNER.ljust(16, b"\0"), offset,
                           abi.INTEGRITY_RECORD.size)
