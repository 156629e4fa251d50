"""Linear memory: a native MemoryDef {base, size_bytes} and the anonymous mapping behind it.

Compiled code reaches memory 0 through VMCTX_MEMORY -> MemoryDef and reloads
base and size on every access, so growing may move the bytes: `grow` maps a
new, larger region, copies, repoints the MemoryDef and unmaps the old region
(unless a Python `view()` still holds it; then it goes when the view does).
Every instance importing the memory shares the one MemoryDef.
"""

from __future__ import annotations

import ctypes
import mmap

from . import abi

MAX_PAGES = 65536  # 4 GiB: the 32-bit address space
PAGE = abi.PAGE_SIZE


class Memory:
    """A linear memory of `min_pages` zeroed pages, growable up to `max_pages` (None = MAX_PAGES)."""

    def __init__(self, min_pages: int, max_pages: int | None = None, store=None):
        if not 0 <= min_pages <= MAX_PAGES or (max_pages is not None and not min_pages <= max_pages <= MAX_PAGES):
            raise ValueError(f"invalid memory limits {min_pages}..{max_pages}")
        self.maximum = max_pages
        self.store = store  # the Store it belongs to (if None, the first instance that links it claims it)
        self._def = ctypes.create_string_buffer(abi.MEMORYDEF_SIZE_OF)
        self.def_address = ctypes.addressof(self._def)
        self._mapping = None
        self._anchor = None  # ctypes view pinning the mapping while its address is in use
        self._map(min_pages * PAGE)

    # --- native state ---------------------------------------------------------

    @property
    def base(self) -> int:
        return ctypes.c_uint64.from_buffer(self._def, abi.MEMORYDEF_BASE).value

    @property
    def data_len(self) -> int:
        """Current size in bytes."""
        return ctypes.c_uint64.from_buffer(self._def, abi.MEMORYDEF_SIZE).value

    @property
    def size(self) -> int:
        """Current size in pages."""
        return self.data_len // PAGE

    def _map(self, nbytes: int) -> None:
        """Point the MemoryDef at a fresh zeroed region of `nbytes` holding the current contents."""
        old_mapping, old_anchor, old_len = self._mapping, self._anchor, (self.data_len if self._mapping else 0)
        mapping = anchor = None
        base = 0
        if nbytes:
            mapping = mmap.mmap(-1, nbytes)
            anchor = ctypes.c_char.from_buffer(mapping)
            base = ctypes.addressof(anchor)
            if old_len:
                ctypes.memmove(base, self.base, old_len)
        self._mapping, self._anchor = mapping, anchor
        ctypes.c_uint64.from_buffer(self._def, abi.MEMORYDEF_BASE).value = base
        ctypes.c_uint64.from_buffer(self._def, abi.MEMORYDEF_SIZE).value = nbytes
        if old_mapping is not None:
            del old_anchor
            try:
                old_mapping.close()
            except BufferError:
                pass  # a view() still exports it: unmapped when that view is released

    def try_grow(self, delta_pages: int) -> int | None:
        """Grow by `delta_pages`: the old size in pages, or None if the limit or the host refuses."""
        old = self.size
        new = old + delta_pages
        if new > (MAX_PAGES if self.maximum is None else self.maximum):
            return None
        if delta_pages:
            try:
                self._map(new * PAGE)
            except (OSError, MemoryError, OverflowError, ValueError):
                return None
        return old

    def in_bounds(self, offset: int, length: int) -> bool:
        return offset + length <= self.data_len

    # --- Python API -------------------------------------------------------------

    def grow(self, delta_pages: int) -> int:
        """Grow by `delta_pages` pages; returns the old size in pages, raises ValueError if it cannot."""
        if delta_pages < 0:
            raise ValueError("cannot shrink a memory")
        old = self.try_grow(delta_pages)
        if old is None:
            raise ValueError(f"cannot grow memory of {self.size} pages by {delta_pages} (maximum {self.maximum})")
        return old

    def _check(self, offset: int, length: int) -> None:
        if offset < 0 or length < 0 or not self.in_bounds(offset, length):
            raise IndexError(f"memory access {offset}+{length} outside {self.data_len} bytes")

    def read(self, offset: int, length: int) -> bytes:
        self._check(offset, length)
        return ctypes.string_at(self.base + offset, length) if length else b""

    def write(self, offset: int, data) -> None:
        data = bytes(data)
        self._check(offset, len(data))
        if data:
            ctypes.memmove(self.base + offset, data, len(data))

    def view(self) -> memoryview:
        """A live, writable view of the current bytes (valid until the memory grows)."""
        return memoryview(self._mapping) if self._mapping is not None else memoryview(bytearray())

    def __repr__(self) -> str:
        return f"<memory {self.size} pages, max {self.maximum}>"
