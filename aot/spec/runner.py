"""Runs the commands of converted .wast files against an Engine and tallies every command once.

Module state: each module command yields a `ModuleState` (ok / skipped / failed with
a reason).  Commands that use a skipped module are skipped with its reason; those
that use a failed module fail.  A module that imports from a registered module
that was skipped (or failed) inherits that state.  An unexpected exception fails
the command; if the runtime worker had to be restarted, the live instances are
lost and marked failed.

`thread` blocks run one after the other, each to its end where it appears (`_thread`): the
runtime serialises a store's calls, and the spec harness's instances share one store, so a
block cannot run beside the main commands.  That is one of the interleavings a real run may
take, which passes the litmus-style checks but would hang on a block that waits for a later
notify (its wait's timeout ends it).  A block gets a namespace of its own holding only its
`shared_module`; `wait` passes when its thread has run.  While the feature table does not
support threads, blocks (and their nested commands) and waits are counted as skipped.
"""

from __future__ import annotations

import concurrent.futures
import functools
from dataclasses import dataclass
from pathlib import Path

from ..options import CompileOptions
from ..wasm.dialect import WASM3, Dialect
from ..wasm.errors import WasmError
from ..wasm.features import UnsupportedFeature, require_supported
from . import convert as converter
from . import paths
from . import values
from .report import build_report
from .tally import FAILED, PASSED, SKIPPED, Tally


@dataclass
class ModuleState:
    status: str           # PASSED (usable), SKIPPED or FAILED
    reason: str = ""
    instance: object = None
    compiled: object = None
    error_message: str = ""  # the front end's message when compiling was rejected

    def outcome(self, own: bool = False) -> tuple[str, str]:
        """How a command that uses this module (or, with `own`, that made it) ends."""
        if self.status == SKIPPED:
            return SKIPPED, self.reason
        if self.status == FAILED:
            return FAILED, self.reason if own else f"module failed: {self.reason}"
        return PASSED, ""


def _unsupported(error: UnsupportedFeature) -> ModuleState:
    return ModuleState(SKIPPED, f"unsupported feature: {error.feature}")


def _message_matches(message: str, text: str) -> bool:
    """The suite's text is a prefix of ours, or ours is its leading words (the reference
    interpreter appends details we cannot know, as in "uninitialized element 2")."""
    return message.startswith(text) or text.startswith(message + " ")


def command_count(commands: list[dict]) -> int:
    """How many commands a list holds, counting those nested in `thread` blocks."""
    return sum(1 + command_count(command.get("commands", [])) for command in commands)


