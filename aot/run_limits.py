"""`wasmoon-aot run --fuel N --timeout SECONDS`: the compile options they need and the store they run in.

A .wasm/.wat is compiled with --consume-fuel when --fuel is given and with
--epoch-interruption when --timeout is (the compile cache keys on these flags).
A built artifact must have been built with the options the limits need; one
built with them but run without a limit gets all the fuel (2**63 - 1) or an
epoch deadline that never comes.  The timeout sets the store's deadline one
epoch ahead and a timer thread ticks the engine's epoch when the time is up:
the run has one store, so no other deadline is affected.  Running out of either
is a trap like any other: `trap: all fuel consumed by WebAssembly ...` or
`trap: interrupt ...`, status 2.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from pathlib import Path

from wasmoon_aot.runtime import abi
from .options import CompileOptions

ALL_FUEL = 2**63 - 1
NEVER_TICKS = 2**64 - 1


class LimitError(Exception):
    """A limit the artifact cannot honour (one line for the user)."""


@dataclass
class RunLimits:
    fuel: int | None = None
    timeout: float | None = None

    def compile_options(self, options: CompileOptions) -> CompileOptions:
        """`options` with the interruption options these limits need turned on."""
        return replace(options, consume_fuel=options.consume_fuel or self.fuel is not None,
                       epoch_interruption=options.epoch_interruption or self.timeout is not None)

    def built_options(self, path: Path) -> CompileOptions:
        """The interruption options a built artifact was compiled with (none if its metadata
        cannot be read: loading it then reports what is wrong)."""
        from wasmoon_aot.linker.readback import symbol_bytes
        try:
            meta = abi.unpack_metadata(symbol_bytes(str(path), abi.METADATA_SYMBOL))
        except Exception:  # noqa: BLE001 - load() gives the one-line error for a bad artifact
            return CompileOptions()
        return CompileOptions.from_metadata(meta)

    def store(self, built: CompileOptions):
        """A store with the fuel and deadline asked for, for an artifact `built` with these
        compile options (code that checks a limit nobody set gets none); LimitError if a
        limit needs an option the artifact lacks."""
        if self.fuel is not None and not built.consume_fuel:
            raise LimitError("--fuel needs an artifact built with --consume-fuel")
        if self.timeout is not None and not built.epoch_interruption:
            raise LimitError("--timeout needs an artifact built with --epoch-interruption")
        from wasmoon_aot.runtime import Store
        store = Store()
        if built.consume_fuel:
            store.set_fuel(ALL_FUEL if self.fuel is None else self.fuel)
        if built.epoch_interruption:
            store.set_epoch_deadline(NEVER_TICKS if self.timeout is None else 1)
        return store

    def start_timer(self) -> threading.Timer | None:
        """With --timeout, a started timer that ticks the epoch when the time is up (cancel it after)."""
        if self.timeout is None:
            return None
        from wasmoon_aot.runtime import increment_epoch
        timer = threading.Timer(self.timeout, increment_epoch)
        timer.daemon = True
        timer.start()
        return timer
