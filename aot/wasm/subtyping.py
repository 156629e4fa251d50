"""Reference types and subtyping: type equivalence, rec-group canonicalization, matching.

Value types are the strings module.py describes.  `canonical_type_ids` gives each type
index an id shared exactly by the iso-recursively equivalent types; `Subtyping` answers
`is_subtype` between value types of one module (cached); `composite_matches` checks a
declared subtype against its supertype; `portable_spelling` spells types without indices
for the artifact's metadata.  An exact heap type "exact N" (custom descriptors) holds only
type N's own values (and equivalent types'), no strict subtype's; the bottom type of its
hierarchy matches it.
"""

from __future__ import annotations

import re

from wasmoon_aot.runtime.abi import DATA_TYPE_SPELLING, FUNC_TYPE_SPELLING
from .module import EXACT, ArrayType, FuncType, Module, StructType

NUMERIC_TYPES = ("i32", "i64", "f32", "f64", "v128", "i8", "i16")  # with the packed storage types


def is_ref(valtype) -> bool:
    return valtype is not None and valtype not in NUMERIC_TYPES


def split_ref(valtype: str) -> tuple[bool, str]:
    """(nullable, heap type) of a reference type string."""
    if valtype.startswith("(ref "):
        inner = valtype[5:-1]
        if inner.startswith("null "):
            return True, inner[5:]
        return False, inner
    heap = valtype[:-3]
    return True, {"null": "none", "nullfunc": "nofunc", "nullextern": "noextern", "nullexn": "noexn"}.get(heap, heap)


_ABSTRACT_SUPERS = {"i31": "eq", "struct": "eq", "array": "eq", "eq": "any"}
_BOTTOMS = {"none": "any", "nofunc": "func", "noextern": "extern", "noexn": "exn"}


_TYPE_INDEX = re.compile(r"\(ref (?:null )?(?:exact )?(\d+)\)")
def inexact(heap: str) -> str:
    """Heap type `heap` without its exactness."""
    return heap.removeprefix(EXACT)


def canonical_type_ids(module: Module) -> list[int]:
    """Per type index, an id shared by exactly the types that are equivalent (the spec's
    iso-recursive equivalence: equal recursion groups, references within a group relative)."""
    canonical: list[int] = []
    groups: dict[tuple, int] = {}
    index = 0
    while index < len(module.types):
        start = module.subtypes[index].rec_group
        end = index + 1
        while end < len(module.types) and module.subtypes[end].rec_group == start:
            end += 1

        def relative(match, start=start, end=end):
            target = int(match.group(1))
            if start <= target < end:
                return match.group(0).replace(match.group(1), f"r{target - start}")
            return match.group(0).replace(match.group(1), f"c{canonical[target]}" if target < len(canonical) else "?")

        def index_key(target, start=start, end=end):
            if target is None or start <= target < end:
                return None if target is None else f"r{target - start}"
            return canonical[target] if target < len(canonical) else "?"

        members = []
        for member in range(start, end):
            sub = module.subtypes[member]
            supers = tuple(map(index_key, sub.supertypes))
            members.append((sub.final, supers, index_key(sub.describes), index_key(sub.descriptor),
                            _TYPE_INDEX.sub(relative, repr(module.types[member]))))
        group_id = groups.setdefault(tuple(members), len(groups))
        canonical += [group_id * 0x10000 + offset for offset in range(end - start)]
        index = end
    return canonical


class Subtyping:
    """Subtyping between value types of one module."""

    def __init__(self, module: Module):
        self.module = module
        self.cache: dict[tuple[str, str], bool] = {}
        self.canonical = canonical_type_ids(module)

    def is_subtype(self, sub, sup) -> bool:
        if sub == sup or sub is None or sup is None:
            return True
        if not is_ref(sub) or not is_ref(sup):
            return False
        key = (sub, sup)
        if key not in self.cache:
            sub_nullable, sub_heap = split_ref(sub)
            sup_nullable, sup_heap = split_ref(sup)
            self.cache[key] = (sup_nullable or not sub_nullable) and self._heap_subtype(sub_heap, sup_heap)
        return self.cache[key]

    def _heap_subtype(self, sub: str, sup: str) -> bool:
        canonical = self.canonical
        if sub in _BOTTOMS:
            return self.top(sup) == _BOTTOMS[sub]
        if sup.startswith(EXACT):
            return sub.startswith(EXACT) and canonical[int(inexact(sub))] == canonical[int(inexact(sup))]
        sub = inexact(sub)
        while sub != sup:
            if sub.isdigit() and sup.isdigit() and canonical[int(sub)] == canonical[int(sup)]:
                return True
            if sub.isdigit():
                index = int(sub)
                subtypes = self.module.subtypes
                # Only a declared supertype below the type itself is valid; going down the
                # indices keeps an invalid, cyclic declaration from looping here.
                if index < len(subtypes) and subtypes[index].supertypes and subtypes[index].supertypes[0] < index:
                    sub = str(subtypes[index].supertypes[0])
                else:
                    sub = self._kind(index)
            elif sub in _ABSTRACT_SUPERS and not sup.isdigit():
                sub = _ABSTRACT_SUPERS[sub]
            else:
                return False
        return True

    def top(self, heap: str) -> str:
        """The top of the hierarchy heap type `heap` belongs to: "func", "extern", "exn" or "any"."""
        heap = inexact(heap)
        if heap.isdigit():
            return "func" if self._kind(int(heap)) == "func" else "any"
        if heap in _BOTTOMS:
            return _BOTTOMS[heap]
        return heap if heap in ("func", "extern", "exn") else "any"

    def _kind(self, index: int) -> str:
        kind = self.module.types[index] if index < len(self.module.types) else None
        if isinstance(kind, FuncType):
            return "func"
        return "struct" if isinstance(kind, StructType) else "array"


