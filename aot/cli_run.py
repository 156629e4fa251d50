"""`wasmoon-aot run`: compile through the cache if needed, then run a WASI command or call an export.

    wasmoon-aot run prog.wasm|prog.wat|prog.so [--dir HOST[::GUEST[:ro]]]... [--env K[=V]]...
                    [--invoke NAME [ARG...]] [--unsigned] [--no-cache] [--fuel N] [--timeout SECONDS]
                    [--preload NAME=MODULE]... [--trap-unknown-imports | --default-values-unknown-imports]
                    [-- ARGS...]

Without --invoke it runs `_start` and returns the guest's exit status (a
module without `_start` is an error that lists its exports); with --invoke it
calls NAME with ARG... then ARGS (typed by the export's signature) and prints
the results, one a line: f32 ones as the shortest text that reads back as the
same f32, integers as unsigned with --unsigned.  Every run links WASI preview 1
with argv = [ARTIFACT, *ARGS], only the --env variables (`--env K` copies K
from this process's environment), the --dir preopens (`:ro`: read-only), and this process's
stdio, streamed, and the imports cli_imports.py makes of --preload and the
unknown-import options.  A trap prints `trap: ...` and the Wasm
backtrace on stderr and returns 2.  A wasi-threads program (importing `wasi.thread-spawn`,
runtime/wasi/threads.py) gets its imported shared memory made by cli_imports.py; a `proc_exit` in
a spawned thread returns its status, a trap there prints `trap: ...` and returns 2 too, and
threads still running when `_start` returns are not waited for.
--fuel and --timeout limit the run (run_limits.py); running out is a trap.
"""

from __future__ import annotations

import math
import os
import struct
import sys
import tempfile
from pathlib import Path

from wasmoon_aot.runtime.wasi import TRAP_STATUS

from . import cache
from .cli_imports import DEFAULT_VALUES, TRAP, link_imports, parse_preload
from .options import CompileOptions
from .progress import ProgressBar
from .targets import artifact_suffix, host_target, write_artifact
from .run_limits import LimitError, RunLimits

UNKNOWN_IMPORT_HINT = " (--preload NAME=MODULE provides a module; --trap-unknown-imports or " \
                      "--default-values-unknown-imports stand in for functions)"


class RunError(Exception):
    """A failure worth one line to the user."""


def _build(source: bytes, target: str, options: CompileOptions, jobs: int) -> bytes:
    from .compiler import compile_bytes
    bar = ProgressBar(sys.stderr)
    try:
        image = compile_bytes(source, options, progress=bar, jobs=jobs).image
    finally:
        bar.finish()
    return write_artifact(image, target)


def artifact_for(source_path: Path, options: CompileOptions = CompileOptions(), use_cache: bool = True,
                 scratch: str | None = None, jobs: int = 1) -> Path:
    """A loadable artifact for a .wasm/.wat compiled with `options` (in `jobs` processes): from the
    compile cache (filled on a miss), or built into `scratch` when the cache is off or cannot be written."""
    from .wat import read_module_source
    source = read_module_source(source_path)
    target = host_target()
    suffix = artifact_suffix(target)
    if not use_cache:
        built = Path(scratch) / (source_path.stem + suffix)
        built.write_bytes(_build(source, target, options, jobs))
        return built
    flags = {"format": suffix, **options.cache_key()}
    path, _hit = cache.cached_artifact(source, flags, suffix, lambda: _build(source, target, options, jobs), scratch)
    return path


def _environment(specs) -> dict:
    env = {}
    for spec in specs or ():
        key, separator, value = spec.partition("=")
        if not key:
            raise RunError(f"bad --env {spec!r}: expected K=V or K")
        if separator:
            env[key] = value
        elif key in os.environ:
            env[key] = os.environ[key]
    return env


def _parse_arg(text: str, ty: str):
    try:
        if ty in ("f32", "f64"):
            return float(text)
        return int(text, 0)
    except ValueError:
        raise RunError(f"argument {text!r} is not a valid {ty}") from None


def _f32_text(value: float) -> str:
    """The shortest decimal that reads back as the same f32 (Python's float spelling)."""
    if not math.isfinite(value):
        return repr(value)
    bits = struct.pack("<f", value)
    for digits in range(1, 10):
        candidate = float(f"{value:.{digits}g}")
        if struct.pack("<f", candidate) == bits:
            return repr(candidate)
    return repr(value)


def result_text(value, ty: str, unsigned: bool = False) -> str:
    """How `run --invoke` prints one result of type `ty`."""
    if ty == "f32":
        return _f32_text(value)
    if unsigned and ty in ("i32", "i64") and value < 0:
        return str(value + (1 << int(ty[1:])))
    return str(value)


