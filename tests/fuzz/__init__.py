"""Differential fuzzing: wasm-smith modules run in wasmtime (the oracle) and in wasmoon-aot, compared bit for bit.

smith.py makes a module and call arguments from a seed, oracle.py runs it in
wasmtime, subject.py in wasmoon-aot, trace.py says what is compared,
differential.py drives batches and saves mismatches as regressions.
"""
