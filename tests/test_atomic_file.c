/*
 * test_atomic_file.c -- ffnn_save and ffnn_save_checkpoint replace a file
 * atomically (atomic_file.c; ffnn.h, section 11):
 *
 * Each test in a directory of its own inside the test's:
 *  - a 7.5 MB model's writer killed at random moments: the file on disk is
 *    the last version the writer reported saved, or the one after;
 *  - new files get 0666 less the umask, existing ones keep any mode, a
 *    symbolic link is replaced and its target left alone;
 *  - failures (missing or non-directory parent, a directory in the way, a
 *    size limit at several sizes, with or without an old file) leave the
 *    old bytes and no other entry; stale temporary names of dead
 *    processes go with the next save; NULL arguments and short buffers.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ffnn.h"
#include "reference.h"

static char dir[64], path[128];

static int make_dir(void **state)
{
    (void)state;
    strcpy(dir, "/tmp/ffnn-atomic.XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    snprintf(path, sizeof path, "%s/model.safetensors", dir);
    return 0;
}

/* Teardown of the tests below: their places too, should a failed test
 * leave one (entries nested two deep at most). */
static void remove_tree(const char *top, int depth)
{
    DIR *d = opendir(top);
    for (struct dirent *e; d && (e = readdir(d));) {
        char p[1024];
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0 ||
            strlen(top) > 512)
            continue;
        snprintf(p, sizeof p, "%s/%s", top, e->d_name);
        if (unlink(p) != 0 && depth > 0)
            remove_tree(p, depth - 1);
    }
    if (d)
        closedir(d);
    rmdir(top);
}

static int remove_dir_tree(void **state)
{
    (void)state;
    remove_tree(dir, 2);
    return 0;
}

/* ---- places: a directory of its own inside the test's, checked by
 * listing ----------------------------------------------------------------- */

typedef struct {
    char dir[128];
    char target[192]; /* dir/model.safetensors */
} place;

static place make_place(const char *name)
{
    place p;
    snprintf(p.dir, sizeof p.dir, "%s/%s", dir, name);
    assert_int_equal(mkdir(p.dir, 0755), 0);
    snprintf(p.target, sizeof p.target, "%s/model.safetensors", p.dir);
    return p;
}

#define MAX_ENTRIES 16

/* The names in dir but "." and ".."; their count. */
static size_t list_dir(const char *dir, char names[MAX_ENTRIES][256])
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        assert_true(n < MAX_ENTRIES);
        snprintf(names[n++], 256, "%s", e->d_name);
    }
    closedir(d);
    return n;
}

/* dir holds exactly the one entry name (none if name is NULL). */
static void assert_dir_holds(const char *dir, const char *name)
{
    char names[MAX_ENTRIES][256];
    size_t n = list_dir(dir, names);
    for (size_t k = 0; k < n; k++)
        if (!name || strcmp(names[k], name) != 0)
            fail_msg("%s holds an unexpected entry \"%s\"", dir, names[k]);
    assert_int_equal(n, name ? 1 : 0);
}

/* Remove every entry of the flat directory p.dir (entries that are
 * directories are removed empty), then p.dir. */
static void remove_place(const place *p)
{
    char names[MAX_ENTRIES][256];
    size_t n = list_dir(p->dir, names);
    for (size_t k = 0; k < n; k++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", p->dir, names[k]);
        if (unlink(path) != 0)
            assert_int_equal(rmdir(path), 0);
    }
    assert_int_equal(rmdir(p->dir), 0);
}

/* ---- files and networks ------------------------------------------------ */

static void write_file(const char *path, const void *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, size, f), size);
    assert_int_equal(fclose(f), 0);
}

/* The file at path is byte for byte want. */
static void assert_file_is(const char *path, const unsigned char *want,
                           size_t size)
{
    size_t got_size;
    unsigned char *got = ref_read_file(path, &got_size);
    assert_int_equal(got_size, size);
    assert_memory_equal(got, want, size);
    free(got);
}

