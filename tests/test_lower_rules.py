"""The AArch64 lowering's fusion-rule table: its shape, and priority order at work."""

from __future__ import annotations

from wasmoon_aot.aot.cli import main
from wasmoon_aot.aot.isa.aarch64.lower import FUSION_RULES, FUSIONS
from wasmoon_aot.aot.wasm import opcodes as op

ADDS = """(module
  (func (export "small") (param i32) (result i32)
    (i32.add (local.get 0) (i32.const 5)))
  (func (export "large") (param i32 i32) (result i32)
    (i32.add (i32.mul (local.get 0) (local.get 1)) (i32.const 5000)))
  (func (export "both") (param i32 i32) (result i32)
    (i32.add (i32.mul (local.get 0) (local.get 1)) (i32.const 5))))
"""


def test_every_root_lists_its_rules_once_highest_priority_first():
    assert len({rule.name for rule in FUSION_RULES}) == len(FUSION_RULES)
    for root, rules in FUSIONS.items():
        assert [rule.priority for rule in rules] == sorted((rule.priority for rule in rules), reverse=True)
        assert set(rules) == {rule for rule in FUSION_RULES if root in rule.roots}
    assert [rule.name for rule in FUSIONS[op.I64_ADD]] == ["imm12", "madd_msub", "shifted_operand"]
    assert op.I32_MUL not in FUSIONS


def test_the_immediate_rule_wins_over_madd_and_madd_takes_what_it_leaves(tmp_path, capsys):
    wat = tmp_path / "adds.wat"
    wat.write_text(ADDS)
    assert main(["build", str(wat), "--emit", "vcode", "-o", "-"]) == 0
    functions = capsys.readouterr().out.split(";; function ")[1:]
    small, large, both = functions
    assert "alu_imm.add %v1, imm=5" in small
    assert "const bits=5000" in large and "madd" in large   # 5000 is no 12-bit immediate
    assert "alu.mul %v2, %v3" in both and "alu_imm.add %v1, imm=5" in both and "madd" not in both
