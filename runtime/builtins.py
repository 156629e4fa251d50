"""The runtime services compiled code calls through builtin slots (abi.BUILTINS), bound to one instance.

Each binding is `call_bits(args) -> results` over raw slots; integer arguments are
read as unsigned.  A failed grow returns 0xFFFFFFFF (all ones as an i64 for the 64-bit
forms).  Bulk memory and table operations are native code, not builtins.
"""

from __future__ import annotations

from .exceptions import ExceptionBuiltins

_U32 = (1 << 32) - 1
_U64 = (1 << 64) - 1
_GROW_FAILED = _U32  # -1 as an i32; the indexed grow returns it as an i64


class Builtins(ExceptionBuiltins):
    """The builtins of an instance with memories `memories`, `tables`, its `tags` and the address
    of its store's block (the exn.* builtins come from exceptions.py).  memory.grow acts on memory
    0, its ".indexed" form on the memory its leading argument names; that and table.grow's "64"
    form take an i64 delta."""

    def __init__(self, memories, tables, gc, tags=(), store_address=0):
        self.tags = tags
        self.store_address = store_address
        self.memories = memories
        self.tables = tables
        self.gc = gc  # gc_heap.GcBuiltins: the gc builtins

    def binding(self, name: str):
        """The bound method for builtin `name` ("memory.grow" -> memory_grow); bound on demand, as a table
        of bound methods would be a reference cycle keeping the memory alive until the cyclic GC runs."""
        return getattr(self.gc if name in self.gc.NAMES else self, name.replace(".", "_"))

    def memory_grow(self, args):
        old = self.memories[0].try_grow(args[0] & _U32)
        return [_GROW_FAILED if old is None else old]

    def memory_grow_indexed(self, args):
        old = self.memories[args[0] & _U32].try_grow(args[1] & _U64)
        return [_U64 if old is None else old]

    def table_grow(self, args):
        old = self.tables[args[0] & _U32].try_grow(args[2] & _U32, args[1])
        return [_GROW_FAILED if old is None else old]

    def table_grow64(self, args):
        old = self.tables[args[0] & _U32].try_grow(args[2] & _U64, args[1])
        return [_U64 if old is None else old]
