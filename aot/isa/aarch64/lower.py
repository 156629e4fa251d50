"""Lowering: SSA IR to AArch64 VCode.

Numeric operators lower through the RULES table: Wasm opcode -> (MInst op,
data).  Control flow, calls and the function boundary follow the calling
convention in callconv.py.  IR blocks keep their reverse-postorder position as
VCode block ids; edges that pass arguments out of a block with several successors
get a block of their own (critical-edge splitting), appended after them.
"""

from __future__ import annotations

from ....runtime.abi import BUILTINS
from ...ir import function as ir
from ...machinst.vcode import FIXED, FLOAT, INT, VCode, define, preg, use
from ...module_env import ModuleEnv
from ...wasm import opcodes as op
from ...wasm.module import FuncType
from . import callconv
from .inst import MInst
from .regs import EQ, GE, GT, HI, HS, LE, LO, LS, LT, MI, NE

CLASS_OF_TYPE = {"i32": INT, "i64": INT, "funcref": INT, "externref": INT, "f32": FLOAT, "f64": FLOAT}

# Everything a call may destroy: x0-x17 and v0-v7, v16-v31 (AAPCS64 caller-saved).
CALL_CLOBBERS = tuple(range(0, 18)) + tuple(preg(FLOAT, n) for n in list(range(8)) + list(range(16, 32)))


def _int_rules() -> dict:
    rules = {}
    for ty, is64 in (("I32", False), ("I64", True)):
        for name, alu in (("ADD", "add"), ("SUB", "sub"), ("MUL", "mul"), ("AND", "and"),
                          ("OR", "orr"), ("XOR", "eor"), ("SHL", "lslv"), ("SHR_S", "asrv"),
                          ("SHR_U", "lsrv"), ("ROTR", "rorv")):
            rules[getattr(op, f"{ty}_{name}")] = ("alu", (is64, alu))
        rules[getattr(op, f"{ty}_ROTL")] = ("rotl", is64)
        for name, signed, rem in (("DIV_S", True, False), ("DIV_U", False, False),
                                  ("REM_S", True, True), ("REM_U", False, True)):
            rules[getattr(op, f"{ty}_{name}")] = ("div", (is64, signed, rem))
        for name, cond in (("EQ", EQ), ("NE", NE), ("LT_S", LT), ("LT_U", LO), ("GT_S", GT),
                           ("GT_U", HI), ("LE_S", LE), ("LE_U", LS), ("GE_S", GE), ("GE_U", HS)):
            rules[getattr(op, f"{ty}_{name}")] = ("icmp", (is64, cond))
        rules[getattr(op, f"{ty}_EQZ")] = ("eqz", is64)
        for name in ("CLZ", "CTZ", "POPCNT"):
            rules[getattr(op, f"{ty}_{name}")] = ("unary", (is64, name.lower()))
        rules[getattr(op, f"{ty}_EXTEND8_S")] = ("unary", (is64, "sxtb"))
        rules[getattr(op, f"{ty}_EXTEND16_S")] = ("unary", (is64, "sxth"))
    rules[op.I64_EXTEND32_S] = ("unary", (True, "sxtw"))
    rules[op.I64_EXTEND_I32_S] = ("unary", (True, "sxtw"))
    rules[op.I64_EXTEND_I32_U] = ("unary", (False, "uxtw"))
    rules[op.I32_WRAP_I64] = ("unary", (False, "uxtw"))
    rules[op.REF_IS_NULL] = ("eqz", True)
    return rules


