"""What compiling one function needs to know about the rest of its module.

Computed once per module: the type of every function, global and table in its
index space, the VMContext layout that places imports, tables, globals and memories, and
the compile options that add code to every function (fuel, epoch checks).
"""

from __future__ import annotations

from wasmoon_aot.runtime.abi import VMContextLayout
from .wasm.module import FuncType, Module


class ModuleEnv:
    def __init__(self, module: Module, consume_fuel: bool = False, epoch_interruption: bool = False):
        self.module = module
        self.consume_fuel = consume_fuel
        self.epoch_interruption = epoch_interruption
        self.types = module.types
        self.func_types: list[FuncType] = [module.types[t] for t in module.func_type_indices()]
        self.num_imported_funcs = module.num_imported_funcs
        self.global_types = module.global_types()
        self.table_types = module.table_types()
        self.num_memories = len(module.memory_types())
        self.layout = VMContextLayout(self.num_imported_funcs, len(self.table_types),
                                      len(self.global_types), self.num_memories)
        self.builtins_used: set[str] = set()

    def func_type(self, func_index: int) -> FuncType:
        return self.func_types[func_index]
