"""Path resolution that never leaves a preopened directory.

A guest path is resolved one component at a time from the directory fd it is
relative to, with `openat(O_PATH|O_NOFOLLOW)` for each directory and
`readlinkat` to expand symbolic links by hand.  Absolute paths, `..` above the
starting directory, and symlinks whose targets are absolute or climb out
(whoever planted them) are refused with EPERM, as wasmtime does; more than
MAX_SYMLINKS expansions is ELOOP.  The caller then acts on (directory fd,
final name) with the *at() system calls and O_NOFOLLOW, so the kernel never
follows a link we did not check.  `refuse_absolute` also keeps path_symlink
from planting, and path_readlink from revealing, a host path.
"""

from __future__ import annotations

import errno
import os

from . import constants as c

MAX_SYMLINKS = 40
_DIR_FLAGS = os.O_PATH | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


class WasiError(Exception):
    """A WASI call fails with `errno` (a WASI errno value)."""

    def __init__(self, code: int):
        super().__init__(c.ERRNO_NAMES[code])
        self.errno = code


class Resolved:
    """The directory fd holding the final component, and that component's name.

    A context manager: closes the intermediate directory fds it opened."""

    def __init__(self, dir_fd: int, name: str, owned: list[int], must_be_dir: bool):
        self.dir_fd = dir_fd
        self.name = name
        self.must_be_dir = must_be_dir
        self._owned = owned

    def __enter__(self) -> "Resolved":
        return self

    def __exit__(self, *exc) -> None:
        for fd in self._owned:
            os.close(fd)
        self._owned = []


def refuse_absolute(path: str) -> None:
    """EPERM for an absolute path or link target: it names a host path, outside every preopen."""
    if path.startswith("/"):
        raise WasiError(c.EPERM)


def _read_link(name: str, dir_fd: int) -> str | None:
    """The target of symlink `name`, or None if it is not a symlink (or does not exist)."""
    try:
        return os.readlink(name, dir_fd=dir_fd)
    except OSError as exc:
        if exc.errno in (errno.EINVAL, errno.ENOENT):
            return None
        raise


def resolve(root_fd: int, path: str, follow_final: bool) -> Resolved:
    """Resolve `path` beneath directory `root_fd` (see the module docstring)."""
    if not path:
        raise WasiError(c.ENOENT)
    if "\0" in path:
        raise WasiError(c.EILSEQ)
    refuse_absolute(path)
    must_be_dir = path.endswith("/")
    pending = [part for part in reversed(path.split("/")) if part not in ("", ".")]
    stack = [root_fd]
    links = 0
    try:
        while pending:
            part = pending.pop()
            if part == "..":
                if len(stack) == 1:
                    raise WasiError(c.EPERM)
                os.close(stack.pop())
                continue
            is_final = not pending
            target = _read_link(part, stack[-1]) if (not is_final or follow_final or must_be_dir) else None
            if target is not None:
                links += 1
                if links > MAX_SYMLINKS:
                    raise WasiError(c.ELOOP)
                refuse_absolute(target)
                if is_final and target.endswith("/"):
                    must_be_dir = True
                pending.extend(p for p in reversed(target.split("/")) if p not in ("", "."))
                continue
            if is_final:
                return Resolved(stack[-1], part, stack[1:], must_be_dir)
            stack.append(os.open(part, _DIR_FLAGS, dir_fd=stack[-1]))
        return Resolved(stack[-1], ".", stack[1:], True)
    except BaseException:
        for fd in stack[1:]:
            os.close(fd)
        raise
