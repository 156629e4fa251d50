"""Line-delimited JSON requests in both directions over one pair of pipes.

Both ends use the same discipline: `request()` sends a request and, until its
reply arrives, serves the other side's requests (which may nest further).  So
host -> Wasm -> host -> Wasm ... call chains work, strictly stack-ordered.
Messages: {"req": id, "op": ..., ...} and {"rep": id, "ok": value} or
{"rep": id, "err": {...}}.
"""

from __future__ import annotations

import json


class ChannelClosed(Exception):
    """The other end went away."""


class Channel:
    def __init__(self, reader, writer, serve):
        """`reader`/`writer`: binary file objects; `serve(message) -> value` handles the peer's requests
        (raising an exception makes an error reply, built by `encode_error`)."""
        self._reader = reader
        self._writer = writer
        self._serve = serve
        self._next_id = 0
        self.encode_error = lambda exc: {"type": "error", "class": type(exc).__name__, "message": str(exc)}

    def _send(self, message: dict) -> None:
        try:
            self._writer.write(json.dumps(message, separators=(",", ":")).encode() + b"\n")
            self._writer.flush()
        except (BrokenPipeError, OSError, ValueError) as exc:
            raise ChannelClosed(str(exc)) from exc

    def _receive(self) -> dict:
        try:
            line = self._reader.readline()
        except (OSError, ValueError) as exc:
            raise ChannelClosed(str(exc)) from exc
        if not line:
            raise ChannelClosed("end of stream")
        return json.loads(line)

    def request(self, op: str, **fields) -> dict:
        """Send a request; return its reply message ({"ok": ...} or {"err": ...})."""
        self._next_id += 1
        my_id = self._next_id
        self._send({"req": my_id, "op": op, **fields})
        while True:
            message = self._receive()
            if "req" in message:
                self.serve_one(message)
            elif message.get("rep") == my_id:
                return message
            else:
                raise ChannelClosed(f"out-of-order reply {message.get('rep')} while waiting for {my_id}")

    def serve_one(self, message: dict) -> None:
        try:
            reply = {"rep": message["req"], "ok": self._serve(message)}
        except ChannelClosed:
            raise
        except BaseException as exc:  # noqa: BLE001 - any failure is reported to the peer
            reply = {"rep": message["req"], "err": self.encode_error(exc)}
        self._send(reply)

    def serve_forever(self) -> None:
        """Serve requests until the peer closes the stream."""
        while True:
            try:
                message = self._receive()
            except ChannelClosed:
                return
            self.serve_one(message)
