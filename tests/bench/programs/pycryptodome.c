/* pycryptodome (src/ of the PyPI `pycryptodome` sdist, its portable C): each repetition encrypts
 * and decrypts 64 KB with AES-128 in CBC mode, and hashes 256 KB with SHA-256 and with SHA3-256
 * (Keccak).  run(n) returns a checksum of the last ciphertext, plaintext and digests. */
#include <string.h>

#include "input.h"
#include "block_base.h"

#define CIPHER_BYTES (64 * 1024)
#define HASH_BYTES (256 * 1024)

/* The library's entry points, as its Python wrappers declare them (cffi), with opaque states. */
typedef struct CbcModeState CbcModeState;
typedef struct hash_state hash_state;
typedef struct keccak_state keccak_state;
int AES_start_operation(const uint8_t key[], size_t key_len, BlockBase **result);
int CBC_start_operation(BlockBase *cipher, const uint8_t iv[], size_t iv_len, CbcModeState **result);
int CBC_encrypt(CbcModeState *state, const uint8_t *in, uint8_t *out, size_t length);
int CBC_decrypt(CbcModeState *state, const uint8_t *in, uint8_t *out, size_t length);
int CBC_stop_operation(CbcModeState *state);
int SHA256_init(hash_state **state);
int SHA256_update(hash_state *state, const uint8_t *data, size_t length);
int SHA256_digest(const hash_state *state, uint8_t *digest, size_t digest_size);
int SHA256_destroy(hash_state *state);
int keccak_init(keccak_state **state, size_t capacity_bytes, uint8_t rounds);
int keccak_absorb(keccak_state *state, const uint8_t *data, size_t length);
int keccak_digest(keccak_state *state, uint8_t *digest, size_t length, uint8_t padding);
int keccak_destroy(keccak_state *state);

static unsigned char input[HASH_BYTES], sealed[CIPHER_BYTES], opened[CIPHER_BYTES];

BENCH_EXPORT(run) uint32_t run(int n) {
    static const uint8_t key[16] = "wasmoon-aot key", iv[16] = "an iv for cbc..";
    uint8_t digest[64];
    bench_text(input, sizeof input, 6);
    uint32_t hash = 2166136261u;
    for (int i = 0; i < n; i++) {
        BlockBase *aes;
        CbcModeState *cbc;  /* CBC_stop_operation destroys its cipher too */
        int status = AES_start_operation(key, sizeof key, &aes);
        status |= CBC_start_operation(aes, iv, sizeof iv, &cbc);
        status |= CBC_encrypt(cbc, input, sealed, CIPHER_BYTES);
        CBC_stop_operation(cbc);
        status |= AES_start_operation(key, sizeof key, &aes);
        status |= CBC_start_operation(aes, iv, sizeof iv, &cbc);
        status |= CBC_decrypt(cbc, sealed, opened, CIPHER_BYTES);
        CBC_stop_operation(cbc);

        hash_state *sha2;
        status |= SHA256_init(&sha2);
        status |= SHA256_update(sha2, input, HASH_BYTES);
        status |= SHA256_digest(sha2, digest, 32);
        SHA256_destroy(sha2);
        keccak_state *sha3;
        status |= keccak_init(&sha3, 64, 24);
        status |= keccak_absorb(sha3, input, HASH_BYTES);
        status |= keccak_digest(sha3, digest + 32, 32, 0x06);
        keccak_destroy(sha3);

        hash = bench_checksum(hash ^ (uint32_t)status, digest, sizeof digest);
        if (i == n - 1) hash = bench_checksum(bench_checksum(hash, sealed, CIPHER_BYTES), opened, CIPHER_BYTES);
    }
    return hash;
}
