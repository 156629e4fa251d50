"""Freeing instances: which instance states a store must keep, and what happens to the rest.

The rule itself is written in instance.py's docstring; this module applies it.
Every instance state registers its FuncRef records' address range here, so a
funcref's bits lead back to the state they belong to (`owner_of`), and every
funcref Table and Global registers itself, so the references a freed state
leaves behind can be found.  `StoreLifetime.collect()` marks what its store
must keep, from the roots (open instances, states with funcrefs held by
Python, and the funcref tables and globals Python created and still holds),
through import edges and through the funcrefs held in the tables, globals
and element segments of what it keeps; it frees the other closed
states after resetting every reference into them, anywhere in the process, to
null.  While a call runs in the store, collecting waits until the outermost
call returns (code of a closing instance may be on the stack).
"""

from __future__ import annotations

import bisect
import weakref

from . import abi

_starts: list[int] = []  # sorted start addresses of the FuncRef record arrays
_spans: list[tuple[int, object]] = []  # (end address, state), parallel to _starts
_funcref_tables = weakref.WeakSet()
_funcref_globals = weakref.WeakSet()
_instance_defined = weakref.WeakSet()  # the Tables and Globals an instance defined (the rest came from Python)


def register(state, start: int, length: int) -> None:
    at = bisect.bisect(_starts, start)
    _starts.insert(at, start)
    _spans.insert(at, (start + length, state))


def unregister(start: int) -> None:
    at = bisect.bisect_left(_starts, start)
    if at < len(_starts) and _starts[at] == start:
        del _starts[at], _spans[at]


def owner_of(bits: int):
    """The instance state whose FuncRef record `bits` points at, or None."""
    at = bisect.bisect(_starts, bits) - 1
    if at >= 0 and bits < _spans[at][0]:
        return _spans[at][1]
    return None


def pin(bits: int) -> None:
    """Keep the state `bits` points into until its store closes (a funcref went where we cannot follow it)."""
    owner = owner_of(bits) if bits else None
    if owner is not None:
        owner.pinned = True


def track(extern) -> None:
    """Remember a funcref Table or Global (weakly), so references into freed states can be reset."""
    if holds_funcrefs(getattr(extern, "elem_type", None)):
        _funcref_tables.add(extern)
    elif holds_funcrefs(getattr(extern, "type", None)):
        _funcref_globals.add(extern)


def holds_funcrefs(valtype) -> bool:
    """Whether values of `valtype` (a table's element type or a global's type, or None) are funcrefs."""
    return valtype is not None and abi.value_kind(valtype) == "funcref"


def defined_by_instance(extern) -> None:
    _instance_defined.add(extern)


def _python_externs(store) -> list:
    """The funcref Tables and Globals Python created (not an instance) that may hold `store`'s funcrefs."""
    return [extern for extern in [*_funcref_tables, *_funcref_globals]
            if extern not in _instance_defined and getattr(extern, "store", None) in (None, store)]


def held_funcrefs(externs) -> set[int]:
    """The nonzero funcref bits held by these Tables and Globals (other kinds hold none)."""
    bits = set()
    for extern in externs:
        if extern in _funcref_tables:
            bits.update(extern.element_bits())
        elif extern in _funcref_globals:
            bits.add(extern.get_bits())
    bits.discard(0)
    return bits


def _reset_references(dead: set) -> None:
    """Set to null every table element and global in the process that points into a `dead` state."""
    def is_dead(bits: int) -> bool:
        return bool(bits) and owner_of(bits) in dead
    for table in list(_funcref_tables):
        for index, bits in enumerate(table.element_bits()):
            if is_dead(bits):
                table.set_bits(index, 0)
    for cell in list(_funcref_globals):
        if is_dead(cell.get_bits()):
            cell.reset()


class StoreLifetime:
    """The instance states of one store, the calls running in it, and collecting."""

    def __init__(self, store):
        self._store = weakref.ref(store)
        self.states: set = set()
        self.calls = 0
        self._pending = False  # a collect was asked for while it could not run
        self._collecting = False

    def adopt(self, state) -> None:
        self.states.add(state)

    def enter(self) -> None:
        self.calls += 1

    def leave(self) -> None:
        self.calls -= 1
        if not self.calls and self._pending:
            self.collect()

    def collect(self) -> None:
        """Free every closed state nothing in the store reaches any more."""
        if self.calls or self._collecting:  # a finalizer may close an instance while we free others
            self._pending = True
            return
        self._collecting = True
        try:
            self._pending = True
            while self._pending:
                self._pending = False
                self.free(self.states - self._kept())
        finally:
            self._collecting = False

    def _kept(self) -> set:
        kept, seen = set(), set()

        def reached(externs, bits=frozenset()) -> list:
            externs = [e for e in externs if id(e) not in seen]
            seen.update(id(e) for e in externs)
            owners = (owner_of(b) for b in held_funcrefs(externs) | bits)
            return [owner for owner in owners if owner in self.states]

        work = [s for s in self.states if s.is_root()] + reached(_python_externs(self._store()))
        while work:
            state = work.pop()
            if state in kept:
                continue
            kept.add(state)
            work += state.imported_states() + reached(state.externs(), state.segment_funcrefs())
        return kept

    def free(self, dead: set) -> None:
        if not dead:
            return
        _reset_references(dead)
        for state in dead:
            state.free()
        self.states -= dead

    def close(self) -> None:
        """Close and free every state of the store."""
        if self.calls or self._collecting:
            raise RuntimeError("cannot close a store while one of its calls is running")
        self._collecting = True
        try:
            for state in list(self.states):
                state.close(collect=False)
            self.free(set(self.states))
        finally:
            self._collecting = False
