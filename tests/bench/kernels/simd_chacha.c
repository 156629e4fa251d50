/* SIMD kernel, written with wasm_simd128.h: ChaCha20 keystream, four blocks at a time
   (one 32-bit lane per block), with a scalar final add. */
#include "common.h"
#include <wasm_simd128.h>
#define BLOCKS 64

static u32 key[8], nonce[3], stream[BLOCKS * 16];

static inline v128_t rotl(v128_t v, int n) { return wasm_v128_or(wasm_i32x4_shl(v, n), wasm_u32x4_shr(v, 32 - n)); }

#define QR(a, b, c, d)                                         \
    a = wasm_i32x4_add(a, b); d = rotl(wasm_v128_xor(d, a), 16); \
    c = wasm_i32x4_add(c, d); b = rotl(wasm_v128_xor(b, c), 12); \
    a = wasm_i32x4_add(a, b); d = rotl(wasm_v128_xor(d, a), 8);  \
    c = wasm_i32x4_add(c, d); b = rotl(wasm_v128_xor(b, c), 7)

static void four_blocks(u32 counter, u32 *out) {
    u32 init[16] = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};
    for (int i = 0; i < 8; i++) init[4 + i] = key[i];
    init[13] = nonce[0]; init[14] = nonce[1]; init[15] = nonce[2];
    v128_t x[16];
    for (int i = 0; i < 16; i++) x[i] = wasm_i32x4_splat((int)init[i]);
    x[12] = wasm_i32x4_make((int)counter, (int)counter + 1, (int)counter + 2, (int)counter + 3);
    v128_t start12 = x[12];
    for (int round = 0; round < 10; round++) {
        QR(x[0], x[4], x[8], x[12]); QR(x[1], x[5], x[9], x[13]);
        QR(x[2], x[6], x[10], x[14]); QR(x[3], x[7], x[11], x[15]);
        QR(x[0], x[5], x[10], x[15]); QR(x[1], x[6], x[11], x[12]);
        QR(x[2], x[7], x[8], x[13]); QR(x[3], x[4], x[9], x[14]);
    }
    for (int i = 0; i < 16; i++) {
        v128_t v = wasm_i32x4_add(x[i], i == 12 ? start12 : wasm_i32x4_splat((int)init[i]));
        for (int lane = 0; lane < 4; lane++) out[lane * 16 + i] = 0;
        wasm_v128_store32_lane(&out[0 * 16 + i], v, 0);
        wasm_v128_store32_lane(&out[1 * 16 + i], v, 1);
        wasm_v128_store32_lane(&out[2 * 16 + i], v, 2);
        wasm_v128_store32_lane(&out[3 * 16 + i], v, 3);
    }
}

EXPORT(run) u32 run(u32 reps) {
    for (int i = 0; i < 8; i++) key[i] = rng();
    for (int i = 0; i < 3; i++) nonce[i] = rng();
    u32 check = 0;
    for (u32 r = 0; r < reps; r++) {
        for (u32 b = 0; b < BLOCKS; b += 4) four_blocks(r * BLOCKS + b, stream + b * 16);
        for (int i = 0; i < BLOCKS * 16; i += 7) check ^= stream[i] + (u32)i;
        key[r % 8] += check;
    }
    return check;
}
