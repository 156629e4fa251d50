/* SIMD kernel, written with wasm_simd128.h: counting occurrences of a 4-byte needle in text,
   testing 16 candidate positions per step (first and last byte filters, then a full compare). */
#include "common.h"
#include <wasm_simd128.h>
#define TEXT 16384
static u8 text[TEXT + 32];
static const u8 needle[4] = {'w', 'a', 's', 'm'};

static u32 count(void) {
    const v128_t first = wasm_i8x16_splat((char)needle[0]), last = wasm_i8x16_splat((char)needle[3]);
    u32 found = 0;
    for (int i = 0; i < TEXT; i += 16) {
        v128_t a = wasm_v128_load(text + i), b = wasm_v128_load(text + i + 3);
        u32 mask = (u32)wasm_i8x16_bitmask(wasm_v128_and(wasm_i8x16_eq(a, first), wasm_i8x16_eq(b, last)));
        while (mask) {
            int bit = __builtin_ctz(mask);
            const u8 *p = text + i + bit;
            found += p[1] == needle[1] && p[2] == needle[2];
            mask &= mask - 1;
        }
    }
    return found;
}

EXPORT(run) u32 run(u32 reps) {
    for (int i = 0; i < TEXT; i++) text[i] = "wasm \n"[rng() % 6];
    u32 check = 0;
    for (u32 r = 0; r < reps; r++) {
        check = check * 3 + count();
        text[(r * 31) % TEXT] = 'w';
    }
    return check;
}
