"""The C API's native builtins (capi.py puts them in the builtin slots, vmctx = the instance).

memory.grow / memory.grow.indexed and table.grow / table.grow64, called like Wasm functions with
the operands abi.BUILTINS declares: each picks the memory or table its index names (memory.grow:
memory 0) and its limits, and calls one shared routine that grows a `realloc` block: a memory by
whole pages (the new bytes zeroed with `memset`; at most its maximum, or abi.max_memory_pages, and
its record's abi.C_MEMORY_MAXIMUM bytes), a
table by elements set to the given value (at most its maximum, or abi.TABLE_MAX_ELEMENTS).  The
result is the old size, or -1 past the limit or when `realloc` fails (as an i32 for memory.grow
and table.grow).
"""

from __future__ import annotations

from wasmoon_aot.runtime import abi

from ...module_env import ModuleEnv
from . import encode as e
from .capi_asm import Asm, frame_enter, frame_leave
from .regs import HI, HS, NE, X0, X1, X2, X3, X9, X10, X19, X20, X21, X22, X23, XZR

_U64 = (1 << 64) - 1
_GROW_MEMORY = ".grow_memory"
_GROW_TABLE = ".grow_table"


def native_builtins(a: Asm, env: ModuleEnv, used) -> None:
    """The code of the builtins `used` (names) at their labels (`builtin_label`), and the growing
    routines they share."""
    if "memory.grow" in used or "memory.grow.indexed" in used:
        _grow_memory(a)
    if "table.grow" in used or "table.grow64" in used:
        _grow_table(a)
    memory_limits = [(memory_max_pages(m), m.page_size_log2) for m in env.module.memory_types()]
    table_limits = [(min(t.max if t.max is not None else abi.TABLE_MAX_ELEMENTS, 1 << 60),) for t in env.table_types]
    for name in used:
        if name == "memory.grow":        # (delta i32) -> i32, memory 0
            _dispatch(a, env, name, _GROW_MEMORY, memory_limits, indexed=False, wide=False)
        elif name == "memory.grow.indexed":   # (memory i32, delta i64) -> i64
            _dispatch(a, env, name, _GROW_MEMORY, memory_limits, indexed=True, wide=True)
        elif name == "table.grow":       # (table i32, init, delta i32) -> i32
            _dispatch(a, env, name, _GROW_TABLE, table_limits, indexed=True, wide=False)
        else:                            # table.grow64: (table i32, init, delta i64) -> i64
            _dispatch(a, env, name, _GROW_TABLE, table_limits, indexed=True, wide=True)


def builtin_label(name: str) -> str:
    """The label of builtin `name`'s code (a builtin slot's code address)."""
    return f".builtin.{name}"


def memory_max_pages(memory) -> int:
    """The most pages memory.grow gives `memory` (capped so that its size in bytes fits 64 bits)."""
    most = memory.max if memory.max is not None else abi.max_memory_pages(memory.is64, memory.page_size_log2)
    return min(most, _U64 >> memory.page_size_log2)


def _dispatch(a: Asm, env: ModuleEnv, name: str, core: str, limits: list[tuple[int, ...]], indexed: bool,
              wide: bool) -> None:
    """Builtin `name` (x0 = the instance): for the memory or table its index names (w1, when
    `indexed`; else memory 0), calls `core` with x0 = its def, x1 = the delta, then the limits,
    and returns its result (as an i32 unless `wide`)."""
    is_table = core == _GROW_TABLE
    a.label(builtin_label(name))
    frame_enter(a, 16)
    a(e.mov_reg(True, X9, X0), e.mov_reg(False, X10, X1))
    if is_table:   # (table, init, delta): the init value stays in x2
        a(e.mov_reg(wide, X1, X3))
    elif indexed:  # (memory, delta)
        a(e.mov_reg(True, X1, X2))
    else:          # (delta)
        a(e.mov_reg(False, X1, X1))
    done = a.new_label("done")
    indices = range(len(limits)) if indexed else range(min(1, len(limits)))
    for index in indices:
        skip = a.new_label("next")
        if indexed:
            a(e.cmp_imm(False, X10, index))
            a.branch(skip, lambda off: e.b_cond(NE, off))
        if is_table:
            a.load(X0, X9, env.layout.table(index))
            a.const(X3, limits[index][0])
        else:
            a.load(X0, X9, env.layout.memory(index))
            a.const(X2, limits[index][0])
            a(e.movz(True, X3, limits[index][1]))
        a.branch(core, e.bl)
        a.branch(done)
        a.label(skip)
    a(e.movn(True, X0, 0))
    a.label(done)
    if not wide:
        a(e.mov_reg(False, X0, X0))
    frame_leave(a, 16)


