/* SIMD kernel, auto-vectorised by clang -msimd128: a 3x3 box blur of an 8-bit image. */
#include "common.h"
#define W 256
#define H 64
static u8 image[H][W], out[H][W];

EXPORT(run) u32 run(u32 reps) {
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) image[y][x] = (u8)rng();
    u32 check = 0;
    for (u32 r = 0; r < reps; r++) {
        for (int y = 1; y < H - 1; y++) {
            unsigned short sums[W];
            for (int x = 0; x < W; x++)
                sums[x] = (unsigned short)(image[y - 1][x] + image[y][x] + image[y + 1][x]);
            for (int x = 1; x < W - 1; x++)
                out[y][x] = (u8)((sums[x - 1] + sums[x] + sums[x + 1]) * 7282 >> 16);
        }
        for (int x = 0; x < W; x++) check += out[(r * 7) % (H - 2) + 1][x];
        image[r % H][r % W] ^= 0x55;
    }
    return check;
}
