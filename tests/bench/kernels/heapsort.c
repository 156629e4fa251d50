#include "common.h"
#define N 4096
static u32 a[N];
static void sift(u32 *v, int start, int end) {
    int root = start;
    while (2 * root + 1 <= end) {
        int child = 2 * root + 1;
        if (child + 1 <= end && v[child] < v[child + 1]) child++;
        if (v[root] >= v[child]) return;
        u32 t = v[root]; v[root] = v[child]; v[child] = t;
        root = child;
    }
}
EXPORT(run) u32 run(u32 reps) {
    u32 acc = 0;
    for (u32 r = 0; r < reps; r++) {
        for (int i = 0; i < N; i++) a[i] = rng();
        for (int s = N / 2 - 1; s >= 0; s--) sift(a, s, N - 1);
        for (int end = N - 1; end > 0; end--) { u32 t = a[0]; a[0] = a[end]; a[end] = t; sift(a, 0, end - 1); }
        for (int i = 0; i < N; i += 64) acc += a[i] >> 9;
    }
    return acc;
}
