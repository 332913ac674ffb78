/*
 * test_atomic_file.c -- ffnn_save and ffnn_save_checkpoint replace a file
 * atomically (atomic_file.c; ffnn.h, section 11):
 *
 *  - a writer killed (SIGKILL) at random instants leaves the last complete
 *    version, never a torn one, and no temporary file;
 *  - a save over a file size limit (SIGXFSZ ignored, or delivered) fails
 *    with the reason and leaves the old file and nothing else;
 *  - permissions are kept; a bad directory is FFNN_ERR_IO with strerror.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ffnn.h"

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

static int remove_dir(void **state)
{
    (void)state;
    DIR *d = opendir(dir);
    for (struct dirent *e; d && (e = readdir(d));) {
        char p[384];
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            unlink(p);
    }
    if (d)
        closedir(d);
    return rmdir(dir);
}

/* Entries in dir other than "." and "..". */
static size_t entries(void)
{
    DIR *d = opendir(dir);
    size_t n = 0;
    for (struct dirent *e; d && (e = readdir(d));)
        n += strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
    if (d)
        closedir(d);
    return n;
}

static ffnn_net *make_net(size_t hidden)
{
    const size_t sizes[] = {64, hidden, 10};
    const ffnn_activation acts[] = {FFNN_ACT_RELU, FFNN_ACT_SOFTMAX};
    ffnn_net *net = NULL;
    assert_int_equal(ffnn_net_create(&net, 2, sizes, acts, FFNN_LOSS_CE, 1),
                     FFNN_OK);
    return net;
}

/* Every weight and bias of version v is v. */
static void set_version(ffnn_net *net, float v)
{
    for (size_t l = 1; l <= 2; l++) {
        size_t n =
            ffnn_net_layer_size(net, l) * ffnn_net_layer_size(net, l - 1);
        float *w = malloc(n * sizeof *w), b[4096];
        for (size_t k = 0; k < n; k++)
            w[k] = v;
        for (size_t k = 0; k < ffnn_net_layer_size(net, l); k++)
            b[k] = v;
        assert_int_equal(ffnn_set_layer(net, l, w, b), FFNN_OK);
        free(w);
    }
}

/* The version the file holds, -1 if its weights are not all one value. */
static float version_of(const ffnn_net *net)
{
    float version = -2;
    for (size_t l = 1; l <= 2; l++) {
        size_t rows = ffnn_net_layer_size(net, l);
        size_t n = rows * ffnn_net_layer_size(net, l - 1);
        float *w = malloc(n * sizeof *w), b[4096];
        assert_int_equal(ffnn_get_layer(net, l, w, b), FFNN_OK);
        for (size_t k = 0; k < n + rows; k++) {
            float v = k < n ? w[k] : b[k - n];
            version = version == -2 ? v : version != v ? -1 : version;
        }
        free(w);
    }
    return version;
}

