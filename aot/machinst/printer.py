"""VCode as text, before and after register allocation (`build --emit vcode|alloc`).

Before allocation operands are vregs (`%v12`), with their constraint where it
says more than "a register": `%v3@x0` (FIXED), `%v5@reuse0` (REUSE input 0),
`%v7@any` (register or slot), `%v8@stack`.  After allocation they are the
allocator's answer: a register, or a spill slot `ss2`; its edits show as `mov`
lines before and after the instruction (`mov x9, ss0`, or `remat x9, %v4` when
it re-runs a constant).  Each block shows its params (before allocation their
vregs, after it where each lives as the block starts, `unused` for one nobody
reads) and its successors with their argument vregs.

ISA-neutral: an instruction spells itself through `inst.format(operand_text)`,
and a register number through the `reg_name(preg, bits)` the caller passes (bits
128 for a wide vreg's register, else 64).
"""

from __future__ import annotations

from .vcode import ANY, FIXED, REUSE, SLOT_BASE, STACK, WIDE, Allocation, VCode, is_slot


def _successors(vcode: VCode, block: int) -> str:
    edges = []
    for target, args in vcode.block_succs[block]:
        edges.append(f"block{target}(" + ", ".join(f"%v{v}" for v in args) + ")" if args else f"block{target}")
    return "  ; succs: " + ", ".join(edges) if edges else ""


def _block_header(vcode: VCode, block: int, params: list[str]) -> str:
    params = ", ".join(params)
    return (f"block{block}({params}):" if params else f"block{block}:") + _successors(vcode, block)


def _constraint(operand, reg_name) -> str:
    if operand.constraint == FIXED:
        return f"%v{operand.vreg}@{reg_name(operand.extra)}"
    if operand.constraint == REUSE:
        return f"%v{operand.vreg}@reuse{operand.extra}"
    suffix = {ANY: "@any", STACK: "@stack"}.get(operand.constraint, "")
    return f"%v{operand.vreg}{suffix}"


def print_vcode(vcode: VCode, reg_name) -> str:
    """VCode before allocation: vregs with their constraints."""
    lines = []
    for block in range(vcode.num_blocks):
        lines.append(_block_header(vcode, block, [f"%v{v}" for v in vcode.block_params[block]]))
        for index in range(vcode.block_start[block], vcode.block_end[block]):
            text = vcode.insts[index].format(lambda _, operand: _constraint(operand, reg_name))
            lines.append(f"  {index:>4}  {text}")
    return "\n".join(lines) + "\n"


def _location(alloc: int, reg_name, wide: bool = False) -> str:
    return f"ss{alloc - SLOT_BASE}" if is_slot(alloc) else reg_name(alloc, 128 if wide else 64)


def _edits(edits, reg_name) -> list[str]:
    lines = []
    for src, dst, kind in edits:
        wide = kind == WIDE
        if src < 0:
            lines.append(f"        remat {_location(dst, reg_name, wide)}, %v{-1 - src}")
        else:
            lines.append(f"        mov {_location(dst, reg_name, wide)}, {_location(src, reg_name, wide)}")
    return lines


def print_allocated(vcode: VCode, allocation: Allocation, reg_name) -> str:
    """VCode after allocation: registers and spill slots, with the allocator's moves."""
    saved = ", ".join(reg_name(r) for r in allocation.callee_saved) or "none"
    lines = [f"; spill slots: {allocation.num_slots}, callee-saved: {saved}"]
    for block in range(vcode.num_blocks):
        lines.append(_block_header(vcode, block, [
            _location(alloc, reg_name, vcode.vreg_wide[vreg]) if alloc >= 0 else "unused"
            for alloc, vreg in zip(allocation.block_params[block], vcode.block_params[block])]))
        for index in range(vcode.block_start[block], vcode.block_end[block]):
            allocs = allocation.allocs[index]
            lines += _edits(allocation.edits_before.get(index, ()), reg_name)
            text = vcode.insts[index].format(
                lambda i, operand: _location(allocs[i], reg_name, vcode.vreg_wide[operand.vreg]))
            lines.append(f"  {index:>4}  {text}")
            lines += _edits(allocation.edits_after.get(index, ()), reg_name)
    return "\n".join(lines) + "\n"
