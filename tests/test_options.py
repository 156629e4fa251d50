"""CompileOptions (aot/options.py): validation, the ways to build one, its cache key and metadata parts."""

import argparse
import dataclasses

import pytest

import wasmoon_aot
from wasmoon_aot.aot import cli
from wasmoon_aot.aot.options import ATOMICS, BOUNDS_CHECKS, REGALLOCS, CompileOptions
from wasmoon_aot.runtime import abi

MEMORY_WAT = '(module (memory 1) (func (export "f") (param i32) (result i32) (i32.load (local.get 0))))'
ATOMIC_WAT = ('(module (memory 1 1 shared) (func (export "f") (param i32) (result i32) '
              '(i32.atomic.rmw.add (local.get 0) (i32.const 1))))')


def test_defaults_are_the_first_choices():
    options = CompileOptions()
    assert (options.bounds_checks, options.atomics, options.regalloc) == (BOUNDS_CHECKS[0], ATOMICS[0], REGALLOCS[0])
    assert not options.consume_fuel and not options.epoch_interruption and options.guard_pages


@pytest.mark.parametrize("field, value", [("bounds_checks", "none"), ("atomics", "cas"), ("regalloc", "linear"),
                                          ("consume_fuel", "yes"), ("epoch_interruption", 1)])
def test_a_bad_value_is_one_line_naming_the_option(field, value):
    with pytest.raises(ValueError, match=f"^{field} must be ") as error:
        CompileOptions(**{field: value})
    assert "\n" not in str(error.value)


def test_the_record_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        CompileOptions().atomics = "llsc"


def test_from_keywords_names_an_unknown_option():
    assert CompileOptions.from_keywords(atomics="llsc") == CompileOptions(atomics="llsc")
    with pytest.raises(TypeError, match="unknown compile option 'fuel'"):
        CompileOptions.from_keywords(fuel=True)


def test_from_args_reads_the_build_flags_and_defaults_what_a_command_lacks():
    args = cli._parser().parse_args(["build", "x.wat", "-o", "x.so", "--consume-fuel", "--bounds-checks",
                                     "explicit", "--atomics", "llsc", "--regalloc", "simple", "-j", "2"])
    assert CompileOptions.from_args(args) == CompileOptions(True, False, "explicit", "llsc", "simple")
    assert CompileOptions.from_args(argparse.Namespace(regalloc="simple", jobs=3)) == CompileOptions(regalloc="simple")


def test_cache_key_tells_every_option_apart():
    variants = [CompileOptions(), CompileOptions(consume_fuel=True), CompileOptions(epoch_interruption=True),
                CompileOptions(bounds_checks="explicit"), CompileOptions(atomics="llsc"),
                CompileOptions(regalloc="simple")]
    keys = [repr(sorted(options.cache_key().items())) for options in variants]
    assert len(set(keys)) == len(variants)


def test_metadata_records_only_what_is_on_and_reads_back():
    assert CompileOptions().metadata(has_memory32=False) == {}
    assert CompileOptions().metadata(has_memory32=True) == {abi.META_GUARD_PAGES: True}
    assert CompileOptions(bounds_checks="explicit").metadata(has_memory32=True) == {}
    metered = CompileOptions(consume_fuel=True, epoch_interruption=True, atomics="llsc")
    meta = metered.metadata(has_memory32=False)
    assert meta == {abi.META_CONSUME_FUEL: True, abi.META_EPOCH_INTERRUPTION: True}
    assert CompileOptions.from_metadata(meta) == CompileOptions(consume_fuel=True, epoch_interruption=True)


def test_the_python_api_takes_every_option_as_a_keyword():
    plain = wasmoon_aot.compile(MEMORY_WAT, target="aarch64-linux")
    assert wasmoon_aot.compile(MEMORY_WAT, target="aarch64-linux", bounds_checks="explicit") != plain
    lse = wasmoon_aot.compile(ATOMIC_WAT, target="aarch64-linux")
    assert wasmoon_aot.compile(ATOMIC_WAT, target="aarch64-linux", atomics="llsc") != lse
    assert wasmoon_aot.compile(MEMORY_WAT, target="aarch64-linux", jobs=2) == plain
    with pytest.raises(ValueError, match="^atomics must be one of lse, llsc, not 'cas'$"):
        wasmoon_aot.compile(ATOMIC_WAT, target="aarch64-linux", atomics="cas")


def test_every_regalloc_choice_names_an_allocator():
    from wasmoon_aot.aot.compiler import ALLOCATORS
    assert set(ALLOCATORS) == set(REGALLOCS)


def test_the_compiler_refuses_an_options_argument_that_is_not_a_record():
    from wasmoon_aot.aot.compiler import compile_bytes
    from wasmoon_aot.aot.wat import wat_to_wasm
    with pytest.raises(TypeError, match="^options must be a CompileOptions, not 'simple'$"):
        compile_bytes(wat_to_wasm(MEMORY_WAT.encode()), "simple")
