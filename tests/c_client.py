"""Test helpers for C and cffi clients of an artifact (a plain C library): cross-compile C for
AArch64 against the arm64 sysroot's own libc, run the program under qemu, run a script in the
arm64 Python with the cffi wheel, and measure a C program's RSS growth over many iterations.

The sysroot and qemu are the runtime's (runtime/emulator.py); the C files in that sysroot come
from `wasmoon-aot setup --c-dev` and the aarch64 wheels (cffi, pycparser) from the Makefile's
`$(CACHE)/wheels-aarch64`, both part of `make setup`. On an AArch64 host everything runs natively.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from wasmoon_aot.runtime import emulator

TARGET = "aarch64-linux-gnu"
WHEELS = Path(emulator.setup_roots()[0]) / "wheels-aarch64"  # beside the checkout's sysroot (Makefile)
TIMEOUT_SECONDS = 300
_C_START_FILE = os.path.join("usr", "lib", TARGET, "crt1.o")  # from libc6-dev: the C files are there


class ClientError(RuntimeError):
    """A C client could not be built or run here: why (with clang's stderr when it failed)."""


def sysroot() -> str | None:
    """The arm64 sysroot clang compiles against and qemu runs in; None on an AArch64 host.
    EmulatorUnavailable without qemu or sysroot; ClientError when the sysroot lacks the C files."""
    if emulator.runs_natively():
        return None
    root = emulator.sysroot()
    emulator.qemu()  # no sysroot without qemu either: the tests skip on this error alone
    if not os.path.exists(os.path.join(root, _C_START_FILE)):
        raise ClientError(f"{root} has no arm64 C files: run `make setup` (`wasmoon-aot setup --c-dev`)")
    return root


def clang_command(sources, out, include_dirs=(), lib_dirs=(), libs=(), flags=()) -> list[str]:
    """clang for AArch64 Linux: against the sysroot's libc, linked by lld, -O2, an rpath per lib_dir."""
    root = sysroot()
    return ["clang", f"--target={TARGET}", *([f"--sysroot={root}"] if root else []), "-fuse-ld=lld", "-O2",
            *flags, *[f"-I{d}" for d in include_dirs], *map(str, sources), "-o", str(out),
            *[f"-L{d}" for d in lib_dirs], *[f"-Wl,-rpath,{d}" for d in lib_dirs], *[f"-l{lib}" for lib in libs]]


def cross_compile(sources, out, include_dirs=(), lib_dirs=(), libs=(), flags=()) -> Path:
    """Compile and link `sources` into `out` (an executable; `flags=["-shared", "-fPIC"]` for a library)."""
    if shutil.which("clang") is None:
        raise ClientError("clang is not installed: run `make setup`")
    command = clang_command(sources, out, include_dirs, lib_dirs, libs, flags)
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    if done.returncode:
        raise ClientError(f"{' '.join(command)} failed:\n{done.stderr.strip()}")
    return Path(out)


def _environment(lib_dirs, **extra) -> dict:
    env = {**emulator.worker_environment(), **extra}
    if lib_dirs:
        env["LD_LIBRARY_PATH"] = os.pathsep.join(map(str, lib_dirs))  # read by the guest's loader alone: qemu-aarch64-static is static
    return env


def _emulated(command: list[str]) -> list[str]:
    root = sysroot()
    return command if root is None else [emulator.qemu(), "-L", root, *command]


def run_arm64(exe, args=(), lib_dirs=(), timeout=TIMEOUT_SECONDS) -> subprocess.CompletedProcess:
    """Run the AArch64 executable `exe` (under qemu with the sysroot as -L), lib_dirs on LD_LIBRARY_PATH."""
    return subprocess.run(_emulated([str(exe), *map(str, args)]), capture_output=True, text=True, timeout=timeout,
                          env=_environment(lib_dirs))


def run_cffi(script: str, lib_dirs=(), args=(), timeout=TIMEOUT_SECONDS) -> subprocess.CompletedProcess:
    """Run Python `script` (argv[1:] = args) in the arm64 Python with the cffi wheel importable."""
    if not (WHEELS / "cffi").is_dir():
        raise ClientError(f"no cffi wheel in {WHEELS}: run `make setup`")
    python = [sys.executable] if emulator.runs_natively() else [os.path.join(sysroot(), emulator.SYSROOT_PYTHON)]
    return subprocess.run(_emulated([*python, "-P", "-c", script, *map(str, args)]), capture_output=True, text=True,
                          timeout=timeout, env=_environment(lib_dirs, PYTHONPATH=str(WHEELS)))


# A C program that runs CYCLE (with PRELUDE's declarations) `total` times and prints its VmRSS
# after `warm` and after `total` iterations: `rss_growth_kib` fills it in.
RSS_PROBE_C = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
%(prelude)s

static long vm_rss_kib(void) {
    char line[256];
    long kib = -1;
    FILE *status = fopen("/proc/self/status", "r");
    while (status && fgets(line, sizeof line, status))
        if (strncmp(line, "VmRSS:", 6) == 0)
            kib = strtol(line + 6, NULL, 10);
    if (status)
        fclose(status);
    return kib;
}

int main(int argc, char **argv) {
    long warm = atol(argv[1]), total = atol(argv[2]);
    printf("start %%ld\n", vm_rss_kib());  /* the reading's own code and stdout's buffer, before counting */
    for (long i = 0; i < total; i++) {
        if (i == warm)
            printf("VmRSS %%ld\n", vm_rss_kib());
        %(cycle)s
    }
    printf("VmRSS %%ld\n", vm_rss_kib());
    return 0;
}
"""


def rss_growth_kib(folder, cycle: str, prelude: str = "", include_dirs=(), lib_dirs=(), libs=(),
                   warm: int = 100, total: int = 10_000) -> int:
    """How many KiB the process's RSS grew between iteration `warm` and `total` of the C statement(s)
    `cycle` (e.g. an instantiation and its free), built against `libs` with `prelude` (includes, helpers)."""
    source = Path(folder) / "rss_probe.c"
    source.write_text(RSS_PROBE_C % {"prelude": prelude, "cycle": cycle})
    exe = cross_compile([source], Path(folder) / "rss_probe", include_dirs, lib_dirs, libs)
    done = run_arm64(exe, [warm, total], lib_dirs)
    readings = [int(line.split()[1]) for line in done.stdout.splitlines() if line.startswith("VmRSS ")]
    if done.returncode or len(readings) != 2 or min(readings) <= 0:
        raise ClientError(f"the RSS probe failed (exit {done.returncode}): {done.stdout.strip()} {done.stderr.strip()}")
    return readings[1] - readings[0]
