"""Artifact integrity: the runtime refuses a bad file with one line before dlopen (runtime/integrity.py),
the compile cache rebuilds a bad entry, and the CLI never writes over its input or dies with a traceback.

Every case here crashed, ran silently, or failed differently before the integrity record existed.
"""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import lief
import pytest

from wasmoon_aot.aot import cli, cli_run
from wasmoon_aot.aot.compiler import compile_module
from wasmoon_aot.aot.fingerprint import compiler_fingerprint
from wasmoon_aot.aot.wasm import decode_module, validate_module
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.linker import write_elf, write_macho
from wasmoon_aot.runtime import abi, integrity, load
from wasmoon_aot.runtime.errors import ArtifactError
from wasmoon_aot.runtime.integrity import verify_artifact

MODULE = b"""
(module
  (memory (export "memory") 1)
  (data (i32.const 16) "the data segment")
  (global $g (mut i32) (i32.const 7))
  (func (export "answer") (result i32) (i32.add (global.get $g) (i32.const 35)))
  (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0))))
"""
WRITERS = {".so": write_elf, ".dylib": write_macho}


@pytest.fixture(scope="module")
def images():
    module = decode_module(wat_to_wasm(MODULE))
    validate_module(module)
    image = compile_module(module).image
    return {suffix: writer(image) for suffix, writer in WRITERS.items()}


