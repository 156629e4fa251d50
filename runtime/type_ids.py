"""Process-wide canonical ids of function types: structurally equal types share one id; gc types
(abi.ENTRY_CANON) draw from the same ids, keyed by their metadata spelling.

call_indirect compares a FuncRef's type id with the id of the expected type, so
every instance of every artifact in the process must draw ids from here.  Ids
start at 1 (0 never names a type).
"""

from __future__ import annotations

_ids: dict[tuple[tuple, tuple], int] = {}


def canonical_type_id(params, results) -> int:
    key = (tuple(params), tuple(results))
    type_id = _ids.get(key)
    if type_id is None:
        type_id = _ids[key] = len(_ids) + 1
    return type_id


def canonical_spelled_type_id(spelling: str) -> int:
    """The id of the gc type spelled `spelling` (abi.ENTRY_CANON)."""
    key = ("spelled", spelling)
    type_id = _ids.get(key)
    if type_id is None:
        type_id = _ids[key] = len(_ids) + 1
    return type_id
