"""WasiConfig: what a WASI guest sees (argv, environment, preopened directories, stdio).

In the spirit of wasmtime-py's WasiConfig.  Stdio streams are given as None
(inherit this process's fd 0/1/2), a path (opened here: stdin for reading,
stdout/stderr truncated for writing), an int fd, or a file object with
`fileno()`.  Preopens are (host directory, guest name) pairs, or strings
"HOST" / "HOST::GUEST" as on the command line.

`open_descriptors()` opens everything in the calling process and returns new
host fds the caller owns: stdin, stdout, stderr, then one per preopen, so the
sandbox's roots are fixed by the caller's view of the file system even when
the guest runs in another process.  `describe()` is the JSON-able rest.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def parse_preopen(spec) -> tuple[str, str]:
    """("HOST", "GUEST") from a pair, "HOST::GUEST" or "HOST" (guest name = HOST, as wasmtime)."""
    if isinstance(spec, (tuple, list)):
        host, guest = spec
        return os.fspath(host), guest
    spec = os.fspath(spec)
    host, separator, guest = spec.partition("::")
    return host, guest if separator else host


@dataclass
class WasiConfig:
    argv: list = field(default_factory=list)
    env: dict = field(default_factory=dict)
    preopens: list = field(default_factory=list)
    stdin: object = None
    stdout: object = None
    stderr: object = None

    def describe(self) -> dict:
        env = self.env.items() if hasattr(self.env, "items") else self.env
        return {"argv": [str(a) for a in self.argv],
                "env": [f"{key}={value}" for key, value in env],
                "preopens": [parse_preopen(p)[1] for p in self.preopens]}

    def open_descriptors(self) -> list[int]:
        fds: list[int] = []
        try:
            fds.append(_open_stream(self.stdin, 0, os.O_RDONLY))
            fds.append(_open_stream(self.stdout, 1, os.O_WRONLY | os.O_CREAT | os.O_TRUNC))
            fds.append(_open_stream(self.stderr, 2, os.O_WRONLY | os.O_CREAT | os.O_TRUNC))
            for spec in self.preopens:
                host, _ = parse_preopen(spec)
                fds.append(os.open(host, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC))
        except BaseException:
            for fd in fds:
                os.close(fd)
            raise
        return fds


def _open_stream(stream, default_fd: int, flags: int) -> int:
    if stream is None:
        return os.dup(default_fd)
    if isinstance(stream, int):
        return os.dup(stream)
    if hasattr(stream, "fileno"):
        return os.dup(stream.fileno())
    return os.open(os.fspath(stream), flags | os.O_CLOEXEC, 0o666)