static ffnn_net *small_net(uint64_t seed)
{
    const size_t sizes[3] = {3, 4, 2};
    const ffnn_activation acts[2] = {FFNN_ACT_TANH, FFNN_ACT_LINEAR};
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_MSE, seed),
                     FFNN_OK);
    return net;
}

static mode_t mode_of(const char *path)
{
    struct stat st;
    assert_int_equal(lstat(path, &st), 0);
    assert_true(S_ISREG(st.st_mode));
    return st.st_mode & 07777;
}

/* ---- saves that succeed ------------------------------------------------- */

static void test_save_creates_and_replaces(void **state)
{
    (void)state;
    place p = make_place("replace");
    ffnn_net *a = small_net(1), *b = small_net(2);
    size_t size_a, size_b;
    unsigned char *bytes_a = ref_saved_bytes(a, 0, &size_a),
                  *bytes_b = ref_saved_bytes(b, 0, &size_b);
    assert_int_equal(ffnn_save(a, p.target), FFNN_OK);
    assert_file_is(p.target, bytes_a, size_a);
    assert_dir_holds(p.dir, "model.safetensors");
    assert_int_equal(ffnn_save(b, p.target), FFNN_OK);
    assert_file_is(p.target, bytes_b, size_b);
    assert_dir_holds(p.dir, "model.safetensors");
    /* A checkpoint over a model, and a relative path. */
    assert_int_equal(ffnn_save_checkpoint(a, p.target), FFNN_OK);
    assert_dir_holds(p.dir, "model.safetensors");
    char cwd[512];
    assert_non_null(getcwd(cwd, sizeof cwd));
    assert_int_equal(chdir(p.dir), 0);
    assert_int_equal(ffnn_save(b, "model.safetensors"), FFNN_OK);
    assert_int_equal(chdir(cwd), 0);
    assert_file_is(p.target, bytes_b, size_b);
    assert_dir_holds(p.dir, "model.safetensors");
    free(bytes_a);
    free(bytes_b);
    ffnn_net_destroy(a);
    ffnn_net_destroy(b);
    remove_place(&p);
}

static void test_new_file_mode_follows_umask(void **state)
{
    (void)state;
    place p = make_place("umask");
    ffnn_net *net = small_net(1);
    const mode_t masks[] = {022, 077, 0, 027, 0777};
    mode_t old = umask(022);
    for (size_t k = 0; k < sizeof masks / sizeof *masks; k++) {
        umask(masks[k]);
        assert_int_equal(k % 2 ? ffnn_save_checkpoint(net, p.target)
                               : ffnn_save(net, p.target),
                         FFNN_OK);
        umask(old);
        assert_int_equal(mode_of(p.target), 0666 & ~masks[k]);
        assert_int_equal(unlink(p.target), 0);
    }
    umask(old);
    ffnn_net_destroy(net);
    remove_place(&p);
}

static void test_existing_file_keeps_mode(void **state)
{
    (void)state;
    place p = make_place("mode");
    ffnn_net *net = small_net(1);
    const mode_t modes[] = {0640, 0600, 0604, 0755, 0444, 0000};
    mode_t old = umask(022);
    for (size_t k = 0; k < sizeof modes / sizeof *modes; k++) {
        assert_int_equal(ffnn_save(net, p.target), FFNN_OK);
        assert_int_equal(chmod(p.target, modes[k]), 0);
        assert_int_equal(k % 2 ? ffnn_save_checkpoint(net, p.target)
                               : ffnn_save(net, p.target),
                         FFNN_OK);
        assert_int_equal(mode_of(p.target), modes[k]);
        assert_dir_holds(p.dir, "model.safetensors");
    }
    umask(old);
    ffnn_net_destroy(net);
    remove_place(&p);
}

/* A symbolic link at the path is replaced by the file; its target is left
 * alone. */
static void test_symlink_replaced_not_followed(void **state)
{
    (void)state;
    place p = make_place("symlink");
    char other[256];
    snprintf(other, sizeof other, "%s/other", p.dir);
    const char text[] = "not a model";
    write_file(other, text, sizeof text);
    assert_int_equal(symlink("other", p.target), 0);
    ffnn_net *net = small_net(1);
    assert_int_equal(ffnn_save(net, p.target), FFNN_OK);
    struct stat st;
    assert_int_equal(lstat(p.target, &st), 0);
    assert_true(S_ISREG(st.st_mode));
    assert_file_is(other, (const unsigned char *)text, sizeof text);
    size_t size;
    unsigned char *bytes = ref_saved_bytes(net, 0, &size);
    assert_file_is(p.target, bytes, size);
    free(bytes);
    ffnn_net_destroy(net);
    remove_place(&p);
}

