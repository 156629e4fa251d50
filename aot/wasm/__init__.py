"""The Wasm front end: decode a binary into a `Module` and validate it."""

from .decode import decode_module
from .errors import DecodeError, ValidationError, WasmError
from .module import Module
from .validate import validate_module


def load_and_validate(data: bytes) -> Module:
    """Decode and validate a Wasm binary; raises DecodeError or ValidationError."""
    module = decode_module(data)
    validate_module(module)
    return module


__all__ = ["decode_module", "validate_module", "load_and_validate", "Module",
           "DecodeError", "ValidationError", "WasmError"]
