"""Write an Image as an ELF64 AArch64 shared object (ET_DYN) for glibc's loader.

Layout (every PT_LOAD is 64 KiB-aligned, file offsets congruent to addresses,
so 4K, 16K and 64K-page kernels all map it; no file padding between segments):

    PT_LOAD r-x   ELF header, program headers, .hash, .gnu.hash, .dynsym,
                  .dynstr, .rela.dyn, .text, .rodata (when it holds no pointers,
                  rebased or imported)
    PT_LOAD rw-   .dynamic, .rodata (when it holds some): all of it is
                  PT_GNU_RELRO, read-only once the loader has relocated it; its
                  memory size runs to the next 64 KiB boundary so the whole
                  region is protected whatever the page size
    PT_LOAD rw-   .data (only when there is data)
    PT_DYNAMIC, PT_GNU_RELRO, PT_GNU_STACK (rw-: the stack is not executable)

Past the last segment, unloaded: the .note.wasmoon section holding the
integrity record (runtime/abi.py; sealed by runtime/integrity.py once the
file is laid out), .shstrtab and the section headers.

.dynsym holds, after the null symbol, one undefined GLOBAL FUNC symbol per
distinct imported C function (sorted by name), then the exported GLOBAL DEFAULT
FUNC/OBJECT symbols ordered by .gnu.hash bucket; DT_HASH chains every symbol,
while DT_GNU_HASH starts at the first defined one (its symoffset) so undefined
symbols stay out of its buckets.  .rela.dyn holds an R_AARCH64_RELATIVE
relocation per Pointer (its target address is also stored in place), sorted by
address and counted by DT_RELACOUNT, then an R_AARCH64_GLOB_DAT (addend 0) per
ImportedPointer, sorted by address.  With imports, DT_NEEDED libc.so.6 is the
first dynamic entry.  Every TextRef is patched in the text (image.linked_text).
Output is a pure function of the Image and linear in its size.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from wasmoon_aot.runtime import abi, integrity
from .image import POINTER_SECTIONS, SECTIONS, Image, Symbol, linked_text

PAGE_ALIGN = 0x10000
SECTION_ALIGN = 16

EM_AARCH64 = 183
ET_DYN = 3
R_AARCH64_GLOB_DAT, R_AARCH64_RELATIVE = 1025, 1027
C_LIBRARY = "libc.so.6"  # provides every ImportedPointer's symbol

PT_LOAD, PT_DYNAMIC = 1, 2
PT_GNU_STACK, PT_GNU_RELRO = 0x6474E551, 0x6474E552
PF_X, PF_W, PF_R = 1, 2, 4

SHT_PROGBITS, SHT_STRTAB, SHT_RELA, SHT_HASH, SHT_DYNAMIC, SHT_NOTE, SHT_DYNSYM = 1, 3, 4, 5, 6, 7, 11
SHT_GNU_HASH = 0x6FFFFFF6
SHF_WRITE, SHF_ALLOC, SHF_EXECINSTR = 1, 2, 4

DT_NULL, DT_NEEDED, DT_HASH, DT_STRTAB, DT_SYMTAB = 0, 1, 4, 5, 6
DT_RELA, DT_RELASZ, DT_RELAENT, DT_STRSZ, DT_SYMENT, DT_SONAME = 7, 8, 9, 10, 11, 14
DT_GNU_HASH, DT_RELACOUNT = 0x6FFFFEF5, 0x6FFFFFF9

STB_GLOBAL = 1
SHN_UNDEF = 0
STT_OBJECT, STT_FUNC = 1, 2
SYMBOL_TYPES = {"func": STT_FUNC, "object": STT_OBJECT}

ELF_HEADER = struct.Struct("<16sHHIQQQIHHHHHH")
PROGRAM_HEADER = struct.Struct("<IIQQQQQQ")
SECTION_HEADER = struct.Struct("<IIQQQQIIQQ")
DYNSYM_ENTRY = struct.Struct("<IBBHQQ")
RELA_ENTRY = struct.Struct("<QQq")
DYNAMIC_ENTRY = struct.Struct("<qQ")

GNU_HASH_SHIFT2 = 26

HashedSymbol = tuple[Symbol, bytes, int]  # the symbol, its UTF-8 name, its GNU hash


def write_elf(image: Image) -> bytes:
    """The ELF shared object for `image` (deterministic)."""
    image.validate()
    symbols = _gnu_hash_order(image.symbols)
    imported = [name.encode() for name in image.imported_symbols()]
    dynstr, offsets = _dynstr(imported, symbols, image.soname)
    groups = _plan_sections(image, imported, symbols, dynstr)
    sections = [section for _, group in groups for section in group]
    by_name = {section.name: section for section in sections}
    # Every section has its final size now (address-dependent ones hold zeros); place them.
    by_name[".dynamic"].data = bytes(DYNAMIC_ENTRY.size * len(_dynamic_entries(image, by_name, offsets)))
    phnum = len(groups) + 3  # the PT_LOADs, PT_DYNAMIC, PT_GNU_RELRO, PT_GNU_STACK
    segments = _place(groups, ELF_HEADER.size + PROGRAM_HEADER.size * phnum, padded=1)

    base = {name: by_name["." + name].addr for name in SECTIONS if "." + name in by_name}
    relocations = _store_pointers(image, base, by_name)
    if image.text_refs:
        _fill(by_name[".text"], linked_text(image, base))
    shndx = {section.name[1:]: index for index, section in enumerate(sections, start=1)
             if section.name[1:] in SECTIONS}
    _fill(by_name[".dynsym"], _dynsym(imported, symbols, offsets, base, shndx))
    if relocations or image.imports:
        _fill(by_name[".rela.dyn"], _rela(image, relocations, imported, base))
    _fill(by_name[".dynamic"], b"".join(
        DYNAMIC_ENTRY.pack(tag, value) for tag, value in _dynamic_entries(image, by_name, offsets)))
    note = _Section(".note.wasmoon", SHT_NOTE, 0, 4, 0,
                    integrity.elf_note(abi.pack_integrity_record(0, image.compiler)))
    return integrity.seal(_assemble(sections, segments, _program_headers(segments, by_name[".dynamic"]), note))


@dataclass
class _Section:
    name: str
    type: int
    flags: int
    align: int
    entsize: int
    data: bytes
    info: int = 0
    link: str = ""  # name of the section sh_link points to
    offset: int = 0
    addr: int = 0

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class _Segment:
    flags: int
    offset: int
    addr: int
    filesz: int
    memsz: int


def _plan_sections(image: Image, imported: list[bytes], symbols: list[HashedSymbol], dynstr: bytes
                   ) -> list[tuple[int, list[_Section]]]:
    """The sections of each PT_LOAD (r-x, RELRO rw-, then rw- when there is data), in file order."""
    rodata_is_relro = bool(image.rodata) and image.has_pointers_in("rodata")
    rodata_flags = SHF_ALLOC | (SHF_WRITE if rodata_is_relro else 0)
    rodata = _Section(".rodata", SHT_PROGBITS, rodata_flags, SECTION_ALIGN, 0, image.rodata)
    hash_words = _sysv_hash_words([*imported, *(name for _, name, _ in symbols)])
    code = [
        _Section(".hash", SHT_HASH, SHF_ALLOC, 8, 4, struct.pack(f"<{len(hash_words)}I", *hash_words),
                 link=".dynsym"),
        _Section(".gnu.hash", SHT_GNU_HASH, SHF_ALLOC, 8, 0, _gnu_hash_table(symbols, 1 + len(imported)),
                 link=".dynsym"),
        _Section(".dynsym", SHT_DYNSYM, SHF_ALLOC, 8, DYNSYM_ENTRY.size,
                 bytes(DYNSYM_ENTRY.size * (1 + len(imported) + len(symbols))), info=1, link=".dynstr"),
        _Section(".dynstr", SHT_STRTAB, SHF_ALLOC, 1, 0, dynstr),
    ]
    if image.pointers or image.imports:
        code.append(_Section(".rela.dyn", SHT_RELA, SHF_ALLOC, 8, RELA_ENTRY.size,
                             bytes(RELA_ENTRY.size * (len(image.pointers) + len(image.imports))), link=".dynsym"))
    code.append(_Section(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, SECTION_ALIGN, 0, image.text))
    relro = [_Section(".dynamic", SHT_DYNAMIC, SHF_ALLOC | SHF_WRITE, 8, DYNAMIC_ENTRY.size, b"",
                      link=".dynstr")]
    if image.rodata:
        (relro if rodata_is_relro else code).append(rodata)
    groups = [(PF_R | PF_X, code), (PF_R | PF_W, relro)]
    if image.data:
        groups.append((PF_R | PF_W, [_Section(".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, SECTION_ALIGN, 0,
                                              image.data)]))
    return groups


def _store_pointers(image: Image, base: dict[str, int], by_name: dict[str, _Section]) -> list[tuple[int, int]]:
    """Write each pointer's target address in place; (where, target) pairs sorted by address."""
    patched = {name: bytearray(image.section_bytes(name)) for name in POINTER_SECTIONS}
    relocations = []
    for pointer in image.pointers:
        target = base[pointer.target_section] + pointer.target_offset
        struct.pack_into("<Q", patched[pointer.section], pointer.offset, target)
        relocations.append((base[pointer.section] + pointer.offset, target))
    for name in POINTER_SECTIONS:
        if image.has_pointers_in(name):
            _fill(by_name["." + name], bytes(patched[name]))
    relocations.sort()
    return relocations


