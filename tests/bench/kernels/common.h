/* Shared by the benchmark kernels: freestanding wasm32, one exported entry point. */
#ifndef KERNEL_COMMON_H
#define KERNEL_COMMON_H
typedef unsigned int u32;
typedef unsigned long long u64;
typedef unsigned char u8;
#define EXPORT(name) __attribute__((export_name(#name)))
static u32 rng_state = 12345;
static inline u32 rng(void) { rng_state = rng_state * 1664525u + 1013904223u; return rng_state; }
#endif
