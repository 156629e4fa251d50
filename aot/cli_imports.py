"""The imports `wasmoon-aot run` links besides WASI: `--preload NAME=MODULE` instances and
stand-ins for unknown imported functions (wasmtime's option names).

    --preload NAME=other.wasm           link other.wasm's exports under module name NAME
    --trap-unknown-imports              an unknown imported function traps when called
    --default-values-unknown-imports    an unknown imported function returns zeros (null refs)

An import is unknown when neither WASI (`wasi_snapshot_preview1`, wasi-threads'
`wasi.thread-spawn`) nor a preload provides it.  Only functions get stand-ins: an unknown memory, table or global
still fails to link, except a shared memory (a wasi-threads program's `env.memory`),
which is made from the import's limits, as wasmtime does.  Preloads are instantiated in order, each seeing WASI and
the preloads before it.
"""

from __future__ import annotations

from pathlib import Path

from wasmoon_aot.runtime import abi
from wasmoon_aot.runtime.wasi import threads

WASI_MODULE = "wasi_snapshot_preview1"
TRAP, DEFAULT_VALUES = "trap", "default-values"


class UnknownImportCalled(Exception):
    """Raised by a --trap-unknown-imports stand-in: the call traps with this as its cause."""


def parse_preload(spec: str) -> tuple[str, Path]:
    """`NAME=PATH` -> (NAME, PATH); ValueError with the reason otherwise."""
    name, separator, path = spec.partition("=")
    if not separator or not name or not path:
        raise ValueError(f"bad --preload {spec!r}: expected NAME=MODULE (a .wasm, .wat or built artifact)")
    return name, Path(path)


def artifact_metadata(path: Path) -> dict | None:
    """A built artifact's metadata (abi.META_* keys), None if it cannot be read (loading it then
    reports what is wrong)."""
    from wasmoon_aot.linker.readback import symbol_bytes
    try:
        return abi.unpack_metadata(symbol_bytes(str(path), abi.METADATA_SYMBOL))
    except Exception:  # noqa: BLE001 - load() gives the one-line error for a bad artifact
        return None


def default_value(ty: str):
    """The zero of a value type as the runtime takes it: 0, 0.0, or None (a null reference)."""
    if ty in ("i32", "i64", "v128"):
        return 0
    if ty in ("f32", "f64"):
        return 0.0
    return None


def _stand_in(mode: str, module: str, name: str, results: tuple):
    if mode == TRAP:
        def trapping(*_args):
            raise UnknownImportCalled(f"unknown import {module}.{name} was called")
        return trapping
    values = tuple(default_value(ty) for ty in results)
    returned = None if not values else values[0] if len(values) == 1 else values

    def defaults(*_args):
        return returned
    return defaults


def _shared_memory(entry: dict, store):
    from wasmoon_aot.runtime import Memory
    return Memory(entry[abi.ENTRY_MIN], entry.get(abi.ENTRY_MAX), store=store, is64=bool(entry.get(abi.ENTRY_IS64)),
                  page_size_log2=entry.get(abi.ENTRY_PAGE_SIZE_LOG2, abi.PAGE_SIZE_LOG2), shared=True)


def link_imports(path: Path, preloads: dict, mode: str | None, store=None) -> dict:
    """The `imports` for load()ing the artifact at `path` in `store`: every preload's exports under its
    name, a new shared memory for each imported one no preload provides, plus (with `mode`) a stand-in
    for each imported function neither WASI nor a preload provides."""
    imports = {module: dict(instance.exports.items()) for module, instance in preloads.items()}
    meta = artifact_metadata(path)
    if meta is None:
        return imports
    types = meta[abi.META_TYPES]
    for entry in meta[abi.META_IMPORTS]:
        module, name = entry[abi.ENTRY_MODULE], entry[abi.ENTRY_NAME]
        if module == WASI_MODULE or (module, name) == (threads.MODULE, threads.NAME) or name in imports.get(module, {}):
            continue
        if entry[abi.ENTRY_KIND] == "memory" and entry.get(abi.ENTRY_SHARED):
            imports.setdefault(module, {})[name] = _shared_memory(entry, store)
        if entry[abi.ENTRY_KIND] != "func" or mode is None:
            continue
        results = tuple(types[entry[abi.ENTRY_TYPE]][abi.ENTRY_RESULTS])
        imports.setdefault(module, {})[name] = _stand_in(mode, module, name, results)
    return imports
