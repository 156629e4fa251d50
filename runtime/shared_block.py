"""The Store block a client shares with its store's worker process.

The client creates an unlinked temporary file of abi.STORE_SIZE bytes and maps
it MAP_SHARED; the worker inherits the descriptor (its number in
$WASMOON_STORE_FD) and maps it too, as the native block of its store.  qemu-user
maps guest memory onto host memory, so both see the same words: the client
sets fuel and the epoch interrupt word (interrupt.py) without a request, also
while a call is running.  A restarted worker maps the same file again, its
predecessor's entry and trap words cleared first (a worker that died inside a
call left them set); fuel and the interrupt word carry over.
"""

from __future__ import annotations

import mmap
import os
import tempfile

from . import abi

FD_ENV = "WASMOON_STORE_FD"


class SharedBlock:
    """Client side: the file and its mapping (`block`, a writable buffer)."""

    def __init__(self):
        self._file = tempfile.TemporaryFile()
        self._file.truncate(abi.STORE_SIZE)
        self.block = mmap.mmap(self._file.fileno(), abi.STORE_SIZE)

    def clear_worker_state(self) -> None:
        """Zero the words only a running worker's code uses, before a worker starts."""
        for offset in (abi.STORE_ENTRY_SP, abi.STORE_STACK_LIMIT, abi.STORE_TRAP_CODE, abi.STORE_TRAP_PC):
            self.block[offset:offset + 8] = bytes(8)

    def pass_fds(self) -> tuple[int, ...]:
        return (self._file.fileno(),)

    def worker_environment(self) -> dict:
        return {FD_ENV: str(self._file.fileno())}


_inherited: mmap.mmap | None = None


def inherited_block():
    """Worker side: the mapping of the block the client passed, or None.  Mapped once; the passed
    fd is then closed (the mapping keeps a descriptor of its own)."""
    global _inherited
    fd = os.environ.pop(FD_ENV, None)
    if fd is not None:
        _inherited = mmap.mmap(int(fd), abi.STORE_SIZE)
        os.close(int(fd))
    return _inherited
