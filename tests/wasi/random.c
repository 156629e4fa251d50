// random_get through getentropy and arc4random.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    unsigned char a[64], b[64], zero[64] = {0};
    printf("getentropy %d %d\n", getentropy(a, sizeof a), getentropy(b, sizeof b));
    printf("nonzero %d\n", memcmp(a, zero, sizeof a) != 0);
    printf("draws differ %d\n", memcmp(a, b, sizeof a) != 0);
    unsigned seen = 0;
    for (int i = 0; i < 4096; i++) seen |= 1u << arc4random_uniform(32);  // misses one: p < 1e-50
    printf("arc4random covers 32 values %d\n", seen == 0xffffffffu);
    printf("getentropy too long %d\n", getentropy(a, 257));
    return 0;
}
