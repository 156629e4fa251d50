"""Runtime state end to end: memories, tables, globals, funcrefs, builtins, segments, linking.

Hand-built artifacts (test_runtime.py's ArtifactBuilder plus the state
metadata) whose tiny functions reach memory, tables and globals exactly as
compiled code does: through the vmctx's MemoryDef, TableDef and cell
pointers, FuncRef records, type ids and builtin slots.
"""

from __future__ import annotations

import pytest

from test_runtime import ArtifactBuilder, bl_trap
from wasmoon_aot.aot.isa.aarch64 import encode as enc
from wasmoon_aot.aot.isa.aarch64.regs import FP, LR, NE, SP, X0, X1, X2, X3, X9, X10, X16, X17
from wasmoon_aot.aot.isa.aarch64.trampolines import entry_trampoline, host_trampoline
from wasmoon_aot.linker.elf import write_elf
from wasmoon_aot.linker.image import Image, Symbol
from wasmoon_aot.runtime import FuncRef, Global, LinkError, Memory, Table, Trap, TrapCode, abi, load
from wasmoon_aot.runtime.constexpr import evaluate

I32 = "i32"


class StateBuilder(ArtifactBuilder):
    """ArtifactBuilder with memories, tables, globals, segments, data bytes and builtin trampolines."""

    def __init__(self, imported_tables=0, imported_globals=0, tables=(), globals_=()):
        super().__init__()
        self.memory_imports = []
        self.other_imports = []
        self.memories, self.tables, self.globals = [], list(tables), list(globals_)
        self.datas, self.elems, self.data = [], [], b""
        self.builtins = []
        self.layout = None
        self._counts = (imported_tables + len(self.tables), imported_globals + len(self.globals))

    def vm_layout(self, num_imported_funcs) -> abi.VMContextLayout:
        return abi.VMContextLayout(num_imported_funcs, *self._counts)

    def write(self, path) -> str:
        entries, hosts, builtins = {}, {}, {}
        for ti, (params, results) in enumerate(self.types):
            entries[str(ti)] = len(self.text)
            self.text += entry_trampoline(params, results)
        for imp in self.imports:
            if str(imp["type"]) not in hosts:
                hosts[str(imp["type"])] = len(self.text)
                self.text += host_trampoline(*self.types[imp["type"]])
        for name in self.builtins:
            _, params, results = abi.BUILTINS[abi.BUILTIN_INDEX[name]]
            builtins[name] = len(self.text)
            self.text += host_trampoline(params, results)
        meta = abi.pack_metadata({
            "types": [{"params": list(p), "results": list(r)} for p, r in self.types],
            "imports": self.imports + self.other_imports, "functions": self.functions,
            "exports": self.exports, "start": self.start, "entry_trampolines": entries,
            "host_trampolines": hosts, "builtin_trampolines": builtins, "trap_sites": sorted(self.trap_sites),
            "memories": self.memories, "tables": self.tables, "globals": self.globals,
            "datas": self.datas, "elems": self.elems,
            "vmctx": self.vm_layout(len(self.imports)).counts(),
        })
        symbols = [Symbol(abi.TEXT_SYMBOL, "text", 0, len(self.text)),
                   Symbol(abi.TRAP_SYMBOL, "text", self.TRAP_OFFSET, 4),
                   Symbol(abi.METADATA_SYMBOL, "rodata", 0, len(meta), "object")]
        if self.data:
            symbols.append(Symbol(abi.DATA_SYMBOL, "rodata", len(meta), len(self.data), "object"))
        image = Image(text=bytes(self.text), rodata=meta + self.data, symbols=symbols)
        with open(path, "wb") as out:
            out.write(write_elf(image))
        return str(path)


# --- code snippets, as compiled code would reach the runtime's state ----------------------

def framed(body: list[int]) -> list[int]:
    return [enc.stp(True, FP, LR, SP, -16, enc.PRE), enc.mov_sp(FP, SP), *body,
            enc.ldp(True, FP, LR, SP, 16, enc.POST), enc.ret()]


def call_builtin(layout: abi.VMContextLayout, name: str, setup=()) -> list[int]:
    slot = layout.builtin_slot(name)
    return framed([*setup, enc.ldr_imm(8, X16, X0, slot + abi.IMPORT_SLOT_CODE),
                   enc.ldr_imm(8, X0, X0, slot + abi.IMPORT_SLOT_VMCTX), enc.blr(X16)])


