/* SIMD kernel, auto-vectorised by clang -msimd128: float and int16 dot products. */
#include "common.h"
#define N 4096
static float xs[N], ys[N];
static short as[N], bs[N];

static float dot_f32(const float *a, const float *b) {
    float sum = 0;
    for (int i = 0; i < N; i++) sum += a[i] * b[i];
    return sum;
}

static int dot_i16(const short *a, const short *b) {
    int sum = 0;
    for (int i = 0; i < N; i++) sum += a[i] * b[i];
    return sum;
}

EXPORT(run) u32 run(u32 reps) {
    for (int i = 0; i < N; i++) {
        xs[i] = (float)(rng() & 1023) / 1024.0f;
        ys[i] = (float)(rng() & 511) / 512.0f;
        as[i] = (short)(rng() & 0x7fff) - 0x4000;
        bs[i] = (short)(rng() & 0xfff) - 0x800;
    }
    u32 check = 0;
    for (u32 r = 0; r < reps; r++) {
        xs[r % N] += 1.0f;
        check += (u32)(dot_f32(xs, ys) * 8.0f) + (u32)dot_i16(as, bs);
        as[r % N] ^= 1;
    }
    return check;
}
