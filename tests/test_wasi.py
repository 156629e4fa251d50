"""WASI preview 1: C programs (tests/wasi/*.c, built with clang) run under wasmoon-aot and under
wasmtime's WASI must agree byte for byte on stdout, stderr, exit status and the files they leave;
the sandbox holds against `..`, absolute paths and symlinks (pre-existing or planted by the guest);
plus the parts wasmtime cannot referee (CPU clocks, proc_raise, link checks) and the path resolver."""

from __future__ import annotations

import gc
import os
import struct
from pathlib import Path

import pytest

from guest import compile_wat, run_in_process
from wasi_programs import artifact, run_ours, run_wasmtime, snapshot
from wasmoon_aot.runtime import Exit, LinkError, WasiConfig, emulator, load
from wasmoon_aot.runtime.remote_store import shared_worker
from wasmoon_aot.runtime.wasi import constants as c
from wasmoon_aot.runtime.wasi.sandbox import WasiError, resolve

ENV = {"GREETING": "hi there", "LANG": "C", "EMPTY": ""}
INPUT = b"first line\nsecond line\nthird, without newline"


def _prepare(base: Path, populate) -> tuple[Path, Path, Path]:
    root, out = base / "root", base / "out"
    root.mkdir(parents=True)
    out.mkdir()
    (root / "input.txt").write_bytes(INPUT)
    stdin = base / "stdin.txt"
    stdin.write_bytes(INPUT)
    if populate:
        populate(base, root)
    return root, stdin, out


def _compare(tmp_path: Path, name: str, args=(), populate=None, imports_factory=None):
    """Run NAME under both runtimes in twin directories; assert they agree; return our result."""
    results = {}
    for runtime, runner in (("wasmtime", run_wasmtime), ("ours", run_ours)):
        base = tmp_path / runtime
        root, stdin, out = _prepare(base, populate)
        imports = imports_factory(runtime) if imports_factory else None
        status, stdout, stderr = runner(name, [name, *args], ENV, root, stdin, out, imports)
        results[runtime] = {"status": status, "stdout": stdout, "stderr": stderr, "tree": snapshot(base / "root"),
                            "outside": snapshot(base) if populate else None}
    ours, theirs = results["ours"], results["wasmtime"]
    assert ours["stdout"].decode(errors="replace") == theirs["stdout"].decode(errors="replace")
    assert ours["stdout"] == theirs["stdout"]
    assert ours["stderr"] == theirs["stderr"]
    assert ours["status"] == theirs["status"]
    assert ours["tree"] == theirs["tree"]
    return ours


@pytest.mark.parametrize("name, args, status, says", [
    ("args_env", ["one", "two words", "", "ünïcode"], 5, 'argv[4] = "ünïcode"'),
    ("files", [], 0, "read renumbered = 10"),
    ("clocks", [], 0, "slept at least 20ms: 1"),
    ("random", [], 0, "draws differ 1"),
    ("cat", [], 0, "SECOND LINE"),
    ("exit", ["7"], 7, "exiting with 7"),
    ("exit", ["125"], 125, "exiting with 125"),
    ("exit", ["0"], 0, "exiting with 0"),
    ("exit", ["3", "return"], 3, ""),
    ("exit", ["1", "trap"], "trap", ""),
])
def test_matches_wasmtime(tmp_path, name, args, status, says):
    ours = _compare(tmp_path, name, args)
    assert ours["status"] == status
    assert says in ours["stdout"].decode()
    assert "never printed" not in ours["stdout"].decode()


def test_program_output_is_what_the_program_says(tmp_path):
    ours = _compare(tmp_path, "cat")
    assert ours["stdout"] == INPUT.upper()
    assert ours["stderr"] == b"3 lines, 45 bytes\n"
    files = _compare(tmp_path / "files", "files")
    assert b"  got 67XYab\n" in files["stdout"]
    assert files["tree"]["work/sym"] == ("link", "renamed.txt")
    assert files["tree"]["work/renamed.txt"] == b"line one\nline two\nline three (appended)\ntail\n"


def test_bench_host_functions(tmp_path):
    calls = {"wasmtime": [], "ours": []}

    def imports(runtime):
        log = calls[runtime]
        return {"bench": {"start": lambda: log.append("start"), "end": lambda: log.append("end")}}

    ours = _compare(tmp_path, "bench", imports_factory=imports)
    assert ours["stdout"] == b"sum 599997\n"
    assert calls["ours"] == calls["wasmtime"] == ["start", "end"] * 3


