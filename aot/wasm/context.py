"""The module-wide facts the validator checks instructions against.

`ValidationContext` holds the module's index spaces (types, functions, tables, memories,
globals, tags, element segment types, data count), the set of declared function
references and the module's `Subtyping`; `fail` raises the ValidationError.
"""

from __future__ import annotations

from .decode import ref_type_name
from .errors import ValidationError
from .module import FuncType, Module
from .subtyping import Subtyping, split_ref


def fail(message: str, offset: int | None):
    raise ValidationError(message, offset)


def segment_type(elem) -> str:
    return elem.elem_type if elem.uses_exprs else "(ref func)"


class ValidationContext:
    """The module's index spaces as the validator sees them."""

    def __init__(self, module: Module):
        self.module = module
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

    def func_type(self, type_index: int, offset) -> FuncType:
        if type_index >= len(self.types) or not isinstance(self.types[type_index], FuncType):
            fail(f"unknown type {type_index}", offset)
        return self.types[type_index]

    def check_value_type(self, valtype: str, offset, type_limit: int | None = None) -> None:
        if valtype.startswith("(ref"):
            heap = split_ref(valtype)[1]
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
        if isinstance(heap, int):
            if heap >= len(self.types):
                fail(f"unknown type {heap}", offset)
            return f"(ref null {heap})"
        return ref_type_name(True, heap)
