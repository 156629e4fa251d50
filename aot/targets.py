"""Compile targets: the one place that chooses between ELF and Mach-O.

A target triple names an object format; `wasmoon-aot build` takes the target it
is given or the one its output's suffix implies (a .dylib means macOS), and
`run` compiles for the machine it runs on.  `write_artifact` hands the
format-neutral image to that format's writer.
"""

from __future__ import annotations

import platform
from pathlib import Path

TARGETS = {"aarch64-linux": "elf", "aarch64-macos": "macho", "aarch64-apple-darwin": "macho"}
SUFFIXES = {"elf": ".so", "macho": ".dylib"}


def target_for_output(output: Path, target: str | None = None) -> str:
    """`target` if given, else macOS for a .dylib output and Linux for anything else."""
    if target is not None:
        return target
    return "aarch64-macos" if output.suffix == SUFFIXES["macho"] else "aarch64-linux"


def host_target() -> str:
    """The target whose artifacts this machine's dynamic loader opens."""
    return "aarch64-macos" if platform.system() == "Darwin" else "aarch64-linux"


def artifact_suffix(target: str) -> str:
    return SUFFIXES[TARGETS[target]]


def write_artifact(image, target: str) -> bytes:
    from wasmoon_aot.linker import write_elf, write_macho
    return write_macho(image) if TARGETS[target] == "macho" else write_elf(image)
