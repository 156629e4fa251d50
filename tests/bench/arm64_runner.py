"""Runs one benchmark kernel inside the arm64 Python (under qemu, or natively).

    python3.11 arm64_runner.py ENGINE ARTIFACT ITERATIONS [--time] [--serialize OUT] [--interruptible] [--wasi]

ENGINE is `wasmoon` (ARTIFACT a compiled .so, loaded with our runtime from
WASMOON_RUNTIME_DIR) or `wasmtime` (ARTIFACT a .wasm, the aarch64 wasmtime wheel on
sys.path).  It calls the kernel's export `run(ITERATIONS)` once and prints JSON:
the result, and with --time the wall time of that call.  --serialize writes
wasmtime's compiled module (an ELF) so its code size can be measured.
--interruptible (wasmoon) gives the store all the fuel and epoch ticks it can
use, for artifacts built with consume_fuel / epoch_interruption.  --wasi links
wasi_snapshot_preview1 (default configuration: stdio inherited), and the report adds
`host_calls`, the calls into Python our store counted (wasmoon).
Standard library only, besides the engine itself.
"""

import importlib.util
import json
import os
import sys
import time
import types


def wasmoon_runtime():
    """Our runtime package (`wasmoon_aot.runtime`), imported from WASMOON_RUNTIME_DIR."""
    if "wasmoon_aot.runtime" in sys.modules:
        return sys.modules["wasmoon_aot.runtime"]
    directory = os.environ["WASMOON_RUNTIME_DIR"]
    package = types.ModuleType("wasmoon_aot")
    package.__path__ = []
    sys.modules["wasmoon_aot"] = package
    spec = importlib.util.spec_from_file_location(
        "wasmoon_aot.runtime", os.path.join(directory, "__init__.py"),
        submodule_search_locations=[directory])
    runtime = importlib.util.module_from_spec(spec)
    sys.modules["wasmoon_aot.runtime"] = runtime
    spec.loader.exec_module(runtime)
    return runtime


def load_wasmoon_instance(path, interruptible=False, wasi=False):
    """An instance of the compiled artifact at `path`, through our runtime."""
    runtime = wasmoon_runtime()
    store = runtime.Store()
    if interruptible:
        store.set_fuel(2**63 - 1)
        store.set_epoch_deadline(2**63)
    return runtime.load(path, store=store, wasi=runtime.WasiConfig() if wasi else None)


def load_wasmoon(path, interruptible=False, wasi=False):
    return load_wasmoon_instance(path, interruptible, wasi).exports.run


def load_wasmtime(path, serialize_to=None, wasi=False):
    import wasmtime
    config = wasmtime.Config()
    config.parallel_compilation = False  # compiler threads would make instruction counts vary
    engine = wasmtime.Engine(config)
    store = wasmtime.Store(engine)
    module = wasmtime.Module.from_file(engine, path)
    if serialize_to:
        with open(serialize_to, "wb") as out:
            out.write(module.serialize())
    linker = wasmtime.Linker(engine)
    if wasi:
        linker.define_wasi()
        wasi_config = wasmtime.WasiConfig()
        wasi_config.inherit_stdout()
        wasi_config.inherit_stderr()
        store.set_wasi(wasi_config)
    run = linker.instantiate(store, module).exports(store)["run"]
    return lambda n: run(store, n)


def main(argv):
    engine, artifact, iterations = argv[0], argv[1], int(argv[2])
    serialize_to = argv[argv.index("--serialize") + 1] if "--serialize" in argv else None
    wasi = "--wasi" in argv
    if engine == "wasmoon":
        instance = load_wasmoon_instance(artifact, "--interruptible" in argv, wasi)
        run = instance.exports.run
    else:
        run = load_wasmtime(artifact, serialize_to, wasi)
    started = time.perf_counter()
    result = run(iterations)
    elapsed = time.perf_counter() - started
    report = {"result": result & 0xFFFF_FFFF}
    if "--time" in argv:
        report["seconds"] = elapsed
    if engine == "wasmoon":
        report["host_calls"] = instance.store.host_calls()
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1:])
