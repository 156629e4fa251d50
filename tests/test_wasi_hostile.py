"""WASI calls given hostile values by the guest: sizes, counts, pointers and offsets at the edges of
their types.  Each call must answer with an errno (never an OverflowError, MemoryError or other
trap), allocate nothing for a range that lies outside guest memory, and agree with wasmtime's
errno wherever wasmtime answers with one.  An out-of-bounds pointer is EFAULT here, where wasmtime
traps (the witx documents allow either reading); proc_exit outside 0..125 is an error in both."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from guest import compile_wat
from wasmoon_aot.runtime import WasiConfig, emulator, load
from wasmoon_aot.runtime.wasi import constants as c
from wasmoon_aot.runtime.wasi.preview1 import MODULE, SIGNATURES

PAGES = 2
END = PAGES * 65536               # one past the last guest byte
U32_MAX, U64_MAX, HALF = 2**32 - 1, 2**64 - 1, 2**63
RESULT = 256                      # an aligned result slot (wasmtime traps on a misaligned one)
NAME, ABS_LINK, UP_LINK, IN_LINK, NUL_TARGET, LINK_NAME = 1024, 1040, 1056, 1072, 1088, 1104
IOVEC, BAD_IOVEC = 2048, 2056     # {BUF, 16} and {END - 16, U32_MAX}
BUF = 4096
FILE_FD, DIR_FD = 4, 3            # f.txt, opened by the fixture; the preopen
RIGHTS = (1 << len(c.RIGHT_NAMES)) - 1


def probe_wat() -> str:
    """Imports every WASI function and exports it under its own name, with a 2-page memory."""
    lines = ["(module"]
    for name, params in SIGNATURES.items():
        result = "" if name == "proc_exit" else "(result i32)"
        lines.append(f'  (import "{MODULE}" "{name}" (func ${name} (param {" ".join(params)}) {result}))')
    lines.append(f'  (memory (export "memory") {PAGES})')
    for name, params in SIGNATURES.items():
        if name != "proc_exit":
            args = " ".join(f"(local.get {i})" for i in range(len(params)))
            signature = f'(param {" ".join(params)}) (result i32)'
            lines.append(f'  (func (export "{name}") {signature} (call ${name} {args}))')
    return "\n".join(lines + [")"])


def _populate(root: Path) -> None:
    root.mkdir(parents=True)
    (root / "f.txt").write_bytes(b"hello world\n" * 4)
    (root / "abs").symlink_to("/etc/passwd")     # a host path
    (root / "up").symlink_to("../..")            # relative, climbing out of the preopen
    (root / "in").symlink_to("f.txt")


def _layout() -> bytes:
    """Guest bytes [NAME, IOVEC + 16): the names and the two iovecs."""
    image = bytearray(IOVEC + 16 - NAME)
    for at, text in ((NAME, b"f.txt"), (ABS_LINK, b"abs"), (UP_LINK, b"up"), (IN_LINK, b"in"),
                     (NUL_TARGET, b"a\0b"), (LINK_NAME, b"lnk"),
                     (IOVEC, struct.pack("<II", BUF, 16) + struct.pack("<II", END - 16, U32_MAX))):
        image[at - NAME:at - NAME + len(text)] = text
    return bytes(image)


class Guest:
    """The probe under one runtime: call(name, *args) -> errno (or "trap"), and its memory."""

    def __init__(self, runtime: str, artifact: str, wat: str, root: Path, stdin=None):
        self.runtime = runtime
        if runtime == "ours":
            self.instance = load(artifact, wasi=WasiConfig(preopens=[(str(root), ".")], stdin=stdin))
            exports = self.instance.exports
            memory = exports.memory
            self._call = lambda name, args: exports[name](*args)
            self.write, self.read = memory.write, memory.read
        else:
            wasmtime = pytest.importorskip("wasmtime")
            engine = wasmtime.Engine()
            store = wasmtime.Store(engine)
            linker = wasmtime.Linker(engine)
            linker.define_wasi()
            config = wasmtime.WasiConfig()
            config.preopen_dir(str(root), ".")
            store.set_wasi(config)
            exports = linker.instantiate(store, wasmtime.Module(engine, wat)).exports(store)
            memory = exports["memory"]
            self._call = lambda name, args: exports[name](store, *args)
            self.write = lambda at, data: memory.write(store, data, at)
            self.read = lambda at, length: bytes(memory.read(store, at, at + length))
            self._trap = (wasmtime.Trap, wasmtime.WasmtimeError)
        self.reset()
        assert self.call("path_open", DIR_FD, 0, NAME, 5, 0, RIGHTS, RIGHTS, 0, RESULT) == 0
        assert self.u32(RESULT) == FILE_FD

    def call(self, name: str, *args):
        if self.runtime == "ours":
            return self._call(name, args)   # anything but an errno fails the test
        try:
            return self._call(name, args)
        except self._trap:
            return "trap"

    def reset(self) -> None:
        self.write(NAME, _layout())

    def u32(self, at: int) -> int:
        return struct.unpack("<I", self.read(at, 4))[0]


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    base = tmp_path_factory.mktemp("probe")
    path = compile_wat(base, probe_wat())
    return path, (base / "probe.wat").read_text()


@pytest.fixture
def guests(tmp_path, probe):
    def make(runtime: str = "ours", **kwargs) -> Guest:
        root = tmp_path / runtime / "root"
        _populate(root)
        return Guest(runtime, *probe, root, **kwargs)
    return make


# --- what wasmtime answers with an errno: the same errno -----------------------------------------

ORACLE_CASES = [
    ("fd_pread", FILE_FD, IOVEC, 1, HALF, RESULT),
    ("fd_pread", FILE_FD, IOVEC, 1, U64_MAX, RESULT),
    ("fd_pread", FILE_FD, IOVEC, 1, HALF - 1, RESULT),
    ("fd_pwrite", FILE_FD, IOVEC, 1, HALF, RESULT),
    ("fd_pwrite", FILE_FD, IOVEC, 1, U64_MAX, RESULT),
    ("fd_seek", FILE_FD, HALF, c.WHENCE_SET, RESULT),
    ("fd_seek", FILE_FD, U64_MAX, c.WHENCE_SET, RESULT),
    ("fd_seek", FILE_FD, U64_MAX, c.WHENCE_CUR, RESULT),
    ("fd_seek", FILE_FD, U64_MAX - 100, c.WHENCE_END, RESULT),   # 101 bytes before the start
    ("fd_advise", FILE_FD, HALF, HALF, 0),
    ("fd_advise", FILE_FD, U64_MAX, U64_MAX, 0),
    ("fd_advise", FILE_FD, 0, U64_MAX, 0),
    ("fd_allocate", FILE_FD, HALF, 1),
    ("fd_filestat_set_size", FILE_FD, HALF),
    ("fd_filestat_set_size", FILE_FD, U64_MAX),
    ("fd_filestat_set_times", FILE_FD, U64_MAX, U64_MAX, c.FSTFLAGS_ATIM | c.FSTFLAGS_MTIM),
    ("fd_readdir", DIR_FD, 0, U32_MAX, 0, RESULT),
    ("fd_readdir", DIR_FD, BUF, 4096, U64_MAX, RESULT),
    ("fd_readdir", DIR_FD, BUF, 4096, HALF, RESULT),
    ("fd_prestat_dir_name", DIR_FD, BUF, 0),
    ("clock_time_get", c.CLOCK_MONOTONIC, U64_MAX, RESULT),
    ("fd_renumber", DIR_FD, U32_MAX),
    ("fd_close", U32_MAX),
    ("sock_recv", 1, 0, U32_MAX, 0, 0, 0),
    ("path_symlink", NUL_TARGET, 3, DIR_FD, LINK_NAME, 3),     # a NUL inside the target
]


@pytest.mark.parametrize("call", ORACLE_CASES, ids=lambda call: f"{call[0]}{call[1:]}")
def test_errno_matches_wasmtime(guests, call):
    name, *args = call
    expected = guests("wasmtime").call(name, *args)
    assert expected != "trap", "a case wasmtime answers with a trap belongs elsewhere"
    assert guests("ours").call(name, *args) == expected


@pytest.mark.parametrize("link, length", [(ABS_LINK, 3), (UP_LINK, 2), (IN_LINK, 2)], ids=["abs", "up", "in"])
def test_readlink_never_reveals_a_host_path(guests, link, length):
    """An absolute target is refused (EPERM, as wasmtime); a relative one is the guest's own text."""
    answers = []
    for runtime in ("wasmtime", "ours"):
        guest = guests(runtime)
        errno = guest.call("path_readlink", DIR_FD, link, length, BUF, 256, RESULT)
        answers.append((errno, guest.read(BUF, guest.u32(RESULT)) if errno == 0 else b""))
    assert answers[1] == answers[0]
    assert b"/etc" not in answers[1][1]
    if link == ABS_LINK:
        assert answers[1][0] == c.EPERM


