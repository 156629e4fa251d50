/* Brotli (c/ of the PyPI `Brotli` sdist): each repetition compresses 64 KB of text with
 * BrotliEncoderCompress at quality 5 (window 2^22) and decompresses it with
 * BrotliDecoderDecompress.  run(n) returns a checksum of the sizes and of the last outputs. */
#include "input.h"
#include "brotli/decode.h"
#include "brotli/encode.h"

#define INPUT_BYTES (64 * 1024)

static unsigned char input[INPUT_BYTES], packed[INPUT_BYTES + 1024], restored[INPUT_BYTES];

BENCH_EXPORT(run) uint32_t run(int n) {
    bench_text(input, sizeof input, 5);
    uint32_t hash = 2166136261u;
    for (int i = 0; i < n; i++) {
        size_t size = sizeof packed, back = sizeof restored;
        int ok = BrotliEncoderCompress(5, 22, BROTLI_MODE_TEXT, INPUT_BYTES, input, &size, packed);
        ok += BrotliDecoderDecompress(size, packed, &back, restored) == BROTLI_DECODER_RESULT_SUCCESS;
        hash = (hash ^ (uint32_t)(size + 7 * back + 101 * ok)) * 16777619u;
        if (i == n - 1) hash = bench_checksum(bench_checksum(hash, packed, size), restored, back);
    }
    return hash;
}
