"""The runtime end to end: hand-built artifacts (trampolines + hand-encoded functions) loaded through the worker."""

from __future__ import annotations

import struct

import pytest

from wasmoon_aot.aot.isa.aarch64 import encode as enc
from wasmoon_aot.aot.isa.aarch64.regs import FP, LO, LR, SP, X0, X1, X2, X16
from wasmoon_aot.aot.isa.aarch64.trampolines import entry_trampoline, host_trampoline, trap_stub
from wasmoon_aot.linker.elf import write_elf
from wasmoon_aot.linker.image import Image, Symbol
from wasmoon_aot.runtime import LinkError, Trap, TrapCode, abi, load
from wasmoon_aot.runtime import emulator
from wasmoon_aot.runtime.emulator import EmulatorUnavailable, sysroot
from wasmoon_aot.runtime.errors import WorkerError
from wasmoon_aot.runtime.remote_store import WorkerProcess
from wasmoon_aot.runtime.values import from_bits, to_bits

_BL = 0x94000000


class ArtifactBuilder:
    """Lays out a text section (trap stub first), records functions, trap sites and metadata, writes the ELF."""

    TRAP_OFFSET = 0

    def __init__(self):
        self.text = bytearray(trap_stub())
        self.types: list[tuple[tuple, tuple]] = []
        self.imports = []
        self.functions = []
        self.exports = []
        self.trap_sites = []
        self.start = None

    def type_index(self, params, results) -> int:
        key = (tuple(params), tuple(results))
        if key not in self.types:
            self.types.append(key)
        return self.types.index(key)

    def add_import(self, module, name, params, results) -> int:
        assert len(self.functions) == len(self.imports), "imports come first"
        ti = self.type_index(params, results)
        self.imports.append({"module": module, "name": name, "kind": "func", "type": ti})
        self.functions.append({"type": ti, "offset": None, "size": 0, "name": None})
        return len(self.functions) - 1

    def add_function(self, params, results, make_words, export=None, name=None) -> int:
        """`make_words(at, self_index)` returns the function's instruction words when placed at text offset `at`."""
        at = len(self.text)
        index = len(self.functions)
        words = make_words(at, index)
        for k, word in enumerate(words):
            if word & 0xFC000000 == _BL and at + 4 * k + _branch_offset(word) == self.TRAP_OFFSET:
                self.trap_sites.append([at + 4 * k + 4, index, 0x100 + k])
        self.text += struct.pack(f"<{len(words)}I", *words)
        self.functions.append({"type": self.type_index(params, results), "offset": at,
                               "size": 4 * len(words), "name": name})
        if export:
            self.exports.append({"name": export, "kind": "func", "index": index})
        return index

    def write(self, path) -> str:
        entries, hosts = {}, {}
        for ti, (params, results) in enumerate(self.types):
            entries[str(ti)] = len(self.text)
            self.text += entry_trampoline(params, results)
        for imp in self.imports:
            if str(imp["type"]) not in hosts:
                params, results = self.types[imp["type"]]
                hosts[str(imp["type"])] = len(self.text)
                self.text += host_trampoline(params, results)
        meta = abi.pack_metadata({
            "types": [{"params": list(p), "results": list(r)} for p, r in self.types],
            "imports": self.imports, "functions": self.functions, "exports": self.exports,
            "start": self.start, "entry_trampolines": entries, "host_trampolines": hosts,
            "trap_sites": sorted(self.trap_sites), "vmctx": abi.VMContextLayout(len(self.imports), 0, 0).counts(),
        })
        image = Image(text=bytes(self.text), rodata=meta, symbols=[
            Symbol(abi.TEXT_SYMBOL, "text", 0, len(self.text)),
            Symbol(abi.TRAP_SYMBOL, "text", self.TRAP_OFFSET, len(trap_stub())),
            Symbol(abi.METADATA_SYMBOL, "rodata", 0, len(meta), "object"),
        ])
        with open(path, "wb") as out:
            out.write(write_elf(image))
        return str(path)


def _branch_offset(word: int) -> int:
    imm26 = word & 0x3FFFFFF
    return 4 * (imm26 - (1 << 26) if imm26 >> 25 else imm26)


def bl_trap(at: int, k: int) -> int:
    """`bl wasmoon_trap` as word k of a function at text offset `at`."""
    return enc.bl(ArtifactBuilder.TRAP_OFFSET - (at + 4 * k))


