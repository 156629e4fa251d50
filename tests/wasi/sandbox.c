// Sandbox escapes: every attempt must fail, with the errno wasmtime gives.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void try_open(const char *path) {
    int fd = open(path, O_RDONLY);
    printf("open %-28s -> %s\n", path, fd >= 0 ? "OPENED" : strerror(errno));
    if (fd >= 0) close(fd);
}

static void try_create(const char *path) {
    int fd = open(path, O_CREAT | O_WRONLY, 0644);
    printf("create %-26s -> %s\n", path, fd >= 0 ? "CREATED" : strerror(errno));
    if (fd >= 0) close(fd);
}

int main(void) {
    try_open("box/inside.txt");
    try_open("box/../box/inside.txt");
    try_open("box/../../secret.txt");
    try_open("box/../../../etc/passwd");
    try_open("../secret.txt");
    try_open("/etc/passwd");
    try_open("box/out-link/secret.txt");
    try_open("box/abs-link");
    try_open("box/inner-link");
    try_create("../created.txt");
    try_create("box/out-link/created.txt");
    struct stat st;
    printf("stat ../secret.txt -> %s\n", stat("box/../../secret.txt", &st) ? strerror(errno) : "OK");
    printf("mkdir escape -> %s\n", mkdir("box/../../newdir", 0755) ? strerror(errno) : "MADE");
    printf("unlink escape -> %s\n", unlink("box/../../secret.txt") ? strerror(errno) : "UNLINKED");
    printf("rename out -> %s\n", rename("box/inside.txt", "box/../../stolen.txt") ? strerror(errno) : "RENAMED");
    printf("link out -> %s\n", link("box/../../secret.txt", "box/hard") ? strerror(errno) : "LINKED");
    // Symlinks the guest plants itself.
    printf("plant absolute -> %s\n", symlink("/", "box/planted-abs") ? strerror(errno) : "PLANTED");
    printf("plant relative up -> %s\n", symlink("../..", "box/planted-up") ? strerror(errno) : "PLANTED");
    try_open("box/planted-up/secret.txt");
    try_create("box/planted-up/created.txt");
    printf("plant chain -> %s\n", symlink("planted-up", "box/chain") ? strerror(errno) : "PLANTED");
    try_open("box/chain/secret.txt");
    printf("plant loop -> %s\n", symlink("loop", "box/loop") ? strerror(errno) : "PLANTED");
    try_open("box/loop");
    return 0;
}
