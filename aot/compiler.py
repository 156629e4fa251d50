"""The compile pipeline: Wasm bytes in, a loadable artifact out.

decode -> validate -> feature check -> per function: SSA IR -> VCode -> register
allocation (remembered per shape for small functions: aot/regalloc/memo.py) ->
machine words; then the ISA backend lays out the module's text
(aot/isa: trap stub, trampolines, functions, calls resolved) and aot/artifact.py
attaches the metadata the runtime needs behind runtime.abi.METADATA_SYMBOL in a
format-neutral image that the linker writes as ELF.  Everything machine-specific
comes from the backend `aot.isa.backend_for()` returns: this module names no ISA.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import time
from dataclasses import dataclass, field

from wasmoon_aot.linker import Image, write_elf

from . import artifact
from .forked import run_unordered
from .capi import CApiPlan, plan_c_api
from .ir.build import build_function
from .isa import backend_for
from .module_env import ModuleEnv
from .opt import optimize
from .options import CompileOptions
from .regalloc import backtracking, simple
from .regalloc.checker import check_allocation
from .regalloc.memo import AllocationMemo
from .wasm import decode_module, validate_module
from .wasm.dialect import WASM3, Dialect
from .wasm.features import require_supported
from .wasm.module import Module
from .wat import read_module_source

BACKEND = backend_for()
ALLOCATORS = {"backtracking": backtracking.allocate, "simple": simple.allocate}
CHECK_ENV = "WASMOON_REGALLOC_CHECK"
# Phases timed per function; with jobs > 1 their times are summed over the workers.
FUNCTION_PHASES = ("ir", "opt", "lower", "regalloc", "emit")
# Function ranges per worker: more even out uneven ranges and make progress finer (on zstd with
# 2 workers, 8 per worker leave the busier one 3% over half the work, 16 about 0.5%).
RANGES_PER_JOB = 16
# Functions compiled phase by phase together (compile_functions): at most this many, of at most
# this many Wasm instructions in all unless one function alone has more.
BATCH_FUNCTIONS, BATCH_INSTRUCTIONS = 64, 4096


def _check_default(check: bool | None) -> bool:
    """An explicit choice, else the WASMOON_REGALLOC_CHECK environment variable (set and not "0")."""
    return os.environ.get(CHECK_ENV, "0") not in ("", "0") if check is None else check


@dataclass
class CompileResult:
    image: Image
    metadata: dict
    stats: list[dict] = field(default_factory=list)   # per function
    phase_seconds: dict = field(default_factory=dict)
    c_api_plan: CApiPlan | None = None   # the C library's (options.c_api), for its header


def compile_functions(env: ModuleEnv, func_indices, phases: dict, allocate, check: bool,
                      observe=None) -> list[tuple]:
    """Run the phases (IR, opt, lowering, allocation, emission) over a batch of functions, each
    phase over the whole batch before the next: per function its machine code (the backend's
    emitted function) and allocator stats, with each phase's time added to `phases`.  (Each
    function's result is its own; a phase run over a batch of small functions in a row costs
    about a sixth less than the phases taken turn about per function.)

    `observe(stage, result)`, if given, is handed each stage of each function as it is made (the
    listings of `build --emit`): "ir" (the IRFunction before the opt passes, which change it in
    place), "opt" (after them), "vcode" (VCode before allocation) and "alloc" ((VCode, Allocation))."""
    observe = observe or (lambda stage, result: None)
    started = time.perf_counter()
    functions = []
    for func_index in func_indices:
        functions.append(build_function(env, func_index))
        observe("ir", functions[-1])
    built_at = time.perf_counter()
    for k, f in enumerate(functions):
        functions[k] = optimize(f)
        observe("opt", functions[k])
    optimized_at = time.perf_counter()
    lowered = []
    for f in functions:
        lowered.append(BACKEND.lower_function(env, f))
        observe("vcode", lowered[-1][0])
    del functions
    lowered_at = time.perf_counter()
    allocations = []
    for func_index, (vcode, _) in zip(func_indices, lowered):
        allocation = allocate(vcode, BACKEND.register_env)
        if check:
            name = env.module.names.get(func_index) or f"function {func_index}"
            check_allocation(vcode, allocation, BACKEND.register_env, name)
        observe("alloc", (vcode, allocation))
        allocations.append(allocation)
    allocated_at = time.perf_counter()
    results = [(BACKEND.emit_function(vcode, allocation, outgoing), {"function": func_index, **allocation.stats})
               for func_index, (vcode, outgoing), allocation in zip(func_indices, lowered, allocations)]
    done = time.perf_counter()
    phases["ir"] += built_at - started
    phases["opt"] += optimized_at - built_at
    phases["lower"] += lowered_at - optimized_at
    phases["regalloc"] += allocated_at - lowered_at
    phases["emit"] += done - allocated_at
    return results


def _batches(env: ModuleEnv, start: int, stop: int):
    """Defined functions start..stop-1 (local indices) in consecutive batches of at most
    BATCH_FUNCTIONS functions and, unless a single function is bigger, BATCH_INSTRUCTIONS
    instructions of Wasm (what one batch's IR and VCode hold at once)."""
    codes = env.module.codes
    batch, size = [], 0
    for local_index in range(start, stop):
        body = len(codes[local_index].ops)
        if batch and (len(batch) == BATCH_FUNCTIONS or size + body > BATCH_INSTRUCTIONS):
            yield batch
            batch, size = [], 0
        batch.append(local_index)
        size += body
    if batch:
        yield batch


def _compile_range(env: ModuleEnv, start: int, stop: int, phases: dict, allocate, check: bool,
                   progress=None) -> tuple[list, list]:
    """Machine code for defined functions start..stop-1 (local indices), with per-function
    allocator stats; `progress(done, total)`, if given, is called after each function."""
    emitted, stats = [], []
    for batch in _batches(env, start, stop):
        results = compile_functions(env, [env.num_imported_funcs + k for k in batch], phases, allocate, check)
        for local_index, (out, function_stats) in zip(batch, results):
            emitted.append(out)
            stats.append(function_stats)
            if progress is not None:
                progress(local_index + 1, len(env.module.codes))
    return emitted, stats


def _balanced_ranges(body_sizes: list[int], count: int) -> list[tuple[int, int]]:
    """Split 0..len(body_sizes) into contiguous ranges of at most total/count body size each,
    or a single function where one is bigger (about `count` to 2*`count` ranges)."""
    target = sum(body_sizes) / count
    ranges, start, running = [], 0, 0
    for index, size in enumerate(body_sizes):
        if index > start and running + size > target:
            ranges.append((start, index))
            start, running = index, 0
        running += size
    if start < len(body_sizes):
        ranges.append((start, len(body_sizes)))
    return ranges


# A forked worker's share of the compile: (env, allocator, check), inherited from the parent.
_worker_job: tuple | None = None


def _worker_setup(env: ModuleEnv, regalloc: str, check: bool) -> None:
    global _worker_job
    _worker_job = (env, AllocationMemo(ALLOCATORS[regalloc], BACKEND.register_env), check)


def _portable(error: Exception) -> Exception:
    """`error` if it survives pickling to the parent (one that does not would kill the worker
    sending it), else a RuntimeError that carries its type and message."""
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")


def _worker_compile(bounds: tuple[int, int]):
    """Compile one range in a worker: (its start, plain data: lists, ints, dicts), or (its start,
    the exception that stopped it), returned rather than raised (aot/forked.py's workers must not
    raise), so the parent can raise the failure of the first range whatever the timing."""
    env, allocate, check = _worker_job
    phases = dict.fromkeys(FUNCTION_PHASES, 0.0)
    try:
        with cyclic_gc_paused():
            emitted, stats = _compile_range(env, *bounds, phases, allocate, check)
    except Exception as error:
        return bounds[0], _portable(error)
    code = [(out.words, out.calls, out.trap_calls, out.routine_calls, out.trap_sites, out.landing_sites, out.fault_sites)
            for out in emitted]
    return bounds[0], code, stats, phases, sorted(env.builtins_used)


def _from_plain(code: tuple):
    out = BACKEND.emitted_function()
    out.words, out.calls, out.trap_calls, out.routine_calls, out.trap_sites, out.landing_sites, out.fault_sites = code
    return out


def _compile_in_workers(env: ModuleEnv, phases: dict, regalloc: str, check: bool, jobs: int,
                        progress=None) -> tuple[list, list]:
    """_compile_range over all functions, in `jobs` forked processes.  Ranges are handed out
    a few per worker so that uneven ones even out; results are put back in function order,
    so the output does not depend on `jobs` or on which worker finished first."""
    total = len(env.module.codes)
    sizes = [1 + len(code.ops) for code in env.module.codes]   # body size in instructions
    ranges = _balanced_ranges(sizes, min(total, jobs * RANGES_PER_JOB))
    emitted, stats = [None] * total, [None] * total
    done = 0
    failures = []   # (range start, exception)
    with contextlib.closing(run_unordered(lambda: _worker_setup(env, regalloc, check), _worker_compile, ranges,
                                          jobs)) as outcomes:
        for outcome in outcomes:
            if isinstance(outcome[1], Exception):
                failures.append(outcome)
                continue
            start, code, range_stats, range_phases, builtins = outcome
            emitted[start:start + len(code)] = [_from_plain(c) for c in code]
            stats[start:start + len(code)] = range_stats
            for phase, seconds in range_phases.items():
                phases[phase] += seconds
            env.builtins_used.update(builtins)
            done += len(code)
            if progress is not None:
                progress(done, total)
    if failures:
        raise min(failures, key=lambda failure: failure[0])[1]
    return emitted, stats


def _compile_functions(env: ModuleEnv, phases: dict, regalloc: str, check: bool, jobs: int = 1,
                       progress=None) -> tuple[list, list]:
    """Machine code for every defined function, with per-function allocator stats, compiled
    here (jobs=1) or in `jobs` worker processes; the result is the same either way.

    `progress(done, total)`, if given, is called as functions are done."""
    total = len(env.module.codes)
    if jobs > 1 and total > 1:
        return _compile_in_workers(env, phases, regalloc, check, jobs, progress)
    return _compile_range(env, 0, total, phases, AllocationMemo(ALLOCATORS[regalloc], BACKEND.register_env), check,
                          progress)


@contextlib.contextmanager
def cyclic_gc_paused():
    """Compiling allocates millions of small acyclic lists; Python's cyclic collector
    would rescan the growing heap again and again (a superlinear cost), so it waits
    until the module is decoded and validated and its functions are compiled, laid out
    and described in the metadata (with 100,000 small functions, its scans cost 0.35 CPU s
    in decoding and 1.2 CPU s in layout and metadata)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def compile_module(module: Module, options: CompileOptions = CompileOptions(), check: bool | None = None,
                   progress=None, jobs: int = 1) -> CompileResult:
    """Compile a decoded, validated module whose features are all supported.

    `options` (aot/options.py) shape the code: the allocator, fuel metering and epoch
    checks (aot/ir/build.py), bounds checks and atomics; those that add code are recorded
    in the metadata.  `check` runs the allocation checker on every function (default:
    $WASMOON_REGALLOC_CHECK); `jobs` compiles functions in that many forked worker
    processes (same output for any number; the per-function phase times are then summed
    over the workers)."""
    if not isinstance(options, CompileOptions):   # e.g. a caller still passing the allocator's name
        raise TypeError(f"options must be a CompileOptions, not {options!r}")
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    phases = dict.fromkeys(FUNCTION_PHASES, 0.0)
    env = ModuleEnv(module, options)
    with cyclic_gc_paused():
        emitted, stats = _compile_functions(env, phases, options.regalloc, _check_default(check), jobs, progress)
        started = time.perf_counter()
        layout = BACKEND.layout_text(env, emitted)
        del emitted   # the layout holds all of their code and sites: the metadata is built without them
        plan = plan_c_api(env) if options.c_api else None
        image, metadata = artifact.build(env, layout, plan)
        phases["link"] = time.perf_counter() - started
    return CompileResult(image, metadata, stats, phases, plan)


def compile_bytes(data: bytes, options: CompileOptions = CompileOptions(), check: bool | None = None,
                  progress=None, jobs: int = 1, dialect: Dialect = WASM3) -> CompileResult:
    """Decode, validate (under `dialect`'s rules: aot/wasm/dialect.py) and compile a Wasm binary.

    Raises DecodeError / ValidationError for bad input and UnsupportedFeature for
    modules that need what the compiler cannot do yet.  `progress(done, total)`
    is told of each function compiled; `options`, `check` and `jobs` as for compile_module.
    """
    started = time.perf_counter()
    with cyclic_gc_paused():   # decoding makes a list or more per instruction
        module = decode_module(data)
        validate_module(module, dialect)
    require_supported(module.features, "compile")
    front_end = time.perf_counter() - started
    result = compile_module(module, options, check, progress, jobs)
    result.phase_seconds = {"decode+validate": front_end, **result.phase_seconds}
    return result


def compile_source(path, options: CompileOptions = CompileOptions(), check: bool | None = None,
                   jobs: int = 1) -> CompileResult:
    """Compile a .wasm file, or a .wat file through wasm-tools."""
    return compile_bytes(read_module_source(path), options, check, jobs=jobs)


def compile_wasm(data: bytes, options: CompileOptions = CompileOptions(), dialect: Dialect = WASM3) -> bytes:
    """Wasm binary -> ELF shared object bytes (see compile_bytes for the errors, the options and the dialect)."""
    return write_elf(compile_bytes(data, options, dialect=dialect).image)
