"""How traps, link errors and other exceptions travel between the worker and its client."""

from __future__ import annotations

import builtins

from .errors import ArtifactError, Exit, Frame, LinkError, Trap, propagates


class RemoteHostException(Exception):
    """In the worker: a host function raised in the client; `exception_id` names it there."""

    def __init__(self, exception_id: int, text: str):
        super().__init__(text)
        self.exception_id = exception_id


class RemoteThrow(Exception):
    """In the client: a Wasm exception left a call in the worker; remote.py raises it as a
    WasmException whose tag is a proxy of the worker's tag `handle`."""

    def __init__(self, handle: int, params: list, bits: list):
        super().__init__("uncaught Wasm exception")
        self.handle, self.params, self.bits = handle, params, bits


class RemoteError(Exception):
    """An exception in the worker with no equivalent on this side."""


def encode_error(exc: BaseException) -> dict:
    if isinstance(exc, Exit):
        return {"type": "exit", "status": exc.status}
    if isinstance(exc, Trap):
        cause = exc.__cause__
        encoded_cause = None
        if isinstance(cause, RemoteHostException):
            encoded_cause = {"host_exception": cause.exception_id}
        elif cause is not None:
            encoded_cause = {"class": type(cause).__name__, "message": str(cause)}
        return {"type": "trap", "code": int(exc.code), "func_index": exc.func_index,
                "func_name": exc.func_name, "wasm_offset": exc.wasm_offset, "cause": encoded_cause,
                "frames": [[f.func_index, f.func_name, f.wasm_offset] for f in exc.frames]}
    if isinstance(exc, LinkError):
        return {"type": "link", "message": exc.message, "module": exc.module, "name": exc.name}
    if isinstance(exc, ArtifactError):
        return {"type": "artifact", "path": exc.path, "reason": exc.reason}
    return {"type": "error", "class": type(exc).__name__, "message": str(exc)}


def _plain_exception(class_name: str, message: str) -> BaseException:
    cls = getattr(builtins, class_name, None)
    if isinstance(cls, type) and issubclass(cls, Exception) and cls is not Exception:
        try:
            return cls(message)
        except TypeError:
            pass
    return RemoteError(f"{class_name}: {message}")


def decode_error(err: dict, host_exceptions: dict) -> BaseException:
    """The exception to raise for error reply `err`; `host_exceptions` maps ids to the client's originals."""
    kind = err["type"]
    if kind == "exit":
        return Exit(err["status"])
    if kind == "trap":
        cause = err.get("cause")
        original = None
        if cause is not None and "host_exception" in cause:
            original = host_exceptions.pop(cause["host_exception"], None)
            if propagates(original):
                return original
        elif cause is not None:
            original = _plain_exception(cause["class"], cause["message"])
        trap = Trap(err["code"], err["func_index"], err["func_name"], err["wasm_offset"],
                    [Frame(*frame) for frame in err.get("frames", ())])
        trap.__cause__ = original
        return trap
    if kind == "link":
        return LinkError(err["message"], err.get("module"), err.get("name"))
    if kind == "artifact":
        return ArtifactError(err["path"], err["reason"])
    if kind == "exception":
        return RemoteThrow(err["tag"], err["params"], err["bits"])
    if kind == "host_exception":
        return host_exceptions.pop(err["id"], None) or RemoteError(err.get("message", "host exception"))
    return _plain_exception(err["class"], err["message"])
