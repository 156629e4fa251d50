"""Unit tests of the spec harness with a fake engine: value matching, command semantics, counting, report."""

from __future__ import annotations

import json
import struct

import pytest

from wasmoon_aot.aot.spec import values
from wasmoon_aot.aot.spec.convert import Converted
from wasmoon_aot.aot.spec.engine import Compiled
from wasmoon_aot.aot.spec.report import build_report, format_table, merge_reports, total_failed
from wasmoon_aot.aot.spec.runner import FileRun
from wasmoon_aot.aot.wasm.errors import DecodeError, ValidationError
from wasmoon_aot.aot.wasm.features import UnsupportedFeature
from wasmoon_aot.aot.wasm.features import UnsupportedFeature


def f32(x: float) -> int:
    return struct.unpack("<I", struct.pack("<f", x))[0]


# --- values --------------------------------------------------------------------

@pytest.mark.parametrize("bits,kind,expected", [
    (0x7FC00000, "nan:canonical", True),
    (0xFFC00000, "nan:canonical", True),     # sign is free
    (0x7FC00001, "nan:canonical", False),
    (0x7FC00001, "nan:arithmetic", True),
    (0x7FA00000, "nan:arithmetic", False),   # signalling NaN
    (0x7F800000, "nan:arithmetic", False),   # infinity
])
def test_f32_nan_kinds(bits, kind, expected):
    assert values.matches({"type": "f32", "value": kind}, [bits]) is expected


def test_f64_nan_kinds():
    assert values.matches({"type": "f64", "value": "nan:canonical"}, [0xFFF8000000000000])
    assert not values.matches({"type": "f64", "value": "nan:canonical"}, [0x7FF8000000000001])
    assert values.matches({"type": "f64", "value": "nan:arithmetic"}, [0x7FFC000000000000])
    assert not values.matches({"type": "f64", "value": "nan:arithmetic"}, [0x7FF4000000000000])


def test_integers_compare_by_bits():
    assert values.encode({"type": "i32", "value": "-1"}) == [0xFFFFFFFF]
    assert values.encode({"type": "i64", "value": "-2"}) == [0xFFFFFFFFFFFFFFFE]
    assert values.matches({"type": "i32", "value": "-1"}, [0xFFFFFFFF])
    assert not values.matches({"type": "i32", "value": "1"}, [2])
    assert values.matches({"type": "f32", "value": str(f32(-0.0))}, [0x80000000])
    assert not values.matches({"type": "f32", "value": str(f32(0.0))}, [0x80000000])


def test_references():
    assert values.encode({"type": "externref", "value": "null"}) == [0]
    assert values.encode({"type": "externref", "value": "0"}) == [1]  # host 0 stays distinct from null
    assert values.matches({"type": "externref", "value": "3"}, values.encode({"type": "externref", "value": "3"}))
    assert not values.matches({"type": "externref", "value": "3"}, [0])
    assert values.matches({"type": "funcref"}, [0x1234])
    assert not values.matches({"type": "funcref"}, [0])
    assert values.matches({"type": "funcref", "value": "null"}, [0])
    assert values.matches({"type": "refnull"}, [0])
    assert not values.matches({"type": "refnull"}, [8])


def test_either_and_v128():
    either = {"type": "either", "values": [{"type": "i32", "value": "1"}, {"type": "i32", "value": "2"}]}
    assert values.matches(either, [2]) and not values.matches(either, [3])
    v = {"type": "v128", "lane_type": "i32", "value": ["1", "2", "3", "-1"]}
    slots = values.encode(v)
    assert slots == [(2 << 32) | 1, (0xFFFFFFFF << 32) | 3]
    assert values.matches(v, slots)
    nan_lanes = {"type": "v128", "lane_type": "f32", "value": ["nan:canonical", "0", "0", "0"]}
    assert values.matches(nan_lanes, [0x7FC00000, 0])
    assert not values.matches(nan_lanes, [0x7FC00001, 0])


def test_check_results_counts_slots():
    expected = [{"type": "i32", "value": "1"}, {"type": "i64", "value": "2"}]
    assert values.check_results(expected, [1, 2]) is None
    assert "expected 2" in values.check_results(expected, [1])
    assert "result 1" in values.check_results(expected, [1, 3])


# --- command semantics with a fake engine -------------------------------------------

