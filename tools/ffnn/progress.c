/* progress.c -- the training progress bar. */
#include "progress.h"

#include "clock.h"

#include <math.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define BAR_WIDTH      20
#define REDRAW_SECONDS 0.1
#define DEFAULT_WIDTH  80

void progress_start(progress *bar, FILE *out)
{
    bar->out = out;
    bar->start = clock_seconds();
    bar->last_draw = -INFINITY;
    bar->visible = 0;
}

/* The terminal's width: a longer line would wrap and spoil the redraw. */
static size_t terminal_width(FILE *out)
{
    struct winsize size;
    if (ioctl(fileno(out), TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return DEFAULT_WIDTH;
}

/* Seconds left for the whole run, from the pace so far. */
static double eta_seconds(const progress *bar, const ffnn_train_report *r,
                          double now)
{
    double done = (double)((r->epoch - 1) * r->batches + r->batches_done);
    double total = (double)(r->epochs * r->batches);
    if (done <= 0)
        return NAN;
    return (now - bar->start) * (total - done) / done;
}

/* "epoch 2/5 [#####.....] 120/250  41230 samples/s  loss 0.2345  ETA 0:07" */
static void format_line(char *line, size_t size, const progress *bar,
                        const ffnn_train_report *r, double now)
{
    char filled[BAR_WIDTH + 1];
    size_t hashes = r->batches ? r->batches_done * BAR_WIDTH / r->batches : 0;
    for (size_t i = 0; i < BAR_WIDTH; i++)
        filled[i] = i < hashes ? '#' : '.';
    filled[BAR_WIDTH] = '\0';
    int used = snprintf(line, size,
                        "epoch %zu/%zu [%s] %zu/%zu  %.0f samples/s  loss %.4f",
                        r->epoch, r->epochs, filled, r->batches_done,
                        r->batches, r->samples_per_second, r->train_loss);
    double eta = eta_seconds(bar, r, now);
    if (used > 0 && (size_t)used < size && isfinite(eta))
        snprintf(line + used, size - (size_t)used, "  ETA %d:%02d",
                 (int)eta / 60, (int)eta % 60);
}

void progress_update(progress *bar, const ffnn_train_report *r)
{
    double now = clock_seconds();
    if (now - bar->last_draw < REDRAW_SECONDS && r->batches_done < r->batches)
        return;
    bar->last_draw = now;
    char line[256];
    format_line(line, sizeof line, bar, r, now);
    size_t width = terminal_width(bar->out);
    fprintf(bar->out, "\r\033[K%.*s", (int)(width - 1), line);
    fflush(bar->out);
    bar->visible = 1;
}

void progress_clear(progress *bar)
{
    if (!bar->visible)
        return;
    fputs("\r\033[K", bar->out);
    fflush(bar->out);
    bar->visible = 0;
}
