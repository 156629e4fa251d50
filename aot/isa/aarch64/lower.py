"""Lowering: SSA IR to AArch64 VCode.

Numeric operators lower through the RULES table: Wasm opcode -> (MInst op,
data record of aarch64/inst.py).  The other IR instructions lower through the
PLAIN_LOWERINGS table: opcode -> the Lowering method that emits its MInst(s),
one short docstring each; SIMD operators through their family's lowering
(SIMD_LOWERINGS, aarch64/simd/).  Control flow, calls and the function boundary
follow the calling convention in callconv.py.  IR blocks keep their reverse-postorder position as
VCode block ids; edges that pass arguments out of a block with several successors
get a block of their own (critical-edge splitting), appended after them.

Instruction selection is a table of patterns, in the style of Cranelift's ISLE.
FUSION_RULES lists the named rules that match more than one IR instruction (or
an operand the instruction can encode as an immediate):

    Rule(name, priority, roots, lower)

`roots` are the IR opcodes the pattern's root instruction may have; FUSIONS
groups the rules by root opcode, highest priority first.  `lower(lowering,
inst, data)` is given the root instruction and its data (its RULES data, or a
brif's (taken, not_taken) vblocks); when the pattern matches it emits the fused
MInst(s) and returns True, otherwise it emits nothing and returns False.  The
first rule that matches wins; when none does, the plain lowering applies: the
instruction's RULES row or PLAIN_LOWERINGS entry (lower_inst), or its terminator
lowering (lower_terminator).  An operand a rule absorbs
is never read in a register, so its defining instruction is not lowered when
nothing else needs it (see Lowering.lower).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import chain, compress
from operator import attrgetter
from typing import Callable

from wasmoon_aot.runtime.abi import (BUILTIN_SIGNATURES, SEGMENTDEF_LENGTH, SEGMENTDEF_SIZE_OF, STORE_EXCEPTION,
                                     STORE_FUEL, VMCTX_STORE, TrapCode)
from ...ir import function as ir
from ...machinst.vcode import EARLY_DEF, FIXED, FLOAT, INT, REG, Operand, VCode, define, preg, use
from ...opt.effects import PURE, UNUSED_READS
from ...module_env import ModuleEnv
from ...wasm import opcodes as op
from ...wasm.module import FuncType
from . import atomics, callconv
from .abi import CALL_CLOBBERS, LANDING_CLOBBERS, LANDING_OPERAND_REG, VMCTX_REG
from .encode import encode_logical_imm
from .routines import COPY_INLINE_MAX, FILL_INLINE_MAX, ROUTINE_CLOBBERS, X15
from .inst import (Alu, AluImm, AluShifted, BrTable, BulkMemory, Call, CallImport, CallIndirect, CallRef, CmpBranch,
                   CondBr, Const, DivPow2, FcmpBranch, TestBranch,
                   Div, EpochCheck, Fcmp, FloatConvert, FloatOp, FloatToInt, FloatWidth, FuelCheck,
                   GlobalAccess, HeapLimit, Icmp, IntToFloat, IntWidth, Jump, Madd, MemoryAccess, MemorySlot, MInst,
                   RefFunc, SegmentWord, Select, SelectCmp, ShiftImm, StackSlot, TableAccess, TableSize, Trap, Unary,
                   Wide, Word)
from .simd import LOWERINGS as SIMD_LOWERINGS
from .regs import EQ, GE, GT, HI, HS, LE, LO, LS, LT, MI, NE

CLASS_OF_TYPE = {"i32": INT, "i64": INT, "funcref": INT, "externref": INT, "anyref": INT, "f32": FLOAT, "f64": FLOAT,
                 "v128": FLOAT}


def _int_rules() -> dict:
    rules = {}
    for ty, is64 in (("I32", False), ("I64", True)):
        for name, alu in (("ADD", "add"), ("SUB", "sub"), ("MUL", "mul"), ("AND", "and"),
                          ("OR", "orr"), ("XOR", "eor"), ("SHL", "lslv"), ("SHR_S", "asrv"),
                          ("SHR_U", "lsrv"), ("ROTR", "rorv")):
            rules[getattr(op, f"{ty}_{name}")] = ("alu", Alu(is64, alu))
        rules[getattr(op, f"{ty}_ROTL")] = ("rotl", IntWidth(is64))
        for name, signed, rem in (("DIV_S", True, False), ("DIV_U", False, False),
                                  ("REM_S", True, True), ("REM_U", False, True)):
            rules[getattr(op, f"{ty}_{name}")] = ("div", Div(is64, signed, rem))
        for name, cond in (("EQ", EQ), ("NE", NE), ("LT_S", LT), ("LT_U", LO), ("GT_S", GT),
                           ("GT_U", HI), ("LE_S", LE), ("LE_U", LS), ("GE_S", GE), ("GE_U", HS)):
            rules[getattr(op, f"{ty}_{name}")] = ("icmp", Icmp(is64, cond))
        rules[getattr(op, f"{ty}_EQZ")] = ("eqz", IntWidth(is64))
        for name in ("CLZ", "CTZ", "POPCNT"):
            rules[getattr(op, f"{ty}_{name}")] = ("unary", Unary(is64, name.lower()))
        rules[getattr(op, f"{ty}_EXTEND8_S")] = ("unary", Unary(is64, "sxtb"))
        rules[getattr(op, f"{ty}_EXTEND16_S")] = ("unary", Unary(is64, "sxth"))
    rules[op.I64_EXTEND32_S] = ("unary", Unary(True, "sxtw"))
    rules[op.I64_EXTEND_I32_S] = ("unary", Unary(True, "sxtw"))
    rules[op.I64_EXTEND_I32_U] = ("unary", Unary(False, "uxtw"))
    rules[op.I32_WRAP_I64] = ("unary", Unary(False, "uxtw"))
    rules[op.REF_IS_NULL] = ("eqz", IntWidth(True))
    return rules


def _float_rules() -> dict:
    rules = {}
    for ty, double in (("F32", False), ("F64", True)):
        for name in ("ADD", "SUB", "MUL", "DIV", "MIN", "MAX"):
            rules[getattr(op, f"{ty}_{name}")] = ("fbin", FloatOp(double, name.lower()))
        for name, fun in (("NEG", "fneg"), ("ABS", "fabs"), ("SQRT", "fsqrt"), ("CEIL", "frintp"),
                          ("FLOOR", "frintm"), ("TRUNC", "frintz"), ("NEAREST", "frintn")):
            rules[getattr(op, f"{ty}_{name}")] = ("fun", FloatOp(double, fun))
        # Ordered conditions: false when either operand is NaN (NE is true then, as Wasm wants).
        for name, cond in (("EQ", EQ), ("NE", NE), ("LT", MI), ("LE", LS), ("GT", GT), ("GE", GE)):
            rules[getattr(op, f"{ty}_{name}")] = ("fcmp", Fcmp(double, cond))
        rules[getattr(op, f"{ty}_COPYSIGN")] = ("fcopysign", FloatWidth(double))
        for src, src64 in (("I32", False), ("I64", True)):
            for sign, signed in (("S", True), ("U", False)):
                rules[getattr(op, f"{ty}_CONVERT_{src}_{sign}")] = ("i2f", IntToFloat(src64, double, signed))
                rules[getattr(op, f"{src}_TRUNC_SAT_{ty}_{sign}")] = ("f2i_sat", FloatToInt(src64, double, signed))
                rules[getattr(op, f"{src}_TRUNC_{ty}_{sign}")] = ("f2i_trap", FloatToInt(src64, double, signed))
    rules[op.F32_DEMOTE_F64] = ("f2f", FloatConvert(False))
    rules[op.F64_PROMOTE_F32] = ("f2f", FloatConvert(True))
    rules[op.I32_REINTERPRET_F32] = ("to_gp", FloatWidth(False))
    rules[op.I64_REINTERPRET_F64] = ("to_gp", FloatWidth(True))
    rules[op.F32_REINTERPRET_I32] = ("from_gp", FloatWidth(False))
    rules[op.F64_REINTERPRET_I64] = ("from_gp", FloatWidth(True))
    return rules


RULES = {**_int_rules(), **_float_rules()}

# add, sub and cmp take an unsigned 12-bit immediate, optionally shifted left by 12
# (alu_imm, icmp with imm; see arith_immediate).
IMM12_LIMIT = 4096


def arith_immediate(bits: int, is64: bool) -> int | None:
    """The immediate an add, sub or cmp can take for the constant `bits`: `bits`
    itself when it is 12 bits, optionally shifted left by 12; else minus its negation
    when that is (a negative immediate means the opposite operation: sub for add,
    add for sub, cmn for cmp); else None."""
    for value, sign in ((bits, 1), (-bits & ((1 << (64 if is64 else 32)) - 1), -1)):
        if value < IMM12_LIMIT or (value & (IMM12_LIMIT - 1) == 0 and value < IMM12_LIMIT << 12):
            return sign * value
    return None
# The immediate form of each shift or rotate by register (alu name -> shift_imm name).
SHIFT_IMM_NAMES = {"lslv": "lsl", "lsrv": "lsr", "asrv": "asr", "rorv": "ror"}

# Bulk memory and table operators: opcode -> (MInst, log2 of the element size, trap code).
BULK_OPERATORS = {
    op.MEMORY_COPY: ("memory_copy", 0, TrapCode.MEMORY_OUT_OF_BOUNDS),
    op.MEMORY_INIT: ("memory_copy", 0, TrapCode.MEMORY_OUT_OF_BOUNDS),
    op.MEMORY_FILL: ("memory_fill", 0, TrapCode.MEMORY_OUT_OF_BOUNDS),
    op.TABLE_COPY: ("memory_copy", 3, TrapCode.TABLE_OUT_OF_BOUNDS),
    op.TABLE_INIT: ("memory_copy", 3, TrapCode.TABLE_OUT_OF_BOUNDS),
    op.TABLE_FILL: ("memory_fill", 3, TrapCode.TABLE_OUT_OF_BOUNDS),
}

# IR reads of one word at a fixed offset from their argument: opcode -> offset.
WORD_LOADS = {ir.STORE_PTR: VMCTX_STORE, ir.FUEL_LOAD: STORE_FUEL, ir.EXN_PENDING: STORE_EXCEPTION}
# The IR calls a landing site may follow (the last of them before an EXN_PENDING).
CALLS = frozenset({ir.CALL, ir.CALL_INDIRECT, ir.CALL_REF, ir.BUILTIN})
DELETABLE = PURE | UNUSED_READS
# Bytes a value of each type occupies (references are pointers); the 8-byte ones live in X/D registers,
# a v128 in a Q register.
VALUE_BYTES = {**op.VALUE_BYTES, "funcref": 8, "externref": 8, "anyref": 8, "v128": 16}


def _flattened_aliases(f: ir.IRFunction) -> list[int]:
    """f.alias with every chain followed to its end: each value -> f.resolve of it (lowering
    reads the IR without changing it).  Pointer jumping, each step a pass at C speed."""
    roots = f.alias
    while True:
        jumped = list(map(roots.__getitem__, roots))
        if jumped == roots:
            return roots
        roots = jumped



def _loc_preg(location) -> int:
    kind, number = location
    return preg(INT if kind == "x" else FLOAT, number)


class Lowering:
    def __init__(self, env: ModuleEnv, f: ir.IRFunction):
        self.env = env
        self.f = f
        self.root = _flattened_aliases(f)   # value -> the value that holds it (f.resolve, as a list)
        self.vcode = VCode()
        self.vreg_of = [-1] * len(f.value_type)
        self.order = f.reachable_blocks()
        self.vblock_of = dict(zip(self.order, range(len(self.order))))
        self.split_blocks: list[tuple[int, list[int]]] = []  # (target vblock, arg vregs)
        self.outgoing_bytes = 0
        self.needed: set[int] = set()       # values some lowered instruction reads in a register
        self.use_count: Counter | None = None   # value -> its uses (made by count_uses)
        self.def_inst = [-1] * len(f.value_type)
        self.def_block = [-1] * len(f.value_type)
        self.incoming = [0] * len(f.block_insts)   # edges into each IR block
        self.out: list[MInst] = []
        self.current_block = 0
        self.landing_calls: set[int] = set()  # IR calls an EXN_PENDING follows (build_exceptions.py)
        self.landing = False                   # whether the call being lowered is one

    def vreg(self, value: int) -> int:
        value = self.root[value]
        vreg = self.vreg_of[value]
        return vreg if vreg >= 0 else self.new_vreg(value)

    def new_vreg(self, value: int) -> int:
        """The vreg of `value` (resolved), which has none yet."""
        ty = self.f.value_type[value]
        vreg = self.vreg_of[value] = self.vcode.new_vreg(CLASS_OF_TYPE[ty], wide=ty == "v128")
        return vreg

    def emit(self, opname, operands=(), data=None, clobbers=()) -> None:
        self.out.append(MInst(opname, tuple(operands), data, clobbers))

    def use(self, value: int, constraint=REG, extra=0):
        """An operand reading IR value `value` in a register (or as constrained)."""
        value = self.root[value]
        self.needed.add(value)
        vreg = self.vreg_of[value]
        return use(vreg if vreg >= 0 else self.new_vreg(value), constraint, extra)

    def count_uses(self) -> None:
        """Use counts and defining instructions of every value, for pattern matching."""
        f, def_inst, def_block = self.f, self.def_inst, self.def_block
        inst_op, inst_results, inst_args = f.inst_op, f.inst_results, f.inst_args
        args = []   # every value the reachable code reads, once per read
        exceptions = ir.EXN_PENDING in inst_op   # any at all (one scan at C speed, not one per block)
        for block in self.order:
            insts = f.block_insts[block]
            if exceptions and ir.EXN_PENDING in map(inst_op.__getitem__, insts):
                last_call = None
                for inst in insts:
                    if inst_op[inst] in CALLS:
                        last_call = inst
                    elif inst_op[inst] == ir.EXN_PENDING and last_call is not None:
                        self.landing_calls.add(last_call)
                        last_call = None
            for inst in insts:
                for result in inst_results[inst]:
                    def_inst[result] = inst
                    def_block[result] = block
            args += chain.from_iterable(map(inst_args.__getitem__, insts))
            for edge in f.successors(block):
                self.incoming[f.edge_block[edge]] += 1
                args += f.edge_args[edge]
        self.use_count = Counter(map(self.root.__getitem__, args))

    def lower(self) -> VCode:
        """Lower blocks last to first and instructions backwards, so that an
        instruction whose results every user absorbed (a constant that became an
        immediate, a compare fused into a branch) is never lowered at all.  A block's
        MInsts gather back to front (each instruction's own turned around once it is
        lowered), and the block's list is turned around at its end."""
        f, vcode, root_of, needed = self.f, self.vcode, self.root.__getitem__, self.needed
        inst_op, inst_results, lower_inst = f.inst_op, f.inst_results, self.lower_inst
        num_blocks = len(self.order)
        self.count_uses()
        lowered: list = [None] * num_blocks   # each block's MInsts
        successors: list = [None] * num_blocks
        for index in range(num_blocks - 1, -1, -1):
            block = self.order[index]
            self.current_block = block
            insts = f.block_insts[block]
            out = self.out = []
            successors[index] = self.lower_terminator(insts[-1])
            out.reverse()
            for inst in reversed(insts[:-1]):
                if inst_op[inst] in DELETABLE and needed.isdisjoint(map(root_of, inst_results[inst])):
                    continue
                mark = len(out)
                lower_inst(inst)
                if len(out) > mark + 1:
                    out[mark:] = out[mark:][::-1]
            if block == 0:
                mark = len(out)
                self.lower_args()
                out[mark:] = out[mark:][::-1]
            out.reverse()
            lowered[index] = out
        for index, block in enumerate(self.order):
            vcode.block_start.append(len(vcode.insts))
            vcode.block_params.append([] if block == 0 else [self.vreg(v) for v in f.block_params[block]])
            vcode.insts.extend(lowered[index])
            vcode.block_succs.append(successors[index])
            vcode.block_end.append(len(vcode.insts))
        self.out = vcode.insts
        for index, (target, args) in enumerate(self.split_blocks):
            vcode.block_start.append(len(vcode.insts))
            vcode.block_params.append([])
            self.emit("jump", data=Jump(target))
            vcode.block_succs.append([(target, args)])
            vcode.block_end.append(len(vcode.insts))
            assert num_blocks + index == len(vcode.block_end) - 1
        return vcode

    # --- function boundary ----------------------------------------------------

    def lower_args(self) -> None:
        params = self.f.block_params[0]
        locations, _ = callconv.param_locations(self.f.params)
        operands = [define(self.vreg(params[0]), FIXED, VMCTX_REG)]
        stack_params = []
        for value, location in zip(params[1:], locations):
            if location[0] == "stack":
                stack_params.append((value, location[1]))
            else:
                operands.append(define(self.vreg(value), FIXED, _loc_preg(location)))
        self.emit("args", operands)
        for value, slot in stack_params:
            self.emit("load_incoming", [define(self.vreg(value))], StackSlot(slot))

    def lower_return(self, values) -> None:
        """ret of IR values `values` (the function's results)."""
        self.return_vregs([self.use(value).vreg for value in values])

    def return_vregs(self, vregs) -> None:
        """ret of `vregs` as the function's results."""
        locations, _ = callconv.result_locations(self.f.results)
        operands = []
        for vreg, location in zip(vregs, locations):
            if location[0] == "stack":
                self.emit("store_incoming", [use(vreg)], StackSlot(location[1]))
            else:
                operands.append(use(vreg, FIXED, _loc_preg(location)))
        self.emit("ret", operands)

    # --- pattern helpers ---------------------------------------------------------

    def constant(self, value: int):
        """The bits of `value` if a CONST defines it, else None."""
        inst = self.def_inst[self.root[value]]
        if inst >= 0 and self.f.inst_op[inst] == ir.CONST:
            return self.f.inst_imm[inst]
        return None

    def fusible_compare(self, value: int, block: int, kinds=("icmp", "eqz")):
        """The compare instruction defining `value` if a branch or select in `block`
        may absorb it: one of `kinds` (RULES' MInst names) there whose only use is that
        branch or select."""
        value = self.root[value]
        inst = self.def_inst[value]
        if inst < 0 or self.def_block[value] != block or self.use_count[value] != 1:
            return None
        rule = RULES.get(self.f.inst_op[inst])
        return inst if rule is not None and rule[0] in kinds else None

    def compare_operands(self, inst: int):
        """(operands, Icmp) reading an icmp/eqz's inputs for a fused cmp."""
        f = self.f
        name, data = RULES[f.inst_op[inst]]
        args = f.inst_args[inst]
        if name == "eqz":
            return [self.use(args[0])], Icmp(data.is64, EQ, 0)
        right = self.constant(args[1])
        imm = None if right is None else arith_immediate(right, data.is64)
        if imm is not None:
            return [self.use(args[0])], data._replace(imm=imm)
        return [self.use(args[0]), self.use(args[1])], data

    def fusible_multiply(self, value: int):
        """The integer mul defining `value`, if an add/sub in this block may absorb it."""
        value = self.root[value]
        inst = self.def_inst[value]
        if inst < 0 or self.def_block[value] != self.current_block or self.use_count[value] != 1:
            return None
        rule = RULES.get(self.f.inst_op[inst])
        return inst if rule is not None and rule[0] == "alu" and rule[1].name == "mul" else None

    def emit_immediate_form(self, inst: int, opname: str, data) -> None:
        """`opname` reading the root's left operand in a register, its right one folded into `data`."""
        self.emit(opname, [define(self.vreg(self.f.inst_results[inst][0])), self.use(self.f.inst_args[inst][0])],
                  data)

    def fuse(self, inst: int, data) -> bool:
        """Whether a fusion rule rooted at `inst`'s opcode matched (and emitted), tried by priority."""
        for rule in FUSIONS.get(self.f.inst_op[inst], ()):   # a loop, not any() over a generator: per instruction
            if rule.lower(self, inst, data):
                return True
        return False

    # --- instructions -----------------------------------------------------------

    def lower_inst(self, inst: int) -> None:
        """One IR instruction: the first fusion rule rooted at it that matches, else its RULES
        row, its PLAIN_LOWERINGS entry or its SIMD family's lowering."""
        f = self.f
        opcode = f.inst_op[inst]
        rule = RULES.get(opcode)
        if rule is not None:   # one result; the args' vregs are made before the result's
            name, data = rule
            for fusion in FUSIONS.get(opcode, ()):   # fuse(), without its call: most instructions come here
                if fusion.lower(self, inst, data):
                    return
            if name in ("div", "f2i_trap"):  # these can trap: say where
                data = data._replace(wasm_offset=f.inst_offset[inst])
            uses = list(map(self.use, f.inst_args[inst]))
            self.landing = inst in self.landing_calls
            self.emit(name, [define(self.vreg(f.inst_results[inst][0])), *uses], data)
            return
        if opcode in FUSIONS and self.fuse(inst, None):
            return
        if opcode not in PLAIN_LOWERINGS and opcode in SIMD_LOWERINGS:
            SIMD_LOWERINGS[opcode](self, inst)   # reads through use(): what a pattern absorbs stays unneeded
            return
        vreg_of = self.vreg_of
        values = list(map(self.root.__getitem__, f.inst_args[inst]))
        self.needed.update(values)
        args = [vreg_of[a] if vreg_of[a] >= 0 else self.new_vreg(a) for a in values]
        results = list(map(self.vreg, f.inst_results[inst]))
        self.landing = inst in self.landing_calls
        if opcode in PLAIN_LOWERINGS:
            PLAIN_LOWERINGS[opcode](self, inst, args, results)
        else:
            raise NotImplementedError(f"no lowering for {op.opcode_name(opcode)}")

    # --- plain lowerings (PLAIN_LOWERINGS): (inst, args, results), the operands as vregs ----

    def lower_const(self, inst, args, results) -> None:
        """const: the value's bits, 64-bit wide or not (a v128 constant is the SIMD family's)."""
        f = self.f
        ty = f.value_type[f.inst_results[inst][0]]
        if ty == "v128":  # v128.const, as the IR builds it
            SIMD_LOWERINGS[op.V128_CONST](self, inst)
        else:
            self.emit("const", [define(results[0])], Const(VALUE_BYTES[ty] == 8, f.inst_imm[inst]))

    def lower_memory_access(self, inst, args, results) -> None:
        """load/store: the IR carries the access's type, size and signedness."""
        f = self.f
        access, offset, still = f.inst_imm[inst]
        data = MemoryAccess(access.size, access.signed, VALUE_BYTES[access.valtype] == 8,
                            CLASS_OF_TYPE[access.valtype] == FLOAT, offset, still, f.inst_offset[inst],
                            f.value_type[f.inst_args[inst][0]] == "i64")
        if access.store:      # args: addr, value, heap base, bound
            self.emit("store", [use(args[1]), use(args[0]), use(args[2]), use(args[3])], data)
        else:                 # args: addr, heap base, bound
            self.emit("load", [define(results[0]), *map(use, args)], data)

    def lower_heap_limit(self, inst, args, results) -> None:
        """heap_limit(64): the heap size less the access's reach."""
        name = "heap_limit" if self.f.inst_op[inst] == ir.HEAP_LIMIT else "heap_limit64"
        self.emit(name, [define(results[0]), use(args[0])], HeapLimit(self.f.inst_imm[inst]))

    def lower_heap_pointer(self, inst, args, results) -> None:
        """heap_base/heap_size: a memory's base or byte size from vmctx."""
        self.emit("heap_base" if self.f.inst_op[inst] == ir.HEAP_BASE else "heap_size",
                  [define(results[0]), use(args[0])], self.memory_slot(self.f.inst_imm[inst]))

    def memory_slot(self, memory: int) -> MemorySlot | None:
        """The data of an op reading memory `memory`'s MemoryDef: None for memory 0."""
        return MemorySlot(memory, self.env.layout.memory(memory)) if memory else None

    def lower_load_word(self, inst, args, results) -> None:
        """load_word: the word at WORD_LOADS' offset from the argument."""
        self.emit("load_word", [define(results[0]), use(args[0])], Word(WORD_LOADS[self.f.inst_op[inst]]))

    def lower_fuel_store(self, inst, args, results) -> None:
        """store_word: the fuel back into the store (args: store, fuel)."""
        self.emit("store_word", [use(args[1]), use(args[0])], Word(STORE_FUEL))

    def lower_fuel_check(self, inst, args, results) -> None:
        """fuel_check: charge the block's cost, trapping when the fuel runs out."""
        f = self.f
        self.emit("fuel_check", [define(results[0]), use(args[0])],
                  FuelCheck(f.inst_imm[inst], f.inst_offset[inst]))

    def lower_epoch_check(self, inst, args, results) -> None:
        """epoch_check: trap when the store's interrupt word is set."""
        self.emit("epoch_check", [use(args[0])], EpochCheck(self.f.inst_offset[inst]))

    def lower_wide(self, inst, args, results) -> None:
        """wide: i64.add128/sub128/mul_wide_s/mul_wide_u into (lo, hi); lo an early def (see inst.Wide)."""
        kind, signed = op.WIDE_ARITHMETIC[self.f.inst_op[inst]]
        self.emit("wide", [Operand(results[0], EARLY_DEF), define(results[1])] + [use(a) for a in args],
                  Wide(kind, signed))

    def lower_memory_size(self, inst, args, results) -> None:
        """memory_size: a memory's size in 64 KiB pages; heap_size, its bytes, for 1-byte pages."""
        memory = self.f.inst_imm[inst]
        byte_pages = self.env.module.memory_types()[memory].page_size_log2 == 0
        self.emit("heap_size" if byte_pages else "memory_size", [define(results[0]), use(args[0])],
                  self.memory_slot(memory))

    def lower_global_get(self, inst, args, results) -> None:
        """global_get: through the global's cell pointer."""
        f = self.f
        ty = self.env.global_types[f.inst_imm[inst]].valtype
        self.emit("global_get", [define(results[0]), use(args[0])],
                  GlobalAccess(self.env.layout.global_(f.inst_imm[inst]), VALUE_BYTES[ty]))

    def lower_global_set(self, inst, args, results) -> None:
        """global_set: through the global's cell pointer (args: vmctx, value)."""
        f = self.f
        ty = self.env.global_types[f.inst_imm[inst]].valtype
        self.emit("global_set", [use(args[1]), use(args[0])],
                  GlobalAccess(self.env.layout.global_(f.inst_imm[inst]), VALUE_BYTES[ty]))

    def lower_table_get(self, inst, args, results) -> None:
        """table_get: a bounds-checked element (args: vmctx, index)."""
        f = self.f
        self.emit("table_get", [define(results[0]), use(args[1]), use(args[0])],
                  TableAccess(self.env.layout.table(f.inst_imm[inst]), f.inst_offset[inst],
                              self.env.table_types[f.inst_imm[inst]].is64))

    def lower_table_set(self, inst, args, results) -> None:
        """table_set: a bounds-checked element (args: vmctx, index, value)."""
        f = self.f
        self.emit("table_set", [use(args[2]), use(args[1]), use(args[0])],
                  TableAccess(self.env.layout.table(f.inst_imm[inst]), f.inst_offset[inst],
                              self.env.table_types[f.inst_imm[inst]].is64))

    def lower_table_size(self, inst, args, results) -> None:
        """table_size: from the table's TableDef."""
        self.emit("table_size", [define(results[0]), use(args[0])],
                  TableSize(self.env.layout.table(self.f.inst_imm[inst])))

    def lower_ref_func(self, inst, args, results) -> None:
        """ref_func: the address of the function's FuncRef record."""
        self.emit("ref_func", [define(results[0]), use(args[0])], RefFunc(self.f.inst_imm[inst]))

    def lower_call_indirect(self, inst, args, results) -> None:
        """call_indirect: a checked call through a table; the last arg is the table index."""
        f = self.f
        type_index, table = f.inst_imm[inst]
        functype = self.env.types[type_index]
        self.lower_call_with(functype, args[:-1], results, "call_indirect",
                             CallIndirect(self.env.layout.table(table), type_index, f.inst_offset[inst],
                                          self.env.table_types[table].is64),
                             extra=[use(args[-1])])

    def lower_call_ref(self, inst, args, results) -> None:
        """call_ref: a call through a funcref, checked for null; the last arg is the funcref."""
        f = self.f
        self.lower_call_with(self.env.types[f.inst_imm[inst]], args[:-1], results, "call_ref",
                             CallRef(f.inst_offset[inst]), extra=[use(args[-1])])

    def lower_null_check(self, inst, args, results) -> None:
        """null_check: trap with the instruction's code when the reference is null."""
        self.emit("null_check", [use(args[0])], Trap(self.f.inst_imm[inst], self.f.inst_offset[inst]))

    def lower_builtin(self, inst, args, results) -> None:
        """A builtin: a call through its builtin slot, like an import."""
        f = self.f
        name = f.inst_imm[inst]
        self.env.builtins_used.add(name)
        params, returns = BUILTIN_SIGNATURES[name]
        self.lower_call_with(FuncType(params, returns), args, results, "call_import",
                             CallImport(self.env.layout.builtin_slot(name), f.inst_offset[inst]))

    def lower_bulk_memory(self, inst, args, results) -> None:
        """memory_copy (memory.copy/init, table.copy/init)/memory_fill (memory.fill, table.fill): args
        (dst, src or value, count, dst base and size, src base and size); the count in x15 for the
        routine (routines.py)."""
        self.bulk_memory(inst, None)

    def bulk_memory(self, inst: int, count: int | None) -> None:
        """memory_copy/memory_fill with `count` constant (inline), or None (a routine call)."""
        f = self.f
        args = f.inst_args[inst]
        opcode = f.inst_op[inst]
        name, scale, code = BULK_OPERATORS[opcode]
        fill = name == "memory_fill"
        same = fill or (opcode in (op.MEMORY_COPY, op.TABLE_COPY) and f.inst_imm[inst][0] == f.inst_imm[inst][1])
        wide = [f.value_type[value] == "i64" for value in args[:3]]
        operands = [self.use(args[0]), self.use(args[1])]
        if count is None:
            operands.append(self.use(args[2], FIXED, preg(INT, X15)))
        operands += [self.use(value) for value in args[3:5 if same else 7]]
        self.emit(name, operands, BulkMemory(wide[0], not fill and wide[1], wide[2], count, same, f.inst_offset[inst],
                                             scale, code), ROUTINE_CLOBBERS)

    def def_word(self, part: str, index: int, field: int) -> SegmentWord:
        """Where ir.DEF_WORD (part, index, field) is: a table's TableDef, or a segment's SegmentDef."""
        layout = self.env.layout
        if part == "tables":
            return SegmentWord(layout.table(index), field)
        return SegmentWord(getattr(layout, part), SEGMENTDEF_SIZE_OF * index + field)

    def lower_def_word(self, inst, args, results) -> None:
        """def_word: a table's base or size, a data or elem segment's address or current length."""
        self.emit("def_word", [define(results[0]), use(args[0])], self.def_word(*self.f.inst_imm[inst]))

    def lower_segment_drop(self, inst, args, results) -> None:
        """segment_drop (data.drop, elem.drop): the segment's SegmentDef length becomes 0."""
        part = "datas" if self.f.inst_op[inst] == op.DATA_DROP else "elems"
        self.emit("segment_drop", [use(args[0])], self.def_word(part, self.f.inst_imm[inst], SEGMENTDEF_LENGTH))

    def lower_select(self, inst, args, results) -> None:
        """select: on a condition in a register (select_cmp fuses the compare)."""
        f = self.f
        self.emit("select", [define(results[0]), use(args[0]), use(args[1]), use(args[2])],
                  Select(f.value_type[f.inst_results[inst][0]]))

    def lower_call(self, inst, args, results) -> None:
        """call: direct to a defined function, or through an imported function's slot."""
        callee, wasm_offset = self.f.inst_imm[inst], self.f.inst_offset[inst]
        functype = self.env.func_type(callee)
        if callee < self.env.num_imported_funcs:
            self.lower_call_with(functype, args, results, "call_import",
                                 CallImport(self.env.layout.import_slot(callee), wasm_offset))
        else:
            self.lower_call_with(functype, args, results, "call", Call(callee, wasm_offset))

    def lower_call_with(self, functype, args, results, opname, data, extra=()) -> None:
        """A call of `functype`: args[0] is the vmctx; `extra` operands join the call's own."""
        result_locs, _ = callconv.result_locations(functype.results)
        self.outgoing_bytes = max(self.outgoing_bytes,
                                  callconv.outgoing_area_size(functype.params, functype.results))
        operands = self.argument_operands(functype, args, "store_outgoing")
        stack_results = []
        for vreg, location in zip(results, result_locs):
            if location[0] == "stack":
                stack_results.append((vreg, location[1]))
            else:
                operands.append(define(vreg, FIXED, _loc_preg(location)))
        if self.landing:  # an exception may return here with no register kept (build_exceptions.py)
            extra = [use(operand.vreg, FIXED, LANDING_OPERAND_REG) for operand in extra]
            self.emit(f"{opname}.landing", operands + extra, data, LANDING_CLOBBERS)
        else:
            self.emit(opname, operands + list(extra), data, CALL_CLOBBERS)
        for vreg, slot in stack_results:
            self.emit("load_outgoing", [define(vreg)], StackSlot(slot))

    def argument_operands(self, functype, args, store_op: str) -> list:
        """The fixed-register uses passing `args` (vmctx first) to a function of `functype`;
        the stack arguments are stored first by `store_op` (store_outgoing, or store_incoming
        for a tail call)."""
        param_locs, _ = callconv.param_locations(functype.params)
        operands = [use(args[0], FIXED, VMCTX_REG)]
        for vreg, location in zip(args[1:], param_locs):
            if location[0] == "stack":
                self.emit(store_op, [use(vreg)], StackSlot(location[1]))
            else:
                operands.append(use(vreg, FIXED, _loc_preg(location)))
        return operands

    def lower_return_call(self, inst: int) -> None:
        """return_call, return_call_indirect, return_call_ref: a tail call (the MInst of that
        name) when its stack arguments fit the incoming area, else a call and a ret
        (callconv's docstring says when)."""
        f = self.f
        self.needed.update(self.root[a] for a in f.inst_args[inst])
        args = [self.vreg(a) for a in f.inst_args[inst]]
        imm, offset = f.inst_imm[inst], f.inst_offset[inst]
        extra = []
        if f.inst_op[inst] == ir.RETURN_CALL_INDIRECT:
            functype = self.env.types[imm[0]]
            opname, data = "call_indirect", CallIndirect(self.env.layout.table(imm[1]), imm[0], offset,
                                                          self.env.table_types[imm[1]].is64)
            args, extra = args[:-1], [use(args[-1])]
        elif f.inst_op[inst] == ir.RETURN_CALL_REF:
            functype = self.env.types[imm]
            opname, data = "call_ref", CallRef(offset)
            args, extra = args[:-1], [use(args[-1])]
        elif imm < self.env.num_imported_funcs:
            functype = self.env.func_type(imm)
            opname, data = "call_import", CallImport(self.env.layout.import_slot(imm), offset)
        else:
            functype = self.env.func_type(imm)
            opname, data = "call", Call(imm, offset)
        if opname == "call_import" or not callconv.tail_call_fits(f, functype):
            results = [self.vcode.new_vreg(CLASS_OF_TYPE[ty], wide=ty == "v128") for ty in functype.results]
            self.lower_call_with(functype, args, results, opname, data, extra)
            self.return_vregs(results)
            return
        operands = self.argument_operands(functype, args, "store_incoming")
        self.emit("return_" + opname, operands + extra, data)

    # --- terminators ------------------------------------------------------------

    def edge_target(self, edge: int, single_successor: bool) -> tuple[int, list[int]]:
        """The vblock an edge goes to, splitting it when it leaves a branch and either
        carries args or is critical (its target has several incoming edges): the
        register allocator puts its moves in the new block."""
        f = self.f
        target = self.vblock_of[f.edge_block[edge]]
        args, needed, root, vreg_of = [], self.needed, self.root, self.vreg_of
        for value in f.edge_args[edge]:   # self.use(value).vreg, without making the Operand
            value = root[value]
            needed.add(value)
            vreg = vreg_of[value]
            args.append(vreg if vreg >= 0 else self.new_vreg(value))
        if single_successor or not (args or self.incoming[f.edge_block[edge]] > 1):
            return target, args
        self.split_blocks.append((target, args))
        return len(self.order) + len(self.split_blocks) - 1, []

    def lower_terminator(self, inst: int) -> list[tuple[int, list[int]]]:
        f = self.f
        opcode = f.inst_op[inst]
        imm = f.inst_imm[inst]
        if opcode == ir.JUMP:
            target, args = self.edge_target(imm, True)
            self.emit("jump", data=Jump(target))
            return [(target, args)]
        if opcode == ir.BRIF:
            taken = self.edge_target(imm[0], False)
            not_taken = self.edge_target(imm[1], False)
            if not self.fuse(inst, (taken[0], not_taken[0])):
                self.emit("condbr", [self.use(f.inst_args[inst][0])], CondBr(taken[0], not_taken[0]))
            return [taken, not_taken]
        if opcode == ir.BR_TABLE:
            edges, default = imm
            targets = [self.edge_target(edge, False) for edge in edges]
            fallback = self.edge_target(default, False)
            self.emit("br_table", [self.use(f.inst_args[inst][0])],
                      BrTable(tuple(t for t, _ in targets), fallback[0]))
            return targets + [fallback]
        if opcode == ir.RETURN:
            self.lower_return(f.inst_args[inst])
            return []
        if opcode in (ir.RETURN_CALL, ir.RETURN_CALL_INDIRECT, ir.RETURN_CALL_REF):
            self.lower_return_call(inst)
            return []
        if opcode == ir.TRAP:
            self.emit("trap", data=Trap(imm, f.inst_offset[inst]))
            return []
        raise NotImplementedError(f"no lowering for terminator {opcode}")


