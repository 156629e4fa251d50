"""Bounds-checked access to a guest's linear memory for WASI calls.

Reads the MemoryDef's current base and size on every access (memory.grow may
move the bytes), and hands out writable buffers over guest memory so host reads
land in place.  An access outside the memory raises GuestFault (WASI EFAULT).
Every guest (pointer, length) range, and every (pointer, count) array, goes
through `check` (directly or through the accessors here) before the host
allocates or reads anything for it, so a hostile length costs nothing but EFAULT.
"""

from __future__ import annotations

import ctypes
import struct

_U32 = struct.Struct("<I")
_U64 = struct.Struct("<Q")
_IOVEC = struct.Struct("<II")


class GuestFault(Exception):
    """A guest pointer or length reaches outside linear memory."""


class GuestMemory:
    def __init__(self, memory):
        self.memory = memory

    def check(self, offset: int, length: int) -> int:
        """The host address of guest bytes [offset, offset+length), or GuestFault if any lies outside."""
        if offset < 0 or length < 0 or offset + length > self.memory.data_len:
            raise GuestFault(f"guest access {offset}+{length} outside {self.memory.data_len} bytes")
        return self.memory.base + offset

    def read(self, offset: int, length: int) -> bytes:
        address = self.check(offset, length)
        return ctypes.string_at(address, length) if length else b""

    def write(self, offset: int, data: bytes) -> None:
        address = self.check(offset, len(data))
        if data:
            ctypes.memmove(address, data, len(data))

    def buffer(self, offset: int, length: int):
        """A writable buffer aliasing guest bytes [offset, offset+length)."""
        return (ctypes.c_char * length).from_address(self.check(offset, length))

    def unpack(self, layout: struct.Struct, offset: int) -> tuple:
        return layout.unpack(self.read(offset, layout.size))

    def pack(self, layout: struct.Struct, offset: int, *values) -> None:
        self.write(offset, layout.pack(*values))

    def u32(self, offset: int) -> int:
        return self.unpack(_U32, offset)[0]

    def set_u32(self, offset: int, value: int) -> None:
        self.pack(_U32, offset, value & 0xFFFFFFFF)

    def set_u64(self, offset: int, value: int) -> None:
        self.pack(_U64, offset, value & 0xFFFFFFFFFFFFFFFF)

    def string(self, offset: int, length: int) -> str:
        """A guest path or name: UTF-8 (invalid sequences raise UnicodeDecodeError)."""
        return self.read(offset, length).decode("utf-8")

    def iovecs(self, offset: int, count: int) -> list:
        """Buffers for an array of `count` (c)iovec {buf: u32, len: u32} records."""
        raw = self.read(offset, _IOVEC.size * count)  # bounded by the memory before the list is built
        return [self.buffer(buf, length) for buf, length in _IOVEC.iter_unpack(raw)]
