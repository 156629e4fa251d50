/* Linked into every real-program module of `make bench` (tests/bench/real_programs.py): the WASI
 * functions the libraries can reach, all on fatal-error paths (an out-of-memory report with
 * fprintf(stderr, ...), exit()), defined here as traps.  The linker then resolves wasi-libc's
 * imports to these, so the modules import nothing and no engine's WASI is ever measured. */
#include <stdint.h>

#define NO_WASI(name) __imported_wasi_snapshot_preview1_##name

int32_t NO_WASI(fd_close)(int32_t fd) { (void)fd; __builtin_trap(); }
int32_t NO_WASI(fd_seek)(int32_t fd, int64_t offset, int32_t whence, int32_t result) {
    (void)fd, (void)offset, (void)whence, (void)result;
    __builtin_trap();
}
int32_t NO_WASI(fd_write)(int32_t fd, int32_t iovs, int32_t count, int32_t result) {
    (void)fd, (void)iovs, (void)count, (void)result;
    __builtin_trap();
}
_Noreturn void NO_WASI(proc_exit)(int32_t status) { (void)status; __builtin_trap(); }
