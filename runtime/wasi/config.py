"""WasiConfig: what a WASI guest sees (argv, environment, preopened directories, stdio).

In the spirit of wasmtime-py's WasiConfig.  Stdio streams are given as None
(inherit this process's fd 0/1/2, as `inherit_stdio()` says), a path (opened
here: stdin for reading, stdout/stderr truncated for writing), an int fd (a
pipe's end, say), a file object with `fileno()`, or one without a file
descriptor: an output object with `write` (io.BytesIO, io.StringIO) or, for
stdin, bytes or an object with `read`.  Those go through a temporary file: stdin
is written to it first; the guest's output is copied into the object by
`collect_output()`, which `run_command` calls when the command ends (so no thread,
and no pipe that a long output could fill).  Preopens are (host directory, guest
name) or (host, guest, "ro"|"rw") tuples, or strings "HOST", "HOST::GUEST" or
"HOST::GUEST:ro" as on the command line; a read-only one (and everything under
it) refuses every change with EPERM and opens files for reading only.

`open_descriptors()` opens everything in the calling process and returns new
host fds the caller owns: stdin, stdout, stderr, then one per preopen, so the
sandbox's roots are fixed by the caller's view of the file system even when
the guest runs in another process.  `describe()` is the JSON-able rest.
"""

from __future__ import annotations

import codecs
import io
import os
import sys
import tempfile
from dataclasses import dataclass, field

MODES = ("ro", "rw")


def parse_preopen(spec) -> tuple[str, str, bool]:
    """("HOST", "GUEST", read_only) from a (host, guest[, mode]) tuple, "HOST::GUEST[:ro|:rw]" or "HOST"
    (guest name = HOST, read-write, as wasmtime)."""
    if isinstance(spec, (tuple, list)):
        host, guest, *mode = spec
        if len(mode) > 1 or (mode and mode[0] not in MODES):
            raise ValueError(f"bad preopen {spec!r}: expected (host, guest) or (host, guest, 'ro' | 'rw')")
        return os.fspath(host), guest, mode == ["ro"]
    spec = os.fspath(spec)
    host, separator, guest = spec.partition("::")
    if not separator:
        return host, host, False
    name, colon, mode = guest.rpartition(":")
    if colon and mode in MODES:
        return host, name, mode == "ro"
    return host, guest, False


class _Captured:
    """A temporary file standing in for a stream object without a file descriptor."""

    def __init__(self, target):
        self.target = target
        self.file = tempfile.TemporaryFile()
        self.collected = 0
        self.decoder = codecs.getincrementaldecoder("utf-8")(errors="replace") \
            if isinstance(target, io.TextIOBase) else None

    def collect(self) -> None:
        """Copy what the guest wrote since the last collect into the target (os.pread: the guest's offset stays)."""
        fd = self.file.fileno()
        end = os.fstat(fd).st_size
        while self.collected < end:
            data = os.pread(fd, end - self.collected, self.collected)
            if not data:
                break
            self.collected += len(data)
            self.target.write(self.decoder.decode(data) if self.decoder else data)


@dataclass
class WasiConfig:
    argv: list = field(default_factory=list)
    env: dict = field(default_factory=dict)
    preopens: list = field(default_factory=list)
    stdin: object = None
    stdout: object = None
    stderr: object = None
    _captured: list = field(default_factory=list, init=False, repr=False, compare=False)

    def inherit_argv(self) -> "WasiConfig":
        """The guest's argv is this process's (sys.argv)."""
        self.argv = list(sys.argv)
        return self

    def inherit_env(self) -> "WasiConfig":
        """The guest's environment is a copy of this process's."""
        self.env = dict(os.environ)
        return self

    def inherit_stdio(self) -> "WasiConfig":
        """The guest's stdin, stdout and stderr are this process's fds 0, 1 and 2 (the default)."""
        self.stdin = self.stdout = self.stderr = None
        return self

    def preopen_dir(self, host: str | os.PathLike, guest: str, read_only: bool = False) -> "WasiConfig":
        """Give the guest directory `host` as `guest`; `read_only` refuses every change under it."""
        self.preopens.append((os.fspath(host), guest, "ro" if read_only else "rw"))
        return self

    def collect_output(self) -> None:
        """Copy what the guest wrote so far into stdout/stderr objects that have no file descriptor."""
        for captured in self._captured:
            captured.collect()

    def describe(self) -> dict:
        env = self.env.items() if hasattr(self.env, "items") else self.env
        preopens = [parse_preopen(p) for p in self.preopens]
        return {"argv": [str(a) for a in self.argv],
                "env": [f"{key}={value}" for key, value in env],
                "preopens": [guest for _, guest, _ in preopens],
                "read_only": [read_only for _, _, read_only in preopens]}

    def open_descriptors(self) -> list[int]:
        fds: list[int] = []
        self._captured = []
        try:
            fds.append(self._open_stream(self.stdin, 0, os.O_RDONLY))
            fds.append(self._open_stream(self.stdout, 1, os.O_WRONLY | os.O_CREAT | os.O_TRUNC))
            fds.append(self._open_stream(self.stderr, 2, os.O_WRONLY | os.O_CREAT | os.O_TRUNC))
            for spec in self.preopens:
                host, _, _ = parse_preopen(spec)
                fds.append(os.open(host, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC))
        except BaseException:
            for fd in fds:
                os.close(fd)
            raise
        return fds

    def _open_stream(self, stream, default_fd: int, flags: int) -> int:
        if stream is None:
            return os.dup(default_fd)
        if isinstance(stream, int):
            return os.dup(stream)
        if isinstance(stream, (str, os.PathLike)):
            return os.open(os.fspath(stream), flags | os.O_CLOEXEC, 0o666)
        try:
            return os.dup(stream.fileno())
        except (AttributeError, OSError, io.UnsupportedOperation):
            pass  # no file descriptor: a temporary file stands in for it
        if default_fd == 0:
            data = stream if isinstance(stream, (bytes, bytearray, memoryview)) else stream.read()
            temporary = tempfile.TemporaryFile()
            temporary.write(data.encode() if isinstance(data, str) else data)
            temporary.seek(0)
            with temporary:
                return os.dup(temporary.fileno())
        if not hasattr(stream, "write"):
            raise TypeError(f"cannot use a {type(stream).__name__} as a WASI output stream")
        captured = _Captured(stream)
        self._captured.append(captured)
        return os.dup(captured.file.fileno())
