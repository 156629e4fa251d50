#include "common.h"
#define ROTL(a, b) (((a) << (b)) | ((a) >> (32 - (b))))
#define QR(a, b, c, d) (a += b, d ^= a, d = ROTL(d, 16), c += d, b ^= c, b = ROTL(b, 12), \
                        a += b, d ^= a, d = ROTL(d, 8), c += d, b ^= c, b = ROTL(b, 7))
static void chacha_block(u32 out[16], const u32 in[16]) {
    u32 x[16];
    for (int i = 0; i < 16; i++) x[i] = in[i];
    for (int i = 0; i < 10; i++) {
        QR(x[0], x[4], x[8], x[12]); QR(x[1], x[5], x[9], x[13]); QR(x[2], x[6], x[10], x[14]); QR(x[3], x[7], x[11], x[15]);
        QR(x[0], x[5], x[10], x[15]); QR(x[1], x[6], x[11], x[12]); QR(x[2], x[7], x[8], x[13]); QR(x[3], x[4], x[9], x[14]);
    }
    for (int i = 0; i < 16; i++) out[i] = x[i] + in[i];
}
EXPORT(run) u32 run(u32 blocks) {
    u32 state[16] = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};
    for (int i = 4; i < 16; i++) state[i] = (u32)i * 0x9e3779b9u;
    u32 out[16], acc = 0;
    for (u32 b = 0; b < blocks; b++) {
        state[12] = b;
        chacha_block(out, state);
        for (int i = 0; i < 16; i++) acc = ROTL(acc, 5) ^ out[i];
    }
    return acc;
}
