"""The harness's only door to the compiler, front end and runtime (tests swap in a fake).

`Engine` compiles with its CompileOptions and a cache (`build/spec-cache/so/<sha256>.so`
keyed by the wasm bytes, the compiler fingerprint and the options; front-end rejections and unsupported
features are cached too, as `.err.json`), checks modules for assert_invalid /
assert_malformed, instantiates with the `spectest` host module and registered
instances, and calls exports with raw bit slots.  The spectest memory, table
and globals are created once per .wast file (`begin_file`) and shared by every
module of that file that imports them, as in the reference interpreter.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..fingerprint import compiler_fingerprint
from ..files import write_atomically
from ..options import CompileOptions
from ..wasm.dialect import WASM3, Dialect
from . import paths
from .watchdog import Watchdog

# Longest a single call or instantiation may take under qemu before its worker is killed.
REQUEST_TIMEOUT_SECONDS = 60.0

# The spectest host functions: name -> (params, results).  They accept and print nothing.
SPECTEST_FUNCS = {
    "print": ((), ()),
    "print_i32": (("i32",), ()),
    "print_i64": (("i64",), ()),
    "print_f32": (("f32",), ()),
    "print_f64": (("f64",), ()),
    "print_i32_f32": (("i32", "f32"), ()),
    "print_f64_f64": (("f64", "f64"), ()),
}
# The spectest memory, table and globals: name -> (class name in wasmoon_aot.runtime, constructor args).
SPECTEST_EXTERNS = {
    "global_i32": ("Global", ("i32", 666)),
    "global_i64": ("Global", ("i64", 666)),
    "global_f32": ("Global", ("f32", 666.6)),
    "global_f64": ("Global", ("f64", 666.6)),
    "table": ("Table", ("funcref", 10, 20)),
    "table64": ("Table", ("funcref", 10, 20, None, None, True)),  # no init, the default store, 64-bit
    "memory": ("Memory", (1, 2)),
    "shared_memory": ("Memory", (1, 2, None, False, 16, True)),  # the default store, shared (threads)
}


def _ignore(*_args):
    return None


@dataclass
class Compiled:
    so_path: Path
    # (module, name, kind, [params, results] for functions else None)
    imports: list = field(default_factory=list)

    def import_modules(self) -> set[str]:
        return {entry[0] for entry in self.imports}


class Engine:
    """Real compiler + runtime.  Imports them lazily so the harness loads without them."""

    def __init__(self, so_cache: Path | None = None, timeout: float = REQUEST_TIMEOUT_SECONDS,
                 options: CompileOptions = CompileOptions()):
        self.so_cache = paths.SO_CACHE_DIR if so_cache is None else so_cache
        self.options = options
        from wasmoon_aot.runtime import LinkError, Trap, WasmException
        self.Trap = Trap
        self.WasmException = WasmException
        self.LinkError = LinkError
        self.watchdog = Watchdog(timeout)
        self._worker = None  # the emulated runtime worker our live instances belong to
        self._spectest_externs = None  # this file's spectest memory/table/globals
        self._spectest_worker = None   # ... and the worker they live in
        self.dialect = WASM3           # the current file's validation rules (begin_file)

    def _guarded(self, worker, request, *args):
        """Run request(*args) under the watchdog; a killed worker surfaces as TimeoutError."""
        process = getattr(worker, "process", None)
        try:
            with self.watchdog.guard(process):
                return request(*args)
        except Exception as error:
            if self.watchdog.fired and not isinstance(error, (self.Trap, self.LinkError)):
                raise TimeoutError(f"no answer within {self.watchdog.seconds:g} s: runtime worker killed") from error
            raise

    # --- front end -----------------------------------------------------------

    def check_module(self, wasm: bytes) -> None:
        """Decode and validate; raises DecodeError/ValidationError, or UnsupportedFeature (validate stage)."""
        from ..wasm import decode_module, validate_module
        from ..wasm.features import require_supported
        module = decode_module(wasm)
        require_supported(module.features, "validate")
        validate_module(module, self.dialect)

    # --- compiler ------------------------------------------------------------

    def compile(self, wasm: bytes) -> Compiled:
        """The artifact for `wasm`, from the cache or freshly compiled; front-end errors re-raise."""
        options = json.dumps([self.options.cache_key(), asdict(self.dialect)], sort_keys=True).encode()
        key = hashlib.sha256(wasm + compiler_fingerprint().encode() + options).hexdigest()
        so_path = self.so_cache / f"{key}.so"
        imports_path = self.so_cache / f"{key}.imports.json"
        error_path = self.so_cache / f"{key}.err.json"
        if error_path.exists():
            raise _error_from_record(json.loads(error_path.read_text()))
        if so_path.exists() and imports_path.exists():
            return Compiled(so_path, json.loads(imports_path.read_text()))
        from ..compiler import compile_wasm
        from ..wasm.errors import WasmError
        from ..wasm.features import UnsupportedFeature
        try:
            artifact = compile_wasm(wasm, self.options, self.dialect)
        except (UnsupportedFeature, WasmError) as error:
            write_atomically(error_path, json.dumps(_error_record(error)).encode())
            raise
        imports = _imports_of(wasm)
        write_atomically(imports_path, json.dumps(imports).encode())
        write_atomically(so_path, artifact)
        return Compiled(so_path, imports)

    # --- runtime -------------------------------------------------------------

    def state_import_modules(self, wasm: bytes) -> set[str]:
        """The modules `wasm` imports memories, tables or globals from (it may change their state);
        none known for a module the decoder cannot read (an encoding of an unsupported feature)."""
        from ..wasm.features import UnsupportedFeature
        try:
            imports = _imports_of(wasm)
        except UnsupportedFeature:
            return set()
        return {module for module, _, kind, _ in imports if kind in ("memory", "table", "global")}

    def begin_file(self, dialect: Dialect = WASM3) -> None:
        """A new .wast file starts: it gets a fresh spectest memory, table and globals, and its
        modules are validated under `dialect`'s rules (its proposal folder's: paths.dialect_for)."""
        self._spectest_externs = None
        self.dialect = dialect

    def instantiate(self, compiled: Compiled, registered: dict[str, object]):
        """Load the artifact with spectest and the registered instances as imports."""
        self._check_spectest_functions(compiled)
        from wasmoon_aot.runtime import load
        imports = dict(registered)
        self._worker = _shared_worker()
        imports["spectest"] = {**{name: _ignore for name in SPECTEST_FUNCS}, **self._spectest()}
        return self._guarded(self._worker, load, str(compiled.so_path), imports)

    def _spectest(self) -> dict:
        """This file's spectest memory, table and globals (made again if the worker was restarted)."""
        if self._spectest_externs is None or self._spectest_worker is not self._worker:
            import wasmoon_aot.runtime as runtime
            self._spectest_externs = {name: getattr(runtime, cls)(*args)
                                      for name, (cls, args) in SPECTEST_EXTERNS.items()}
            self._spectest_worker = self._worker
        return self._spectest_externs

    def _check_spectest_functions(self, compiled: Compiled) -> None:
        """Python callables take any signature, so the spectest functions' types are checked here."""
        for module, name, kind, signature in compiled.imports:
            if module == "spectest" and name in SPECTEST_FUNCS:
                if kind != "func" or [list(t) for t in SPECTEST_FUNCS[name]] != signature:
                    raise self.LinkError("incompatible import type", module, name)

    def invoke(self, instance, field_name: str, slots: list[int]) -> list[int]:
        function = instance.exports[field_name]
        return list(self._guarded(getattr(instance, "worker", None), function.call_bits, slots))

    def get(self, instance, field_name: str) -> list[int]:
        """The raw slots of global export `field_name` (v128: low half, then high half)."""
        cell = instance.exports[field_name]
        bits = self._guarded(getattr(instance, "worker", None), cell.get_bits)
        return [bits & (2 ** 64 - 1), bits >> 64] if cell.type == "v128" else [bits]

    def recover(self) -> bool:
        """After an unexpected error: True if the worker died, taking our instances with it.
        (The runtime starts a fresh worker on the next load.)"""
        if self._worker is not None and not self._worker.alive:
            self._worker = None
            return True
        return False


