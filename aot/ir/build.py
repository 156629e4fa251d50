"""Build SSA IR from a validated Wasm function body in one pass.

Wasm locals become SSA values with the algorithm of Braun et al., "Simple and
Efficient Construction of Static Single Assignment Form" (2013): a read looks the
local up in the current block, then walks to predecessors, creating block
parameters where control merges.  Wasm's structured control flow says when each
block's predecessors are all known: a `block`/`if` end block at its `end`, a
loop header at the loop's `end`; that is when the block is sealed.  Operand-stack
values need no such search: branches pass them explicitly as block arguments.

Code after an unconditional branch is dead; it is skipped, keeping only enough
nesting state to find the matching `else`/`end`.

try_table, throw and throw_ref, and the check after each call a try_table
guards, are build_exceptions.py's.

Each linear memory's base address and size are two more SSA variables, next to
the locals: loaded at entry and again after anything that may grow a memory (a
call or a builtin), so accesses read them from registers, and the usual
merging gives loops the values they need.  Loads nobody uses are dead code (so
a memory a function never touches costs it nothing).  memory.copy, memory.fill and
memory.init are one instruction each with the base and size of their memories (native code,
which never grows a memory: nothing to reload); memory.init's source is its data segment's
address and current length (DEF_WORDs), which data.drop sets to 0.  table.copy, table.fill and
table.init are the same instructions on tables' base and size (DEF_WORDs, read at each one:
a table may grow) and elem segments, with elem.drop like data.drop.  Other memory instructions on a
memory other than 0, and memory and table instructions on 64-bit ones
(memory64), call the builtins' wide forms.

The gc operators are built by gc.py, which also keeps a function's references on the
store's shadow stack across its safepoints (calls), in functions of modules that use gc.

Interruption (compile options in ModuleEnv, no code at all when off):
  consume_fuel: the fuel left is one more SSA variable, loaded from the Store
    at entry and after every call, written back before every call, return and
    `unreachable` (other traps leave the store's fuel where the last write-back
    put it).  Each Wasm operator costs 1 (nop, drop, block, loop, end and else
    are free, as in wasmtime); a block's cost is subtracted once, just before
    its terminator or call.  At function entry and at every loop header a
    FUEL_CHECK subtracts the cost of the block it starts (up to its first call
    or terminator) and traps with OUT_OF_FUEL, leaving the store's fuel 0, when
    that leaves <= 0; one `subs` and one branch per check.  Between checks,
    straight-line code may overdraw a little, as in wasmtime.
  epoch_interruption: EPOCH_CHECK at function entry and every loop header: one
    load of the store's interrupt word and one branch (runtime/interrupt.py).
"""

from __future__ import annotations

from wasmoon_aot.runtime.abi import (BUILTIN_SIGNATURES, GUARD_BYTES, PAGE_SIZE_LOG2, SEGMENTDEF_ADDRESS,
                                     SEGMENTDEF_LENGTH, TABLEDEF_BASE, TABLEDEF_SIZE, TrapCode)
from ..module_env import ModuleEnv
from ..wasm import opcodes as op
from ..wasm.decode import ref_type_name
from ..wasm.module import FuncType
from ..wasm.operator_types import SIGNATURES
from . import function as ir
from .build_exceptions import ExceptionBuilding
from . import build_atomics, gc

_ZERO_BITS = 0
SHARED_LIMIT_MAX_END = 16


class _Frame:
    """One entry of the control stack."""

    __slots__ = ("opcode", "height", "params", "results", "label", "end", "else_block",
                 "if_args", "live", "handler")

    def __init__(self, opcode, height, params, results, label, end, live):
        self.opcode = opcode
        self.height = height          # operand-stack height below the frame's params
        self.params = params
        self.results = results
        self.label = label            # block a branch to this frame targets
        self.end = end                # block after the frame (None for loops)
        self.else_block = None
        self.if_args = ()
        self.live = live              # False for frames opened in dead code
        self.handler = None           # a try_table's (dispatch block, catches): build_exceptions.py

    def label_types(self):
        return self.params if self.opcode == op.LOOP else self.results


