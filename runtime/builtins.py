"""The runtime services compiled code calls through builtin slots (abi.BUILTINS), bound to one instance.

Each binding is `call_bits(args) -> results` over raw slots; integer arguments are
read as unsigned.  A failed grow returns 0xFFFFFFFF (all ones as an i64 for the 64-bit
forms).  Bulk memory and table operations are native code, not builtins.
memory.atomic.wait32/64 and notify trap on an unaligned effective address before checking its
bounds, as atomic accesses do; wait traps on a memory that is not shared, where notify wakes
nobody (runtime/waiters.py).
"""

from __future__ import annotations

import ctypes

from .abi import TrapCode
from .errors import BuiltinTrap
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

    # --- threads: memory.atomic.notify/wait32/wait64 (runtime/waiters.py) ----------------------

    def _atomic_address(self, memory, offset, addr, size):
        """The memory and effective address of a wait or notify, trapping as an atomic access does."""
        target = self.memories[memory]
        address = offset + addr
        if address % size:
            raise BuiltinTrap(TrapCode.UNALIGNED_ATOMIC)
        if not target.in_bounds(address, size):
            raise BuiltinTrap(TrapCode.MEMORY_OUT_OF_BOUNDS)
        return target, address

    def memory_atomic_notify(self, args):
        target, address = self._atomic_address(args[0] & _U32, args[1] & _U64, args[2] & _U64, 4)
        return [target.waiters.notify(address, args[3] & _U32) if target.shared else 0]

    def memory_atomic_wait32(self, args):
        return self._wait(args, 4)

    def memory_atomic_wait64(self, args):
        return self._wait(args, 8)

    def _wait(self, args, size):
        target, address = self._atomic_address(args[0] & _U32, args[1] & _U64, args[2] & _U64, size)
        if not target.shared:
            raise BuiltinTrap(TrapCode.EXPECTED_SHARED_MEMORY)
        value = ctypes.c_uint32 if size == 4 else ctypes.c_uint64
        expected = args[3] & ((1 << 8 * size) - 1)
        timeout = args[4] - (1 << 64) if args[4] >> 63 else args[4]
        return [target.waiters.wait(address, lambda: value.from_address(target.base + address).value, expected,
                                    timeout)]

    def table_grow(self, args):
        old = self.tables[args[0] & _U32].try_grow(args[2] & _U32, args[1])
        return [_GROW_FAILED if old is None else old]

    def table_grow64(self, args):
        old = self.tables[args[0] & _U32].try_grow(args[2] & _U64, args[1])
        return [_U64 if old is None else old]