class FileRun:
    """The command interpreter for one converted .wast file."""

    def __init__(self, converted: converter.Converted, engine, dialect: Dialect = WASM3):
        self.converted = converted
        self.engine = engine
        self.dialect = dialect
        self.tally = Tally()
        self.current: ModuleState | None = None
        self.named: dict[str, ModuleState] = {}
        self.registered: dict[str, ModuleState] = {}
        self.last_module: ModuleState | None = None  # what `(module instance)` without a name instantiates
        self.threads_run: set[str] = set()  # the `thread` blocks run so far, by name

    def run(self) -> Tally:
        self._run_commands(self.converted.commands)
        assert self.tally.total() == command_count(self.converted.commands), "every command is counted exactly once"
        return self.tally

    def _run_commands(self, commands: list[dict]) -> None:
        for command in commands:
            kind = _kind(command)
            try:
                handler = self.HANDLERS.get(kind)
                if handler is None:
                    outcome, reason = FAILED, f"unknown command type {kind!r}"
                else:
                    outcome, reason = getattr(self, handler)(command)
            except Exception as error:  # the harness or the runtime broke: count it, recover, go on
                outcome, reason = FAILED, f"unexpected {type(error).__name__}: {error}"
                self._forget_module(command, reason)
                self._recover()
            self.tally.record(kind, outcome, command.get("line"), reason)

    def _forget_module(self, command: dict, reason: str) -> None:
        """A module command that broke leaves a failed module behind, for the commands that use it."""
        kind = command["type"]
        if kind not in ("module", "module_definition", "module_instance"):
            return
        state = ModuleState(FAILED, reason)
        if kind != "module_definition":
            self.current = state
        name = command.get("instance" if kind == "module_instance" else "name")
        if name:
            self.named[name] = state

    def _recover(self) -> None:
        if self.engine.recover():
            for state in {id(s): s for s in [self.current, *self.named.values(), *self.registered.values()]
                          if s is not None}.values():
                if state.status == PASSED and state.instance is not None:
                    state.status, state.reason, state.instance = FAILED, "runtime worker restarted", None

    # --- modules ---------------------------------------------------------------

    def _wasm(self, command: dict) -> bytes:
        if "binary_filename" in command:
            return self.converted.module_path(command["binary_filename"]).read_bytes()
        path = self.converted.module_path(command["filename"])
        if command.get("module_type") == "text":
            return converter.parse_wat(path)
        return path.read_bytes()

    def _compile(self, wasm: bytes) -> ModuleState:
        try:
            compiled = self.engine.compile(wasm)
        except UnsupportedFeature as error:
            return _unsupported(error)
        except WasmError as error:
            return ModuleState(FAILED, str(error), error_message=error.message)
        for module in sorted(compiled.import_modules()):
            dependency = self.registered.get(module)
            if dependency is not None and dependency.status != PASSED:
                if dependency.status == SKIPPED:
                    return ModuleState(SKIPPED, dependency.reason)
                return ModuleState(FAILED, f"imports from failed module {module!r}")
        return ModuleState(PASSED, compiled=compiled)

    def _live_registered(self) -> dict:
        """Registered names whose instances exist, as imports for the next instantiation."""
        return {name: s.instance for name, s in self.registered.items() if s.instance is not None}

    def _instantiate(self, state: ModuleState) -> ModuleState:
        if state.status != PASSED:
            return state
        try:
            instance = self.engine.instantiate(state.compiled, self._live_registered())
        except (self.engine.Trap, self.engine.LinkError) as error:
            return ModuleState(FAILED, f"instantiation: {error}")
        return ModuleState(PASSED, instance=instance, compiled=state.compiled)

    def _skip_state_sharers(self, wasm: bytes, state: ModuleState) -> None:
        """A skipped module would have run its segments and start function on the memories, tables
        and globals it imports: the registered modules it imports them from are skipped from now on."""
        sharers = getattr(self.engine, "state_import_modules", None)  # fake engines share no state
        if state.status != SKIPPED or sharers is None:
            return
        for module in sharers(wasm):
            dependency = self.registered.get(module)
            if dependency is not None and dependency.status == PASSED:
                dependency.status = SKIPPED
                dependency.reason = f"{state.reason} (in a module sharing its state)"

    def _module(self, command: dict):
        wasm = self._wasm(command)
        state = self._instantiate(self._compile(wasm))
        self._skip_state_sharers(wasm, state)
        self.current = self.last_module = state
        if command.get("name"):
            self.named[command["name"]] = state
        return state.outcome(own=True)

    def _module_definition(self, command: dict):
        state = self.last_module = self._compile(self._wasm(command))
        if command.get("name"):
            self.named[command["name"]] = state
        return state.outcome(own=True)

    def _module_instance(self, command: dict):
        """`(module instance $I? $M?)`: instantiate definition $M (default: the latest module) as $I."""
        name = command.get("module")
        definition = self.named.get(name) if name else self.last_module
        if definition is None:
            state = ModuleState(FAILED, f"unknown module definition {name!r}" if name else "no module to instantiate")
        else:
            state = self._instantiate(definition)
        self.current = state
        if command.get("instance"):
            self.named[command["instance"]] = state
        return state.outcome(own=True)

    def _register(self, command: dict):
        name = command.get("name")
        state = self.named.get(name) if name else self.current
        if state is None:
            return FAILED, f"no module {name!r} to register"
        self.registered[command["as"]] = state
        return state.outcome()

    # --- actions ---------------------------------------------------------------

    def _target(self, action: dict) -> ModuleState:
        name = action.get("module")
        state = self.named.get(name) if name else self.current
        if state is None:
            return ModuleState(FAILED, f"no module named {name!r}" if name else "no current module")
        if state.status == PASSED and state.instance is None:
            return ModuleState(FAILED, "module is not instantiated")
        return state

    def _perform(self, action: dict, instance) -> list[int]:
        if action["type"] == "get":
            return self.engine.get(instance, action["field"])
        return self.engine.invoke(instance, action["field"], values.encode_all(action.get("args", [])))

    def _action(self, command: dict):
        state = self._target(command["action"])
        if state.status != PASSED:
            return state.outcome()
        try:
            self._perform(command["action"], state.instance)
        except self.engine.Trap as trap:
            return FAILED, f"trap: {trap.message}"
        return PASSED, ""

    def _assert_return(self, command: dict):
        state = self._target(command["action"])
        if state.status != PASSED:
            return state.outcome()
        try:
            slots = self._perform(command["action"], state.instance)
        except self.engine.Trap as trap:
            return FAILED, f"trap: {trap.message}"
        mismatch = values.check_results(command["expected"], slots)
        return (PASSED, "") if mismatch is None else (FAILED, mismatch)

    def _assert_trap(self, command: dict):
        state = self._target(command["action"])
        if state.status != PASSED:
            return state.outcome()
        try:
            slots = self._perform(command["action"], state.instance)
        except self.engine.Trap as trap:
            if _message_matches(trap.message, command["text"]):
                return PASSED, ""
            return FAILED, f"trap {trap.message!r}, expected {command['text']!r}"
        return FAILED, f"returned {values.describe(slots) or 'nothing'}, expected trap {command['text']!r}"

    _assert_exhaustion = _assert_trap

    def _assert_exception(self, command: dict):
        state = self._target(command["action"])
        if state.status != PASSED:
            return state.outcome()
        try:
            slots = self._perform(command["action"], state.instance)
        except self.engine.WasmException:
            return PASSED, ""
        except self.engine.Trap as trap:
            return FAILED, f"trap {trap.message!r}, expected an exception"
        return FAILED, f"returned {values.describe(slots) or 'nothing'}, expected an exception"

    # --- module assertions -------------------------------------------------------

    def _expect_rejected(self, command: dict):
        try:
            self.engine.check_module(self._wasm(command))
        except UnsupportedFeature as error:
            return _unsupported(error).outcome()
        except WasmError as error:
            if _message_matches(error.message, command["text"]):
                return PASSED, ""
            return FAILED, f"rejected with {error.message!r}, expected {command['text']!r}"
        return FAILED, f"module accepted, expected {command['text']!r}"

    _assert_invalid = _expect_rejected
    _assert_malformed = _expect_rejected

    def _assert_malformed_text(self, command: dict):
        if self.converted.wat_rejected.get(command["filename"], False):
            return PASSED, ""
        if self.dialect.u32_text_limits and _limits_beyond_u32(self.converted.module_path(command["filename"])):
            return PASSED, ""   # the dialect's text format reads a 32-bit memory's limits as u32 literals
        return FAILED, f"wasm-tools parse accepted text expected to be {command['text']!r}"

    def _assert_unlinkable(self, command: dict):
        state = self._compile(self._wasm(command))
        if state.error_message and _message_matches(state.error_message, command["text"]):
            return PASSED, ""
        return self._expect_failed_instantiation(state, command["text"], self.engine.LinkError, "link error")

    def _assert_uninstantiable(self, command: dict):
        wasm = self._wasm(command)
        state = self._compile(wasm)
        self._skip_state_sharers(wasm, state)
        return self._expect_failed_instantiation(state, command["text"], self.engine.Trap, "trap")

    def _expect_failed_instantiation(self, state: ModuleState, text: str, expected, kind: str):
        """Passed when instantiating raises `expected` (a LinkError or Trap) with `text`."""
        if state.status != PASSED:
            return state.outcome()
        try:
            self.engine.instantiate(state.compiled, self._live_registered())
        except (self.engine.LinkError, self.engine.Trap) as error:
            if not isinstance(error, expected):
                other = "trap" if kind == "link error" else "link error"
                return FAILED, f"{other} {error.message!r}, expected {kind} {text!r}"
            if _message_matches(error.message, text):
                return PASSED, ""
            return FAILED, f"{kind} {error.message!r}, expected {text!r}"
        return FAILED, f"instantiated, expected {kind} {text!r}"

    # --- threads -------------------------------------------------------------------

    def _thread(self, command: dict):
        """A `thread` block: its commands, run to their end now in a namespace of their own (module
        docstring); skipped, with every nested command, while threads are unsupported."""
        try:
            require_supported({"threads"}, "compile")
        except UnsupportedFeature as error:
            outcome, reason = _unsupported(error).outcome()
            self._record_nested(command.get("commands", []), outcome, reason)
            return outcome, reason
        block = FileRun(self.converted, self.engine)
        block.tally = self.tally
        shared = command.get("shared_module")
        if shared:
            if shared not in self.named:
                self._record_nested(command.get("commands", []), FAILED, f"no module {shared!r} to share")
                return FAILED, f"no module {shared!r} to share"
            block.named[shared] = self.named[shared]
        block._run_commands(command.get("commands", []))
        self.threads_run.add(command.get("name"))
        return PASSED, ""

    def _wait(self, command: dict):
        """`wait`: the thread has run (they run to their end where they appear)."""
        try:
            require_supported({"threads"}, "compile")
        except UnsupportedFeature as error:
            return _unsupported(error).outcome()
        if command.get("thread") not in self.threads_run:
            return FAILED, f"no thread {command.get('thread')!r} to wait for"
        return PASSED, ""

    def _record_nested(self, commands: list[dict], outcome: str, reason: str) -> None:
        for command in commands:
            self.tally.record(_kind(command), outcome, command.get("line"), reason)
            self._record_nested(command.get("commands", []), outcome, reason)

    HANDLERS = {kind: "_" + kind for kind in (
        "module", "module_definition", "module_instance", "register", "action", "assert_return",
        "assert_trap", "assert_exhaustion", "assert_exception", "assert_invalid", "assert_malformed",
        "assert_malformed_text", "assert_unlinkable", "assert_uninstantiable", "thread", "wait")}