/* ---- saves that fail --------------------------------------------------- */

/* ffnn_save fails with FFNN_ERR_IO and the system's text for error in both
 * messages. */
static void assert_save_fails(ffnn_net *net, const char *path, int error,
                              int checkpoint)
{
    ffnn_status s =
        checkpoint ? ffnn_save_checkpoint(net, path) : ffnn_save(net, path);
    assert_int_equal(s, FFNN_ERR_IO);
    const char *reason = strerror(error);
    if (!strstr(ffnn_net_last_error(net), reason) ||
        !strstr(ffnn_last_error(), reason))
        fail_msg("saving %s: \"%s\" / \"%s\" lack \"%s\"", path,
                 ffnn_net_last_error(net), ffnn_last_error(), reason);
    assert_non_null(strstr(ffnn_net_last_error(net), path));
}

static void test_missing_or_non_directory_parent(void **state)
{
    (void)state;
    place p = make_place("baddir");
    ffnn_net *net = small_net(1);
    /* A regular file where a directory should be: ENOTDIR, whoever runs
     * the test (chmod does not stop root). */
    char file[256], under_file[300], missing[300];
    snprintf(file, sizeof file, "%s/file", p.dir);
    const char text[] = "a regular file";
    write_file(file, text, sizeof text);
    snprintf(under_file, sizeof under_file, "%s/x.safetensors", file);
    for (int ckpt = 0; ckpt <= 1; ckpt++)
        assert_save_fails(net, under_file, ENOTDIR, ckpt);
    assert_file_is(file, (const unsigned char *)text, sizeof text);
    assert_dir_holds(p.dir, "file");
    /* A directory that does not exist: ENOENT. */
    snprintf(missing, sizeof missing, "%s/no/such/x.safetensors", p.dir);
    for (int ckpt = 0; ckpt <= 1; ckpt++)
        assert_save_fails(net, missing, ENOENT, ckpt);
    assert_dir_holds(p.dir, "file");
    ffnn_net_destroy(net);
    remove_place(&p);
}

/* A directory the process may not write to: EACCES. Root may write
 * anywhere, so this part runs for other users only. */
static void test_unwritable_directory(void **state)
{
    (void)state;
    if (geteuid() == 0) {
        print_message("running as root: the EACCES case is skipped\n");
        return;
    }
    place p = make_place("readonly");
    ffnn_net *old = small_net(1), *net = small_net(2);
    assert_int_equal(ffnn_save(old, p.target), FFNN_OK);
    size_t size;
    unsigned char *bytes = ref_saved_bytes(old, 0, &size);
    assert_int_equal(chmod(p.dir, 0555), 0);
    assert_save_fails(net, p.target, EACCES, 0);
    assert_int_equal(chmod(p.dir, 0755), 0);
    assert_file_is(p.target, bytes, size);
    assert_dir_holds(p.dir, "model.safetensors");
    free(bytes);
    ffnn_net_destroy(old);
    ffnn_net_destroy(net);
    remove_place(&p);
}

/* A non-empty directory at the path: the rename fails (EISDIR) after the
 * new file got its temporary name, which must go again. */
static void test_directory_in_the_way(void **state)
{
    (void)state;
    place p = make_place("inway");
    char inner[300];
    assert_int_equal(mkdir(p.target, 0755), 0);
    snprintf(inner, sizeof inner, "%s/keep", p.target);
    const char text[] = "keep me";
    write_file(inner, text, sizeof text);
    ffnn_net *net = small_net(1);
    for (int ckpt = 0; ckpt <= 1; ckpt++)
        assert_save_fails(net, p.target, EISDIR, ckpt);
    assert_dir_holds(p.dir, "model.safetensors");
    assert_dir_holds(p.target, "keep");
    assert_file_is(inner, (const unsigned char *)text, sizeof text);
    assert_int_equal(unlink(inner), 0);
    ffnn_net_destroy(net);
    remove_place(&p);
}

