"""Helpers for the WASI tests: build tests/wasi/*.c with clang, compile with wasmoon-aot, run a
program under wasmoon-aot or wasmtime (PyPI) with the same argv, environment, preopen and stdio,
and snapshot the directory tree it leaves behind."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

SOURCES = Path(__file__).parent / "wasi"
BUILD = Path(tempfile.gettempdir()) / f"wasmoon-wasi-tests-{os.getuid()}"  # clang outputs, shared and reused
_ARTIFACTS = tempfile.TemporaryDirectory(prefix="wasmoon-wasi-artifacts-")  # this process's, removed at exit


@functools.cache
def clang_problem() -> str | None:
    """Why C cannot be built for wasm32-wasi here, or None if it can."""
    clang = shutil.which("clang")
    if clang is None:
        return "clang is not installed (make setup installs clang, lld, wasi-libc)"
    BUILD.mkdir(exist_ok=True)
    probe = BUILD / "probe.c"
    probe.write_text("int main(void) { return 0; }\n")
    result = subprocess.run([clang, "--target=wasm32-wasi", "-O2", str(probe), "-o", str(BUILD / "probe.wasm")],
                            capture_output=True, text=True)
    if result.returncode:
        return "clang cannot build for wasm32-wasi: " + result.stderr.strip().splitlines()[-1]
    return None


def unpacked_sdist(package: str, version: str, folder: str, search=()) -> Path:
    """The PyPI source distribution of `package`==`version`, unpacked: the folder named
    `folder` inside it, found under one of `search` or fetched into BUILD (skips if
    the registry cannot be reached)."""
    for place in (*search, BUILD):
        if (place / folder).is_dir():
            return place / folder
    BUILD.mkdir(exist_ok=True)
    archives = list(BUILD.glob(f"{package.lower()}-{version}.tar.gz"))
    if not archives:
        fetched = subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-binary", ":all:",
                                  "--no-deps", f"{package}=={version}", "-d", str(BUILD)], capture_output=True)
        if fetched.returncode:
            pytest.skip(f"cannot fetch the {package} {version} sdist: {fetched.stderr.decode().strip()[-200:]}")
        archives = list(BUILD.glob(f"{package.lower()}-{version}.tar.gz"))
    shutil.unpack_archive(archives[0], BUILD, filter="data")
    return BUILD / folder


def wasm_program(name: str) -> Path:
    """tests/wasi/NAME.c built as a WASI command (rebuilt when the source is newer)."""
    problem = clang_problem()
    if problem:
        pytest.skip(problem)
    source, output = SOURCES / f"{name}.c", BUILD / f"{name}.wasm"
    if not output.exists() or output.stat().st_mtime < source.stat().st_mtime:
        temp = output.with_suffix(f".{os.getpid()}.tmp")
        subprocess.run(["clang", "--target=wasm32-wasi", "-O2", str(source), "-o", str(temp)], check=True)
        os.replace(temp, output)
    return output


@functools.cache
def artifact(name: str) -> str:
    """The wasmoon-aot artifact of program NAME (skips if the compiler lacks a feature it needs)."""
    from wasmoon_aot.aot.compiler import compile_bytes
    from wasmoon_aot.aot.wasm.features import UnsupportedFeature
    from wasmoon_aot.linker import write_elf
    try:
        image = compile_bytes(wasm_program(name).read_bytes()).image
    except UnsupportedFeature as exc:
        pytest.skip(f"WASI program {name}: {exc}")
    path = Path(_ARTIFACTS.name) / f"{name}.so"
    path.write_bytes(write_elf(image))
    return str(path)


def run_ours(name: str, argv, env: dict, root: Path, stdin: Path, out: Path, imports=None):
    from wasmoon_aot.runtime import Trap, WasiConfig, load, run_command
    config = WasiConfig(argv=argv, env=env, preopens=[(str(root), ".")], stdin=str(stdin),
                        stdout=str(out / "stdout"), stderr=str(out / "stderr"))
    try:
        status = run_command(load(artifact(name), imports or {}, wasi=config))
    except Trap:
        status = "trap"
    return status, (out / "stdout").read_bytes(), (out / "stderr").read_bytes()


def run_wasmtime(name: str, argv, env: dict, root: Path, stdin: Path, out: Path, imports=None):
    wasmtime = pytest.importorskip("wasmtime")
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    for module, functions in (imports or {}).items():
        for field, function in functions.items():
            linker.define_func(module, field, wasmtime.FuncType([], []), function)
    config = wasmtime.WasiConfig()
    config.argv = argv
    config.env = list(env.items())
    config.preopen_dir(str(root), ".")
    config.stdin_file = str(stdin)
    config.stdout_file = str(out / "stdout")
    config.stderr_file = str(out / "stderr")
    store.set_wasi(config)
    instance = linker.instantiate(store, wasmtime.Module.from_file(engine, str(wasm_program(name))))
    try:
        instance.exports(store)["_start"](store)
        status = 0
    except wasmtime.ExitTrap as exit_:
        status = exit_.code
    except (wasmtime.Trap, wasmtime.WasmtimeError):
        status = "trap"
    return status, (out / "stdout").read_bytes(), (out / "stderr").read_bytes()


def snapshot(root: Path) -> dict:
    """Every path under `root`: file contents, symlink targets, "dir" for directories."""
    tree = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            key = str(path.relative_to(root))
            if path.is_symlink():
                tree[key] = ("link", os.readlink(path))
            elif path.is_dir():
                tree[key] = "dir"
            else:
                tree[key] = path.read_bytes()
    return tree
