/* confusion.c -- the confusion matrix of a classifier's outputs. */
#include "confusion.h"

#include "dataset.h"

#include <stdlib.h>

int confusion_count(confusion_matrix *m, const float *outputs,
                    const float *targets, size_t n, size_t k)
{
    m->classes = class_count(k);
    m->counts = calloc(m->classes * m->classes, sizeof *m->counts);
    if (!m->counts)
        return -1;
    for (size_t i = 0; i < n; i++) {
        size_t truth = class_of_row(targets + i * k, k);
        size_t predicted = class_of_row(outputs + i * k, k);
        m->counts[truth * m->classes + predicted]++;
    }
    return 0;
}

size_t confusion_correct(const confusion_matrix *m)
{
    size_t correct = 0;
    for (size_t c = 0; c < m->classes; c++)
        correct += m->counts[c * m->classes + c];
    return correct;
}

static int digits(size_t value)
{
    int count = 1;
    for (; value >= 10; value /= 10)
        count++;
    return count;
}

static int column_width(const confusion_matrix *m)
{
    size_t largest = m->classes - 1;
    for (size_t i = 0; i < m->classes * m->classes; i++)
        largest = m->counts[i] > largest ? m->counts[i] : largest;
    return digits(largest) + 1 < 4 ? 4 : digits(largest) + 1;
}

static void print_row(const confusion_matrix *m, size_t truth, int width,
                      FILE *out)
{
    const size_t *row = m->counts + truth * m->classes;
    size_t total = 0;
    fprintf(out, "%*zu |", width, truth);
    for (size_t p = 0; p < m->classes; p++) {
        fprintf(out, "%*zu", width, row[p]);
        total += row[p];
    }
    if (total)
        fprintf(out, " | %6.2f%%\n",
                100.0 * (double)row[truth] / (double)total);
    else
        fprintf(out, " |       -\n");
}

void confusion_print(const confusion_matrix *m, FILE *out)
{
    int width = column_width(m);
    fprintf(out, "confusion matrix (rows: true class, columns: predicted)\n");
    fprintf(out, "%*s |", width, "");
    for (size_t p = 0; p < m->classes; p++)
        fprintf(out, "%*zu", width, p);
    fprintf(out, " |  recall\n");
    for (size_t t = 0; t < m->classes; t++)
        print_row(m, t, width, out);
}

void confusion_free(confusion_matrix *m)
{
    free(m->counts);
    m->counts = NULL;
}
