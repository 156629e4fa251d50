// stdin to stdout, upper-cased, one line at a time (flushed, so output streams); totals on stderr.
#include <ctype.h>
#include <stdio.h>

int main(void) {
    char line[4096];
    long lines = 0, bytes = 0;
    while (fgets(line, sizeof line, stdin)) {
        for (char *p = line; *p; p++) { *p = toupper((unsigned char)*p); bytes++; }
        fputs(line, stdout);
        fflush(stdout);
        lines++;
    }
    fprintf(stderr, "%ld lines, %ld bytes\n", lines, bytes);
    return 0;
}
