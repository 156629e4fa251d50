"""The `wasmoon-aot setup [--root DIR] [--debs DIR] [--force] [--c-dev]` subcommand.

Fills `<root>/sysroot` with the arm64 packages the worker needs (ARM64_PACKAGES) and puts
`qemu-aarch64-static` for this host in `<root>/bin`, then checks that the worker's Python runs.
With --c-dev the sysroot also gets the arm64 C development files (C_DEV_PACKAGES), so that
`clang --target=aarch64-linux-gnu --sysroot=<root>/sysroot` links programs against the worker's
own libc. Each package is taken, SHA-256 checked, from `<root>/debs`, a `--debs` folder, the
`debs/` of a root the runtime looks in or apt's own cache when one holds it, else downloaded into
`<root>/debs`. The new sysroot is assembled aside and moved into place only once it runs, with a
`.stamp` naming its packages; a root that has both the stamp and qemu is only checked again
(unless --force), except that --c-dev provisions a sysroot whose stamp lacks the C files again,
whole, so that libc6 and libc6-dev come from one resolution. The runtime looks in the same
places (runtime/emulator.setup_roots).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time

from wasmoon_aot.runtime import emulator
from . import SetupError
from .archive import obtain, packages_index, resolve
from .debfile import unpack
from .sources import candidate_source_lists

# The arm64 CPython 3.11 and the shared libraries it and ctypes load.
ARM64_PACKAGES = ("libc6", "python3.11-minimal", "libpython3.11-minimal", "libpython3.11-stdlib",
                  "libffi8", "zlib1g", "libexpat1", "libssl3", "libgcc-s1")
# What clang needs to compile and link C against that libc: headers, crt1/crti/crtn.o and libc.so's
# linker script (libc6-dev), the kernel headers they include (linux-libc-dev), crtbeginS/crtendS.o
# and libgcc (libgcc-12-dev, the gcc of the worker's suite).
C_DEV_PACKAGES = ("libc6-dev", "linux-libc-dev", "libgcc-12-dev")
QEMU_PACKAGE = "qemu-user-static"
APT_CACHE = "/var/cache/apt/archives"
STAMP = ".stamp"
_DEBIAN_ARCH = {"x86_64": "amd64", "amd64": "amd64", "i686": "i386", "i386": "i386",
                "ppc64le": "ppc64el", "s390x": "s390x", "riscv64": "riscv64"}
_CHECK = "import ctypes, platform; print(platform.machine())"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", default=emulator.user_cache_dir(),
                        help="where to provision: ROOT/sysroot, ROOT/bin, ROOT/debs (default: %(default)s, "
                             "where the runtime looks)")
    parser.add_argument("--debs", action="append", default=[], metavar="DIR",
                        help="reuse .deb files from DIR when their SHA-256 matches (repeatable; the debs/ of "
                             f"every root the runtime looks in and {APT_CACHE} are always looked in)")
    parser.add_argument("--force", action="store_true", help="provision again even if ROOT is set up")
    parser.add_argument("--c-dev", action="store_true",
                        help="also the arm64 C headers and link files (" + ", ".join(C_DEV_PACKAGES) + "), for "
                             "clang --target=aarch64-linux-gnu --sysroot=ROOT/sysroot")


def check_worker(qemu: str, sysroot: str) -> str:
    """Run the sysroot's Python under qemu; its platform.machine(), or SetupError with the reason."""
    command = [qemu, "-L", sysroot, os.path.join(sysroot, emulator.SYSROOT_PYTHON), "-c", _CHECK]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SetupError(f"the arm64 Python does not run: {error}") from None
    if result.returncode != 0 or result.stdout.strip() != "aarch64":
        last = (result.stderr.strip().splitlines() or [f"exit status {result.returncode}"])[-1]
        raise SetupError(f"the arm64 Python does not run: {last}")
    return result.stdout.strip()