/* A path naming no file: "" and "dir/". */
static void test_path_without_name(void **state)
{
    (void)state;
    place p = make_place("noname");
    ffnn_net *net = small_net(1);
    char slash[160];
    snprintf(slash, sizeof slash, "%s/", p.dir);
    assert_int_equal(ffnn_save(net, slash), FFNN_ERR_IO);
    assert_int_equal(ffnn_save(net, ""), FFNN_ERR_IO);
    assert_dir_holds(p.dir, NULL);
    ffnn_net_destroy(net);
    remove_place(&p);
}

/* ---- a file size limit (no space, in effect) ----------------------------
 * In a child: RLIMIT_FSIZE below the file's size. With SIGXFSZ ignored the
 * write fails with EFBIG and ffnn_save must report it; at its default the
 * signal kills the writer mid-file. Either way the old file stays and the
 * directory holds nothing else. */

/* The child's verdict travels through a pipe, not its exit code, which a
 * tool such as valgrind may replace (--error-exitcode). */
enum { CHILD_OK = 'k', CHILD_SAVED = 's', CHILD_WRONG = 'w', CHILD_NONE = 0 };

static void verdict(int fd, char v)
{
    ssize_t n = write(fd, &v, 1);
    (void)n;
    _exit(0);
}

static void limit_file_size(rlim_t bytes, int fd)
{
    struct rlimit no_core = {0, 0}, limit = {bytes, bytes};
    prctl(PR_SET_DUMPABLE, 0); /* SIGXFSZ would dump core */
    setrlimit(RLIMIT_CORE, &no_core);
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
        verdict(fd, CHILD_WRONG);
}

/* The child: save under the limit and say what happened. */
static void limited_save(ffnn_net *net, const char *path, rlim_t limit,
                         int ignore_signal, int fd)
{
    signal(SIGXFSZ, ignore_signal ? SIG_IGN : SIG_DFL);
    limit_file_size(limit, fd);
    ffnn_status s = ffnn_save_checkpoint(net, path);
    if (s == FFNN_OK)
        verdict(fd, CHILD_SAVED);
    const char *msg = ffnn_net_last_error(net);
    int right = s == FFNN_ERR_IO && strstr(msg, strerror(EFBIG)) &&
                strstr(msg, "File too large") && strstr(ffnn_last_error(), msg);
    if (!right)
        fprintf(stderr, "limited save: status %d, \"%s\"\n", (int)s, msg);
    verdict(fd, right ? CHILD_OK : CHILD_WRONG);
}

/* How the child ended (waitpid's status) and, in *said, its verdict
 * (CHILD_NONE if it sent none). */
static int run_limited(ffnn_net *net, const char *path, rlim_t limit,
                       int ignore_signal, char *said)
{
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        limited_save(net, path, limit, ignore_signal, fds[1]);
    }
    close(fds[1]);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    *said = CHILD_NONE;
    if (read(fds[0], said, 1) != 1)
        *said = CHILD_NONE;
    close(fds[0]);
    return status;
}

static void test_file_size_limit_every_size(void **state)
{
    (void)state;
    place p = make_place("fsize");
    ffnn_net *old = small_net(1), *net = small_net(2);
    assert_int_equal(ffnn_save_checkpoint(old, p.target), FFNN_OK);
    size_t size;
    unsigned char *bytes = ref_read_file(p.target, &size);
    const rlim_t limits[] = {1, 8, size / 2, size - 1};
    for (size_t k = 0; k < sizeof limits / sizeof *limits; k++) {
        char said;
        run_limited(net, p.target, limits[k], 1, &said);
        assert_int_equal(said, CHILD_OK);
        assert_file_is(p.target, bytes, size);
        assert_dir_holds(p.dir, "model.safetensors");

        int status = run_limited(net, p.target, limits[k], 0, &said);
        if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGXFSZ ||
            said != CHILD_NONE)
            fail_msg("limit %lu: the writer was not killed by SIGXFSZ "
                     "(status 0x%x)",
                     (unsigned long)limits[k], (unsigned)status);
        assert_file_is(p.target, bytes, size);
        assert_dir_holds(p.dir, "model.safetensors");
    }
    /* No old file: none afterwards either. */
    assert_int_equal(unlink(p.target), 0);
    char said;
    run_limited(net, p.target, size / 2, 1, &said);
    assert_int_equal(said, CHILD_OK);
    assert_dir_holds(p.dir, NULL);
    free(bytes);
    ffnn_net_destroy(old);
    ffnn_net_destroy(net);
    remove_place(&p);
}