class FakeTrap(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


class FakeLinkError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


class FakeEngine:
    """Modules are JSON: {"unsupported": feature} | {"invalid": msg} | {"exports": {name: result|"trap:msg"}},
    optional "imports": [module names], "start_trap": msg."""

    Trap = FakeTrap
    LinkError = FakeLinkError

    def __init__(self):
        self.restarts = 0
        self.crash_next = False

    def check_module(self, wasm):
        spec = json.loads(wasm)
        if "unsupported" in spec:
            raise UnsupportedFeature(spec["unsupported"], "validate")
        if "malformed" in spec:
            raise DecodeError(spec["malformed"], 0)
        if "invalid" in spec:
            raise ValidationError(spec["invalid"], 3)

    def compile(self, wasm):
        spec = json.loads(wasm)
        if "unsupported" in spec:
            raise UnsupportedFeature(spec["unsupported"], "compile")
        if "invalid" in spec:
            raise ValidationError(spec["invalid"], 3)
        return Compiled(spec, [[m, "f", "func", [[], []]] for m in spec.get("imports", [])])

    def instantiate(self, compiled, registered):
        spec = compiled.so_path
        for module in spec.get("imports", []):
            if module not in registered:
                raise FakeLinkError("unknown import")
        if "start_trap" in spec:
            raise FakeTrap(spec["start_trap"])
        return spec["exports"]

    def invoke(self, instance, field, slots):
        if self.crash_next:
            self.crash_next = False
            raise BrokenPipeError("worker died")
        result = instance[field]
        if isinstance(result, str):
            raise FakeTrap(result)
        return [slot + result for slot in slots] if slots else [result]

    def get(self, instance, field):
        return [instance[field]]

    def recover(self):
        self.restarts += 1
        return True


def make_run(tmp_path, modules: dict, commands: list, wat_rejected=None):
    for name, spec in modules.items():
        (tmp_path / name).write_text(json.dumps(spec))
    engine = FakeEngine()
    return FileRun(Converted(tmp_path, commands, wat_rejected or {}), engine), engine


def mod(filename, line=1, **extra):
    return {"type": "module", "line": line, "filename": filename, "module_type": "binary", **extra}


def invoke(field, args=(), module=None):
    action = {"type": "invoke", "field": field, "args": [{"type": "i32", "value": str(a)} for a in args]}
    if module:
        action["module"] = module
    return action


def ret(field, args, result, line=10, module=None):
    return {"type": "assert_return", "line": line, "action": invoke(field, args, module),
            "expected": [{"type": "i32", "value": str(result)}]}


def test_passes_fails_and_counts_every_command(tmp_path):
    run, _ = make_run(tmp_path, {"a.wasm": {"exports": {"inc": 1, "boom": "integer divide by zero"}}}, [
        mod("a.wasm"),
        ret("inc", [4], 5, line=2),
        ret("inc", [4], 6, line=3),
        {"type": "assert_trap", "line": 4, "action": invoke("boom"), "text": "integer divide"},
        {"type": "assert_trap", "line": 5, "action": invoke("boom"), "text": "unreachable"},
        {"type": "assert_trap", "line": 6, "action": invoke("inc", [1]), "text": "unreachable"},
        {"type": "action", "line": 7, "action": invoke("inc", [0])},
        {"type": "assert_return", "line": 8, "action": {"type": "get", "field": "inc"},
         "expected": [{"type": "i32", "value": "1"}]},
    ])
    result = run.run().as_dict()
    assert result["counts"]["module"] == {"passed": 1, "failed": 0, "skipped": 0}
    assert result["counts"]["assert_return"] == {"passed": 2, "failed": 1, "skipped": 0}
    assert result["counts"]["assert_trap"] == {"passed": 1, "failed": 2, "skipped": 0}
    assert result["counts"]["action"] == {"passed": 1, "failed": 0, "skipped": 0}
    assert [f["line"] for f in result["failures"]] == [3, 5, 6]
    assert result["failures"][0]["type"] == "assert_return"


def test_unsupported_module_skips_its_commands(tmp_path):
    run, _ = make_run(tmp_path, {"a.wasm": {"unsupported": "simd"}, "b.wasm": {"exports": {"f": 0}}}, [
        mod("a.wasm", name="A"),
        ret("f", [], 0),
        mod("b.wasm"),
        ret("f", [], 0),
        ret("f", [], 0, module="A"),
        {"type": "register", "line": 9, "name": "A", "as": "a"},
        mod("b.wasm"),
    ])
    result = run.run().as_dict()
    assert result["counts"]["module"] == {"passed": 2, "failed": 0, "skipped": 1}
    assert result["counts"]["assert_return"] == {"passed": 1, "failed": 0, "skipped": 2}
    assert result["counts"]["register"] == {"passed": 0, "failed": 0, "skipped": 1}
    assert result["skip_reasons"] == {"unsupported feature: simd": 4}


def test_import_from_skipped_registered_module_is_skipped(tmp_path):
    run, _ = make_run(tmp_path, {"a.wasm": {"unsupported": "gc"},
                                 "b.wasm": {"imports": ["M"], "exports": {"f": 0}}}, [
        mod("a.wasm"),
        {"type": "register", "line": 2, "as": "M"},
        mod("b.wasm"),
        ret("f", [], 0),
    ])
    result = run.run().as_dict()
    assert result["skip_reasons"] == {"unsupported feature: gc": 4}


def test_failed_module_fails_its_commands(tmp_path):
    run, _ = make_run(tmp_path, {"a.wasm": {"invalid": "type mismatch"}}, [mod("a.wasm"), ret("f", [], 0)])
    result = run.run().as_dict()
    assert result["counts"]["assert_return"]["failed"] == 1
    assert result["failures"][1]["reason"].startswith("module failed")


def test_module_assertions(tmp_path):
    modules = {"inv.wasm": {"invalid": "type mismatch in block"}, "ok.wasm": {"exports": {}},
               "simd.wasm": {"unsupported": "simd"}, "mal.wasm": {"malformed": "unexpected end of section"},
               "imp.wasm": {"imports": ["nowhere"], "exports": {}},
               "start.wasm": {"exports": {}, "start_trap": "unreachable executed"}}
    commands = [
        {"type": "assert_invalid", "line": 1, "filename": "inv.wasm", "module_type": "binary", "text": "type mismatch"},
        {"type": "assert_invalid", "line": 2, "filename": "inv.wasm", "module_type": "binary", "text": "unknown local"},
        {"type": "assert_invalid", "line": 3, "filename": "ok.wasm", "module_type": "binary", "text": "type mismatch"},
        {"type": "assert_invalid", "line": 4, "filename": "simd.wasm", "module_type": "binary", "text": "x"},
        {"type": "assert_malformed", "line": 5, "filename": "mal.wasm", "module_type": "binary", "text": "unexpected end"},
        {"type": "assert_malformed", "line": 6, "filename": "x.wat", "module_type": "text", "text": "unexpected token"},
        {"type": "assert_malformed", "line": 7, "filename": "y.wat", "module_type": "text", "text": "unexpected token"},
        {"type": "assert_unlinkable", "line": 8, "filename": "imp.wasm", "module_type": "binary", "text": "unknown import"},
        {"type": "assert_unlinkable", "line": 9, "filename": "ok.wasm", "module_type": "binary", "text": "unknown import"},
        {"type": "assert_uninstantiable", "line": 10, "filename": "start.wasm", "module_type": "binary", "text": "unreachable"},
        {"type": "assert_uninstantiable", "line": 11, "filename": "ok.wasm", "module_type": "binary", "text": "unreachable"},
    ]
    run, _ = make_run(tmp_path, modules, commands, wat_rejected={"x.wat": True, "y.wat": False})
    result = run.run().as_dict()
    counts = result["counts"]
    assert counts["assert_invalid"] == {"passed": 1, "failed": 2, "skipped": 1}
    assert counts["assert_malformed"] == {"passed": 1, "failed": 0, "skipped": 0}
    assert counts["assert_malformed_text"] == {"passed": 1, "failed": 1, "skipped": 0}
    assert counts["assert_unlinkable"] == {"passed": 1, "failed": 1, "skipped": 0}
    assert counts["assert_uninstantiable"] == {"passed": 1, "failed": 1, "skipped": 0}
    assert sorted(f["line"] for f in result["failures"]) == [2, 3, 7, 9, 11]


def test_definitions_instances_and_registered_imports(tmp_path):
    run, _ = make_run(tmp_path, {"m.wasm": {"exports": {"g": 7}}, "u.wasm": {"imports": ["I1"], "exports": {"h": 1}}}, [
        {"type": "module_definition", "line": 1, "name": "M", "filename": "m.wasm", "module_type": "binary"},
        {"type": "module_instance", "line": 2, "instance": "I1", "module": "M"},
        {"type": "register", "line": 3, "name": "I1", "as": "I1"},
        mod("u.wasm", line=4),
        ret("h", [], 1, line=5),
        ret("g", [], 7, line=6, module="I1"),
    ])
    result = run.run().as_dict()
    assert result["failures"] == []
    assert result["counts"]["module_instance"]["passed"] == 1


def test_module_instance_forms(tmp_path):
    """`(module instance $I $M)`, `(module instance $I)` and `(module instance)` take the latest module
    when no definition is named; a named definition that does not exist fails the command, not the runner."""
    modules = {"m.wasm": {"exports": {"g": 7}}, "n.wasm": {"exports": {"g": 8}}}
    run, _ = make_run(tmp_path, modules, [
        {"type": "module_definition", "line": 1, "name": "M", "filename": "m.wasm", "module_type": "binary"},
        {"type": "module_definition", "line": 2, "filename": "n.wasm", "module_type": "binary"},
        {"type": "module_instance", "line": 3, "instance": "I", "module": "M"},
        {"type": "module_instance", "line": 4, "instance": "J"},
        ret("g", [], 7, line=5, module="I"),
        ret("g", [], 8, line=6, module="J"),
        {"type": "module_instance", "line": 7},
        ret("g", [], 8, line=8),
        {"type": "module_instance", "line": 9, "instance": "K", "module": "Nowhere"},
    ])
    result = run.run().as_dict()
    assert result["counts"]["module_instance"] == {"passed": 3, "failed": 1, "skipped": 0}
    assert result["counts"]["assert_return"] == {"passed": 3, "failed": 0, "skipped": 0}
    assert result["failures"] == [{"line": 9, "type": "module_instance",
                                   "reason": "unknown module definition 'Nowhere'"}]


def test_module_instance_without_any_module_fails(tmp_path):
    run, _ = make_run(tmp_path, {}, [{"type": "module_instance", "line": 1}])
    assert run.run().as_dict()["failures"][0]["reason"] == "no module to instantiate"


def _thread_commands():
    return [
        mod("a.wasm", name="A"),
        {"type": "thread", "line": 2, "name": "T", "shared_module": "A", "commands": [
            {"type": "register", "line": 3, "name": "A", "as": "a"},
            ret("f", [], 0, line=4, module="A"),
            mod("a.wasm", line=5),
            ret("f", [], 0, line=6),
            {"type": "thread", "line": 7, "name": "U", "commands": [ret("f", [], 0, line=8)]},
        ]},
        {"type": "wait", "line": 9, "thread": "T"},
        {"type": "wait", "line": 10, "thread": "V"},
        ret("f", [], 0, line=11),
    ]


def test_threads_and_waits_count_every_nested_command_as_skipped(tmp_path, monkeypatch):
    from wasmoon_aot.aot.wasm import features
    monkeypatch.setitem(features.FEATURES, "threads", features.Feature(True, False, "shared memory and atomics"))
    run, _ = make_run(tmp_path, {"a.wasm": {"exports": {"f": 0}}}, _thread_commands())
    result = run.run().as_dict()
    assert result["counts"]["thread"] == {"passed": 0, "failed": 0, "skipped": 2}
    assert result["counts"]["wait"] == {"passed": 0, "failed": 0, "skipped": 2}
    assert result["counts"]["assert_return"] == {"passed": 1, "failed": 0, "skipped": 3}
    assert result["counts"]["module"] == {"passed": 1, "failed": 0, "skipped": 1}
    assert result["skip_reasons"] == {"unsupported feature: threads": 9}


def test_thread_blocks_run_in_their_own_namespace(tmp_path):
    """A block sees only its shared module; a nested block sees none (its action has no module);
    waiting for a thread that never ran fails."""
    run, _ = make_run(tmp_path, {"a.wasm": {"exports": {"f": 0}}}, _thread_commands())
    result = run.run().as_dict()
    assert result["counts"]["thread"] == {"passed": 2, "failed": 0, "skipped": 0}
    assert result["counts"]["wait"] == {"passed": 1, "failed": 1, "skipped": 0}
    assert result["counts"]["assert_return"] == {"passed": 3, "failed": 1, "skipped": 0}
    assert result["counts"]["module"] == {"passed": 2, "failed": 0, "skipped": 0}
    assert sorted((f["line"], f["reason"]) for f in result["failures"]) == [
        (8, "module failed: no current module"), (10, "no thread 'V' to wait for")]


def test_proposal_files_are_named_by_folder(tmp_path):
    from wasmoon_aot.aot.spec import paths
    from wasmoon_aot.aot.spec.runner import run_files

    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "binary.wast").write_text('(module)\n(assert_invalid (module (func (result i32))) "type mismatch")\n')
    files = paths.proposal_files(tmp_path)
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["one/binary.wast", "two/binary.wast"]
    report = run_files(files, engine=FakeEngineFromWasm(), root=tmp_path)
    assert list(report["files"]) == ["one/binary.wast", "two/binary.wast"]
    assert report["files"]["one/binary.wast"]["assert_invalid"] == {"passed": 1, "failed": 0, "skipped": 0}


