"""`wasmoon-aot run`: compile through the cache if needed, then run a WASI command or call an export.

    wasmoon-aot run prog.wasm|prog.wat|prog.so [--dir HOST[::GUEST[:ro]]]... [--env K[=V]]...
                    [--invoke NAME [ARG...]] [--no-cache] [--fuel N] [--timeout SECONDS]
                    [-- ARGS...]

Without --invoke it runs `_start` (if exported) and returns the guest's exit
status; with --invoke it calls NAME with ARG... then ARGS (typed by the
export's signature) and prints the results.  Every run links WASI preview 1
with argv = [ARTIFACT, *ARGS], only the --env variables (`--env K` copies K
from this process's environment), the --dir preopens (`:ro`: read-only), and
this process's stdio, streamed.  A trap prints `trap: ...` and the Wasm backtrace on stderr
and returns 2.
--fuel and --timeout limit the run (run_limits.py); running out is a trap.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from . import cache
from .progress import ProgressBar
from .targets import artifact_suffix, host_target, write_artifact
from .run_limits import LimitError, RunLimits

TRAP_STATUS = 2


class RunError(Exception):
    """A failure worth one line to the user."""


def _build(source: bytes, regalloc: str, target: str, options: dict) -> bytes:
    from .compiler import compile_bytes
    bar = ProgressBar(sys.stderr)
    try:
        image = compile_bytes(source, regalloc, progress=bar, **options).image
    finally:
        bar.finish()
    return write_artifact(image, target)


def artifact_for(source_path: Path, regalloc: str = "backtracking", use_cache: bool = True,
                 scratch: str | None = None, options: dict | None = None) -> Path:
    """A loadable artifact for a .wasm/.wat: from the compile cache (filled on a miss),
    or built into `scratch` when the cache is off or cannot be written; `options` are compile_bytes
    keywords."""
    options = options or {}
    from .wat import read_module_source
    source = read_module_source(source_path)
    target = host_target()
    suffix = artifact_suffix(target)
    if not use_cache:
        built = Path(scratch) / (source_path.stem + suffix)
        built.write_bytes(_build(source, regalloc, target, options))
        return built
    flags = {"regalloc": regalloc, "format": suffix, **options}
    path, _hit = cache.cached_artifact(source, flags, suffix, lambda: _build(source, regalloc, target, options),
                                      scratch)
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


def _invoke(instance, name: str, texts: list[str]) -> int:
    from wasmoon_aot.runtime import Exit, Trap
    try:
        function = instance.exports[name]
    except KeyError:
        raise RunError(f"no exported function {name!r}") from None
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
    for value in results:
        print(value)
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
        path = args.artifact
        if path.suffix in (".wasm", ".wat"):
            path = artifact_for(path, args.regalloc, not args.no_cache, scratch, limits.compile_options())
            built = limits.compile_options()
        else:
            built = limits.built_options(path)
        try:
            store = limits.store(built)
        except LimitError as error:
            raise RunError(str(error)) from None
        config = WasiConfig(argv=[str(args.artifact), *guest_args], env=_environment(args.env),
                            preopens=list(args.dir or ()))
        sys.stdout.flush()
        timer = limits.start_timer()
        try:
            return _instantiate_and_run(args, path, config, store, guest_args)
        finally:
            if timer is not None:
                timer.cancel()


def _instantiate_and_run(args, path: Path, config, store, guest_args: list[str]) -> int:
    from wasmoon_aot.runtime import Trap, load, run_command
    from wasmoon_aot.runtime.errors import ArtifactError
    try:
        instance = load(str(path), wasi=config, store=store)
    except ArtifactError as error:  # it names the cache entry or scratch file: name the user's file
        raise ArtifactError(str(args.artifact), error.reason) from None
    except Trap as trap:
        return _report_trap(trap)
    if args.invoke is not None:
        name, *texts = args.invoke
        return _invoke(instance, name, texts + guest_args)
    if "_start" not in instance.exports:
        return 0
    try:
        return run_command(instance)
    except Trap as trap:
        return _report_trap(trap)