def call_import_words(slot_index: int) -> list[int]:
    """Call import `slot_index` with the incoming arguments, return its results."""
    slot = abi.VMContextLayout(slot_index + 1, 0, 0).import_slot(slot_index)
    return [
        enc.stp(True, FP, LR, SP, -16, enc.PRE),
        enc.mov_sp(FP, SP),
        enc.ldr_imm(8, X16, X0, slot + abi.IMPORT_SLOT_CODE),
        enc.ldr_imm(8, X0, X0, slot + abi.IMPORT_SLOT_VMCTX),
        enc.blr(X16),
        enc.ldp(True, FP, LR, SP, 16, enc.POST),
        enc.ret(),
    ]


def build_library(path) -> str:
    """add, sum10 (stack args), spread10 (stack results), div (traps), deep (stack check), inc."""
    b = ArtifactBuilder()
    b.add_function(["i32", "i32"], ["i32"], lambda at, i: [enc.add_reg(False, X0, X1, X2), enc.ret()],
                   export="add")

    def sum10(at, i):
        # acc = p + 2*acc over the ten parameters, so any misplaced argument changes the result
        words = [enc.mov_reg(True, X0, X1)]
        words += [enc.add_reg(True, X0, reg, X0, enc.LSL, 1) for reg in range(2, 8)]
        for slot in range(3):
            words += [enc.ldr_imm(8, X16, SP, 8 * slot), enc.add_reg(True, X0, X16, X0, enc.LSL, 1)]
        return words + [enc.ret()]
    b.add_function(["i64"] * 10, ["i64"], sum10, export="sum10")

    def spread10(at, i):
        words = []
        for slot, k in ((0, 8), (1, 9)):
            words += [enc.add_imm(True, X16, X1, k), enc.str_imm(8, X16, SP, 8 * slot)]
        words += [enc.add_imm(True, reg, X1, reg) for reg in range(7, 1, -1)]
        return words + [enc.mov_reg(True, X0, X1), enc.add_imm(True, X1, X1, 1), enc.ret()]
    b.add_function(["i64"], ["i64"] * 10, spread10, export="spread10")

    def div(at, i):
        return [enc.cbz(False, X2, 12), enc.sdiv(False, X0, X1, X2), enc.ret(),
                enc.stp(True, FP, LR, SP, -16, enc.PRE),
                enc.movz(False, X1, int(TrapCode.INTEGER_DIVIDE_BY_ZERO)), bl_trap(at, 5)]
    b.add_function(["i32", "i32"], ["i32"], div, export="div", name="divide")

    def deep(at, i):
        words = [
            enc.ldr_imm(8, X16, X0, abi.VMCTX_STORE),
            enc.ldr_imm(8, X16, X16, abi.STORE_STACK_LIMIT),
            enc.cmp_ext(True, SP, X16, enc.UXTX),
            enc.b_cond(LO, 4 * 11),
            enc.stp(True, FP, LR, SP, -32, enc.PRE),
            enc.mov_sp(FP, SP),
            enc.cbz(True, X1, 4 * 5),
            enc.sub_imm(True, X1, X1, 1),
            enc.bl(at - (at + 4 * 8)),
            enc.add_imm(True, X0, X0, 1),
            enc.b(4 * 2),
            enc.movz(True, X0, 0),                      # 11: n == 0
            enc.ldp(True, FP, LR, SP, 32, enc.POST),    # 12
            enc.ret(),
        ]
        # 14: stack exhausted
        return words + [enc.movz(False, X1, int(TrapCode.STACK_OVERFLOW)), bl_trap(at, len(words) + 1)]
    b.add_function(["i64"], ["i64"], deep, export="deep")
    b.add_function(["i32"], ["i32"], lambda at, i: [enc.add_imm(False, X0, X1, 1), enc.ret()], export="inc")
    b.add_function(["f64", "f32"], ["f32", "f64"], lambda at, i: [
        enc.fmov(True, 2, 0), enc.fmov(False, 0, 1), enc.fmov(True, 1, 2), enc.ret()], export="swapf")
    return b.write(path)


def build_caller(path, start=False) -> str:
    """Imports env.f (i32)->i32 (and env.started ()->() with `start`); exports call_f."""
    b = ArtifactBuilder()
    b.add_import("env", "f", ["i32"], ["i32"])
    if start:
        b.add_import("env", "started", [], [])
    b.add_function(["i32"], ["i32"], lambda at, i: call_import_words(0), export="call_f")
    if start:
        b.start = b.add_function([], [], lambda at, i: call_import_words(1))
    b.exports.append({"name": "f_reexported", "kind": "func", "index": 0})
    return b.write(path)


