// Arguments and environment.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv) {
    printf("argc %d\n", argc);
    for (int i = 0; i < argc; i++) printf("argv[%d] = \"%s\"\n", i, argv[i]);
    int count = 0;
    while (environ[count]) count++;
    qsort(environ, count, sizeof environ[0], by_name);
    printf("environ %d\n", count);
    for (int i = 0; i < count; i++) printf("  %s\n", environ[i]);
    const char *greeting = getenv("GREETING");
    printf("GREETING %s\n", greeting ? greeting : "(unset)");
    printf("MISSING %s\n", getenv("MISSING") ? "set" : "(unset)");
    return argc;
}
