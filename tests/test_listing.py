"""Listings: `build --emit ir|opt|vcode|alloc|asm [--func] -o -|FILE` and `inspect --disas`.

Run through aot.cli.main in this process, on examples/fib.wat (fib and checksum: a
loop with block params, i32.rem_u by a constant, which needs no trap site), and on
DIVIDE (a division by a parameter: a trap site)."""

import re
import sys
from pathlib import Path

import pytest

from wasmoon_aot.aot.cli import main
from wasmoon_aot.aot.listing import module_listing
from wasmoon_aot.aot.options import CompileOptions
from wasmoon_aot.aot.wat import wat_to_wasm
from wasmoon_aot.aot.ir.printer import print_function
from wasmoon_aot.aot.ir import function as ir

FIB = str(Path(__file__).resolve().parent.parent / "examples" / "fib.wat")
DIVIDE = '(module (func (export "div") (param i32 i32) (result i32) (i32.div_u (local.get 0) (local.get 1))))'


def _divide_wat(tmp_path) -> str:
    path = tmp_path / "divide.wat"
    path.write_text(DIVIDE)
    return str(path)


def _emit(capsys, stage, *extra):
    assert main(["build", FIB, "--emit", stage, "-o", "-", *extra]) == 0
    return capsys.readouterr().out


def test_ir_shows_block_params_branch_edges_and_typed_constants(capsys):
    out = _emit(capsys, "ir")
    assert ";; function [0] fib" in out and ";; function [1] checksum" in out
    assert "block0(v0: i64, v1: i32):" in out
    assert "v11 = i32.const 65535" in out and "v15 = i32.const 65535" in out   # not merged yet
    assert "v12 = i32.rem_u v10, v11 @0x75" in out
    assert "brif v18, block2(v8, v12, v16), block3" in out


def test_opt_is_after_the_passes(capsys):
    out = _emit(capsys, "opt", "--func", "checksum")
    assert "v15 = i32.const" not in out          # merged with v11 by value numbering
    assert "v16 = i32.rem_u v14, v11" in out
    assert "fib" not in out


def test_vcode_has_vregs_constraints_and_successor_args(capsys):
    out = _emit(capsys, "vcode", "--func", "1")
    assert re.search(r"= args\n", out) and re.search(r"%v\d+@x1 = args", out)   # fixed ABI registers
    assert re.search(r"div %v\d+, %v\d+, rem, @0x75, divisor=65535", out)
    assert "; succs: block1(" in out and "ret %v0@x0" in out


def test_alloc_shows_registers_and_moves(capsys):
    out = _emit(capsys, "alloc", "--func", "fib")
    assert out.startswith(";; function [0] fib\n; spill slots:")
    body = [line for line in out.splitlines() if line[:6].strip().isdigit()]   # instruction lines
    assert body and all("%v" not in line for line in body)     # every operand allocated
    assert any(line.strip().startswith("mov x") for line in out.splitlines())
    assert "ret x0" in out


# A loop-carried value (a block param in a register) and an if's result nobody reads
# (a block param that is never read).
BLOCK_PARAMS = """(module (func (export "f") (param i32 i32) (result i32)
  (loop $l (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
  (drop (if (result i32) (local.get 0) (then (call 1 (i32.const 1))) (else (call 1 (i32.const 2)))))
  (local.get 0))
  (func (param i32) (result i32) (local.get 0)))"""


@pytest.mark.parametrize("regalloc, location", [("backtracking", "x"), ("simple", "ss")])
def test_alloc_block_headers_show_where_params_live(regalloc, location):
    out = module_listing(wat_to_wasm(BLOCK_PARAMS.encode()), "alloc", "f", CompileOptions(regalloc=regalloc))
    params = [line.split(":")[0].partition("(")[2].rstrip(")").split(", ")
              for line in out.splitlines() if line.startswith("block") and "(" in line.split(":")[0]]
    assert params and not any(p.startswith("%v") for ps in params for p in ps), out
    assert any(p.startswith(location) for ps in params for p in ps), out
    if regalloc == "backtracking":
        assert ["unused"] in params, out


def test_asm_disassembles_with_names_and_trap_sites(tmp_path, capsys):
    out = _emit(capsys, "asm")
    assert "<[0] fib>:" in out and "<[1] checksum>:" in out
    assert "udiv" in out and "msub" in out
    assert "; trap site" not in out          # the divisor is a nonzero constant: no check
    assert main(["build", _divide_wat(tmp_path), "--emit", "asm", "-o", "-"]) == 0
    assert "; trap site, wasm @0x27" in capsys.readouterr().out


def test_output_file(tmp_path, capsys):
    listing = tmp_path / "fib.ir"
    assert main(["build", FIB, "--emit", "ir", "--func", "fib", "-o", str(listing)]) == 0
    assert capsys.readouterr().out == ""
    assert listing.read_text().startswith(";; function [0] fib\nfunction u0:0 \"fib\"(i32) -> (i64) {")


@pytest.mark.parametrize("func", ["nope", "2", "-1"])
def test_bad_func_is_one_line(capsys, func):
    assert main(["build", FIB, "--emit", "vcode", "--func", func, "-o", "-"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and f"--func {func}" in captured.err


def test_inspect_disas(tmp_path, capsys):
    artifact = tmp_path / "fib.so"
    assert main(["build", FIB, "-o", str(artifact)]) == 0
    capsys.readouterr()
    assert main(["inspect", str(artifact), "--disas", "--func", "checksum"]) == 0
    out = capsys.readouterr().out
    assert "functions:" in out and "<[1] checksum>:" in out and "<[0] fib>" not in out
    assert main(["inspect", str(artifact), "--disas", "--func", "9"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    divide = tmp_path / "divide.so"
    assert main(["build", _divide_wat(tmp_path), "-o", str(divide)]) == 0
    capsys.readouterr()
    assert main(["inspect", str(divide), "--disas", "--func", "div"]) == 0
    assert "; trap site, wasm @0x27" in capsys.readouterr().out


def test_unknown_opcode_prints_generically():
    f = ir.IRFunction(0, (), ())
    block = f.new_block()
    (value,) = f.add_inst(block, -99, imm=(1, 2), result_types=("i32",))
    f.add_inst(block, ir.RETURN, (value,))
    text = print_function(f)
    assert "v0 = <-0x63> imm=(1, 2)" in text and "return v0" in text


def test_without_capstone_asm_is_one_line(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "capstone", None)   # import capstone now raises ImportError
    assert main(["build", FIB, "--emit", "asm", "-o", "-"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "capstone" in captured.err


def test_trap_prints_its_code_name_and_offset():
    f = ir.IRFunction(0, (), ())
    f.add_inst(f.new_block(), ir.TRAP, imm=2, offset=0x31)
    assert "    trap integer_divide_by_zero @0x31\n" in print_function(f)


def test_loads_show_their_offset_and_bound_slack(tmp_path, capsys):
    source = tmp_path / "load.wat"
    source.write_text('(module (memory 1) (func (export "f") (param i32) (result i32)'
                      ' (i32.load8_s offset=16 (local.get 0))))')
    assert main(["build", str(source), "--emit", "ir", "-o", "-", "--bounds-checks", "explicit"]) == 0
    assert "= i32.load8_s v1, v2, v3, offset=16 still=17 @0x27" in capsys.readouterr().out
    assert main(["build", str(source), "--emit", "ir", "-o", "-"]) == 0   # guard pages: the base twice, no bound
    assert "= i32.load8_s v1, v2, v2, offset=16 still=guarded @0x27" in capsys.readouterr().out
