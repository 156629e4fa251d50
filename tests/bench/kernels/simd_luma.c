/* SIMD kernel, written with wasm_simd128.h: RGBA pixels to 8-bit luma (BT.601, fixed point). */
#include "common.h"
#include <wasm_simd128.h>
#define PIXELS 8192
static u8 rgba[PIXELS * 4], luma[PIXELS];

static void to_luma(void) {
    const v128_t kr = wasm_i16x8_splat(77), kg = wasm_i16x8_splat(150), kb = wasm_i16x8_splat(29);
    const v128_t low = wasm_i32x4_splat(0xff);
    for (int i = 0; i < PIXELS; i += 8) {
        v128_t p0 = wasm_v128_load(rgba + 4 * i), p1 = wasm_v128_load(rgba + 4 * i + 16);
        /* channels of 8 pixels as 16-bit lanes */
        v128_t r = wasm_u16x8_narrow_i32x4(wasm_v128_and(p0, low), wasm_v128_and(p1, low));
        v128_t g = wasm_u16x8_narrow_i32x4(wasm_v128_and(wasm_u32x4_shr(p0, 8), low),
                                           wasm_v128_and(wasm_u32x4_shr(p1, 8), low));
        v128_t b = wasm_u16x8_narrow_i32x4(wasm_v128_and(wasm_u32x4_shr(p0, 16), low),
                                           wasm_v128_and(wasm_u32x4_shr(p1, 16), low));
        v128_t y = wasm_i16x8_add(wasm_i16x8_add(wasm_i16x8_mul(r, kr), wasm_i16x8_mul(g, kg)),
                                  wasm_i16x8_mul(b, kb));
        y = wasm_u16x8_shr(y, 8);
        v128_t bytes = wasm_u8x16_narrow_i16x8(y, y);
        wasm_v128_store64_lane(luma + i, bytes, 0);
    }
}

EXPORT(run) u32 run(u32 reps) {
    for (int i = 0; i < PIXELS * 4; i++) rgba[i] = (u8)rng();
    u32 check = 0;
    for (u32 r = 0; r < reps; r++) {
        to_luma();
        for (int i = 0; i < PIXELS; i += 61) check = check * 31 + luma[i];
        rgba[(r * 13) % (PIXELS * 4)] += 1;
    }
    return check;
}