class FunctionBuilder(ExceptionBuilding):
    def __init__(self, env: ModuleEnv, func_index: int):
        self.env = env
        module = env.module
        functype = env.func_type(func_index)
        body = module.codes[func_index - env.num_imported_funcs]
        self.body = body
        self.f = ir.IRFunction(func_index, functype.params, functype.results,
                               module.names.get(func_index))
        self.local_types = list(functype.params) + [env.representation(ty) for ty in body.locals]
        self.heaps = []  # (base, size) variable numbers of each memory
        for _ in env.memory_types:
            self.heaps.append((len(self.local_types), len(self.local_types) + 1))
            self.local_types += [ir.VMCTX_TYPE, ir.VMCTX_TYPE]
        self.heap_vars = {var for heap in self.heaps for var in heap}
        self.memory64 = [memory.is64 for memory in env.memory_types]
        # Accesses guard pages check: 32-bit memories of 64 KiB pages (a 1-byte-page memory's size
        # need not end on a host page, so the bytes up to that page's end would read).
        self.guarded = [env.options.guard_pages and not memory.is64 and memory.page_size_log2 == PAGE_SIZE_LOG2
                        for memory in env.memory_types]
        self.table64 = [table.is64 for table in env.table_types]
        self.fuel = None  # the fuel variable's number, with consume_fuel
        if env.options.consume_fuel:
            self.fuel = len(self.local_types)
            self.local_types.append("i64")
        self.fuel_pending = 0  # operators charged since the last subtraction
        self.charge_site = None  # (block, FUEL_CHECK inst) that may still take its block's cost
        self.store = None      # the STORE_PTR value, with fuel or epoch checks
        self.defs: list[dict[int, int]] = [dict() for _ in self.local_types]
        self.sealed: list[bool] = []
        self.incomplete: list[list[tuple[int, int]]] = []
        self.preds: list[list[int]] = []
        self.edge_source: list[int] = []
        self.stack: list[int] = []
        self.frames: list[_Frame] = []
        self.block: int | None = None

    # --- blocks and edges ---------------------------------------------------

    def _new_block(self, sealed: bool) -> int:
        block = self.f.new_block()
        self.sealed.append(sealed)
        self.incomplete.append([])
        self.preds.append([])
        return block

    def _edge(self, target: int, args) -> int:
        edge = self.f.new_edge(target, args)
        self.edge_source.append(self.block)
        self.preds[target].append(edge)
        return edge

    def _emit(self, opcode, args=(), imm=None, result_types=(), offset=0):
        if self.fuel_pending and opcode in ir.TERMINATORS:
            self._charge_fuel()
        return self.f.add_inst(self.block, opcode, args, imm, result_types, offset)

    def _jump(self, target: int, args, offset: int) -> None:
        self._emit(ir.JUMP, imm=self._edge(target, args), offset=offset)

    def _seal(self, block: int) -> None:
        self.sealed[block] = True
        for local, param in self.incomplete[block]:
            self._add_param_operands(local, param, block)
        self.incomplete[block] = []

    # --- SSA for locals (Braun et al.) --------------------------------------

    def _read_local(self, local: int, block: int) -> int:
        value = self.defs[local].get(block)
        if value is not None:  # the common case, without setting up a walk
            return self.f.resolve(value)
        return self._local_walk(local, block, None)

    def _new_param(self, local: int, block: int) -> int:
        value = self.f.new_value(self.local_types[local])
        self.f.block_params[block].append(value)
        return value

    def _add_param_operands(self, local: int, param: int, block: int) -> None:
        self._local_walk(local, block, param)

    def _local_walk(self, local: int, block: int, param: int | None) -> int:
        """Braun et al.'s mutually recursive read-local and add-param-operands, run on an
        explicit stack of joins (however deep the nesting, no Python recursion).  With `param`
        None it reads the local in `block`; else it gives `param`, an incomplete param of
        `block` (just sealed), its operands.

        A read follows single-predecessor chains (_chain) and defines the local in every
        block of the chain once the value is known; a chain ending at a sealed join makes a
        join: a new param, whose operands are read edge by edge (a frame on the stack:
        [block, param, next edge, operands, chain, new]).  A new param's value number is taken
        when the join is met, as the recursion's order gives it, but the param joins its
        block's params and edges only once its operands show it is not trivial (most are)."""
        defs, preds, edge_source, f = self.defs[local], self.preds, self.edge_source, self.f
        ty = self.local_types[local]
        frames = []
        if param is None:
            value, block, chain = self._chain(local, defs, block)
            if value is not None:
                return value
            defs[block] = param = f.new_value(ty)
            frames.append([block, param, 0, [], chain, True])
        else:
            frames.append([block, param, 0, [], None, False])
        result = None   # a finished join's value, for the frame below it
        while True:
            frame = frames[-1]
            block, param, k, operands = frame[0], frame[1], frame[2], frame[3]
            edges = preds[block]
            count = len(edges)
            while k < count:
                if result is not None:
                    value, result = result, None
                else:
                    value, source, chain = self._chain(local, defs, edge_source[edges[k]])
                    if value is None:   # a join: its value is this edge's operand
                        frame[2] = k
                        defs[source] = join = f.new_value(ty)
                        frames.append([source, join, 0, [], chain, True])
                        break
                operands.append(value)
                k += 1
            else:
                result = self._remove_if_trivial(param, block, operands, frame[5])
                frames.pop()
                chain = frame[4]
                if chain is not None:
                    defs[block] = result
                    for step in chain:
                        defs[step] = result
                if not frames:
                    return result

    def _chain(self, local: int, defs: dict[int, int], block: int) -> tuple[int | None, int, list[int]]:
        """Read `local` (whose defs are `defs`) back from `block` through single-predecessor
        blocks: (its value, defined now in every block passed, or None, the block where the
        walk stopped: a sealed join, and the blocks passed).  An unsealed block gets an
        incomplete param."""
        preds, edge_source, sealed = self.preds, self.edge_source, self.sealed
        chain = []
        while True:
            value = defs.get(block)
            if value is not None:
                if self.f.alias[value] != value:
                    value = self.f.resolve(value)
                break
            if not sealed[block]:
                value = self._new_param(local, block)
                self.incomplete[block].append((local, value))
                defs[block] = value
                break
            entering = preds[block]
            if len(entering) != 1:
                return None, block, chain
            chain.append(block)
            block = edge_source[entering[0]]
        for step in chain:
            defs[step] = value
        return value, block, chain

    def _remove_if_trivial(self, param: int, block: int, operands: list, new: bool) -> int:
        """A param whose operands are all one value (or itself) is that value; else it takes its
        operands on its block's edges (and, if `new`, its place among the block's params)."""
        f = self.f
        resolve, alias = f.resolve, f.alias
        same = None
        for value in operands:
            if alias[value] != value:
                value = resolve(value)
            if value == param or value == same:
                continue
            if same is not None:
                same = None
                break
            same = value
        else:
            if same is not None:
                f.alias[param] = same
                if not new:
                    f.block_params[block].remove(param)
                return same
        # Kept (also when only reachable through itself: an unreachable loop).
        if new:
            f.block_params[block].append(param)
        edge_args = f.edge_args
        for edge, value in zip(self.preds[block], operands):
            edge_args[edge].append(value)
        return param

    # --- operand stack ------------------------------------------------------

    def _pop(self) -> int:
        return self.stack.pop()

    def _pop_n(self, count: int) -> list[int]:
        if count == 0:
            return []
        values = self.stack[-count:]
        del self.stack[-count:]
        return values

    def _block_type(self, blocktype) -> FuncType:
        if blocktype is None:
            return FuncType((), ())
        if isinstance(blocktype, str):
            return FuncType((), (self.env.representation(blocktype),))
        return self.env.types[blocktype]

    # --- the walk -------------------------------------------------------------

    def build(self) -> ir.IRFunction:
        f = self.f
        self.block = self._new_block(sealed=True)
        vmctx = f.new_value(ir.VMCTX_TYPE)
        f.block_params[0].append(vmctx)
        self.vmctx = vmctx
        for local, ty in enumerate(self.local_types):
            if local in self.heap_vars or local == self.fuel:
                continue
            if local < len(f.params):
                value = f.new_value(ty)
                f.block_params[0].append(value)
            else:
                (value,) = self._emit(ir.CONST, imm=_ZERO_BITS, result_types=(ty,))
            self.defs[local][0] = value
        self._load_heap()
        self._entry_checks()
        self.roots = gc.Roots(self) if "gc" in self.env.module.features else None
        return_block = self._new_block(sealed=False)
        for ty in f.results:
            f.block_params[return_block].append(f.new_value(ty))
        return_values = tuple(f.block_params[return_block])
        self.frames.append(_Frame(op.BLOCK, 0, (), f.results, return_block, return_block, True))

        body = self.body
        ops, imms, offsets = body.ops, body.imms, body.offsets
        operator, dead = self._operator, self._dead
        for opcode, imm, offset in zip(ops, imms, offsets):
            if self.block is None:
                dead(opcode, imm)
            else:
                operator(opcode, imm, offset)
        self.block = return_block
        self._store_fuel()
        if self.roots:
            self.roots.leave()
            self.roots.finish()
        self._emit(ir.RETURN, return_values)
        return f

    def _dead(self, opcode: int, imm) -> None:
        """Skip an operator in unreachable code, tracking only the nesting."""
        if opcode in (op.BLOCK, op.LOOP, op.IF, op.TRY_TABLE):
            self.frames.append(_Frame(opcode, 0, (), (), None, None, False))
        elif opcode == op.ELSE:
            frame = self.frames[-1]
            if frame.live:
                self._start_else(frame)
        elif opcode == op.END:
            self._close(self.frames.pop(), offset=0)

    def _operator(self, opcode: int, imm, offset: int) -> None:  # noqa: C901 (one dispatch)
        f = self.f
        if self.fuel is not None and opcode not in _FREE_OPERATORS:
            self.fuel_pending += 1
        stack = self.stack
        # The branches go roughly from the commonest operators (in zstd) to the rarest.  Numeric
        # operators and constants are no terminators, so they skip _emit's fuel charge.
        if opcode == op.LOCAL_GET:
            stack.append(self._read_local(imm, self.block))
            return
        signature = op.NUMERIC_SIGNATURE.get(opcode)
        if signature is not None:
            count = len(signature[0])
            args = tuple(stack[-count:])
            del stack[-count:]
            stack.append(f.add_inst(self.block, opcode, args, None, (signature[1],), offset)[0])
        elif opcode in _CONSTANTS:
            ty, mask = _CONSTANTS[opcode]
            stack.append(f.add_inst(self.block, ir.CONST, (), imm & mask, (ty,))[0])
        elif opcode == op.LOCAL_SET:
            self.defs[imm][self.block] = stack.pop()
        elif opcode == op.LOCAL_TEE:
            self.defs[imm][self.block] = stack[-1]
        elif opcode in op.MEMORY_ACCESS:  # loads (addr) and stores (addr, value)
            access = op.MEMORY_ACCESS[opcode]
            operands = self._pop_n(2 if access.store else 1)
            base, bound, still = self._heap_values(imm[2] if len(imm) == 3 else 0, imm[1] + access.size)
            results = () if access.store else (access.valtype,)
            stack.extend(self._emit(opcode, (*operands, base, bound), (access, imm[1], still), results, offset))
        elif opcode == op.END:
            self._close(self.frames.pop(), offset)
        elif opcode == op.BR_IF:
            cond = self._pop()
            frame = self.frames[-1 - imm]
            taken = self._edge(frame.label, stack[len(stack) - len(frame.label_types()):])
            after = self._new_block(sealed=True)
            self._emit(ir.BRIF, (cond,), (taken, self._edge(after, ())), offset=offset)
            self.block = after
        elif opcode in (op.BLOCK, op.LOOP, op.IF):
            self._open(opcode, imm, offset)
        elif opcode == op.BR:
            frame = self.frames[-1 - imm]
            self._jump(frame.label, stack[len(stack) - len(frame.label_types()):], offset)
            self.block = None
        elif opcode in (op.SELECT, op.SELECT_T):
            cond = self._pop()
            if_false = self._pop()
            if_true = self._pop()
            stack.extend(self._emit(ir.SELECT, (if_true, if_false, cond), None,
                                    (f.value_type[if_true],), offset))
        elif opcode == op.CALL:
            callee = self.env.func_type(imm)
            args = self._pop_n(len(callee.params))
            self._store_fuel()
            self._safepoint(offset)
            stack.extend(self._emit(ir.CALL, [self.vmctx] + args, imm, callee.results, offset))
            self._landing_check(offset)
            self._load_heap()
            self._load_fuel()
        elif opcode == op.GLOBAL_GET:
            stack.extend(self._emit(opcode, (self.vmctx,), imm, (self.env.global_types[imm].valtype,)))
        elif opcode in op.WIDE_SIGNATURE:
            params, results = op.WIDE_SIGNATURE[opcode]
            stack.extend(self._emit(opcode, self._pop_n(len(params)), None, results, offset))
        elif opcode in _SIMD_OPERATORS:
            self._simd(opcode, imm, offset)
        elif opcode == op.DROP:
            stack.pop()
        elif opcode == op.CALL_INDIRECT:
            callee = self.env.types[imm[0]]
            index = self._pop()
            args = self._pop_n(len(callee.params))
            self._store_fuel()
            self._safepoint(offset)
            if self.roots and not self.env.module.subtypes[imm[0]].final:  # subtypes may be called too
                ref = gc.checked_funcref(self, imm, index, offset)
                stack.extend(self._emit(ir.CALL_REF, [self.vmctx] + args + [ref], imm[0], callee.results, offset))
            else:
                stack.extend(self._emit(ir.CALL_INDIRECT, [self.vmctx] + args + [index], imm,
                                        callee.results, offset))
            self._landing_check(offset)
            self._load_heap()
            self._load_fuel()
        elif opcode == op.RETURN_CALL:
            args = self._pop_n(len(self.env.func_type(imm).params))
            self._store_fuel()
            self._safepoint(offset, True)
            self._emit(ir.RETURN_CALL, [self.vmctx] + args, imm, (), offset)
            self.block = None
        elif opcode == op.RETURN_CALL_INDIRECT:
            index = self._pop()
            args = self._pop_n(len(self.env.types[imm[0]].params))
            self._store_fuel()
            self._safepoint(offset, True)
            if self.roots and not self.env.module.subtypes[imm[0]].final:
                ref = gc.checked_funcref(self, imm, index, offset)
                self._emit(ir.RETURN_CALL_REF, [self.vmctx] + args + [ref], imm[0], (), offset)
            else:
                self._emit(ir.RETURN_CALL_INDIRECT, [self.vmctx] + args + [index], imm, (), offset)
            self.block = None
        elif opcode in (op.CALL_REF, op.RETURN_CALL_REF):
            callee = self.env.types[imm]
            ref = self._pop()
            args = self._pop_n(len(callee.params))
            self._store_fuel()
            self._safepoint(offset, opcode == op.RETURN_CALL_REF)
            if opcode == op.RETURN_CALL_REF:
                self._emit(ir.RETURN_CALL_REF, [self.vmctx] + args + [ref], imm, (), offset)
                self.block = None
            else:
                stack.extend(self._emit(ir.CALL_REF, [self.vmctx] + args + [ref], imm, callee.results, offset))
                self._landing_check(offset)
                self._load_heap()
                self._load_fuel()
        elif opcode == op.REF_AS_NON_NULL:
            self._emit(ir.NULL_CHECK, (stack[-1],), int(TrapCode.NULL_REFERENCE), (), offset)
        elif opcode in (op.BR_ON_NULL, op.BR_ON_NON_NULL):
            self._br_on_null(opcode == op.BR_ON_NULL, self.frames[-1 - imm], offset)
        elif opcode == op.GLOBAL_SET:
            self._emit(opcode, (self.vmctx, self._pop()), imm)
        elif opcode == op.TABLE_GET:
            index = self._pop()
            elem_type = self.env.table_types[imm].elem_type
            stack.extend(self._emit(opcode, (self.vmctx, index), imm, (elem_type,), offset))
        elif opcode == op.TABLE_SET:
            value = self._pop()
            index = self._pop()
            self._emit(opcode, (self.vmctx, index, value), imm, (), offset)
        elif opcode in (op.TABLE_SIZE, op.MEMORY_SIZE):
            stack.extend(self._emit(opcode, (self.vmctx,), imm, ("i64" if self._is64(opcode, imm) else "i32",)))
        elif opcode == op.REF_NULL:
            ty = self.env.representation(ref_type_name(True, imm))
            stack.extend(self._emit(ir.CONST, imm=0, result_types=(ty,)))
        elif opcode == op.REF_IS_NULL:
            stack.extend(self._emit(opcode, (self._pop(),), None, ("i32",)))
        elif opcode == op.REF_FUNC:
            stack.extend(self._emit(opcode, (self.vmctx,), imm, ("funcref",)))
        elif opcode in (op.MEMORY_COPY, op.MEMORY_FILL):
            memories = imm if opcode == op.MEMORY_COPY else (imm,)
            heaps = [self._read_local(var, self.block) for memory in memories for var in self.heaps[memory]]
            self._emit(opcode, self._pop_n(3) + heaps, imm, (), offset)
        elif opcode == op.MEMORY_INIT:  # a copy whose source is the segment's bytes
            segment, memory = imm
            heap = [self._read_local(var, self.block) for var in self.heaps[memory]]
            self._emit(opcode, self._pop_n(3) + heap + self._def_words("datas", segment), imm, (), offset)
        elif opcode in (op.TABLE_COPY, op.TABLE_FILL, op.TABLE_INIT):
            if opcode == op.TABLE_FILL:
                words = self._def_words("tables", imm)
            elif opcode == op.TABLE_INIT:
                words = self._def_words("tables", imm[1]) + self._def_words("elems", imm[0])
            else:
                words = self._def_words("tables", imm[0])
                words += words if imm[0] == imm[1] else self._def_words("tables", imm[1])
            self._emit(opcode, self._pop_n(3) + words, imm, (), offset)
        elif opcode in (op.DATA_DROP, op.ELEM_DROP):
            self._emit(opcode, (self.vmctx,), imm, (), offset)
        elif opcode in _WIDE_OPERATORS and any(
                self._is64(opcode, index) or (opcode in _MEMORY_OPERATORS and index)
                for index in _WIDE_OPERATORS[opcode][0](imm)):
            self._wide_builtin(opcode, imm, offset)
        elif opcode in _BUILTIN_OPERATORS:
            name, immediates, arity = _BUILTIN_OPERATORS[opcode]
            consts = [self._const_i32(value) for value in immediates(imm)]
            args = consts + self._pop_n(arity)
            results = BUILTIN_SIGNATURES[name][1]
            stack.extend(self._emit(ir.BUILTIN, [self.vmctx] + args, name, results, offset))
            self._load_heap()
        elif opcode in gc.OPERATORS:
            gc.build(self, opcode, imm, offset)
        elif opcode in build_atomics.OPERATORS:
            build_atomics.build(self, opcode, imm, offset)
        elif opcode == op.NOP:
            pass
        elif opcode == op.ELSE:
            frame = self.frames[-1]
            self._jump(frame.end, self._pop_n(len(frame.results)), offset)
            self._start_else(frame)
        elif opcode == op.TRY_TABLE:
            self._open_try_table(imm, offset)
        elif opcode == op.THROW:
            self._throw(imm, offset)
        elif opcode == op.THROW_REF:
            self._throw_value(self._pop(), offset)
        elif opcode == op.BR_TABLE:
            index = self._pop()
            depths, default = imm
            edges = []
            for depth in list(depths) + [default]:
                frame = self.frames[-1 - depth]
                edges.append(self._edge(frame.label, stack[len(stack) - len(frame.label_types()):]))
            self._emit(ir.BR_TABLE, (index,), (tuple(edges[:-1]), edges[-1]), offset=offset)
            self.block = None
        elif opcode == op.RETURN:
            self._jump(self.frames[0].label, stack[len(stack) - len(f.results):], offset)
            self.block = None
        elif opcode == op.UNREACHABLE:
            self._store_fuel()
            self._emit(ir.TRAP, imm=int(TrapCode.UNREACHABLE), offset=offset)
            self.block = None
        else:
            raise NotImplementedError(f"no IR for {op.opcode_name(opcode)}")

    def _safepoint(self, offset: int, tail: bool = False) -> None:
        """Before a call (gc.Roots): spill the live references, or pop the frame for a tail call."""
        if self.roots:
            if tail:
                self.roots.leave()
            else:
                self.roots.spill((), offset)

    def _simd(self, opcode: int, imm, offset: int) -> None:
        """A SIMD operator: one instruction keeping its Wasm opcode (function.py's docstring),
        except v128.const, a CONST."""
        stack = self.stack
        if opcode == op.V128_CONST:
            stack.extend(self._emit(ir.CONST, imm=int.from_bytes(imm, "little"), result_types=("v128",)))
        elif opcode in op.SIMD_ACCESS:
            access = op.SIMD_ACCESS[opcode]
            memarg, lane = imm if access.lanes else (imm, None)
            operands = self._pop_n(1 + (access.store or access.kind == "lane"))
            base, bound, still = self._heap_values(memarg[2] if len(memarg) == 3 else 0, memarg[1] + access.size)
            results = () if access.store else ("v128",)
            stack.extend(self._emit(opcode, (*operands, base, bound), (access, memarg[1], still, lane),
                                    results, offset))
        else:  # imm: the lane index of extract/replace_lane, i8x16.shuffle's lane indices, else None
            params, results = SIGNATURES[opcode]
            args = self._pop_n(len(params))
            stack.extend(self._emit(opcode, args, imm, results, offset))

    def _br_on_null(self, on_null: bool, frame: _Frame, offset: int) -> None:
        """br_on_null branches with the values under the reference and goes on with the
        reference; br_on_non_null branches with them and the reference, and goes on without."""
        stack = self.stack
        ref = stack[-1]
        is_null = self._emit(op.REF_IS_NULL, (ref,), None, ("i32",))[0]
        if on_null:
            stack.pop()
        branch = self._edge(frame.label, stack[len(stack) - len(frame.label_types()):])
        if not on_null:
            stack.pop()
        after = self._new_block(sealed=True)
        edges = (branch, self._edge(after, ())) if on_null else (self._edge(after, ()), branch)
        self._emit(ir.BRIF, (is_null,), edges, offset=offset)
        self.block = after
        if on_null:
            stack.append(ref)

    def _is64(self, opcode: int, index: int) -> bool:
        """Whether memory or table `index` of a memory or table instruction is 64-bit."""
        return (self.memory64 if opcode in _MEMORY_OPERATORS else self.table64)[index]

    def _wide_builtin(self, opcode: int, imm, offset: int) -> None:
        """A memory instruction on a memory other than 0, or a memory or table instruction on a 64-bit
        one: the builtin's wide form, whose addresses, indices and lengths are i64 (i32 operands are
        zero-extended, and the old size a grow returns is wrapped back for a 32-bit one)."""
        indices, name, immediates, arity = _WIDE_OPERATORS[opcode]
        params, results = BUILTIN_SIGNATURES[name]
        consts = [self._const_i32(value) for value in immediates(imm)]
        operands = [self._emit(op.I64_EXTEND_I32_U, (value,), None, ("i64",))[0]
                    if ty == "i64" and self.f.value_type[value] == "i32" else value
                    for value, ty in zip(self._pop_n(arity), params[len(consts):])]
        returned = self._emit(ir.BUILTIN, [self.vmctx] + consts + operands, name, results, offset)
        self._load_heap()
        if results and not self._is64(opcode, indices(imm)[0]):
            returned = self._emit(op.I32_WRAP_I64, returned, None, ("i32",))
        self.stack.extend(returned)

    def _load_heap(self) -> None:
        """(Re)define every memory's base and size variables from its MemoryDef."""
        for memory, (base, size) in enumerate(self.heaps):
            self.defs[base][self.block] = self._emit(ir.HEAP_BASE, (self.vmctx,), memory, (ir.VMCTX_TYPE,))[0]
            self.defs[size][self.block] = self._emit(ir.HEAP_SIZE, (self.vmctx,), memory, (ir.VMCTX_TYPE,))[0]

    # --- fuel and epoch checks -----------------------------------------------

    def _entry_checks(self) -> None:
        if self.fuel is None and not self.env.options.epoch_interruption:
            return
        self.store = self._emit(ir.STORE_PTR, (self.vmctx,), None, (ir.VMCTX_TYPE,))[0]
        self._load_fuel()
        self._interrupt_checks(self.body.offsets[0] if self.body.offsets else 0)

    def _interrupt_checks(self, offset: int) -> None:
        """The checks of a function entry or loop header."""
        if self.env.options.epoch_interruption:
            self._emit(ir.EPOCH_CHECK, (self.store,), None, (), offset)
        if self.fuel is None:
            return
        fuel = self._read_local(self.fuel, self.block)
        self.defs[self.fuel][self.block] = self._emit(ir.FUEL_CHECK, (fuel,), 0, ("i64",), offset)[0]
        self.charge_site = (self.block, len(self.f.inst_op) - 1)

    def _charge_fuel(self) -> None:
        """Subtract the operators counted since the last charge from the fuel variable."""
        cost, self.fuel_pending = self.fuel_pending, 0
        site, self.charge_site = self.charge_site, None
        if site is not None and site[0] == self.block:  # the block's check subtracts it
            self.f.inst_imm[site[1]] += cost
            return
        fuel = self._read_local(self.fuel, self.block)
        cost_value = self._emit(ir.CONST, imm=cost, result_types=("i64",))[0]
        self.defs[self.fuel][self.block] = self._emit(op.I64_SUB, (fuel, cost_value), None, ("i64",))[0]

    def _store_fuel(self) -> None:
        """Charge and write the fuel variable back to the store (before calls, returns, traps)."""
        if self.fuel is not None:
            if self.fuel_pending:
                self._charge_fuel()
            self._emit(ir.FUEL_STORE, (self.store, self._read_local(self.fuel, self.block)))

    def _load_fuel(self) -> None:
        """(Re)define the fuel variable from the store (at entry, after calls)."""
        if self.fuel is not None:
            self.defs[self.fuel][self.block] = self._emit(ir.FUEL_LOAD, (self.store,), None, ("i64",))[0]

    def _heap_values(self, memory: int, end: int, guarded: bool = True) -> tuple[int, int, int]:
        """(base, bound, still) for an access of bytes [addr, addr + end) of `memory`: for a 32-bit
        memory it is in bounds when addr <= bound - still (signed: a negative limit fits nothing),
        for a 64-bit one when addr < max(bound - (still - 1), 0) (unsigned; see ir.HEAP_LIMIT64).
        With guard pages, an access to a 32-bit memory of 64 KiB pages that ends within the guard is
        not checked (still ir.GUARDED) unless `guarded` is false (atomic accesses, whose faults the
        handler does not map).  Small ends, the common case, get a HEAP_LIMIT(64) value that GVN shares
        between accesses; large ones (constant addresses with big offsets) would
        each need a long-lived register, so they subtract at the access instead."""
        base = self._read_local(self.heaps[memory][0], self.block)
        if guarded and self.guarded[memory] and end <= GUARD_BYTES:
            return base, base, ir.GUARDED
        size = self._read_local(self.heaps[memory][1], self.block)
        if end > SHARED_LIMIT_MAX_END:
            return base, size, end
        limit = ir.HEAP_LIMIT64 if self.memory64[memory] else ir.HEAP_LIMIT
        return base, self._emit(limit, (size,), end, (ir.VMCTX_TYPE,))[0], 0

    def _def_words(self, part: str, index: int) -> list[int]:
        """The two words of `part`'s record `index` (ir.DEF_WORD): a table's base and size, or a
        data or elem segment's address and length."""
        fields = (TABLEDEF_BASE, TABLEDEF_SIZE) if part == "tables" else (SEGMENTDEF_ADDRESS, SEGMENTDEF_LENGTH)
        return [self._emit(ir.DEF_WORD, (self.vmctx,), (part, index, field), (ir.VMCTX_TYPE,))[0]
                for field in fields]

    def _const_i32(self, value: int) -> int:
        return self._emit(ir.CONST, imm=value, result_types=("i32",))[0]

    def _open(self, opcode: int, blocktype, offset: int) -> None:
        functype = self._block_type(blocktype)
        if opcode == op.IF:
            cond = self._pop()
        params = self._pop_n(len(functype.params))
        height = len(self.stack)
        if opcode == op.LOOP:
            header = self._new_block(sealed=False)
            for ty in functype.params:
                self.f.block_params[header].append(self.f.new_value(ty))
            self._jump(header, params, offset)
            self.block = header
            frame = _Frame(opcode, height, functype.params, functype.results, header, None, True)
            self.stack.extend(self.f.block_params[header])
            self._interrupt_checks(offset)
        else:
            end = self._new_block(sealed=False)
            for ty in functype.results:
                self.f.block_params[end].append(self.f.new_value(ty))
            frame = _Frame(opcode, height, functype.params, functype.results, end, end, True)
            if opcode == op.IF:
                then_block = self._new_block(sealed=True)
                frame.else_block = self._new_block(sealed=True)
                frame.if_args = params
                self._emit(ir.BRIF, (cond,), (self._edge(then_block, ()),
                                              self._edge(frame.else_block, ())), offset=offset)
                self.block = then_block
            self.stack.extend(params)
        self.frames.append(frame)

    def _forward_single_predecessor_params(self, block: int) -> None:
        """A block entered from one edge needs no params: use that edge's values."""
        preds = self.preds[block]
        if len(preds) != 1 or not self.f.block_params[block]:
            return
        args = self.f.edge_args[preds[0]]
        for param, arg in zip(self.f.block_params[block], args):
            self.f.alias[param] = self.f.resolve(arg)
        self.f.block_params[block] = []
        args.clear()

    def _start_else(self, frame: _Frame) -> None:
        """Continue in the else arm, with the if's params back on the stack."""
        del self.stack[frame.height:]
        self.stack.extend(frame.if_args)
        self.block = frame.else_block
        frame.else_block = None

    def _close(self, frame: _Frame, offset: int) -> None:
        """An `end`: a try_table's also builds its dispatch block."""
        if frame.handler is not None:
            self._end_try_table(frame, offset)
        else:
            self._end(frame, offset)

    def _end(self, frame: _Frame, offset: int) -> None:
        if not frame.live:
            return
        if frame.opcode == op.LOOP:
            self._seal(frame.label)
            if self.block is None:
                del self.stack[frame.height:]
                # Nothing falls out of the loop; what follows is dead until an outer end.
            return
        if self.block is not None:
            self._jump(frame.end, self._pop_n(len(frame.results)), offset)
        if frame.else_block is not None:  # an if without else passes its params through
            self.block = frame.else_block
            self._jump(frame.end, frame.if_args, offset)
        self._seal(frame.end)
        results = list(self.f.block_params[frame.end])
        self._forward_single_predecessor_params(frame.end)
        del self.stack[frame.height:]
        if self.preds[frame.end]:
            self.block = frame.end
            self.stack.extend(self.f.resolve(value) for value in results)
        else:
            self.block = None