def _shared_worker():
    """The runtime's emulated worker process, or None when AArch64 code runs natively."""
    from wasmoon_aot.runtime.emulator import runs_natively
    if runs_natively():
        return None
    from wasmoon_aot.runtime.remote_store import shared_worker
    return shared_worker()


def _error_record(error) -> dict:
    from ..wasm.errors import DecodeError
    from ..wasm.features import UnsupportedFeature
    if isinstance(error, UnsupportedFeature):
        return {"kind": "unsupported", "feature": error.feature, "stage": error.stage}
    kind = "decode" if isinstance(error, DecodeError) else "validation"
    return {"kind": kind, "message": error.message, "offset": error.offset}


def _error_from_record(record: dict) -> Exception:
    from ..wasm.errors import DecodeError, ValidationError
    from ..wasm.features import UnsupportedFeature
    if record["kind"] == "unsupported":
        return UnsupportedFeature(record["feature"], record["stage"])
    error_type = DecodeError if record["kind"] == "decode" else ValidationError
    return error_type(record["message"], record["offset"])


def _imports_of(wasm: bytes) -> list:
    from ..wasm import decode_module
    module = decode_module(wasm)
    imports = []
    for entry in module.imports:
        signature = None
        if entry.kind == "func":
            func_type = module.types[entry.desc]
            signature = [list(func_type.params), list(func_type.results)]
        imports.append([entry.module, entry.name, entry.kind, signature])
    return imports
