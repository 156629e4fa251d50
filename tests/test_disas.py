"""Golden listings (in the style of wasmtime's tests/disas and Cranelift's filetests).

Each tests/disas/*.wat is a small module followed by the listings it must compile to, as
trailing `;;` comment lines: the register-allocated VCode (`--emit alloc`) and the
disassembly (`--emit asm`).  The test makes the listings again and compares; a
mismatch fails with a unified diff.  `WASMOON_BLESS=1` rewrites the expectations instead.

Header lines at the top of a file (before the WAT) choose what is listed:
    ;;! stages = alloc asm          (the default; any of ir opt vcode alloc asm)
    ;;! func = NAME|INDEX           (default: every defined function)
    ;;! options = consume_fuel epoch_interruption explicit_bounds_checks
    ;;! atomics = llsc               (default: lse; options.ATOMICS)
(explicit_bounds_checks: bounds_checks="explicit"; the default is guard pages)
"""

import difflib
import os
from pathlib import Path

import pytest

from wasmoon_aot.aot.listing import STAGES, module_listing
from wasmoon_aot.aot.options import CompileOptions
from wasmoon_aot.aot.wasm.features import UnsupportedFeature
from wasmoon_aot.aot.wat import wat_to_wasm

DISAS = Path(__file__).resolve().parent / "disas"
FILES = sorted(DISAS.glob("*.wat"))
OPTIONS = {"consume_fuel": ("consume_fuel", True), "epoch_interruption": ("epoch_interruption", True),
           "explicit_bounds_checks": ("bounds_checks", "explicit")}   # header word -> CompileOptions field
HEADER = ";;!"
BLESS = os.environ.get("WASMOON_BLESS") == "1"


def _header(lines: list[str]) -> dict[str, list[str]]:
    settings = {"stages": ["alloc", "asm"], "func": [], "options": [], "atomics": []}
    for line in lines:
        if not line.startswith(HEADER):
            break
        key, _, value = line[len(HEADER):].partition("=")
        key = key.strip()
        if key not in settings:
            raise ValueError(f"unknown header {key!r} (expected one of {', '.join(settings)})")
        settings[key] = value.split()
    assert all(stage in STAGES for stage in settings["stages"]), settings["stages"]
    assert all(option in OPTIONS for option in settings["options"]), settings["options"]
    assert len(settings["func"]) <= 1, settings["func"]
    return settings


def _split(text: str) -> tuple[list[str], list[str]]:
    """The file's lines up to its trailing comment block, and that block (the expectation)."""
    lines = text.rstrip("\n").split("\n")
    end = len(lines)
    while end > 0 and (lines[end - 1].startswith(";;") and not lines[end - 1].startswith(HEADER)):
        end -= 1
    return lines[:end], lines[end:]


def _expected_block(settings: dict, source: bytes) -> list[str]:
    func = settings["func"][0] if settings["func"] else None
    options = dict(OPTIONS[option] for option in settings["options"])
    options.update({"atomics": value for value in settings["atomics"]})
    block = []
    for stage in settings["stages"]:
        block.append(f";; ==== {stage} ====")
        listing = module_listing(source, stage, func, CompileOptions(**options))
        block += [f";; {line}".rstrip() for line in listing.rstrip("\n").split("\n")]
    return block


def check(path: Path, bless: bool) -> None:
    """Compare `path`'s expectation with the listings made now; rewrite it if `bless`."""
    wat, expected = _split(path.read_text())
    settings = _header(wat)
    try:
        actual = _expected_block(settings, wat_to_wasm("\n".join(wat).encode()))
    except UnsupportedFeature as exc:  # a listing of a feature the compiler does not enable yet
        pytest.skip(str(exc))
    if bless:
        path.write_text("\n".join(wat + actual) + "\n")
        return
    if actual != expected:
        diff = "\n".join(difflib.unified_diff(expected, actual, f"{path.name} (expected)", "compiled", lineterm=""))
        pytest.fail(f"{path.name}: the listing differs (WASMOON_BLESS=1 rewrites it)\n{diff}", pytrace=False)


@pytest.mark.parametrize("path", FILES, ids=[path.stem for path in FILES])
def test_disas(path):
    check(path, BLESS)


def test_a_changed_expectation_fails_with_a_diff_and_blessing_restores_it(tmp_path):
    golden = DISAS / "madd.wat"
    copy = tmp_path / golden.name
    copy.write_text(golden.read_text().replace("madd    w0, w1, w2, w3", "mul     w0, w1, w2"))
    with pytest.raises(pytest.fail.Exception) as failure:
        check(copy, bless=False)
    diff = str(failure.value).splitlines()
    assert any(line.startswith("-;;") and "mul     w0, w1, w2" in line for line in diff)
    assert any(line.startswith("+;;") and "madd    w0, w1, w2, w3" in line for line in diff)
    check(copy, bless=True)
    assert copy.read_text() == golden.read_text()
    check(copy, bless=False)


def test_there_are_golden_files():
    assert len(FILES) >= 60


def test_instructions_that_keep_x16_do_not_name_it():
    """address-shared-offsets.wat shows x16's sum reused across KEEP_X16's instructions: their
    emitters must not write x16 (nor reach a helper that may: materialize, select_v128)."""
    import inspect

    from wasmoon_aot.aot.isa.aarch64.emit import EMITTERS, KEEP_X16
    for name in KEEP_X16 - {"load", "store"}:
        source = inspect.getsource(EMITTERS[name])
        assert not any(word in source for word in ("X16", "materialize", "select_v128", "displaced_base")), name
