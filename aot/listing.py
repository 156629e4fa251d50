"""Listings of what the compiler makes: `build --emit ir|opt|vcode|alloc|asm` and
`inspect --disas`, in the spirit of `wasmtime compile --emit-clif` and `wasmtime objdump`.

ir and opt print the SSA IR before and after the opt passes (aot.ir.printer), vcode
and alloc the machine instructions before and after register allocation
(aot.machinst.printer); those stages run compile_functions on the selected functions
only.  asm compiles the whole module, as `build` does, and disassembles the text
through capstone (an optional dependency), naming the functions, the targets of
calls and the Wasm offset of each trap site; `inspect --disas` does the same from an
artifact's text and metadata.
"""

from __future__ import annotations

from wasmoon_aot.runtime import abi

from .compiler import ALLOCATORS, FUNCTION_PHASES, compile_functions, compile_module, cyclic_gc_paused
from .ir.printer import print_function
from .isa.aarch64.abi import asm_name
from .machinst.printer import print_allocated, print_vcode
from .module_env import ModuleEnv
from .options import CompileOptions
from .wasm import decode_module, validate_module
from .wasm.features import require_supported

STAGES = ("ir", "opt", "vcode", "alloc", "asm")
_PRINTERS = {"ir": print_function, "opt": print_function,
             "vcode": lambda vcode: print_vcode(vcode, asm_name),
             "alloc": lambda result: print_allocated(*result, asm_name)}


class ListingError(Exception):
    """A listing that cannot be made (a --func that names nothing, no capstone): one line."""


def function_labels(names: dict, exports) -> dict[int, list[str]]:
    """Function index -> the names it goes by: its name-section name, then its export names
    (`exports` as (name, function index) pairs)."""
    labels: dict[int, list[str]] = {}
    for index, name in names.items():
        if name:
            labels.setdefault(index, []).append(name)
    for name, index in exports:
        if name not in labels.get(index, ()):
            labels.setdefault(index, []).append(name)
    return labels


def select_functions(defined: range, labels: dict[int, list[str]], func: str | None) -> list[int]:
    """The defined functions `func` picks: all of them (None), the one with that index
    (imports counted, as in the Wasm function index space), or those with that name."""
    if func is None:
        return list(defined)
    if func.isdigit():
        if int(func) in defined:
            return [int(func)]
        raise ListingError(f"--func {func}: no defined function with that index "
                           f"(defined: {defined.start}..{defined.stop - 1})")
    chosen = [index for index in defined if func in labels.get(index, ())]
    if not chosen:
        raise ListingError(f"--func {func}: no defined function with that name")
    return chosen


def _label(index: int, labels: dict) -> str:
    return f"[{index}]" + "".join(f" {name}" for name in labels.get(index, ()))


def module_listing(data: bytes, stage: str, func: str | None = None,
                   options: CompileOptions = CompileOptions()) -> str:
    """The listing of `stage` (one of STAGES) for a Wasm binary's selected functions, compiled with `options`."""
    if stage not in STAGES:
        raise ListingError(f"--emit {stage}: expected one of {', '.join(STAGES)}")
    module = decode_module(data)
    validate_module(module)
    require_supported(module.features, "compile")
    exports = [(e.name, e.index) for e in module.exports if e.kind == "func"]
    labels = function_labels(module.names, exports)
    if stage == "asm":
        result = compile_module(module, options)
        return disassemble(result.image.text, result.metadata, func)
    env = ModuleEnv(module, options)
    defined = range(env.num_imported_funcs, env.num_imported_funcs + len(module.codes))
    phases = dict.fromkeys(FUNCTION_PHASES, 0.0)
    parts = []
    with cyclic_gc_paused():   # as compile_module does (2.5x the time at 40,000 nested blocks)
        for index in select_functions(defined, labels, func):
            def observe(name, result, index=index):
                if name == stage:
                    parts.append(f";; function {_label(index, labels)}\n" + _PRINTERS[stage](result))
            compile_functions(env, [index], phases, ALLOCATORS[options.regalloc], False, observe)
    return "\n".join(parts)


def disassemble(text: bytes, metadata: dict, func: str | None = None) -> str:
    """The selected functions of an artifact's text, disassembled: each function under its
    names, `bl` targets (and tail calls' `b` targets) named, trap sites marked with their Wasm offset."""
    try:
        import capstone
    except ImportError:
        raise ListingError("disassembly needs capstone, which is not installed (pip install capstone)") from None
    functions = metadata[abi.META_FUNCTIONS]
    exports = [(e[abi.ENTRY_NAME], e[abi.ENTRY_INDEX]) for e in metadata[abi.META_EXPORTS]
               if e[abi.ENTRY_KIND] == "func"]
    labels = function_labels({i: f[abi.ENTRY_NAME] for i, f in enumerate(functions)}, exports)
    defined = [i for i, f in enumerate(functions) if f[abi.ENTRY_OFFSET] is not None]
    selected = select_functions(range(defined[0], defined[-1] + 1) if defined else range(0), labels, func)
    starts = {f[abi.ENTRY_OFFSET]: _label(i, labels) for i, f in enumerate(functions)
              if f[abi.ENTRY_OFFSET] is not None}
    starts.update({offset: f"host trampoline, type {t}"
                   for t, offset in metadata[abi.META_HOST_TRAMPOLINES].items()})
    starts.update({offset: f"builtin {name}" for name, offset in metadata[abi.META_BUILTIN_TRAMPOLINES].items()})
    trap_sites = {pc - 4: wasm_offset for pc, _, wasm_offset in metadata[abi.META_TRAP_SITES]}
    disassembler = capstone.Cs(capstone.CS_ARCH_ARM64, capstone.CS_MODE_ARM)
    lines = []
    for index in selected:
        offset, size = functions[index][abi.ENTRY_OFFSET], functions[index][abi.ENTRY_SIZE]
        lines.append(f"\n{offset:08x} <{_label(index, labels)}>:")
        for address, _, mnemonic, operands in disassembler.disasm_lite(text[offset:offset + size], offset):
            word = int.from_bytes(text[address:address + 4], "little")
            line = f"  {address:8x}:  {word:08x}  {mnemonic:<7} {operands}".rstrip()
            site = f"wasm @{trap_sites[address]:#x}" if address in trap_sites else None
            if mnemonic in ("bl", "b") and int(operands[1:], 0) in starts:  # a call: its site locates a frame
                line += f"  ; {starts[int(operands[1:], 0)]}" + (f", {site}" if site else "")
            elif site:
                line += f"  ; {'call' if mnemonic == 'blr' else 'trap site'}, {site}"
            lines.append(line)
    return "\n".join(lines).lstrip("\n") + "\n"
