"""The client side of a store: RemoteStore, the worker process it owns, and the default store.

Isolation model: each store has a worker process of its own, started on
first use, as wasmtime's unit of isolation is the store.  Whatever kills a
worker (a fault in native code, the OOM killer, `kill -9`) loses only the
instances, memories, tables and globals of its store: they raise WorkerError
from then on, other stores carry on, and the store's next `load()` (the
default store's, for `load()` without `store=`) starts a fresh worker.  The
client kills a worker only when the conversation is out of step (a request
interrupted after it went out, see channel.py); nesting too deep ends in a
"call stack exhausted" trap instead (headroom.py).  A worker exits by itself
when its client dies (worker.py).

Python callables given as imports stay here: the worker sends `host_call`
requests, which are served while any request of ours is waiting, so calls
nest both ways.  A host function's exception is kept here by id and becomes
the Trap's `__cause__` when the worker reports the trap.  Calls from several
threads are serialized, one conversation at a time per worker.

A store's block is shared with its worker (shared_block.py), so fuel, epoch
deadlines and timeouts work here without requests (interrupt.py); so is each
memory's file (memory_sharing.py), so its bytes are read and written here.
`RemoteStore.close()` ends the store's worker.  What lives in a worker is
reached through remote.py (instances, functions) and remote_externs.py
(memories, tables, globals), which both build on this module.
"""

from __future__ import annotations

import subprocess
import threading

from .channel import Channel, ChannelClosed
from .emulator import worker_command, worker_environment
from .errors import WorkerError
from .exceptions import WasmException
from .interrupt import StoreLimits
from .shared_block import SharedBlock
from .values import from_bits, returned_to_bits, slot_values
from .wasi import fd_passing
from .wire import decode_error


class WorkerProcess:
    """One arm64 worker process and the conversation with it."""

    def __init__(self, block: SharedBlock | None = None):
        """`block`: the store block to share with the worker (its store's; default a new one)."""
        block = block or SharedBlock()
        block.clear_worker_state()
        self.fd_socket, worker_end = fd_passing.socket_pair()  # WASI stdio and preopens travel here
        self.process = subprocess.Popen(worker_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        env={**worker_environment(), **fd_passing.worker_environment(worker_end),
                                             **block.worker_environment()},
                                        pass_fds=(worker_end.fileno(), *block.pass_fds()))
        worker_end.close()
        self.channel = Channel(self.process.stdout, self.process.stdin, self._serve)
        self.host_functions: dict[int, object] = {}
        self.host_exceptions: dict[int, BaseException] = {}
        self._next_exception = 0
        self._next_ticket = 0
        self.dropped: list[int] = []  # instance handles the client let go (sent with the next request)
        self.dropped_externs: list[int] = []  # extern handles, one entry per proxy let go
        self._lock = threading.RLock()  # one conversation at a time; nested calls come from the same thread

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def register_host(self, function) -> int:
        host_id = len(self.host_functions) + 1
        self.host_functions[host_id] = function
        return host_id

    def _serve(self, message: dict):
        if message["op"] != "host_call":
            raise ValueError(f"unknown request {message['op']!r}")
        function = self.host_functions[message["host"]]
        params, results = message["params"], message["results"]
        try:
            returned = function(*(from_bits(ty, bits) for ty, bits in zip(params, slot_values(params, message["args"]))))
            return returned_to_bits(results, returned)
        except WasmException as exn:
            if getattr(exn.tag, "worker", None) is not self:  # only a tag of this store can be thrown here
                raise self._host_failure(exn) from exn
            raise _HostThrow(exn.tag.handle, exn.bits) from None
        except BaseException as exc:  # noqa: BLE001 - becomes a trap in the worker, re-raised here as cause
            raise self._host_failure(exc) from exc

    def _host_failure(self, exc: BaseException) -> "_HostFailure":
        self._next_exception += 1
        self.host_exceptions[self._next_exception] = exc
        return _HostFailure(self._next_exception, exc)

    def check_alive(self) -> None:
        if not self.alive:
            raise WorkerError(f"the wasmoon-aot worker of this store has exited (status {self.process.returncode}): "
                              f"its instances are lost")

    def _died(self, op: str, exc: BaseException) -> WorkerError:
        """The WorkerError for a conversation broken during `op`; a worker still running then is out of
        step with us, and is stopped."""
        try:
            status = self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            status = self.process.wait()
        return WorkerError(f"the wasmoon-aot worker died (status {status}) during {op!r}: {exc}", status)

    def send_wasi(self, config) -> dict:
        """Send `config`'s descriptors for the `load` request sent next (hold `_lock` across both);
        returns the request's `wasi` field."""
        with self._lock:
            self.check_alive()
            description = config.describe()
            fds = config.open_descriptors()
            self._next_ticket += 1
            try:
                return fd_passing.send_wasi(self.fd_socket, description, fds, self._next_ticket)
            except OSError as exc:
                raise self._died("load", exc) from None

    def memory_file(self, handle: int) -> int:
        """A descriptor of the file holding the bytes of memory `handle` (memory_sharing.py)."""
        with self._lock:
            self._next_ticket += 1
            ticket = self._next_ticket
            self.request("extern", handle=handle, method="share", args=[ticket])
            try:
                return fd_passing.receive_from_worker(self.fd_socket, ticket)
            except OSError as exc:
                raise self._died("share", exc) from None

    def request(self, op: str, **fields):
        """Send a request; return its value or raise the exception it reports."""
        with self._lock:
            self.check_alive()
            if self.dropped:
                fields["drop"], self.dropped = self.dropped, []
            if self.dropped_externs:
                fields["drop_externs"], self.dropped_externs = self.dropped_externs, []
            try:
                reply = self.channel.request(op, **fields)
            except ChannelClosed as exc:
                raise self._died(op, exc) from None
            except BaseException:
                if not self.channel.in_step:
                    # Interrupted after the request went out (e.g. KeyboardInterrupt): no reply can be
                    # matched any more, so retire this worker; its store starts a fresh one on next use.
                    self.process.kill()
                    self.process.wait()
                raise
        if "err" in reply:
            raise decode_error(reply["err"], self.host_exceptions)
        return reply["ok"]