def test_spec_command_runs_the_proposals_folder(tmp_path, monkeypatch, capsys):
    import argparse
    from wasmoon_aot.aot.spec import command, runner

    (tmp_path / "proposals" / "p").mkdir(parents=True)
    (tmp_path / "proposals" / "p" / "a.wast").write_text("(module)\n")
    (tmp_path / "top.wast").write_text("(module)\n")
    monkeypatch.setenv("WASM_TESTSUITE", str(tmp_path))
    monkeypatch.setattr(command, "run_files", lambda files, jobs, root, on_file, options: runner.run_files(
        files, jobs, engine=FakeEngineFromWasm(), root=root, on_file=on_file))
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    report = tmp_path / "report.json"
    assert command.run(parser.parse_args(["--proposals", "--report", str(report)])) == 0
    assert list(json.loads(report.read_text())["files"]) == ["p/a.wast"]
    outside = parser.parse_args(["--proposals", str(tmp_path / "top.wast"), "--report", str(report)])
    assert command.run(outside) == 1
    assert capsys.readouterr().out.splitlines()[-1].startswith("error: ")


class FakeEngineFromWasm(FakeEngine):
    """Takes real wasm: every module is valid and instantiates, except that a function whose body is
    empty but returns a value is rejected (enough for the naming test above)."""

    def check_module(self, wasm):
        if b"\x60\x00\x01\x7f" in wasm:
            raise ValidationError("type mismatch", 0)

    def compile(self, wasm):
        return Compiled({"exports": {}}, [])