def _refusal(tmp_path: Path, data: bytes, suffix: str = ".so") -> str:
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(data)
    with pytest.raises(ArtifactError) as refused:
        verify_artifact(str(path))
    message = str(refused.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return refused.value.reason


def _flipped(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def _sections(data: bytes) -> dict[str, tuple[int, int]]:
    """Section name -> (file offset, size), read back through LIEF."""
    binary = lief.parse(list(data))
    return {section.name: (section.offset, section.size) for section in binary.sections}


# --- sound artifacts ----------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", WRITERS)
def test_sound_artifacts_pass_and_carry_the_fingerprint(images, tmp_path, suffix):
    path = tmp_path / f"ok{suffix}"
    path.write_bytes(images[suffix])
    verify_artifact(str(path))
    layout = integrity.file_layout(images[suffix])
    magic, identity, _, fingerprint = abi.unpack_integrity_record(
        images[suffix][layout.record_at:layout.record_at + abi.INTEGRITY_RECORD.size])
    assert (magic, identity, fingerprint) == (abi.INTEGRITY_MAGIC, abi.ABI_IDENTITY, compiler_fingerprint())


# --- truncated, wrong magic, wrong architecture, wrong ABI ------------------------------------

@pytest.mark.parametrize("suffix", WRITERS)
def test_truncated_artifacts_are_refused_at_every_length(images, tmp_path, suffix):
    data = images[suffix]
    for length in (1, 3, 20, 64, 200, len(data) // 3, len(data) // 2, len(data) - 100, len(data) - 1):
        assert _refusal(tmp_path, data[:length], suffix).startswith("truncated"), length


def test_wrong_magic_is_not_an_artifact(images, tmp_path):
    assert _refusal(tmp_path, b"").startswith("not a wasmoon-aot artifact")
    assert _refusal(tmp_path, b"#!/bin/sh\necho hello\n" * 10).startswith("not a wasmoon-aot artifact")
    assert _refusal(tmp_path, b"\0asm" + images[".so"][4:]).startswith("not a wasmoon-aot artifact")


def test_an_x86_elf_is_not_an_aarch64_artifact(images, tmp_path):
    x86 = bytearray(images[".so"])
    struct.pack_into("<H", x86, 18, 62)  # e_machine = EM_X86_64
    assert _refusal(tmp_path, bytes(x86)) == "not an AArch64 artifact: x86-64 ELF (this runtime loads AArch64 only)"
    x86_macho = bytearray(images[".dylib"])
    struct.pack_into("<i", x86_macho, 4, 0x01000007)  # CPU_TYPE_X86_64
    assert _refusal(tmp_path, bytes(x86_macho), ".dylib").startswith("not an AArch64 artifact: x86-64 Mach-O")


def test_an_elf_without_our_record_is_not_an_artifact(images, tmp_path):
    data = images[".so"]
    note_offset, _ = _sections(data)[".note.wasmoon"]
    owner_at = note_offset + integrity.ELF_NOTE_HEADER.size
    foreign = data[:owner_at] + b"ANOTHER\0" + data[owner_at + 8:]
    assert _refusal(tmp_path, foreign) == "not a wasmoon-aot artifact (no integrity record)"


@pytest.mark.parametrize("suffix", WRITERS)
def test_another_abi_identity_is_another_compiler_version(images, tmp_path, suffix):
    data = images[suffix]
    at = integrity.file_layout(data).record_at + len(abi.INTEGRITY_MAGIC)
    other = data[:at] + bytes(32) + data[at + 32:]
    assert _refusal(tmp_path, other, suffix).startswith("built by another compiler version")


# --- flipped bytes -----------------------------------------------------------------------------

def test_a_flipped_byte_in_text_rodata_or_metadata_is_a_checksum_mismatch(images, tmp_path):
    data = images[".so"]
    sections = _sections(data)
    text, _ = sections[".text"]
    rodata, rodata_size = sections[".rodata"]
    metadata_json = rodata + abi.METADATA_HEADER.size + 3
    data_segment = rodata + data[rodata:rodata + rodata_size].index(b"the data segment")
    for where in (text + 8, rodata, metadata_json, data_segment):
        assert _refusal(tmp_path, _flipped(data, where)) == "corrupt: checksum mismatch", where


@pytest.mark.parametrize("suffix", WRITERS)
def test_every_loaded_byte_is_covered(images, tmp_path, suffix):
    """One flipped byte anywhere the loader maps (headers included), or in the record, is refused."""
    data = images[suffix]
    layout = integrity.file_layout(data)
    covered = [at for start, end in layout.loaded for at in range(start, end)]
    covered += range(layout.record_at, layout.record_at + abi.INTEGRITY_RECORD.size)
    path = tmp_path / f"flipped{suffix}"
    for at in covered[::5] + covered[-3:]:
        path.write_bytes(_flipped(data, at))
        with pytest.raises(ArtifactError):
            verify_artifact(str(path))


# --- through the runtime and the worker ---------------------------------------------------------

def test_load_refuses_bad_files_naming_them(images, tmp_path):
    good = tmp_path / "good.so"
    good.write_bytes(images[".so"])
    assert load(str(good)).exports["answer"]() == 42
    cases = {"truncated.so": images[".so"][:len(images[".so"]) // 2],
             "flipped.so": _flipped(images[".so"], _sections(images[".so"])[".text"][0] + 4)}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ArtifactError) as refused:
            load(str(tmp_path / name))
        assert refused.value.path == str(tmp_path / name)
    # A rebuilt file is loaded through a temporary copy: the refusal still names the user's file.
    good.write_bytes(cases["flipped.so"])
    with pytest.raises(ArtifactError) as refused:
        load(str(good))
    assert refused.value.path == str(good) and "wasmoon-" not in str(refused.value)



# --- the compile cache ------------------------------------------------------------------------

@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "wasmoon-aot"


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "answer.wat"
    path.write_bytes(MODULE)
    return path


def _builds(monkeypatch) -> list:
    count = []
    real_build = cli_run._build
    monkeypatch.setattr(cli_run, "_build", lambda *args: count.append(args) or real_build(*args))
    return count


def test_a_corrupt_or_truncated_cache_entry_is_rebuilt(cache_home, source, monkeypatch, capfd):
    builds = _builds(monkeypatch)
    entry = cli_run.artifact_for(source)
    good = entry.read_bytes()
    for bad in (_flipped(good, len(good) // 3), good[:len(good) // 2], b""):
        entry.write_bytes(bad)
        assert cli.main(["run", str(source), "--invoke", "answer"]) == 0
        assert capfd.readouterr() == ("42\n", "")
        assert entry.read_bytes() == good
    assert len(builds) == 4
    assert cli.main(["run", str(source), "--invoke", "answer"]) == 0
    assert len(builds) == 4, "a sound entry is a hit"


def test_an_unwritable_cache_compiles_into_a_temporary_directory(tmp_path, source, monkeypatch, capfd):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory's parent should be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert cli.main(["run", str(source), "--invoke", "answer"]) == 0
    out, err = capfd.readouterr()
    assert out == "42\n"
    assert err.count("\n") == 1 and err.startswith("wasmoon-aot: warning: cannot write the compile cache")
    assert blocker.read_text().startswith("a file")


# --- the command line -------------------------------------------------------------------------

def test_run_of_a_corrupt_artifact_is_one_line_naming_it(images, tmp_path, capfd):
    path = tmp_path / "corrupt.so"
    path.write_bytes(_flipped(images[".so"], _sections(images[".so"])[".text"][0]))
    assert cli.main(["run", str(path), "--invoke", "answer"]) == 1
    assert capfd.readouterr().err == f"wasmoon-aot run: {path}: corrupt: checksum mismatch\n"


def test_build_refuses_to_write_over_its_input(source, tmp_path, monkeypatch, capfd):
    original = source.read_bytes()
    link = tmp_path / "link.wat"
    link.symlink_to(source)
    monkeypatch.chdir(tmp_path)
    for output in (str(source), "answer.wat", f"../{tmp_path.name}/answer.wat", "./link.wat"):
        assert cli.main(["build", str(source), "-o", output]) == 1
        err = capfd.readouterr().err
        assert err.startswith("wasmoon-aot build: refusing to write the output over the input") and \
            err.count("\n") == 1
        assert source.read_bytes() == original and link.is_symlink()


def _interrupted(command: list[str], ready) -> subprocess.CompletedProcess:
    """Run the CLI in its own process group, wait until `ready(process)`, then send SIGINT to the whole
    group as a terminal's Ctrl-C does (the worker and compile processes get it too); its exit status and
    output."""
    process = subprocess.Popen([sys.executable, "-m", "wasmoon_aot.aot.cli", *command],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        ready(process)
        assert process.poll() is None, "finished before it could be interrupted"
        os.killpg(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    return subprocess.CompletedProcess(command, process.returncode, out, err)


LOOPING_WASI = """
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "\\10\\00\\00\\00\\06\\00\\00\\00")
  (data (i32.const 16) "ready\\n")
  (func (export "_start")
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (loop $forever (br $forever))))
"""


def test_ctrl_c_during_run_prints_one_line_and_exits_130(tmp_path):
    program = tmp_path / "loop.wat"
    program.write_text(LOOPING_WASI)
    done = _interrupted(["run", str(program), "--no-cache"],
                        lambda process: process.stdout.readline() == b"ready\n" and time.sleep(0.5))
    assert (done.returncode, done.stderr) == (130, b"wasmoon-aot run: interrupted\n")


def test_ctrl_c_during_build_prints_one_line_and_exits_130(tmp_path):
    functions = "".join(f'(func (export "f{n}") (param i64) (result i64) {"(i64.mul (local.get 0) " * 80}'
                        f'(local.get 0){")" * 80})' for n in range(20000))  # ~15 s to compile idle
    big = tmp_path / "big.wat"
    big.write_text(f"(module {functions})")
    output = tmp_path / "big.so"
    done = _interrupted(["build", str(big), "-o", str(output), "-j", "2"], lambda process: time.sleep(4))
    assert (done.returncode, done.stderr) == (130, b"wasmoon-aot build: interrupted\n")
    assert list(tmp_path.iterdir()) == [big], "nothing half-written is left behind"