def _rela(image: Image, relocations: list[tuple[int, int]], imported: list[bytes], base: dict[str, int]) -> bytes:
    """The RELATIVE relocations (sorted `relocations`), then one GLOB_DAT per imported slot, by address."""
    index = {name.decode(): number for number, name in enumerate(imported, start=1)}
    binds = sorted((base[slot.section] + slot.offset, index[slot.symbol]) for slot in image.imports)
    return b"".join([*(RELA_ENTRY.pack(where, R_AARCH64_RELATIVE, target) for where, target in relocations),
                     *(RELA_ENTRY.pack(where, (symbol << 32) | R_AARCH64_GLOB_DAT, 0) for where, symbol in binds)])


def _fill(section: _Section, data: bytes) -> None:
    """Replace a placed section's placeholder bytes (its size cannot change any more)."""
    assert len(data) == section.size, section.name
    section.data = data


def _dynamic_entries(image: Image, by_name: dict[str, _Section], offsets: _DynstrOffsets
                     ) -> list[tuple[int, int]]:
    entries = [(DT_NEEDED, offsets.needed)] if image.imports else []
    entries += [(DT_HASH, by_name[".hash"].addr), (DT_GNU_HASH, by_name[".gnu.hash"].addr),
               (DT_SYMTAB, by_name[".dynsym"].addr), (DT_SYMENT, DYNSYM_ENTRY.size),
               (DT_STRTAB, by_name[".dynstr"].addr), (DT_STRSZ, by_name[".dynstr"].size)]
    if image.soname is not None:
        entries.append((DT_SONAME, offsets.soname))
    if image.pointers or image.imports:
        rela = by_name[".rela.dyn"]
        entries += [(DT_RELA, rela.addr), (DT_RELASZ, rela.size), (DT_RELAENT, RELA_ENTRY.size)]
    if image.pointers:
        entries.append((DT_RELACOUNT, len(image.pointers)))  # the RELATIVE ones, which come first
    entries.append((DT_NULL, 0))
    return entries


