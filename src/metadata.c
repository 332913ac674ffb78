/* metadata.c -- the user's key/value strings a network carries into its
 * files (ffnn.h, section 12). Few keys and rare calls: a flat array. */
#include "internal.h"

#include <jansson.h>
#include <string.h>

#define MAX_KEY 255

static ptrdiff_t find(const ffnn_net *net, const char *key)
{
    for (size_t k = 0; k < net->n_meta; k++)
        if (strcmp(net->meta[2 * k], key) == 0)
            return (ptrdiff_t)k;
    return -1;
}

/* jansson's own check, the one the saver will meet. */
static int is_utf8(const char *s)
{
    json_t *j = json_string(s);
    json_decref(j);
    return j != NULL;
}

static ffnn_status check_key(const ffnn_net *net, const char *key,
                             const char *value)
{
    if (!key)
        return ffnn__fail(net, FFNN_ERR_ARG, "ffnn_set_metadata: key is NULL");
    if (strncmp(key, "user.", 5) != 0 || strlen(key) > MAX_KEY)
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "ffnn_set_metadata: key '%.40s' must start with "
                          "\"user.\" and have at most %d bytes",
                          key, MAX_KEY);
    if (!is_utf8(key) || (value && !is_utf8(value)))
        return ffnn__fail(net, FFNN_ERR_ARG,
                          "ffnn_set_metadata: %s is not UTF-8",
                          is_utf8(key) ? "the value" : "the key");
    return FFNN_OK;
}

static void remove_at(ffnn_net *net, size_t k)
{
    ffnn__free(net->meta[2 * k]);
    ffnn__free(net->meta[2 * k + 1]);
    net->n_meta--;
    memmove(net->meta + 2 * k, net->meta + 2 * k + 2,
            2 * (net->n_meta - k) * sizeof *net->meta);
}

/* A new slot for key = value, both copied; FFNN_ERR_NOMEM changes nothing. */
static ffnn_status append(ffnn_net *net, const char *key, const char *value)
{
    char **pairs = ffnn__alloc(2 * (net->n_meta + 1) * sizeof *pairs);
    char *k = ffnn__copy_string(key), *v = ffnn__copy_string(value);
    if (!pairs || !k || !v) {
        ffnn__free(pairs);
        ffnn__free(k);
        ffnn__free(v);
        return ffnn__fail(net, FFNN_ERR_NOMEM,
                          "ffnn_set_metadata: out of memory");
    }
    if (net->n_meta)
        memcpy(pairs, net->meta, 2 * net->n_meta * sizeof *pairs);
    ffnn__free(net->meta);
    net->meta = pairs;
    net->meta[2 * net->n_meta] = k;
    net->meta[2 * net->n_meta + 1] = v;
    net->n_meta++;
    return FFNN_OK;
}

ffnn_status ffnn_set_metadata(ffnn_net *net, const char *key, const char *value)
{
    if (!net)
        return ffnn__fail(NULL, FFNN_ERR_ARG, "ffnn_set_metadata: net is NULL");
    ffnn_status s = ffnn__check_writable(net, "ffnn_set_metadata");
    if (s == FFNN_OK)
        s = check_key(net, key, value);
    if (s != FFNN_OK)
        return s;
    ptrdiff_t at = find(net, key);
    if (value && at >= 0) {
        char *v = ffnn__copy_string(value);
        if (!v)
            return ffnn__fail(net, FFNN_ERR_NOMEM,
                              "ffnn_set_metadata: out of memory");
        ffnn__free(net->meta[2 * at + 1]);
        net->meta[2 * at + 1] = v;
        return FFNN_OK;
    }
    if (at >= 0)
        remove_at(net, (size_t)at);
    return value ? append(net, key, value) : FFNN_OK;
}

const char *ffnn_get_metadata(const ffnn_net *net, const char *key)
{
    ptrdiff_t at = net && key ? find(net, key) : -1;
    return at >= 0 ? net->meta[2 * at + 1] : NULL;
}

ffnn_status ffnn__metadata_copy(const ffnn_net *src, ffnn_net *dst)
{
    for (size_t k = 0; k < src->n_meta; k++)
        if (append(dst, src->meta[2 * k], src->meta[2 * k + 1]) != FFNN_OK)
            return FFNN_ERR_NOMEM;
    return FFNN_OK;
}

void ffnn__metadata_free(ffnn_net *net)
{
    while (net->n_meta)
        remove_at(net, net->n_meta - 1);
    ffnn__free(net->meta);
    net->meta = NULL;
}
