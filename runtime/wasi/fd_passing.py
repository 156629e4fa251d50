"""Handing open file descriptors from a client process to its worker (SCM_RIGHTS).

The worker's stdin/stdout carry the JSON protocol, so a WASI guest's stdio and
preopened directories reach the worker as real fds over a Unix socket pair
created with the worker: the client sends them just before the `load`
request that names how many it sent.  The guest's output thus streams straight
to the client's stdout (or whatever it chose), never through the protocol.
"""

from __future__ import annotations

import os
import socket

SOCKET_ENV = "WASMOON_FD_SOCKET"
_MARKER = b"F"

_worker_socket: socket.socket | None = None


def socket_pair() -> tuple[socket.socket, socket.socket]:
    """(client end, worker end); the worker end is inheritable, for `pass_fds`."""
    client, worker = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    worker.set_inheritable(True)
    return client, worker


def worker_environment(worker_end: socket.socket) -> dict:
    return {SOCKET_ENV: str(worker_end.fileno())}


def send_wasi(sock: socket.socket, config) -> dict:
    """Send `config`'s descriptors; returns its description plus the count, for the load request."""
    fds = config.open_descriptors()
    try:
        socket.send_fds(sock, [_MARKER], fds)
    finally:
        for fd in fds:
            os.close(fd)
    return {**config.describe(), "fds": len(fds)}


def receive(count: int) -> list[int]:
    """In the worker: the next `count` descriptors the client sent."""
    global _worker_socket
    if _worker_socket is None:
        _worker_socket = socket.socket(fileno=int(os.environ[SOCKET_ENV]))
    _, fds, _, _ = socket.recv_fds(_worker_socket, len(_MARKER), count)
    if len(fds) != count:
        for fd in fds:
            os.close(fd)
        raise OSError(f"expected {count} file descriptors from the client, received {len(fds)}")
    for fd in fds:
        os.set_inheritable(fd, False)
    return fds