def _float_rules() -> dict:
    rules = {}
    for ty, double in (("F32", False), ("F64", True)):
        for name in ("ADD", "SUB", "MUL", "DIV", "MIN", "MAX"):
            rules[getattr(op, f"{ty}_{name}")] = ("fbin", (double, name.lower()))
        for name, fun in (("NEG", "fneg"), ("ABS", "fabs"), ("SQRT", "fsqrt"), ("CEIL", "frintp"),
                          ("FLOOR", "frintm"), ("TRUNC", "frintz"), ("NEAREST", "frintn")):
            rules[getattr(op, f"{ty}_{name}")] = ("fun", (double, fun))
        # Ordered conditions: false when either operand is NaN (NE is true then, as Wasm wants).
        for name, cond in (("EQ", EQ), ("NE", NE), ("LT", MI), ("LE", LS), ("GT", GT), ("GE", GE)):
            rules[getattr(op, f"{ty}_{name}")] = ("fcmp", (double, cond))
        rules[getattr(op, f"{ty}_COPYSIGN")] = ("fcopysign", double)
        for src, src64 in (("I32", False), ("I64", True)):
            for sign, signed in (("S", True), ("U", False)):
                rules[getattr(op, f"{ty}_CONVERT_{src}_{sign}")] = ("i2f", (src64, double, signed))
                rules[getattr(op, f"{src}_TRUNC_SAT_{ty}_{sign}")] = ("f2i_sat", (src64, double, signed))
                rules[getattr(op, f"{src}_TRUNC_{ty}_{sign}")] = ("f2i_trap", (src64, double, signed))
    rules[op.F32_DEMOTE_F64] = ("f2f", False)
    rules[op.F64_PROMOTE_F32] = ("f2f", True)
    rules[op.I32_REINTERPRET_F32] = ("to_gp", False)
    rules[op.I64_REINTERPRET_F64] = ("to_gp", True)
    rules[op.F32_REINTERPRET_I32] = ("from_gp", False)
    rules[op.F64_REINTERPRET_I64] = ("from_gp", True)
    return rules


RULES = {**_int_rules(), **_float_rules()}

# Memory accesses: opcode -> (bytes, sign-extend, 64-bit destination, float register).
MEMORY_ACCESS = {
    op.I32_LOAD: (4, False, False, False), op.I64_LOAD: (8, False, True, False),
    op.F32_LOAD: (4, False, False, True), op.F64_LOAD: (8, False, True, True),
    op.I32_LOAD8_S: (1, True, False, False), op.I32_LOAD8_U: (1, False, False, False),
    op.I32_LOAD16_S: (2, True, False, False), op.I32_LOAD16_U: (2, False, False, False),
    op.I64_LOAD8_S: (1, True, True, False), op.I64_LOAD8_U: (1, False, True, False),
    op.I64_LOAD16_S: (2, True, True, False), op.I64_LOAD16_U: (2, False, True, False),
    op.I64_LOAD32_S: (4, True, True, False), op.I64_LOAD32_U: (4, False, True, False),
    op.I32_STORE: (4, False, False, False), op.I64_STORE: (8, False, True, False),
    op.F32_STORE: (4, False, False, True), op.F64_STORE: (8, False, True, True),
    op.I32_STORE8: (1, False, False, False), op.I32_STORE16: (2, False, False, False),
    op.I64_STORE8: (1, False, True, False), op.I64_STORE16: (2, False, True, False),
    op.I64_STORE32: (4, False, True, False),
}
STORES = frozenset({op.I32_STORE, op.I64_STORE, op.F32_STORE, op.F64_STORE, op.I32_STORE8,
                    op.I32_STORE16, op.I64_STORE8, op.I64_STORE16, op.I64_STORE32})
BUILTIN_SIGNATURES = {name: (params, results) for name, params, results in BUILTINS}
WIDE_TYPES = frozenset({"i64", "f64", "funcref", "externref"})
VALUE_BYTES = {"i32": 4, "f32": 4, "i64": 8, "f64": 8, "funcref": 8, "externref": 8}


def _loc_preg(location) -> int:
    kind, number = location
    return preg(INT if kind == "x" else FLOAT, number)