def load_u8() -> list[int]:
    """(addr) -> memory[addr] (no bounds check: tests stay in bounds)."""
    return [enc.ldr_imm(8, X16, X0, abi.VMCTX_MEMORY), enc.ldr_imm(8, X17, X16, abi.MEMORYDEF_BASE),
            enc.ldr_reg(1, X0, X17, X1, enc.UXTW), enc.ret()]


def memory_pages() -> list[int]:
    return [enc.ldr_imm(8, X16, X0, abi.VMCTX_MEMORY), enc.ldr_imm(8, X0, X16, abi.MEMORYDEF_SIZE),
            enc.lsr_imm(True, X0, X0, 16), enc.ret()]


def get_global(layout, index) -> list[int]:
    return [enc.ldr_imm(8, X16, X0, layout.global_(index)), enc.ldr_imm(4, X0, X16, 0), enc.ret()]


def set_global(layout, index) -> list[int]:
    return [enc.ldr_imm(8, X16, X0, layout.global_(index)), enc.str_imm(4, X1, X16, 0), enc.ret()]


def call_table(layout, table, type_index):
    """(i, x) -> table[i](x), with the null and type-id checks call_indirect makes."""
    def words(at, _):
        body = [
            enc.ldr_imm(8, X16, X0, layout.table(table)), enc.ldr_imm(8, X16, X16, abi.TABLEDEF_BASE),
            enc.ldr_reg(8, X16, X16, X1, enc.UXTX, shifted=True),
            enc.cbz(True, X16, 4 * 12),
            enc.ldr_imm(8, X9, X0, abi.VMCTX_TYPE_IDS), enc.ldr_imm(4, X9, X9, 4 * type_index),
            enc.ldr_imm(4, X10, X16, abi.FUNCREF_TYPE_ID), enc.cmp_reg(False, X9, X10), enc.b_cond(NE, 4 * 9),
            enc.mov_reg(True, X1, X2), enc.ldr_imm(8, X17, X16, abi.FUNCREF_CODE),
            enc.ldr_imm(8, X0, X16, abi.FUNCREF_VMCTX), enc.blr(X17),
        ]
        out = framed(body)  # 2 + 13 + 2 words; the cbz and b.ne land after them
        out += [enc.movz(False, X1, int(TrapCode.UNINITIALIZED_ELEMENT)), bl_trap(at, len(out) + 1)]
        out += [enc.movz(False, X1, int(TrapCode.INDIRECT_CALL_TYPE_MISMATCH)), bl_trap(at, len(out) + 1)]
        return out
    return words


def build_owner(path) -> str:
    """Defines memory 1..3, table funcref 4..10, globals; data and element segments; imports env.base."""
    b = StateBuilder(imported_globals=1,
                     tables=[{"elem_type": "funcref", "min": 4, "max": 10}],
                     globals_=[{"type": I32, "mutable": True,
                                "init": [["global.get", 0], ["i32.const", 5], ["i32.add", None]]},
                               {"type": "i64", "mutable": False, "init": [["i64.const", -1]]}])
    b.other_imports.append({"module": "env", "name": "base", "kind": "global", "type": I32, "mutable": False})
    b.memories = [{"min": 1, "max": 3}]
    layout = b.vm_layout(0)
    add = b.add_function([I32, I32], [I32], lambda at, i: [enc.add_reg(False, X0, X1, X2), enc.ret()], export="add")
    inc = b.add_function([I32], [I32], lambda at, i: [enc.add_imm(False, X0, X1, 1), enc.ret()], export="inc")
    b.add_function([I32], [I32], lambda at, i: load_u8(), export="load_u8")
    b.add_function([], [I32], lambda at, i: memory_pages(), export="pages")
    b.add_function([], [I32], lambda at, i: get_global(layout, 1), export="get_counter")
    b.add_function([I32], [], lambda at, i: set_global(layout, 1), export="set_counter")
    b.add_function([I32, I32], [I32], call_table(layout, 0, b.type_index([I32], [I32])), export="call_table")
    b.builtins = ["memory.grow", "table.grow"]
    b.add_function([I32], [I32], lambda at, i: call_builtin(layout, "memory.grow"), export="grow")
    b.add_function([I32], [I32], lambda at, i: call_builtin(layout, "table.grow", [
        enc.mov_reg(True, X3, X1), enc.movz(True, X1, 0), enc.movz(True, X2, 0)]), export="table_grow")
    b.data = b"\x01\x02\x03\x04abc"
    b.datas = [{"mode": "active", "memory": 0, "offset": [["i32.const", 16]], "bytes": [0, 4]},
               {"mode": "passive", "memory": 0, "offset": None, "bytes": [4, 3]}]
    b.elems = [{"mode": "active", "table": 0, "offset": [["i32.const", 1]], "elem_type": "funcref",
                "items": [[["ref.func", add]], [["ref.null", "func"]], [["ref.func", inc]]]},
               {"mode": "passive", "table": 0, "offset": None, "elem_type": "funcref",
                "items": [[["ref.func", inc]], [["ref.func", inc]]]}]
    b.exports += [{"name": "mem", "kind": "memory", "index": 0}, {"name": "tab", "kind": "table", "index": 0},
                  {"name": "counter", "kind": "global", "index": 1}, {"name": "big", "kind": "global", "index": 2}]
    return b.write(path)


