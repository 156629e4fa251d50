"""Handing open file descriptors from a client process to its worker (SCM_RIGHTS).

The worker's stdin/stdout carry the JSON protocol, so a WASI guest's stdio and
preopened directories reach the worker as real fds over a Unix socket pair
created with the worker: the guest's output thus streams straight to the
client's stdout (or whatever it chose), never through the protocol.

Fds are bound to one `load` request: the client encodes the whole request
first, then sends the fds in one message stamped with a ticket (a number that
grows with every message) and the request naming that ticket and the count.
The worker takes the message with its ticket, closing any older one left over
by a load that failed between the two sends (a client interrupted there), so
a guest never receives the descriptors meant for another.

The other way, the worker hands the client the file of a memory
(memory_sharing.py) the same way: one message stamped with the ticket of the
client's request, sent before the reply.
"""

from __future__ import annotations

import os
import socket
import struct

SOCKET_ENV = "WASMOON_FD_SOCKET"
_HEADER = struct.Struct("<cQ")  # marker, ticket
_MARKER = b"F"  # client -> worker
_MEMORY_MARKER = b"M"  # worker -> client
_RECEIVE_TIMEOUT = 30.0  # seconds; the fds are sent before the request, so they are always there already

_worker_socket: socket.socket | None = None


def socket_pair() -> tuple[socket.socket, socket.socket]:
    """(client end, worker end); the worker end is inheritable, for `pass_fds`.  Datagram
    boundaries keep one load's fds from merging with another's."""
    client, worker = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    worker.set_inheritable(True)
    return client, worker


def worker_environment(worker_end: socket.socket) -> dict:
    return {SOCKET_ENV: str(worker_end.fileno())}


def send_wasi(sock: socket.socket, description: dict, fds: list[int], ticket: int) -> dict:
    """Send `fds` (closed here, sent or not) stamped with `ticket`; returns `description` plus
    the count and the ticket, for the load request."""
    try:
        socket.send_fds(sock, [_HEADER.pack(_MARKER, ticket)], fds)
    finally:
        for fd in fds:
            os.close(fd)
    return {**description, "fds": len(fds), "ticket": ticket}


def _close_all(fds) -> None:
    for fd in fds:
        os.close(fd)


def _socket() -> socket.socket:
    """The worker's end, inherited from the client."""
    global _worker_socket
    if _worker_socket is None:
        _worker_socket = socket.socket(fileno=int(os.environ[SOCKET_ENV]))
        _worker_socket.settimeout(_RECEIVE_TIMEOUT)
    return _worker_socket


def _receive(sock: socket.socket, marker: bytes, count: int, ticket: int) -> list[int]:
    """The `count` descriptors sent over `sock` with `marker` and `ticket` (older ones are closed)."""
    while True:
        data, fds, _, _ = socket.recv_fds(sock, _HEADER.size, count)
        if len(data) != _HEADER.size:
            _close_all(fds)
            raise OSError("the file descriptor socket closed or sent a malformed message")
        sent_marker, sent_ticket = _HEADER.unpack(data)
        if sent_marker == marker and sent_ticket < ticket:
            _close_all(fds)  # left over by a request that failed between its two messages
            continue
        if sent_marker != marker or sent_ticket != ticket or len(fds) != count:
            _close_all(fds)
            raise OSError(f"expected {count} file descriptors with ticket {ticket}, "
                          f"received {len(fds)} with ticket {sent_ticket}")
        for fd in fds:
            os.set_inheritable(fd, False)
        return fds


def receive(count: int, ticket: int) -> list[int]:
    """In the worker: the `count` descriptors the client sent with `ticket`."""
    return _receive(_socket(), _MARKER, count, ticket)


def send_to_client(fd: int, ticket: int) -> None:
    """In the worker: send `fd` (left open) to the client, stamped with the ticket of its request."""
    socket.send_fds(_socket(), [_HEADER.pack(_MEMORY_MARKER, ticket)], [fd])


def receive_from_worker(sock: socket.socket, ticket: int) -> int:
    """In the client: the descriptor the worker sent with `ticket` over `sock` (the client's end)."""
    sock.settimeout(_RECEIVE_TIMEOUT)
    return _receive(sock, _MEMORY_MARKER, 1, ticket)[0]