def _choose_packages(host_arch: str, arm64_names: list[str]):
    """Resolve the packages over the first set of archives that has them all, with one line per archive."""
    wanted = {"arm64": arm64_names, host_arch: [QEMU_PACKAGE]}
    problems = []
    for sources in candidate_source_lists():
        chosen, missing, failed = [], [], {}
        for arch, names in wanted.items():
            indexes = []
            for source in sources:
                if source in failed:
                    continue
                try:
                    index = packages_index(source, arch, names)
                except SetupError as error:
                    print(f"  skipped {source}: {error}", flush=True)
                    failed[source] = str(error)
                    continue
                if index is not None:
                    indexes.append(index)
            if len(failed) == len(sources):
                raise SetupError(next(iter(failed.values())))
            found, absent = resolve(names, indexes)
            chosen += found
            missing += [f"{name}:{arch}" for name in absent]
        print(f"archives: {', '.join(map(str, sources))}", flush=True)
        if not missing:
            return chosen
        problems.append(f"{sources[0]} lacks {', '.join(missing)}")
        print(f"  {problems[-1]}", flush=True)
    raise SetupError("no archive has every package needed: " + "; ".join(problems))


def stamped_packages(sysroot: str) -> set[str] | None:
    """The names of the packages a provisioned sysroot's stamp lists, or None without a stamp."""
    try:
        with open(os.path.join(sysroot, STAMP)) as file:
            return {line.split()[0] for line in file if line.strip()}
    except OSError:
        return None


def provision(root: str, reuse_dirs: list[str], force: bool = False, c_dev: bool = False) -> None:
    sysroot = os.path.join(root, "sysroot")
    qemu = os.path.join(root, "bin", emulator.QEMU)
    extra = list(C_DEV_PACKAGES if c_dev else ())
    stamped = stamped_packages(sysroot)
    if not force and stamped is not None and os.access(qemu, os.X_OK) and stamped >= set(extra):
        try:
            check_worker(qemu, sysroot)
        except SetupError as error:
            raise SetupError(f"{error} (in {root}: `wasmoon-aot setup --force` provisions it again)") from None
        print(f"already set up in {root} (--force to provision again)")
        return
    machine = platform.machine().lower()
    host_arch = _DEBIAN_ARCH.get(machine)
    if host_arch is None:
        raise SetupError(f"no qemu-user-static package is known for a {machine} host")
    started = time.monotonic()
    if stamped is not None and not force:
        print(f"{root} lacks {', '.join(sorted(set(extra) - stamped)) or 'qemu'}: provisioning it again", flush=True)
    packages = _choose_packages(host_arch, [*ARM64_PACKAGES, *extra])
    staging = os.path.join(root, ".sysroot-new")
    shutil.rmtree(staging, ignore_errors=True)
    os.makedirs(os.path.join(root, "bin"), exist_ok=True)
    download_dir = os.path.join(root, "debs")
    for package in packages:
        data, origin = obtain(package, download_dir, reuse_dirs)
        what = f"{package.name} {package.version} ({package.arch})"
        print(f"  {what}: {len(data) / 1e6:.1f} MB from {origin}", flush=True)
        if package.name == QEMU_PACKAGE:
            unpack(data, staging + "-qemu", what, only=f"usr/bin/{emulator.QEMU}")
            os.replace(os.path.join(staging + "-qemu", "usr", "bin", emulator.QEMU), qemu)
            shutil.rmtree(staging + "-qemu")
        else:
            unpack(data, staging, what)
    print(f"arm64 Python under qemu: {check_worker(qemu, staging)}", flush=True)
    with open(os.path.join(staging, STAMP), "w") as file:
        file.writelines(f"{package.name} {package.version} {package.arch}\n" for package in packages)
    shutil.rmtree(sysroot, ignore_errors=True)
    os.replace(staging, sysroot)
    print(f"set up in {root} in {time.monotonic() - started:.1f} s")


def run(args: argparse.Namespace) -> int:
    if emulator.runs_natively():
        print("AArch64 code runs natively on this host: nothing to set up")
        return 0
    if sys.platform != "linux":
        raise SetupError(f"AArch64 code runs on Linux hosts (under qemu-user) or arm64 ones, not on {sys.platform}")
    known = [os.path.join(root, "debs") for root in emulator.setup_roots()]  # a checkout's .cache/debs too
    provision(os.path.abspath(args.root), [*args.debs, *known, APT_CACHE], force=args.force, c_dev=args.c_dev)
    return 0
