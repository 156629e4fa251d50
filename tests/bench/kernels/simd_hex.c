/* SIMD kernel, written with wasm_simd128.h: hex encoding (16 bytes -> 32 characters per step). */
#include "common.h"
#include <wasm_simd128.h>
#define BYTES 8192
static u8 input[BYTES], hex[BYTES * 2];

static void encode(void) {
    const v128_t digits = wasm_i8x16_const(48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102);
    const v128_t nibble = wasm_i8x16_splat(0x0f);
    for (int i = 0; i < BYTES; i += 16) {
        v128_t v = wasm_v128_load(input + i);
        v128_t hi = wasm_i8x16_swizzle(digits, wasm_u8x16_shr(v, 4));
        v128_t lo = wasm_i8x16_swizzle(digits, wasm_v128_and(v, nibble));
        wasm_v128_store(hex + 2 * i, wasm_i8x16_shuffle(hi, lo, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23));
        wasm_v128_store(hex + 2 * i + 16,
                        wasm_i8x16_shuffle(hi, lo, 8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31));
    }
}

EXPORT(run) u32 run(u32 reps) {
    for (int i = 0; i < BYTES; i++) input[i] = (u8)rng();
    u32 check = 0;
    for (u32 r = 0; r < reps; r++) {
        encode();
        for (int i = 0; i < BYTES * 2; i += 97) check = check * 33 + hex[i];
        input[(r * 5) % BYTES] ^= 0xa5;
    }
    return check;
}
