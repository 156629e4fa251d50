"""Mach-O chained fixups (LC_DYLD_CHAINED_FIXUPS) for rebased pointers.

Each pointer slot holds a DYLD_CHAINED_PTR_64 rebase: the target's unslid
address in bits 0-35 (the top byte, 36-43, stays 0 here), the distance to the next slot on
the same page in 4-byte units in bits 51-62, bind = 0 in bit 63.  dyld walks
each page's chain from the page's start offset and adds the slide.  With
4-byte strides and 12 bits of `next`, one chain always spans a 16 KiB page.

The LC_DYLD_CHAINED_FIXUPS payload: a header, then the starts-in-image table
(one entry per segment, in load-command order; 0 for a segment without
pointers), then one starts-in-segment record per segment with pointers, then
no imports and an empty symbol pool: the artifact binds nothing.
"""

from __future__ import annotations

import struct

DYLD_CHAINED_PTR_64 = 2
DYLD_CHAINED_IMPORT = 1
DYLD_CHAINED_PTR_START_NONE = 0xFFFF
CHAIN_STRIDE = 4
TARGET_BITS = 36
NEXT_SHIFT = 51

FIXUPS_HEADER = struct.Struct("<IIIIIII")   # version, starts, imports, symbols offsets, count, formats
STARTS_IN_SEGMENT = struct.Struct("<IHHQIH")  # size, page_size, format, segment_offset, max_valid, page_count


def rebase_value(target: int, next_slot_distance: int) -> int:
    """The 64-bit chain entry for a pointer to unslid address `target`."""
    if target >> TARGET_BITS:
        raise ValueError(f"rebase target {target:#x} does not fit a DYLD_CHAINED_PTR_64 entry")
    return target | ((next_slot_distance // CHAIN_STRIDE) << NEXT_SHIFT)


def chain_segment(pointers: list[tuple[int, int]], page_size: int, page_count: int
                  ) -> tuple[list[int], list[tuple[int, int]]]:
    """Page starts and (segment offset, chain entry) pairs for (segment offset, target) pointers."""
    pointers = sorted(pointers)
    page_starts = [DYLD_CHAINED_PTR_START_NONE] * page_count
    entries = []
    for index, (offset, target) in enumerate(pointers):
        page = offset // page_size
        if page_starts[page] == DYLD_CHAINED_PTR_START_NONE:
            page_starts[page] = offset - page * page_size
        following = pointers[index + 1][0] if index + 1 < len(pointers) else None
        distance = following - offset if following is not None and following // page_size == page else 0
        entries.append((offset, rebase_value(target, distance)))
    return page_starts, entries


def fixups_payload(segments: list[tuple[int, list[int]] | None], page_size: int) -> bytes:
    """The LC_DYLD_CHAINED_FIXUPS payload; per segment (vm offset, page starts), or None if it has no pointers."""
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
    header = FIXUPS_HEADER.pack(0, starts_offset, imports_offset, imports_offset, 0, DYLD_CHAINED_IMPORT, 0)
    # An empty symbol pool of one NUL (padded): readers want imports_offset inside the payload.
    return (header.ljust(starts_offset, b"\0") + starts + b"\0").ljust(imports_offset + 8, b"\0")
