"""The real programs of `make bench` (tests/bench/real_programs.py: C libraries from PyPI sdists with
a driver each): the driver builds with clang into a module without imports, compiles with
wasmoon-aot, and its run(1) returns the checksum wasmtime's run(1) returns.  Only the programs of
real_programs.IN_MAKE_TEST (the others compile too slowly for make test; `make bench` checks
their checksums).  Skipped only without clang for wasm32-wasi or without a registry to fetch the
sdists from."""

from __future__ import annotations

import pytest

from bench import real_programs
from wasi_programs import clang_problem


@pytest.mark.parametrize("name", real_programs.IN_MAKE_TEST)
def test_program_checksum_matches_wasmtime(tmp_path, name):
    problem = clang_problem()
    if problem:
        pytest.skip(problem)
    wasmtime = pytest.importorskip("wasmtime")
    from wasmoon_aot.aot.compiler import compile_bytes
    from wasmoon_aot.linker import write_elf
    from wasmoon_aot.runtime import load

    try:
        wasm, _ = real_programs.build(name)
    except real_programs.SdistUnavailable as exc:
        pytest.skip(str(exc))
    artifact = tmp_path / f"{name}.so"
    artifact.write_bytes(write_elf(compile_bytes(wasm.read_bytes()).image))
    ours = load(str(artifact)).exports.run(1) & 0xFFFF_FFFF

    store = wasmtime.Store()
    instance = wasmtime.Instance(store, wasmtime.Module.from_file(store.engine, str(wasm)), [])
    theirs = instance.exports(store)["run"](store, 1) & 0xFFFF_FFFF
    assert ours == theirs
    assert load(str(artifact)).exports.run(0) != ours  # the workload, not just the setup, feeds the checksum
