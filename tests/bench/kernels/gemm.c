#include "common.h"
#define N 48
static double A[N][N], B[N][N], C[N][N];
EXPORT(run) u32 run(u32 reps) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) { A[i][j] = (double)((i * j) % 7) / 7.0; B[i][j] = (double)((i + j) % 5) / 5.0; C[i][j] = 0; }
    for (u32 r = 0; r < reps; r++)
        for (int i = 0; i < N; i++)
            for (int k = 0; k < N; k++) {
                double a = A[i][k];
                for (int j = 0; j < N; j++) C[i][j] += a * B[k][j];
            }
    double sum = 0;
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) sum += C[i][j];
    return (u32)(sum * 16.0);
}
