"""The real programs of `make bench`: C libraries from PyPI sdists, each with a small driver.

Every program is a library from a pinned PyPI source distribution (fetched with pip
into .cache/sdists) plus its driver tests/bench/programs/NAME.c, built with clang for
wasm32-wasi into a module without imports that exports `run(n)`: n repetitions of a
real workload on deterministic in-memory input (programs/input.h), returning a
checksum.  The setup (input, contexts) happens in every call, so `run(N) - run(0)`
counts only the workload: compiled Wasm code, no WASI implementation of either engine
(the few WASI functions the libraries reach on fatal-error paths are traps linked in from
programs/no_wasi.c, so a module that still imports anything is refused at build time).

    python tests/bench/bench.py --programs [NAME ...]   (`make bench-programs`; `make bench` runs them too)

Per program: clang build time, our compile time (1 job; its phases below the table),
executed AArch64 instructions of ours and of Cranelift (wasmtime) with their ratio, and
whether the checksums agree; then the geomean of the ratios.  tests/test_real_programs.py
runs the drivers of IN_MAKE_TEST on a tiny n in `make test`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DRIVERS = HERE / "programs"
SDISTS = REPO / ".cache" / "sdists"
BUILD = REPO / "build" / "bench" / "programs"


@dataclass(frozen=True)
class Program:
    package: str                 # the PyPI name
    version: str                 # pinned
    root: str                    # the library's folder inside the unpacked sdist
    sources: tuple[str, ...]     # globs under root, built with the driver
    includes: tuple[str, ...]    # include folders under root
    defines: tuple[str, ...]
    iterations: int              # N of run(N) in the benchmark
    summary: str
    exclude: tuple[str, ...] = ()  # files matched by `sources` but not part of the library (a main)


PROGRAMS = {
    "zstd": Program("zstd", "1.5.7.2", "zstd-1.5.7.2/zstd/lib",
                    ("common/*.c", "compress/*.c", "decompress/*.c"), (".", "common"),
                    ("-DZSTD_DISABLE_ASM", "-DXXH_NAMESPACE=ZSTD_"), 4,
                    "compress 256 KB of text at levels 1 and 3, decompress both"),
    "brotli": Program("Brotli", "1.2.1", "brotli-1.2.1/c", ("common/*.c", "dec/*.c", "enc/*.c"), ("include",),
                      (), 4, "compress 64 KB of text at quality 5 (text mode), decompress"),
    "lz4": Program("lz4", "4.4.5", "lz4-4.4.5/lz4libs", ("lz4.c", "lz4hc.c"), (".",), (), 4,
                   "compress 128 KB of text (fast and HC level 9), decompress both"),
    "pycryptodome": Program("pycryptodome", "4.4.0", "pycryptodome-4.4.0/src",
                            ("AES.c", "raw_cbc.c", "SHA256.c", "keccak.c"), (".",),
                            ("-DNO_CPYTHON_MODULE", "-DHAVE_STDINT_H", "-DHAVE_POSIX_MEMALIGN"), 8,
                            "AES-128-CBC encrypt + decrypt 64 KB, SHA-256 and SHA3-256 of 256 KB"),
    "xxhash": Program("xxhash", "4.1.0", "xxhash-4.1.0/deps/xxhash", (), (".",), (), 64,
                      "XXH32, XXH64, XXH3 64/128 over 256 KB, XXH3 of 4,096 short keys"),
    "cmark": Program("cmarkgfm", "2025.10.22", "cmarkgfm-2025.10.22",
                     ("third_party/cmark/src/*.c", "third_party/cmark/extensions/*.c"),
                     ("generated/unix", "third_party/cmark/src", "third_party/cmark/extensions"),
                     ("-DCMARK_GFM_STATIC_DEFINE", "-DCMARK_GFM_EXTENSIONS_STATIC_DEFINE"), 4,
                     "GitHub-flavoured markdown (tables, strikethrough, autolinks) to HTML, 48 KB",
                     exclude=("third_party/cmark/src/main.c",)),
}

# The programs whose test (tests/test_real_programs.py) runs in `make test`: the others take too long to
# compile there (1 job on a shared 2-core machine: zstd 60 s, brotli 25-50 s, cmark 320-500 s and 5.6 GB, nearly
# all of it register allocation of cmark_utf8proc_case_fold, a switch of ~1,400 cases each with a call).
IN_MAKE_TEST = ("lz4", "pycryptodome", "xxhash")


class ProgramError(Exception):
    """A program cannot be built here (the message is one line)."""


class SdistUnavailable(ProgramError):
    """pip cannot fetch a program's sdist (no registry here)."""


