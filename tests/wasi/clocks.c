// Clocks and sleeping (poll_oneoff with clock subscriptions), printing only what is deterministic.
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <sched.h>
#include <wasi/api.h>

static long long ns(clockid_t clock) {
    struct timespec ts;
    if (clock_gettime(clock, &ts)) return -1;
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(void) {
    clockid_t clocks[] = {CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID};
    const char *names[] = {"realtime", "monotonic", "process", "thread"};
    for (int i = 0; i < 4; i++) {
        // CPU-time clocks are optional in WASI (wasmtime lacks them): only check consistency.
        struct timespec res;
        int rc = clock_getres(clocks[i], &res);
        long long now = ns(clocks[i]);
        printf("%s: consistent %d\n", names[i],
               rc == 0 ? (res.tv_sec > 0 || res.tv_nsec > 0) && now > 0 : now == -1);
    }
    printf("realtime after 2020: %d\n", ns(CLOCK_REALTIME) > 1577836800LL * 1000000000LL);
    long long before = ns(CLOCK_MONOTONIC);
    struct timespec pause = {0, 20 * 1000000};
    printf("nanosleep rc %d\n", nanosleep(&pause, NULL));
    long long slept = ns(CLOCK_MONOTONIC) - before;
    printf("slept at least 20ms: %d\n", slept >= 20000000LL);
    before = ns(CLOCK_MONOTONIC);
    usleep(5000);
    printf("usleep at least 5ms: %d\n", ns(CLOCK_MONOTONIC) - before >= 5000000LL);
    printf("sched_yield %d\n", sched_yield());

    // Two clock subscriptions: the earlier one fires alone.
    __wasi_subscription_t subs[2] = {0};
    subs[0].userdata = 11;
    subs[0].u.tag = __WASI_EVENTTYPE_CLOCK;
    subs[0].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    subs[0].u.u.clock.timeout = 1000000;
    subs[1].userdata = 22;
    subs[1].u.tag = __WASI_EVENTTYPE_CLOCK;
    subs[1].u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    subs[1].u.u.clock.timeout = 5000000000LL;
    __wasi_event_t events[2];
    __wasi_size_t n = 0;
    int rc = __wasi_poll_oneoff(subs, events, 2, &n);
    printf("poll clocks rc %d events %lu userdata %llu type %d error %d\n", rc, n,
           (unsigned long long)events[0].userdata, events[0].type, events[0].error);
    // An absolute deadline already in the past fires at once.
    subs[0].u.u.clock.flags = __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME;
    subs[0].u.u.clock.timeout = 1;
    rc = __wasi_poll_oneoff(subs, events, 1, &n);
    printf("poll abstime rc %d events %lu userdata %llu\n", rc, n, (unsigned long long)events[0].userdata);
    // A regular file is always ready for reading.
    FILE *f = fopen("input.txt", "r");
    if (f) {
        __wasi_subscription_t sub = {0};
        sub.userdata = 33;
        sub.u.tag = __WASI_EVENTTYPE_FD_READ;
        sub.u.u.fd_read.file_descriptor = fileno(f);
        rc = __wasi_poll_oneoff(&sub, events, 1, &n);
        printf("poll file rc %d events %lu userdata %llu type %d has bytes %d\n", rc, n,
               (unsigned long long)events[0].userdata, events[0].type, events[0].fd_readwrite.nbytes > 0);
        fclose(f);
    }
    printf("poll nothing rc %d\n", __wasi_poll_oneoff(subs, events, 0, &n));
    return 0;
}
