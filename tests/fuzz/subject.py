"""The subject: one module compiled by wasmoon-aot and driven through the runtime's raw-bits API.

Compilation happens in this process; the artifact is written to a scratch
folder and loaded with `wasmoon_aot.runtime.load` (in the emulated arm64
worker on x86_64 hosts).  Exported memories, globals and tables are read when
the runtime exposes them (`Memory.read`, `Global.get_bits`, `Table.get_bits`),
and reported as unobserved otherwise.  A WasmException leaving a call is the outcome
("exception", name of the exported tag, [payload bits as trace.value_bits masks them]).
The compile option bounds_checks is $WASMOON_FUZZ_BOUNDS_CHECKS (guard by default;
`differential --bounds-checks` sets it for its workers too).
"""

from __future__ import annotations

import os
import tempfile

from wasmoon_aot.aot.compiler import compile_wasm
from wasmoon_aot.aot.options import CompileOptions
from wasmoon_aot.runtime import Tag, Trap, WasmException, load
from wasmoon_aot.runtime.remote_externs import RemoteTag
from wasmoon_aot.runtime.values import slot_values, value_bits_to_slots

from .host import HOST_FUNCTIONS, HOST_MODULE, HostLog
from .trace import UNOBSERVED, value_bits

PAGE_SIZE = 65536
BOUNDS_CHECKS_ENV = "WASMOON_FUZZ_BOUNDS_CHECKS"


def _error(exc: BaseException) -> tuple:
    return ("error", f"{type(exc).__name__}: {exc}")


class WasmoonEngine:
    """The trace engine (see trace.run_plan) backed by wasmoon-aot; `compile()` first."""

    def __init__(self, wasm: bytes):
        self.wasm = wasm
        self.artifact: bytes | None = None
        self.instance = None
        self.host = HostLog()

    def host_calls(self) -> list:
        return self.host.take()

    def compile(self) -> None:
        """Compile the module; UnsupportedFeature and compiler errors propagate to the caller."""
        self.artifact = compile_wasm(self.wasm, CompileOptions(bounds_checks=os.environ.get(BOUNDS_CHECKS_ENV, "guard")))

    def instantiate(self) -> tuple:
        with tempfile.TemporaryDirectory(prefix="wasmoon-fuzz-") as scratch:
            path = os.path.join(scratch, "module.so")
            with open(path, "wb") as out:
                out.write(self.artifact)
            try:
                host = {name: self.host.function(name) for name in HOST_FUNCTIONS}
                self.instance = load(path, {HOST_MODULE: host})
            except Trap as trap:
                return ("trap", trap.message)
            except WasmException as exn:
                return self._exception_outcome(exn)
            except Exception as exc:  # noqa: BLE001 - any other failure is a finding
                return _error(exc)
        return ("ok",)

    def call(self, name: str, args: list[int]) -> tuple:
        """`args` and the results one int per value; call_bits speaks value slots (a v128 takes two)."""
        try:
            function = self.instance.exports[name]
            slots = function.call_bits(value_bits_to_slots(function.params, args))
            return ("ok", slot_values(function.results, slots))
        except Trap as trap:
            return ("trap", trap.message)
        except WasmException as exn:
            return self._exception_outcome(exn)
        except Exception as exc:  # noqa: BLE001
            return _error(exc)

    def _exception_outcome(self, exn: WasmException) -> tuple:
        """("exception", the tag's export name or None, payload bits), as the oracle reports it."""
        exports = self.instance.exports.items() if self.instance else ()   # none: a start function threw
        names = [name for name, item in exports if isinstance(item, (Tag, RemoteTag)) and item == exn.tag]
        payload = [value_bits(ty, bits) for ty, bits in zip(exn.tag.params, slot_values(exn.tag.params, exn.bits))]
        return ("exception", names[0] if names else None, payload)

    def _export(self, name: str):
        exports = self.instance.exports
        return exports[name] if name in exports else None

    def global_bits(self, name: str):
        glob = self._export(name)
        if glob is None or not hasattr(glob, "get_bits"):
            return UNOBSERVED
        return glob.get_bits()

    def memory_bytes(self, name: str) -> bytes | None:
        memory = self._export(name)
        if memory is None or not hasattr(memory, "read"):
            return None
        if hasattr(memory, "data_len"):
            length = _value(memory.data_len)
        else:
            length = _value(memory.size) * PAGE_SIZE
        return bytes(memory.read(0, length))

    def table_elements(self, name: str, count: int):
        table = self._export(name)
        if table is None or not hasattr(table, "get_bits"):
            return None
        size = _value(table.size)
        return size, [table.get_bits(index) for index in range(min(size, count))]


def _value(attribute):
    """A property's value, or a method's result (the runtime's accessors may be either)."""
    return attribute() if callable(attribute) else attribute
