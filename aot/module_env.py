"""What compiling one function needs to know about the rest of its module.

Computed once per module: the type of every function, global and table in its
index space, the VMContext layout that places imports, tables, globals and memories, and
the compile options that add code to every function (fuel, epoch checks).
"""

from __future__ import annotations

from dataclasses import replace

from wasmoon_aot.runtime.abi import VALUE_TYPES, VMContextLayout, value_kind
from .wasm.module import FuncType, Module


def representation(valtype: str) -> str:
    """The type compiled code holds a `valtype` value as: a typed reference is the funcref
    or externref it is (abi.value_kind), an exnref an externref; other types (gc's too) are themselves."""
    if valtype in VALUE_TYPES or not valtype.startswith(("(ref ", "null", "exn")):
        return valtype
    return value_kind(valtype)


def _represented(functype):
    if not isinstance(functype, FuncType):
        return functype
    return FuncType(tuple(map(representation, functype.params)), tuple(map(representation, functype.results)))


class ModuleEnv:
    """Types here are as compiled code holds them (`representation`)."""

    def __init__(self, module: Module, consume_fuel: bool = False, epoch_interruption: bool = False):
        self.module = module
        self.consume_fuel = consume_fuel
        self.epoch_interruption = epoch_interruption
        self.types = [_represented(t) for t in module.types]
        self.func_types: list[FuncType] = [self.types[t] for t in module.func_type_indices()]
        self.num_imported_funcs = module.num_imported_funcs
        self.global_types = [replace(g, valtype=representation(g.valtype)) for g in module.global_types()]
        self.table_types = [replace(t, elem_type=representation(t.elem_type)) for t in module.table_types()]
        self.num_memories = len(module.memory_types())
        self.layout = VMContextLayout(self.num_imported_funcs, len(self.table_types),
                                      len(self.global_types), self.num_memories)
        self.builtins_used: set[str] = set()

    def func_type(self, func_index: int) -> FuncType:
        return self.func_types[func_index]