def _kind(command: dict) -> str:
    """The tally's kind of a command: its type, with text `assert_malformed` counted apart."""
    if command["type"] == "assert_malformed" and command.get("module_type") == "text":
        return "assert_malformed_text"
    return command["type"]


def _limits_beyond_u32(wat_path: Path) -> bool:
    """Whether the text module at `wat_path` gives a 32-bit memory a limit that is no u32."""
    from ..wasm import decode_module
    try:
        module = decode_module(converter.parse_wat(wat_path))
    except (WasmError, UnsupportedFeature, ValueError):
        return False
    return any(not memory.is64 and max(memory.min, memory.max or 0) >> 32 for memory in module.memory_types())


def run_file(path: Path, engine, cache_dir: Path | None = None) -> dict:
    """Run one .wast file: its tally as a dict (see Tally.as_dict)."""
    try:
        converted = converter.convert(Path(path), cache_dir)
    except Exception as error:
        tally = Tally()
        tally.record("convert", FAILED, None, f"{type(error).__name__}: {error}")
        return tally.as_dict()
    dialect = paths.dialect_for(Path(path))
    begin_file = getattr(engine, "begin_file", None)  # engines with per-file state (the spectest externs)
    if begin_file is not None:
        begin_file(dialect)
    return FileRun(converted, engine, dialect).run().as_dict()