# --- out-of-bounds ranges: EFAULT, checked before anything is allocated or written ---------------

EFAULT_CASES = [
    ("random_get", 0, U32_MAX),
    ("random_get", END - 1, 2),
    ("fd_write", 1, 0, U32_MAX, RESULT),            # an iovec count reaching past the memory
    ("fd_write", 1, BAD_IOVEC, 1, RESULT),          # an iovec length reaching past the memory
    ("fd_read", FILE_FD, BAD_IOVEC, 1, RESULT),
    ("fd_pread", FILE_FD, BAD_IOVEC, 1, 0, RESULT),
    ("fd_pwrite", FILE_FD, BAD_IOVEC, 1, 0, RESULT),
    ("fd_seek", FILE_FD, 0, c.WHENCE_SET, END - 4),
    ("fd_readdir", DIR_FD, END - 8, 4096, 0, RESULT),
    ("path_open", DIR_FD, 0, NAME, U32_MAX, 0, RIGHTS, RIGHTS, 0, RESULT),
    ("path_filestat_get", DIR_FD, 0, END - 16, U32_MAX, RESULT),
    ("path_symlink", NAME, U32_MAX, DIR_FD, LINK_NAME, 3),
    ("path_readlink", DIR_FD, U32_MAX, 2, BUF, 256, RESULT),
    ("poll_oneoff", 0, BUF, U32_MAX, RESULT),       # a subscription count reaching past the memory
    ("poll_oneoff", 0, END - 8, 1, RESULT),         # no room for the event
    ("args_sizes_get", END - 1, 0),
    ("clock_res_get", c.CLOCK_MONOTONIC, END - 7),
]


