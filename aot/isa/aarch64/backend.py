"""The AArch64 backend: its registers, lowering and emission, and the layout of a module's text.

The text is the trap stub and, after it, a trap entry (emit.trap_entry) per trap code the
functions raise, then the bulk memory routines in use (routines.py), an entry trampoline per
function type, a host trampoline per imported function type and per builtin in use, then the
functions; each piece starts on a FUNCTION_ALIGN boundary padded with `nop`.
Calls between functions, to the trap entries and to the routines are `bl`s (a tail call's a `b`)
patched once every function has its place, and each function's trap sites become text offsets.
Each access guard pages check (CompileOptions.guard_pages) has its [start, end) as a fault site
and its end as a trap site; code with any has the fault handler (guard_handler.py) last.
"""

from __future__ import annotations

import struct

from wasmoon_aot.runtime.abi import BUILTINS
from ...module_env import ModuleEnv
from ...wasm.module import FuncType
from .. import Backend, TextLayout
from . import encode as e
from . import trampolines
from .capi import c_library
from .routines import ROUTINES
from .emit import EmittedFunction, emit_function, trap_entry
from .guard_handler import guard_handler
from .lower import lower_function
from .abi import REGISTER_ENV

FUNCTION_ALIGN = 16


def _align(text: bytearray, alignment: int) -> None:
    while len(text) % alignment:
        text += e.nop().to_bytes(4, "little")


def layout_text(env: ModuleEnv, emitted: list[EmittedFunction]) -> TextLayout:
    """Place the glue code and the emitted functions of `env`'s module, and resolve their calls."""
    module = env.module
    trap_stub = trampolines.trap_stub()
    text = bytearray(trap_stub)
    trap_stub_offset = 0
    trap_entries = {}   # trap code -> offset of its trap entry
    for code in sorted({code for out in emitted for _, code in out.trap_calls}):
        trap_entries[code] = len(text)
        text += b"".join(w.to_bytes(4, "little") for w in trap_entry(code, trap_stub_offset - len(text)))
    entry_offsets, host_offsets, builtin_offsets = {}, {}, {}
    routine_offsets = {}
    used = {name for out in emitted for _, name in out.routine_calls}
    for name, routine in ROUTINES.items():
        if name in used:
            _align(text, FUNCTION_ALIGN)
            routine_offsets[name] = len(text)
            text += routine()
    for type_index, functype in enumerate(env.types):
        if not isinstance(functype, FuncType):  # a struct or array type (gc)
            continue
        _align(text, FUNCTION_ALIGN)
        entry_offsets[str(type_index)] = len(text)
        text += trampolines.entry_trampoline(functype.params, functype.results)
    for type_index in sorted({imp.desc for imp in module.imports if imp.kind == "func"}):
        functype = env.types[type_index]
        _align(text, FUNCTION_ALIGN)
        host_offsets[str(type_index)] = len(text)
        text += trampolines.host_trampoline(functype.params, functype.results)
    for name, params, results in BUILTINS:
        if name in env.builtins_used:
            _align(text, FUNCTION_ALIGN)
            builtin_offsets[name] = len(text)
            text += trampolines.host_trampoline(params, results)

    num_imported = env.num_imported_funcs
    offsets = [None] * num_imported   # by function index; imported functions have no code here
    for out in emitted:
        _align(text, FUNCTION_ALIGN)
        offsets.append(len(text))
        text += b"\0" * (4 * len(out.words))

    trap_sites, landing_sites, fault_sites = [], [], []
    for local_index, out in enumerate(emitted):
        func_offset = offsets[num_imported + local_index]
        words = out.words
        for word_index, callee in out.calls:
            words[word_index] = e.patch_branch(words[word_index], offsets[callee] - (func_offset + 4 * word_index))
        for word_index, code in out.trap_calls:
            words[word_index] = e.bl(trap_entries[code] - (func_offset + 4 * word_index))
        for word_index, name in out.routine_calls:
            words[word_index] = e.bl(routine_offsets[name] - (func_offset + 4 * word_index))
        text[func_offset:func_offset + 4 * len(words)] = struct.pack(f"<{len(words)}I", *words)
        for return_offset, wasm_offset in out.trap_sites:
            trap_sites.append([func_offset + return_offset, num_imported + local_index, wasm_offset])
        landing_sites += [func_offset + return_offset for return_offset in out.landing_sites]
        for start, end, wasm_offset in out.fault_sites:
            fault_sites.append([func_offset + start, func_offset + end])
            trap_sites.append([func_offset + end, num_imported + local_index, wasm_offset])
    trap_sites.sort()
    landing_sites.sort()
    handler = None
    if fault_sites:
        _align(text, FUNCTION_ALIGN)
        handler = len(text)
        text += guard_handler()
    return TextLayout(bytes(text), (trap_stub_offset, len(trap_stub)), entry_offsets, host_offsets,
                      builtin_offsets, offsets[num_imported:], [4 * len(out.words) for out in emitted],
                      trap_sites, landing_sites, fault_sites, handler)


BACKEND = Backend(name="aarch64", register_env=REGISTER_ENV, lower_function=lower_function,
                  emit_function=emit_function, emitted_function=EmittedFunction, layout_text=layout_text, c_library=c_library)