_process_engine = None


def _run_in_worker(options: CompileOptions, path: str, label: str) -> tuple[str, dict]:
    global _process_engine
    if _process_engine is None:
        from .engine import Engine
        _process_engine = Engine(options=options)
    return label, run_file(Path(path), _process_engine)


def file_label(path: Path, root: Path | None = None) -> str:
    """A file's name in the report: its path below `root` (proposal files share names), else its name."""
    return path.resolve().relative_to(root.resolve()).as_posix() if root is not None else path.name


def run_files(paths, jobs: int = 1, engine=None, root: Path | None = None, on_file=None,
              options: CompileOptions = CompileOptions()) -> dict:
    """Run .wast files (in `jobs` processes, each with its own engine and runtime worker) -> report;
    the engines compile with `options`. Files are named by their
    path below `root` when given, else by their name; `on_file(name, result)`, if given, is called
    as each file's result (Tally.as_dict) comes in."""
    paths = [Path(p) for p in paths]
    labels = [file_label(path, root) for path in paths]
    results: dict[str, dict] = {}

    def done(label: str, result: dict) -> None:
        results[label] = result
        if on_file is not None:
            on_file(label, result)
    if jobs <= 1 or len(paths) <= 1:
        if engine is None:
            from .engine import Engine
            engine = Engine(options=options)
        for path, label in zip(paths, labels):
            done(label, run_file(path, engine))
    else:
        with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
            for label, result in pool.map(functools.partial(_run_in_worker, options),
                                          [str(p) for p in paths], labels):
                done(label, result)
    return build_report(results)
