"""Mach-O chained fixups (LC_DYLD_CHAINED_FIXUPS): rebased pointers and binds to imported symbols.

Each slot holds a DYLD_CHAINED_PTR_64 entry with the distance to the next
slot on the same page, in 4-byte units, in bits 51-62 (0 ends the chain), and
bit 63 telling the two kinds apart:

    rebase (bind = 0): the target's unslid address in bits 0-35 (the top
                       byte, 36-43, stays 0 here); dyld adds the slide
    bind   (bind = 1): the index of an entry of the imports table in bits
                       0-23, an addend in bits 24-31 (0 here); dyld stores
                       the address of that import's symbol

dyld walks each page's chain from the page's start offset.  With 4-byte
strides and 12 bits of `next`, one chain always spans a 16 KiB page.

The LC_DYLD_CHAINED_FIXUPS payload: a header, then the starts-in-image table
(one entry per segment, in load-command order; 0 for a segment without
fixups), then one starts-in-segment record per segment with fixups, then the
imports table (DYLD_CHAINED_IMPORT: one 32-bit word per import, the library's
ordinal in bits 0-7, weak_import in bit 8 (0 here), the name's offset in the
symbol pool in bits 9-31), then the symbol pool: a NUL, then the names.
"""

from __future__ import annotations

import struct

DYLD_CHAINED_PTR_64 = 2
DYLD_CHAINED_IMPORT = 1
DYLD_CHAINED_PTR_START_NONE = 0xFFFF
CHAIN_STRIDE = 4
TARGET_BITS = 36
ORDINAL_BITS = 24
NAME_OFFSET_BITS = 23
NEXT_SHIFT = 51
BIND = 1 << 63

FIXUPS_HEADER = struct.Struct("<IIIIIII")   # version, starts, imports, symbols offsets, count, formats
STARTS_IN_SEGMENT = struct.Struct("<IHHQIH")  # size, page_size, format, segment_offset, max_valid, page_count


def rebase_entry(target: int) -> int:
    """The chain entry, its `next` still 0, of a pointer to unslid address `target`."""
    if target >> TARGET_BITS:
        raise ValueError(f"rebase target {target:#x} does not fit a DYLD_CHAINED_PTR_64 entry")
    return target


def bind_entry(import_index: int) -> int:
    """The chain entry, its `next` still 0, of a slot bound to entry `import_index` of the imports table."""
    if import_index >> ORDINAL_BITS:
        raise ValueError(f"import {import_index} does not fit a DYLD_CHAINED_PTR_64 bind")
    return BIND | import_index


def chain_segment(slots: list[tuple[int, int]], page_size: int, page_count: int
                  ) -> tuple[list[int], list[tuple[int, int]]]:
    """Page starts and final (segment offset, chain entry) pairs for (segment offset, entry without next) slots."""
    slots = sorted(slots)
    page_starts = [DYLD_CHAINED_PTR_START_NONE] * page_count
    entries = []
    for index, (offset, entry) in enumerate(slots):
        page = offset // page_size
        if page_starts[page] == DYLD_CHAINED_PTR_START_NONE:
            page_starts[page] = offset - page * page_size
        following = slots[index + 1][0] if index + 1 < len(slots) else None
        distance = following - offset if following is not None and following // page_size == page else 0
        entries.append((offset, entry | ((distance // CHAIN_STRIDE) << NEXT_SHIFT)))
    return page_starts, entries


def fixups_payload(segments: list[tuple[int, list[int]] | None], page_size: int,
                   imports: list[tuple[int, bytes]]) -> bytes:
    """The LC_DYLD_CHAINED_FIXUPS payload; per segment (vm offset, page starts), or None if it has no fixups;
    `imports` are (library ordinal, symbol name as the library exports it) in the order binds index them."""
    starts_offset = (FIXUPS_HEADER.size + 7) & ~7
    image_table_size = 4 + 4 * len(segments)
    records = bytearray()
    segment_offsets = []
    cursor = (image_table_size + 7) & ~7
    for segment in segments:
        if segment is None:
            segment_offsets.append(0)
            continue
        vm_offset, page_starts = segment
        record = STARTS_IN_SEGMENT.pack(STARTS_IN_SEGMENT.size + 2 * len(page_starts), page_size,
                                        DYLD_CHAINED_PTR_64, vm_offset, 0, len(page_starts))
        record += struct.pack(f"<{len(page_starts)}H", *page_starts)
        padded = record.ljust((len(record) + 7) & ~7, b"\0")
        segment_offsets.append(cursor)
        records += padded
        cursor += len(padded)
    image_table = struct.pack(f"<I{len(segments)}I", len(segments), *segment_offsets)
    starts = image_table.ljust((image_table_size + 7) & ~7, b"\0") + records
    imports_offset = starts_offset + len(starts)
    # The pool starts with a NUL, so even without imports readers find symbols_offset inside the payload.
    pool = bytearray(b"\0")
    table = []
    for ordinal, name in imports:
        if len(pool) >> NAME_OFFSET_BITS:
            raise ValueError("the chained-fixups symbol pool is too large")
        table.append(ordinal | (len(pool) << 9))
        pool += name + b"\0"
    symbols_offset = imports_offset + 4 * len(table)
    header = FIXUPS_HEADER.pack(0, starts_offset, imports_offset, symbols_offset, len(table),
                                DYLD_CHAINED_IMPORT, 0)
    payload = header.ljust(starts_offset, b"\0") + starts + struct.pack(f"<{len(table)}I", *table) + pool
    return payload.ljust((len(payload) + 7) & ~7, b"\0")
