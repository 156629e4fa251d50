// A benchmark harness shape: bench.start / bench.end host functions around the measured work.
#include <stdio.h>

__attribute__((import_module("bench"), import_name("start"))) void bench_start(void);
__attribute__((import_module("bench"), import_name("end"))) void bench_end(void);

int main(void) {
    unsigned long long sum = 0;
    for (int round = 0; round < 3; round++) {
        bench_start();
        for (unsigned i = 0; i < 100000; i++) sum += i * (unsigned long long)i % 7;
        bench_end();
    }
    printf("sum %llu\n", sum);
    return 0;
}
