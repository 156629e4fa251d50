"""Linear memory: a native MemoryDef {base, size_bytes} and the address-space reservation behind it.

Each memory reserves, once, the address space of its maximum size (PROT_NONE;
a 64-bit memory at most RESERVE_PAGES_64, beyond which it cannot grow) and makes
the first `size` bytes read-write.  A 32-bit memory reserves
abi.GUARDED_RESERVATION instead (4 GiB and the guard pages, whatever its maximum),
so that code compiled with guard pages may leave its accesses unchecked; if that
much address space cannot be had (or the memory is defined by code compiled with
explicit checks) it reserves its maximum and is not `guarded` (linking.py refuses
it to guard-page code).  `grow` `grow` only changes the protection of the next pages, so the base
never moves, growing costs nothing per byte already there and the pages are
zero until touched.  Compiled code reaches a memory through its MemoryDef
pointer in the vmctx (abi.VMContextLayout.memory; base and size in SSA values,
reloaded after calls, with explicit bounds checks), and every instance
importing the memory shares the one MemoryDef.

The reservation is released when the Memory object is garbage (nothing holds
it: no instance links it, no Python reference, no `view()`); its MemoryDef then
reads base 0, size 0, so code with explicit checks that can still reach it traps out
of bounds (code compiled with guard pages cannot run then: its instance holds the memory).
Released reservations are emptied (mapped over afresh, which returns their
pages) and the most recent few kept for the next memories of the same size: an
emulator tracks every reserved page (qemu-user keeps ~24 MiB of descriptors
per 4 GiB, and never frees them on munmap: a guarded memory costs ~24 MiB of it), so
reusing the address space keeps a load/close loop flat.  In a worker (memory_sharing.py) the
committed pages are mapped from a file instead, MAP_SHARED, which the client maps too.  The
mapping calls go to libc through ctypes with the
platform's own constants (Linux and macOS spell MAP_ANONYMOUS differently;
Python's mmap module knows).
"""

from __future__ import annotations

import ctypes
import mmap
import threading
import weakref
from typing import Any

from . import abi, checks
from .waiters import Waiters

MAX_PAGES = abi.max_memory_pages(False)  # 4 GiB of 64 KiB pages: the 32-bit address space
MAX_PAGES_64 = abi.max_memory_pages(True)  # a 64-bit memory's limit: 2**64 bytes
# A 64-bit memory declaring no maximum (or a huge one) reserves this much address space: it grows
# in place up to there, and a grow beyond fails as if the host refused.
RESERVE_PAGES_64 = 1 << 17  # 8 GiB
PAGE = abi.PAGE_SIZE

_PROT_NONE = 0  # POSIX; the mmap module exports only PROT_READ and PROT_WRITE
_PROT_RW = mmap.PROT_READ | mmap.PROT_WRITE
_MAP_RESERVE = mmap.MAP_PRIVATE | mmap.MAP_ANON
_MAP_FIXED = 0x10  # the same on Linux and macOS (the mmap module does not export it)
_MAP_FAILED = ctypes.c_void_p(-1).value
_SPARE_RESERVATIONS = 8

_spare: list[tuple[int, int]] = []  # (size, base) of emptied reservations kept for reuse

_libc = ctypes.CDLL(None, use_errno=True)
_libc.mmap.restype = ctypes.c_void_p
_libc.mmap.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long)
_libc.mprotect.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
_libc.munmap.argtypes = (ctypes.c_void_p, ctypes.c_size_t)


