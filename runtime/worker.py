"""The worker: runs the runtime inside the AArch64 Python and serves its client over stdin/stdout.

Requests it serves: `load` (path, imports) -> instance handle and export
signatures; `call` (instance, export, raw argument slots) -> raw result slots.
Any request may carry `drop`: handles of instances the client no longer uses.
Host functions stay in the client: the worker calls them with a `host_call`
request and waits, serving nested requests meanwhile.
Its own prints go to stderr so stdout carries only protocol lines.
"""

from __future__ import annotations

import os
import sys

from .abi import TrapCode
from .channel import Channel
from .instance import Instance
from .wire import RemoteHostException, encode_error


class _Unlinkable:
    """Stands for an import value the client could not send (always an incompatible import type)."""


class RemoteHostFunction:
    """A client-side Python callable, as seen by the worker's import linking."""

    def __init__(self, channel: Channel, host_id: int):
        self.channel = channel
        self.host_id = host_id

    def host_binding(self, params, results):
        def call_bits(args):
            reply = self.channel.request("host_call", host=self.host_id, params=list(params),
                                         results=list(results), args=list(args))
            if "ok" in reply:
                return reply["ok"]
            err = reply["err"]
            raise RemoteHostException(err.get("id", 0), err.get("message", "host function failed"))
        return call_bits


class Worker:
    def __init__(self, reader, writer):
        self.channel = Channel(reader, writer, self.serve)
        self.channel.encode_error = encode_error
        self.instances = {}
        self._next_handle = 0

    def serve(self, message: dict):
        for handle in message.get("drop", ()):
            self.instances.pop(handle, None)
        op = message["op"]
        if op == "call":
            function = self.instances[message["instance"]].exports[message["name"]]
            return function.call_bits(message["args"])
        if op == "load":
            return self._load(message["path"], message["imports"])
        if op == "ping":
            return TrapCode.OK.name
        raise ValueError(f"unknown request {op!r}")

    def _import_value(self, encoded):
        if "func" in encoded:
            handle, name = encoded["func"]
            return self.instances[handle].exports[name]
        if "host" in encoded:
            return RemoteHostFunction(self.channel, encoded["host"])
        return _Unlinkable()

    def _load(self, path: str, encoded_imports: dict) -> dict:
        imports = {}
        for module, provider in encoded_imports.items():
            imports[module] = {name: self._import_value(v) for name, v in provider["names"].items()}
        instance = Instance(path, imports)
        self._next_handle += 1
        self.instances[self._next_handle] = instance
        exports = [{"name": name, "params": list(f.params), "results": list(f.results)}
                   for name, f in instance.exports.items()]
        return {"instance": self._next_handle, "exports": exports}


def main() -> None:
    protocol_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    Worker(sys.stdin.buffer, protocol_out).channel.serve_forever()


if __name__ == "__main__":
    main()
