/* atomic_file.c -- write a new file beside the target, make it durable, and
 * rename it over the target: rename is atomic, so readers (and a machine
 * that stops) see the old file or the new one, never a torn one.
 *
 * The new file is unnamed (O_TMPFILE) while it is written, so a process
 * killed then leaves nothing behind; it gets a name just before the
 * rename. Where O_TMPFILE is missing, it is named ".NAME.tmp-PID-N" from
 * the start. A kill between naming and renaming can leave such a name: the
 * next save of the same target removes those of processes that are gone. */
#define _GNU_SOURCE
#include "atomic_file.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define TEMP_MARK ".tmp-"

typedef struct {
    char dir[4096];
    const char *base; /* the target's name inside dir */
    char temp[4096];  /* the temporary name, once it has one */
    int fd;
    int named;
} target;

static int split_path(const char *path, target *t)
{
    const char *slash = strrchr(path, '/');
    size_t dir_len = slash ? (size_t)(slash - path) : 1;
    if (dir_len >= sizeof t->dir || strlen(path) >= sizeof t->temp - 40)
        return ENAMETOOLONG;
    memcpy(t->dir, slash ? path : ".", dir_len);
    t->dir[dir_len] = '\0';
    if (slash && dir_len == 0)
        strcpy(t->dir, "/");
    t->base = slash ? slash + 1 : path;
    return *t->base ? 0 : EISDIR;
}

/* Remove temporary names of this target left by processes that are gone. */
static void remove_stale(const target *t)
{
    DIR *d = opendir(t->dir);
    size_t base_len = strlen(t->base);
    for (struct dirent *e; d && (e = readdir(d));) {
        const char *n = e->d_name;
        if (n[0] != '.' || strncmp(n + 1, t->base, base_len) != 0 ||
            strncmp(n + 1 + base_len, TEMP_MARK, strlen(TEMP_MARK)) != 0)
            continue;
        long pid = strtol(n + 1 + base_len + strlen(TEMP_MARK), NULL, 10);
        if (pid > 0 && kill((pid_t)pid, 0) != 0 && errno == ESRCH)
            unlinkat(dirfd(d), n, 0);
    }
    if (d)
        closedir(d);
}

static int make_name(target *t)
{
    static unsigned counter;
    int n =
        snprintf(t->temp, sizeof t->temp, "%s/.%s" TEMP_MARK "%ld-%u", t->dir,
                 t->base, (long)getpid(), __atomic_fetch_add(&counter, 1, 0));
    return n > 0 && (size_t)n < sizeof t->temp ? 0 : ENAMETOOLONG;
}

static int open_temp(target *t)
{
#ifdef O_TMPFILE
    t->fd = open(t->dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (t->fd >= 0)
        return 0;
#endif
    for (int attempt = 0; attempt < 100; attempt++) {
        if (make_name(t) != 0)
            return ENAMETOOLONG;
        t->fd = open(t->temp, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0666);
        if (t->fd >= 0) {
            t->named = 1;
            return 0;
        }
        if (errno != EEXIST)
            break;
    }
    return errno;
}

static int write_all(int fd, const unsigned char *p, size_t size)
{
    while (size > 0) {
        ssize_t n = write(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : EIO;
        p += n;
        size -= (size_t)n;
    }
    return 0;
}

/* An existing target keeps its permission bits. */
static int keep_mode(const char *path, int fd)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return 0;
    return fchmod(fd, st.st_mode & 07777) == 0 ? 0 : errno;
}

/* Give the unnamed file its temporary name. */
static int link_temp(target *t)
{
    if (t->named)
        return 0;
    char proc[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", t->fd);
    if (make_name(t) != 0)
        return ENAMETOOLONG;
    if (linkat(AT_FDCWD, proc, AT_FDCWD, t->temp, AT_SYMLINK_FOLLOW) != 0 &&
        linkat(t->fd, "", AT_FDCWD, t->temp, AT_EMPTY_PATH) != 0)
        return errno;
    t->named = 1;
    return 0;
}

static int sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    int rc = fsync(fd) == 0 || errno == EINVAL ? 0 : errno;
    close(fd);
    return rc;
}

#define STEP(call, what)                                                       \
    do {                                                                       \
        if (rc == 0 && (rc = (call)) != 0)                                     \
            *step = (what);                                                    \
    } while (0)

int ffnn__write_atomic(const char *path, const void *data, size_t size,
                       const char **step)
{
    target t = {.fd = -1};
    int rc = 0;
    *step = "name";
    STEP(split_path(path, &t), "name");
    if (rc == 0)
        remove_stale(&t);
    STEP(open_temp(&t), "create a file in the directory of");
    STEP(write_all(t.fd, data, size), "write");
    STEP(keep_mode(path, t.fd), "keep the permissions of");
    STEP(fsync(t.fd) == 0 ? 0 : errno, "flush (fsync)");
    STEP(link_temp(&t), "name the new file beside");
    if (t.fd >= 0 && close(t.fd) != 0 && rc == 0)
        rc = errno, *step = "close";
    STEP(rename(t.temp, path) == 0 ? 0 : errno, "rename the new file over");
    if (rc != 0 && t.named)
        unlink(t.temp); /* the old file was never touched */
    STEP(sync_dir(t.dir), "sync the directory of");
    return rc;
}