def _program_headers(segments: list[_Segment], dynamic: _Section) -> list[bytes]:
    relro = segments[1]
    headers = [PROGRAM_HEADER.pack(PT_LOAD, segment.flags, segment.offset, segment.addr, segment.addr,
                                   segment.filesz, segment.memsz, PAGE_ALIGN) for segment in segments]
    headers.append(PROGRAM_HEADER.pack(PT_DYNAMIC, PF_R | PF_W, dynamic.offset, dynamic.addr, dynamic.addr,
                                       dynamic.size, dynamic.size, 8))
    headers.append(PROGRAM_HEADER.pack(PT_GNU_RELRO, PF_R, relro.offset, relro.addr, relro.addr,
                                       relro.filesz, relro.memsz, 1))
    headers.append(PROGRAM_HEADER.pack(PT_GNU_STACK, PF_R | PF_W, 0, 0, 0, 0, 0, 16))
    return headers


def _assemble(sections: list[_Section], segments: list[_Segment], program_headers: list[bytes],
              note: _Section) -> bytes:
    """The file: headers, placed sections, then `note`, .shstrtab and the section headers past the last
    segment."""
    note.offset = _align(segments[-1].offset + segments[-1].filesz, note.align)
    sections = sections + [note]
    shstrtab, shstr_offsets = _string_table([section.name for section in sections] + [".shstrtab"])
    shstrtab_offset = note.offset + note.size
    section_headers_offset = _align(shstrtab_offset + len(shstrtab), 8)
    shnum = len(sections) + 2  # the null section, the placed ones, .shstrtab
    index = {section.name: number for number, section in enumerate(sections, start=1)}
    section_headers = [bytes(SECTION_HEADER.size)]
    for section in sections:
        section_headers.append(SECTION_HEADER.pack(
            shstr_offsets[section.name], section.type, section.flags, section.addr, section.offset,
            section.size, index.get(section.link, 0), section.info, section.align, section.entsize))
    section_headers.append(SECTION_HEADER.pack(
        shstr_offsets[".shstrtab"], SHT_STRTAB, 0, 0, shstrtab_offset, len(shstrtab), 0, 0, 1, 0))

    out = bytearray(section_headers_offset + SECTION_HEADER.size * shnum)
    out[:ELF_HEADER.size] = ELF_HEADER.pack(
        b"\x7fELF\x02\x01\x01" + bytes(9), ET_DYN, EM_AARCH64, 1, 0, ELF_HEADER.size,
        section_headers_offset, 0, ELF_HEADER.size, PROGRAM_HEADER.size, len(program_headers),
        SECTION_HEADER.size, shnum, shnum - 1)
    headers = b"".join(program_headers)
    out[ELF_HEADER.size:ELF_HEADER.size + len(headers)] = headers
    for section in sections:
        out[section.offset:section.offset + section.size] = section.data
    out[shstrtab_offset:shstrtab_offset + len(shstrtab)] = shstrtab
    out[section_headers_offset:] = b"".join(section_headers)
    return bytes(out)


