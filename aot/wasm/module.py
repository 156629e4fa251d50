"""The decoded form of a Wasm module: plain dataclasses, no behaviour beyond index-space helpers.

Value types are strings: "i32", "i64", "f32", "f64", "v128", "funcref", "externref",
the other abbreviations ("anyref", "eqref", "i31ref", "structref", "arrayref", "exnref",
"nullref", "nullfuncref", "nullexternref", "nullexnref") and, for the rest,
"(ref null HT)" / "(ref HT)" where HT is an abstract heap type name, a type index or
"exact N", the exact heap type of type index N (custom descriptors).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from wasmoon_aot.runtime.abi import EXACT_SPELLING as EXACT  # the value type strings spell as the metadata


@dataclass
class FuncType:
    params: tuple[str, ...]
    results: tuple[str, ...]


@dataclass
class FieldType:
    storage: str        # a value type, or the packed "i8" / "i16"
    mutable: bool


@dataclass
class StructType:
    fields: tuple[FieldType, ...]


@dataclass
class ArrayType:
    element: FieldType


@dataclass
class SubType:
    """GC type-section metadata of one type index: its supertypes, finality and the type indices
    of its describes and descriptor clauses (custom descriptors)."""
    final: bool
    supertypes: tuple[int, ...]
    rec_group: int      # index of the first type of its recursion group
    offset: int | None = field(default=None, compare=False)  # byte offset of its definition in the file
    describes: int | None = None
    descriptor: int | None = None


@dataclass
class TableType:
    elem_type: str
    min: int
    max: int | None
    is64: bool = False


@dataclass
class MemoryType:
    min: int
    max: int | None
    shared: bool = False
    is64: bool = False
    page_size_log2: int = 16


@dataclass
class GlobalType:
    valtype: str
    mutable: bool


@dataclass
class ConstExpr:
    """A constant expression: its instructions (without the final `end`)."""
    ops: list[int]
    imms: list
    offset: int         # byte offset of the first instruction


@dataclass
class Import:
    module: str
    name: str
    kind: str           # "func" | "table" | "memory" | "global" | "tag"
    desc: object        # func/tag: type index; table: TableType; memory: MemoryType; global: GlobalType
    offset: int | None = field(default=None, compare=False)  # byte offset of the entry in the file
    exact: bool = False     # a function imported with an exact type (custom descriptors)


@dataclass
class Export:
    name: str
    kind: str           # "func" | "table" | "memory" | "global" | "tag"
    index: int
    offset: int | None = field(default=None, compare=False)  # byte offset of the entry in the file


@dataclass
class Table:
    type: TableType
    init: ConstExpr | None = None   # explicit initializer (Wasm 3.0), else null
    offset: int | None = field(default=None, compare=False)  # byte offset of the entry in the file


@dataclass
class Global:
    type: GlobalType
    init: ConstExpr


@dataclass
class Elem:
    mode: str                   # "active" | "passive" | "declarative"
    elem_type: str
    items: list[ConstExpr]      # one expression per element (function indices become ref.func)
    table: int = 0
    offset_expr: ConstExpr | None = None
    offset: int = 0             # byte offset of the segment in the file
    uses_exprs: bool = False    # encoded as expressions (else as function indices, typed (ref func))


@dataclass
class Data:
    mode: str                   # "active" | "passive"
    data: bytes
    memory: int = 0
    offset_expr: ConstExpr | None = None
    offset: int = 0             # byte offset of the segment in the file


@dataclass(slots=True)   # one per function: no __dict__ each
class FuncBody:
    offset: int                 # byte offset of the body (its size field) in the file
    locals: list[str]           # declared locals, expanded (params not included)
    ops: list[int]              # opcode per instruction (see opcodes.py)
    imms: list                  # immediate per instruction (see opcodes.py)
    offsets: Sequence[int]      # absolute byte offset of each instruction in the file (an array("I"))


@dataclass
class Module:
    types: list = field(default_factory=list)          # FuncType | StructType | ArrayType per type index
    imports: list[Import] = field(default_factory=list)
    funcs: list[int] = field(default_factory=list)     # type index of each defined function
    tables: list[Table] = field(default_factory=list)
    memories: list[MemoryType] = field(default_factory=list)
    globals: list[Global] = field(default_factory=list)
    tags: list[int] = field(default_factory=list)      # type index of each defined tag
    exports: list[Export] = field(default_factory=list)
    start: int | None = None
    elems: list[Elem] = field(default_factory=list)
    datas: list[Data] = field(default_factory=list)
    data_count: int | None = None
    codes: list[FuncBody] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)
    features: set[str] = field(default_factory=set)
    subtypes: list[SubType] = field(default_factory=list)  # per type index, parallel to `types`
    section_offsets: dict[int, int] = field(default_factory=dict)  # section id -> offset of its id byte

    def _imported(self, kind: str) -> list:
        return [imp.desc for imp in self.imports if imp.kind == kind]

    @property
    def num_imported_funcs(self) -> int:
        return sum(1 for imp in self.imports if imp.kind == "func")

    def func_type_indices(self) -> list[int]:
        """Type index of every function in the index space, imports first."""
        return self._imported("func") + self.funcs

    def func_type(self, func_index: int) -> FuncType:
        """The FuncType of function `func_index` (whole index space, imports first)."""
        for imp in self.imports:
            if imp.kind == "func":
                if func_index == 0:
                    return self.types[imp.desc]
                func_index -= 1
        return self.types[self.funcs[func_index]]

    def table_types(self) -> list[TableType]:
        return self._imported("table") + [table.type for table in self.tables]

    def memory_types(self) -> list[MemoryType]:
        return self._imported("memory") + list(self.memories)

    def global_types(self) -> list[GlobalType]:
        return self._imported("global") + [glob.type for glob in self.globals]

    def tag_types(self) -> list[int]:
        return self._imported("tag") + list(self.tags)
