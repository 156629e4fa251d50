/* zstd (lib/ of the PyPI `zstd` sdist): each repetition compresses 256 KB of text with
 * ZSTD_compressCCtx at levels 1 and 3 and decompresses both with ZSTD_decompressDCtx; the
 * contexts are made in the setup.  run(n) returns a checksum of the sizes and of the last outputs. */
#include "input.h"
#include "zstd.h"

#define INPUT_BYTES (256 * 1024)

static unsigned char input[INPUT_BYTES], packed[INPUT_BYTES + INPUT_BYTES / 64 + 1024], restored[INPUT_BYTES];

BENCH_EXPORT(run) uint32_t run(int n) {
    static ZSTD_CCtx *compressor;
    static ZSTD_DCtx *decompressor;
    bench_text(input, sizeof input, 4);
    if (!compressor) compressor = ZSTD_createCCtx(), decompressor = ZSTD_createDCtx();
    uint32_t hash = 2166136261u;
    for (int i = 0; i < n; i++) {
        for (int level = 1; level <= 3; level += 2) {
            size_t size = ZSTD_compressCCtx(compressor, packed, sizeof packed, input, INPUT_BYTES, level);
            size_t back = ZSTD_decompressDCtx(decompressor, restored, INPUT_BYTES, packed, size);
            hash = (hash ^ (uint32_t)(size + 7 * back)) * 16777619u;
            if (i == n - 1) hash = bench_checksum(bench_checksum(hash, packed, size), restored, INPUT_BYTES);
        }
    }
    return hash;
}
