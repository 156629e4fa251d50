"""Throughput of the front end (aot/wasm/ decode + validate) in MB/s of module bytes.

Modules: the zstd C library (its PyPI sdist, compiled with clang to a wasm32-wasi
library module, cached under build/bench-frontend) and the largest binary module of the
spec suite's top-level files.  Each figure is the best of --repeat runs in this one
process, timed in process CPU time: one core's work, and steady on a shared machine
where wall-clock times vary with the other jobs.

    python tests/bench/frontend.py [--repeat 5] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from wasmoon_aot.aot.spec import paths
from wasmoon_aot.aot.wasm import decode_module, validate_module

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from wasm_mutants import seed_modules  # noqa: E402  (tests/ is not a package)

WORK_DIR = paths.BUILD_DIR / "bench-frontend"
ZSTD_VERSION = "1.5.7.2"
ZSTD_EXPORTS = ("ZSTD_compress", "ZSTD_decompress", "ZSTD_compressBound", "ZSTD_isError", "malloc", "free")


def zstd_module() -> bytes:
    """zstd's lib/ (common, compress, decompress) as a wasm32-wasi library module."""
    target = WORK_DIR / f"zstd-{ZSTD_VERSION}.wasm"
    if target.exists():
        return target.read_bytes()
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    sdist = WORK_DIR / f"zstd-{ZSTD_VERSION}.tar.gz"
    if not sdist.exists():
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-binary", ":all:", "--no-deps",
                        f"zstd=={ZSTD_VERSION}", "-d", str(WORK_DIR)], check=True)
    with tarfile.open(sdist) as archive:
        archive.extractall(WORK_DIR, filter="data")
    lib = WORK_DIR / f"zstd-{ZSTD_VERSION}" / "zstd" / "lib"
    sources = sorted(str(path) for part in ("common", "compress", "decompress") for path in (lib / part).glob("*.c"))
    exports = [f"-Wl,--export={name}" for name in ZSTD_EXPORTS]
    subprocess.run(["clang", "--target=wasm32-wasi", "-O2", "-w", "-DZSTD_DISABLE_ASM", "-DXXH_NAMESPACE=ZSTD_",
                    f"-I{lib}", f"-I{lib / 'common'}", *sources, "-nostartfiles", "-Wl,--no-entry", *exports,
                    "-o", str(target)], check=True)
    return target.read_bytes()


def best_seconds(action, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        action()
        best = min(best, time.process_time() - start)
    return best


def measure(name: str, data: bytes, repeat: int) -> dict:
    module = decode_module(data)
    decode = best_seconds(lambda: decode_module(data), repeat)
    validate = best_seconds(lambda: validate_module(module), repeat)
    megabytes = len(data) / 1e6
    row = {"module": name, "bytes": len(data), "functions": len(module.codes),
           "decode": megabytes / decode, "validate": megabytes / validate, "both": megabytes / (decode + validate)}
    print(f"{name:28} {len(data):9,d} B {len(module.codes):6d} funcs   decode {row['decode']:6.2f} MB/s   "
          f"validate {row['validate']:6.2f} MB/s   decode+validate {row['both']:6.2f} MB/s")
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="cProfile decode+validate of the zstd module")
    args = parser.parse_args()
    zstd = zstd_module()
    largest = max(seed_modules(), key=len)
    measure(f"zstd {ZSTD_VERSION} (wasm32-wasi)", zstd, args.repeat)
    measure("largest spec-suite module", largest, args.repeat * 20)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(lambda: validate_module(decode_module(zstd)))
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
