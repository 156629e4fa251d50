"""What compiling one function needs to know about the rest of its module.

Computed once per module: the type of every function, global and table in its
index space, the VMContext layout that places imports, tables, globals and memories, and
the compile options (aot/options.py `CompileOptions`) that shape every function's code.
"""

from __future__ import annotations

from dataclasses import replace

from wasmoon_aot.runtime.abi import VALUE_TYPES, VMContextLayout, value_kind
from .options import CompileOptions
from .wasm.module import FuncType, Module
from .wasm.subtyping import inexact, is_ref, split_ref


def representation(valtype: str, types=()) -> str:
    """The type compiled code holds a `valtype` value as: a typed reference is the funcref,
    externref or anyref it is (abi.value_kind: an exnref is an externref; a reference to type index i is a funcref when
    `types[i]` is a function type, else an anyref, exact or not); other types are themselves."""
    if valtype in VALUE_TYPES or not is_ref(valtype):
        return valtype
    heap = inexact(split_ref(valtype)[1])
    if heap.isdigit():
        return "funcref" if isinstance(types[int(heap)], FuncType) else "anyref"
    return value_kind(valtype)


def _represented(functype, types):
    if not isinstance(functype, FuncType):
        return functype
    return FuncType(tuple(representation(t, types) for t in functype.params),
                    tuple(representation(t, types) for t in functype.results))


class ModuleEnv:
    """Types here are as compiled code holds them (`representation`)."""

    def __init__(self, module: Module, options: CompileOptions = CompileOptions()):
        self.module = module
        self.options = options
        self.types = [_represented(t, module.types) for t in module.types]
        self.func_types: list[FuncType] = [self.types[t] for t in module.func_type_indices()]
        self.num_imported_funcs = module.num_imported_funcs
        self.global_types = [replace(g, valtype=self.representation(g.valtype)) for g in module.global_types()]
        self.table_types = [replace(t, elem_type=self.representation(t.elem_type)) for t in module.table_types()]
        self.memory_types = module.memory_types()   # made once: it scans the imports
        self.num_memories = len(self.memory_types)
        self.has_memory32 = any(not memory.is64 for memory in self.memory_types)
        self.layout = VMContextLayout(self.num_imported_funcs, len(self.table_types),
                                      len(self.global_types), self.num_memories)
        self.builtins_used: set[str] = set()

    def representation(self, valtype: str) -> str:
        """`representation` of a value type of this module."""
        return representation(valtype, self.module.types)

    def func_type(self, func_index: int) -> FuncType:
        return self.func_types[func_index]
