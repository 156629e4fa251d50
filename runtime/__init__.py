"""Loads compiled artifacts and runs them: instances, traps, host calls (standard library only).

`load(path, imports)` instantiates in this process on an AArch64 host, and in
a shared arm64 worker under qemu-user elsewhere; both give the same API, and
`Instance` is the class `load` returns here.
"""

from .abi import TrapCode
from .emulator import runs_natively
from .errors import LinkError, Trap

if runs_natively():
    from .instance import Instance
else:
    from .remote import RemoteInstance as Instance


def load(path: str, imports=None) -> Instance:
    """Instantiate the artifact at `path`; `imports` maps module names to instances or {name: value}."""
    return Instance(path, imports)


__all__ = ["load", "Instance", "Trap", "LinkError", "TrapCode"]