# The plain lowerings of the IR opcodes that RULES does not cover: opcode -> Lowering method
# (lowering, inst, args, results), each documented by its docstring.
PLAIN_LOWERINGS = {
    ir.CONST: Lowering.lower_const,
    **dict.fromkeys(op.MEMORY_ACCESS, Lowering.lower_memory_access),
    ir.HEAP_LIMIT: Lowering.lower_heap_limit,
    ir.HEAP_LIMIT64: Lowering.lower_heap_limit,
    ir.HEAP_BASE: Lowering.lower_heap_pointer,
    ir.HEAP_SIZE: Lowering.lower_heap_pointer,
    **dict.fromkeys(WORD_LOADS, Lowering.lower_load_word),
    ir.FUEL_STORE: Lowering.lower_fuel_store,
    ir.FUEL_CHECK: Lowering.lower_fuel_check,
    ir.EPOCH_CHECK: Lowering.lower_epoch_check,
    op.MEMORY_SIZE: Lowering.lower_memory_size,
    **dict.fromkeys(op.WIDE_ARITHMETIC, Lowering.lower_wide),
    op.GLOBAL_GET: Lowering.lower_global_get,
    op.GLOBAL_SET: Lowering.lower_global_set,
    op.TABLE_GET: Lowering.lower_table_get,
    op.TABLE_SET: Lowering.lower_table_set,
    op.TABLE_SIZE: Lowering.lower_table_size,
    op.REF_FUNC: Lowering.lower_ref_func,
    ir.CALL_INDIRECT: Lowering.lower_call_indirect,
    ir.CALL_REF: Lowering.lower_call_ref,
    ir.NULL_CHECK: Lowering.lower_null_check,
    ir.BUILTIN: Lowering.lower_builtin,
    **dict.fromkeys(BULK_OPERATORS, Lowering.lower_bulk_memory),
    ir.DEF_WORD: Lowering.lower_def_word,
    op.DATA_DROP: Lowering.lower_segment_drop,
    op.ELEM_DROP: Lowering.lower_segment_drop,
    ir.SELECT: Lowering.lower_select,
    ir.CALL: Lowering.lower_call,
    **atomics.LOWERINGS,
}