class _HostFailure(Exception):
    def __init__(self, exception_id: int, exc: BaseException):
        super().__init__(f"{type(exc).__name__}: {exc}")
        self.exception_id = exception_id


class _HostThrow(Exception):
    """A host function threw a Wasm exception of the worker's tag `handle` (payload slots `bits`)."""

    def __init__(self, handle: int, bits: list):
        super().__init__("Wasm exception")
        self.handle, self.bits = handle, bits


def _encode_error(exc: BaseException) -> dict:
    if isinstance(exc, _HostThrow):
        return {"type": "exception", "tag": exc.handle, "bits": exc.bits}
    if isinstance(exc, _HostFailure):
        return {"type": "host_exception", "id": exc.exception_id, "message": str(exc)}
    return {"type": "error", "class": type(exc).__name__, "message": str(exc)}


class RemoteStore(StoreLimits):
    """A store whose instances live in a worker process of its own."""

    def __init__(self) -> None:
        self._worker: WorkerProcess | None = None
        self._lock = threading.Lock()
        self._shared = SharedBlock()
        self._block = self._shared.block
        self._init_limits()
        self.closed = False

    @property
    def worker(self) -> WorkerProcess:
        """The store's worker, started on first use (and again if the previous one died)."""
        with self._lock:
            if self.closed:
                raise RuntimeError("the store is closed")
            if self._worker is None or not self._worker.alive:
                self._worker = WorkerProcess(self._shared)
                self._worker.channel.encode_error = _encode_error
            return self._worker

    def close(self) -> None:
        """Free every instance of the store: its worker process ends."""
        with self._lock:
            self.closed, worker, self._worker = True, self._worker, None
        if worker is not None and worker.alive:
            worker.process.stdin.close()  # the worker's serve loop ends at end of input
            try:
                worker.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.process.kill()
                worker.process.wait()

    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<remote store, worker {self._worker.process.pid if self._worker else None}>"


_default_store: RemoteStore | None = None
_default_lock = threading.Lock()


def default_store() -> RemoteStore:
    """The store `load()` uses when given none."""
    global _default_store
    with _default_lock:
        if _default_store is None or _default_store.closed:
            _default_store = RemoteStore()
        return _default_store


def shared_worker() -> WorkerProcess:
    """The default store's worker."""
    return default_store().worker
