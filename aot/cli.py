"""The `wasmoon-aot` command line: build, run (in cli_run), inspect, spec, setup (in provision/).

Every failure is one line on stderr and a non-zero exit, never a traceback
(Ctrl-C prints `interrupted` and exits 130); `build` writes its output
through a temporary file, so a failed build leaves nothing behind, and it
never writes over its input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from wasmoon_aot import __version__
from wasmoon_aot.runtime import abi
from wasmoon_aot.runtime.errors import ArtifactError
from .cli_run import RunError
from .module_env import ATOMICS
from .files import write_atomically
from .provision import SetupError
from .targets import TARGETS, target_for_output, write_artifact
from .wasm.errors import WasmError
from .wasm.features import UnsupportedFeature


class CliError(Exception):
    """A failure worth one line to the user."""


def _compile_file(source: Path, regalloc: str = "backtracking", jobs: int = 1, **options):
    from .compiler import compile_source
    return compile_source(source, regalloc, jobs=jobs, **options)


INTERRUPTED_STATUS = 130  # 128 + SIGINT, as shells report it


def _refuse_overwriting_input(source: Path, output: Path) -> None:
    if output.exists() and os.path.samefile(source, output):
        raise CliError(f"refusing to write the output over the input {source} (-o {output})")


def _write_listing(output: Path, listing: str) -> None:
    """A listing to the file `output`, or to stdout for `-o -`."""
    if str(output) == "-":
        sys.stdout.write(listing)
    else:
        write_atomically(output, listing.encode())


def cmd_build(args) -> int:
    _refuse_overwriting_input(args.input, args.output)
    if args.emit:
        from .listing import ListingError, module_listing
        from .wat import read_module_source
        try:
            listing = module_listing(read_module_source(args.input), args.emit, args.func, args.regalloc,
                                     args.consume_fuel, args.epoch_interruption, args.atomics)
        except ListingError as error:
            raise CliError(str(error)) from None
        _write_listing(args.output, listing)
        return 0
    if args.func is not None:
        raise CliError("--func selects what --emit lists; it needs --emit")
    result = _compile_file(args.input, args.regalloc, args.jobs, consume_fuel=args.consume_fuel,
                           epoch_interruption=args.epoch_interruption, atomics=args.atomics)
    write_atomically(args.output, write_artifact(result.image, target_for_output(args.output, args.target)), 0o755)
    if args.stats or args.stats_json:
        report = {"functions": result.stats, "phase_seconds": result.phase_seconds}
        if args.stats_json:
            write_atomically(args.stats_json, json.dumps(report, indent=1).encode() + b"\n")
        if args.stats:
            for entry in result.stats:
                print(" ".join(f"{key}={value:.6f}" if isinstance(value, float) else f"{key}={value}"
                               for key, value in entry.items()))
            print("phases: " + " ".join(f"{k}={v:.3f}s" for k, v in result.phase_seconds.items()))
    print(f"wrote {args.output} ({len(result.metadata['functions'])} functions)")
    return 0


def cmd_run(args) -> int:
    from .cli_run import run
    return run(args)


def cmd_inspect(args) -> int:
    from wasmoon_aot.linker.readback import describe, symbol_bytes
    info = describe(str(args.artifact))
    meta = abi.unpack_metadata(symbol_bytes(str(args.artifact), abi.METADATA_SYMBOL))
    if args.func is not None and not args.disas:
        raise CliError("--func selects what --disas lists; it needs --disas")
    if args.disas:  # made first, so that a bad --func fails before anything is printed
        from .listing import ListingError, disassemble
        try:
            listing = disassemble(symbol_bytes(str(args.artifact), abi.TEXT_SYMBOL), meta, args.func)
        except ListingError as error:
            raise CliError(str(error)) from None
    print(f"{args.artifact}: {info['format']} {info['architecture']}")
    print("sections:")
    for section in info["sections"]:
        print(f"  {section['name']:<12} {section['address']:#10x} {section['size']:>8}")
    print("exported symbols:")
    for symbol in info["symbols"]:
        print(f"  {symbol['address']:#10x} {symbol['size']:>8}  {symbol['name']}")
    exports = {e[abi.ENTRY_INDEX]: e[abi.ENTRY_NAME] for e in meta[abi.META_EXPORTS] if e[abi.ENTRY_KIND] == "func"}
    print("functions:")
    for index, function in enumerate(meta[abi.META_FUNCTIONS]):
        functype = meta[abi.META_TYPES][function[abi.ENTRY_TYPE]]
        signature = f"({' '.join(functype[abi.ENTRY_PARAMS])}) -> ({' '.join(functype[abi.ENTRY_RESULTS])})"
        offset = function[abi.ENTRY_OFFSET]
        where = "imported" if offset is None else f"{offset:#x} +{function[abi.ENTRY_SIZE]}"
        label = function[abi.ENTRY_NAME] or exports.get(index) or ""
        print(f"  [{index}] {label:<20} {signature:<30} {where}"
              + (f"  export {exports[index]!r}" if index in exports else ""))
    if args.disas:
        print(listing, end="")
    return 0


def cmd_spec(args) -> int:
    from .spec import command
    return command.run(args)


def cmd_setup(args) -> int:
    from .provision import command
    return command.run(args)


def _non_negative_int(text: str) -> int:
    try:
        value = int(text, 0)
    except ValueError:
        value = -1
    if not 0 <= value < 2**63:
        raise argparse.ArgumentTypeError(f"expected an integer in [0, 2**63), not {text!r}")
    return value


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, not {text!r}")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wasmoon-aot",
                                     description="Ahead-of-time WebAssembly to AArch64 compiler")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="compile a .wasm or .wat into a shared object")
    build.add_argument("input", type=Path)
    build.add_argument("-o", "--output", type=Path, required=True)
    build.add_argument("--target", choices=sorted(TARGETS),
                       help="aarch64-linux (ELF .so) or aarch64-macos / aarch64-apple-darwin (signed Mach-O "
                            ".dylib); default: macOS for a .dylib output, Linux otherwise")
    build.add_argument("--regalloc", choices=("backtracking", "simple"), default="backtracking",
                       help="register allocator (default: backtracking)")
    build.add_argument("-j", "--jobs", type=_positive_int, default=1, metavar="N",
                       help="compile functions in N worker processes; the output is the same for any N "
                            "(default: 1)")
    build.add_argument("--stats", action="store_true",
                       help="print per-function statistics (instructions, vregs, bundles, splits, "
                            "spills, reloads, moves, spill slots, allocation time)")
    build.add_argument("--stats-json", type=Path, help="write the statistics as JSON")
    build.add_argument("--consume-fuel", action="store_true",
                       help="meter execution with the store's fuel (Store.set_fuel); traps when it runs out")
    build.add_argument("--epoch-interruption", action="store_true",
                       help="check the store's epoch deadline at function entries and loop headers "
                            "(Store.set_epoch_deadline, increment_epoch, timeout=)")
    build.add_argument("--atomics", choices=ATOMICS, default=ATOMICS[0],
                       help="atomic read-modify-writes as Armv8.1 LSE instructions (default: every Apple "
                            "Silicon Mac and qemu-user's default CPU have them) or as exclusive-pair loops "
                            "(llsc: any Armv8.0 core)")
    build.add_argument("--emit", metavar="STAGE",
                       help="write a listing instead of an artifact (-o - for stdout): the IR before (ir) or "
                            "after (opt) the opt passes, machine code before (vcode) or after (alloc) "
                            "register allocation, or the disassembled code (asm, needs capstone)")
    build.add_argument("--func", metavar="NAME|INDEX",
                       help="list only this function (function index, name or export name)")
    build.set_defaults(handler=cmd_build)

    run = commands.add_parser(
        "run", usage="%(prog)s ARTIFACT [--dir HOST[::GUEST]] [--env K[=V]] [--invoke NAME [ARG ...]] [--no-cache] "
              "[--fuel N] [--timeout SECONDS] [-- ARGS ...]",
        help="run a WASI program or call an export (a .wasm/.wat is compiled through the cache)")
    run.add_argument("artifact", type=Path, help=".wasm, .wat, or a built artifact")
    run.add_argument("--dir", action="append", metavar="HOST[::GUEST]",
                     help="preopen directory HOST for the guest (as GUEST, default HOST); repeatable")
    run.add_argument("--env", action="append", metavar="K[=V]",
                     help="set guest environment variable K (bare K copies it from here); repeatable")
    run.add_argument("--invoke", nargs="+", metavar=("NAME", "ARG"),
                     help="call export NAME instead of _start, with ARGs then the ARGS after `--`: "
                          "decimal (or 0x..) ints and floats")
    run.add_argument("--regalloc", choices=("backtracking", "simple"), default="backtracking",
                     help="register allocator for a .wasm/.wat input (default: backtracking)")
    run.add_argument("--no-cache", action="store_true",
                     help="compile into a temporary file instead of the compile cache")
    run.add_argument("--fuel", type=_non_negative_int, metavar="N",
                     help="trap once N Wasm operators have run (compiles with --consume-fuel)")
    run.add_argument("--timeout", type=_positive_seconds, metavar="SECONDS",
                     help="trap with `interrupt` after SECONDS (compiles with --epoch-interruption)")
    run.set_defaults(handler=cmd_run)

    inspect = commands.add_parser("inspect", help="list sections, symbols and functions of an artifact")
    inspect.add_argument("artifact", type=Path)
    inspect.add_argument("--disas", action="store_true",
                         help="disassemble the functions (needs capstone), naming calls and trap sites")
    inspect.add_argument("--func", metavar="NAME|INDEX", help="disassemble only this function")
    inspect.set_defaults(handler=cmd_inspect)

    from .spec import command as spec_command
    spec = commands.add_parser("spec", help="run the official spec suite")
    spec_command.add_arguments(spec)
    spec.set_defaults(handler=cmd_spec)

    from .provision import command as setup_command
    setup = commands.add_parser("setup", help="provision qemu and the arm64 Python that run AArch64 code on this "
                                              "host (no root needed)")
    setup_command.add_arguments(setup)
    setup.set_defaults(handler=cmd_setup)
    return parser


def _split_guest_args(argv: list[str]) -> tuple[list[str], list[str]]:
    """`run ... -- ARGS`: ARGS go to the guest untouched, whatever they look like."""
    if argv[:1] == ["run"] and "--" in argv:
        split = argv.index("--")
        return argv[:split], argv[split + 1:]
    return argv, []


def main(argv=None) -> int:
    argv, guest_args = _split_guest_args(sys.argv[1:] if argv is None else list(argv))
    args = _parser().parse_args(argv)
    args.guest_args = guest_args
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print(f"wasmoon-aot {args.command}: interrupted", file=sys.stderr)
        return INTERRUPTED_STATUS
    except (WasmError, UnsupportedFeature, CliError, RunError, ArtifactError, SetupError) as error:
        print(f"wasmoon-aot {args.command}: {error}", file=sys.stderr)
    except OSError as error:
        print(f"wasmoon-aot {args.command}: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=sys.stderr)
    except Exception as error:  # the runtime's LinkError, ValueError from a bad artifact, ...
        print(f"wasmoon-aot {args.command}: {type(error).__name__}: {error}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
