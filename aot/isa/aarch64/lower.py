"""Lowering: SSA IR to AArch64 VCode.

Numeric operators lower through the RULES table: Wasm opcode -> (MInst op,
data).  Control flow, calls and the function boundary follow the calling
convention in callconv.py.  IR blocks keep their reverse-postorder position as
VCode block ids; edges that pass arguments out of a block with several successors
get a block of their own (critical-edge splitting), appended after them.
"""

from __future__ import annotations

from wasmoon_aot.runtime.abi import BUILTINS, STORE_FUEL, VMCTX_STORE
from ...ir import function as ir
from ...machinst.vcode import FIXED, FLOAT, INT, REG, VCode, define, preg, use
from ...opt.effects import PURE, UNUSED_READS
from ...module_env import ModuleEnv
from ...wasm import opcodes as op
from ...wasm.module import FuncType
from . import callconv
from .abi import CALL_CLOBBERS, VMCTX_REG
from .encode import encode_logical_imm
from .inst import MInst
from .regs import EQ, GE, GT, HI, HS, LE, LO, LS, LT, MI, NE

CLASS_OF_TYPE = {"i32": INT, "i64": INT, "funcref": INT, "externref": INT, "f32": FLOAT, "f64": FLOAT}


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

# IR reads of one word at a fixed offset from their argument: opcode -> offset.
WORD_LOADS = {ir.STORE_PTR: VMCTX_STORE, ir.FUEL_LOAD: STORE_FUEL}
BUILTIN_SIGNATURES = {name: (params, results) for name, params, results in BUILTINS}
DELETABLE = PURE | UNUSED_READS
# Bytes a value of each type occupies (references are pointers); the 8-byte ones live in X/D registers.
VALUE_BYTES = {**op.VALUE_BYTES, "funcref": 8, "externref": 8}


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
        self.needed: set[int] = set()       # values some lowered instruction reads in a register
        self.use_count = [0] * len(f.value_type)
        self.def_inst = [-1] * len(f.value_type)
        self.def_block = [-1] * len(f.value_type)
        self.incoming = [0] * len(f.block_insts)   # edges into each IR block
        self.out: list[MInst] = []
        self.current_block = 0

    def vreg(self, value: int) -> int:
        value = self.f.resolve(value)
        vreg = self.vreg_of[value]
        if vreg < 0:
            vreg = self.vcode.new_vreg(CLASS_OF_TYPE[self.f.value_type[value]])
            self.vreg_of[value] = vreg
        return vreg

    def emit(self, opname, operands=(), data=None, clobbers=()) -> None:
        self.out.append(MInst(opname, tuple(operands), data, clobbers))

    def use(self, value: int, constraint=REG, extra=0):
        """An operand reading IR value `value` in a register (or as constrained)."""
        value = self.f.resolve(value)
        self.needed.add(value)
        return use(self.vreg(value), constraint, extra)

    def count_uses(self) -> None:
        """Use counts and defining instructions of every value, for pattern matching."""
        f = self.f
        for block in self.order:
            for inst in f.block_insts[block]:
                for result in f.inst_results[inst]:
                    self.def_inst[result] = inst
                    self.def_block[result] = block
                for arg in f.inst_args[inst]:
                    self.use_count[f.resolve(arg)] += 1
            for edge in f.successors(block):
                self.incoming[f.edge_block[edge]] += 1
                for arg in f.edge_args[edge]:
                    self.use_count[f.resolve(arg)] += 1

    def lower(self) -> VCode:
        """Lower blocks last to first and instructions backwards, so that an
        instruction whose results every user absorbed (a constant that became an
        immediate, a compare fused into a branch) is never lowered at all."""
        f, vcode = self.f, self.vcode
        num_blocks = len(self.order)
        self.count_uses()
        lowered: list[list[MInst]] = [[] for _ in self.order]
        successors: list = [None] * num_blocks
        for index in range(num_blocks - 1, -1, -1):
            block = self.order[index]
            self.current_block = block
            insts = f.block_insts[block]
            groups = []
            self.out = []
            successors[index] = self.lower_terminator(insts[-1])
            groups.append(self.out)
            for inst in reversed(insts[:-1]):
                if f.inst_op[inst] in DELETABLE and not any(f.resolve(r) in self.needed
                                                            for r in f.inst_results[inst]):
                    continue
                self.out = []
                self.lower_inst(inst)
                groups.append(self.out)
            if block == 0:
                self.out = []
                self.lower_args()
                groups.append(self.out)
            lowered[index] = [minst for group in reversed(groups) for minst in group]
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
            self.emit("jump", data=target)
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
            self.emit("load_incoming", [define(self.vreg(value))], slot)

    def lower_return(self, values) -> None:
        locations, _ = callconv.result_locations(self.f.results)
        operands = []
        for value, location in zip(values, locations):
            if location[0] == "stack":
                self.emit("store_incoming", [self.use(value)], location[1])
            else:
                operands.append(self.use(value, FIXED, _loc_preg(location)))
        self.emit("ret", operands)

    # --- instructions -----------------------------------------------------------

    # --- pattern helpers ---------------------------------------------------------

    def constant(self, value: int):
        """The bits of `value` if a CONST defines it, else None."""
        inst = self.def_inst[self.f.resolve(value)]
        if inst >= 0 and self.f.inst_op[inst] == ir.CONST:
            return self.f.inst_imm[inst]
        return None

    def fusible_compare(self, value: int, block: int):
        """The compare instruction defining `value` if a branch or select in `block`
        may absorb it: an icmp/eqz there whose only use is that branch or select."""
        value = self.f.resolve(value)
        inst = self.def_inst[value]
        if inst < 0 or self.def_block[value] != block or self.use_count[value] != 1:
            return None
        rule = RULES.get(self.f.inst_op[inst])
        return inst if rule is not None and rule[0] in ("icmp", "eqz") else None

    def compare_operands(self, inst: int):
        """(operands, data) reading an icmp/eqz's inputs for a fused cmp: (is64, cond, imm)."""
        f = self.f
        name, data = RULES[f.inst_op[inst]]
        args = f.inst_args[inst]
        if name == "eqz":
            return [self.use(args[0])], (data, EQ, 0)
        is64, cond = data
        right = self.constant(args[1])
        if right is not None and right < 4096:
            return [self.use(args[0])], (is64, cond, right)
        return [self.use(args[0]), self.use(args[1])], (is64, cond, None)

    def fusible_multiply(self, value: int):
        """The integer mul defining `value`, if an add/sub in this block may absorb it."""
        value = self.f.resolve(value)
        inst = self.def_inst[value]
        if inst < 0 or self.def_block[value] != self.current_block or self.use_count[value] != 1:
            return None
        rule = RULES.get(self.f.inst_op[inst])
        return inst if rule is not None and rule[0] == "alu" and rule[1][1] == "mul" else None

    def lower_multiply_add(self, inst: int, is64: bool, name: str) -> bool:
        """x + a*b (either side) becomes madd, x - a*b becomes msub."""
        f = self.f
        left, right = f.inst_args[inst]
        product, addend = self.fusible_multiply(right), left
        if product is None and name == "add":
            product, addend = self.fusible_multiply(left), right
        if product is None:
            return False
        a, b = f.inst_args[product]
        self.emit("madd", [define(self.vreg(f.inst_results[inst][0])), self.use(a), self.use(b),
                           self.use(addend)], (is64, name == "sub"))
        return True

    def lower_immediate_form(self, inst: int, name: str, data) -> bool:
        """alu/icmp with a constant right operand that the instruction can encode."""
        f = self.f
        left, right = f.inst_args[inst]
        bits = self.constant(right)
        if bits is None:
            return False
        result = self.vreg(f.inst_results[inst][0])
        if name == "icmp":
            if bits >= 4096:
                return False
            self.emit("icmp", [define(result), self.use(left)], data + (bits,))
            return True
        if name == "rotl":  # rotate left by c is rotate right by width - c
            width = 64 if data else 32
            self.emit("shift_imm", [define(result), self.use(left)], (data, "rorv", (width - bits % width) % width))
            return True
        is64, op_name = data
        if op_name in ("lslv", "lsrv", "asrv", "rorv"):
            self.emit("shift_imm", [define(result), self.use(left)],
                      (is64, op_name, bits % (64 if is64 else 32)))
            return True
        if op_name in ("add", "sub") and bits < 4096:
            self.emit("alu_imm", [define(result), self.use(left)], (is64, op_name, bits))
            return True
        if op_name in ("and", "orr", "eor") and encode_logical_imm(bits, is64) is not None:
            self.emit("alu_imm", [define(result), self.use(left)], (is64, op_name, bits))
            return True
        return False

    # --- instructions -----------------------------------------------------------

    def lower_inst(self, inst: int) -> None:
        f = self.f
        opcode = f.inst_op[inst]
        rule = RULES.get(opcode)
        if rule is not None and rule[0] in ("alu", "icmp", "rotl") and self.lower_immediate_form(inst, *rule):
            return
        if rule is not None and rule[0] == "alu" and rule[1][1] in ("add", "sub") and self.lower_multiply_add(inst, *rule[1]):
            return
        if opcode == ir.SELECT:
            compare = self.fusible_compare(f.inst_args[inst][2], self.current_block)
            if compare is not None:
                operands, data = self.compare_operands(compare)
                self.emit("select_cmp", [define(self.vreg(f.inst_results[inst][0])),
                                         self.use(f.inst_args[inst][0]), self.use(f.inst_args[inst][1])]
                          + operands, (f.value_type[f.inst_results[inst][0]],) + data)
                return
        self.needed.update(f.resolve(a) for a in f.inst_args[inst])
        args = [self.vreg(a) for a in f.inst_args[inst]]
        results = [self.vreg(r) for r in f.inst_results[inst]]
        if rule is not None:
            name, data = rule
            if name in ("div", "f2i_trap"):  # these can trap: say where
                data = data + (f.inst_offset[inst],)
            self.emit(name, [define(results[0])] + [use(a) for a in args], data)
        elif opcode == ir.CONST:
            ty = f.value_type[f.inst_results[inst][0]]
            self.emit("const", [define(results[0])], (VALUE_BYTES[ty] == 8, f.inst_imm[inst]))
        elif opcode in op.MEMORY_ACCESS:  # the IR carries the access's type, size and signedness
            access, offset, still = f.inst_imm[inst]
            data = (access.size, access.signed, VALUE_BYTES[access.valtype] == 8,
                    CLASS_OF_TYPE[access.valtype] == FLOAT, offset, still, f.inst_offset[inst])
            if access.store:      # args: addr, value, heap base, bound
                self.emit("store", [use(args[1]), use(args[0]), use(args[2]), use(args[3])], data)
            else:                 # args: addr, heap base, bound
                self.emit("load", [define(results[0])] + [use(a) for a in args], data)
        elif opcode == ir.HEAP_LIMIT:
            self.emit("heap_limit", [define(results[0]), use(args[0])], f.inst_imm[inst])
        elif opcode in (ir.HEAP_BASE, ir.HEAP_SIZE):
            self.emit("heap_base" if opcode == ir.HEAP_BASE else "heap_size",
                      [define(results[0]), use(args[0])])
        elif opcode in WORD_LOADS:
            self.emit("load_word", [define(results[0]), use(args[0])], WORD_LOADS[opcode])
        elif opcode == ir.FUEL_STORE:
            self.emit("store_word", [use(args[1]), use(args[0])], STORE_FUEL)
        elif opcode == ir.FUEL_CHECK:
            self.emit("fuel_check", [define(results[0]), use(args[0])], (f.inst_imm[inst], f.inst_offset[inst]))
        elif opcode == ir.EPOCH_CHECK:
            self.emit("epoch_check", [use(args[0])], f.inst_offset[inst])
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
                                 (self.env.layout.builtin_slot(name), f.inst_offset[inst]))
        elif opcode == ir.SELECT:
            self.emit("select", [define(results[0]), use(args[0]), use(args[1]), use(args[2])],
                      f.value_type[f.inst_results[inst][0]])
        elif opcode == ir.CALL:
            self.lower_call(f.inst_imm[inst], args, results, f.inst_offset[inst])
        else:
            raise NotImplementedError(f"no lowering for {op.opcode_name(opcode)}")

    def lower_call(self, callee: int, args, results, wasm_offset: int) -> None:
        functype = self.env.func_type(callee)
        if callee < self.env.num_imported_funcs:
            self.lower_call_with(functype, args, results, "call_import",
                                 (self.env.layout.import_slot(callee), wasm_offset))
        else:
            self.lower_call_with(functype, args, results, "call", callee)

    def lower_call_with(self, functype, args, results, opname, data, extra=()) -> None:
        """A call of `functype`: args[0] is the vmctx; `extra` operands join the call's own."""
        param_locs, _ = callconv.param_locations(functype.params)
        result_locs, _ = callconv.result_locations(functype.results)
        self.outgoing_bytes = max(self.outgoing_bytes,
                                  callconv.outgoing_area_size(functype.params, functype.results))
        operands = [use(args[0], FIXED, VMCTX_REG)]
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
        """The vblock an edge goes to, splitting it when it leaves a branch and either
        carries args or is critical (its target has several incoming edges): the
        register allocator puts its moves in the new block."""
        f = self.f
        target = self.vblock_of[f.edge_block[edge]]
        args = [self.use(a).vreg for a in f.edge_args[edge]]
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
            self.emit("jump", data=target)
            return [(target, args)]
        if opcode == ir.BRIF:
            taken = self.edge_target(imm[0], False)
            not_taken = self.edge_target(imm[1], False)
            compare = self.fusible_compare(f.inst_args[inst][0], self.current_block)
            if compare is not None:
                operands, data = self.compare_operands(compare)
                self.emit("cmp_branch", operands, data + (taken[0], not_taken[0]))
            else:
                self.emit("condbr", [self.use(f.inst_args[inst][0])], (taken[0], not_taken[0]))
            return [taken, not_taken]
        if opcode == ir.BR_TABLE:
            edges, default = imm
            targets = [self.edge_target(edge, False) for edge in edges]
            fallback = self.edge_target(default, False)
            self.emit("br_table", [self.use(f.inst_args[inst][0])],
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
    vcode.remat = {inst.operands[0].vreg: index for index, inst in enumerate(vcode.insts)
                   if inst.op == "const"}
    return vcode, lowering.outgoing_bytes