def build_user(path, data_offset=0, memory=(1, None)) -> str:
    """Imports env.mem, env.tab, env.counter (mutable i32); an active elem puts its `double` at tab[0],
    then an active data segment at `data_offset` (out of bounds makes instantiation trap)."""
    b = StateBuilder(imported_tables=1, imported_globals=1)
    b.other_imports += [
        {"module": "env", "name": "mem", "kind": "memory", "min": memory[0], "max": memory[1]},
        {"module": "env", "name": "tab", "kind": "table", "elem_type": "funcref", "min": 4, "max": None},
        {"module": "env", "name": "counter", "kind": "global", "type": I32, "mutable": True}]
    layout = b.vm_layout(0)
    double = b.add_function([I32], [I32], lambda at, i: [enc.add_reg(False, X0, X1, X1), enc.ret()])
    b.add_function([I32], [I32], lambda at, i: load_u8(), export="load_u8")
    b.add_function([], [I32], lambda at, i: memory_pages(), export="pages")
    b.add_function([], [I32], lambda at, i: get_global(layout, 0), export="get_counter")
    b.add_function([I32, I32], [I32], call_table(layout, 0, b.type_index([I32], [I32])), export="call_table")
    b.data = b"\xAA"
    b.elems = [{"mode": "active", "table": 0, "offset": [["i32.const", 0]], "elem_type": "funcref",
                "items": [[["ref.func", double]]]}]
    b.datas = [{"mode": "active", "memory": 0, "offset": [["i32.const", data_offset]], "bytes": [0, 1]}]
    return b.write(path)


@pytest.fixture(scope="module")
def paths(tmp_path_factory):
    root = tmp_path_factory.mktemp("state")
    return {"owner": build_owner(root / "owner.so"), "user": build_user(root / "user.so", data_offset=8),
            "user_oob": build_user(root / "user_oob.so", data_offset=0x30000),
            "user_big": build_user(root / "user_big.so", memory=(2, None)),
            "user_max": build_user(root / "user_max.so", memory=(1, 2))}


@pytest.fixture()
def owner(paths):
    return load(paths["owner"], {"env": {"base": Global(I32, 37)}})


def test_globals_initialised_and_shared(owner):
    assert owner.exports.get_counter() == 42  # imported 37 + 5
    counter = owner.exports.counter
    assert counter.value == 42 and counter.type == I32 and counter.mutable
    counter.value = -7
    assert owner.exports.get_counter() == -7 and counter.get_bits() == 0xFFFFFFF9
    owner.exports.set_counter(99)
    assert counter.value == 99
    big = owner.exports.big
    assert big.value == -1 and big.get_bits() == (1 << 64) - 1 and not big.mutable
    with pytest.raises(AttributeError):
        big.value = 3


def test_data_segments_and_memory_api(owner):
    mem = owner.exports.mem
    assert mem.size == 1 and mem.data_len == 65536
    assert mem.read(16, 4) == b"\x01\x02\x03\x04"
    assert owner.exports.load_u8(18) == 3
    mem.write(100, b"xyz")
    assert owner.exports.load_u8(101) == ord("y")
    assert bytes(mem.view()[100:103]) == b"xyz"
    with pytest.raises(IndexError):
        mem.read(65535, 2)


def test_memory_grow_keeps_contents(owner):
    mem = owner.exports.mem
    mem.write(65535, b"\x7f")
    assert owner.exports.grow(1) == 1
    assert owner.exports.pages() == 2 and mem.size == 2
    assert owner.exports.load_u8(65535) == 0x7f and owner.exports.load_u8(65536 + 5) == 0
    assert owner.exports.grow(2) == -1  # max 3
    assert mem.grow(1) == 2 and owner.exports.pages() == 3
    assert owner.exports.grow(0) == 3
    with pytest.raises(ValueError):
        mem.grow(1)