def _host_pages(nbytes: int) -> int:
    """`nbytes` rounded up to whole host pages, the unit of mprotect (small Wasm pages share them:
    the bytes past the size that a host page makes accessible are never in bounds, so stay zero)."""
    return -(-nbytes // mmap.PAGESIZE) * mmap.PAGESIZE


def _reserve(nbytes: int) -> int:
    """The base of `nbytes` of inaccessible, zero-filled address space (0 for none)."""
    if not nbytes:
        return 0
    for at, (size, base) in enumerate(_spare):
        if size == nbytes:
            del _spare[at]
            return base
    base = _libc.mmap(None, nbytes, _PROT_NONE, _MAP_RESERVE, -1, 0)
    if base in (None, _MAP_FAILED):
        raise MemoryError(f"cannot reserve {nbytes} bytes of address space (errno {ctypes.get_errno()})")
    return base


def _release(base: int, nbytes: int, definition, backing=None) -> None:
    """Give a reservation's pages back and empty the MemoryDef that pointed at it (a weakref.finalize
    callback): keep the emptied address space for reuse, or unmap it; close the file `backing` it."""
    ctypes.c_uint64.from_buffer(definition, abi.MEMORYDEF_BASE).value = 0
    ctypes.c_uint64.from_buffer(definition, abi.MEMORYDEF_SIZE).value = 0
    if backing is not None:
        backing.close()
    if not base:
        return
    if _libc.mmap(base, nbytes, _PROT_NONE, _MAP_RESERVE | _MAP_FIXED, -1, 0) != base:
        _libc.munmap(base, nbytes)
        return
    _spare.append((nbytes, base))
    if len(_spare) > _SPARE_RESERVATIONS:  # the least recently released goes
        _libc.munmap(*reversed(_spare.pop(0)))


class Memory:
    """A linear memory of `min_pages` zeroed pages, growable up to `max_pages` (None = MAX_PAGES, or
    MAX_PAGES_64 for a 64-bit memory, `is64`, whose addresses are i64).  Pages are 64 KiB, or
    2**`page_size_log2` bytes (custom-page-sizes: abi.PAGE_SIZE_LOG2S).  A `shared` memory (threads)
    needs a maximum; its `waiters` are the threads blocked in memory.atomic.wait on it.  A 32-bit
    one gets guard pages when it can, unless `guard` is false (a memory of code with explicit checks)."""

    # A worker sets this (memory_sharing.py): a factory of the file each memory's committed pages are
    # then mapped from, MAP_SHARED, so its client can map them too; None: anonymous pages.
    file_backing = None

    def __init__(self, min_pages: int, max_pages: int | None = None, store: Any = None, is64: bool = False,
                 page_size_log2: int = abi.PAGE_SIZE_LOG2, guard: bool = True, shared: bool = False) -> None:
        if page_size_log2 not in abi.PAGE_SIZE_LOG2S:
            raise ValueError(f"memory page size must be one of {[1 << n for n in abi.PAGE_SIZE_LOG2S]} bytes")
        if shared and max_pages is None:
            raise ValueError("shared memory must have maximum")
        self.shared = bool(shared)
        self.waiters = Waiters() if shared else None
        self._grow_lock = threading.Lock() if shared else None
        self.page_size_log2 = page_size_log2
        self.page_size = 1 << page_size_log2
        ceiling = abi.max_memory_pages(is64, page_size_log2)
        min_pages, max_pages = checks.limits("memory", min_pages, max_pages, ceiling)
        self.maximum = max_pages
        self.is64 = bool(is64)
        self.store = store  # the Store it belongs to (if None, the first instance that links it claims it)
        self._def = ctypes.create_string_buffer(abi.MEMORYDEF_SIZE_OF)
        self.def_address = ctypes.addressof(self._def)
        limit = ceiling if max_pages is None else max_pages
        reserve_64 = RESERVE_PAGES_64 * PAGE // self.page_size
        self._reserved_pages = max(min(limit, reserve_64), min_pages) if is64 else limit
        reserved = self._reserved_pages * self.page_size
        self.guarded = False
        if guard and not is64:
            try:
                base, reserved, self.guarded = _reserve(abi.GUARDED_RESERVATION), abi.GUARDED_RESERVATION, True
            except MemoryError:
                base = _reserve(reserved)
        else:
            base = _reserve(reserved)
        self.backing = Memory.file_backing and Memory.file_backing()
        self._release = weakref.finalize(self, _release, base, reserved, self._def, self.backing)
        ctypes.c_uint64.from_buffer(self._def, abi.MEMORYDEF_BASE).value = base
        if self.try_grow(min_pages) is None:
            self._release()
            raise MemoryError(f"cannot commit {min_pages} pages of memory")

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
        return self.data_len >> self.page_size_log2

    def try_grow(self, delta_pages: int) -> int | None:
        """Grow by `delta_pages` (>= 0): the old size in pages, or None if the limit or the host refuses.
        A shared memory grows under its lock: threads growing it at once each get their own old size."""
        if self._grow_lock is None:
            return self._grow(delta_pages)
        with self._grow_lock:
            return self._grow(delta_pages)

    def _grow(self, delta_pages: int) -> int | None:
        old = self.size
        new = old + delta_pages
        if new > self._reserved_pages:  # past the maximum, or (64-bit) past the reservation
            return None
        if delta_pages:
            start, end = _host_pages(old * self.page_size), _host_pages(new * self.page_size)
            if self.backing is not None:  # map the file's next pages, then lengthen it over them
                if end > start and _libc.mmap(self.base + start, end - start, _PROT_RW, mmap.MAP_SHARED | _MAP_FIXED,
                                              self.backing.fd, start) != self.base + start:
                    return None
                if not self.backing.resize(new * self.page_size):
                    return None
            elif end > start and _libc.mprotect(self.base + start, end - start, _PROT_RW) != 0:
                return None
            ctypes.c_uint64.from_buffer(self._def, abi.MEMORYDEF_SIZE).value = new * self.page_size
        return old

    def in_bounds(self, offset: int, length: int) -> bool:
        return offset + length <= self.data_len

    # --- Python API -------------------------------------------------------------

    def grow(self, delta_pages: int) -> int:
        """Grow by `delta_pages` pages; returns the old size in pages, raises ValueError if it cannot."""
        delta_pages = checks.count("memory grow delta", delta_pages)
        old = self.try_grow(delta_pages)
        if old is None:
            raise ValueError(f"cannot grow memory of {self.size} pages by {delta_pages} (maximum {self.maximum})")
        return old

    def read(self, offset: int, length: int) -> bytes:
        offset, length = checks.span("memory access", offset, length, self.data_len)
        return ctypes.string_at(self.base + offset, length) if length else b""

    def write(self, offset: int, data: bytes | bytearray | memoryview) -> None:
        data = checks.data(data)
        offset, length = checks.span("memory access", offset, len(data), self.data_len)
        if length:
            ctypes.memmove(self.base + offset, data, length)

    def view(self) -> memoryview:
        """A live, writable view of the current bytes (it keeps the memory alive; take a new one after
        growing to see the new pages)."""
        if not self.data_len:
            return memoryview(bytearray())
        window = (ctypes.c_char * self.data_len).from_address(self.base)
        window.memory = self  # the view pins the mapping
        return memoryview(window).cast("B")

    def __repr__(self) -> str:
        return (f"<{'shared ' if self.shared else ''}{'64-bit ' if self.is64 else ''}memory {self.size} pages, "
                f"max {self.maximum}>")
