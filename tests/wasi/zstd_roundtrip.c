// zstd (its PyPI sdist's lib/) as a WASI command: compress a file, then decompress it again.
//   zstd_roundtrip LEVEL INPUT COMPRESSED RESTORED
#include <stdio.h>
#include <stdlib.h>
#include "zstd.h"

static unsigned char *slurp(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(2); }
    fseek(f, 0, SEEK_END);
    *size = (size_t)ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *data = malloc(*size ? *size : 1);
    if (fread(data, 1, *size, f) != *size) { perror(path); exit(2); }
    fclose(f);
    return data;
}

static void spit(const char *path, const void *data, size_t size) {
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f)) { perror(path); exit(2); }
}

int main(int argc, char **argv) {
    if (argc != 5) { fprintf(stderr, "usage: %s LEVEL INPUT COMPRESSED RESTORED\n", argv[0]); return 2; }
    int level = atoi(argv[1]);
    size_t size;
    unsigned char *input = slurp(argv[2], &size);
    size_t bound = ZSTD_compressBound(size);
    unsigned char *packed = malloc(bound);
    size_t packed_size = ZSTD_compress(packed, bound, input, size, level);
    if (ZSTD_isError(packed_size)) { fprintf(stderr, "compress: %s\n", ZSTD_getErrorName(packed_size)); return 1; }
    spit(argv[3], packed, packed_size);
    unsigned char *restored = malloc(size ? size : 1);
    size_t restored_size = ZSTD_decompress(restored, size, packed, packed_size);
    if (ZSTD_isError(restored_size)) { fprintf(stderr, "decompress: %s\n", ZSTD_getErrorName(restored_size)); return 1; }
    spit(argv[4], restored, restored_size);
    printf("zstd %s level %d: %zu -> %zu -> %zu bytes\n", ZSTD_versionString(), level, size, packed_size,
           restored_size);
    return 0;
}
