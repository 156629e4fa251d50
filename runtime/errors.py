"""The exceptions the runtime raises: Trap (a Wasm trap, with its backtrace of Frames), Exit (the guest exited), LinkError,
ArtifactError, WorkerError (the worker process of a store died, taking its instances), BuiltinTrap
(a runtime builtin's trap, returned to Wasm as a code), and which
exceptions of a host function come out of a Wasm call as themselves (`propagates`)."""

from __future__ import annotations

from dataclasses import dataclass

from .abi import TRAP_MESSAGES, TrapCode


class ArtifactError(ValueError):
    """A file the runtime refuses to load: `path` as the user named it, and `reason` in a few words
    ("not a wasmoon-aot artifact", "truncated", "corrupt: checksum mismatch", ...)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class LinkError(Exception):
    """An import could not be satisfied; the message is the spec's text ("unknown import", ...)."""

    def __init__(self, message: str, module: str | None = None, name: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.module = module
        self.name = name

    def __str__(self) -> str:
        where = f" {self.module}.{self.name}" if self.module is not None else ""
        return f"{self.message}{where}"


@dataclass(frozen=True)
class Frame:
    """One Wasm frame of a trap's backtrace: the function (its index, and its name from the name
    section or an export) and the Wasm byte offset of the trapping instruction or call, when known."""

    func_index: int | None
    func_name: str | None
    wasm_offset: int | None

    def __str__(self) -> str:
        name = self.func_name if self.func_name is not None else \
            f"func[{self.func_index}]" if self.func_index is not None else "<unknown>"
        return name + (f" at wasm offset {self.wasm_offset:#x}" if self.wasm_offset is not None else "")


class Trap(Exception):
    """A Wasm trap: `code`, spec `message`, where it happened when known, and `frames`: the Wasm
    backtrace, innermost first (the trapping function, then its callers up to the call from the host;
    the innermost abi.TRAP_FRAMES_MAX callers at most)."""

    def __init__(self, code: int, func_index: int | None = None, func_name: str | None = None,
                 wasm_offset: int | None = None, frames: list[Frame] | None = None) -> None:
        self.code = TrapCode(code)
        self.message = TRAP_MESSAGES.get(self.code, f"trap {int(code)}")
        self.func_index = func_index
        self.func_name = func_name
        self.wasm_offset = wasm_offset
        self.frames = list(frames or ())
        super().__init__(self.message)

    def __str__(self) -> str:
        text = self.message
        if self.__cause__ is not None:
            text += f": {type(self.__cause__).__name__}: {self.__cause__}"
        if self.func_index is not None:
            name = self.func_name if self.func_name is not None else f"func[{self.func_index}]"
            text += f" (in {name}"
            if self.wasm_offset is not None:
                text += f" at wasm offset {self.wasm_offset:#x}"
            text += ")"
        return text.replace("\n", " ")


class Exit(Trap):
    """The guest called WASI `proc_exit(status)`: it unwinds the Wasm stack like a trap."""

    def __init__(self, status: int, func_index: int | None = None, func_name: str | None = None,
                 wasm_offset: int | None = None) -> None:
        super().__init__(TrapCode.EXIT, func_index, func_name, wasm_offset)
        self.status = status

    def __str__(self) -> str:
        return f"exit with status {self.status}"


def propagates(exc: BaseException | None) -> bool:
    """Whether a host function's exception leaves the Wasm call as itself rather than as a Trap's cause:
    a Trap of its own (Exit included), or a BaseException that is not an Exception (KeyboardInterrupt,
    SystemExit), which must reach the code that asked to stop.  The Wasm stack unwinds through the
    trap path either way."""
    return isinstance(exc, Trap) or (exc is not None and not isinstance(exc, Exception))


class WorkerError(RuntimeError):
    """The worker process of a store died or could not be started: that store's instances are lost.
    `status` is the worker's exit status when it died during a request (None otherwise)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class BuiltinTrap(Exception):
    """Raised by a runtime builtin: the trap `code` goes back to Wasm with no exception attached,
    so the trap is located at the calling instruction like any trap in compiled code."""

    def __init__(self, code: int):
        super().__init__(TRAP_MESSAGES.get(TrapCode(code), str(code)))
        self.code = int(code)
