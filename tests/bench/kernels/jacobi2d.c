#include "common.h"
#define N 64
static double A[N][N], B[N][N];
EXPORT(run) u32 run(u32 steps) {
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { A[i][j] = ((double)i * (j + 2) + 2) / N; B[i][j] = ((double)i * (j + 3) + 3) / N; }
    for (u32 t = 0; t < steps; t++) {
        for (int i = 1; i < N - 1; i++) for (int j = 1; j < N - 1; j++)
            B[i][j] = 0.2 * (A[i][j] + A[i][j - 1] + A[i][j + 1] + A[i + 1][j] + A[i - 1][j]);
        for (int i = 1; i < N - 1; i++) for (int j = 1; j < N - 1; j++)
            A[i][j] = 0.2 * (B[i][j] + B[i][j - 1] + B[i][j + 1] + B[i + 1][j] + B[i - 1][j]);
    }
    double sum = 0;
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) sum += A[i][j];
    return (u32)(sum * 1000.0);
}
