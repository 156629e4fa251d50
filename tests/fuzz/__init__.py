"""Differential fuzzing: wasm-smith modules run in wasmtime (the oracle) and in wasmoon-aot, compared bit for bit.

smith.py makes a module and call arguments from a seed, host.py provides the
host functions modules may import, oracle.py runs a module in wasmtime,
subject.py in wasmoon-aot, trace.py says what is compared, and differential.py
drives batches and saves mismatches as regressions.
"""