# --- fusion rules -------------------------------------------------------------------
# Each is lower(lowering, inst, data) -> bool, as the module docstring says; its
# docstring is its pattern, `=>` the MInst it becomes.


_OPPOSITE = {"add": "sub", "sub": "add"}


def _imm12(lw: Lowering, inst: int, data) -> bool:
    """(add|sub|icmp x (const c)), c or -c an arith_immediate  =>  alu_imm add|sub x, #c
    (sub|add x, #-c)  or  icmp x, #c (a cmn when negative)"""
    bits = lw.constant(lw.f.inst_args[inst][1])
    imm = None if bits is None else arith_immediate(bits, data.is64)
    if imm is None:
        return False
    if isinstance(data, Icmp):
        lw.emit_immediate_form(inst, "icmp", data._replace(imm=imm))
    elif imm < 0:
        lw.emit_immediate_form(inst, "alu_imm", AluImm(data.is64, _OPPOSITE[data.name], -imm))
    else:
        lw.emit_immediate_form(inst, "alu_imm", AluImm(data.is64, data.name, imm))
    return True


def _neg(lw: Lowering, inst: int, data) -> bool:
    """(sub (const 0) x)  =>  unary neg x"""
    f = lw.f
    zero, operand = f.inst_args[inst]
    if lw.constant(zero) != 0:
        return False
    lw.emit("unary", [define(lw.vreg(f.inst_results[inst][0])), lw.use(operand)], Unary(data.is64, "neg"))
    return True