def test_tables_funcrefs_and_type_ids(owner):
    call = owner.exports.call_table
    assert call(3, 41) == 42  # inc, placed by the active segment at 1..3
    with pytest.raises(Trap) as info:
        call(1, 0)  # add has another type
    assert info.value.code == TrapCode.INDIRECT_CALL_TYPE_MISMATCH
    with pytest.raises(Trap, match="uninitialized element"):
        call(2, 0)
    tab = owner.exports.tab
    assert tab.size == 4 and tab.get(0) is None and isinstance(tab.get(3), FuncRef)
    tab.set(0, tab.get(3))
    assert call(0, 1) == 2
    assert owner.exports.table_grow(2) == 4 and tab.size == 6 and tab.get(5) is None
    assert owner.exports.table_grow(5) == -1  # max 10
    with pytest.raises(TypeError):
        tab.set(0, 5)


def test_imports_shared_by_reference(paths, owner):
    env = {"mem": owner.exports.mem, "tab": owner.exports.tab, "counter": owner.exports.counter}
    user = load(paths["user"], {"env": env})
    assert user.exports.load_u8(8) == 0xAA and owner.exports.load_u8(8) == 0xAA
    assert owner.exports.call_table(0, 21) == 42  # user's function, placed in owner's table
    assert user.exports.call_table(3, 1) == 2  # owner's function through the shared table
    owner.exports.set_counter(5)
    assert user.exports.get_counter() == 5
    assert owner.exports.grow(1) == 1 and user.exports.pages() == 2
    by_instance = load(paths["user"], {"env": owner})  # an instance as the provider of a whole module
    assert by_instance.exports.pages() == 2


def test_failed_instantiation_keeps_earlier_effects(paths, owner):
    env = {"mem": owner.exports.mem, "tab": owner.exports.tab, "counter": owner.exports.counter}
    assert owner.exports.tab.get(0) is None
    with pytest.raises(Trap) as info:
        load(paths["user_oob"], {"env": env})
    assert info.value.message == "out of bounds memory access"
    assert owner.exports.call_table(0, 4) == 8  # the element segment had been applied


def test_link_errors(paths, owner):
    good = {"mem": owner.exports.mem, "tab": owner.exports.tab, "counter": owner.exports.counter}
    cases = [
        ({**good, "mem": Memory(1)}, "user_max", "incompatible import type"),  # import declares max 2
        ({**good, "mem": Memory(1, 3)}, "user_max", "incompatible import type"),
        (good, "user_big", "incompatible import type"),  # needs 2 pages, has 1
        ({**good, "counter": Global(I32, 0)}, "user", "incompatible import type"),  # mutability
        ({**good, "counter": Global("i64", 0, mutable=True)}, "user", "incompatible import type"),
        ({**good, "tab": Table("externref", 4)}, "user", "incompatible import type"),
        ({**good, "tab": Table("funcref", 3)}, "user", "incompatible import type"),
        ({**good, "mem": owner.exports.tab}, "user", "incompatible import type"),
        ({"mem": good["mem"], "tab": good["tab"]}, "user", "unknown import"),
    ]
    for env, artifact, message in cases:
        with pytest.raises(LinkError, match=message):
            load(paths[artifact], {"env": env})
    assert load(paths["user_max"], {"env": {**good, "mem": Memory(1, 2)}}).exports.pages() == 1
    with pytest.raises(LinkError, match="incompatible import type"):
        load(paths["owner"], {"env": {"base": Global(I32, 1, mutable=True)}})


def test_python_created_externs():
    table = Table("externref", 2, 5)
    marker = object()
    table.set(1, marker)
    assert table.get(1) is marker and table.get(0) is None
    assert table.grow(1, "x") == 2 and table.get(2) == "x" and table.size == 3
    memory = Memory(0, 1)
    assert memory.size == 0 and memory.read(0, 0) == b""
    assert memory.grow(1) == 0 and memory.data_len == 65536
    memory.write(65534, b"hi")
    assert memory.read(65534, 2) == b"hi"
    g = Global("f64", 666.6)
    assert g.value == 666.6 and g.type == "f64"
    with pytest.raises(AttributeError):
        g.value = 1.0
    m = Global("externref", None, mutable=True)
    m.value = marker
    assert m.value is marker


