"""The `wasmoon-aot` command line: build, run, inspect, spec.

Every failure is one line on stderr and a non-zero exit, never a traceback;
`build` writes its output through a temporary file, so a failed build leaves
nothing behind.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from ..runtime import abi
from .wasm.errors import WasmError
from .wasm.features import UnsupportedFeature


class CliError(Exception):
    """A failure worth one line to the user."""


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(temp, 0o755)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


def _compile_file(source: Path):
    from .compiler import compile_source
    return compile_source(source)


def cmd_build(args) -> int:
    from ..linker import write_elf
    result = _compile_file(args.input)
    _write_atomically(args.output, write_elf(result.image))
    if args.stats or args.stats_json:
        report = {"functions": result.stats, "phase_seconds": result.phase_seconds}
        if args.stats_json:
            _write_atomically(args.stats_json, json.dumps(report, indent=1).encode() + b"\n")
        if args.stats:
            for entry in result.stats:
                print(" ".join(f"{key}={value:.6f}" if isinstance(value, float) else f"{key}={value}"
                               for key, value in entry.items()))
            print("phases: " + " ".join(f"{k}={v:.3f}s" for k, v in result.phase_seconds.items()))
    print(f"wrote {args.output} ({len(result.metadata['functions'])} functions)")
    return 0


def _parse_arg(text: str, ty: str):
    try:
        if ty in ("f32", "f64"):
            return float(text)
        return int(text, 0)
    except ValueError:
        raise CliError(f"argument {text!r} is not a valid {ty}") from None


def cmd_run(args) -> int:
    from ..runtime import Trap, load
    path = args.artifact
    with tempfile.TemporaryDirectory() as scratch:
        if path.suffix in (".wasm", ".wat"):
            from ..linker import write_elf
            built = Path(scratch) / (path.stem + ".so")
            built.write_bytes(write_elf(_compile_file(path).image))
            path = built
        instance = load(str(path))
        if args.invoke is None:
            return 0
        name, *texts = args.invoke
        try:
            function = instance.exports[name]
        except KeyError:
            raise CliError(f"no exported function {name!r}") from None
        if len(texts) != len(function.params):
            raise CliError(f"{name} takes {len(function.params)} arguments, got {len(texts)}")
        values = [_parse_arg(text, ty) for text, ty in zip(texts, function.params)]
        try:
            results = function(*values)
        except Trap as trap:
            print(f"trap: {trap}", file=sys.stderr)
            return 2
    if results is None:
        results = ()
    elif not isinstance(results, tuple):
        results = (results,)
    for value in results:
        print(value)
    return 0


def cmd_inspect(args) -> int:
    from ..linker.readback import describe, symbol_bytes
    info = describe(str(args.artifact))
    meta = abi.unpack_metadata(symbol_bytes(str(args.artifact), abi.METADATA_SYMBOL))
    print(f"{args.artifact}: {info['format']} {info['architecture']}")
    print("sections:")
    for section in info["sections"]:
        print(f"  {section['name']:<12} {section['address']:#10x} {section['size']:>8}")
    print("exported symbols:")
    for symbol in info["symbols"]:
        print(f"  {symbol['address']:#10x} {symbol['size']:>8}  {symbol['name']}")
    exports = {e["index"]: e["name"] for e in meta["exports"] if e["kind"] == "func"}
    print("functions:")
    for index, function in enumerate(meta["functions"]):
        functype = meta["types"][function["type"]]
        signature = f"({' '.join(functype['params'])}) -> ({' '.join(functype['results'])})"
        where = "imported" if function["offset"] is None else f"{function['offset']:#x} +{function['size']}"
        label = function["name"] or exports.get(index) or ""
        print(f"  [{index}] {label:<20} {signature:<30} {where}"
              + (f"  export {exports[index]!r}" if index in exports else ""))
    return 0


def cmd_spec(args) -> int:
    from .spec import command
    return command.run(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wasmoon-aot",
                                     description="Ahead-of-time WebAssembly to AArch64 compiler")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="compile a .wasm or .wat into a shared object")
    build.add_argument("input", type=Path)
    build.add_argument("-o", "--output", type=Path, required=True)
    build.add_argument("--stats", action="store_true", help="print per-function compile statistics")
    build.add_argument("--stats-json", type=Path, help="write the statistics as JSON")
    build.set_defaults(handler=cmd_build)

    run = commands.add_parser("run", help="load an artifact (or compile a .wasm/.wat) and call an export")
    run.add_argument("artifact", type=Path)
    run.add_argument("--invoke", nargs="+", metavar=("NAME", "ARG"),
                     help="export to call, then its arguments: decimal (or 0x..) ints and floats")
    run.set_defaults(handler=cmd_run)

    inspect = commands.add_parser("inspect", help="list sections, symbols and functions of an artifact")
    inspect.add_argument("artifact", type=Path)
    inspect.set_defaults(handler=cmd_inspect)

    from .spec import command as spec_command
    spec = commands.add_parser("spec", help="run the official spec suite")
    spec_command.add_arguments(spec)
    spec.set_defaults(handler=cmd_spec)
    return parser


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.handler(args)
    except (WasmError, UnsupportedFeature, CliError) as error:
        print(f"wasmoon-aot {args.command}: {error}", file=sys.stderr)
    except OSError as error:
        print(f"wasmoon-aot {args.command}: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=sys.stderr)
    except Exception as error:  # the runtime's LinkError, ValueError from a bad artifact, ...
        print(f"wasmoon-aot {args.command}: {type(error).__name__}: {error}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
