"""Loop-invariant code motion: what leaves a loop, what stays, and where it lands."""

from __future__ import annotations

from wasmoon_aot.aot.ir import function as ir
from wasmoon_aot.aot.ir.build import build_function
from wasmoon_aot.aot.ir.dominators import DominatorTree
from wasmoon_aot.aot.module_env import ModuleEnv
from wasmoon_aot.aot.opt import eliminate_dead_code, fold_constants, hoist_loop_invariants, number_values
from wasmoon_aot.aot.opt.licm import HOIST_FLOOR, HOISTED_LIVE_INS
from wasmoon_aot.aot.wasm import load_and_validate
from wasmoon_aot.aot.wasm import opcodes as op
from wasmoon_aot.aot.wat import wat_to_wasm


def build(body: str, params: str = "(param i32 i32)", locals_: str = "(local i32 i32)") -> ir.IRFunction:
    source = f"(module (func {params} (result i32) {locals_} {body}))"
    module = load_and_validate(wat_to_wasm(source.encode()))
    return eliminate_dead_code(number_values(fold_constants(build_function(ModuleEnv(module), 0))))


def block_of(f: ir.IRFunction) -> dict[int, int]:
    return {inst: block for block in f.reachable_blocks() for inst in f.block_insts[block]}


def insts_with(f: ir.IRFunction, opcode: int) -> list[int]:
    return [i for b in f.reachable_blocks() for i in f.block_insts[b] if f.inst_op[i] == opcode]


def loop_headers(f: ir.IRFunction) -> list[int]:
    """Blocks that a back edge targets (the edge's source comes later in reverse postorder)."""
    position = {block: index for index, block in enumerate(f.reachable_blocks())}
    return sorted({f.edge_block[e] for b in position for e in f.successors(b)
                   if position[f.edge_block[e]] <= position[b]}, key=position.get)


def assert_defs_dominate_uses(f: ir.IRFunction) -> None:
    """Every argument is defined earlier in its block or in a block that dominates it."""
    tree = DominatorTree(f)
    where: dict[int, tuple[int, int]] = {}
    for block in f.reachable_blocks():
        for param in f.block_params[block]:
            where[param] = (block, -1)
        for index, inst in enumerate(f.block_insts[block]):
            for result in f.inst_results[inst]:
                where[result] = (block, index)

    def dominates(a: int, b: int) -> bool:
        while b != a and tree.idom[b] != b:
            b = tree.idom[b]
        return a == b

    for block in f.reachable_blocks():
        insts = f.block_insts[block]
        uses = [(f.inst_args[inst], index) for index, inst in enumerate(insts)]
        uses += [(f.edge_args[edge], len(insts)) for edge in f.successors(block)]
        for args, index in uses:
            for arg in args:
                def_block, def_index = where[f.resolve(arg)]
                assert dominates(def_block, block)
                assert def_block != block or def_index < index
        assert f.inst_op[insts[-1]] in ir.TERMINATORS


def test_invariant_mul_leaves_the_loop_and_the_accumulator_stays():
    f = hoist_loop_invariants(build("""
        (loop $l
          (local.set 2 (i32.add (local.get 2) (i32.mul (local.get 0) (local.get 1))))
          (br_if $l (i32.lt_u (local.get 2) (i32.const 1000))))
        (local.get 2)"""))
    (header,) = loop_headers(f)
    where = block_of(f)
    (mul,) = insts_with(f, op.I32_MUL)
    (add,) = insts_with(f, op.I32_ADD)
    assert where[mul] == 0                 # the entry block jumps to the loop: the preheader
    assert where[add] == header            # reads the loop's block param
    assert where[insts_with(f, ir.CONST)[0]] == 0
    assert f.inst_op[f.block_insts[0][-1]] == ir.JUMP
    assert_defs_dominate_uses(f)


def test_trapping_division_stays_in_the_loop():
    f = hoist_loop_invariants(build("""
        (loop $l
          (local.set 2 (i32.add (local.get 2) (i32.div_u (local.get 0) (local.get 1))))
          (br_if $l (i32.lt_u (local.get 2) (i32.const 1000))))
        (local.get 2)"""))
    (header,) = loop_headers(f)
    (div,) = insts_with(f, op.I32_DIV_U)
    assert block_of(f)[div] == header
    assert_defs_dominate_uses(f)


