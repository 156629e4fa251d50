/* xxHash (deps/xxhash of the PyPI `xxhash` sdist, header-only inline build): each repetition
 * hashes 256 KB with XXH32, XXH64, XXH3_64bits and XXH3_128bits, and 4,096 short keys
 * (8..71 bytes) with XXH3_64bits, every seed the hash so far (so that no call is loop-invariant).
 * run(n) returns a checksum of all the hashes. */
#define XXH_INLINE_ALL
#include "input.h"
#include "xxhash.h"

#define INPUT_BYTES (256 * 1024)
#define KEYS 4096

static unsigned char input[INPUT_BYTES];

BENCH_EXPORT(run) uint32_t run(int n) {
    bench_text(input, sizeof input, 2);
    uint64_t hash = 0;
    for (int i = 0; i < n; i++) {
        hash ^= XXH32(input, INPUT_BYTES, (uint32_t)i);
        hash = hash * 31 + XXH64(input, INPUT_BYTES, hash);
        hash = hash * 31 + XXH3_64bits_withSeed(input, INPUT_BYTES, hash);
        XXH128_hash_t wide = XXH3_128bits_withSeed(input, INPUT_BYTES, hash);
        hash = hash * 31 + (wide.low64 ^ wide.high64);
        for (uint32_t k = 0, at = 0; k < KEYS; k++, at = (at + 61) % (INPUT_BYTES - 80))
            hash += XXH3_64bits_withSeed(input + at, 8 + k % 64, hash);
    }
    return (uint32_t)(hash ^ (hash >> 32));
}
