"""The `wasmoon-aot` command line: build, run (in cli_run), inspect (in cli_inspect), spec,
setup (in provision/).

Every failure is one line on stderr and a non-zero exit, never a traceback
(Ctrl-C prints `interrupted` and exits 130; a closed stdout pipe ends the
command quietly); `build` writes its output
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
from .files import write_atomically
from .options import ATOMICS, BOUNDS_CHECKS, REGALLOCS, CompileOptions, is_c_identifier
from .provision import SetupError
from .targets import TARGETS, target_for_output, write_artifact
from .capi.plan import CApiError
from .wasm.errors import WasmError
from .wasm.features import UnsupportedFeature


class CliError(Exception):
    """A failure worth one line to the user."""


def _compile_file(source: Path, options: CompileOptions, jobs: int = 1):
    """Compile with run's progress bar on stderr (a TTY, builds over a second: progress.py)."""
    from .compiler import compile_bytes
    from .progress import ProgressBar
    from .wat import read_module_source
    data = read_module_source(source)
    bar = ProgressBar(sys.stderr)
    try:
        return compile_bytes(data, options, jobs=jobs, progress=bar)
    finally:
        bar.finish()


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


def _resolve_c_api(args) -> None:
    """`--header` makes the artifact a C library too (its prefix from --c-prefix or the output's
    name); a C library's bounds checks are explicit unless --bounds-checks says otherwise."""
    if args.header and args.c_api is None:
        from .capi import c_prefix_for_output
        args.c_api = c_prefix_for_output(args.output)
    if args.c_api is not None and not is_c_identifier(args.c_api):
        raise CliError(f"--c-prefix must be a C identifier, not {args.c_api!r}")
    if args.bounds_checks is None:
        args.bounds_checks = "explicit" if args.c_api is not None else BOUNDS_CHECKS[0]