def _logical_imm(lw: Lowering, inst: int, data) -> bool:
    """(and|or|xor x (const c)), c a bitmask immediate  =>  alu_imm and|orr|eor x, #c"""
    bits = lw.constant(lw.f.inst_args[inst][1])
    if bits is None or encode_logical_imm(bits, data.is64) is None:
        return False
    lw.emit_immediate_form(inst, "alu_imm", AluImm(data.is64, data.name, bits))
    return True


def _shift_imm(lw: Lowering, inst: int, data) -> bool:
    """(shl|shr_s|shr_u|rotr x (const c))  =>  shift_imm x, #(c mod width)"""
    bits = lw.constant(lw.f.inst_args[inst][1])
    if bits is None:
        return False
    lw.emit_immediate_form(inst, "shift_imm",
                           ShiftImm(data.is64, SHIFT_IMM_NAMES[data.name], bits % (64 if data.is64 else 32)))
    return True


def _rotl_imm(lw: Lowering, inst: int, data) -> bool:
    """(rotl x (const c))  =>  shift_imm ror x, #((width - c mod width) mod width)"""
    bits = lw.constant(lw.f.inst_args[inst][1])
    if bits is None:
        return False
    width = 64 if data.is64 else 32
    lw.emit_immediate_form(inst, "shift_imm", ShiftImm(data.is64, "ror", (width - bits % width) % width))
    return True


