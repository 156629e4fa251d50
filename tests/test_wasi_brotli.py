"""A real WASI command over 1 MB: the `brotli` tool itself (c/tools/brotli.c with the library, from
the PyPI `Brotli` sdist, ~1.06 MB of Wasm) compresses a 1 MB file and restores it under wasmoon-aot,
byte-identical to the same tool built natively for this host."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from wasi_programs import BUILD, SOURCES, clang_problem, unpacked_sdist

BROTLI_VERSION = "1.2.1"


def _brotli_sources():
    c = unpacked_sdist("Brotli", BROTLI_VERSION, f"brotli-{BROTLI_VERSION}") / "c"
    return c, sorted(str(p) for part in ("common", "dec", "enc") for p in (c / part).glob("*.c")) + [
        str(c / "tools" / "brotli.c")]


def _build(output, flags):
    if output.exists():
        return output
    c, sources = _brotli_sources()
    temp = output.with_suffix(f".{os.getpid()}.tmp")
    subprocess.run(["clang", *flags, "-O2", "-w", f"-I{c / 'include'}", *sources, "-o", str(temp)], check=True)
    os.replace(temp, output)
    return output


def test_brotli_tool_roundtrip_matches_native(tmp_path):
    problem = clang_problem()
    if problem:
        pytest.skip(problem)
    from wasmoon_aot.aot.compiler import compile_bytes
    from wasmoon_aot.linker import write_elf
    from wasmoon_aot.runtime import WasiConfig, load, run_command

    wasm = _build(BUILD / "brotli.wasm", ["--target=wasm32-wasi", "-D_WASI_EMULATED_PROCESS_CLOCKS",
                                          str(SOURCES / "posix_stubs.c"), "-lwasi-emulated-process-clocks"])
    native = _build(BUILD / "brotli.native", ["-lm"])
    assert len(wasm.read_bytes()) > 1_000_000
    started = time.perf_counter()
    artifact = tmp_path / "brotli.so"
    artifact.write_bytes(write_elf(compile_bytes(wasm.read_bytes()).image))
    compile_seconds = time.perf_counter() - started

    ours, theirs = tmp_path / "ours", tmp_path / "native"
    ours.mkdir()
    theirs.mkdir()
    data = bytes((i * 7 + (i >> 9)) % 251 for i in range(500_000)) + b"wasmoon " * 62_500
    (ours / "input.bin").write_bytes(data)
    (theirs / "input.bin").write_bytes(data)
    subprocess.run([str(native), "-q", "6", "-o", "out.br", "input.bin"], cwd=theirs, check=True)
    timings = []
    for argv in (["brotli", "-q", "6", "-o", "/w/out.br", "/w/input.bin"],
                 ["brotli", "-d", "-o", "/w/back.bin", "/w/out.br"]):
        started = time.perf_counter()
        status = run_command(load(str(artifact), wasi=WasiConfig(argv=argv, preopens=[(str(ours), "/w")])))
        timings.append(time.perf_counter() - started)
        assert status == 0
    print(f"brotli: {len(wasm.read_bytes()):,} B of Wasm compiled in {compile_seconds:.1f}s; "
          f"compress {timings[0]:.1f}s, decompress {timings[1]:.1f}s (1 MB)", file=sys.stderr)
    assert (ours / "out.br").read_bytes() == (theirs / "out.br").read_bytes()
    assert (ours / "back.bin").read_bytes() == data
