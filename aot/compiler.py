"""The compile pipeline: Wasm bytes in, a loadable artifact out.

decode -> validate -> feature check -> per function: SSA IR -> VCode -> register
allocation -> machine words; then the module's text is laid out (trap stub,
trampolines, functions), calls are resolved, and the metadata the runtime needs
is attached behind runtime.abi.METADATA_SYMBOL in a format-neutral image that the
linker writes as ELF.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..linker import Image, Symbol, write_elf
from ..runtime import abi
from .ir.build import build_function
from .isa.aarch64 import encode as e
from .isa.aarch64 import trampolines
from .isa.aarch64.emit import emit_function
from .isa.aarch64.lower import lower_function
from .isa.aarch64.registers import REGISTER_ENV
from .regalloc import simple
from .wasm import decode_module, validate_module
from .wasm.features import require_supported
from .wasm.module import Module
from .wat import read_module_source

FUNCTION_ALIGN = 16


@dataclass
class CompileResult:
    image: Image
    metadata: dict
    stats: list[dict] = field(default_factory=list)   # per function
    phase_seconds: dict = field(default_factory=dict)


def _align(text: bytearray, alignment: int) -> None:
    while len(text) % alignment:
        text += e.nop().to_bytes(4, "little")


def _type_dict(functype) -> dict:
    return {"params": list(functype.params), "results": list(functype.results)}


def compile_module(module: Module) -> CompileResult:
    """Compile a decoded, validated module whose features are all supported."""
    phases = {"ir": 0.0, "lower": 0.0, "regalloc": 0.0, "emit": 0.0}
    text = bytearray()
    trap_stub_offset = 0
    text += trampolines.trap_stub()
    func_types = [t for t in module.types]
    entry_offsets, host_offsets = {}, {}
    for type_index, functype in enumerate(func_types):
        _align(text, FUNCTION_ALIGN)
        entry_offsets[str(type_index)] = len(text)
        text += trampolines.entry_trampoline(functype.params, functype.results)
    imported_types = sorted({imp.desc for imp in module.imports if imp.kind == "func"})
    for type_index in imported_types:
        functype = func_types[type_index]
        _align(text, FUNCTION_ALIGN)
        host_offsets[str(type_index)] = len(text)
        text += trampolines.host_trampoline(functype.params, functype.results)

    num_imported = module.num_imported_funcs
    func_imports = [imp for imp in module.imports if imp.kind == "func"]
    functions = [{"type": imp.desc, "offset": None, "size": 0, "name": module.names.get(index)}
                 for index, imp in enumerate(func_imports)]
    emitted = []
    stats = []
    for local_index in range(len(module.codes)):
        func_index = num_imported + local_index
        started = time.perf_counter()
        f = build_function(module, func_index)
        lowered_at = time.perf_counter()
        vcode, outgoing = lower_function(module, f)
        allocated_at = time.perf_counter()
        allocation = simple.allocate(vcode, REGISTER_ENV)
        emitted_at = time.perf_counter()
        out = emit_function(vcode, allocation, outgoing)
        done = time.perf_counter()
        phases["ir"] += lowered_at - started
        phases["lower"] += allocated_at - lowered_at
        phases["regalloc"] += emitted_at - allocated_at
        phases["emit"] += done - emitted_at
        _align(text, FUNCTION_ALIGN)
        functions.append({"type": module.funcs[local_index], "offset": len(text),
                          "size": 4 * len(out.words), "name": module.names.get(func_index)})
        emitted.append((len(text), out))
        text += b"\0" * (4 * len(out.words))
        stats.append({"function": func_index, **allocation.stats})

    started = time.perf_counter()
    trap_sites = []
    for func_offset, out in emitted:
        words = out.words
        for word_index, callee in out.calls:
            target = functions[callee]["offset"]
            words[word_index] = e.bl(target - (func_offset + 4 * word_index))
        for word_index in out.trap_calls:
            words[word_index] = e.bl(trap_stub_offset - (func_offset + 4 * word_index))
        text[func_offset:func_offset + 4 * len(words)] = b"".join(w.to_bytes(4, "little") for w in words)
    for local_index, (func_offset, out) in enumerate(emitted):
        for return_offset, wasm_offset in out.trap_sites:
            trap_sites.append([func_offset + return_offset, num_imported + local_index, wasm_offset])
    trap_sites.sort()

    metadata = {
        "types": [_type_dict(t) for t in func_types],
        "imports": [{"module": imp.module, "name": imp.name, "kind": imp.kind,
                     "type": imp.desc} for imp in module.imports],
        "functions": functions,
        "exports": [{"name": exp.name, "kind": exp.kind, "index": exp.index} for exp in module.exports],
        "start": module.start,
        "entry_trampolines": entry_offsets,
        "host_trampolines": host_offsets,
        "trap_sites": trap_sites,
        "vmctx_size": abi.vmctx_size(num_imported),
    }
    blob = abi.pack_metadata(metadata)
    symbols = [Symbol(abi.TEXT_SYMBOL, "text", 0, len(text)),
               Symbol(abi.TRAP_SYMBOL, "text", trap_stub_offset, len(trampolines.trap_stub())),
               Symbol(abi.METADATA_SYMBOL, "rodata", 0, len(blob), kind="object")]
    for index, function in enumerate(functions):
        if function["offset"] is not None:
            symbols.append(Symbol(f"wasm_function_{index}", "text", function["offset"], function["size"]))
    image = Image(text=bytes(text), rodata=blob, symbols=symbols)
    phases["link"] = time.perf_counter() - started
    return CompileResult(image, metadata, stats, phases)


def compile_bytes(data: bytes) -> CompileResult:
    """Decode, validate and compile a Wasm binary.

    Raises DecodeError / ValidationError for bad input and UnsupportedFeature for
    modules that need what the compiler cannot do yet.
    """
    started = time.perf_counter()
    module = decode_module(data)
    validate_module(module)
    require_supported(module.features, "compile")
    front_end = time.perf_counter() - started
    result = compile_module(module)
    result.phase_seconds = {"decode+validate": front_end, **result.phase_seconds}
    return result


def compile_source(path) -> CompileResult:
    """Compile a .wasm file, or a .wat file through wasm-tools."""
    return compile_bytes(read_module_source(path))


def compile_wasm(data: bytes) -> bytes:
    """Wasm binary -> ELF shared object bytes (see compile_bytes for the errors)."""
    return write_elf(compile_bytes(data).image)
