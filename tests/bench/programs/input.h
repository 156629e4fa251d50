/* Shared by the real-program drivers of `make bench` (tests/bench/real_programs.py): the
 * deterministic in-memory input and the checksum, so that every driver's run(n) does its
 * setup in each call (run(0) included) and the loop alone is left in run(N) - run(0).
 * No WASI call anywhere: the modules are built without imports. */
#ifndef BENCH_INPUT_H
#define BENCH_INPUT_H

#include <stddef.h>
#include <stdint.h>

#define BENCH_EXPORT(name) __attribute__((export_name(#name)))

static uint32_t bench_state;

static void bench_seed(uint32_t seed) { bench_state = seed; }

/* A linear congruential generator: the same sequence in every engine. */
static uint32_t bench_next(uint32_t bound) {
    bench_state = bench_state * 1664525u + 1013904223u;
    return (bench_state >> 8) % bound;
}

/* One word of a 1,500-word vocabulary (a skewed pick: frequent short words, rare long ones). */
static size_t bench_word(char *out) {
    static const char letters[] = "etaoinshrdlucmfwypvbgkjqxz";
    uint32_t id = bench_next(40) < 30 ? bench_next(60) : bench_next(1500);
    uint32_t x = id * 2654435761u;
    size_t length = 2 + id % 9;
    for (size_t i = 0; i < length; i++, x = x * 1103515245u + 12345u)
        out[i] = letters[(x >> 16) % (i == 0 ? 12 : 26)];
    return length;
}

/* `size` bytes of text-like data: lines of 3..14 words. */
static void bench_text(unsigned char *out, size_t size, uint32_t seed) {
    char word[16];
    size_t at = 0, words_left = 0;
    bench_seed(seed);
    while (at < size) {
        if (words_left == 0) {
            words_left = 3 + bench_next(12);
            if (at) out[at++] = '\n';
            continue;
        }
        size_t length = bench_word(word);
        for (size_t i = 0; i < length && at < size; i++) out[at++] = (unsigned char)word[i];
        if (--words_left && at < size) out[at++] = ' ';
    }
}

/* FNV-1a over `length` bytes, continuing from `hash`. */
static uint32_t bench_checksum(uint32_t hash, const void *data, size_t length) {
    const unsigned char *p = data;
    for (size_t i = 0; i < length; i++) hash = (hash ^ p[i]) * 16777619u;
    return hash;
}

#endif
