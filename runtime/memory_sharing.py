"""Linear memories shared between a worker and its client: one file per memory, mapped by both.

In the worker, `share_memories()` makes every Memory map its committed pages
from a file of its own (memory.py's `file_backing`): a memfd, MAP_SHARED|MAP_FIXED
over the start of the memory's reservation, lengthened with ftruncate and one more
fixed mapping of the new pages on grow, so the base never moves and compiled code
runs on it as on anonymous pages.  The file's length is always the memory's size
in bytes; its pages stay unallocated until touched.  Each memory holds one
descriptor, so the worker raises its soft limit of open files to the hard one.

A client's RemoteMemory asks for the file once (fd_passing.send_to_client) and
maps it (MemoryMapping): `read`, `write` and `view()` are then plain memory
accesses, no request.  The current size is the file's length (fstat), and the
mapping is remade when it changed.  A view is of the file, never of the worker's
address space: when the worker releases the memory (its reservation is reused) or
exits, a view the client still holds keeps the last bytes, detached.
"""

from __future__ import annotations

import mmap
import os
import resource
import weakref

from .memory import Memory


class MemoryFile:
    """Worker side: the memfd holding one memory's committed bytes."""

    def __init__(self):
        self.fd = os.memfd_create("wasmoon-memory", os.MFD_CLOEXEC)

    def resize(self, nbytes: int) -> bool:
        """Make the file `nbytes` long (the memory's new size); False if the host refuses."""
        try:
            os.ftruncate(self.fd, nbytes)
        except OSError:
            return False
        return True

    def close(self) -> None:
        os.close(self.fd)


def share_memories() -> None:
    """In the worker: back every memory made from now on with a MemoryFile (one descriptor each, so
    the worker may open as many as the hard limit allows)."""
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    Memory.file_backing = MemoryFile


class MemoryMapping:
    """Client side: the file of one worker memory (its descriptor, owned), mapped at its current length."""

    def __init__(self, fd: int):
        self.fd = fd
        self._map: mmap.mmap | None = None
        weakref.finalize(self, os.close, fd)

    @property
    def size(self) -> int:
        """The memory's size in bytes."""
        return os.fstat(self.fd).st_size

    def window(self) -> memoryview:
        """A writable view of all the current bytes (a new mapping if the memory grew since the last)."""
        size = self.size
        if not size:
            return memoryview(bytearray())
        if self._map is None or len(self._map) != size:
            self._map = mmap.mmap(self.fd, size)  # the old one lives on while views of it do
        return memoryview(self._map)