def _inverted(lw: Lowering, value: int):
    """x if `value`, absorbable in this block, is (xor x -1) or (xor -1 x), else None."""
    inst = lw.fusible_compare(value, lw.current_block, ("alu",))
    if inst is None or RULES[lw.f.inst_op[inst]][1].name != "eor":
        return None
    data = RULES[lw.f.inst_op[inst]][1]
    ones = (1 << (64 if data.is64 else 32)) - 1
    left, right = lw.f.inst_args[inst]
    if lw.constant(right) == ones:
        return left
    return right if lw.constant(left) == ones else None


_NOT_FORMS = {"and": "bic", "orr": "orn", "eor": "eon"}


def _not_operand(lw: Lowering, inst: int, data) -> bool:
    """(and|or|xor x (xor y -1)), either order  =>  alu bic|orn|eon x, y;
    (xor x -1) alone  =>  unary mvn x"""
    f = lw.f
    left, right = f.inst_args[inst]
    result = define(lw.vreg(f.inst_results[inst][0]))
    for kept, notted in ((left, right), (right, left)):
        inverted = _inverted(lw, notted)
        if inverted is not None:
            lw.emit("alu", [result, lw.use(kept), lw.use(inverted)], Alu(data.is64, _NOT_FORMS[data.name]))
            return True
    if data.name == "eor" and lw.constant(right) == (1 << (64 if data.is64 else 32)) - 1:
        lw.emit("unary", [result, lw.use(left)], Unary(data.is64, "mvn"))
        return True
    return False


