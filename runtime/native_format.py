"""Which artifact format this machine's dynamic loader opens: Mach-O on macOS, ELF elsewhere.

`native_artifact_path(path)` is what the loader is given: `path` itself when
its format suits this platform, else the sibling with the native suffix
(`app.so` -> `app.dylib` on a Mac, and back on Linux) when one exists; anything
else fails with a message that says which file to build.

On macOS ctypes opens the .dylib with dlopen, and `dlsym` adds the leading
underscore that Mach-O symbol names carry, so symbols are looked up by the
same names as on Linux.  The Python must be one that accepts ad-hoc signed
libraries: not hardened, or with the `disable-library-validation` entitlement.
"""

from __future__ import annotations

import os
import platform

ELF_MAGIC = b"\x7fELF"
MACHO_MAGIC = b"\xcf\xfa\xed\xfe"  # MH_MAGIC_64, little-endian
FORMATS = {ELF_MAGIC: ("ELF", ".so", "Linux"), MACHO_MAGIC: ("Mach-O", ".dylib", "macOS")}


def native_magic() -> bytes:
    return MACHO_MAGIC if platform.system() == "Darwin" else ELF_MAGIC


def _magic(path: str) -> bytes:
    with open(path, "rb") as artifact:
        return artifact.read(4)


def native_artifact_path(path: str) -> str:
    """`path`, or its native-format sibling; ValueError if neither can be loaded here."""
    wanted = native_magic()
    magic = _magic(path)
    if magic == wanted or magic not in FORMATS:
        return path  # native, or not an artifact at all: the loader reports that itself
    name, _, system = FORMATS[magic]
    _, native_suffix, here = FORMATS[wanted]
    sibling = os.path.splitext(path)[0] + native_suffix
    if sibling != path and os.path.exists(sibling) and _magic(sibling) == wanted:
        return sibling
    raise ValueError(f"{path} is a {name} artifact, which loads on {system} only; on {here} build the "
                     f"{native_suffix} instead: wasmoon-aot build MODULE.wasm -o {os.path.basename(sibling)}")