def _sandbox_layout(base: Path, root: Path) -> None:
    (base / "secret.txt").write_text("top secret\n")
    box = root / "box"
    box.mkdir()
    (box / "inside.txt").write_text("inside\n")
    (box / "out-link").symlink_to("../..")                      # climbs out of the preopen
    (box / "abs-link").symlink_to("/etc/passwd")                 # absolute target
    (box / "inner-link").symlink_to("inside.txt")               # stays inside: allowed


def test_sandbox_escapes_fail(tmp_path):
    ours = _compare(tmp_path, "sandbox", populate=_sandbox_layout)
    lines = ours["stdout"].decode().splitlines()
    opened = [line for line in lines if line.endswith(("OPENED", "CREATED", "MADE", "UNLINKED", "RENAMED",
                                                       "LINKED", "OK"))]
    assert [line.split()[1] for line in opened] == ["box/inside.txt", "box/../box/inside.txt", "box/inner-link"]
    refused = [line for line in lines if "Operation not permitted" in line]
    assert len(refused) >= 12, lines
    assert any(line.startswith("plant relative up -> PLANTED") for line in lines)
    assert "plant absolute -> Operation not permitted" in lines
    assert any(line.startswith("open box/loop") and "Symbolic link loop" in line for line in lines)
    outside = {path: value for path, value in ours["outside"].items() if not path.startswith(("root", "out"))}
    assert outside == {"secret.txt": b"top secret\n", "stdin.txt": INPUT}


# --- what wasmtime cannot referee --------------------------------------------------------------

CLOCK_PROBE = """
(module
  (import "wasi_snapshot_preview1" "clock_time_get" (func $time (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_res_get" (func $res (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_raise" (func $raise (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (func (export "time") (param i32) (result i32) (call $time (local.get 0) (i64.const 1) (i32.const 8)))
  (func (export "res") (param i32) (result i32) (call $res (local.get 0) (i32.const 8)))
  (func (export "stamp") (result i64) (i64.load (i32.const 8)))
  (func (export "raise") (result i32) (call $raise (i32.const 15)))
  (func (export "bad_pointer") (param i32) (result i32) (call $time (i32.const 1) (i64.const 1) (local.get 0)))
  (func (export "exit") (param i32) (call $exit (local.get 0)) (unreachable)))
"""


def test_cpu_clocks_proc_raise_and_exit(tmp_path):
    instance = load(compile_wat(tmp_path, CLOCK_PROBE), wasi=WasiConfig())
    exports = instance.exports
    for clock in range(4):
        assert exports.res(clock) == 0
        assert exports.time(clock) == 0
        assert exports.stamp() > 0
    assert exports.time(4) == 28                 # EINVAL: no such clock
    assert exports["raise"]() == 52              # ENOSYS
    assert exports.bad_pointer(65536 - 4) == 21  # EFAULT: the u64 would straddle the end
    with pytest.raises(Exit) as caught:
        exports.exit(42)
    assert caught.value.status == 42


def test_wrong_wasi_signature_is_a_link_error(tmp_path):
    path = compile_wat(tmp_path, '(module (import "wasi_snapshot_preview1" "fd_write" (func (param i32))))')
    with pytest.raises(LinkError, match="incompatible import type"):
        load(path, wasi=WasiConfig())


# --- the path resolver, directly (it is standard-library Python) ---------------------------------

def test_resolver_stays_beneath_its_root(tmp_path):
    root = tmp_path / "root"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "up").symlink_to("../..")
    (root / "a" / "down").symlink_to("b")
    (root / "a" / "self").symlink_to("self")
    root_fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        def errno_of(path, follow=True):
            with pytest.raises((WasiError, OSError)) as caught:
                resolve(root_fd, path, follow).__exit__()
            error = caught.value
            return error.errno if isinstance(error, WasiError) else c.errno_from_host(error.errno)

        with resolve(root_fd, "a/down/../b/file", False) as where:
            assert where.name == "file"
            assert os.path.samefile(f"/proc/self/fd/{where.dir_fd}", root / "a" / "b")
        with resolve(root_fd, "a/down", True) as where:
            assert where.name == "b"
        with resolve(root_fd, "a/up", False) as where:     # not following the final link is fine
            assert where.name == "up"
        assert errno_of("..") == c.EPERM
        assert errno_of("a/../..") == c.EPERM
        assert errno_of("/etc") == c.EPERM
        assert errno_of("a/up/x") == c.EPERM
        assert errno_of("a/up") == c.EPERM
        assert errno_of("a/self") == c.ELOOP
        assert errno_of("") == c.ENOENT
        assert errno_of("missing/x") == c.ENOENT
    finally:
        os.close(root_fd)


