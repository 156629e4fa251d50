"""The format-neutral image every object-file writer consumes.

An Image is what the compiler hands to the linker: three blobs of bytes
(code, read-only data, writable data), the symbols to export from them, and
the absolute 64-bit pointers stored inside the data that the loader must
rebase, the 64-bit slots the loader fills with the address of a C library
function (`ImportedPointer`: the artifact's only undefined symbols), the code's
pc-relative references to data (`TextRef`, patched once the writer has placed
the sections), and the fingerprint of the compiler that made it (kept in the file's
integrity record).  Offsets are always relative to the start of their own
section; a writer decides where each section lands.  Nothing here knows ELF or
Mach-O.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field

SECTIONS = ("text", "rodata", "data")
POINTER_SECTIONS = ("rodata", "data")
SYMBOL_KINDS = ("func", "object")
POINTER_SIZE = 8
C_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass
class Symbol:
    """An exported name for `size` bytes at `offset` in `section`."""

    name: str
    section: str  # "text" | "rodata" | "data"
    offset: int
    size: int
    kind: str = "func"  # "func" | "object"


@dataclass
class Pointer:
    """A 64-bit absolute pointer stored in `section` at `offset`, to target_section+target_offset."""

    section: str  # "rodata" | "data"
    offset: int
    target_section: str
    target_offset: int


@dataclass
class ImportedPointer:
    """A 64-bit slot at `offset` in `section` ("rodata" or "data") that the loader fills with
    the address of the C library function `symbol` (its C name: "mmap"; a writer adds any
    platform prefix, e.g. Mach-O's "_")."""

    section: str
    offset: int
    symbol: str


@dataclass
class TextRef:
    """An AArch64 `adrp xN, 0; add xN, xN, #0` pair at text+`offset`, to address target_section+target_offset."""

    offset: int
    target_section: str
    target_offset: int


def linked_text(image: "Image", base: dict[str, int]) -> bytes:
    """The text with every TextRef patched, for sections placed at the addresses `base`."""
    if not image.text_refs:
        return image.text
    text = bytearray(image.text)
    for ref in image.text_refs:
        target, here = base[ref.target_section] + ref.target_offset, base["text"] + ref.offset
        pages = (target >> 12) - (here >> 12)
        adrp, add = struct.unpack_from("<II", text, ref.offset)
        adrp = (adrp & 0x9F00001F) | ((pages & 3) << 29) | (((pages >> 2) & 0x7FFFF) << 5)
        add = (add & 0xFFC003FF) | ((target & 0xFFF) << 10)
        struct.pack_into("<II", text, ref.offset, adrp, add)
    return bytes(text)


@dataclass
class Image:
    text: bytes  # AArch64 code, r-x
    rodata: bytes = b""  # read-only data (rebased pointers in it become read-only after loading)
    data: bytes = b""  # writable data, rw-
    symbols: list[Symbol] = field(default_factory=list)
    pointers: list[Pointer] = field(default_factory=list)
    text_refs: list[TextRef] = field(default_factory=list)
    imports: list[ImportedPointer] = field(default_factory=list)
    soname: str | None = None
    compiler: str = ""  # the producing compiler's fingerprint

    def section_bytes(self, section: str) -> bytes:
        if section not in SECTIONS:
            raise ValueError(f"unknown section {section!r}; expected one of {SECTIONS}")
        return getattr(self, section)

    def imported_symbols(self) -> list[str]:
        """The distinct C functions the imported pointers name, sorted (so writers list each once, in order)."""
        return sorted({imported.symbol for imported in self.imports})

    def has_pointers_in(self, section: str) -> bool:
        """Whether the loader writes into `section`: a rebased pointer or an imported one lies in it."""
        return any(slot.section == section for slot in (*self.pointers, *self.imports))

    def validate(self) -> None:
        """Raise ValueError unless every symbol and slot lies inside its section and no imported slot is shared."""
        sizes = {section: len(self.section_bytes(section)) for section in SECTIONS}
        names: set[str] = set()
        for symbol in self.symbols:
            if not symbol.name or "\0" in symbol.name:
                raise ValueError(f"bad symbol name {symbol.name!r}")
            if symbol.name in names:
                raise ValueError(f"duplicate symbol {symbol.name!r}")
            names.add(symbol.name)
            if symbol.kind not in SYMBOL_KINDS:
                raise ValueError(f"symbol {symbol.name!r}: unknown kind {symbol.kind!r}")
            if symbol.section not in SECTIONS:
                raise ValueError(f"symbol {symbol.name!r}: unknown section {symbol.section!r}")
            if not sizes[symbol.section]:
                raise ValueError(f"symbol {symbol.name!r} is in the empty {symbol.section} section")
            if symbol.offset < 0 or symbol.size < 0 or symbol.offset + symbol.size > sizes[symbol.section]:
                raise ValueError(
                    f"symbol {symbol.name!r} [{symbol.offset:#x}, +{symbol.size:#x}) "
                    f"is outside {symbol.section} (size {sizes[symbol.section]:#x})")
        for ref in self.text_refs:
            if ref.offset < 0 or ref.offset % 4 or ref.offset + 8 > sizes["text"]:
                raise ValueError(f"text reference at text+{ref.offset:#x} is outside the text or unaligned")
            if ref.target_section not in SECTIONS or not 0 <= ref.target_offset < sizes[ref.target_section]:
                raise ValueError(f"text reference target {ref.target_section}+{ref.target_offset:#x} is outside")
        for pointer in self.pointers:
            if pointer.section not in POINTER_SECTIONS:
                raise ValueError(f"pointers can only be stored in {POINTER_SECTIONS}, not {pointer.section!r}")
            if pointer.target_section not in SECTIONS:
                raise ValueError(f"pointer target in unknown section {pointer.target_section!r}")
            _check_slot(pointer.section, pointer.offset, sizes, "pointer")
            if not sizes[pointer.target_section]:
                raise ValueError(f"pointer target in the empty {pointer.target_section} section")
            if not 0 <= pointer.target_offset <= sizes[pointer.target_section]:
                raise ValueError(
                    f"pointer target {pointer.target_section}+{pointer.target_offset:#x} is outside its section")
        slots: set[tuple[str, int]] = {(pointer.section, pointer.offset) for pointer in self.pointers}
        for imported in self.imports:
            if not isinstance(imported.symbol, str) or not C_IDENTIFIER.fullmatch(imported.symbol):
                raise ValueError(f"imported symbol {imported.symbol!r} is not a C identifier")
            where = f"imported pointer to {imported.symbol}"
            if imported.section not in POINTER_SECTIONS:
                raise ValueError(f"{where}: pointers can only be stored in {POINTER_SECTIONS}, "
                                 f"not {imported.section!r}")
            _check_slot(imported.section, imported.offset, sizes, where)
            if (imported.section, imported.offset) in slots:
                raise ValueError(f"{where}: {imported.section}+{imported.offset:#x} already holds a pointer")
            slots.add((imported.section, imported.offset))


def _check_slot(section: str, offset: int, sizes: dict[str, int], what: str) -> None:
    """A 64-bit slot the loader writes must be 8-aligned and inside its section."""
    if offset < 0 or offset + POINTER_SIZE > sizes[section]:
        raise ValueError(f"{what} at {section}+{offset:#x} is outside its section")
    if offset % POINTER_SIZE:
        raise ValueError(f"{what} at {section}+{offset:#x} is not 8-byte aligned")