def _shifted(lw: Lowering, value: int, logical: bool):
    """(y, shift, amount) if `value`, absorbable in this block, is y shifted by a constant:
    shl, shr_u, shr_s, and for a logical operation rotr and rotl (as ror)."""
    inst = lw.fusible_compare(value, lw.current_block, ("alu", "rotl"))
    if inst is None:
        return None
    name, data = RULES[lw.f.inst_op[inst]]
    y, count = lw.f.inst_args[inst]
    bits = lw.constant(count)
    width = 64 if data.is64 else 32
    if bits is None or not bits % width:
        return None
    if name == "rotl":
        return (y, "ror", width - bits % width) if logical else None
    shift = SHIFT_IMM_NAMES.get(data.name)
    if shift is None or (shift == "ror" and not logical):
        return None
    return y, shift, bits % width


def _shifted_operand(lw: Lowering, inst: int, data) -> bool:
    """(add|and|or|xor x (shift y #k)), either order, (sub x (shift y #k)), the shift used only
    here  =>  alu_shifted x, y, <shift> #k (ror only for the logical operations)"""
    f = lw.f
    left, right = f.inst_args[inst]
    logical = data.name in ("and", "orr", "eor")
    orders = ((left, right),) if data.name == "sub" else ((left, right), (right, left))
    for kept, operand in orders:
        shifted = _shifted(lw, operand, logical)
        if shifted is not None:
            y, shift, amount = shifted
            lw.emit("alu_shifted", [define(lw.vreg(f.inst_results[inst][0])), lw.use(kept), lw.use(y)],
                    AluShifted(data.is64, data.name, shift, amount))
            return True
    return False