def test_dead_worker_fails_one_command_and_loses_instances(tmp_path):
    run, engine = make_run(tmp_path, {"a.wasm": {"exports": {"f": 0}}}, [
        mod("a.wasm"), ret("f", [], 0, line=2), ret("f", [], 0, line=3), mod("a.wasm", line=4), ret("f", [], 0, line=5),
    ])
    engine.crash_next = True
    result = run.run().as_dict()
    assert engine.restarts == 1
    assert result["counts"]["assert_return"] == {"passed": 1, "failed": 2, "skipped": 0}
    assert "BrokenPipeError" in result["failures"][0]["reason"]
    assert "restarted" in result["failures"][1]["reason"]


def test_failures_are_capped_at_twenty(tmp_path):
    run, _ = make_run(tmp_path, {"a.wasm": {"exports": {"f": 0}}}, [mod("a.wasm")] + [ret("f", [], 1)] * 30)
    result = run.run().as_dict()
    assert result["counts"]["assert_return"]["failed"] == 30
    assert len(result["failures"]) == 20


# --- report --------------------------------------------------------------------------

def _result(passed, failed, skipped, reasons=None):
    return {"counts": {"assert_return": {"passed": passed, "failed": failed, "skipped": skipped}},
            "skip_reasons": reasons or {}, "failures": [{"line": 1, "type": "assert_return", "reason": "x"}] * failed}


