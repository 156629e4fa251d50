#include "common.h"
/* A recursive-descent arithmetic expression evaluator over generated expressions. */
static char buf[8192];
static int pos;
static int gen(int depth, int at) {
    if (depth == 0 || (rng() & 3) == 0) {
        u32 n = rng() % 1000;
        if (n >= 100) buf[at++] = '0' + n / 100;
        if (n >= 10) buf[at++] = '0' + n / 10 % 10;
        buf[at++] = '0' + n % 10;
        return at;
    }
    buf[at++] = '(';
    at = gen(depth - 1, at);
    buf[at++] = "+-*"[rng() % 3];
    at = gen(depth - 1, at);
    buf[at++] = ')';
    return at;
}
static int expr(void);
static int atom(void) {
    if (buf[pos] == '(') { pos++; int v = expr(); pos++; return v; }
    int v = 0;
    while (buf[pos] >= '0' && buf[pos] <= '9') v = v * 10 + (buf[pos++] - '0');
    return v;
}
static int term(void) { int v = atom(); while (buf[pos] == '*') { pos++; v *= atom(); } return v; }
static int expr(void) {
    int v = term();
    while (buf[pos] == '+' || buf[pos] == '-') { char op = buf[pos++]; int w = term(); v = op == '+' ? v + w : v - w; }
    return v;
}
EXPORT(run) u32 run(u32 reps) {
    u32 acc = 0;
    for (u32 r = 0; r < reps; r++) {
        int end = gen(9, 0);
        buf[end] = 0;
        pos = 0;
        acc = acc * 31 + (u32)expr();
    }
    return acc;
}
