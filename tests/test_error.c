/*
 * test_error.c -- status strings and version queries.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "ffnn.h"

#define N_STATUS 8 /* FFNN_OK .. FFNN_ERR_NUMERIC */

static void test_status_strings_distinct(void **state)
{
    (void)state;
    for (int s = 0; s < N_STATUS; ++s) {
        const char *txt = ffnn_status_string(s);
        assert_non_null(txt);
        assert_true(strlen(txt) > 0);
        for (int o = 0; o < s; ++o) {
            assert_string_not_equal(txt, ffnn_status_string(o));
        }
    }
}

static void test_status_strings_unknown(void **state)
{
    const int unknown[] = {-1, N_STATUS, 1000, -1000};
    (void)state;
    for (size_t i = 0; i < sizeof(unknown) / sizeof(unknown[0]); ++i) {
        const char *txt = ffnn_status_string(unknown[i]);
        assert_non_null(txt);
        assert_true(strlen(txt) > 0);
        /* An unknown value must not be confused with a real status. */
        for (int s = 0; s < N_STATUS; ++s) {
            assert_string_not_equal(txt, ffnn_status_string(s));
        }
    }
    /* The header names the text of an unknown value. */
    for (size_t i = 0; i < sizeof(unknown) / sizeof(unknown[0]); ++i) {
        assert_string_equal(ffnn_status_string(unknown[i]), "unknown status");
    }
}

static void test_version(void **state)
{
    (void)state;
    assert_int_equal(ffnn_version_number(), FFNN_VERSION_NUMBER);
    assert_non_null(ffnn_version_string());
    assert_string_equal(ffnn_version_string(), FFNN_VERSION_STRING);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_status_strings_distinct),
        cmocka_unit_test(test_status_strings_unknown),
        cmocka_unit_test(test_version),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
