"""The guest's file descriptor table (WASI fd numbers -> host fds and what they are), and directory listings.

Fds 0-2 are stdio, then the preopened directories in order; new fds take the
lowest free number, as wasmtime does.  Every host fd here belongs to the table
(it was received or duplicated for it) and is closed with it.
"""

from __future__ import annotations

import os
import stat

from . import constants as c
from .sandbox import WasiError


def filetype_of_mode(mode: int) -> int:
    if stat.S_ISREG(mode):
        return c.FILETYPE_REGULAR_FILE
    if stat.S_ISDIR(mode):
        return c.FILETYPE_DIRECTORY
    if stat.S_ISCHR(mode):
        return c.FILETYPE_CHARACTER_DEVICE
    if stat.S_ISBLK(mode):
        return c.FILETYPE_BLOCK_DEVICE
    if stat.S_ISLNK(mode):
        return c.FILETYPE_SYMBOLIC_LINK
    if stat.S_ISSOCK(mode):
        return c.FILETYPE_SOCKET_STREAM
    return c.FILETYPE_UNKNOWN


class Descriptor:
    """One open guest fd: the host fd, its file type, rights, a preopen's guest name, whether read-only."""

    def __init__(self, host_fd: int, rights_base: int | None = None, rights_inheriting: int = c.RIGHTS_ALL,
                 preopen_name: str | None = None, read_only: bool = False):
        self.host_fd = host_fd
        self.read_only = read_only  # a read-only preopen or opened under one: no changes (EPERM)
        self.filetype = filetype_of_mode(os.fstat(host_fd).st_mode)
        if rights_base is None:
            rights_base = {c.FILETYPE_REGULAR_FILE: c.RIGHTS_FILE,
                           c.FILETYPE_DIRECTORY: c.RIGHTS_DIRECTORY}.get(self.filetype, c.RIGHTS_STREAM)
        self.rights_base = rights_base
        self.rights_inheriting = rights_inheriting
        self.preopen_name = preopen_name
        self.dir_listing = None  # fd_readdir's snapshot, taken at cookie 0

    @property
    def is_directory(self) -> bool:
        return self.filetype == c.FILETYPE_DIRECTORY


class DescriptorTable:
    def __init__(self):
        self._entries: dict[int, Descriptor] = {}

    def add(self, descriptor: Descriptor) -> int:
        fd = 0
        while fd in self._entries:
            fd += 1
        self._entries[fd] = descriptor
        return fd

    def get(self, fd: int) -> Descriptor:
        try:
            return self._entries[fd]
        except KeyError:
            raise WasiError(c.EBADF) from None

    def directory(self, fd: int) -> Descriptor:
        descriptor = self.get(fd)
        if not descriptor.is_directory:
            raise WasiError(c.ENOTDIR)
        return descriptor

    def writable_directory(self, fd: int) -> Descriptor:
        """`directory(fd)`, refused with EPERM when it is read-only."""
        descriptor = self.directory(fd)
        if descriptor.read_only:
            raise WasiError(c.EPERM)
        return descriptor

    def close(self, fd: int) -> None:
        descriptor = self._entries.pop(fd, None)
        if descriptor is None:
            raise WasiError(c.EBADF)
        os.close(descriptor.host_fd)

    def renumber(self, fd: int, to: int) -> None:
        descriptor = self.get(fd)
        self.get(to)
        if fd == to:
            return
        os.close(self._entries[to].host_fd)
        self._entries[to] = descriptor
        del self._entries[fd]

    def close_all(self) -> None:
        for descriptor in self._entries.values():
            os.close(descriptor.host_fd)
        self._entries.clear()


def list_directory(host_fd: int) -> list[tuple[bytes, int, int]]:
    """(name, inode, filetype) of ".", ".." and every entry, in the host's order."""
    inode = os.fstat(host_fd).st_ino
    listing = [(b".", inode, c.FILETYPE_DIRECTORY), (b"..", inode, c.FILETYPE_DIRECTORY)]
    with os.scandir(host_fd) as entries:
        for entry in entries:
            try:
                filetype = filetype_of_mode(entry.stat(follow_symlinks=False).st_mode)
            except OSError:
                filetype = c.FILETYPE_UNKNOWN
            listing.append((os.fsencode(entry.name), entry.inode(), filetype))
    return listing
