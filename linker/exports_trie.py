"""The Mach-O exports trie: the radix tree `dlsym` walks to find an exported symbol.

A node is: the size of its terminal info as ULEB128 (0 when no symbol ends
here), the info (flags, then the address relative to the Mach header, both
ULEB128), a one-byte child count, then per child the edge label (NUL-terminated)
and the child's offset from the start of the trie (ULEB128).  Edges carry whole
common prefixes, so a non-root node without a symbol always has two or more
children.

Child offsets are ULEB128s whose width depends on where the children land, so
offsets are found by iterating to a fixed point (they only ever grow).
Building is linear in the total length of the names, up to a factor of the
names' branching depth.
"""

from __future__ import annotations

EXPORT_SYMBOL_FLAGS_KIND_REGULAR = 0


def uleb128(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def build_exports_trie(exports: list[tuple[bytes, int]]) -> bytes:
    """The serialised trie for (name, address) pairs; names must be unique and contain no NUL."""
    entries = sorted(exports)
    terminals: list[bytes] = []             # per node: its terminal info, or b""
    children: list[list[tuple[bytes, int]]] = []  # per node: (edge label, child node)

    def build(lo: int, hi: int, depth: int) -> int:
        node = len(terminals)
        terminals.append(b"")
        children.append([])
        if len(entries[lo][0]) == depth:
            terminals[node] = uleb128(EXPORT_SYMBOL_FLAGS_KIND_REGULAR) + uleb128(entries[lo][1])
            lo += 1
        while lo < hi:
            first = entries[lo][0]
            end = lo + 1
            while end < hi and entries[end][0][depth] == first[depth]:
                end += 1
            last = entries[end - 1][0]
            common = depth + 1
            limit = min(len(first), len(last))
            while common < limit and first[common] == last[common]:
                common += 1
            children[node].append((first[depth:common], build(lo, end, common)))
            lo = end
        return node

    if entries:
        build(0, len(entries), 0)
    else:
        terminals.append(b"")
        children.append([])
    return _serialise(terminals, children)


def _serialise(terminals: list[bytes], children: list[list[tuple[bytes, int]]]) -> bytes:
    count = len(terminals)
    offsets = [0] * count
    while True:
        position = 0
        changed = False
        for node in range(count):
            if offsets[node] != position:
                offsets[node] = position
                changed = True
            info = terminals[node]
            position += len(uleb128(len(info))) + len(info) + 1
            for label, child in children[node]:
                position += len(label) + 1 + len(uleb128(offsets[child]))
        if not changed:
            break
    out = bytearray()
    for node in range(count):
        info = terminals[node]
        out += uleb128(len(info)) + info
        out.append(len(children[node]))
        for label, child in children[node]:
            out += label + b"\0" + uleb128(offsets[child])
    return bytes(out)