def _align(value: int, alignment: int) -> int:
    return (value + alignment - 1) & -alignment


def _place(groups: list[tuple[int, list[_Section]]], headers_size: int, padded: int) -> list[_Segment]:
    """Give each section its file offset and address; each group is one PT_LOAD.

    The first segment starts at offset and address 0 (it maps the headers).  A
    later one starts at the next 64 KiB boundary past the previous segment's
    memory, plus its file offset modulo 64 KiB.  The segment at index
    `padded` has its memory size rounded up to 64 KiB, so RELRO covers whole pages.
    """
    segments = []
    offset = addr = 0
    cursor = headers_size
    for number, (flags, group) in enumerate(groups):
        if number:
            offset = _align(cursor, SECTION_ALIGN)
            addr = _align(addr, PAGE_ALIGN) + offset % PAGE_ALIGN
            cursor = offset
        for section in group:
            cursor = _align(cursor, section.align)
            section.offset = cursor
            section.addr = addr + (cursor - offset)
            cursor += section.size
        filesz = cursor - offset
        memsz = _align(addr + filesz, PAGE_ALIGN) - addr if number == padded else filesz
        segments.append(_Segment(flags, offset, addr, filesz, memsz))
        addr += memsz
    return segments


def _gnu_hash(name: bytes, value: int = 5381) -> int:
    """The GNU hash of `name`, or of a name that is `name` after bytes that hashed to `value`."""
    for byte in name:
        value = (value * 33 + byte) & 0xFFFFFFFF
    return value


def _sysv_hash(name: bytes, value: int = 0) -> int:
    """The SysV hash of `name`, or of a name that is `name` after bytes that hashed to `value`."""
    for byte in name:
        value = (value << 4) + byte
        high = value & 0xF0000000
        value = (value ^ (high >> 24)) & ~high & 0xFFFFFFFF
    return value


def _hashes(hash_name, names) -> list[int]:
    """`hash_name` (_gnu_hash or _sysv_hash) of each of `names`, each resumed from the hash of all
    but its last two bytes, hashed once per such prefix: the names of a module's functions share
    all but their last digits, and 100,000 of them hashed byte by byte cost 0.25 CPU s a hash."""
    prefix_hashes = {}
    hashes = []
    for name in names:
        head = name[:-2]
        value = prefix_hashes.get(head)
        if value is None:
            value = prefix_hashes[head] = hash_name(head)
        hashes.append(hash_name(name[-2:], value))
    return hashes


