"""The SSA IR: a function of basic blocks with block parameters, in flat arrays.

Values, instructions, blocks and edges are small ints indexing parallel lists:

  value_type[v]      "i32" | "i64" | "f32" | "f64" | "v128" | "funcref" | "externref" | "anyref"
  alias[v]           the value v was replaced by (a removed trivial block param), or v
  inst_op[i]         an IR opcode below, or a Wasm numeric opcode (aot.wasm.opcodes),
                     whose operands and result follow the Wasm operator's typing
  inst_args[i]       tuple of argument values
  inst_imm[i]        the immediate (meaning per opcode, below)
  inst_results[i]    tuple of result values
  inst_offset[i]     byte offset of the Wasm operator it came from (for trap sites)
  block_params[b]    list of parameter values
  block_insts[b]     list of instructions; the last is the block's terminator
  edge_block[e]      target block of a branch edge; edge_args[e] its argument values

IR opcodes (negative, so they never collide with Wasm opcodes):
  CONST       imm = raw bits (unsigned), result type says how to read them (a v128's
              128 bits little-endian: lane 0 in the low bits)
  SELECT      args (if_true, if_false, cond)
  CALL        imm = Wasm function index (imports included)
  JUMP        imm = edge                                    (terminator)
  BRIF        args (cond,), imm = (edge_if_nonzero, edge_if_zero)   (terminator)
  BR_TABLE    args (index,), imm = (tuple of edges, default edge)   (terminator)
  RETURN      args = results                                (terminator)
  TRAP        imm = runtime.abi.TrapCode                    (terminator)
  RETURN_CALL args (vmctx, call args...), imm = Wasm function index: a tail call,
              whose results are the function's                (terminator)
  RETURN_CALL_INDIRECT  args (vmctx, call args..., table index), imm = (type
              index, table): a tail call through a table        (terminator)
  CALL_REF    args (vmctx, call args..., funcref), imm = type index: a call of
              the function referenced, trapping with NULL_FUNCTION_REFERENCE on null
  RETURN_CALL_REF  args and imm as CALL_REF: its tail call     (terminator)
  NULL_CHECK  args (ref,), imm = runtime.abi.TrapCode: traps when ref is null
  CALL_INDIRECT  args (vmctx, call args..., table index), imm = (type index, table)
  BUILTIN     args (vmctx, builtin args...), imm = name in runtime.abi.BUILTINS
  HEAP_BASE   args (vmctx,), imm = memory index: that memory's base address, as it is now
  HEAP_SIZE   args (vmctx,), imm = memory index: its size in bytes, as it is now
  HEAP_LIMIT  args (heap size,), imm = n: size - n, the last address at which n
              bytes fit (negative when none do); pure, so equal limits merge
  HEAP_LIMIT64  the same for a 64-bit memory: max(size - (n - 1), 0), the
              count of addresses at which n bytes fit, compared unsigned
  STORE_PTR   args (vmctx,): the instance's Store block (fixed for its lifetime)
  FUEL_LOAD   args (store,): the store's fuel left, as it is now (i64)
  FUEL_STORE  args (store, fuel): write the fuel left back to the store
  EPOCH_CHECK args (store,): traps with INTERRUPT when the store's interrupt word
              says the epoch has reached its deadline
  FUEL_CHECK  args (fuel,), imm = cost: fuel - cost, trapping with OUT_OF_FUEL
              when that is <= 0
  DEF_WORD    args (vmctx,), imm = (part, index, field): as it is now, the word at offset `field`
              of the record that VMContextLayout part `part` has for `index`: "tables" (a
              TableDef: abi.TABLEDEF_BASE, TABLEDEF_SIZE), "datas" or "elems" (a data or elem
              segment's SegmentDef: abi.SEGMENTDEF_ADDRESS, SEGMENTDEF_LENGTH)
  EXN_PENDING args (store,): the exception the store holds (an externref handle, 0
              for none); following a call (no other call between), it makes that call a
              landing site, which an exception thrown below may return through
              (runtime/exceptions.py)

Loads (addr, heap base, bound) and stores (addr, value, heap base, bound) keep
their Wasm opcode, with imm = (access, memarg offset, still), access the
opcodes.Access (value type, bytes, sign extension, store) lowering needs: it is in bounds
when addr <= bound - still (bound is a HEAP_LIMIT and still 0, or the heap size
and still the access's end); with an i64 address (memory64), when addr <
max(bound - (still - 1), 0), unsigned (bound a HEAP_LIMIT64 and still 0, or the
heap size and still the end, which may pass 2**64: then nothing fits).  still GUARDED: no check,
the memory's guard pages trap it (runtime/abi.py "Guard pages"; bound is the heap base).  still None: no check at all
(the field or element of a gc object, checked by the instructions before it: aot/ir/gc.py).  Other memory, global and table instructions keep
theirs too, with vmctx as their first
argument: memory.size (vmctx) with imm = memory index; global.get (vmctx) and global.set (vmctx,
value) with imm = global index; table.get (vmctx, index), table.set (vmctx,
index, value) and table.size (vmctx) with imm = table index; ref.func (vmctx)
with imm = function index; ref.is_null (ref); memory.copy (dst, src, count, dst memory's base and
size, src memory's base and size) with imm = (dst memory, src memory) and memory.fill (dst, value,
count, base, size) with imm = memory index, which trap unless every byte is in bounds before
they write any; memory.init (dst, src, count, the memory's base and size, the
segment's address and length) with imm = (segment, memory), a copy from the segment's
bytes; table.copy, table.fill and table.init likewise, on tables' base and size (in elements)
and elem segments' address and length, with table.copy's imm = (dst table, src table),
table.fill's the table, table.init's (segment, table); data.drop and elem.drop (vmctx) with
imm = segment.  The base, size, address and length operands are DEF_WORDs.

Atomic accesses (threads) keep their Wasm opcode too, with args (addr, operands..., heap base,
bound) and imm = (memarg offset, still); atomic.fence has no args; wait and notify are
BUILTINs (aot/ir/build_atomics.py).

Wide-arithmetic operators keep their Wasm opcode, args in Wasm operand order (the
128-bit operands as low, high i64 halves) and two i64 results, low then high.

SIMD operators keep their Wasm opcode (0xFD000 + n), args in Wasm operand
order and one result typed by the operator (v128, or a scalar for
extract_lane, bitmask, any_true, all_true); imm = the lane index for
extract_lane/replace_lane, the 16 lane indices (bytes) for i8x16.shuffle, None
for the others (v128.const is a CONST).  SIMD memory operators take (addr,
[v128,] heap base, bound) like scalar ones, the v128 operand being a store's
value or the vector a load_lane updates, with imm = (access, memarg offset,
still, lane or None), access the opcodes.SimdAccess (kind, bytes, signedness,
store), in bounds as for scalar accesses.

Block 0 is the entry; its params are (vmctx, wasm params...).
"""

