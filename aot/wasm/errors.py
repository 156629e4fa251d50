"""Errors raised for bad Wasm input: each carries the byte offset where it was found, and an error
in a function body the function (`function`: its index and name-section name, set by the validator)."""


class WasmError(Exception):
    """Base of the front end's errors: `message` is the spec's text where it has one."""

    kind = "error"

    def __init__(self, message: str, offset: int | None = None):
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.function: str | None = None  # "function 3 ($name)" for an error in a function body

    def __str__(self) -> str:
        where = f" at byte offset {self.offset:#x}" if self.offset is not None else ""
        inside = f" in {self.function}" if self.function is not None else ""
        return f"{self.kind}{inside}: {self.message}{where}"


class DecodeError(WasmError):
    """The binary is malformed (assert_malformed)."""

    kind = "decode error"


class ValidationError(WasmError):
    """The module decodes but is not valid (assert_invalid)."""

    kind = "validation error"
