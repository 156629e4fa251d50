"""The interface between the compile driver (aot/compiler.py) and an instruction set.

A backend is found by name with `backend_for`; the driver names no ISA module
and asks a `Backend` for everything machine-specific: the registers it gives the
allocators, lowering IR to VCode, emitting allocated VCode as machine words, and
laying out the module's text (glue code, function placement, call patching), and
the native code of the C API (compile option c_api) when the ISA has it.
A second ISA plugs in by adding `aot/isa/<name>/backend.py` with a `BACKEND`
and its name to `_BACKENDS`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Callable

DEFAULT_ISA = "aarch64"
_BACKENDS = {"aarch64": ".aarch64.backend"}   # ISA name -> module holding its BACKEND


@dataclass(frozen=True)
class TextLayout:
    """A module's text and where its parts lie, as byte offsets from the text's start."""
    text: bytes
    trap_stub: tuple[int, int]              # (offset, size) of the one trap stub
    entry_trampolines: dict[str, int]       # function type index (as a string) -> offset
    host_trampolines: dict[str, int]        # imported function type index (as a string) -> offset
    builtin_trampolines: dict[str, int]     # builtin name -> offset of its signature's host trampoline
    function_offsets: list[int]             # per defined function
    function_sizes: list[int]               # per defined function, in bytes
    trap_sites: list[list[int]]             # sorted [return offset, function index, Wasm offset]
    landing_sites: list[int] = field(default_factory=list)  # sorted return offsets of guarded calls
    fault_sites: list[list[int]] = field(default_factory=list)  # sorted [start, end) of accesses guard pages check
    guard_handler: int | None = None        # offset of the fault handler (guard pages), its first words an
                                            # adrp/add pair to the registry's data word


@dataclass(frozen=True)
class Backend:
    """What the driver asks of an ISA (see the module docstring)."""
    name: str
    register_env: object                    # regalloc.env.RegisterEnv
    lower_function: Callable                # (ModuleEnv, IRFunction) -> (VCode, outgoing bytes)
    emit_function: Callable                 # (VCode, Allocation, outgoing bytes) -> emitted function
    emitted_function: type                  # the emitted function's class: words, calls, trap_calls,
                                            # routine_calls, trap_sites, landing_sites, fault_sites
    layout_text: Callable                   # (ModuleEnv, [emitted function]) -> TextLayout
    c_library: Callable | None = None       # (ModuleEnv, CApiPlan, TextLayout, text offset, rodata offset,
                                            # data bytes' rodata offset) -> the C API's code and data (aot/capi/)


def backend_for(name: str = DEFAULT_ISA) -> Backend:
    """The backend of ISA `name`."""
    try:
        module = _BACKENDS[name]
    except KeyError:
        raise ValueError(f"no backend for ISA {name!r} (known: {', '.join(sorted(_BACKENDS))})") from None
    return importlib.import_module(module, __name__).BACKEND
