// File I/O with seeks, positional I/O, truncation, links, renames and directory listings.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/api.h>

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void list(const char *path) {
    DIR *dir = opendir(path);
    if (!dir) { printf("opendir %s: errno %d\n", path, errno); return; }
    char *names[128];
    int count = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) && count < 128) {
        char *line = malloc(strlen(entry->d_name) + 8);
        sprintf(line, "%s/%d", entry->d_name, entry->d_type);
        names[count++] = line;
    }
    closedir(dir);
    qsort(names, count, sizeof names[0], by_name);
    printf("%s:", path);
    for (int i = 0; i < count; i++) { printf(" %s", names[i]); free(names[i]); }
    printf("\n");
}

static void show(const char *what, long value) { printf("%s = %ld%s%s\n", what, value, value < 0 ? " errno " : "", value < 0 ? strerror(errno) : ""); }

int main(void) {
    char buf[64];
    show("mkdir work", mkdir("work", 0755));
    show("mkdir work again", mkdir("work", 0755));
    int fd = open("work/data.bin", O_CREAT | O_RDWR | O_TRUNC, 0644);
    show("open data", fd >= 0);
    show("write", write(fd, "0123456789abcdef", 16));
    show("seek set 4", lseek(fd, 4, SEEK_SET));
    memset(buf, 0, sizeof buf);
    show("read 4", read(fd, buf, 4));
    printf("  got %s\n", buf);
    show("seek end -3", lseek(fd, -3, SEEK_END));
    memset(buf, 0, sizeof buf);
    show("read rest", read(fd, buf, sizeof buf));
    printf("  got %s\n", buf);
    show("read at eof", read(fd, buf, sizeof buf));
    show("seek cur -10", lseek(fd, -10, SEEK_CUR));
    show("seek before start", lseek(fd, -100, SEEK_SET));
    __wasi_filesize_t position = 0;
    show("fd_tell", __wasi_fd_tell(fd, &position));
    show("  position", (long)position);
    show("pwrite", pwrite(fd, "XY", 2, 8));
    memset(buf, 0, sizeof buf);
    show("pread", pread(fd, buf, 6, 6));
    printf("  got %s\n", buf);
    show("position unchanged", lseek(fd, 0, SEEK_CUR));
    show("ftruncate 10", ftruncate(fd, 10));
    struct stat st;
    show("fstat", fstat(fd, &st));
    show("  size", (long)st.st_size);
    show("  is regular", S_ISREG(st.st_mode));
    show("fsync", fsync(fd));
    show("fdatasync", fdatasync(fd));
    show("fadvise", posix_fadvise(fd, 0, 10, POSIX_FADV_SEQUENTIAL));
    show("fallocate", posix_fallocate(fd, 0, 100));
    show("close", close(fd));
    show("close again", close(fd));

    FILE *f = fopen("work/text.txt", "w");
    fprintf(f, "line one\nline two\n");
    fclose(f);
    f = fopen("work/text.txt", "a");
    fprintf(f, "line three (appended)\n");
    fclose(f);
    f = fopen("work/text.txt", "r");
    while (fgets(buf, sizeof buf, f)) printf("  text: %s", buf);
    fclose(f);

    show("rename", rename("work/text.txt", "work/renamed.txt"));
    show("link", link("work/renamed.txt", "work/hard.txt"));
    show("stat hard", stat("work/hard.txt", &st));
    show("  nlink", (long)st.st_nlink);
    show("symlink", symlink("renamed.txt", "work/sym"));
    memset(buf, 0, sizeof buf);
    show("readlink", readlink("work/sym", buf, sizeof buf));
    printf("  target %s\n", buf);
    show("lstat sym", lstat("work/sym", &st));
    show("  is link", S_ISLNK(st.st_mode));
    show("stat through sym", stat("work/sym", &st));
    show("  size", (long)st.st_size);

    struct timespec times[2] = {{1000000000, 5}, {1234567890, 0}};
    show("utimensat", utimensat(AT_FDCWD, "work/renamed.txt", times, 0));
    show("stat times", stat("work/renamed.txt", &st));
    show("  atime", (long)st.st_atim.tv_sec);
    show("  mtime", (long)st.st_mtim.tv_sec);

    show("mkdir sub", mkdir("work/sub", 0755));
    close(open("work/sub/a", O_CREAT | O_WRONLY, 0644));
    close(open("work/sub/b", O_CREAT | O_WRONLY, 0644));
    list("work");
    list("work/sub");
    show("rmdir non-empty", rmdir("work/sub"));
    show("unlink a", unlink("work/sub/a"));
    show("unlink dir", unlink("work/sub"));
    show("open missing", open("work/missing", O_RDONLY));
    show("open dir for writing", open("work", O_WRONLY));
    show("open excl existing", open("work/hard.txt", O_CREAT | O_EXCL | O_WRONLY, 0644));
    show("unlink b", unlink("work/sub/b"));
    show("rmdir sub", rmdir("work/sub"));
    list("work");

    int a = open("work/renamed.txt", O_RDONLY);
    int b = open("work/data.bin", O_RDONLY);
    show("fd_renumber", __wasi_fd_renumber(b, a));
    memset(buf, 0, sizeof buf);
    show("read renumbered", read(a, buf, 10));
    printf("  got %s\n", buf);
    show("read old fd", read(b, buf, 1));
    close(a);

    int ap = open("work/renamed.txt", O_WRONLY);
    show("set append", fcntl(ap, F_SETFL, O_APPEND));
    show("get flags has append", (fcntl(ap, F_GETFL) & O_APPEND) != 0);
    write(ap, "tail\n", 5);
    close(ap);
    f = fopen("work/renamed.txt", "r");
    while (fgets(buf, sizeof buf, f)) printf("  text: %s", buf);
    fclose(f);

    f = fopen("input.txt", "r");
    if (f) { while (fgets(buf, sizeof buf, f)) printf("  input: %s", buf); fclose(f); }
    return 0;
}
