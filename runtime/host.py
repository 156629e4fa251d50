"""Host functions that see their caller: `Func(fn, access_caller=True)` and the `Caller` it is given.

As wasmtime-py's `Func(..., access_caller=True)`: given as an import,
`Func(fn, access_caller=True)` calls `fn(caller, *args)`, where `caller` is a
`Caller` for the instance that imports it (the one whose code calls it), so the
function can read and write that instance's memory: `caller["memory"]`,
`caller.memory()`, `caller.get(name)`, `caller.exports`.  The same holds on the
worker path, where the host function runs in this process and the memory is a
remote proxy (read/write go to the worker, nested inside the call).  The caller
is the importing instance even when another instance calls the function through
a re-export.  While the importing instance is still being instantiated (its
start function) its exports are not yet known: the caller raises RuntimeError.

`Func(fn)` without access_caller is the same as passing `fn` itself.
"""

from __future__ import annotations

import weakref
from typing import Any, Callable


class Caller:
    """The calling instance, as a host function made with `Func(fn, access_caller=True)` sees it."""

    __slots__ = ("_instance",)

    def __init__(self, instance_exports: Callable[[], Any]) -> None:
        self._instance = instance_exports  # () -> the instance's Exports, or None while instantiating

    @property
    def exports(self) -> Any:
        exports = self._instance()
        if exports is None:
            raise RuntimeError("the calling instance is still being instantiated (or is gone): no exports yet")
        return exports

    def get(self, name: str, default: Any = None) -> Any:
        """The caller's export `name` (function, memory, table, global or tag), or `default`."""
        try:
            return self.exports[name]
        except KeyError:
            return default

    def __getitem__(self, name: str) -> Any:
        return self.exports[name]

    def memory(self, name: str = "memory") -> Any:
        """The caller's exported memory `name` (KeyError if there is none)."""
        return self.exports[name]


class Func:
    """A host function for an import: `Func(fn)`, or `Func(fn, access_caller=True)` to get `fn(caller, *args)`."""

    __slots__ = ("function", "access_caller")

    def __init__(self, function: Callable[..., Any], access_caller: bool = False) -> None:
        if not callable(function):
            raise TypeError(f"Func needs a callable, not {type(function).__name__}")
        self.function = function
        self.access_caller = bool(access_caller)

    def bound_to(self, instance: object, exports_of: Callable[[Any], Any]) -> Callable[..., Any]:
        """The plain callable to link into `instance`: `exports_of(instance)` gives the caller's exports.
        The instance is held weakly, so linking it creates no reference cycle."""
        if not self.access_caller:
            return self.function
        reference = weakref.ref(instance)

        def exports():
            target = reference()
            return None if target is None else exports_of(target)
        caller, function = Caller(exports), self.function
        return lambda *args: function(caller, *args)

    def __repr__(self) -> str:
        return f"<Func {getattr(self.function, '__name__', self.function)!r}{' with caller' if self.access_caller else ''}>"