# SIMD operators (0xFD prefix), built by _simd.
_SIMD_OPERATORS = frozenset(code for code in op.OPCODE_NAMES if 0xFD000 <= code <= 0xFDFFF)

# Operators that cost no fuel (wasmtime's choice): they do no work of their own.
_FREE_OPERATORS = frozenset({op.NOP, op.DROP, op.BLOCK, op.LOOP, op.END, op.ELSE})

_CONSTANTS = {
    op.I32_CONST: ("i32", 0xFFFF_FFFF),
    op.I64_CONST: ("i64", 0xFFFF_FFFF_FFFF_FFFF),
    op.F32_CONST: ("f32", 0xFFFF_FFFF),
    op.F64_CONST: ("f64", 0xFFFF_FFFF_FFFF_FFFF),
}


# Operators served by runtime builtins: opcode -> (builtin, immediates as leading
# i32 arguments, number of stack operands).
_BUILTIN_OPERATORS = {
    op.MEMORY_GROW: ("memory.grow", lambda imm: (), 1),
    op.TABLE_GROW: ("table.grow", lambda imm: (imm,), 2),
}
# Their wide forms (i64 addresses, indices and lengths), used when a memory other than 0 or a
# 64-bit memory or table is involved: opcode -> (the memory or table indices of the immediate,
# builtin, immediates as leading i32 arguments, stack operands).
_WIDE_OPERATORS = {
    op.MEMORY_GROW: (lambda imm: (imm,), "memory.grow.indexed", lambda imm: (imm,), 1),
    op.TABLE_GROW: (lambda imm: (imm,), "table.grow64", lambda imm: (imm,), 2),
}
_MEMORY_OPERATORS = frozenset({op.MEMORY_SIZE, op.MEMORY_GROW})


def build_function(env: ModuleEnv, func_index: int) -> ir.IRFunction:
    """The SSA IR of defined function `func_index` (an index in the whole function space)."""
    return FunctionBuilder(env, func_index).build()