def _madd_msub(lw: Lowering, inst: int, data) -> bool:
    """(add x (mul a b)), (add (mul a b) x)  =>  madd a, b, x;
    (sub x (mul a b))  =>  madd a, b, x with its subtract flag (msub); the mul used only here."""
    f = lw.f
    left, right = f.inst_args[inst]
    product, addend = lw.fusible_multiply(right), left
    if product is None and data.name == "add":
        product, addend = lw.fusible_multiply(left), right
    if product is None:
        return False
    a, b = f.inst_args[product]
    lw.emit("madd", [define(lw.vreg(f.inst_results[inst][0])), lw.use(a), lw.use(b),
                     lw.use(addend)], Madd(data.is64, data.name == "sub"))
    return True


def _div_const(lw: Lowering, inst: int, data) -> bool:
    """(div_u|rem_u x (const 2**k)), k > 0  =>  shift_imm lsr x, #k  or  alu_imm and x, #(2**k - 1);
    (div_s|rem_s x (const 2**k)), 0 < k < width - 1  =>  div_pow2 x, k;
    (div|rem x (const c)), c != 0  =>  div x, c without the checks c rules out"""
    bits = lw.constant(lw.f.inst_args[inst][1])
    if not bits:
        return False
    width = 64 if data.is64 else 32
    shift = bits.bit_length() - 1
    if bits == 1 << shift and 0 < shift < width - (1 if data.signed else 0):
        if data.signed:
            lw.emit_immediate_form(inst, "div_pow2", DivPow2(data.is64, data.rem, shift))
        elif data.rem:
            lw.emit_immediate_form(inst, "alu_imm", AluImm(data.is64, "and", bits - 1))
        else:
            lw.emit_immediate_form(inst, "shift_imm", ShiftImm(data.is64, "lsr", shift))
        return True
    f = lw.f
    lw.emit("div", [define(lw.vreg(f.inst_results[inst][0]))] + [lw.use(a) for a in f.inst_args[inst]],
            data._replace(wasm_offset=f.inst_offset[inst], divisor=bits))
    return True


def _select_cmp(lw: Lowering, inst: int, data) -> bool:
    """(select t f (icmp|eqz ...)), the compare used only here  =>  select_cmp t, f, <compare>"""
    f = lw.f
    compare = lw.fusible_compare(f.inst_args[inst][2], lw.current_block)
    if compare is None:
        return False
    operands, compared = lw.compare_operands(compare)
    lw.emit("select_cmp", [define(lw.vreg(f.inst_results[inst][0])),
                           lw.use(f.inst_args[inst][0]), lw.use(f.inst_args[inst][1])]
            + operands, SelectCmp(f.value_type[f.inst_results[inst][0]], compared.is64, compared.cond, compared.imm))
    return True