/* ---- temporary names of dead processes --------------------------------- */

static pid_t dead_pid(void)
{
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0)
        _exit(0);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    return pid;
}

static void touch(const char *dir, const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    write_file(path, "x", 1);
}

static int dir_has(const char *dir, const char *name)
{
    char names[MAX_ENTRIES][256];
    size_t n = list_dir(dir, names);
    for (size_t k = 0; k < n; k++)
        if (strcmp(names[k], name) == 0)
            return 1;
    return 0;
}

/* The header's fallback name is ".NAME.tmp-PID-N"; the next save of NAME
 * removes those whose process is gone, and no other file. */
static void test_stale_temporaries_removed(void **state)
{
    (void)state;
    place p = make_place("stale");
    char dead[96], alive[96], other[96];
    snprintf(dead, sizeof dead, ".model.safetensors.tmp-%ld-0",
             (long)dead_pid());
    snprintf(alive, sizeof alive, ".model.safetensors.tmp-%ld-99",
             (long)getpid());
    snprintf(other, sizeof other, ".other.safetensors.tmp-%ld-0",
             (long)dead_pid());
    touch(p.dir, dead);
    touch(p.dir, alive);
    touch(p.dir, other);
    ffnn_net *net = small_net(1);
    assert_int_equal(ffnn_save(net, p.target), FFNN_OK);
    assert_false(dir_has(p.dir, dead));
    assert_true(dir_has(p.dir, alive));
    assert_true(dir_has(p.dir, other));
    assert_true(dir_has(p.dir, "model.safetensors"));
    ffnn_net_destroy(net);
    remove_place(&p);
}

/* ---- a writer killed at random moments ---------------------------------
 * 784-1024-1024-10: 1 863 690 parameters, a 7.5 MB file. Version k has
 * every weight and bias equal to k, so a loaded file names its version
 * and a mix of two shows. */

#define KILL_ROUNDS 30
#define BIG_MAX_W   (1024 * 1024)

static const size_t BIG_SIZES[4] = {784, 1024, 1024, 10};
static const ffnn_activation BIG_ACTS[3] = {FFNN_ACT_RELU, FFNN_ACT_RELU,
                                            FFNN_ACT_LINEAR};

static ffnn_net *big_net(void)
{
    ffnn_net *net = NULL;
    if (ffnn_net_create(&net, 3, BIG_SIZES, BIG_ACTS, FFNN_LOSS_MSE, 1) !=
        FFNN_OK)
        return NULL;
    return net;
}

/* Every parameter := k; 0 on failure. */
static int set_big_version(ffnn_net *net, float *buf, long k)
{
    for (size_t i = 0; i < BIG_MAX_W; i++)
        buf[i] = (float)k;
    for (size_t l = 1; l <= 3; l++)
        if (ffnn_set_layer(net, l, buf, buf) != FFNN_OK)
            return 0;
    return 1;
}

/* The version k that every parameter of net equals, or -1 if they differ
 * or the architecture is not the big one's. */
static long big_version_of(const ffnn_net *net, float *W, float *b)
{
    if (ffnn_net_num_layers(net) != 3)
        return -1;
    float first = 0.0f;
    for (size_t l = 1; l <= 3; l++) {
        size_t n = BIG_SIZES[l], m = BIG_SIZES[l - 1];
        if (ffnn_net_layer_size(net, l) != n ||
            ffnn_net_layer_size(net, l - 1) != m ||
            ffnn_get_layer(net, l, W, b) != FFNN_OK)
            return -1;
        if (l == 1)
            first = W[0];
        for (size_t i = 0; i < n * m; i++)
            if (W[i] != first)
                return -1;
        for (size_t i = 0; i < n; i++)
            if (b[i] != first)
                return -1;
    }
    return (long)first;
}

