"""The module-wide facts the validator checks instructions against.

`ValidationContext` holds the module's index spaces (types, functions, tables, memories,
globals, tags, element segment types, data count), the set of declared function
references and the module's `Subtyping`; `fail` raises the ValidationError.
"""

from __future__ import annotations

from .decode import ref_type_name
from .dialect import WASM3, Dialect
from .errors import ValidationError
from .module import EXACT, FuncType, Module
from .subtyping import Subtyping, inexact, split_ref


def fail(message: str, offset: int | None):
    raise ValidationError(message, offset)


def segment_type(elem) -> str:
    return elem.elem_type if elem.uses_exprs else "(ref func)"


class ValidationContext:
    """The module's index spaces as the validator sees them."""

    def __init__(self, module: Module, dialect: Dialect = WASM3):
        self.module = module
        self.dialect = dialect
        self.types = module.types
        self.funcs = module.func_type_indices()
        self.tables = module.table_types()
        self.memories = module.memory_types()
        self.globals = module.global_types()
        self.tags = module.tag_types()
        self.elem_types = [segment_type(elem) for elem in module.elems]
        self.data_count = module.data_count if module.data_count is not None else len(module.datas)
        self.refs: set[int] = set()
        self.subtyping = Subtyping(module)
        self.inexact_funcs = {index for index, imp in enumerate(imp for imp in module.imports if imp.kind == "func")
                              if not imp.exact}

    def func_ref_type(self, func_index: int) -> str:
        """The type of `ref.func func_index`: exact but for a function imported without exactness."""
        exact = "" if func_index in self.inexact_funcs else EXACT
        return f"(ref {exact}{self.funcs[func_index]})"

    def descriptor(self, heap, offset) -> int:
        """The descriptor type index of heap type `heap` (a type index or "exact N")."""
        index = inexact(str(heap))
        if not index.isdigit() or self.module.subtypes[int(index)].descriptor is None:
            fail(f"type {index} does not have a descriptor", offset)
        return self.module.subtypes[int(index)].descriptor

    def func_type(self, type_index: int, offset) -> FuncType:
        if type_index >= len(self.types) or not isinstance(self.types[type_index], FuncType):
            fail(f"unknown type {type_index}", offset)
        return self.types[type_index]

    def check_value_type(self, valtype: str, offset, type_limit: int | None = None) -> None:
        if valtype.startswith("(ref"):
            heap = inexact(split_ref(valtype)[1])
            if heap.isdigit() and int(heap) >= (len(self.types) if type_limit is None else type_limit):
                fail(f"unknown type {heap}", offset)

    def block_type(self, block_type, offset) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if block_type is None:
            return (), ()
        if isinstance(block_type, str):
            self.check_value_type(block_type, offset)
            return (), (block_type,)
        func_type = self.func_type(block_type, offset)
        return func_type.params, func_type.results



    def ref_null_type(self, heap, offset) -> str:
        """The type of `ref.null heap`."""
        self.check_heap_type(heap, offset)
        return ref_type_name(True, heap)

    def check_heap_type(self, heap, offset) -> None:
        """Fail unless heap type `heap` (an immediate: name, type index or "exact N") exists."""
        index = inexact(str(heap))
        if index.isdigit() and int(index) >= len(self.types):
            fail(f"unknown type {index}", offset)
