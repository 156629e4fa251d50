"""The compiler: Wasm decoding, SSA IR, AArch64 lowering, register allocation, emission."""
