"""Loads compiled artifacts and runs them: instances, traps, host calls (standard library only).

`load(path, imports, store=)` instantiates in this process on an AArch64 host,
and elsewhere in the arm64 worker (under qemu-user) of the instance's store;
both give the same API, and `Instance` is the class `load` returns here.
Every instance belongs to one `Store` (the process's default one unless given),
as do the memories, tables and globals it links; `Memory`, `Table` and `Global`
(created from Python to pass as imports, or found among an instance's exports)
live here natively, or in their store's worker behind proxies (so do exception `Tag`s;
a Wasm exception leaving a call is a `WasmException`; a trap is a `Trap`, whose
`frames` are its Wasm backtrace of `Frame`s).  `Module` reads an artifact's
imports and exports without loading it; `Func(fn, access_caller=True)` makes a host
function that gets a `Caller` (the calling instance's exports) first.  If a store's
worker dies, that store's instances raise `WorkerError`; other stores carry on.
"""

from .abi import TrapCode
from .interrupt import increment_epoch
from .emulator import runs_natively
from .errors import ArtifactError, Exit, Frame, LinkError, Trap, WorkerError
from .exceptions import WasmException
from .host import Caller, Func
from .module import ExportType, FuncType, GlobalType, ImportType, MemoryType, Module, TableType, TagType
from .values import FuncRef
from .wasi import WasiConfig, run_command

if runs_natively():
    from .global_value import Global
    from .instance import Instance
    from .memory import Memory
    from .store import Store
    from .table import Table
    from .exceptions import Tag
else:
    from .remote import RemoteInstance as Instance
    from .remote_store import RemoteStore as Store
    from .remote_externs import RemoteGlobal as Global
    from .remote_externs import RemoteMemory as Memory
    from .remote_externs import RemoteTable as Table
    from .remote_externs import RemoteTag as Tag


def load(path: str, imports: dict | None = None, wasi: WasiConfig | None = None,
         store: Store | None = None) -> Instance:
    """Instantiate the artifact at `path` in `store` (default: the process's default store);
    `imports` maps module names to instances or {name: value}; `wasi` links
    `wasi_snapshot_preview1` with that argv, environment, preopens and stdio."""
    if wasi is None:
        return Instance(path, imports, store=store)
    if runs_natively():
        from .wasi.bind import instantiate
        instance = instantiate(path, imports or {}, wasi.describe(), wasi.open_descriptors(), store)
    else:
        instance = Instance(path, imports, wasi, store)
    instance.wasi_config = wasi  # run_command collects its captured output
    return instance


__all__ = ["load", "WasiConfig", "run_command", "Exit", "Instance", "Store", "Memory", "Table", "Global", "FuncRef",
           "Tag", "Trap", "LinkError", "ArtifactError", "TrapCode", "WasmException", "WorkerError", "increment_epoch",
           "Module", "ImportType", "ExportType", "FuncType", "MemoryType", "TableType", "GlobalType", "TagType",
           "Func", "Caller", "Frame"]