def test_report_shape_merge_and_table():
    report = build_report({"b.wast": _result(3, 1, 0), "a.wast": _result(2, 0, 5, {"unsupported feature: simd": 5})})
    assert list(report) == ["files", "skip_reasons", "failures"]
    assert list(report["files"]) == ["a.wast", "b.wast"]
    assert report["files"]["a.wast"]["assert_return"] == {"passed": 2, "failed": 0, "skipped": 5}
    assert report["skip_reasons"]["a.wast"] == {"unsupported feature: simd": 5}
    assert total_failed(report) == 1
    merged = merge_reports(report, build_report({"b.wast": _result(4, 0, 0), "c.wast": _result(1, 0, 0)}))
    assert list(merged["files"]) == ["a.wast", "b.wast", "c.wast"]
    assert total_failed(merged) == 0
    json.dumps(merged)
    table = format_table(report)
    lines = table.splitlines()
    assert any(line.split()[:4] == ["a.wast", "2", "0", "5"] for line in lines)
    assert any(line.split()[:4] == ["b.wast", "3", "1", "0"] for line in lines)
    assert lines[-1].split() == ["TOTAL", "5", "1", "5", "11"]


def test_broken_module_command_fails_its_users_and_unknown_kinds_are_counted(tmp_path):
    class BrokenCompiler(FakeEngine):
        def compile(self, wasm):
            raise ImportError("no compiler yet")

    commands = [mod("a.wasm"), ret("f", [], 0), {"type": "assert_something_new", "line": 3}]
    (tmp_path / "a.wasm").write_text("{}")
    run = FileRun(Converted(tmp_path, commands, {}), BrokenCompiler())
    result = run.run().as_dict()
    assert sum(sum(c.values()) for c in result["counts"].values()) == len(commands)
    assert result["counts"]["assert_something_new"]["failed"] == 1
    assert "unknown command type" in result["failures"][2]["reason"]
    assert "no compiler yet" in result["failures"][1]["reason"]