def test_constant_expressions():
    cells = {0: 10}
    assert evaluate([["i32.const", -1]], cells.get, None) == 0xFFFFFFFF
    assert evaluate([["global.get", 0], ["i32.const", 3], ["i32.mul", None]], cells.get, None) == 30
    assert evaluate([["i64.const", 1], ["i64.const", 2], ["i64.sub", None]], cells.get, None) == (1 << 64) - 1
    assert evaluate([["ref.func", 2]], cells.get, lambda f: 1000 + 24 * f) == 1048
    assert evaluate([["ref.null", "extern"]], cells.get, None) == 0
    assert evaluate([["v128.const", [1] + [0] * 14 + [2]]], cells.get, None) == 1 | (2 << 120)
    with pytest.raises(ValueError):
        evaluate([["i32.div_s", None]], cells.get, None)


# --- compiled modules (skipped while the compiler lacks a feature they use) ---------------------

def compile_wat(tmp_path, name: str, wat: str) -> str:
    from wasmoon_aot.aot.compiler import compile_wasm
    from wasmoon_aot.aot.wasm.features import UnsupportedFeature
    from wasmoon_aot.aot.wat import wat_to_wasm
    try:
        artifact = compile_wasm(wat_to_wasm(wat.encode()))
    except UnsupportedFeature as missing:
        pytest.skip(str(missing))
    path = tmp_path / f"{name}.so"
    path.write_bytes(artifact)
    return str(path)


REFS_WAT = """
(module
  (import "env" "g" (global $g (mut externref)))
  (import "env" "log" (func $log (param externref)))
  (table $ext (export "ext") 2 externref)
  (table $fun (export "fun") 2 funcref)
  (elem declare func $seven)
  (func $seven (result i32) (i32.const 7))
  (func (export "id") (param externref) (result externref) (local.get 0))
  (func (export "keep") (param externref) (table.set $ext (i32.const 1) (local.get 0)) (call $log (local.get 0)))
  (func (export "get_g") (result externref) (global.get $g))
  (func (export "seven_ref") (result funcref) (ref.func $seven))
  (func (export "call") (param i32) (result i32) (call_indirect $fun (result i32) (local.get 0)))
  (func (export "is_null") (param funcref) (result i32) (ref.is_null (local.get 0)))
)
"""


def test_references_round_trip_through_python(tmp_path):
    path = compile_wat(tmp_path, "refs", REFS_WAT)
    marker, logged = {"any": "object"}, []
    g = Global("externref", marker, mutable=True)
    instance = load(path, {"env": {"g": g, "log": logged.append}})
    exports = instance.exports
    assert exports.id(marker) is marker and exports.id(None) is None and exports.id(5) == 5
    exports.keep(marker)
    assert exports.ext.get(1) is marker and logged == [marker]
    assert exports.get_g() is marker
    g.value = "changed"
    assert exports.get_g() == "changed"
    seven = exports.seven_ref()
    assert isinstance(seven, FuncRef) and exports.is_null(seven) == 0 and exports.is_null(None) == 1
    exports.fun.set(1, seven)
    assert exports.call(1) == 7
    with pytest.raises(Trap, match="uninitialized element"):
        exports.call(0)
    with pytest.raises(Trap, match="undefined element"):
        exports.call(2)


def test_spectest_style_imports_and_partial_instantiation(tmp_path):
    memory, table = Memory(1, 2), Table("funcref", 10, 20)
    writer = compile_wat(tmp_path, "writer", """
    (module
      (import "spectest" "memory" (memory 1))
      (import "spectest" "table" (table 10 funcref))
      (func $f (result i32) (i32.const 11))
      (elem (i32.const 9) $f)
      (data (i32.const 65535) "\\2a")
      (data (i32.const 65536) "\\2b"))""")  # the second data segment is out of bounds
    reader = compile_wat(tmp_path, "reader", """
    (module
      (import "spectest" "memory" (memory 1 2))
      (import "spectest" "table" (table 10 20 funcref))
      (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
      (func (export "call") (param i32) (result i32) (call_indirect (result i32) (local.get 0)))
      (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))""")
    spectest = {"spectest": {"memory": memory, "table": table}}
    with pytest.raises(Trap, match="out of bounds memory access"):
        load(writer, spectest)
    instance = load(reader, spectest)
    assert instance.exports.load(65535) == 0x2a and instance.exports.call(9) == 11
    assert instance.exports.grow(1) == 1 and memory.size == 2 and instance.exports.grow(1) == -1
    with pytest.raises(LinkError, match="incompatible import type"):
        load(reader, {"spectest": {"memory": Memory(1), "table": table}})
