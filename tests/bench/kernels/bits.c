#include "common.h"
/* Integer bit tricks: popcount loops and a bitwise CRC-32. */
static u32 crc32(const u8 *p, u32 n, u32 crc) {
    crc = ~crc;
    for (u32 i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return ~crc;
}
static u8 data[2048];
EXPORT(run) u32 run(u32 reps) {
    u32 acc = 0;
    for (u32 r = 0; r < reps; r++) {
        for (int i = 0; i < 2048; i++) data[i] = (u8)rng();
        acc ^= crc32(data, 2048, r);
        for (int i = 0; i < 2048; i += 4) {
            u32 w = (u32)data[i] | (u32)data[i + 1] << 8 | (u32)data[i + 2] << 16 | (u32)data[i + 3] << 24;
            acc += (u32)__builtin_popcount(w) + (u32)__builtin_ctz(w | 0x80000000u) + (u32)__builtin_clz(w | 1);
        }
    }
    return acc;
}
