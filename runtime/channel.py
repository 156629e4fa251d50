"""Line-delimited JSON requests in both directions over one pair of pipes.

Both ends use the same discipline: `request()` sends a request and, until its
reply arrives, serves the other side's requests (which may nest further).  So
host -> Wasm -> host -> Wasm ... call chains work, strictly stack-ordered.
Messages: {"req": id, "op": ..., ...} and {"rep": id, "ok": value} or
{"rep": id, "err": {...}}.

A request starts only with enough Python stack left to finish it
(headroom.py), and a reply that cannot be encoded is replied as an error, so
the two ends stay in step.  Only an exception that escapes once a request is
on the wire (an interrupt while waiting, a half-written line) puts the channel
out of step: `in_step` turns False and the channel refuses further requests;
the owner must then give up the peer.
"""

from __future__ import annotations

import json

from .headroom import ensure_headroom


class ChannelClosed(Exception):
    """The other end went away, or the conversation is out of step."""


def _encode(message: dict) -> bytes:
    return json.dumps(message, separators=(",", ":")).encode() + b"\n"


class Channel:
    def __init__(self, reader, writer, serve):
        """`reader`/`writer`: binary file objects; `serve(message) -> value` handles the peer's requests
        (raising an exception makes an error reply, built by `encode_error`)."""
        self._reader = reader
        self._writer = writer
        self._serve = serve
        self._next_id = 0
        self.in_step = True
        self.encode_error = lambda exc: {"type": "error", "class": type(exc).__name__, "message": str(exc)}

    def _write(self, line: bytes) -> None:
        try:
            self._writer.write(line)
            self._writer.flush()
        except BaseException as exc:
            self.in_step = False  # part of the line may have gone out
            if isinstance(exc, (OSError, ValueError)):
                raise ChannelClosed(str(exc)) from exc
            raise

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
        if not self.in_step:
            raise ChannelClosed("the conversation is out of step")
        ensure_headroom()
        self._next_id += 1
        my_id = self._next_id
        self._write(_encode({"req": my_id, "op": op, **fields}))
        try:
            while True:
                message = self._receive()
                if "req" in message:
                    self.serve_one(message)
                elif message.get("rep") == my_id:
                    return message
                else:
                    raise ChannelClosed(f"out-of-order reply {message.get('rep')} while waiting for {my_id}")
        except BaseException:
            self.in_step = False
            raise

    def serve_one(self, message: dict) -> None:
        try:
            reply = _encode({"rep": message["req"], "ok": self._serve(message)})
        except ChannelClosed:
            raise
        except BaseException as exc:  # noqa: BLE001 - any failure is reported to the peer
            reply = _encode({"rep": message["req"], "err": self.encode_error(exc)})
        self._write(reply)

    def serve_forever(self) -> None:
        """Serve requests until the peer closes the stream."""
        while True:
            try:
                message = self._receive()
            except ChannelClosed:
                return
            self.serve_one(message)