@pytest.fixture(scope="module")
def paths(tmp_path_factory):
    root = tmp_path_factory.mktemp("artifacts")
    return {"lib": build_library(root / "lib.so"), "caller": build_caller(root / "caller.so"),
            "caller_start": build_caller(root / "caller_start.so", start=True)}


@pytest.fixture(scope="module")
def lib(paths):
    return load(paths["lib"])


def test_plain_calls_and_wrapping(lib):
    assert lib.exports.add(2, 3) == 5
    assert lib.exports["add"](0x7FFFFFFF, 1) == -0x80000000
    assert lib.exports.add(0xFFFFFFFF, 0) == -1  # unsigned spelling accepted, signed result
    assert lib.exports.add.call_bits([0xFFFFFFFF, 2]) == [1]
    assert lib.exports.add.params == ("i32", "i32") and lib.exports.add.results == ("i32",)


def test_stack_arguments_and_results(lib):
    args = list(range(1, 11))
    expected = 0
    for value in args:
        expected = value + 2 * expected
    assert lib.exports.sum10(*args) == expected
    assert lib.exports.sum10(*([-1] * 10)) == -(2 ** 10 - 1)
    assert lib.exports.spread10(100) == tuple(range(100, 110))


def test_float_values(lib):
    assert lib.exports.swapf(2.5, 1.5) == (1.5, 2.5)
    nan_bits = 0x7FC00001
    assert lib.exports.swapf.call_bits([0, nan_bits]) == [nan_bits, 0]


def test_trap_carries_kind_and_location(lib):
    assert lib.exports.div(7, 2) == 3
    with pytest.raises(Trap) as info:
        lib.exports.div(1, 0)
    trap = info.value
    assert trap.code == TrapCode.INTEGER_DIVIDE_BY_ZERO
    assert trap.message == "integer divide by zero"
    assert trap.func_index == 3 and trap.func_name == "divide"
    assert trap.wasm_offset == 0x105
    assert "integer divide by zero" in str(trap) and "\n" not in str(trap)
    assert lib.exports.div(-9, 3) == -3  # still healthy


def test_stack_overflow_is_a_trap(lib):
    assert lib.exports.deep(1000) == 1000
    with pytest.raises(Trap) as info:
        lib.exports.deep(10 ** 9)
    assert info.value.code == TrapCode.STACK_OVERFLOW
    assert info.value.message == "call stack exhausted"
    assert info.value.func_name == "deep"
    assert lib.exports.deep(5000) == 5000


def test_host_function_and_nested_reentry(paths, lib):
    seen = []

    def f(x):
        seen.append(x)
        if x > 0:
            return lib.exports.add(caller.exports.call_f(x - 1), 10)  # host -> wasm -> host -> ...
        return 1000
    caller = load(paths["caller"], {"env": {"f": f}})
    assert caller.exports.call_f(3) == 1030
    assert seen == [3, 2, 1, 0]
    assert caller.exports.f_reexported(0) == 1000


def test_host_exception_becomes_trap_with_cause(paths, lib):
    def f(x):
        if x == 1:
            raise ValueError("boom")
        if x == 2:
            return lib.exports.div(1, 0)  # the nested trap propagates unchanged
        return x * 2
    caller = load(paths["caller"], {"env": {"f": f}})
    with pytest.raises(Trap) as info:
        caller.exports.call_f(1)
    assert info.value.code == TrapCode.HOST_EXCEPTION
    assert isinstance(info.value.__cause__, ValueError) and str(info.value.__cause__) == "boom"
    assert "boom" in str(info.value)
    with pytest.raises(Trap) as info:
        caller.exports.call_f(2)
    assert info.value.code == TrapCode.INTEGER_DIVIDE_BY_ZERO and info.value.func_name == "divide"
    assert caller.exports.call_f(21) == 42


def test_trap_caught_inside_host_function(paths, lib):
    def f(x):
        try:
            lib.exports.div(x, 0)
        except Trap as trap:
            return int(trap.code)
        return -1
    caller = load(paths["caller"], {"env": {"f": f}})
    assert caller.exports.call_f(5) == int(TrapCode.INTEGER_DIVIDE_BY_ZERO)
    assert lib.exports.deep(100) == 100