def _gnu_bucket_count(count: int) -> int:
    return max(1, count // 4)


def _gnu_hash_order(symbols: list[Symbol]) -> list[HashedSymbol]:
    """(symbol, encoded name, GNU hash), ordered by bucket as .gnu.hash requires, then by name."""
    buckets = _gnu_bucket_count(len(symbols))
    names = [symbol.name.encode() for symbol in symbols]
    entries = list(zip(symbols, names, _hashes(_gnu_hash, names)))
    entries.sort(key=lambda entry: (entry[2] % buckets, entry[1]))
    return entries


def _gnu_hash_table(symbols: list[HashedSymbol], symoffset: int) -> bytes:
    """The DT_GNU_HASH table of the defined `symbols`, which start at .dynsym index `symoffset`."""
    count = len(symbols)
    buckets = _gnu_bucket_count(count)
    mask_words = 1 << (max(1, count // 16) - 1).bit_length()  # a power of two, about 4 bits per symbol
    bloom = [0] * mask_words
    bucket_heads = [0] * buckets
    chain = [0] * count
    for index, (_, _, value) in enumerate(symbols):
        word = (value // 64) % mask_words
        bloom[word] |= (1 << (value % 64)) | (1 << ((value >> GNU_HASH_SHIFT2) % 64))
        bucket = value % buckets
        if not bucket_heads[bucket]:
            bucket_heads[bucket] = index + symoffset
        is_last = index + 1 == count or symbols[index + 1][2] % buckets != bucket
        chain[index] = (value & ~1) | is_last
    return (struct.pack("<IIII", buckets, symoffset, mask_words, GNU_HASH_SHIFT2)
            + struct.pack(f"<{mask_words}Q", *bloom)
            + struct.pack(f"<{buckets}I", *bucket_heads)
            + struct.pack(f"<{count}I", *chain))


def _sysv_hash_words(names: list[bytes]) -> list[int]:
    """nbucket, nchain, buckets, chains of the DT_HASH table over every .dynsym name after the null symbol."""
    count = len(names) + 1
    buckets = max(1, count // 2)
    heads = [0] * buckets
    chain = [0] * count
    for index, name_hash in enumerate(_hashes(_sysv_hash, names), start=1):
        bucket = name_hash % buckets
        chain[index] = heads[bucket]
        heads[bucket] = index
    return [buckets, count, *heads, *chain]


def _string_table(strings: list[str]) -> tuple[bytes, dict[str, int]]:
    table = bytearray(b"\0")
    offsets = {}
    for string in strings:
        if string not in offsets:
            offsets[string] = len(table)
            table += string.encode() + b"\0"
    return bytes(table), offsets


@dataclass
class _DynstrOffsets:
    soname: int       # 0 without a soname
    needed: int       # C_LIBRARY's name; 0 without imports
    names: list[int]  # per .dynsym entry after the null symbol: imported, then defined


def _dynstr(imported: list[bytes], symbols: list[HashedSymbol], soname: str | None
            ) -> tuple[bytes, _DynstrOffsets]:
    table = bytearray(b"\0")

    def add(string: bytes) -> int:
        table.extend(string + b"\0")
        return len(table) - len(string) - 1

    soname_offset = add(soname.encode()) if soname is not None else 0
    needed = add(C_LIBRARY.encode()) if imported else 0
    names = [add(name) for name in [*imported, *(name for _, name, _ in symbols)]]
    return bytes(table), _DynstrOffsets(soname_offset, needed, names)


def _dynsym(imported: list[bytes], symbols: list[HashedSymbol], offsets: _DynstrOffsets,
            section_base: dict[str, int], shndx: dict[str, int]) -> bytes:
    entries = [bytes(DYNSYM_ENTRY.size)]
    entries += [DYNSYM_ENTRY.pack(name_offset, (STB_GLOBAL << 4) | STT_FUNC, 0, SHN_UNDEF, 0, 0)
                for name_offset in offsets.names[:len(imported)]]
    for (symbol, _, _), name_offset in zip(symbols, offsets.names[len(imported):]):
        entries.append(DYNSYM_ENTRY.pack(
            name_offset, (STB_GLOBAL << 4) | SYMBOL_TYPES[symbol.kind], 0, shndx[symbol.section],
            section_base[symbol.section] + symbol.offset, symbol.size))
    return b"".join(entries)