def cmd_build(args) -> int:
    _refuse_overwriting_input(args.input, args.output)
    _resolve_c_api(args)
    if args.emit:
        from .listing import ListingError, module_listing
        from .wat import read_module_source
        try:
            listing = module_listing(read_module_source(args.input), args.emit, args.func,
                                     CompileOptions.from_args(args))
        except ListingError as error:
            raise CliError(str(error)) from None
        _write_listing(args.output, listing)
        return 0
    if args.func is not None:
        raise CliError("--func selects what --emit lists; it needs --emit")
    result = _compile_file(args.input, CompileOptions.from_args(args), args.jobs)
    from .compiler import cyclic_gc_paused
    with cyclic_gc_paused():   # as while compiling: 100,000 functions' symbols are as many small objects
        artifact_bytes = write_artifact(result.image, target_for_output(args.output, args.target))
    if args.header:   # both files or neither: the header first, the artifact after it
        from .capi.header import c_header
        write_atomically(args.header, c_header(result.c_api_plan, args.output.name, __version__).encode())
    write_atomically(args.output, artifact_bytes, 0o755)
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
    from wasmoon_aot.linker.readback import symbol_bytes
    from .cli_inspect import inspect_report, text_lines
    if args.func is not None and not args.disas:
        raise CliError("--func selects what --disas lists; it needs --disas")
    if args.json and args.disas:
        raise CliError("--json and --disas do not mix: the listing is text")
    report = inspect_report(str(args.artifact))
    if args.disas:  # made first, so that a bad --func fails before anything is printed
        from .listing import ListingError, disassemble
        meta = abi.unpack_metadata(symbol_bytes(str(args.artifact), abi.METADATA_SYMBOL))
        try:
            listing = disassemble(symbol_bytes(str(args.artifact), abi.TEXT_SYMBOL), meta, args.func)
        except ListingError as error:
            raise CliError(str(error)) from None
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print("\n".join(text_lines(report)))
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
    build.add_argument("--regalloc", choices=REGALLOCS, default=REGALLOCS[0],
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
    build.add_argument("--bounds-checks", choices=BOUNDS_CHECKS,
                       help="how 32-bit memories' accesses are checked: by the faults of guard pages after "
                            "a 4 GiB reservation (guard, the default) or by a compare and branch (explicit, "
                            "the default of a C library)")
    build.add_argument("--header", type=Path, metavar="APP.H",
                       help="make the artifact a C library too (app_new, app_free, a function per export) "
                            "and write its C header here (README: From C)")
    build.add_argument("--c-prefix", dest="c_api", metavar="NAME",
                       help="the C library's prefix (default: the output's name without lib and suffix)")
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
        "run", usage="%(prog)s ARTIFACT [--dir HOST[::GUEST[:ro]]] [--env K[=V]] [--invoke NAME [ARG ...]] [--no-cache] "
              "[--fuel N] [--timeout SECONDS] [--unsigned] [--preload NAME=MODULE] "
              "[--trap-unknown-imports | --default-values-unknown-imports] [-- ARGS ...]",
        help="run a WASI program or call an export (a .wasm/.wat is compiled through the cache)")
    run.add_argument("artifact", type=Path, help=".wasm, .wat, or a built artifact")
    run.add_argument("--dir", action="append", metavar="HOST[::GUEST[:ro]]",
                     help="preopen directory HOST for the guest (as GUEST, default HOST; `:ro`: read-only); "
                          "repeatable")
    run.add_argument("--env", action="append", metavar="K[=V]",
                     help="set guest environment variable K (bare K copies it from here); repeatable")
    run.add_argument("--invoke", nargs="+", metavar=("NAME", "ARG"),
                     help="call export NAME instead of _start, with ARGs then the ARGS after `--`: "
                          "decimal (or 0x..) ints and floats")
    run.add_argument("--unsigned", action="store_true", help="print --invoke's integer results as unsigned")
    run.add_argument("--preload", action="append", metavar="NAME=MODULE",
                     help="link MODULE's exports (a .wasm, .wat or built artifact) under module name NAME; "
                          "repeatable")
    unknown = run.add_mutually_exclusive_group()
    unknown.add_argument("--trap-unknown-imports", action="store_true",
                         help="imported functions nothing provides trap when called")
    unknown.add_argument("--default-values-unknown-imports", action="store_true",
                         help="imported functions nothing provides return zeros")
    run.add_argument("--regalloc", choices=REGALLOCS, default=REGALLOCS[0],
                     help="register allocator for a .wasm/.wat input (default: backtracking)")
    run.add_argument("--no-cache", action="store_true",
                     help="compile into a temporary file instead of the compile cache")
    run.add_argument("--fuel", type=_non_negative_int, metavar="N",
                     help="trap once N Wasm operators have run (compiles with --consume-fuel)")
    run.add_argument("--timeout", type=_positive_seconds, metavar="SECONDS",
                     help="trap with `interrupt` after SECONDS (compiles with --epoch-interruption)")
    run.set_defaults(handler=cmd_run)

    inspect = commands.add_parser("inspect", help="list sections, symbols, imports, functions, memories, tables "
                                                  "and globals of an artifact")
    inspect.add_argument("artifact", type=Path)
    inspect.add_argument("--disas", action="store_true",
                         help="disassemble the functions (needs capstone), naming calls and trap sites")
    inspect.add_argument("--func", metavar="NAME|INDEX", help="disassemble only this function")
    inspect.add_argument("--json", action="store_true", help="print everything as one JSON object")
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


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # a stdout without a descriptor (tests): nothing will flush it
        pass
    finally:
        os.close(devnull)


def main(argv=None) -> int:
    argv, guest_args = _split_guest_args(sys.argv[1:] if argv is None else list(argv))
    args = _parser().parse_args(argv)
    args.guest_args = guest_args
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print(f"wasmoon-aot {args.command}: interrupted", file=sys.stderr)
        return INTERRUPTED_STATUS
    except BrokenPipeError:  # stdout's reader left (`inspect x.so | head -1`): stop quietly
        _silence_stdout()
        return 1
    except (WasmError, UnsupportedFeature, CApiError, CliError, RunError, ArtifactError, SetupError) as error:
        print(f"wasmoon-aot {args.command}: {error}", file=sys.stderr)
    except OSError as error:
        print(f"wasmoon-aot {args.command}: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=sys.stderr)
    except Exception as error:  # the runtime's LinkError, ValueError from a bad artifact, ...
        print(f"wasmoon-aot {args.command}: {type(error).__name__}: {error}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
