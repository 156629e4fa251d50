"""Errors raised for bad Wasm input: each carries the byte offset where it was found."""


class WasmError(Exception):
    """Base of the front end's errors: `message` is the spec's text where it has one."""

    kind = "error"

    def __init__(self, message: str, offset: int | None = None):
        super().__init__(message)
        self.message = message
        self.offset = offset

    def __str__(self) -> str:
        where = f" at byte offset {self.offset:#x}" if self.offset is not None else ""
        return f"{self.kind}: {self.message}{where}"


class DecodeError(WasmError):
    """The binary is malformed (assert_malformed)."""

    kind = "decode error"


class ValidationError(WasmError):
    """The module decodes but is not valid (assert_invalid)."""

    kind = "validation error"
