"""Runs README.md's examples as written, so that they cannot drift from the code.

First every `wasmoon-aot build examples/...` line of its ```sh blocks (through the CLI's main),
then each ```python block in turn, in the current directory, where `examples/` must be. A
line `EXPR   # VALUE...` whose comment starts with a Python literal (`12586269025`,
`[12586269025]:`) is checked as `assert EXPR == VALUE`. It runs against whichever wasmoon-aot
is importable, so the install test runs it from outside the checkout too:
`python readme_examples.py README.md`.
"""

from __future__ import annotations

import ast
import re
import shlex
import sys

from wasmoon_aot.aot.cli import main

_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.M | re.S)
_VALUE_COMMENT = re.compile(r"^(?P<code>.*?)\s+#\s*(?P<value>\[?-?[\d_]+\]?)(:|\s|$)")


def blocks(text: str, language: str) -> list[str]:
    return [body for lang, body in _BLOCK.findall(text) if lang == language]


def build_lines(text: str) -> list[list[str]]:
    """The argv of each `wasmoon-aot build examples/...` line of the sh blocks."""
    lines = [line.split("  #")[0] for body in blocks(text, "sh") for line in body.splitlines()]
    return [shlex.split(line)[1:] for line in lines if line.startswith("wasmoon-aot build examples/")]


def checked(code: str) -> str:
    """`code` with each `EXPR  # VALUE` line turned into `assert EXPR == VALUE`."""
    out = []
    for line in code.splitlines():
        match = _VALUE_COMMENT.match(line)
        if match and not line.startswith(" "):
            try:
                ast.parse(match["code"], mode="eval")
                expected = ast.literal_eval(match["value"])
            except (SyntaxError, ValueError):
                out.append(line)
                continue
            line = f"assert ({match['code']}) == {expected!r}, {match['code']!r}"
        out.append(line)
    return "\n".join(out) + "\n"


def run(readme: str) -> int:
    """Build and run every example of `readme`; the number of Python blocks run."""
    with open(readme, encoding="utf-8") as file:
        text = file.read()
    for argv in build_lines(text):
        if main(argv) != 0:
            raise AssertionError(f"`wasmoon-aot {shlex.join(argv)}` failed")
    python = blocks(text, "python")
    for number, code in enumerate(python, 1):
        exec(compile(checked(code), f"{readme} python block {number}", "exec"), {"__name__": "__readme__"})
    return len(python)


if __name__ == "__main__":
    print(f"{run(sys.argv[1])} README python blocks ran")