def test_cross_instance_imports(paths, lib):
    by_function = load(paths["caller"], {"env": {"f": lib.exports.inc}})
    assert by_function.exports.call_f(41) == 42
    with pytest.raises(LinkError, match="unknown import"):
        load(paths["caller"], {"env": lib})  # lib has no export named "f"
    chained = load(paths["caller"], {"env": {"f": by_function.exports.call_f}})
    assert chained.exports.call_f(1) == 2  # caller -> caller -> lib.inc
    assert chained.exports.f_reexported(9) == 10


def test_link_errors(paths, lib):
    with pytest.raises(LinkError, match="unknown import"):
        load(paths["caller"], {})
    with pytest.raises(LinkError, match="unknown import"):
        load(paths["caller"], {"env": {"g": lambda x: x}})
    with pytest.raises(LinkError, match="incompatible import type"):
        load(paths["caller"], {"env": {"f": lib.exports.add}})
    with pytest.raises(LinkError, match="incompatible import type"):
        load(paths["caller"], {"env": {"f": 42}})


def test_start_function_runs_at_instantiation(paths, lib):
    started = []
    instance = load(paths["caller_start"], {"env": {"f": lib.exports.inc, "started": lambda: started.append(1)}})
    assert started == [1]
    assert instance.exports.call_f(1) == 2


def test_bad_host_results_and_arity(paths, lib):
    caller = load(paths["caller"], {"env": {"f": lambda x: (x, x)}})
    with pytest.raises(Trap) as info:
        caller.exports.call_f(1)
    assert info.value.code == TrapCode.HOST_EXCEPTION and isinstance(info.value.__cause__, TypeError)
    with pytest.raises(TypeError):
        lib.exports.add(1)
    with pytest.raises(FileNotFoundError):
        load(paths["lib"] + ".missing")


def test_value_conversions():
    assert from_bits("i32", to_bits("i32", -1)) == -1 and to_bits("i32", -1) == 0xFFFFFFFF
    assert to_bits("i64", 2 ** 64 - 1) == to_bits("i64", -1) == 2 ** 64 - 1
    assert to_bits("f32", 1.5) == 0x3FC00000 and from_bits("f32", 0x3FC00000) == 1.5
    assert to_bits("f64", -0.0) == 1 << 63
    assert to_bits("f32", 1e300) == 0x7F800000  # rounds to infinity instead of failing


def test_worker_death_is_reported(paths):
    worker = WorkerProcess()
    assert worker.request("ping") == "OK"
    worker.process.kill()
    worker.process.wait()
    with pytest.raises(WorkerError, match="worker"):
        worker.request("load", path=paths["lib"], imports={})


def test_missing_sysroot_names_the_setup_command(monkeypatch, tmp_path):
    monkeypatch.setenv("WASMOON_SYSROOT", str(tmp_path))
    with pytest.raises(EmulatorUnavailable, match=f"{tmp_path}: run `wasmoon-aot setup`"):
        sysroot()


def test_sysroot_is_found_in_the_user_cache(monkeypatch, tmp_path):
    monkeypatch.delenv("WASMOON_SYSROOT", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(emulator, "RUNTIME_DIR", str(tmp_path / "site-packages" / "wasmoon_aot" / "runtime"))
    with pytest.raises(EmulatorUnavailable, match="wasmoon-aot/sysroot: run `wasmoon-aot setup`"):
        sysroot()
    python = tmp_path / "wasmoon-aot" / "sysroot" / emulator.SYSROOT_PYTHON
    python.parent.mkdir(parents=True)
    python.touch()
    assert sysroot() == str(tmp_path / "wasmoon-aot" / "sysroot")


def test_qemu_is_found_in_the_user_cache_before_path(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(emulator, "RUNTIME_DIR", str(tmp_path / "site-packages" / "wasmoon_aot" / "runtime"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(EmulatorUnavailable, match="wasmoon-aot/bin nor on PATH: run `wasmoon-aot setup`"):
        emulator.qemu()
    qemu = tmp_path / "wasmoon-aot" / "bin" / emulator.QEMU
    qemu.parent.mkdir(parents=True)
    qemu.touch(mode=0o755)
    assert emulator.qemu() == str(qemu)


def test_rebuilt_file_at_same_path_is_reloaded(tmp_path, lib):
    path = str(tmp_path / "rebuilt.so")
    build_caller(path)
    first = load(path, {"env": {"f": lib.exports.inc}})
    assert first.exports.call_f(1) == 2
    build_library(path)
    second = load(path)
    assert second.exports.add(20, 22) == 42
    assert first.exports.call_f(2) == 3