def _cmp_branch(lw: Lowering, inst: int, targets) -> bool:
    """(brif (icmp|eqz ...) taken not_taken), the compare used only here  =>  cmp_branch <compare>"""
    compare = lw.fusible_compare(lw.f.inst_args[inst][0], lw.current_block)
    if compare is None:
        return False
    operands, compared = lw.compare_operands(compare)
    lw.emit("cmp_branch", operands, CmpBranch(compared.is64, compared.cond, compared.imm, *targets))
    return True


def _one_bit_and(lw: Lowering, value: int):
    """(x, k) if `value`, absorbable in this block, is (and x 2**k)."""
    inst = lw.fusible_compare(value, lw.current_block, ("alu",))
    if inst is None or RULES[lw.f.inst_op[inst]][1].name != "and":
        return None
    mask = lw.constant(lw.f.inst_args[inst][1])
    if not mask or mask & (mask - 1):
        return None
    return lw.f.inst_args[inst][0], mask.bit_length() - 1


def _tested_bit(lw: Lowering, value: int):
    """(x, bit, set) if `value`, absorbable in this block, tests one bit of x: whether it is
    set in (and x 2**k) and (icmp ne (and x 2**k) 0), clear in (eqz (and x 2**k)) and
    (icmp eq (and x 2**k) 0); the sign bit set in (icmp lt_s x 0), clear in (icmp ge_s x 0)."""
    f = lw.f
    inst = lw.fusible_compare(value, lw.current_block, ("alu", "icmp", "eqz"))
    if inst is None:
        return None
    name, data = RULES[f.inst_op[inst]]
    args = f.inst_args[inst]
    if name == "alu":
        tested = _one_bit_and(lw, value)
        return None if tested is None else (*tested, True)
    if name == "eqz":
        tested = _one_bit_and(lw, args[0])
        return None if tested is None else (*tested, False)
    if lw.constant(args[1]) != 0:
        return None
    if data.cond in (LT, GE):
        return args[0], 63 if data.is64 else 31, data.cond == LT
    tested = _one_bit_and(lw, args[0]) if data.cond in (NE, EQ) else None
    return None if tested is None else (*tested, data.cond == NE)


def _test_branch(lw: Lowering, inst: int, targets) -> bool:
    """(brif <a one-bit test, see _tested_bit> taken not_taken)  =>  test_branch x (tbnz/tbz)"""
    tested = _tested_bit(lw, lw.f.inst_args[inst][0])
    if tested is None:
        return False
    operand, bit, bit_set = tested
    lw.emit("test_branch", [lw.use(operand)], TestBranch(bit, bit_set, *targets))
    return True


def _fcmp_branch(lw: Lowering, inst: int, targets) -> bool:
    """(brif (fcmp ...) taken not_taken), the compare used only here  =>  fcmp_branch a, b"""
    compare = lw.fusible_compare(lw.f.inst_args[inst][0], lw.current_block, ("fcmp",))
    if compare is None:
        return False
    data = RULES[lw.f.inst_op[compare]][1]
    lw.emit("fcmp_branch", [lw.use(a) for a in lw.f.inst_args[compare]],
            FcmpBranch(data.double, data.cond, *targets))
    return True


def _bulk_inline(lw: Lowering, inst: int, data) -> bool:
    """(memory.copy|memory.init|table.copy|table.init d s (const n)), n bytes <= COPY_INLINE_MAX;
    (memory.fill|table.fill d v (const n)), n bytes <= FILL_INLINE_MAX  =>  memory_copy/memory_fill
    with the count inline (no routine call)"""
    n = lw.constant(lw.f.inst_args[inst][2])
    name, scale, _ = BULK_OPERATORS[lw.f.inst_op[inst]]
    if n is None or n << scale > (FILL_INLINE_MAX if name == "memory_fill" else COPY_INLINE_MAX):
        return False
    lw.bulk_memory(inst, n)
    return True


@dataclass(frozen=True)
class Rule:
    """One pattern of instruction selection; see the module docstring."""
    name: str
    priority: int             # higher is tried first among the rules on one root opcode
    roots: frozenset          # IR opcodes the pattern's root instruction may have
    lower: Callable[[Lowering, int, object], bool]


def _roots(kind: str, *operators: str) -> frozenset:
    """The opcodes RULES lowers to MInst `kind` (and, if given, one of these alu operators)."""
    return frozenset(opcode for opcode, (name, data) in RULES.items()
                     if name == kind and (not operators or data.name in operators))


# Each row: Rule(name, priority, root opcodes, lower).  An operand folded into an
# immediate (priority 20) beats fusing two instructions (10).
FUSION_RULES = (
    Rule("imm12",       20, _roots("alu", "add", "sub") | _roots("icmp"),        _imm12),
    Rule("neg",         20, _roots("alu", "sub"),                                _neg),
    Rule("logical_imm", 20, _roots("alu", "and", "orr", "eor"),                  _logical_imm),
    Rule("shift_imm",   20, _roots("alu", "lslv", "lsrv", "asrv", "rorv"),       _shift_imm),
    Rule("rotl_imm",    20, _roots("rotl"),                                      _rotl_imm),
    Rule("div_const",   20, _roots("div"),                                       _div_const),
    Rule("not_operand", 25, _roots("alu", "and", "orr", "eor"),                  _not_operand),
    Rule("madd_msub",   10, _roots("alu", "add", "sub"),                         _madd_msub),
    Rule("shifted_operand", 5, _roots("alu", "add", "sub", "and", "orr", "eor"), _shifted_operand),
    Rule("select_cmp",  10, frozenset({ir.SELECT}),                              _select_cmp),
    Rule("test_branch", 15, frozenset({ir.BRIF}),                                _test_branch),
    Rule("cmp_branch",  10, frozenset({ir.BRIF}),                                _cmp_branch),
    Rule("fcmp_branch", 10, frozenset({ir.BRIF}),                                _fcmp_branch),
    Rule("bulk_inline", 20, frozenset(BULK_OPERATORS),                          _bulk_inline),
)

# Root opcode -> its fusion rules, highest priority first.
FUSIONS = {root: tuple(sorted((rule for rule in FUSION_RULES if root in rule.roots), key=lambda rule: -rule.priority))
           for root in frozenset().union(*(rule.roots for rule in FUSION_RULES))}


def lower_function(env: ModuleEnv, f: ir.IRFunction) -> tuple[VCode, int]:
    """VCode for `f`, and the bytes of outgoing stack area its calls need."""
    lowering = Lowering(env, f)
    vcode = lowering.lower()
    insts = vcode.insts
    constants = compress(range(len(insts)), map(_CONSTANT_OPS.__contains__, map(attrgetter("op"), insts)))
    vcode.remat = {insts[index].operands[0].vreg: index for index in constants}
    return vcode, lowering.outgoing_bytes


_CONSTANT_OPS = frozenset(("const", "v128_const"))   # the MInsts the allocator may rematerialise