def _invoke(instance, name: str, texts: list[str], unsigned: bool = False) -> int:
    from wasmoon_aot.runtime import Exit, Trap
    try:
        function = instance.exports[name]
    except KeyError:
        raise RunError(f"no exported function {name!r} (exports: {_exports_list(instance)})") from None
    if not hasattr(function, "params"):
        raise RunError(f"export {name!r} is not a function")
    if len(texts) != len(function.params):
        raise RunError(f"{name} takes {len(function.params)} arguments, got {len(texts)}")
    values = [_parse_arg(text, ty) for text, ty in zip(texts, function.params)]
    try:
        results = function(*values)
    except Exit as exit_:
        return exit_.status
    except Trap as trap:
        return _report_trap(trap)
    if results is None:
        results = ()
    elif not isinstance(results, tuple):
        results = (results,)
    for value, ty in zip(results, function.results):
        print(result_text(value, ty, unsigned))
    return 0


def _report_trap(trap) -> int:
    """Print the trap and its Wasm backtrace, innermost frame first (as wasmtime does); the trap status."""
    print(f"trap: {trap}", file=sys.stderr)
    if trap.frames:
        print("wasm backtrace:", file=sys.stderr)
        for number, frame in enumerate(trap.frames):
            print(f"  {number:3}: {frame}", file=sys.stderr)
    return TRAP_STATUS


def run(args) -> int:
    from wasmoon_aot.runtime import WasiConfig
    guest_args = list(getattr(args, "guest_args", ()))
    limits = RunLimits(getattr(args, "fuel", None), getattr(args, "timeout", None))
    with tempfile.TemporaryDirectory() as scratch:
        path, built = _loadable(args.artifact, args, scratch, limits)
        preloads = [(name, _loadable(module, args, tempfile.mkdtemp(dir=scratch), limits)[0])  # no name clashes
                    for name, module in _preloads(args)]
        try:
            store = limits.store(built)
        except LimitError as error:
            raise RunError(str(error)) from None
        config = WasiConfig(argv=[str(args.artifact), *guest_args], env=_environment(args.env),
                            preopens=list(args.dir or ()))
        sys.stdout.flush()
        timer = limits.start_timer()
        try:
            return _instantiate_and_run(args, path, config, store, guest_args, preloads)
        finally:
            if timer is not None:
                timer.cancel()


def _loadable(source: Path, args, scratch: str, limits) -> tuple[Path, CompileOptions]:
    """(artifact path, its compile options) for a .wasm/.wat (compiled) or a built artifact."""
    if source.suffix in (".wasm", ".wat"):
        options = limits.compile_options(CompileOptions.from_args(args))
        return artifact_for(source, options, not args.no_cache, scratch), options
    return source, limits.built_options(source)


def _preloads(args) -> list[tuple[str, Path]]:
    try:
        return [parse_preload(spec) for spec in getattr(args, "preload", None) or ()]
    except ValueError as error:
        raise RunError(str(error)) from None


def _unknown_imports_mode(args) -> str | None:
    if getattr(args, "trap_unknown_imports", False):
        return TRAP
    if getattr(args, "default_values_unknown_imports", False):
        return DEFAULT_VALUES
    return None


def _load(path: Path, shown_as, preloads: dict, mode, config, store):
    """Instantiate one artifact with WASI, the preloads and the unknown-import stand-ins."""
    from wasmoon_aot.runtime import LinkError, load
    from wasmoon_aot.runtime.errors import ArtifactError
    try:
        return load(str(path), link_imports(path, preloads, mode, store), wasi=config, store=store)
    except ArtifactError as error:  # it names the cache entry or scratch file: name the user's file
        raise ArtifactError(str(shown_as), error.reason) from None
    except LinkError as error:
        hint = UNKNOWN_IMPORT_HINT if error.message == "unknown import" and mode is None else ""
        raise RunError(f"{shown_as}: {error}{hint}") from None


def _exports_list(instance) -> str:
    return ", ".join(name for name in instance.exports) or "none"


def _instantiate_and_run(args, path: Path, config, store, guest_args: list[str], preloads=()) -> int:
    from wasmoon_aot.runtime import Trap, WorkerError, run_command
    mode = _unknown_imports_mode(args)
    linked: dict = {}
    try:
        for name, preload_path in preloads:
            linked[name] = _load(preload_path, preload_path, linked, mode, config, store)
        instance = _load(path, args.artifact, linked, mode, config, store)
    except Trap as trap:
        return _report_trap(trap)
    if args.invoke is not None:
        name, *texts = args.invoke
        return _invoke(instance, name, texts + guest_args, getattr(args, "unsigned", False))
    if "_start" not in instance.exports:
        raise RunError(f"{args.artifact} exports no _start: name a function with --invoke "
                       f"(exports: {_exports_list(instance)})")
    try:
        return run_command(instance)
    except Trap as trap:
        return _report_trap(trap)
    except WorkerError as error:
        if error.status is None or error.status < 0 or not _spawns_threads(path):
            raise
        return error.status  # a spawned thread's proc_exit or trap ended the worker (runtime/wasi/threads.py)


def _spawns_threads(path: Path) -> bool:
    from wasmoon_aot.runtime import Module
    from wasmoon_aot.runtime.wasi import threads
    return any((imp.module, imp.name) == (threads.MODULE, threads.NAME) for imp in Module(str(path)).imports)
