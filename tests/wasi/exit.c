// Exit codes: exit(N) from deep in the call stack, after buffered output, or a trap.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void recurse(int depth, int code) {
    if (depth == 0) {
        printf("exiting with %d\n", code);
        exit(code);
    }
    recurse(depth - 1, code);
    printf("never printed\n");
}

int main(int argc, char **argv) {
    int code = argc > 1 ? atoi(argv[1]) : 0;
    if (argc > 2 && strcmp(argv[2], "trap") == 0) __builtin_trap();
    if (argc > 2 && strcmp(argv[2], "return") == 0) return code;
    recurse(50, code);
    return 99;
}
