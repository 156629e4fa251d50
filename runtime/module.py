"""`Module`: what an artifact imports and exports, with their types, read before instantiation.

In the spirit of wasmtime-py's `Module.imports` / `Module.exports`, but of a
compiled artifact (a .so or .dylib, as a path or as bytes): the file is checked
as the loader checks it (runtime/integrity.py), then its metadata blob (the
bytes abi.METADATA_HEADER frames behind abi.METADATA_SYMBOL) is found in the
file and read with the standard library alone; nothing is loaded or run.
Types are small frozen dataclasses: `FuncType`, `MemoryType`, `TableType`,
`GlobalType`, `TagType`, spelled as the metadata spells value types ("i32",
"funcref", ...).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from . import abi
from .errors import ArtifactError
from .integrity import verify_artifact_bytes


@dataclass(frozen=True)
class FuncType:
    params: tuple[str, ...]
    results: tuple[str, ...]


@dataclass(frozen=True)
class MemoryType:
    minimum: int            # pages
    maximum: int | None
    is64: bool = False


@dataclass(frozen=True)
class TableType:
    element: str
    minimum: int
    maximum: int | None
    is64: bool = False


@dataclass(frozen=True)
class GlobalType:
    content: str
    mutable: bool


@dataclass(frozen=True)
class TagType:
    params: tuple[str, ...]


ExternType = FuncType | MemoryType | TableType | GlobalType | TagType


@dataclass(frozen=True)
class ImportType:
    module: str
    name: str
    type: ExternType


@dataclass(frozen=True)
class ExportType:
    name: str
    type: ExternType


def read_metadata(data: bytes, name: str = "<bytes>") -> dict:
    """The metadata dict of the artifact `data` (ArtifactError naming `name` if it is not a sound one)."""
    verify_artifact_bytes(data, name)
    start = data.find(abi.METADATA_MAGIC)
    while start >= 0:
        try:
            return abi.unpack_metadata(data[start:])
        except (ValueError, UnicodeDecodeError, json.JSONDecodeError):
            start = data.find(abi.METADATA_MAGIC, start + 1)
    raise ArtifactError(name, "not a wasmoon-aot artifact (no metadata)")


class Module:
    """The imports and exports of a compiled artifact: `Module(path_or_bytes)` or `Module.from_file(path)`."""

    def __init__(self, artifact: str | os.PathLike | bytes) -> None:
        if isinstance(artifact, (bytes, bytearray, memoryview)):
            self.path: str | None = None
            self.meta = read_metadata(bytes(artifact))
        else:
            self.path = os.fspath(artifact)
            with open(self.path, "rb") as file:
                self.meta = read_metadata(file.read(), self.path)
        self._types = [FuncType(tuple(t.get(abi.ENTRY_PARAMS) or ()), tuple(t.get(abi.ENTRY_RESULTS) or ()))
                       for t in self.meta[abi.META_TYPES]]

    @classmethod
    def from_file(cls, path: str | os.PathLike) -> "Module":
        return cls(os.fspath(path))

    def _entry_type(self, kind: str, entry: dict) -> ExternType:
        if kind == "func":
            return self._types[entry[abi.ENTRY_TYPE]]
        if kind == "memory":
            return MemoryType(entry[abi.ENTRY_MIN], entry.get(abi.ENTRY_MAX), bool(entry.get(abi.ENTRY_IS64)))
        if kind == "table":
            return TableType(entry[abi.ENTRY_ELEM_TYPE], entry[abi.ENTRY_MIN], entry.get(abi.ENTRY_MAX),
                             bool(entry.get(abi.ENTRY_IS64)))
        if kind == "global":
            return GlobalType(entry[abi.ENTRY_TYPE], bool(entry[abi.ENTRY_MUTABLE]))
        return TagType(self._types[entry[abi.ENTRY_TYPE]].params)

    @property
    def imports(self) -> list[ImportType]:
        return [ImportType(imp[abi.ENTRY_MODULE], imp[abi.ENTRY_NAME], self._entry_type(imp[abi.ENTRY_KIND], imp))
                for imp in self.meta[abi.META_IMPORTS]]

    @property
    def exports(self) -> list[ExportType]:
        """Each export's type: an exported import has its import's type."""
        spaces: dict[str, list] = {kind: [] for kind in ("func", "memory", "table", "global", "tag")}
        for imp in self.meta[abi.META_IMPORTS]:
            if imp[abi.ENTRY_KIND] != "func":  # META_FUNCTIONS lists imported functions too
                spaces[imp[abi.ENTRY_KIND]].append(self._entry_type(imp[abi.ENTRY_KIND], imp))
        spaces["func"] = [self._types[f[abi.ENTRY_TYPE]] for f in self.meta[abi.META_FUNCTIONS]]
        for kind, key in (("memory", abi.META_MEMORIES), ("table", abi.META_TABLES), ("global", abi.META_GLOBALS),
                          ("tag", abi.META_TAGS)):
            spaces[kind] += [self._entry_type(kind, entry) for entry in self.meta.get(key, ())]
        return [ExportType(e[abi.ENTRY_NAME], spaces[e[abi.ENTRY_KIND]][e[abi.ENTRY_INDEX]])
                for e in self.meta[abi.META_EXPORTS]]

    def __repr__(self) -> str:
        return f"<module {self.path or 'from bytes'}: {len(self.meta[abi.META_IMPORTS])} imports, " \
               f"{len(self.meta[abi.META_EXPORTS])} exports>"
