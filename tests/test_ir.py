"""SSA construction: block params appear exactly where locals merge."""

from __future__ import annotations

from wasmoon_aot.aot.ir import function as ir
from wasmoon_aot.aot.ir.build import build_function
from wasmoon_aot.aot.module_env import ModuleEnv
from wasmoon_aot.aot.wasm import load_and_validate, opcodes as op
from wasmoon_aot.aot.wat import wat_to_wasm


def build(wat: str, index: int = 0) -> ir.IRFunction:
    module = load_and_validate(wat_to_wasm(wat.encode()))
    return build_function(ModuleEnv(module), index)


def loop_header(f: ir.IRFunction) -> int:
    (jump,) = [i for i in f.block_insts[0] if f.inst_op[i] == ir.JUMP]
    return f.edge_block[f.inst_imm[jump]]


def test_loop_gets_params_only_for_changed_locals():
    f = build("""(module (func (param $n i32) (param $k i32) (result i32) (local $acc i32)
      (loop $l
        (local.set $acc (i32.add (local.get $acc) (local.get $k)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br_if $l (local.get $n)))
      (local.get $acc)))""")
    header = loop_header(f)
    # $n and $acc change in the loop; $k does not and resolves to the entry param.
    assert len(f.block_params[header]) == 2
    assert all(f.value_type[v] == "i32" for v in f.block_params[header])
    k_param = f.block_params[0][2]
    uses = [f.resolve(a) for i, op in enumerate(f.inst_op) if op >= 0 for a in f.inst_args[i]]
    assert k_param in uses


def test_if_merges_with_block_param_and_edges_agree():
    f = build("""(module (func (param i32) (result i32) (local i32)
      (if (local.get 0) (then (local.set 1 (i32.const 5))) (else (local.set 1 (i32.const 6))))
      (local.get 1)))""")
    for block, params in enumerate(f.block_params):
        for edge, target in enumerate(f.edge_block):
            if target == block:
                assert len(f.edge_args[edge]) == len(params)
    merged = [b for b in range(1, len(f.block_params)) if f.block_params[b] and b in f.reachable_blocks()]
    assert merged, "the two definitions of local 1 must meet in a block param"


def test_dead_code_after_branch_is_skipped():
    f = build("""(module (func (result i32)
      (block (br 0) (drop (i32.div_s (i32.const 1) (i32.const 0))))
      (i32.const 3)))""")
    assert 0x6D not in f.inst_op  # i32.div_s never reached the IR


def test_reachable_blocks_is_reverse_postorder():
    f = build("""(module (func (param i32) (result i32)
      (block (result i32) (br_table 0 0 (i32.const 1) (local.get 0)))))""")
    order = f.reachable_blocks()
    assert order[0] == 0
    assert len(order) == len(set(order))


def test_loads_and_stores_carry_their_access():
    f = build("""(module (memory 1) (func (param i32) (result i64)
      (i64.store16 offset=8 (local.get 0) (i64.const 7))
      (i64.load8_s offset=3 (local.get 0))))""")
    accesses = [f.inst_imm[inst] for block in f.reachable_blocks() for inst in f.block_insts[block]
                if f.inst_op[inst] in (op.I64_STORE16, op.I64_LOAD8_S)]
    # guard pages (the default) check both, so neither has an explicit check's `still`
    assert accesses == [(op.Access("i64", 2, False, True), 8, ir.GUARDED),
                        (op.Access("i64", 1, True, False), 3, ir.GUARDED)]