from __future__ import annotations

CONST = -1
SELECT = -2
CALL = -3
JUMP = -4
BRIF = -5
BR_TABLE = -6
RETURN = -7
TRAP = -8
CALL_INDIRECT = -9
BUILTIN = -10
HEAP_BASE = -11
HEAP_SIZE = -12
HEAP_LIMIT = -13
STORE_PTR = -14
FUEL_LOAD = -15
FUEL_STORE = -16
EPOCH_CHECK = -17
FUEL_CHECK = -18
RETURN_CALL = -19
RETURN_CALL_INDIRECT = -20
CALL_REF = -21
RETURN_CALL_REF = -22
NULL_CHECK = -23
HEAP_LIMIT64 = -24
EXN_PENDING = -25
DEF_WORD = -26

GUARDED = "guarded"   # a load's or store's `still` when guard pages check it

TERMINATORS = frozenset({JUMP, BRIF, BR_TABLE, RETURN, TRAP, RETURN_CALL, RETURN_CALL_INDIRECT, RETURN_CALL_REF})
VMCTX_TYPE = "i64"


class IRFunction:
    def __init__(self, index: int, params: tuple, results: tuple, name: str | None = None):
        self.index = index
        self.params = params
        self.results = results
        self.name = name
        self.value_type: list[str] = []
        self.alias: list[int] = []
        self.inst_op: list[int] = []
        self.inst_args: list[tuple] = []
        self.inst_imm: list = []
        self.inst_results: list[tuple] = []
        self.inst_offset: list[int] = []
        self.block_params: list[list[int]] = []
        self.block_insts: list[list[int]] = []
        self.edge_block: list[int] = []
        self.edge_args: list[list[int]] = []
        self._reachable: list[int] | None = None
        self.dominators = None   # its DominatorTree once a pass asked (dominators.dominator_tree)

    def new_value(self, ty: str) -> int:
        value = len(self.alias)
        self.value_type.append(ty)
        self.alias.append(value)
        return value

    def new_block(self) -> int:
        self.block_params.append([])
        self.block_insts.append([])
        return len(self.block_insts) - 1

    def new_edge(self, block: int, args) -> int:
        self.edge_block.append(block)
        self.edge_args.append(list(args))
        return len(self.edge_block) - 1

    def add_inst(self, block: int, op: int, args=(), imm=None, result_types=(), offset: int = 0) -> tuple:
        alias = self.alias
        first = len(alias)
        if len(result_types) == 1:   # the usual case, without a range
            results = (first,)
            alias.append(first)
            self.value_type.append(result_types[0])
        else:
            results = tuple(range(first, first + len(result_types)))
            alias += results
            self.value_type += result_types
        inst_op = self.inst_op
        self.block_insts[block].append(len(inst_op))
        inst_op.append(op)
        self.inst_args.append(tuple(args))
        self.inst_imm.append(imm)
        self.inst_results.append(results)
        self.inst_offset.append(offset)
        return results

    def resolve(self, value: int) -> int:
        """Follow aliases to the value that really holds `value` (with path compression)."""
        alias = self.alias
        root = alias[value]
        if root == value:   # the usual case: not an alias
            return value
        while alias[root] != root:
            root = alias[root]
        while alias[value] != root:
            alias[value], value = root, alias[value]
        return root

    def successors(self, block: int) -> list[int]:
        """Edges leaving `block`, in terminator order."""
        term = self.block_insts[block][-1]
        op = self.inst_op[term]
        imm = self.inst_imm[term]
        if op == JUMP:
            return [imm]
        if op == BRIF:
            return list(imm)
        if op == BR_TABLE:
            return list(imm[0]) + [imm[1]]
        return []

    def reachable_blocks(self) -> list[int]:
        """Blocks reachable from the entry, in reverse postorder (cached until a pass
        that changes the control-flow graph calls `cfg_changed`)."""
        if self._reachable is None:
            self._reachable = self._reverse_postorder()
        return self._reachable

    def cfg_changed(self) -> None:
        """Forget the cached block order and dominator tree: a pass added blocks or retargeted
        edges."""
        self._reachable = None
        self.dominators = None

    def _reverse_postorder(self) -> list[int]:
        seen = [False] * len(self.block_insts)
        order: list[int] = []
        stack = [(0, iter(self.successors(0)))]
        seen[0] = True
        while stack:
            block, edges = stack[-1]
            for edge in edges:
                target = self.edge_block[edge]
                if not seen[target]:
                    seen[target] = True
                    stack.append((target, iter(self.successors(target))))
                    break
            else:
                stack.pop()
                order.append(block)
        order.reverse()
        return order