def sdist_root(program: Program) -> Path:
    """The library folder of the program's sdist, fetched with pip and unpacked under SDISTS once."""
    root = SDISTS / program.root
    if root.is_dir():
        return root
    SDISTS.mkdir(parents=True, exist_ok=True)
    stem = f"{program.package.lower()}-{program.version}.tar.gz"
    archive = SDISTS / stem
    if not archive.exists():
        fetched = subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-binary", ":all:",
                                  "--no-deps", f"{program.package}=={program.version}", "-d", str(SDISTS)],
                                 capture_output=True, text=True)
        if fetched.returncode or not archive.exists():
            raise SdistUnavailable(f"cannot fetch the {program.package} {program.version} sdist: "
                               + (fetched.stderr.strip().splitlines() or ["no archive"])[-1])
    with tarfile.open(archive) as unpacked:
        unpacked.extractall(SDISTS, filter="data")
    return root


def build(name: str, force: bool = False) -> tuple[Path, float | None]:
    """(the program's .wasm, clang's seconds or None if an up-to-date build was reused)."""
    program = PROGRAMS[name]
    driver = DRIVERS / f"{name}.c"
    output = BUILD / f"{name}.wasm"
    newest = max(path.stat().st_mtime for path in (driver, DRIVERS / "input.h", DRIVERS / "no_wasi.c", Path(__file__)))
    if not force and output.exists() and output.stat().st_mtime >= newest:
        return output, None
    root = sdist_root(program)
    excluded = {root / path for path in program.exclude}
    sources = sorted({str(path) for pattern in program.sources for path in root.glob(pattern) if path not in excluded})
    BUILD.mkdir(parents=True, exist_ok=True)
    temp = output.with_suffix(f".{os.getpid()}.tmp")
    started = time.perf_counter()
    built = subprocess.run(["clang", "--target=wasm32-wasi", "-O2", "-w", *program.defines,
                            *(f"-I{root / folder}" for folder in program.includes), f"-I{DRIVERS}",
                            *sources, str(driver), str(DRIVERS / "no_wasi.c"), "-nostartfiles", "-Wl,--no-entry",
                            "-o", str(temp)],
                           capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if built.returncode:
        errors = [line for line in built.stderr.splitlines() if "error:" in line] or ["?"]
        raise ProgramError(f"clang cannot build {name}: {errors[0].strip()}")
    _require_no_imports(name, temp.read_bytes())
    os.replace(temp, output)
    return output, seconds


def _require_no_imports(name: str, data: bytes) -> None:
    from wasmoon_aot.aot.wasm import decode_module
    imports = decode_module(data).imports
    if imports:
        raise ProgramError(f"{name} imports {imports[0].module}.{imports[0].name}: its driver must not reach WASI")


def program_figures(name: str, count_instructions) -> dict:
    """Build (always, to time clang), compile and count one program; `count_instructions(engine,
    artifact, n)` is bench.py's (instructions of run(n) beyond run(0), the result)."""
    from wasmoon_aot.aot.compiler import compile_bytes
    from wasmoon_aot.linker import write_elf
    wasm, build_seconds = build(name, force=True)
    started = time.perf_counter()
    result = compile_bytes(wasm.read_bytes())
    compile_seconds = time.perf_counter() - started
    artifact = BUILD / f"{name}.so"
    artifact.write_bytes(write_elf(result.image))
    iterations = PROGRAMS[name].iterations
    ours, ours_result = count_instructions("wasmoon", artifact, iterations)
    theirs, theirs_result = count_instructions("wasmtime", wasm, iterations)
    return {"module_bytes": wasm.stat().st_size, "build_seconds": build_seconds, "compile_seconds": compile_seconds,
            "phase_seconds": result.phase_seconds,
            "iterations": iterations, "results_agree": ours_result == theirs_result,
            "insns": ours, "cranelift_insns": theirs, "insns_ratio": ours / theirs}


def format_row(name: str, figures: dict) -> str:
    return (f"{name:<12} {figures['module_bytes']:>9,} {figures['build_seconds']:>6.1f}s "
            f"{figures['compile_seconds']:>7.1f}s "
            f"{figures['insns']:>13,} {figures['cranelift_insns']:>13,} {figures['insns_ratio']:>6.2f}  "
            f"{'yes' if figures['results_agree'] else 'RESULTS DIFFER'}  {PROGRAMS[name].summary}")


HEADER = (f"{'program':<12} {'wasm B':>9} {'clang':>7} {'compile':>8} {'insns ours':>13} {'cranelift':>13} "
          f"{'ratio':>6}  ok   workload of one run(n) repetition")