def test_watchdog_kills_a_stuck_process_and_spares_a_quick_one():
    import subprocess
    from wasmoon_aot.aot.spec.watchdog import Watchdog

    watchdog = Watchdog(0.3)
    quick = subprocess.Popen(["sleep", "5"])
    with watchdog.guard(quick):
        pass
    assert not watchdog.fired and quick.poll() is None
    quick.kill()
    quick.wait()
    stuck = subprocess.Popen(["sleep", "5"])
    with watchdog.guard(stuck):
        stuck.wait(timeout=4)
    assert watchdog.fired and stuck.returncode is not None


def test_convert_caches_by_content_and_checks_text_modules(tmp_path, monkeypatch):
    from wasmoon_aot.aot.spec import convert

    wast = tmp_path / "tiny.wast"
    wast.write_text('(module (func (export "f") (result i32) (i32.const 7)))\n'
                    '(assert_return (invoke "f") (i32.const 7))\n'
                    '(assert_malformed (module quote "(func (i32.const))") "unexpected token")\n')
    first = convert.convert(wast, tmp_path / "cache")
    assert [c["type"] for c in first.commands] == ["module", "assert_return", "assert_malformed"]
    assert first.wat_rejected == {first.commands[2]["filename"]: True}
    assert first.module_path(first.commands[0]["filename"]).read_bytes().startswith(b"\0asm")

    monkeypatch.setattr(convert, "_run_wasm_tools", lambda *a: pytest.fail("cache miss"))
    assert convert.convert(wast, tmp_path / "cache").directory == first.directory
    wast.write_text(wast.read_text() + "\n")
    with pytest.raises(BaseException, match="cache miss"):
        convert.convert(wast, tmp_path / "cache")


def test_spec_command_prints_progress_failures_and_skip_reasons(tmp_path, monkeypatch, capsys):
    import argparse
    from wasmoon_aot.aot.spec import command, runner

    class EngineWithoutMemories(FakeEngineFromWasm):
        """As if memories were an unsupported feature (reported under a real feature's name)."""
        def compile(self, wasm):
            if b"\x05\x03\x01\x00\x01" in wasm:  # the memory section of (memory 1)
                raise UnsupportedFeature("custom-descriptors", "compile")
            return super().compile(wasm)

    (tmp_path / "a.wast").write_text('(module)\n(assert_invalid (module (func)) "type mismatch")\n'
                                     '(module (memory 1) (func (export "f")))\n(invoke "f")\n(invoke "f")\n')
    (tmp_path / "b.wast").write_text("(module)\n")
    monkeypatch.setattr(command, "run_files", lambda files, jobs, root, on_file, options: runner.run_files(
        files, jobs, engine=EngineWithoutMemories(), root=root, on_file=on_file))
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    report = tmp_path / "report.json"
    files = [str(tmp_path / "a.wast"), str(tmp_path / "b.wast")]
    assert command.run(parser.parse_args([*files, "--report", str(report)])) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[:4] == ["[1/2] a.wast: 1 passed, 1 failed, 3 skipped",
                         "  FAIL a.wast:2 assert_invalid: module accepted, expected 'type mismatch'",
                         "  skipped 3: unsupported feature: custom-descriptors",
                         "[2/2] b.wast: 1 passed, 0 failed, 0 skipped"]
    assert command.run(parser.parse_args([*files, "-j", "0"])) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == "wasmoon-aot spec: -j must be at least 1, not 0\n"