def test_nested_loops_hoist_each_invariant_as_far_as_it_goes():
    f = hoist_loop_invariants(build("""
        (loop $outer
          (local.set 3 (i32.const 0))
          (loop $inner
            (local.set 3 (i32.add (local.get 3)
              (i32.xor (i32.mul (local.get 0) (local.get 1)) (i32.shl (local.get 2) (i32.const 3)))))
            (br_if $inner (i32.lt_u (local.get 3) (i32.const 100))))
          (local.set 2 (i32.add (local.get 2) (local.get 3)))
          (br_if $outer (i32.lt_u (local.get 2) (i32.const 10000))))
        (local.get 2)"""))
    outer, inner = loop_headers(f)
    where = block_of(f)
    (mul,) = insts_with(f, op.I32_MUL)
    (shl,) = insts_with(f, op.I32_SHL)
    (xor,) = insts_with(f, op.I32_XOR)
    assert where[mul] == 0                          # invariant in both loops
    for inst in (shl, xor):  # depend on the outer loop's counter only: the inner preheader
        assert where[inst] == outer
    adds = [i for i in insts_with(f, op.I32_ADD) if where[i] == inner]
    assert len(adds) == 1                           # the inner accumulator stays
    assert_defs_dominate_uses(f)


def test_v128_constants_leave_outer_loops_and_scalar_ones_stay():
    f = hoist_loop_invariants(build("""
        (loop $outer
          (local.set 2 (i32x4.add (local.get 2) (v128.const i32x4 1 2 3 4)))
          (local.set 1 (i32.add (local.get 1) (i32.const 12345)))
          (loop $inner
            (local.set 1 (i32.sub (local.get 1) (i32.const 1)))
            (br_if $inner (local.get 1)))
          (br_if $outer (local.get 0)))
        (i32x4.extract_lane 0 (local.get 2))""", "(param i32 i32)", "(local v128)"))
    outer, _ = loop_headers(f)
    where = block_of(f)
    constants = {f.inst_imm[inst]: where[inst] for inst in insts_with(f, ir.CONST)}
    assert constants[0x4_00000003_00000002_00000001] == 0   # out of both loops
    assert constants[12345] == outer                          # in the outer loop, as the scalar rule says
    assert_defs_dominate_uses(f)


def test_unrelated_loops_and_straight_code_are_left_alone():
    f = build("(i32.mul (local.get 0) (local.get 1))")
    before = [list(f.block_insts[b]) for b in f.reachable_blocks()]
    hoist_loop_invariants(f)
    assert [list(f.block_insts[b]) for b in f.reachable_blocks()] == before


def _loop_entered_by(two_edges: bool) -> tuple[ir.IRFunction, int, int, int, int]:
    """b0 branches into loop header h (one or both BRIF edges), h loops on itself while
    p * b < 100, exits to a block returning the count; returns (f, h, mul, lt, const)."""
    f = ir.IRFunction(0, ("i32", "i32"), ("i32",))
    entry, header, exit_ = f.new_block(), f.new_block(), f.new_block()
    f.block_params[entry] = [f.new_value(ir.VMCTX_TYPE), f.new_value("i32"), f.new_value("i32")]
    _, a, b = f.block_params[entry]
    p = f.new_value("i32")
    f.block_params[header] = [p]
    r = f.new_value("i32")
    f.block_params[exit_] = [r]
    into = f.new_edge(header, [a])
    other = f.new_edge(header, [b]) if two_edges else f.new_edge(exit_, [a])
    f.add_inst(entry, ir.BRIF, (a,), (into, other))
    (bb,) = f.add_inst(header, op.I32_MUL, (b, b), result_types=("i32",))
    (next_p,) = f.add_inst(header, op.I32_ADD, (p, bb), result_types=("i32",))
    (limit,) = f.add_inst(header, ir.CONST, imm=100, result_types=("i32",))
    (cond,) = f.add_inst(header, op.I32_LT_U, (next_p, limit), result_types=("i32",))
    f.add_inst(header, ir.BRIF, (cond,), (f.new_edge(header, [next_p]), f.new_edge(exit_, [next_p])))
    f.add_inst(exit_, ir.RETURN, (r,))
    insts = f.block_insts[header]
    return f, header, insts[0], insts[3], insts[2]


