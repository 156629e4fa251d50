"""A loaded compiled artifact: the shared object, its metadata, and code addresses.

An artifact is checked (runtime/integrity.py) before the dynamic loader sees
it; every refusal, the loader's own included, is an ArtifactError naming the
file the caller gave, never the private copy it is loaded from (open_artifact says why).

Also keeps the process-wide list of loaded artifacts, so a trapping pc can be
mapped back to the artifact, function and Wasm byte offset it belongs to, and
registers those whose accesses rely on guard pages with runtime/guard.py.
"""

from __future__ import annotations

import bisect
import ctypes
import os
import shutil
import tempfile

from . import abi, guard
from .errors import ArtifactError
from .integrity import verify_artifact
from .native_format import native_artifact_path

_text_bases: list[int] = []           # sorted, parallel to _by_text_base
_by_text_base: list["Artifact"] = []
_by_identity: dict[tuple, "Artifact"] = {}


class Artifact:
    """The library mapped from `load_path` (a private copy) of the artifact at `path`."""

    def __init__(self, path: str, load_path: str):
        self.path = os.path.abspath(path)
        self.library = ctypes.CDLL(load_path)
        self.text_base = ctypes.addressof(ctypes.c_char.in_dll(self.library, abi.TEXT_SYMBOL))
        header_address = ctypes.addressof(ctypes.c_char.in_dll(self.library, abi.METADATA_SYMBOL))
        header = ctypes.string_at(header_address, abi.METADATA_HEADER.size)
        length = abi.METADATA_HEADER.unpack(header)[2]
        self.meta = abi.unpack_metadata(ctypes.string_at(header_address, abi.METADATA_HEADER.size + length))
        self.types = [(tuple(t[abi.ENTRY_PARAMS]), tuple(t[abi.ENTRY_RESULTS])) for t in self.meta[abi.META_TYPES]]
        self.functions = self.meta[abi.META_FUNCTIONS]
        self.num_imported_funcs = sum(1 for imp in self.meta[abi.META_IMPORTS] if imp[abi.ENTRY_KIND] == "func")
        self._trap_pcs = [site[0] for site in self.meta[abi.META_TRAP_SITES]]
        self.landing_sites = self.meta.get(abi.META_LANDING_SITES, [])
        defined = sorted((f[abi.ENTRY_OFFSET], f[abi.ENTRY_SIZE], index) for index, f in enumerate(self.functions)
                         if f[abi.ENTRY_OFFSET] is not None)
        self._func_starts = [start for start, _, _ in defined]
        self._func_ranges = defined
        self.text_end = max((start + size for start, size, _ in defined), default=0)
        self.data_address = self.symbol(abi.DATA_SYMBOL)
        self.export_names = {}
        for export in self.meta[abi.META_EXPORTS]:
            if export[abi.ENTRY_KIND] == "func":
                self.export_names.setdefault(export[abi.ENTRY_INDEX], export[abi.ENTRY_NAME])

    def symbol(self, name: str) -> int | None:
        """Address of exported symbol `name`, or None if the artifact has none (e.g. no data segments)."""
        try:
            return ctypes.addressof(ctypes.c_char.in_dll(self.library, name))
        except ValueError:
            return None

    def function_type(self, func_index: int) -> tuple[tuple, tuple]:
        return self.types[self.functions[func_index][abi.ENTRY_TYPE]]

    def function_address(self, func_index: int) -> int:
        return self.text_base + self.functions[func_index][abi.ENTRY_OFFSET]

    def entry_trampoline(self, type_index: int) -> int:
        return self.text_base + self.meta[abi.META_ENTRY_TRAMPOLINES][str(type_index)]

    def host_trampoline(self, type_index: int) -> int:
        return self.text_base + self.meta[abi.META_HOST_TRAMPOLINES][str(type_index)]

    def function_name(self, func_index: int) -> str | None:
        return self.functions[func_index].get(abi.ENTRY_NAME) or self.export_names.get(func_index)

    def contains(self, pc: int) -> bool:
        """Whether absolute `pc` lies in one of this artifact's Wasm functions (a return address may be one past)."""
        return self.text_base <= pc <= self.text_base + self.text_end

    def locate(self, pc: int) -> tuple[int | None, int | None]:
        """(function index, Wasm byte offset) of absolute return address `pc`, each None if unknown."""
        offset = pc - self.text_base
        at = bisect.bisect_left(self._trap_pcs, offset)
        if at < len(self._trap_pcs) and self._trap_pcs[at] == offset:
            _, func_index, wasm_offset = self.meta[abi.META_TRAP_SITES][at]
            return func_index, wasm_offset
        at = bisect.bisect_right(self._func_starts, offset) - 1
        if at >= 0:
            start, size, func_index = self._func_ranges[at]
            if offset < start + size or (size == 0 and offset == start):
                return func_index, None
        return None, None


def _file_identity(path: str) -> tuple:
    st = os.stat(path)
    return path, st.st_ino, st.st_mtime_ns, st.st_size


def open_artifact(path: str) -> Artifact:
    """The artifact at `path`, loaded once per process (again if the file changed).

    It is always loaded from a private copy, unlinked once mapped: the dynamic loader
    maps a file's pages shared with the file, so code loaded straight from the caller's
    path would change under a running instance (and under the process's guard-page
    fault handler, which lives in the first such artifact) when the file is rewritten in
    place; and the loader hands back the already-mapped object for a path it has seen,
    which a fresh name avoids.  A .so on macOS (or a .dylib on Linux) is swapped for its
    native sibling.
    """
    native = native_artifact_path(path)
    identity = _file_identity(os.path.abspath(native))
    artifact = _by_identity.get(identity)
    if artifact is not None:
        return artifact
    verify_artifact(native)
    descriptor, load_path = tempfile.mkstemp(suffix=os.path.splitext(identity[0])[1], prefix="wasmoon-")
    try:
        with os.fdopen(descriptor, "wb") as copy, open(identity[0], "rb") as original:
            shutil.copyfileobj(original, copy)
        artifact = Artifact(identity[0], load_path)
    except OSError as error:
        raise ArtifactError(native, f"the dynamic loader refused it: {str(error).replace(load_path, native)}"
                            ) from None
    finally:
        os.unlink(load_path)
    _by_identity[identity] = artifact
    if artifact.meta.get(abi.META_FAULT_SITES):
        guard.register(artifact)
    at = bisect.bisect_left(_text_bases, artifact.text_base)
    _text_bases.insert(at, artifact.text_base)
    _by_text_base.insert(at, artifact)
    return artifact


def locate_artifact(pc: int) -> Artifact | None:
    """The loaded artifact whose Wasm functions absolute return address `pc` lies in, if any."""
    at = bisect.bisect_right(_text_bases, pc) - 1
    if at >= 0 and _by_text_base[at].contains(pc):
        return _by_text_base[at]
    return None


def locate_pc(pc: int) -> tuple[Artifact | None, int | None, int | None]:
    """Which loaded artifact, function and Wasm offset an absolute return address belongs to."""
    artifact = locate_artifact(pc)
    if artifact is not None:
        return (artifact, *artifact.locate(pc))
    return None, None, None
