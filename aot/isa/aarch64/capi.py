"""The native code of an artifact's C API on AArch64 (aot/capi/plan.py says what the API is).

`c_library` turns a CApiPlan into code appended to the module's text and data appended to its
rodata: `<p>_new` (instantiation, following runtime/instance.py's order: imports, FuncRef
records, memories, tables, globals, segments, builtin slots, active element then data
segments, the start function), `<p>_free`, `<p>_trap_message`, a wrapper per exported function
(C arguments -> a values array -> the module's entry trampoline for its type), the memory,
global and table accessors, an adapter per imported function type (called like a Wasm
function with x0 = the C import record: it calls the C function and traps on a nonzero return
as a host trampoline does), and the native builtins (capi_builtins.py).

Everything is position independent: text and rodata addresses come from adrp/add pairs
(linker TextRef), and the C library (calloc, realloc, free, memset, memcpy) is reached only
through rodata slots the loader fills (linker ImportedPointer); capi_asm.py's `Asm` holds the
words, labels and references.  Memories and tables are
calloc/realloc blocks, so the same code serves ELF and Mach-O.  The code is straight-line code
specialised for the module: constant expressions become instructions on a small stack of
registers (x9..x15; a deeper expression is refused with CApiError).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from wasmoon_aot.linker import ImportedPointer, Pointer, Symbol, TextRef
from wasmoon_aot.runtime import abi

from ...capi.plan import CApiError, CApiPlan, NATIVE_BUILTINS
from ...module_env import ModuleEnv
from ...wasm.opcodes import opcode_name
from .. import TextLayout
from . import encode as e
from .callconv import param_locations, result_locations
from .regs import FP, HI, HS, LR, SP, X0, X1, X2, X9, X10, X11, X12, X16, X17, X19, X20, X21, X22, XZR
from .capi_asm import Asm, frame_enter, frame_leave
from .capi_builtins import builtin_label, memory_max_pages, native_builtins
from .trampolines import emit_trap_unwind

C_FUNCTIONS = ("calloc", "realloc", "free", "memset", "memcpy")
_CONST_REGISTERS = (9, 10, 11, 12, 13, 14, 15)
_U64 = (1 << 64) - 1
_ACCESS_SIZE = {"i32": 4, "f32": 4, "i64": 8, "f64": 8, "funcref": 8, "externref": 8, "v128": 16}


@dataclass
class CLibrary:
    """Text to append at the text offset given to `c_library`, rodata to append at its rodata offset,
    and their symbols and references (offsets absolute in their sections)."""
    text: bytes
    rodata: bytes
    symbols: list[Symbol] = field(default_factory=list)
    text_refs: list[TextRef] = field(default_factory=list)
    pointers: list[Pointer] = field(default_factory=list)
    imports: list[ImportedPointer] = field(default_factory=list)


class _Library:
    """One C library being generated (see the module docstring)."""

    def __init__(self, env: ModuleEnv, plan: CApiPlan, layout: TextLayout, text_offset: int, rodata_offset: int,
                 data_offset: int):
        self.env, self.plan, self.layout = env, plan, layout
        self.vmctx = env.layout
        self.module = env.module
        self.rodata = bytearray()
        self.rodata_offset = rodata_offset
        self.data_offset = data_offset
        self.pointers: list[Pointer] = []
        self.imports: list[ImportedPointer] = []
        got = {}
        for name in C_FUNCTIONS:
            got[name] = self._rodata(bytes(8), 8)
            self.imports.append(ImportedPointer("rodata", got[name], name))
        self.a = Asm(text_offset, got)
        self.symbols: list[tuple[str, str]] = []   # (symbol, start label)
        self.num_imported = {kind: sum(1 for imp in self.module.imports if imp.kind == kind)
                             for kind in ("global", "memory")}

    def _rodata(self, data: bytes, align: int) -> int:
        while len(self.rodata) % align:
            self.rodata.append(0)
        at = self.rodata_offset + len(self.rodata)
        self.rodata += data
        return at

    def function(self, name: str) -> None:
        """Start C function `name` (a symbol) here."""
        label = self.a.new_label("sym")
        self.a.label(label)
        self.symbols.append((name, label))

    # --- constant expressions --------------------------------------------------------------

    def constant(self, expr, free: tuple[int, ...] = _CONST_REGISTERS) -> tuple[int, ...]:
        """Code evaluating `expr` (x19 = the instance) into registers: (value,) or (low, high) for a v128."""
        a, stack = self.a, []
        available = list(free)

        def take(count: int = 1) -> tuple[int, ...]:
            if len(available) < count:
                raise CApiError("the C API cannot evaluate a constant expression this deep yet")
            regs = tuple(available[:count])
            del available[:count]
            return regs

        for code, imm in zip(expr.ops, expr.imms):
            name = opcode_name(code)
            if name in ("i32.const", "f32.const"):
                (r,) = take()
                a.const(r, int(imm) & 0xFFFF_FFFF, False)
                stack.append((r,))
            elif name in ("i64.const", "f64.const"):
                (r,) = take()
                a.const(r, int(imm) & _U64)
                stack.append((r,))
            elif name == "v128.const":
                value = int.from_bytes(bytes(imm), "little") if not isinstance(imm, int) else imm
                low, high = take(2)
                a.const(low, value & _U64)
                a.const(high, value >> 64)
                stack.append((low, high))
            elif name == "ref.null":
                (r,) = take()
                a(e.movz(True, r, 0))
                stack.append((r,))
            elif name == "ref.func":
                (r,) = take()
                a.add_const(r, X19, self.plan.block.funcrefs + abi.FUNCREF_SIZE * imm)
                stack.append((r,))
            elif name == "global.get":
                cell = self.vmctx.global_(imm)
                if self.env.global_types[imm].valtype == "v128":
                    low, high = take(2)
                    a.load(high, X19, cell)
                    a(e.ldr_imm(8, low, high, 0), e.ldr_imm(8, high, high, 8))
                    stack.append((low, high))
                else:   # 4 bytes of a 32-bit value: the rest of an imported global's 16 is the embedder's
                    (r,) = take()
                    a.load(r, X19, cell)
                    a(e.ldr_imm(_ACCESS_SIZE[self.env.global_types[imm].valtype], r, r, 0))
                    stack.append((r,))
            else:   # i32/i64 add, sub, mul
                width, _, op = name.partition(".")
                (right,), (left,) = stack.pop(), stack.pop()
                is64 = width == "i64"
                encoder = {"add": e.add_reg, "sub": e.sub_reg}.get(op)
                a(encoder(is64, left, left, right) if encoder else e.mul(is64, left, left, right))
                available.insert(0, right)
                stack.append((left,))
        assert len(stack) == 1
        return stack[0]

    # --- <p>_new -------------------------------------------------------------------------

    def new(self) -> None:
        """`instance *<p>_new(const imports *, int *trap)`: x19 = the block, x20 = the imports,
        x21 = trap, w22 = the code a failure reports."""
        a, plan, block, vm = self.a, self.plan, self.plan.block, self.vmctx
        saved = (X19, X20, X21, X22)
        frame = 64   # fp/lr, four saved, a 16-byte values array for the start function
        self.function(f"{plan.prefix}_new")
        fail = a.new_label("fail")
        frame_enter(a, frame, saved)
        a(e.mov_reg(True, X20, X0), e.mov_reg(True, X21, X1), e.movz(True, X19, 0))
        if plan.imports:
            self._set_code(abi.TrapCode.MISSING_IMPORT)
            a.branch(fail, lambda off: e.cbz(True, X20, off))
        self._set_code(abi.TrapCode.OUT_OF_MEMORY)
        a(e.movz(True, X0, 1))
        a.const(X1, block.size)
        a.call_c("calloc")
        a.branch(fail, lambda off: e.cbz(True, X0, off))
        a(e.mov_reg(True, X19, X0))
        a.add_const(X9, X19, block.store)
        a.store(X9, X19, abi.VMCTX_STORE)
        a.add_const(X9, X19, block.funcrefs)
        a.store(X9, X19, abi.VMCTX_FUNCREFS)
        type_ids = self._rodata(struct.pack(f"<{max(len(plan.type_ids), 1)}I", *(plan.type_ids or [0])), 4)
        a.address(X9, "rodata", type_ids)
        a.store(X9, X19, abi.VMCTX_TYPE_IDS)
        self._link_imports(fail)
        self._funcrefs()
        self._memories(fail)
        self._tables(fail)
        for index, glob in enumerate(self.module.globals):
            value = self.constant(glob.init)
            cell = block.globals[index]
            for k, reg in enumerate(value):
                a.store(reg, X19, cell + 8 * k)
            a.add_const(X9, X19, cell)
            a.store(X9, X19, vm.global_(self.num_imported["global"] + index))
        self._segments()
        self._builtin_slots()
        self._apply_elems(fail)
        self._apply_datas(fail)
        if self.module.start is not None:
            self._call_start(fail)
        done = a.new_label("done")
        a.branch(done, lambda off: e.cbz(True, X21, off))
        a(e.str_imm(4, XZR, X21, 0))
        a.label(done)
        a(e.mov_reg(True, X0, X19))
        frame_leave(a, frame, saved)
        a.label(fail)
        skip = a.new_label("nofree")
        a.branch(skip, lambda off: e.cbz(True, X19, off))
        a(e.mov_reg(True, X0, X19))
        a.branch(f"{plan.prefix}_free", e.bl)
        a.label(skip)
        report = a.new_label("noreport")
        a.branch(report, lambda off: e.cbz(True, X21, off))
        a(e.str_imm(4, X22, X21, 0))
        a.label(report)
        a(e.movz(True, X0, 0))
        frame_leave(a, frame, saved)

    def _set_code(self, code: int) -> None:
        self.a(e.movz(False, X22, int(code)))

    def _link_imports(self, fail: str) -> None:
        a, vm = self.a, self.vmctx
        self._set_code(abi.TrapCode.MISSING_IMPORT)
        for imp in self.plan.imports:
            a.load(X9, X20, imp.offset)
            a.branch(fail, lambda off: e.cbz(True, X9, off))
            if imp.kind == "func":
                record = self.plan.block.import_records + abi.CIMPORT_SIZE * imp.index
                a.add_const(X10, X19, self.plan.block.store)
                a.store(X10, X19, record + abi.CIMPORT_STORE)
                a.store(X9, X19, record + abi.CIMPORT_FUNCTION)
                a.load(X10, X20, abi.C_IMPORTS_ENV)
                a.store(X10, X19, record + abi.CIMPORT_ENV)
                slot = vm.import_slot(imp.index)
                a.address_of_label(X10, self._adapter_label(self.module.func_type_indices()[imp.index]))
                a.store(X10, X19, slot + abi.IMPORT_SLOT_CODE)
                a.add_const(X10, X19, record)
                a.store(X10, X19, slot + abi.IMPORT_SLOT_VMCTX)
            elif imp.kind == "global":
                a.store(X9, X19, vm.global_(imp.index))
            else:
                a.store(X9, X19, vm.memory(imp.index))

    def _adapter_label(self, type_index: int) -> str:
        return f".adapter{type_index}"

    def _funcrefs(self) -> None:
        a, plan = self.a, self.plan
        types = self.module.func_type_indices()
        for index, type_index in enumerate(types):
            record = plan.block.funcrefs + abi.FUNCREF_SIZE * index
            self._function(index, X19, X9, X10)
            a.store(X9, X19, record + abi.FUNCREF_CODE)
            a.store(X10, X19, record + abi.FUNCREF_VMCTX)
            a.const(X11, plan.type_ids[type_index], False)
            a.mem(4, X11, X19, record + abi.FUNCREF_TYPE_ID, False)

    def _memories(self, fail: str) -> None:
        a = self.a
        self._set_code(abi.TrapCode.OUT_OF_MEMORY)
        for index, memory in enumerate(self.module.memories):
            memory_def = self.plan.block.memories[index]
            size = memory.min << memory.page_size_log2
            if size:
                a(e.movz(True, X0, 1))
                a.const(X1, size)
                a.call_c("calloc")
                a.branch(fail, lambda off: e.cbz(True, X0, off))
                a.store(X0, X19, memory_def + abi.MEMORYDEF_BASE)
                a.const(X9, size)
                a.store(X9, X19, memory_def + abi.MEMORYDEF_SIZE)
            a.const(X9, memory_max_pages(memory) << memory.page_size_log2)
            a.store(X9, X19, memory_def + abi.C_MEMORY_MAXIMUM)
            a.add_const(X9, X19, memory_def)
            a.store(X9, X19, self.vmctx.memory(self.num_imported["memory"] + index))

    def _tables(self, fail: str) -> None:
        a = self.a
        self._set_code(abi.TrapCode.OUT_OF_MEMORY)
        for index, table in enumerate(self.module.tables):
            table_def = self.plan.block.tables[index]
            if table.type.min:
                a.const(X0, table.type.min)
                a(e.movz(True, X1, 8))
                a.call_c("calloc")
                a.branch(fail, lambda off: e.cbz(True, X0, off))
                a.store(X0, X19, table_def + abi.TABLEDEF_BASE)
                a.const(X9, table.type.min)
                a.store(X9, X19, table_def + abi.TABLEDEF_SIZE)
                if table.init is not None:
                    (value,) = self.constant(table.init, _CONST_REGISTERS[1:])
                    self.a.fill(X0, X9, value)
            a.add_const(X9, X19, table_def)
            a.store(X9, X19, self.vmctx.table(index))

    def _segments(self) -> None:
        a, block = self.a, self.plan.block
        start = 0
        for index, segment in enumerate(self.module.datas):
            at = block.datas + abi.SEGMENTDEF_SIZE_OF * index
            a.address(X9, "rodata", self.data_offset + start)
            a.store(X9, X19, at + abi.SEGMENTDEF_ADDRESS)
            a.const(X9, len(segment.data))
            a.store(X9, X19, at + abi.SEGMENTDEF_LENGTH)
            start += len(segment.data)
        a.add_const(X9, X19, block.datas)
        a.store(X9, X19, self.vmctx.datas)
        for index, segment in enumerate(self.module.elems):
            items = block.elem_items[index]
            for k, item in enumerate(segment.items):
                (value,) = self.constant(item)
                a.store(value, X19, items + 8 * k)
            at = block.elems + abi.SEGMENTDEF_SIZE_OF * index
            a.add_const(X9, X19, items)
            a.store(X9, X19, at + abi.SEGMENTDEF_ADDRESS)
            a.const(X9, len(segment.items))
            a.store(X9, X19, at + abi.SEGMENTDEF_LENGTH)
        a.add_const(X9, X19, block.elems)
        a.store(X9, X19, self.vmctx.elems)

    def _builtin_slots(self) -> None:
        a = self.a
        for name in self.layout.builtin_trampolines:
            assert name in NATIVE_BUILTINS, name   # plan_c_api refuses the others
            slot = self.vmctx.builtin_slot(name)
            a.address_of_label(X9, builtin_label(name))
            a.store(X9, X19, slot + abi.IMPORT_SLOT_CODE)
            a.store(X19, X19, slot + abi.IMPORT_SLOT_VMCTX)

    def _active_segment(self, offset_expr, def_pointer: int, size_field: int, length: int, fail: str,
                        code: int) -> None:
        """An active segment's destination: x9 = its offset, x10 = `length`, x11 = the table's or
        memory's def (its pointer at vmctx + def_pointer); fail with `code` unless offset + length
        <= the def's size at `size_field` (64-bit, carry checked)."""
        a = self.a
        (offset,) = self.constant(offset_expr)
        if offset != X9:
            a(e.mov_reg(True, X9, offset))
        a.load(X11, X19, def_pointer)
        a.const(X10, length)
        a(e.ldr_imm(8, X12, X11, size_field))
        self._set_code(code)
        a(e.adds_reg(True, X16, X9, X10))
        a.branch(fail, lambda off: e.b_cond(HS, off))
        a(e.cmp_reg(True, X16, X12))
        a.branch(fail, lambda off: e.b_cond(HI, off))

    def _apply_elems(self, fail: str) -> None:
        a, block = self.a, self.plan.block
        for index, segment in enumerate(self.module.elems):
            at = block.elems + abi.SEGMENTDEF_SIZE_OF * index
            if segment.mode == "active":
                self._active_segment(segment.offset_expr, self.vmctx.table(segment.table), abi.TABLEDEF_SIZE,
                                     len(segment.items), fail, abi.TrapCode.TABLE_OUT_OF_BOUNDS)
                a(e.ldr_imm(8, X0, X11, abi.TABLEDEF_BASE), e.add_reg(True, X0, X0, X9, e.LSL, 3))
                a.add_const(X1, X19, block.elem_items[index])
                a(e.lsl_imm(True, X2, X10, 3))
                a.call_c("memcpy")
            if segment.mode != "passive":
                a.store(XZR, X19, at + abi.SEGMENTDEF_LENGTH)

    def _apply_datas(self, fail: str) -> None:
        a, block = self.a, self.plan.block
        for index, segment in enumerate(self.module.datas):
            if segment.mode != "active":
                continue
            at = block.datas + abi.SEGMENTDEF_SIZE_OF * index
            self._active_segment(segment.offset_expr, self.vmctx.memory(segment.memory), abi.MEMORYDEF_SIZE,
                                 len(segment.data), fail, abi.TrapCode.MEMORY_OUT_OF_BOUNDS)
            if segment.data:
                a(e.ldr_imm(8, X0, X11, abi.MEMORYDEF_BASE), e.add_reg(True, X0, X0, X9))
                a.load(X1, X19, at + abi.SEGMENTDEF_ADDRESS)
                a(e.mov_reg(True, X2, X10))
                a.call_c("memcpy")
            a.store(XZR, X19, at + abi.SEGMENTDEF_LENGTH)

    def _function(self, func_index: int, base: int, code: int, vmctx: int) -> None:
        """`code` = the code and `vmctx` = the vmctx of function `func_index` of the instance at
        `base`: an import's from its import slot, a defined function's own."""
        a = self.a
        if func_index < self.env.num_imported_funcs:
            slot = self.vmctx.import_slot(func_index)
            a.load(code, base, slot + abi.IMPORT_SLOT_CODE)
            a.load(vmctx, base, slot + abi.IMPORT_SLOT_VMCTX)
        else:
            a.address(code, "text", self.layout.function_offsets[func_index - self.env.num_imported_funcs])
            if base != vmctx:
                a(e.mov_reg(True, vmctx, base))

    def _call_start(self, fail: str) -> None:
        a, start = self.a, self.module.start
        self._function(start, X19, X1, X0)   # the callee's code and vmctx
        a(e.add_imm(True, X2, SP, 48))
        a.bl_text(self.layout.entry_trampolines[str(self.module.func_type_indices()[start])])
        a(e.mov_reg(False, X22, X0))
        a.branch(fail, lambda off: e.cbnz(False, X0, off))

    # --- <p>_free, <p>_trap_message ------------------------------------------------------------

    def free(self) -> None:
        a, block = self.a, self.plan.block
        name = f"{self.plan.prefix}_free"
        self.function(name)
        a.label(name)
        out = a.new_label("ret")
        a.branch(out, lambda off: e.cbz(True, X0, off))
        frame_enter(a, 32, (X19, X20))
        a(e.mov_reg(True, X19, X0))
        for at in [*block.memories, *block.tables]:   # MEMORYDEF_BASE == TABLEDEF_BASE == 0
            a.load(X0, X19, at)
            a.call_c("free")
        a(e.mov_reg(True, X0, X19))
        a.call_c("free")
        frame_leave(a, 32, (X19, X20))
        a.label(out)
        a(e.ret())

    def trap_message(self) -> None:
        a = self.a
        count = max(abi.TRAP_MESSAGES) + 1
        strings = {}
        for text in ["unknown trap", *abi.TRAP_MESSAGES.values()]:
            strings[text] = self._rodata(text.encode() + b"\0", 1)
        table = self._rodata(bytes(8 * count), 8)
        for code in range(count):
            text = abi.TRAP_MESSAGES.get(code, "unknown trap")
            self.pointers.append(Pointer("rodata", table + 8 * code, "rodata", strings[text]))
        self.function(f"{self.plan.prefix}_trap_message")
        unknown = a.new_label("unknown")
        a(e.cmp_imm(False, X0, count))
        a.branch(unknown, lambda off: e.b_cond(HS, off))
        a.address(X16, "rodata", table)
        a(e.ldr_reg(8, X0, X16, X0, e.UXTW, True), e.ret())
        a.label(unknown)
        a.address(X0, "rodata", strings["unknown trap"])
        a(e.ret())

    # --- exports -----------------------------------------------------------------------------

    def exports(self) -> None:
        for export in self.plan.exports:
            if export.kind == "func":
                self._export_function(export)
            elif export.kind == "memory":
                self._export_memory(export)
            elif export.kind == "global":
                self._export_global(export)
            else:
                self._export_table(export)

    def _export_function(self, export) -> None:
        """`int name(instance, params..., results *...)`: the values array, the entry trampoline, the results."""
        a = self.a
        params, results = export.type.params, export.type.results
        slots = max(abi.slot_count(params), abi.slot_count(results), 1)
        pointers = 16
        values = pointers + 8 * len(results)
        frame = (values + 8 * slots + 15) & ~15
        self.function(export.c_name)
        frame_enter(a, frame)
        next_x, next_v, offset = 1, 0, values
        for ty in params:
            if ty in ("f32", "f64"):
                size = 4 if ty == "f32" else 8
                a(e.str_fp_imm(size, next_v, SP, offset))
                if size == 4:
                    a(e.str_imm(4, XZR, SP, offset + 4))
                next_v += 1
            elif ty == "v128":
                a(e.stp(True, next_x, next_x + 1, SP, offset))
                next_x += 2
            else:
                if ty == "i32":
                    a(e.str_imm(4, next_x, SP, offset), e.str_imm(4, XZR, SP, offset + 4))
                else:
                    a(e.str_imm(8, next_x, SP, offset))
                next_x += 1
            offset += 8 * abi.value_slots(ty)
        for k in range(len(results)):
            a(e.str_imm(8, next_x + k, SP, pointers + 8 * k))
        self._function(export.index, X0, X1, X0)   # the callee's code and vmctx
        a(e.add_imm(True, X2, SP, values))
        a.bl_text(self.layout.entry_trampolines[str(self.module.func_type_indices()[export.index])])
        out = a.new_label("out")
        a.branch(out, lambda off: e.cbnz(False, X0, off))
        offset = values
        for k, ty in enumerate(results):
            a(e.ldr_imm(8, X9, SP, pointers + 8 * k))
            if ty == "v128":
                a(e.ldp(True, X10, X11, SP, offset), e.stp(True, X10, X11, X9, 0))
            else:
                size = _ACCESS_SIZE[ty]
                a(e.ldr_imm(size, X10, SP, offset), e.str_imm(size, X10, X9, 0))
            offset += 8 * abi.value_slots(ty)
        a.label(out)
        frame_leave(a, frame)

    def _export_memory(self, export) -> None:
        """`unsigned char *name(instance, unsigned long long *size)` (size may be NULL)."""
        a = self.a
        self.function(export.c_name)
        a.load(X9, X0, self.vmctx.memory(export.index))
        a(e.ldr_imm(8, X0, X9, abi.MEMORYDEF_BASE))
        a(e.cbz(True, X1, 12), e.ldr_imm(8, X10, X9, abi.MEMORYDEF_SIZE), e.str_imm(8, X10, X1, 0))
        a(e.ret())
        self._reference(export.c_name + "_ref", self.vmctx.memory(export.index))

    def _reference(self, name: str, vmctx_offset: int) -> None:
        """`T *name(instance)`: the pointer at vmctx_offset (a MemoryDef, a global's cell), which
        another instance may import."""
        a = self.a
        self.function(name)
        a.load(X0, X0, vmctx_offset)
        a(e.ret())

    def _export_global(self, export) -> None:
        """`T name_get(instance)` and, when mutable, `void name_set(instance, T value)`."""
        a, ty = self.a, export.valtype
        cell = self.vmctx.global_(export.index)
        self.function(export.c_name + "_get")
        a.load(X9, X0, cell)
        self._cell_value(True, ty, X0)
        a(e.ret())
        self._reference(export.c_name + "_ref", cell)
        if not export.mutable:
            return
        self.function(export.c_name + "_set")
        a.load(X9, X0, cell)
        self._cell_value(False, ty, X1)
        if _ACCESS_SIZE[ty] == 4:   # cells hold 32-bit values zero-extended
            a(e.str_imm(4, XZR, X9, 4))
        a(e.ret())

    def _cell_value(self, load: bool, ty: str, first: int) -> None:
        """Load the global cell at x9 into C's registers for a `ty` (x`first` on, or v0), or store them into it."""
        a = self.a
        if ty == "v128":
            a((e.ldp if load else e.stp)(True, first, first + 1, X9, 0))
        elif ty in ("f32", "f64"):
            a((e.ldr_fp_imm if load else e.str_fp_imm)(_ACCESS_SIZE[ty], 0, X9, 0))
        else:
            a((e.ldr_imm if load else e.str_imm)(_ACCESS_SIZE[ty], first, X9, 0))

    def _export_table(self, export) -> None:
        """`unsigned long long name(instance)`: the table's size in elements."""
        a = self.a
        self.function(export.c_name)
        a.load(X9, X0, self.vmctx.table(export.index))
        a(e.ldr_imm(8, X0, X9, abi.TABLEDEF_SIZE), e.ret())

    # --- imported functions --------------------------------------------------------------------

    def adapters(self) -> None:
        self.a.label(".end_of_symbols")   # the code after this is reached through slots only
        for imp in self.plan.imports:
            if imp.kind != "func":
                continue
            type_index = self.module.func_type_indices()[imp.index]
            if self._adapter_label(type_index) not in self.a.labels:
                self._adapter(type_index, imp.type.params, imp.type.results)

    def _adapter(self, type_index: int, params, results) -> None:
        """Called like a Wasm function with x0 = a C import record: calls `fn(env, params..., &results...)`.
        Frame: [sp] fp, lr; [sp + 16] the record; [sp + 32] the parameters' slots, then the results'."""
        a = self.a
        record, values = abi.HOST_FRAME_RECORD, abi.HOST_FRAME_VALUES
        result_values = values + 8 * abi.slot_count(params)
        frame = (result_values + 8 * abi.slot_count(results) + 15) & ~15
        param_locs, _ = param_locations(params)
        result_locs, _ = result_locations(results)
        a.label(self._adapter_label(type_index))
        a(e.sub_imm(True, SP, SP, frame), e.stp(True, FP, LR, SP, 0), e.mov_sp(FP, SP),
          e.str_imm(8, X0, SP, record))
        offset = values
        for ty, (kind, reg) in zip(params, param_locs):
            size = 8 * abi.value_slots(ty)
            if kind == "stack":
                for half in range(0, size, 8):
                    a.load(X16, FP, frame + 8 * reg + half)
                    a(e.str_imm(8, X16, SP, offset + half))
            elif kind == "x":
                a(e.str_imm(8, reg, SP, offset))
            else:
                self._fp_slot(False, ty, reg, offset)
            offset += size
        a(e.ldr_imm(8, X17, SP, record), e.ldr_imm(8, X16, X17, abi.CIMPORT_FUNCTION),
          e.ldr_imm(8, X0, X17, abi.CIMPORT_ENV))
        next_x, next_v, offset = 1, 0, values
        for ty in params:
            if ty in ("f32", "f64"):
                a(e.ldr_fp_imm(_ACCESS_SIZE[ty], next_v, SP, offset))
                next_v += 1
            elif ty == "v128":
                a(e.ldp(True, next_x, next_x + 1, SP, offset))
                next_x += 2
            else:
                a(e.ldr_imm(8, next_x, SP, offset))
                next_x += 1
            offset += 8 * abi.value_slots(ty)
        offset = result_values
        for ty in results:
            a(e.add_imm(True, next_x, SP, offset))
            next_x += 1
            offset += 8 * abi.value_slots(ty)
        a(e.blr(X16))
        trap = a.new_label("trap")
        a.branch(trap, lambda off: e.cbnz(False, X0, off))
        offset = result_values
        for ty, (kind, reg) in zip(results, result_locs):
            if kind == "stack":
                for half in range(0, 8 * abi.value_slots(ty), 8):
                    a(e.ldr_imm(_ACCESS_SIZE[ty] if ty != "v128" else 8, X16, SP, offset + half))
                    a.store(X16, FP, frame + 8 * reg + half)
            elif kind == "x":
                a(e.ldr_imm(_ACCESS_SIZE[ty], reg, SP, offset))
            else:
                self._fp_slot(True, ty, reg, offset)
            offset += 8 * abi.value_slots(ty)
        a(e.ldp(True, FP, LR, SP, 0), e.add_imm(True, SP, SP, frame), e.ret())
        a.label(trap)
        a(e.mov_reg(False, X1, X0), e.ldr_imm(8, X0, SP, record), e.ldr_imm(8, LR, SP, 8))
        out: list[int] = []
        emit_trap_unwind(out)
        a(*out)

    def _fp_slot(self, load: bool, ty: str, reg: int, offset: int) -> None:
        """Load or store float-class register `reg` from or to its slots at [sp + offset] (a v128's
        slots need not be 16-byte aligned: it goes through x17)."""
        base = SP
        if ty == "v128":
            self.a(e.add_imm(True, X17, SP, offset))
            base, offset = X17, 0
        self.a((e.ldr_fp_imm if load else e.str_fp_imm)(_ACCESS_SIZE[ty], reg, base, offset))

    def finish(self) -> CLibrary:
        text, text_refs = self.a.finish()
        ends = [4 * self.a.labels[label] for _, label in [*self.symbols[1:], (None, ".end_of_symbols")]]
        symbols = []
        for (name, label), end in zip(self.symbols, ends):
            start = 4 * self.a.labels[label]
            symbols.append(Symbol(name, "text", self.a.base + start, end - start))
        return CLibrary(text, bytes(self.rodata), symbols, text_refs, self.pointers, self.imports)


def c_library(env: ModuleEnv, plan: CApiPlan, layout: TextLayout, text_offset: int, rodata_offset: int,
              data_offset: int) -> CLibrary:
    """The C library of `env`'s module compiled into `layout` (see the module docstring): its code
    goes at text+`text_offset`, its data at rodata+`rodata_offset`; the data segments' bytes are
    at rodata+`data_offset`."""
    library = _Library(env, plan, layout, text_offset, rodata_offset, data_offset)
    library.new()
    library.free()
    library.trap_message()
    library.exports()
    library.adapters()
    native_builtins(library.a, env, layout.builtin_trampolines)
    return library.finish()