class Lowering:
    def __init__(self, env: ModuleEnv, f: ir.IRFunction):
        self.env = env
        self.f = f
        self.vcode = VCode()
        self.vreg_of = [-1] * len(f.value_type)
        self.order = f.reachable_blocks()
        self.vblock_of = {block: index for index, block in enumerate(self.order)}
        self.split_blocks: list[tuple[int, list[int]]] = []  # (target vblock, arg vregs)
        self.outgoing_bytes = 0

    def vreg(self, value: int) -> int:
        value = self.f.resolve(value)
        vreg = self.vreg_of[value]
        if vreg < 0:
            vreg = self.vcode.new_vreg(CLASS_OF_TYPE[self.f.value_type[value]])
            self.vreg_of[value] = vreg
        return vreg

    def emit(self, opname, operands=(), data=None, clobbers=()) -> None:
        self.vcode.insts.append(MInst(opname, tuple(operands), data, clobbers))

    def lower(self) -> VCode:
        f, vcode = self.f, self.vcode
        num_blocks = len(self.order)
        for block in self.order:
            vcode.block_start.append(len(vcode.insts))
            vcode.block_params.append([] if block == 0 else [self.vreg(v) for v in f.block_params[block]])
            if block == 0:
                self.lower_args()
            insts = f.block_insts[block]
            for inst in insts[:-1]:
                self.lower_inst(inst)
            vcode.block_succs.append(self.lower_terminator(insts[-1]))
            vcode.block_end.append(len(vcode.insts))
        for index, (target, args) in enumerate(self.split_blocks):
            vcode.block_start.append(len(vcode.insts))
            vcode.block_params.append([])
            self.emit("jump", data=target)
            vcode.block_succs.append([(target, args)])
            vcode.block_end.append(len(vcode.insts))
            assert num_blocks + index == len(vcode.block_end) - 1
        return vcode

    # --- function boundary ----------------------------------------------------

    def lower_args(self) -> None:
        params = self.f.block_params[0]
        locations, _ = callconv.param_locations(self.f.params)
        operands = [define(self.vreg(params[0]), FIXED, callconv.VMCTX_REG)]
        stack_params = []
        for value, location in zip(params[1:], locations):
            if location[0] == "stack":
                stack_params.append((value, location[1]))
            else:
                operands.append(define(self.vreg(value), FIXED, _loc_preg(location)))
        self.emit("args", operands)
        for value, slot in stack_params:
            self.emit("load_incoming", [define(self.vreg(value))], slot)

    def lower_return(self, values) -> None:
        locations, _ = callconv.result_locations(self.f.results)
        operands = []
        for value, location in zip(values, locations):
            if location[0] == "stack":
                self.emit("store_incoming", [use(self.vreg(value))], location[1])
            else:
                operands.append(use(self.vreg(value), FIXED, _loc_preg(location)))
        self.emit("ret", operands)

    # --- instructions -----------------------------------------------------------

    def lower_inst(self, inst: int) -> None:
        f = self.f
        opcode = f.inst_op[inst]
        args = [self.vreg(a) for a in f.inst_args[inst]]
        results = [self.vreg(r) for r in f.inst_results[inst]]
        rule = RULES.get(opcode)
        if rule is not None:
            name, data = rule
            if name in ("div", "f2i_trap"):  # these can trap: say where
                data = data + (f.inst_offset[inst],)
            self.emit(name, [define(results[0])] + [use(a) for a in args], data)
        elif opcode == ir.CONST:
            ty = f.value_type[f.inst_results[inst][0]]
            self.emit("const", [define(results[0])], (ty in WIDE_TYPES, f.inst_imm[inst]))
        elif opcode in MEMORY_ACCESS:
            access = MEMORY_ACCESS[opcode] + (f.inst_imm[inst], f.inst_offset[inst])
            if opcode in STORES:  # value, addr, vmctx
                self.emit("store", [use(args[2]), use(args[1]), use(args[0])], access)
            else:
                self.emit("load", [define(results[0]), use(args[1]), use(args[0])], access)
        elif opcode == op.MEMORY_SIZE:
            self.emit("memory_size", [define(results[0]), use(args[0])])
        elif opcode == op.GLOBAL_GET:
            ty = self.env.global_types[f.inst_imm[inst]].valtype
            self.emit("global_get", [define(results[0]), use(args[0])],
                      (self.env.layout.global_(f.inst_imm[inst]), VALUE_BYTES[ty]))
        elif opcode == op.GLOBAL_SET:
            ty = self.env.global_types[f.inst_imm[inst]].valtype
            self.emit("global_set", [use(args[1]), use(args[0])],
                      (self.env.layout.global_(f.inst_imm[inst]), VALUE_BYTES[ty]))
        elif opcode == op.TABLE_GET:
            self.emit("table_get", [define(results[0]), use(args[1]), use(args[0])],
                      (self.env.layout.table(f.inst_imm[inst]), f.inst_offset[inst]))
        elif opcode == op.TABLE_SET:
            self.emit("table_set", [use(args[2]), use(args[1]), use(args[0])],
                      (self.env.layout.table(f.inst_imm[inst]), f.inst_offset[inst]))
        elif opcode == op.TABLE_SIZE:
            self.emit("table_size", [define(results[0]), use(args[0])],
                      self.env.layout.table(f.inst_imm[inst]))
        elif opcode == op.REF_FUNC:
            self.emit("ref_func", [define(results[0]), use(args[0])], f.inst_imm[inst])
        elif opcode == ir.CALL_INDIRECT:
            type_index, table = f.inst_imm[inst]
            functype = self.env.types[type_index]
            self.lower_call_with(functype, args[:-1], results, "call_indirect",
                                 (self.env.layout.table(table), type_index, f.inst_offset[inst]),
                                 extra=[use(args[-1])])
        elif opcode == ir.BUILTIN:
            name = f.inst_imm[inst]
            self.env.builtins_used.add(name)
            params, returns = BUILTIN_SIGNATURES[name]
            self.lower_call_with(FuncType(params, returns), args, results, "call_import",
                                 self.env.layout.builtin_slot(name))
        elif opcode == ir.SELECT:
            self.emit("select", [define(results[0]), use(args[0]), use(args[1]), use(args[2])],
                      f.value_type[f.inst_results[inst][0]])
        elif opcode == ir.CALL:
            self.lower_call(f.inst_imm[inst], args, results)
        else:
            raise NotImplementedError(f"no lowering for {op.opcode_name(opcode)}")

    def lower_call(self, callee: int, args, results) -> None:
        functype = self.env.func_type(callee)
        if callee < self.env.num_imported_funcs:
            self.lower_call_with(functype, args, results, "call_import",
                                 self.env.layout.import_slot(callee))
        else:
            self.lower_call_with(functype, args, results, "call", callee)

    def lower_call_with(self, functype, args, results, opname, data, extra=()) -> None:
        """A call of `functype`: args[0] is the vmctx; `extra` operands join the call's own."""
        param_locs, _ = callconv.param_locations(functype.params)
        result_locs, _ = callconv.result_locations(functype.results)
        self.outgoing_bytes = max(self.outgoing_bytes,
                                  callconv.outgoing_area_size(functype.params, functype.results))
        operands = [use(args[0], FIXED, callconv.VMCTX_REG)]
        for vreg, location in zip(args[1:], param_locs):
            if location[0] == "stack":
                self.emit("store_outgoing", [use(vreg)], location[1])
            else:
                operands.append(use(vreg, FIXED, _loc_preg(location)))
        stack_results = []
        for vreg, location in zip(results, result_locs):
            if location[0] == "stack":
                stack_results.append((vreg, location[1]))
            else:
                operands.append(define(vreg, FIXED, _loc_preg(location)))
        self.emit(opname, operands + list(extra), data, CALL_CLOBBERS)
        for vreg, slot in stack_results:
            self.emit("load_outgoing", [define(vreg)], slot)

    # --- terminators ------------------------------------------------------------

    def edge_target(self, edge: int, single_successor: bool) -> tuple[int, list[int]]:
        """The vblock an edge goes to, splitting it when it carries args out of a branch."""
        f = self.f
        target = self.vblock_of[f.edge_block[edge]]
        args = [self.vreg(a) for a in f.edge_args[edge]]
        if single_successor or not args:
            return target, args
        self.split_blocks.append((target, args))
        return len(self.order) + len(self.split_blocks) - 1, []

    def lower_terminator(self, inst: int) -> list[tuple[int, list[int]]]:
        f = self.f
        opcode = f.inst_op[inst]
        imm = f.inst_imm[inst]
        if opcode == ir.JUMP:
            target, args = self.edge_target(imm, True)
            self.emit("jump", data=target)
            return [(target, args)]
        if opcode == ir.BRIF:
            taken = self.edge_target(imm[0], False)
            not_taken = self.edge_target(imm[1], False)
            self.emit("condbr", [use(self.vreg(f.inst_args[inst][0]))], (taken[0], not_taken[0]))
            return [taken, not_taken]
        if opcode == ir.BR_TABLE:
            edges, default = imm
            targets = [self.edge_target(edge, False) for edge in edges]
            fallback = self.edge_target(default, False)
            self.emit("br_table", [use(self.vreg(f.inst_args[inst][0]))],
                      (tuple(t for t, _ in targets), fallback[0]))
            return targets + [fallback]
        if opcode == ir.RETURN:
            self.lower_return(f.inst_args[inst])
            return []
        if opcode == ir.TRAP:
            self.emit("trap", data=(imm, f.inst_offset[inst]))
            return []
        raise NotImplementedError(f"no lowering for terminator {opcode}")


def lower_function(env: ModuleEnv, f: ir.IRFunction) -> tuple[VCode, int]:
    """VCode for `f`, and the bytes of outgoing stack area its calls need."""
    lowering = Lowering(env, f)
    vcode = lowering.lower()
    return vcode, lowering.outgoing_bytes
