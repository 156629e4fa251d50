"""Compresses a buffer with the zstd library module inside the arm64 Python (under qemu).

    python3.11 zstd_runner.py ENGINE ARTIFACT INPUT_BYTES LEVEL

ENGINE is `wasmoon` (ARTIFACT the compiled .so, our runtime from WASMOON_RUNTIME_DIR)
or `wasmtime` (ARTIFACT the .wasm, the aarch64 wasmtime wheel on sys.path).  The
input is INPUT_BYTES of deterministic text-like data written into the module's
memory; the timed part is the one ZSTD_compress call.  Prints JSON: the compressed
size, a CRC32 of the compressed bytes (the engines must agree) and the seconds.
Standard library only, besides the engine itself.
"""

import json
import random
import sys
import time
import zlib

from arm64_runner import load_wasmoon_instance


def text_input(size: int) -> bytes:
    rng = random.Random(2026)
    words = [f"w{rng.randrange(5000)}" for _ in range(2000)] + ["the", "of", "and", "memory", "function"] * 50
    out = bytearray()
    while len(out) < size:
        out += (" ".join(rng.choice(words) for _ in range(rng.randint(3, 14))) + "\n").encode()
    return bytes(out[:size])


def wasmoon_library(path):
    """(call export, write memory, read memory) for our engine."""
    exports = load_wasmoon_instance(path).exports
    return (lambda name, *args: getattr(exports, name)(*args), exports.memory.write, exports.memory.read)


def wasmtime_library(path):
    import wasmtime
    store = wasmtime.Store(wasmtime.Engine())
    instance = wasmtime.Instance(store, wasmtime.Module.from_file(store.engine, path), [])
    exports = instance.exports(store)
    memory = exports["memory"]
    return (lambda name, *args: exports[name](store, *args),
            lambda offset, data: memory.write(store, data, offset),
            lambda offset, length: bytes(memory.read(store, offset, offset + length)))


def main(argv):
    engine, artifact, size, level = argv[0], argv[1], int(argv[2]), int(argv[3])
    call, write, read = (wasmoon_library if engine == "wasmoon" else wasmtime_library)(artifact)
    data = text_input(size)
    bound = call("ZSTD_compressBound", size)
    source, target = call("malloc", size), call("malloc", bound)
    write(source, data)
    started = time.perf_counter()
    packed = call("ZSTD_compress", target, bound, source, size, level)
    elapsed = time.perf_counter() - started
    if call("ZSTD_isError", packed):
        raise SystemExit(f"ZSTD_compress failed: {packed}")
    print(json.dumps({"compressed": packed, "crc32": zlib.crc32(read(target, packed)), "seconds": elapsed}))


if __name__ == "__main__":
    main(sys.argv[1:])