static unsigned char *read_all(const char *p, size_t *size)
{
    FILE *f = fopen(p, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    *size = (size_t)ftell(f);
    rewind(f);
    unsigned char *data = malloc(*size + 1);
    assert_int_equal(fread(data, 1, *size, f), *size);
    fclose(f);
    return data;
}

/* A child saves versions 1, 2, ... of a 4 MB checkpoint (Adam's state too)
 * until killed at a random instant; the file is always a whole version. */
static void test_killed_writer(void **state)
{
    (void)state;
    ffnn_net *net = make_net(1024);
    assert_int_equal(ffnn_set_optimizer_adam(net, 0.9f, 0.999f, 1e-8f),
                     FFNN_OK);
    set_version(net, 0);
    assert_int_equal(ffnn_save_checkpoint(net, path), FFNN_OK);
    srand((unsigned)time(NULL));
    float last = 0;
    for (int round = 0; round < 24; round++) {
        pid_t child = fork();
        assert_true(child >= 0);
        if (child == 0) {
            for (float v = last + 1;; v++) {
                set_version(net, v);
                ffnn_save_checkpoint(net, path);
            }
        }
        struct timespec pause = {0, (long)(rand() % 40000000)};
        nanosleep(&pause, NULL);
        kill(child, SIGKILL);
        waitpid(child, NULL, 0);
        ffnn_net *loaded = NULL;
        assert_int_equal(ffnn_load(path, &loaded), FFNN_OK);
        float v = version_of(loaded);
        if (v < last)
            fail_msg("round %d: the file holds version %g after %g", round,
                     (double)v, (double)last);
        last = v;
        assert_int_equal(ffnn_net_optimizer(loaded), FFNN_OPT_ADAM);
        ffnn_net_destroy(loaded);
        /* A kill between naming the new file and the rename may leave its
         * name; the next save removes it. */
        if (entries() != 1) {
            set_version(net, last);
            assert_int_equal(ffnn_save_checkpoint(net, path), FFNN_OK);
            assert_int_equal(entries(), 1);
        }
    }
    print_message("the last round's file held version %g\n", (double)last);
    ffnn_net_destroy(net);
}

/* In a child under a 64 KB file size limit, a 300 KB save; returns how the
 * child ended: its exit code, or 100 + the signal that killed it. */
static int save_over_limit(int ignore_sigxfsz)
{
    pid_t child = fork();
    assert_true(child >= 0);
    if (child == 0) {
        if (ignore_sigxfsz)
            signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit = {64 << 10, 64 << 10};
        setrlimit(RLIMIT_FSIZE, &limit);
        ffnn_net *big = make_net(1024);
        ffnn_status s = ffnn_save(big, path);
        _exit(s == FFNN_ERR_IO && strstr(ffnn_last_error(), "File too large") &&
                      strstr(ffnn_last_error(), path)
                  ? 0
                  : 1);
    }
    int status;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + WTERMSIG(status);
}

static void test_file_size_limit(void **state)
{
    (void)state;
    ffnn_net *net = make_net(16);
    set_version(net, 3);
    assert_int_equal(ffnn_save(net, path), FFNN_OK);
    size_t size, after;
    unsigned char *before = read_all(path, &size);
    assert_int_equal(save_over_limit(1), 0);
    unsigned char *now = read_all(path, &after);
    assert_int_equal(after, size);
    assert_memory_equal(now, before, size);
    assert_int_equal(entries(), 1);
    free(now);
    assert_int_equal(save_over_limit(0), 100 + SIGXFSZ);
    now = read_all(path, &after);
    assert_int_equal(after, size);
    assert_memory_equal(now, before, size);
    assert_int_equal(entries(), 1);
    free(now);
    free(before);
    ffnn_net_destroy(net);
}

static void test_permissions_kept(void **state)
{
    (void)state;
    ffnn_net *net = make_net(4);
    mode_t mask = umask(022);
    assert_int_equal(ffnn_save(net, path), FFNN_OK);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0644);
    assert_int_equal(chmod(path, 0640), 0);
    assert_int_equal(ffnn_save_checkpoint(net, path), FFNN_OK);
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0640);
    umask(mask);
    ffnn_net_destroy(net);
}

static void test_bad_directory(void **state)
{
    (void)state;
    ffnn_net *net = make_net(4);
    assert_int_equal(ffnn_save(net, path), FFNN_OK);
    char bad[192];
    snprintf(bad, sizeof bad, "%s/x", path); /* under a regular file */
    assert_int_equal(ffnn_save(net, bad), FFNN_ERR_IO);
    assert_non_null(strstr(ffnn_net_last_error(net), "Not a directory"));
    assert_non_null(strstr(ffnn_net_last_error(net), bad));
    snprintf(bad, sizeof bad, "%s/", dir);
    assert_int_equal(ffnn_save_checkpoint(net, bad), FFNN_ERR_IO);
    assert_non_null(strstr(ffnn_last_error(), "Is a directory"));
    assert_int_equal(ffnn_save(net, NULL), FFNN_ERR_ARG);
    assert_int_equal(ffnn_save_checkpoint(NULL, path), FFNN_ERR_ARG);
    assert_int_equal(entries(), 1);
    ffnn_net_destroy(net);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_killed_writer, make_dir,
                                        remove_dir),
        cmocka_unit_test_setup_teardown(test_file_size_limit, make_dir,
                                        remove_dir),
        cmocka_unit_test_setup_teardown(test_permissions_kept, make_dir,
                                        remove_dir),
        cmocka_unit_test_setup_teardown(test_bad_directory, make_dir,
                                        remove_dir),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