/* The child: report -1 when ready, then save first, first + 1, ... for
 * ever, reporting each version once it is saved. */
static void writer(const char *path, long first, int fd)
{
    ffnn_net *net = big_net();
    float *buf = malloc(BIG_MAX_W * sizeof *buf);
    long ready = -1;
    if (!net || !buf || write(fd, &ready, sizeof ready) != sizeof ready)
        _exit(2);
    for (long k = first;; k++) {
        if (!set_big_version(net, buf, k) || ffnn_save(net, path) != FFNN_OK ||
            write(fd, &k, sizeof k) != sizeof k)
            _exit(3);
    }
}

typedef struct {
    long last_reported; /* the last version the writer said it saved */
    pid_t pid;
} kill_result;

/* Start a writer at version first, kill it after sleep_us, and collect
 * its reports. */
static kill_result kill_writer(const char *path, long first, long sleep_us)
{
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        writer(path, first, fds[1]);
    }
    close(fds[1]);
    long v;
    assert_int_equal(read(fds[0], &v, sizeof v), sizeof v);
    assert_int_equal(v, -1);
    struct timespec ts = {0, sleep_us * 1000};
    nanosleep(&ts, NULL);
    assert_int_equal(kill(pid, SIGKILL), 0);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL)
        fail_msg("the writer ended by itself (status 0x%x)", (unsigned)status);
    kill_result r = {first - 1, pid};
    while (read(fds[0], &v, sizeof v) == sizeof v)
        r.last_reported = v;
    close(fds[0]);
    return r;
}

/* Entries beside the target may only be the documented leftover of a
 * kill between naming the new file and renaming it: ".NAME.tmp-PID-N" of
 * a writer this test killed. Returns how many there are. */
static size_t check_leftovers(const place *p, const pid_t *pids, size_t n)
{
    char names[MAX_ENTRIES][256];
    size_t count = list_dir(p->dir, names), leftovers = 0;
    for (size_t k = 0; k < count; k++) {
        if (strcmp(names[k], "model.safetensors") == 0)
            continue;
        int ours = 0;
        for (size_t i = 0; i < n && !ours; i++) {
            char prefix[96];
            snprintf(prefix, sizeof prefix, ".model.safetensors.tmp-%ld-",
                     (long)pids[i]);
            ours = strncmp(names[k], prefix, strlen(prefix)) == 0;
        }
        if (!ours)
            fail_msg("unexpected entry \"%s\" after a kill", names[k]);
        leftovers++;
    }
    return leftovers;
}

static void test_killed_writer_matches_reports(void **state)
{
    (void)state;
    place p = make_place("killed");
    float *W = malloc(BIG_MAX_W * sizeof *W), *b = malloc(1024 * sizeof *b);
    ffnn_net *net = big_net();
    assert_true(W && b && net);
    assert_true(set_big_version(net, W, 0));
    assert_int_equal(ffnn_save(net, p.target), FFNN_OK);
    uint64_t rng = 2026;
    long on_disk = 0;
    size_t advanced = 0, leftovers = 0;
    pid_t pids[KILL_ROUNDS];
    for (int round = 0; round < KILL_ROUNDS; round++) {
        long sleep_us = (long)(ref_splitmix64(&rng) % 30001);
        kill_result r = kill_writer(p.target, on_disk + 1, sleep_us);
        pids[round] = r.pid;
        ffnn_net *back = NULL;
        if (ffnn_load(p.target, &back) != FFNN_OK)
            fail_msg("round %d: the file does not load: %s", round,
                     ffnn_last_error());
        long k = big_version_of(back, W, b);
        ffnn_net_destroy(back);
        /* Saved and reported, or saved just before the kill. */
        if (k != r.last_reported && k != r.last_reported + 1)
            fail_msg("round %d (kill after %ld us): version %ld on disk, the "
                     "writer had reported %ld",
                     round, sleep_us, k, r.last_reported);
        advanced += k > on_disk;
        on_disk = k;
        leftovers += check_leftovers(&p, pids, (size_t)round + 1);
    }
    print_message("%d kills: %zu found a newer version (last %ld), %zu "
                  "leftover temporary names\n",
                  KILL_ROUNDS, advanced, on_disk, leftovers);
    /* The next save clears any leftover. */
    assert_int_equal(ffnn_save(net, p.target), FFNN_OK);
    assert_dir_holds(p.dir, "model.safetensors");
    free(W);
    free(b);
    ffnn_net_destroy(net);
    remove_place(&p);
}

