#include "common.h"
#define N 4096
static u32 a[N];
static void quicksort(u32 *v, int lo, int hi) {
    while (lo < hi) {
        u32 pivot = v[(lo + hi) / 2];
        int i = lo, j = hi;
        while (i <= j) {
            while (v[i] < pivot) i++;
            while (v[j] > pivot) j--;
            if (i <= j) { u32 t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quicksort(v, lo, j); lo = i; } else { quicksort(v, i, hi); hi = j; }
    }
}
EXPORT(run) u32 run(u32 reps) {
    u32 acc = 0;
    for (u32 r = 0; r < reps; r++) {
        for (int i = 0; i < N; i++) a[i] = rng();
        quicksort(a, 0, N - 1);
        for (int i = 0; i < N; i += 64) acc += a[i] >> 7;
    }
    return acc;
}