@pytest.mark.parametrize("call", EFAULT_CASES, ids=lambda call: f"{call[0]}{call[1:]}")
def test_out_of_bounds_is_efault(guests, call):
    name, *args = call
    assert guests().call(name, *args) == c.EFAULT


def test_args_get_writes_nothing_when_it_faults(tmp_path, probe):
    root = tmp_path / "root"
    _populate(root)
    instance = load(probe[0], wasi=WasiConfig(argv=["probe", "an argument"], preopens=[(str(root), ".")]))
    assert instance.exports.args_get(BUF, END - 8) == c.EFAULT   # the strings need 18 bytes
    assert instance.exports.memory.read(BUF, 8) == bytes(8)      # and no pointer was written first
    assert instance.exports.args_get(BUF, BUF + 64) == 0
    assert instance.exports.memory.read(BUF + 64, 18) == b"probe\0an argument\0"


def test_every_parameter_at_its_edges_gives_an_errno(guests):
    """Each parameter of each call in turn at the edges of its type, the others ordinary: an errno."""
    guest = guests()
    hostile = {"i32": (U32_MAX, 2**31, END - 1), "i64": (HALF, U64_MAX)}
    for name, params in SIGNATURES.items():
        if name in ("proc_exit", "poll_oneoff"):  # proc_exit exits; poll_oneoff has its own tests
            continue
        fd = DIR_FD if name.startswith("path_") or name == "fd_readdir" else FILE_FD
        ordinary = [IOVEC if ty == "i32" else 0 for ty in params]
        if ordinary:
            ordinary[0] = fd
        for position, ty in enumerate(params):
            for value in hostile[ty]:
                args = list(ordinary)
                args[position] = value
                guest.reset()  # whatever the last call wrote over the names and iovecs
                errno = guest.call(name, *args)
                assert 0 <= errno < len(c.ERRNO_NAMES), (name, args, errno)


