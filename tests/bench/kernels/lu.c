#include "common.h"
#define N 40
static double A[N][N];
EXPORT(run) u32 run(u32 reps) {
    double total = 0;
    for (u32 r = 0; r < reps; r++) {
        for (int i = 0; i < N; i++) for (int j = 0; j < N; j++)
            A[i][j] = (i == j) ? N + 1.0 + r : (double)((i * 3 + j * 7 + r) % 11) / 11.0;
        for (int k = 0; k < N; k++)
            for (int i = k + 1; i < N; i++) {
                A[i][k] /= A[k][k];
                for (int j = k + 1; j < N; j++) A[i][j] -= A[i][k] * A[k][j];
            }
        for (int i = 0; i < N; i++) total += A[i][i];
    }
    return (u32)(total * 100.0);
}
