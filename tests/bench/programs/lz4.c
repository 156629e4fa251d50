/* lz4 (lz4libs/ of the PyPI `lz4` sdist): each repetition compresses 128 KB of text with
 * LZ4_compress_default and with LZ4_compress_HC (level 9), and decompresses both with
 * LZ4_decompress_safe.  run(n) returns a checksum of the sizes and of the last outputs. */
#include "input.h"
#include "lz4.h"
#include "lz4hc.h"

#define INPUT_BYTES (128 * 1024)

static unsigned char input[INPUT_BYTES], packed[LZ4_COMPRESSBOUND(INPUT_BYTES)], restored[INPUT_BYTES];
static LZ4_streamHC_t hc_state;

BENCH_EXPORT(run) uint32_t run(int n) {
    bench_text(input, sizeof input, 1);
    uint32_t hash = 2166136261u;
    for (int i = 0; i < n; i++) {
        int fast = LZ4_compress_default((const char *)input, (char *)packed, INPUT_BYTES, sizeof packed);
        int back = LZ4_decompress_safe((const char *)packed, (char *)restored, fast, INPUT_BYTES);
        int high = LZ4_compress_HC_extStateHC(&hc_state, (const char *)input, (char *)packed, INPUT_BYTES,
                                              sizeof packed, 9);
        back += LZ4_decompress_safe((const char *)packed, (char *)restored, high, INPUT_BYTES);
        hash = (hash ^ (uint32_t)(fast + 3 * high + 7 * back)) * 16777619u;
        if (i == n - 1) hash = bench_checksum(bench_checksum(hash, packed, high), restored, INPUT_BYTES);
    }
    return hash;
}
