#include "common.h"
/* Poly1305 with 26-bit limbs (the classic "donna-32" shape), over a fixed message. */
static u8 msg[1024];
static u32 mac(const u8 *m, u32 len, const u8 key[32]) {
    u32 r0 = (key[0] | key[1] << 8 | key[2] << 16 | (u32)key[3] << 24) & 0x3ffffff;
    u32 r1 = ((key[3] | key[4] << 8 | key[5] << 16 | (u32)key[6] << 24) >> 2) & 0x3ffff03;
    u32 r2 = ((key[6] | key[7] << 8 | key[8] << 16 | (u32)key[9] << 24) >> 4) & 0x3ffc0ff;
    u32 r3 = ((key[9] | key[10] << 8 | key[11] << 16 | (u32)key[12] << 24) >> 6) & 0x3f03fff;
    u32 r4 = ((key[12] | key[13] << 8 | key[14] << 16 | (u32)key[15] << 24) >> 8) & 0x00fffff;
    u32 s1 = r1 * 5, s2 = r2 * 5, s3 = r3 * 5, s4 = r4 * 5;
    u32 h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0;
    for (u32 off = 0; off + 16 <= len; off += 16) {
        const u8 *p = m + off;
        h0 += (p[0] | p[1] << 8 | p[2] << 16 | (u32)p[3] << 24) & 0x3ffffff;
        h1 += ((p[3] | p[4] << 8 | p[5] << 16 | (u32)p[6] << 24) >> 2) & 0x3ffffff;
        h2 += ((p[6] | p[7] << 8 | p[8] << 16 | (u32)p[9] << 24) >> 4) & 0x3ffffff;
        h3 += ((p[9] | p[10] << 8 | p[11] << 16 | (u32)p[12] << 24) >> 6) & 0x3ffffff;
        h4 += ((p[12] | p[13] << 8 | p[14] << 16 | (u32)p[15] << 24) >> 8) | (1 << 24);
        u64 d0 = (u64)h0 * r0 + (u64)h1 * s4 + (u64)h2 * s3 + (u64)h3 * s2 + (u64)h4 * s1;
        u64 d1 = (u64)h0 * r1 + (u64)h1 * r0 + (u64)h2 * s4 + (u64)h3 * s3 + (u64)h4 * s2;
        u64 d2 = (u64)h0 * r2 + (u64)h1 * r1 + (u64)h2 * r0 + (u64)h3 * s4 + (u64)h4 * s3;
        u64 d3 = (u64)h0 * r3 + (u64)h1 * r2 + (u64)h2 * r1 + (u64)h3 * r0 + (u64)h4 * s4;
        u64 d4 = (u64)h0 * r4 + (u64)h1 * r3 + (u64)h2 * r2 + (u64)h3 * r1 + (u64)h4 * r0;
        u32 c = (u32)(d0 >> 26); h0 = (u32)d0 & 0x3ffffff;
        d1 += c; c = (u32)(d1 >> 26); h1 = (u32)d1 & 0x3ffffff;
        d2 += c; c = (u32)(d2 >> 26); h2 = (u32)d2 & 0x3ffffff;
        d3 += c; c = (u32)(d3 >> 26); h3 = (u32)d3 & 0x3ffffff;
        d4 += c; c = (u32)(d4 >> 26); h4 = (u32)d4 & 0x3ffffff;
        h0 += c * 5; c = h0 >> 26; h0 &= 0x3ffffff; h1 += c;
    }
    return h0 ^ (h1 << 6) ^ (h2 << 12) ^ (h3 << 18) ^ (h4 << 24);
}
EXPORT(run) u32 run(u32 reps) {
    u8 key[32];
    for (int i = 0; i < 32; i++) key[i] = (u8)(i * 13 + 1);
    for (int i = 0; i < 1024; i++) msg[i] = (u8)(i ^ (i >> 3));
    u32 acc = 0;
    for (u32 r = 0; r < reps; r++) { key[r & 31] ^= (u8)acc; acc += mac(msg, 1024, key); }
    return acc;
}
