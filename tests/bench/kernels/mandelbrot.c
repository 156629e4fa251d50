#include "common.h"
EXPORT(run) u32 run(u32 size) {
    u32 inside = 0;
    for (u32 py = 0; py < size; py++)
        for (u32 px = 0; px < size; px++) {
            double cr = 2.5 * px / size - 2.0, ci = 2.0 * py / size - 1.0;
            double zr = 0, zi = 0;
            int k = 0;
            while (k < 100 && zr * zr + zi * zi <= 4.0) { double t = zr * zr - zi * zi + cr; zi = 2 * zr * zi + ci; zr = t; k++; }
            inside += (u32)k;
        }
    return inside;
}
