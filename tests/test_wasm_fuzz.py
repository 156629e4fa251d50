"""Differential fuzzing of the front end (aot/wasm/) against `wasm-tools validate`.

Every binary module of the spec suite's top-level files is mutated (tests/wasm_mutants.py).
For each mutant, decode+validate must either accept it or raise DecodeError /
ValidationError (UnsupportedFeature only for a feature whose `validate` flag is off),
never another exception nor a hang, and must accept exactly the mutants wasm-tools
accepts.
20,000 mutants on a fixed seed by default; WASMOON_FUZZ_MUTANTS and WASMOON_FUZZ_SEED
change the count and the seed.
"""

from __future__ import annotations

import os
import random
import signal
import traceback

import pytest

from wasmoon_aot.aot.spec import paths
from wasmoon_aot.aot.wasm import DecodeError, ValidationError, decode_module, validate_module
from wasmoon_aot.aot.wasm.features import FEATURES, UnsupportedFeature

from wasm_mutants import mutate, reference_verdict_one, reference_verdicts, seed_modules

MUTANTS = int(os.environ.get("WASMOON_FUZZ_MUTANTS", "20000"))
SEED = int(os.environ.get("WASMOON_FUZZ_SEED", "0"))
CHUNK = 500
SECONDS_PER_MUTANT = 10
CHUNKS = (MUTANTS + CHUNK - 1) // CHUNK

pytestmark = pytest.mark.skipif(not paths.suite_dir().is_dir(), reason="spec suite not present")


@pytest.fixture(scope="module")
def seeds() -> list[bytes]:
    return seed_modules()


class TooSlow(Exception):
    """Decode+validate of one mutant took more than SECONDS_PER_MUTANT (a hang, most likely)."""


def _too_slow(signum, frame):
    raise TooSlow(f"more than {SECONDS_PER_MUTANT} s")


def our_verdict(data: bytes) -> str:
    """"accept", "reject" or "unsupported"; any other exception propagates."""
    try:
        validate_module(decode_module(data))
    except (DecodeError, ValidationError):
        return "reject"
    except UnsupportedFeature as error:
        assert not FEATURES[error.feature].validate, error
        return "unsupported"
    return "accept"


def chunk_mutants(seeds: list[bytes], chunk: int) -> list[tuple[str, bytes]]:
    """Mutants chunk*CHUNK ... of the run: mutant i mutates seed i mod len(seeds)."""
    rng = random.Random(f"{SEED}:{chunk}")
    first = chunk * CHUNK
    return [mutate(seeds[index % len(seeds)], rng) for index in range(first, min(first + CHUNK, MUTANTS))]


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_mutants_agree_with_wasm_tools(chunk, seeds, tmp_path):
    mutants = chunk_mutants(seeds, chunk)
    ours, strays = [], []
    previous_handler = signal.signal(signal.SIGALRM, _too_slow)
    try:
        for index, (mutation, data) in enumerate(mutants):
            signal.setitimer(signal.ITIMER_REAL, SECONDS_PER_MUTANT)
            try:
                ours.append(our_verdict(data))
            except Exception:  # noqa: BLE001 -- any other exception is the bug this test looks for
                ours.append("crash")
                strays.append(f"mutant {chunk * CHUNK + index} ({mutation}): {traceback.format_exc(limit=-3)}")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, previous_handler)
    batched = reference_verdicts([data for _, data in mutants], tmp_path)
    disagreements = []
    for index, ((mutation, data), verdict, accepted) in enumerate(zip(mutants, ours, batched)):
        if verdict not in ("accept", "reject") or (verdict == "accept") == bool(accepted):
            continue
        accepted = reference_verdict_one(data, tmp_path)  # settle it with `wasm-tools validate` itself
        if (verdict == "accept") != accepted:
            saved = tmp_path.parent / f"disagree-{chunk}-{index}.wasm"
            saved.write_bytes(data)
            disagreements.append(f"mutant {chunk * CHUNK + index} ({mutation}): ours {verdict}, "
                                 f"wasm-tools {'accept' if accepted else 'reject'} -- saved as {saved}")
    assert not strays, "\n".join(strays[:5])
    assert not disagreements, f"{len(disagreements)} disagreements:\n" + "\n".join(disagreements[:20])
    assert ours.count("accept") + ours.count("reject") > 0


def test_mutations_change_modules_and_cover_every_kind(seeds):
    rng = random.Random(1)
    kinds = set()
    for seed in seeds[:200]:
        kind, mutant = mutate(seed, rng)
        kinds.add(kind)
        assert mutant != seed
    assert kinds == {"bit_flip", "truncate", "stretch_leb", "swap_sections"}


def test_batched_reference_matches_wasm_tools_validate(seeds, tmp_path):
    rng = random.Random(2)
    sample = [mutate(seeds[index * 37 % len(seeds)], rng)[1] for index in range(40)] + seeds[:10]
    batched = reference_verdicts(sample, tmp_path)
    direct = [reference_verdict_one(data, tmp_path) for data in sample]
    assert all(answer is None or answer == truth for answer, truth in zip(batched, direct))
    assert not any(truth for answer, truth in zip(batched, direct) if answer is None)
    assert True in batched and False in batched