def _open_files(pid: int) -> set[tuple[int, int, int]]:
    """The files process `pid` has open, as (descriptor, device, inode): a file that another
    closes and this one's number reuses is told apart."""
    files = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            status = os.stat(f"/proc/{pid}/fd/{fd}")
        except FileNotFoundError:   # closed meanwhile
            continue
        files.add((int(fd), status.st_dev, status.st_ino))
    return files


def test_worker_closes_guest_files_when_the_instance_is_dropped(tmp_path):
    if emulator.runs_natively():
        pytest.skip("no worker on an AArch64 host")
    path = compile_wat(tmp_path, CLOCK_PROBE)
    worker = shared_worker()
    warm = load(path, wasi=WasiConfig())   # the default store's own files (its shared block) exist before counting
    del warm
    gc.collect()
    worker.request("ping")            # earlier instances are dropped first
    before = _open_files(worker.process.pid)
    instance = load(path, wasi=WasiConfig(preopens=[(str(tmp_path), "."), (str(tmp_path), "again")]))
    opened = _open_files(worker.process.pid) - before   # (an earlier instance's memory may close meanwhile)
    assert len(opened) == 6   # stdin, stdout, stderr, two preopens and the memory's file
    del instance
    gc.collect()
    worker.request("ping")            # carries the drop
    assert not opened & _open_files(worker.process.pid)


POLL_PROBE = """
(module
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "poll") (param i32) (result i32) (call $poll (i32.const 0) (i32.const 256) (local.get 0) (i32.const 512))))
"""


def test_poll_waits_on_a_pipe_and_a_clock(tmp_path):
    read_end, write_end = os.pipe()
    try:
        instance = load(compile_wat(tmp_path, POLL_PROBE), wasi=WasiConfig(stdin=read_end))
        memory = instance.exports.memory
        clock = struct.pack("<QB7xIxxxxQQH6x", 7, 0, 1, 30_000_000, 0, 0)   # monotonic, 30 ms
        stdin_read = struct.pack("<QB7xI28x", 9, 1, 0)                       # fd 0 readable
        memory.write(0, clock + stdin_read)
        assert instance.exports.poll(2) == 0
        assert struct.unpack("<I", memory.read(512, 4)) == (1,)
        assert struct.unpack("<QHB", memory.read(256, 11)) == (7, 0, 0)   # the clock: the pipe is empty
        os.write(write_end, b"x")
        assert instance.exports.poll(2) == 0
        assert struct.unpack("<I", memory.read(512, 4)) == (1,)
        assert struct.unpack("<QHB", memory.read(256, 11)) == (9, 0, 1)   # the pipe, before the clock
        assert instance.exports.poll(0) == 28                              # EINVAL
    finally:
        os.close(read_end)
        os.close(write_end)


NATIVE_RUN = """
import sys
from wasmoon_aot.runtime import WasiConfig, load, run_command
artifact, root, out = sys.argv[1:]
config = WasiConfig(argv=["files"], env={"GREETING": "hi there"}, preopens=[(root, ".")], stdout=out)
print("status", run_command(load(artifact, wasi=config)))
"""


def test_in_process_wasi_as_on_an_aarch64_host(tmp_path):
    """`load(..., wasi=)` without a worker: run in the emulated arm64 Python itself."""
    root, out = tmp_path / "root", tmp_path / "stdout"
    root.mkdir()
    (root / "input.txt").write_text("native\n")
    done = run_in_process(tmp_path, NATIVE_RUN, artifact("files"), str(root), str(out))
    assert done.stdout == "status 0\n", done.stderr
    assert "  input: native\n" in out.read_text()
    assert (root / "work" / "renamed.txt").read_text().endswith("tail\n")
