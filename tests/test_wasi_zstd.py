"""A real WASI program: zstd 1.5.7 (lib/ from its PyPI sdist, legacy formats included, ~0.9 MB of
Wasm) with tests/wasi/zstd_roundtrip.c compresses a 1 MB file and restores it under wasmoon-aot,
byte-identical to the same driver built natively for this host with the same sources.  It is built
twice: as plain wasm32, and with -msimd128, where clang vectorises thousands of its operations
into v128 code."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wasi_programs import BUILD, SOURCES, clang_problem, unpacked_sdist

ZSTD_VERSION = "1.5.7.2"
REPO = Path(__file__).resolve().parents[1]
SDIST_DIRS = (REPO / "build" / "bench-frontend",)  # the front-end benchmark may have fetched it already
DRIVER = SOURCES / "zstd_roundtrip.c"
DEFINES = ["-DZSTD_DISABLE_ASM", "-DZSTD_LEGACY_SUPPORT=1"]


def _zstd_lib() -> Path:
    return unpacked_sdist("zstd", ZSTD_VERSION, f"zstd-{ZSTD_VERSION}/zstd/lib", SDIST_DIRS)


def _build(output: Path, target_flags: list[str]) -> Path:
    """The driver plus zstd's lib/, built once (rebuilt when the driver changes)."""
    if output.exists() and output.stat().st_mtime >= DRIVER.stat().st_mtime:
        return output
    lib = _zstd_lib()
    sources = sorted(str(p) for part in ("common", "compress", "decompress", "legacy") for p in (lib / part).glob("*.c"))
    temp = output.with_suffix(f".{os.getpid()}.tmp")
    subprocess.run(["clang", *target_flags, "-O3", "-w", *DEFINES, f"-I{lib}", f"-I{lib / 'common'}",
                    f"-I{lib / 'legacy'}", *sources, str(DRIVER), "-o", str(temp)], check=True)
    os.replace(temp, output)
    return output


def _input_file(path: Path) -> bytes:
    """1 MB of deterministic, text-like data."""
    words = [w for w in (REPO / "aot" / "compiler.py").read_text().split() if w.isidentifier()]
    rng = random.Random(2026)
    text = bytearray()
    while len(text) < 1_000_000:
        text += (" ".join(rng.choice(words) for _ in range(rng.randint(3, 14))) + "\n").encode()
    data = bytes(text[:1_000_000])
    path.write_bytes(data)
    return data


# Wasm build name -> the target flags that make it.
VARIANTS = {
    "zstd_roundtrip": ["--target=wasm32-wasi"],
    "zstd_roundtrip_simd": ["--target=wasm32-wasi", "-msimd128"],
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_zstd_roundtrip_matches_native(tmp_path, variant):
    problem = clang_problem()
    if problem:
        pytest.skip(problem)
    from wasmoon_aot.aot.compiler import compile_bytes
    from wasmoon_aot.aot.wasm.features import UnsupportedFeature
    from wasmoon_aot.linker import write_elf
    from wasmoon_aot.runtime import WasiConfig, load, run_command

    wasm = _build(BUILD / f"{variant}.wasm", VARIANTS[variant])
    native = _build(BUILD / "zstd_roundtrip.native", [])
    started = time.perf_counter()
    try:
        image = compile_bytes(wasm.read_bytes()).image
    except UnsupportedFeature as exc:
        pytest.skip(str(exc))
    compile_seconds = time.perf_counter() - started
    artifact = tmp_path / "zstd.so"
    artifact.write_bytes(write_elf(image))

    for level in ("3", "9"):
        ours, theirs = tmp_path / f"ours{level}", tmp_path / f"native{level}"
        ours.mkdir()
        theirs.mkdir()
        data = _input_file(ours / "input.bin")
        shutil.copy(ours / "input.bin", theirs / "input.bin")
        argv = ["zstd", level, "input.bin", "out.zst", "out.raw"]
        reference = subprocess.run([str(native), *argv[1:]], cwd=theirs, capture_output=True, check=True)
        started = time.perf_counter()
        config = WasiConfig(argv=argv, preopens=[(str(ours), ".")], stdout=str(tmp_path / "stdout"))
        status = run_command(load(str(artifact), wasi=config))
        run_seconds = time.perf_counter() - started
        print(f"{variant} level {level}: {len(wasm.read_bytes()):,} B of Wasm compiled in {compile_seconds:.1f}s, "
              f"load + run {run_seconds:.1f}s", file=sys.stderr)
        assert status == 0
        assert (tmp_path / "stdout").read_bytes() == reference.stdout
        assert (ours / "out.raw").read_bytes() == data
        assert (ours / "out.zst").read_bytes() == (theirs / "out.zst").read_bytes()
        assert len((ours / "out.zst").read_bytes()) < len(data) // 2