def _grow_memory(a: Asm) -> None:
    """x0 = MemoryDef, x1 = delta pages, x2 = max pages, x3 = log2 page size -> old pages or -1."""
    saved = (X19, X20, X21, X22)
    a.label(_GROW_MEMORY)
    fail, out, same = a.new_label("fail"), a.new_label("out"), a.new_label("same")
    frame_enter(a, 48, saved)
    a(e.mov_reg(True, X19, X0), e.ldr_imm(8, X20, X19, abi.MEMORYDEF_SIZE), e.lsrv(True, X21, X20, X3),
      e.adds_reg(True, X22, X21, X1))
    a.branch(fail, lambda off: e.b_cond(HS, off))
    a(e.cmp_reg(True, X22, X2))
    a.branch(fail, lambda off: e.b_cond(HI, off))
    a.branch(same, lambda off: e.cbz(True, X1, off))
    a(e.lslv(True, X22, X22, X3), e.ldr_imm(8, X9, X19, abi.C_MEMORY_MAXIMUM), e.cmp_reg(True, X22, X9))
    a.branch(fail, lambda off: e.b_cond(HI, off))   # past the memory's own maximum (an import's exporter's)
    a(e.ldr_imm(8, X0, X19, abi.MEMORYDEF_BASE), e.mov_reg(True, X1, X22))
    a.call_c("realloc")
    a.branch(fail, lambda off: e.cbz(True, X0, off))
    a(e.str_imm(8, X0, X19, abi.MEMORYDEF_BASE), e.add_reg(True, X0, X0, X20), e.movz(True, X1, 0),
      e.sub_reg(True, X2, X22, X20))
    a.call_c("memset")
    a(e.str_imm(8, X22, X19, abi.MEMORYDEF_SIZE))
    _grown(a, same, fail, out, X21, 48, saved)


def _grow_table(a: Asm) -> None:
    """x0 = TableDef, x1 = delta, x2 = the new elements' value, x3 = max elements -> old size or -1."""
    saved = (X19, X20, X21, X22, X23, XZR)
    a.label(_GROW_TABLE)
    fail, out, same = a.new_label("fail"), a.new_label("out"), a.new_label("same")
    frame_enter(a, 64, saved)
    a(e.mov_reg(True, X19, X0), e.mov_reg(True, X23, X2), e.ldr_imm(8, X20, X19, abi.TABLEDEF_SIZE),
      e.adds_reg(True, X22, X20, X1))
    a.branch(fail, lambda off: e.b_cond(HS, off))
    a(e.cmp_reg(True, X22, X3))
    a.branch(fail, lambda off: e.b_cond(HI, off))
    a.branch(same, lambda off: e.cbz(True, X1, off))
    a(e.ldr_imm(8, X0, X19, abi.TABLEDEF_BASE), e.lsl_imm(True, X1, X22, 3))
    a.call_c("realloc")
    a.branch(fail, lambda off: e.cbz(True, X0, off))
    a(e.str_imm(8, X0, X19, abi.TABLEDEF_BASE), e.add_reg(True, X0, X0, X20, e.LSL, 3),
      e.sub_reg(True, X1, X22, X20))
    a.fill(X0, X1, X23)
    a(e.str_imm(8, X22, X19, abi.TABLEDEF_SIZE))
    _grown(a, same, fail, out, X20, 64, saved)


def _grown(a: Asm, same: str, fail: str, out: str, old: int, frame: int, saved) -> None:
    """A grow routine's end: at `same` (grown, or by nothing) return the `old` size, at `fail` -1."""
    a.label(same)
    a(e.mov_reg(True, X0, old))
    a.branch(out)
    a.label(fail)
    a(e.movn(True, X0, 0))
    a.label(out)
    frame_leave(a, frame, saved)