/* ---- NULL arguments and short buffers ---------------------------------- */

static void test_null_arguments(void **state)
{
    (void)state;
    place p = make_place("null");
    ffnn_net *net = small_net(1);
    assert_int_equal(ffnn_save(NULL, p.target), FFNN_ERR_ARG);
    assert_int_equal(ffnn_save(net, NULL), FFNN_ERR_ARG);
    assert_int_equal(ffnn_save_checkpoint(NULL, p.target), FFNN_ERR_ARG);
    assert_int_equal(ffnn_save_checkpoint(net, NULL), FFNN_ERR_ARG);
    assert_true(strlen(ffnn_net_last_error(net)) > 0);
    assert_dir_holds(p.dir, NULL);
    unsigned char buf[16];
    size_t size = 0;
    assert_int_equal(ffnn_save_buffer(NULL, buf, sizeof buf, &size),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_save_buffer(net, buf, sizeof buf, NULL),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_save_checkpoint_buffer(NULL, NULL, 0, &size),
                     FFNN_ERR_ARG);
    assert_int_equal(ffnn_save_checkpoint_buffer(net, NULL, 0, NULL),
                     FFNN_ERR_ARG);
    /* A checkpoint buffer one byte short: FFNN_ERR_ARG, nothing written,
     * the size needed told. */
    size_t need = 0;
    assert_int_equal(ffnn_save_checkpoint_buffer(net, NULL, 0, &need), FFNN_OK);
    unsigned char *big = malloc(need), *pristine = malloc(need);
    assert_true(big && pristine);
    memset(big, 0xA5, need);
    memset(pristine, 0xA5, need);
    size = 0;
    assert_int_equal(ffnn_save_checkpoint_buffer(net, big, need - 1, &size),
                     FFNN_ERR_ARG);
    assert_int_equal(size, need);
    assert_memory_equal(big, pristine, need);
    free(big);
    free(pristine);
    ffnn_net_destroy(net);
    remove_place(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_save_creates_and_replaces,
                                        make_dir, remove_dir_tree),
        cmocka_unit_test_setup_teardown(test_new_file_mode_follows_umask,
                                        make_dir, remove_dir_tree),
        cmocka_unit_test_setup_teardown(test_existing_file_keeps_mode, make_dir,
                                        remove_dir_tree),
        cmocka_unit_test_setup_teardown(test_symlink_replaced_not_followed,
                                        make_dir, remove_dir_tree),
        cmocka_unit_test_setup_teardown(test_missing_or_non_directory_parent,
                                        make_dir, remove_dir_tree),
        cmocka_unit_test_setup_teardown(test_unwritable_directory, make_dir,
                                        remove_dir_tree),
        cmocka_unit_test_setup_teardown(test_directory_in_the_way, make_dir,
                                        remove_dir_tree),
        cmocka_unit_test_setup_teardown(test_path_without_name, make_dir,
                                        remove_dir_tree),
        cmocka_unit_test_setup_teardown(test_file_size_limit_every_size,
                                        make_dir, remove_dir_tree),
        cmocka_unit_test_setup_teardown(test_stale_temporaries_removed,
                                        make_dir, remove_dir_tree),
        cmocka_unit_test_setup_teardown(test_killed_writer_matches_reports,
                                        make_dir, remove_dir_tree),
        cmocka_unit_test_setup_teardown(test_null_arguments, make_dir,
                                        remove_dir_tree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