RANDOM_GET_CLIENT = """
import sys, time
from wasmoon_aot.runtime import WasiConfig, load
instance = load(sys.argv[1], wasi=WasiConfig())
status = f"/proc/{instance.worker.process.pid}/status"
peak = lambda: int(next(line for line in open(status) if line.startswith("VmHWM:")).split()[1]) * 1024
before, started = peak(), time.perf_counter()
print(instance.exports.random_get(0, 2**32 - 1), instance.exports.random_get(4096, 2 * 65536 - 4096))
print(peak() - before, time.perf_counter() - started)
print(instance.exports.memory.read(2 * 65536 - 4096, 4096) != bytes(4096))
"""


def test_random_get_of_4_gib_allocates_nothing(probe):
    """In a client of its own, so its worker's peak RSS is this test's alone."""
    if emulator.runs_natively():
        pytest.skip("measures the worker's peak RSS; there is no worker on an AArch64 host")
    done = subprocess.run([sys.executable, "-c", RANDOM_GET_CLIENT, probe[0]], capture_output=True, text=True,
                          timeout=600)
    errnos, growth, filled = done.stdout.splitlines()
    assert errnos == f"{c.EFAULT} 0", done.stderr        # out of bounds; then in bounds, in chunks
    grown, seconds = float(growth.split()[0]), float(growth.split()[1])
    print(f"worker peak RSS grew by {grown / 2**20:.1f} MiB in {seconds:.2f}s")
    assert grown < 32 * 2**20
    assert filled == "True"


# --- poll_oneoff with the longest timeouts ---------------------------------------------------------

def _clock(userdata: int, timeout: int, flags: int) -> bytes:
    return struct.pack("<QB7xIxxxxQQH6x", userdata, c.EVENTTYPE_CLOCK, c.CLOCK_REALTIME, timeout, 0, flags)


@pytest.mark.parametrize("flags", [0, c.SUBCLOCKFLAGS_ABSTIME], ids=["relative", "absolute"])
def test_poll_with_an_endless_clock_waits_for_the_pipe(guests, flags):
    read_end, write_end = os.pipe()
    try:
        guest = guests(stdin=read_end)
        stdin_read = struct.pack("<QB7xI28x", 9, c.EVENTTYPE_FD_READ, 0)
        guest.write(0, _clock(7, U64_MAX, flags) + stdin_read)
        timer = threading.Timer(0.3, os.write, (write_end, b"x"))
        timer.start()
        try:
            assert guest.call("poll_oneoff", 0, BUF, 2, RESULT) == 0
        finally:
            timer.join()
        assert guest.u32(RESULT) == 1
        assert struct.unpack("<QHB", guest.read(BUF, 11)) == (9, 0, c.EVENTTYPE_FD_READ)
    finally:
        os.close(read_end)
        os.close(write_end)


# --- proc_exit outside 0..125, through `wasmoon-aot run` -------------------------------------------

EXIT_WAT = """
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (func (export "_start") (call $exit (i32.const {status}))))
"""


@pytest.mark.parametrize("status", [125, 126, 256, -1])
def test_proc_exit_status_outside_0_to_125_is_an_error(tmp_path, status):
    source = tmp_path / "exit.wat"
    source.write_text(EXIT_WAT.format(status=status))
    wasmtime = pytest.importorskip("wasmtime")
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    store.set_wasi(wasmtime.WasiConfig())
    module = wasmtime.Module(engine, source.read_text())
    with pytest.raises((wasmtime.ExitTrap, wasmtime.WasmtimeError)) as theirs:
        linker.instantiate(store, module).exports(store)["_start"](store)
    done = subprocess.run([sys.executable, "-m", "wasmoon_aot.aot.cli", "run", str(source), "--no-cache"],
                          capture_output=True, text=True, timeout=300)
    if isinstance(theirs.value, wasmtime.ExitTrap):
        assert (done.returncode, done.stderr) == (theirs.value.code, "")
    else:
        assert "invalid exit status" in str(theirs.value)
        assert done.returncode == 2, done.stderr
        trap, *backtrace = done.stderr.splitlines()  # the trap line, then the Wasm backtrace
        assert "Traceback" not in done.stderr and backtrace[0] == "wasm backtrace:"
        assert len(backtrace) == 2 and f"(in {backtrace[1].split(': ', 1)[1]})" in trap  # _start, where it trapped
        assert f"exit status {status & U32_MAX} is outside 0..125" in trap
