"""Read a written artifact back through LIEF into a plain dict (drives `wasmoon-aot inspect`).

`describe(path)` reports the format, the architecture, the sections, the
loadable segments with their permissions, the exported symbols, the libraries
the artifact needs, and its imports (each slot the loader binds to a symbol of
another library: ELF GLOB_DAT relocations, Mach-O chained-fixup binds), all as
ints and strings so the result prints, compares and serialises as JSON.
ELF is described in full; Mach-O gets the same keys from LIEF's Mach-O view
(symbol sizes, which Mach-O lacks, are inferred where bytes are read).
"""

from __future__ import annotations

import lief


def describe(path: str) -> dict:
    binary = lief.parse(str(path))
    if binary is None:
        raise ValueError(f"{path}: not an object file LIEF can read")
    exported = sorted(binary.exported_symbols, key=lambda symbol: (symbol.value, symbol.name))
    return {
        "format": binary.format.name,
        "architecture": binary.abstract.header.architecture.name,
        "sections": [_section(section) for section in binary.sections if section.name],
        "segments": [_segment(segment) for segment in binary.segments],
        "symbols": [{"name": symbol.name, "address": symbol.value, "size": symbol.size}
                    for symbol in exported],
        "libraries": _libraries(binary),
        "imports": sorted(_imports(binary), key=lambda entry: entry["address"]),
    }


def _libraries(binary) -> list[str]:
    """The libraries the loader must load first: DT_NEEDED names, or LC_LOAD_DYLIB paths (not LC_ID_DYLIB)."""
    if isinstance(binary, lief.ELF.Binary):
        return list(binary.libraries)
    return [library.name for library in binary.libraries
            if library.command != lief.MachO.LoadCommand.TYPE.ID_DYLIB]


def _imports(binary) -> list[dict]:
    """{"symbol": its name in the file, "address": the slot, "library": the Mach-O dylib it binds to, or None
    for ELF, which looks the name up in every DT_NEEDED library}."""
    if isinstance(binary, lief.ELF.Binary):
        return [{"symbol": relocation.symbol.name, "address": relocation.address, "library": None}
                for relocation in binary.dynamic_relocations
                if relocation.type == lief.ELF.Relocation.TYPE.AARCH64_GLOB_DAT]
    return [{"symbol": binding.symbol.name, "address": binding.address,
             "library": binding.library.name if binding.has_library else None}
            for binding in binary.bindings]


def _section(section) -> dict:
    return {"name": section.name, "address": section.virtual_address, "size": section.size,
            "flags": [flag.name for flag in section.flags_list]}


def _segment(segment) -> dict:
    if isinstance(segment, lief.ELF.Segment):
        raw = segment.flags.value  # PF_X=1, PF_W=2, PF_R=4
        read, write, execute = raw & 4, raw & 2, raw & 1
        name, file_size = segment.type.name, segment.physical_size
        alignment = segment.alignment
    else:
        raw = segment.init_protection  # VM_PROT_READ=1, WRITE=2, EXECUTE=4
        read, write, execute = raw & 1, raw & 2, raw & 4
        name, file_size = segment.name, segment.file_size
        alignment = None
    return {"name": name, "address": segment.virtual_address, "size": segment.virtual_size,
            "file_offset": segment.file_offset, "file_size": file_size, "alignment": alignment,
            "permissions": ("r" if read else "-") + ("w" if write else "-") + ("x" if execute else "-")}


def symbol_bytes(path: str, name: str) -> bytes:
    """The bytes an exported data symbol covers, read from the file through LIEF.

    Mach-O symbols have no size: one runs to the next symbol of its section,
    or to the section's end.
    """
    binary = lief.parse(str(path))
    if binary is None:
        raise ValueError(f"{path}: not an object file LIEF can read")
    for symbol in binary.exported_symbols:
        if symbol.name in (name, "_" + name):
            size = symbol.size
            if isinstance(binary, lief.MachO.Binary):
                size = _macho_symbol_extent(binary, symbol.value)
            return bytes(binary.get_content_from_virtual_address(symbol.value, size))
    raise ValueError(f"{path}: no symbol {name}")


def _macho_symbol_extent(binary, address: int) -> int:
    section = binary.section_from_virtual_address(address)
    end = section.virtual_address + section.size
    following = [symbol.value for symbol in binary.exported_symbols if address < symbol.value < end]
    return min(following, default=end) - address