def _declaration(module: Module, index: int) -> str:
    """Type `index` as declared: its composite type, after its finality and supertypes unless it
    is final without any (the only form before gc), with type indices as "(ref N)", and its describes
    and descriptor clauses before its composite type."""
    sub = module.subtypes[index]
    clauses = "".join(f"({name} (ref {target})) " for name, target in (("describes", sub.describes),
                                                                      ("descriptor", sub.descriptor))
                      if target is not None)
    if sub.final and not sub.supertypes:
        return clauses + repr(module.types[index])
    supers = "".join(f" (ref {s})" for s in sub.supertypes)
    return f"(sub{' final' if sub.final else ''}{supers} {clauses}{module.types[index]!r})"


def portable_spelling(module: Module):
    """A function valtype -> `valtype` with each type index replaced by the whole recursion
    group it belongs to and its place there (after abi.FUNC_TYPE_SPELLING, or
    abi.DATA_TYPE_SPELLING for a struct or array type), so that equivalent types spell alike in every
    module (the runtime's canonical type ids compare these spellings); other types unchanged."""
    key = _GroupSpelling(module).key

    def spell(valtype: str) -> str:
        return _TYPE_INDEX.sub(lambda match: match.group(0).replace(match.group(1), key(int(match.group(1)))),
                               valtype)
    return spell


class _GroupSpelling:
    """portable_spelling's spelling of each type index, worked out once per recursion group.  An
    object, not a closure that calls itself: that would be a reference cycle, keeping the whole
    module alive after compiling until the cyclic collector next runs."""

    def __init__(self, module: Module):
        self.module = module
        self.keys: dict[int, str] = {}

    def key(self, index: int) -> str:
        module, keys = self.module, self.keys
        if index not in keys:
            start = module.subtypes[index].rec_group
            end = start + 1
            while end < len(module.types) and module.subtypes[end].rec_group == start:
                end += 1

            def within(match, start=start, end=end):
                target = int(match.group(1))
                spelled = f"rec.{target - start}" if start <= target < end else self.key(target)
                return match.group(0).replace(match.group(1), spelled)

            group = " ".join(_TYPE_INDEX.sub(within, _declaration(module, member)) for member in range(start, end))
            for member in range(start, end):
                prefix = FUNC_TYPE_SPELLING if isinstance(module.types[member], FuncType) else DATA_TYPE_SPELLING
                keys[member] = f"{prefix}{group}>.{member - start}"
        return keys[index]


def is_non_nullable(valtype: str) -> bool:
    return valtype.startswith("(ref ") and not valtype.startswith("(ref null ")



def composite_matches(subtyping: "Subtyping", sub, sup) -> bool:
    is_subtype = subtyping.is_subtype
    if isinstance(sub, FuncType) and isinstance(sup, FuncType):
        return len(sub.params) == len(sup.params) and len(sub.results) == len(sup.results) \
            and all(map(is_subtype, sup.params, sub.params)) and all(map(is_subtype, sub.results, sup.results))
    if isinstance(sub, StructType) and isinstance(sup, StructType):
        return len(sub.fields) >= len(sup.fields) and \
            all(field_matches(subtyping, a, b) for a, b in zip(sub.fields, sup.fields))
    if isinstance(sub, ArrayType) and isinstance(sup, ArrayType):
        return field_matches(subtyping, sub.element, sup.element)
    return False


def field_matches(subtyping: "Subtyping", sub, sup) -> bool:
    if sub.mutable != sup.mutable:
        return False
    forward = subtyping.is_subtype(sub.storage, sup.storage)
    return forward and (not sub.mutable or subtyping.is_subtype(sup.storage, sub.storage))

