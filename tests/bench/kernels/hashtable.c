#include "common.h"
/* Open addressing with linear probing: inserts, lookups and deletes with tombstones. */
#define CAP 8192
static u32 keys[CAP], vals[CAP];
static u8 used[CAP];  /* 0 empty, 1 full, 2 deleted */
static u32 hash(u32 k) { k ^= k >> 16; k *= 0x7feb352d; k ^= k >> 15; k *= 0x846ca68b; k ^= k >> 16; return k; }
static void put(u32 k, u32 v) {
    u32 i = hash(k) & (CAP - 1);
    while (used[i] == 1 && keys[i] != k) i = (i + 1) & (CAP - 1);
    used[i] = 1; keys[i] = k; vals[i] = v;
}
static int get(u32 k, u32 *v) {
    u32 i = hash(k) & (CAP - 1);
    while (used[i]) { if (used[i] == 1 && keys[i] == k) { *v = vals[i]; return 1; } i = (i + 1) & (CAP - 1); }
    return 0;
}
static void del(u32 k) {
    u32 i = hash(k) & (CAP - 1);
    while (used[i]) { if (used[i] == 1 && keys[i] == k) { used[i] = 2; return; } i = (i + 1) & (CAP - 1); }
}
EXPORT(run) u32 run(u32 reps) {
    u32 acc = 0;
    for (u32 r = 0; r < reps; r++) {
        for (int i = 0; i < CAP; i++) used[i] = 0;
        for (u32 i = 0; i < 4000; i++) put(i * 2654435761u + r, i);
        for (u32 i = 0; i < 4000; i += 3) del(i * 2654435761u + r);
        for (u32 i = 0; i < 8000; i++) { u32 v; if (get(i * 2654435761u + r, &v)) acc += v; }
    }
    return acc;
}