def test_a_conditional_entry_gets_a_new_preheader():
    f, header, mul, lt, const = _loop_entered_by(two_edges=False)
    blocks_before = len(f.block_insts)
    order_before = list(f.reachable_blocks())
    hoist_loop_invariants(f)
    assert len(f.block_insts) == blocks_before + 1
    preheader = blocks_before
    assert f.reachable_blocks() != order_before and preheader in f.reachable_blocks()
    assert f.block_insts[preheader][:-1] == [mul, const]
    assert f.block_insts[header][-2] == lt
    (jump,) = f.successors(preheader)
    assert f.edge_block[jump] == header and f.edge_args[jump] == [f.block_params[0][1]]
    assert not f.block_params[preheader]
    assert DominatorTree(f).idom[header] == preheader
    assert_defs_dominate_uses(f)


def test_several_entering_edges_merge_in_the_new_preheaders_params():
    f, header, mul, _, const = _loop_entered_by(two_edges=True)
    preheader = len(f.block_insts)
    hoist_loop_invariants(f)
    (param,) = f.block_params[preheader]
    (jump,) = f.successors(preheader)
    assert f.edge_args[jump] == [param]
    assert f.block_insts[preheader][:-1] == [mul, const]
    into, other = f.successors(0)
    assert f.edge_block[into] == f.edge_block[other] == preheader
    assert_defs_dominate_uses(f)


def test_a_loop_at_the_entry_block_has_no_preheader_and_keeps_its_code():
    f = ir.IRFunction(0, ("i32",), ("i32",))
    entry = f.new_block()
    vmctx, a = f.new_value(ir.VMCTX_TYPE), f.new_value("i32")
    f.block_params[entry] = [vmctx, a]
    (doubled,) = f.add_inst(entry, op.I32_ADD, (a, a), result_types=("i32",))
    f.add_inst(entry, ir.BRIF, (doubled,), (f.new_edge(entry, [vmctx, a]), f.new_edge(entry, [vmctx, a])))
    before = list(f.block_insts[entry])
    hoist_loop_invariants(f)
    assert f.block_insts[entry] == before and len(f.block_insts) == 1


def test_a_wide_switch_in_a_loop_hoists_no_more_than_the_floor():
    """Each of 5,000 arms sets a local from its own constant: hoisting them all would
    make all 5,000 live in every block of the loop."""
    arms = 5000
    blocks = "(block " * (arms + 1)
    cases = "".join(f") (local.set 3 (i32.const {0x10000 + k})) (br {arms - 1 - k})" for k in range(arms))
    f = hoist_loop_invariants(build(f"""
        (loop $l
          {blocks}(br_table {" ".join(map(str, range(arms + 1)))} (local.get 0)){cases})
          (local.set 2 (i32.xor (local.get 2) (local.get 3)))
          (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
        (local.get 2)"""))
    assert HOISTED_LIVE_INS // arms < HOIST_FLOOR
    where = block_of(f)
    constants = [inst for inst in insts_with(f, ir.CONST) if f.inst_imm[inst] >= 0x10000]
    assert len(constants) == arms
    assert sum(where[inst] == 0 for inst in constants) == HOIST_FLOOR
    assert_defs_dominate_uses(f)


def test_a_loop_of_few_blocks_hoists_more_than_the_floor():
    count = 200
    body = "".join(f"(local.set 2 (i32.add (local.get 2) (i32.const {0x10000 + k})))" for k in range(count))
    f = hoist_loop_invariants(build(f"""
        (loop $l {body}
          (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
        (local.get 2)"""))
    where = block_of(f)
    constants = [inst for inst in insts_with(f, ir.CONST) if f.inst_imm[inst] >= 0x10000]
    assert count > HOIST_FLOOR and len(constants) == count and all(where[inst] == 0 for inst in constants)
    assert_defs_dominate_uses(f)
