/* plot.c -- the --plot pictures: a small SVG writer, then the training
 * curves, the confusion heat map and the network drawing. Sizes are in
 * pixels, width and height equal to the viewBox, so that a browser shows
 * the picture at the size it was laid out for. */
#include "plot.h"

#include "errors.h"
#include "model.h"
#include "out_file.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- a small SVG writer ---- */

/* The length of the UTF-8 sequence at p; 0 if it is not one. */
static size_t utf8_length(const unsigned char *p)
{
    size_t length = p[0] < 0x80   ? 1
                    : p[0] < 0xC2 ? 0
                    : p[0] < 0xE0 ? 2
                    : p[0] < 0xF0 ? 3
                    : p[0] < 0xF5 ? 4
                                  : 0;
    for (size_t i = 1; i < length; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    return length;
}

/* Text as XML character data: markup characters as entities, and what
 * XML cannot hold (control characters, bytes that are not UTF-8) as '?',
 * so that a file name of any bytes still makes a well-formed file. */
static void svg_escaped(FILE *f, const char *text)
{
    const unsigned char *p = (const unsigned char *)text;
    while (*p) {
        size_t length = utf8_length(p);
        if (length > 1)
            fwrite(p, 1, length, f);
        else if (*p == '&')
            fputs("&amp;", f);
        else if (*p == '<')
            fputs("&lt;", f);
        else if (*p == '>')
            fputs("&gt;", f);
        else
            fputc(length == 0 || *p < 0x20 ? '?' : *p, f);
        p += length ? length : 1;
    }
}

static void svg_text(FILE *f, double x, double y, const char *attributes,
                     const char *format, ...)
    __attribute__((format(printf, 5, 6)));

/* A <text> at (x, y); attributes are the caller's markup, the formatted
 * text is escaped. */
static void svg_text(FILE *f, double x, double y, const char *attributes,
                     const char *format, ...)
{
    char text[512];
    va_list args;
    va_start(args, format);
    vsnprintf(text, sizeof text, format, args);
    va_end(args);
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" %s>", x, y, attributes);
    svg_escaped(f, text);
    fputs("</text>\n", f);
}

static void svg_line(FILE *f, double x1, double y1, double x2, double y2,
                     const char *attributes)
{
    fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" %s/>\n",
            x1, y1, x2, y2, attributes);
}

/* Text turned to run upwards, centred on (x, y): a y axis's name. */
static void svg_text_up(FILE *f, double x, double y, const char *text)
{
    char attributes[96];
    snprintf(attributes, sizeof attributes,
             "text-anchor=\"middle\" transform=\"rotate(-90 %.1f %.1f)\"", x,
             y);
    svg_text(f, x, y, attributes, "%s", text);
}

/* The file, its header, a white background and the title, shown too. */
static int svg_begin(out_file *file, const char *path, int width, int height,
                     const char *title)
{
    int rc = out_file_open(file, path);
    if (rc != CLI_OK)
        return rc;
    FILE *f = file->stream;
    fprintf(f,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
            "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" "
            "font-size=\"13\">\n<title>",
            width, height, width, height);
    svg_escaped(f, title);
    fputs("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n",
          f);
    /* A long title (a deep path) is squeezed to fit, by a rough guess of
     * its width: no font's metrics are at hand. */
    char attributes[160] =
        "text-anchor=\"middle\" font-size=\"18\" font-weight=\"bold\"";
    size_t used = strlen(attributes);
    if ((double)strlen(title) * 10.5 > width - 40)
        snprintf(attributes + used, sizeof attributes - used,
                 " textLength=\"%d\" lengthAdjust=\"spacingAndGlyphs\"",
                 width - 40);
    svg_text(f, width / 2.0, 28, attributes, "%s", title);
    return CLI_OK;
}

static int svg_end(out_file *file)
{
    fputs("</svg>\n", file->stream);
    return out_file_commit(file);
}

/* ---- training curves ---- */

#define TRAIN_COLOUR "#1f77b4"
#define VAL_COLOUR   "#ff7f0e"
#define BEST_COLOUR  "#2ca02c"

/* An axis from lo to hi in round steps (1, 2 or 5 times a power of ten)
 * of at least `least`, about `ticks` of them. */
typedef struct {
    double lo, hi, step;
} axis;

static axis axis_for(double lo, double hi, int ticks, double least)
{
    if (hi - lo < 1e-9 * (fabs(lo) + 1)) { /* one value: room around it */
        double pad = lo != 0 ? fabs(lo) * 0.05 : 0.5;
        lo -= pad;
        hi += pad;
    }
    double raw = (hi - lo) / ticks, power = pow(10, floor(log10(raw)));
    double f = raw / power;
    double step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    step = step < least ? least : step;
    return (axis){floor(lo / step) * step, ceil(hi / step) * step, step};
}

/* The decimals a tick label needs at this step. */
static int decimals(double step)
{
    return step >= 1 ? 0 : (int)ceil(-log10(step) - 1e-9);
}

typedef struct {
    double x, y, width, height;
    axis ax, ay;
} panel;

static double panel_x(const panel *p, double v)
{
    return p->x + (v - p->ax.lo) / (p->ax.hi - p->ax.lo) * p->width;
}

static double panel_y(const panel *p, double v)
{
    return p->y + p->height -
           (v - p->ay.lo) / (p->ay.hi - p->ay.lo) * p->height;
}

/* Grid lines and their values, the frame, and the y axis's name. */
static void draw_frame(FILE *f, const panel *p, const char *name,
                       const char *unit)
{
    long ny = lround((p->ay.hi - p->ay.lo) / p->ay.step);
    long nx = lround((p->ax.hi - p->ax.lo) / p->ax.step);
    for (long i = 0; i <= ny; i++) {
        double v = p->ay.lo + (double)i * p->ay.step, y = panel_y(p, v);
        svg_line(f, p->x, y, p->x + p->width, y, "stroke=\"#e4e4e4\"");
        svg_text(f, p->x - 6, y + 4, "text-anchor=\"end\" fill=\"#444\"",
                 "%.*f%s", decimals(p->ay.step), v, unit);
    }
    for (long i = 0; i <= nx; i++) {
        double v = p->ax.lo + (double)i * p->ax.step, x = panel_x(p, v);
        svg_line(f, x, p->y, x, p->y + p->height, "stroke=\"#e4e4e4\"");
        svg_text(f, x, p->y + p->height + 17,
                 "text-anchor=\"middle\" fill=\"#444\"", "%.*f",
                 decimals(p->ax.step), v);
    }
    fprintf(f,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
            "fill=\"none\" stroke=\"#888\"/>\n",
            p->x, p->y, p->width, p->height);
    svg_text_up(f, p->x - 52, p->y + p->height / 2, name);
}

static const char *const series_names[METRICS] = {
    "training loss", "training accuracy", "validation loss",
    "validation accuracy"};

/* One metric over the epochs: a line through a point per epoch that has
 * the value, and a dot on each while there are few enough to tell. */
static void draw_curve(FILE *f, const panel *p, const epoch_metrics *rows,
                       size_t n, int metric, double scale)
{
    const char *colour = metric < VAL_LOSS ? TRAIN_COLOUR : VAL_COLOUR;
    size_t points = 0;
    for (size_t i = 0; i < n; i++)
        points += isfinite(rows[i].value[metric]) != 0;
    if (points == 0)
        return;
    fprintf(f,
            "<polyline class=\"curve\" data-series=\"%s\" fill=\"none\" "
            "stroke=\"%s\" stroke-width=\"2\" stroke-linejoin=\"round\" "
            "points=\"",
            series_names[metric], colour);
    for (size_t i = 0, drawn = 0; i < n; i++)
        if (isfinite(rows[i].value[metric]))
            fprintf(f, "%s%.2f,%.2f", drawn++ ? " " : "",
                    panel_x(p, (double)rows[i].epoch),
                    panel_y(p, rows[i].value[metric] * scale));
    fputs("\"/>\n", f);
    for (size_t i = 0; i < n && n <= 60; i++)
        if (isfinite(rows[i].value[metric]))
            fprintf(f,
                    "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"2.5\" "
                    "fill=\"%s\"/>\n",
                    panel_x(p, (double)rows[i].epoch),
                    panel_y(p, rows[i].value[metric] * scale), colour);
}

/* The best epoch: a dashed line across the panel and a ring on the
 * validation curve (the training one without validation). */
static void draw_best(FILE *f, const panel *p, const epoch_metrics *best,
                      int metric, double scale)
{
    double x = panel_x(p, (double)best->epoch);
    if (isfinite(best->value[metric + VAL_LOSS]))
        metric += VAL_LOSS;
    fprintf(f,
            "<line class=\"best-epoch\" data-epoch=\"%zu\" x1=\"%.2f\" "
            "y1=\"%.1f\" x2=\"%.2f\" y2=\"%.1f\" stroke=\"" BEST_COLOUR "\" "
            "stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n",
            best->epoch, x, p->y, x, p->y + p->height);
    if (isfinite(best->value[metric]))
        fprintf(f,
                "<circle class=\"best-epoch\" data-epoch=\"%zu\" "
                "cx=\"%.2f\" cy=\"%.2f\" r=\"6\" fill=\"none\" "
                "stroke=\"" BEST_COLOUR "\" stroke-width=\"2\"/>\n",
                best->epoch, x, panel_y(p, best->value[metric] * scale));
}

/* A panel of one measure (metric: TRAIN_LOSS or TRAIN_ACCURACY; its
 * validation twin is metric + VAL_LOSS), scaled by scale, its axis from 0
 * at the lowest and up to top at the highest. */
static void draw_panel(FILE *f, panel *p, const epoch_metrics *rows, size_t n,
                       const epoch_metrics *best, int metric, double scale,
                       double top, const char *name, const char *unit)
{
    double lo = INFINITY, hi = -INFINITY;
    for (size_t i = 0; i < n; i++)
        for (int m = metric; m < METRICS; m += VAL_LOSS)
            if (isfinite(rows[i].value[m])) {
                lo = fmin(lo, rows[i].value[m] * scale);
                hi = fmax(hi, rows[i].value[m] * scale);
            }
    if (!(lo <= hi))
        lo = 0, hi = top < INFINITY ? top : 1;
    p->ay = axis_for(lo, hi, 5, 0);
    p->ay.lo = fmax(p->ay.lo, 0);
    p->ay.hi = fmin(p->ay.hi, top);
    draw_frame(f, p, name, unit);
    draw_curve(f, p, rows, n, metric, scale);
    draw_curve(f, p, rows, n, metric + VAL_LOSS, scale);
    if (best)
        draw_best(f, p, best, metric, scale);
}

/* The row of the best epoch: the one asked for, else the one of the lowest
 * validation loss, else of the lowest training loss. */
static const epoch_metrics *best_row(const epoch_metrics *rows, size_t n,
                                     size_t epoch)
{
    int metric = TRAIN_LOSS;
    for (size_t i = 0; i < n; i++) {
        if (rows[i].epoch == epoch)
            return &rows[i];
        metric = isfinite(rows[i].value[VAL_LOSS]) ? VAL_LOSS : metric;
    }
    const epoch_metrics *best = NULL;
    for (size_t i = 0; i < n; i++)
        if (isfinite(rows[i].value[metric]) &&
            (!best || rows[i].value[metric] < best->value[metric]))
            best = &rows[i];
    return best;
}

/* The key to the colours, and what the best epoch was. */
static void draw_legend(FILE *f, const epoch_metrics *best, int show_accuracy)
{
    int validation = best && isfinite(best->value[VAL_LOSS]);
    svg_line(f, 80, 52, 104, 52,
             "stroke=\"" TRAIN_COLOUR "\" stroke-width=\"2\"");
    svg_text(f, 110, 56, "", "training");
    if (validation) {
        svg_line(f, 180, 52, 204, 52,
                 "stroke=\"" VAL_COLOUR "\" stroke-width=\"2\"");
        svg_text(f, 210, 56, "", "validation");
    }
    if (!best)
        return;
    svg_line(f, 300, 52, 324, 52,
             "stroke=\"" BEST_COLOUR "\" stroke-width=\"1.5\" "
             "stroke-dasharray=\"6 4\"");
    int metric = validation ? VAL_LOSS : TRAIN_LOSS;
    char accuracy[48] = "";
    if (show_accuracy && isfinite(best->value[metric + TRAIN_ACCURACY]))
        snprintf(accuracy, sizeof accuracy, ", %s %.1f%%",
                 validation ? "val acc" : "acc",
                 100 * best->value[metric + TRAIN_ACCURACY]);
    svg_text(f, 330, 56, "", "best epoch %zu: %s %.4g%s", best->epoch,
             validation ? "val loss" : "training loss (no validation)",
             best->value[metric], accuracy);
}

int plot_training(const char *path, const char *title,
                  const epoch_metrics *rows, size_t n, size_t best_epoch,
                  int show_accuracy)
{
    out_file file;
    int rc = svg_begin(&file, path, 800, 600, title);
    if (rc != CLI_OK)
        return rc;
    FILE *f = file.stream;
    const epoch_metrics *best = best_row(rows, n, best_epoch);
    axis epochs = axis_for(n ? (double)rows[0].epoch : 1,
                           n ? (double)rows[n - 1].epoch : 1, 8, 1);
    panel loss = {80, 76, 690, show_accuracy ? 210 : 460, epochs, {0, 0, 0}};
    draw_panel(f, &loss, rows, n, best, TRAIN_LOSS, 1, INFINITY, "loss", "");
    if (show_accuracy) {
        panel accuracy = {80, 326, 690, 210, epochs, {0, 0, 0}};
        draw_panel(f, &accuracy, rows, n, best, TRAIN_ACCURACY, 100, 100,
                   "accuracy (%)", "");
    }
    svg_text(f, 425, 580, "text-anchor=\"middle\"", "epoch");
    draw_legend(f, best, show_accuracy);
    return svg_end(&file);
}

/* ---- the confusion matrix ---- */

/* A share t of the largest count as a colour, from near white to dark
 * blue, straight across sRGB as the scale's gradient goes. */
static void scale_colour(double t, char *out, size_t size)
{
    static const int light[3] = {247, 251, 255}, dark[3] = {8, 48, 107};
    int c[3];
    for (int i = 0; i < 3; i++)
        c[i] = (int)lround(light[i] + t * (dark[i] - light[i]));
    snprintf(out, size, "#%02x%02x%02x", c[0] & 255, c[1] & 255, c[2] & 255);
}

/* The colour scale beside the grid: 0 at the bottom, the largest on top. */
static void draw_scale(FILE *f, double x, double y, double height,
                       size_t largest)
{
    char light[32], dark[32];
    scale_colour(0, light, sizeof light);
    scale_colour(1, dark, sizeof dark);
    fprintf(f,
            "<defs><linearGradient id=\"scale\" x1=\"0\" y1=\"1\" x2=\"0\" "
            "y2=\"0\"><stop offset=\"0\" stop-color=\"%s\"/><stop "
            "offset=\"1\" stop-color=\"%s\"/></linearGradient></defs>\n"
            "<rect class=\"scale\" x=\"%.1f\" y=\"%.1f\" width=\"18\" "
            "height=\"%.1f\" fill=\"url(#scale)\" stroke=\"#888\"/>\n",
            light, dark, x, y, height);
    for (int i = 0; i <= 4; i++) {
        double v = (double)largest * i / 4, ty = y + height * (1 - i / 4.0);
        svg_line(f, x + 18, ty, x + 23, ty, "stroke=\"#888\"");
        svg_text(f, x + 27, ty + 4, "fill=\"#444\"", "%.*f",
                 v == floor(v) ? 0 : 1, v);
    }
    svg_text(f, x + 9, y - 10, "text-anchor=\"middle\"", "count");
}

static void draw_cell(FILE *f, const confusion_matrix *m, size_t t, size_t p,
                      double x, double y, double cell, size_t largest)
{
    size_t count = m->counts[t * m->classes + p];
    double share = (double)count / (double)largest;
    char colour[32], attributes[96];
    scale_colour(share, colour, sizeof colour);
    fprintf(f,
            "<rect class=\"cell\" data-true=\"%zu\" data-predicted=\"%zu\" "
            "data-count=\"%zu\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" "
            "height=\"%.2f\" fill=\"%s\" stroke=\"#fff\"/>\n",
            t, p, count, x, y, cell, cell, colour);
    snprintf(attributes, sizeof attributes,
             "class=\"count\" text-anchor=\"middle\" font-size=\"%.1f\" "
             "fill=\"%s\"",
             fmin(16, cell * 0.4), share > 0.45 ? "#fff" : "#000");
    svg_text(f, x + cell / 2, y + cell / 2 + fmin(16, cell * 0.4) * 0.35,
             attributes, "%zu", count);
}

int plot_confusion(const char *path, const char *title,
                   const confusion_matrix *m)
{
    size_t k = m->classes, largest = 1, total = 0;
    for (size_t i = 0; i < k * k; i++) {
        largest = m->counts[i] > largest ? m->counts[i] : largest;
        total += m->counts[i];
    }
    out_file file;
    int rc = svg_begin(&file, path, 720, 660, title);
    if (rc != CLI_OK)
        return rc;
    FILE *f = file.stream;
    size_t correct = confusion_correct(m);
    svg_text(f, 360, 52, "text-anchor=\"middle\" fill=\"#444\"",
             "%zu samples, %zu correct (%.1f%%)", total, correct,
             total ? 100.0 * (double)correct / (double)total : 0.0);
    double left = 120, top = 110, size = 480, cell = size / (double)k;
    char across[64], down[64];
    snprintf(across, sizeof across, "text-anchor=\"middle\" font-size=\"%.1f\"",
             fmin(13, cell * 0.6));
    snprintf(down, sizeof down, "text-anchor=\"end\" font-size=\"%.1f\"",
             fmin(13, cell * 0.6));
    for (size_t t = 0; t < k; t++)
        for (size_t p = 0; p < k; p++)
            draw_cell(f, m, t, p, left + (double)p * cell,
                      top + (double)t * cell, cell, largest);
    for (size_t c = 0; c < k; c++) {
        double at = (double)c * cell + cell / 2;
        svg_text(f, left + at, top - 8, across, "%zu", c);
        svg_text(f, left - 8, top + at + 4, down, "%zu", c);
    }
    svg_text(f, left + size / 2, top - 34, "text-anchor=\"middle\"",
             "predicted class");
    svg_text_up(f, left - 50, top + size / 2, "true class");
    draw_scale(f, left + size + 36, top, size, largest);
    return svg_end(&file);
}

/* ---- the network ---- */

#define WIDE                                                                   \
    16 /* wider layers show their first HEAD, an ellipsis, the last            \
        */
#define HEAD            6
#define POSITIVE_COLOUR "#2166ac"
#define NEGATIVE_COLOUR "#d6242f"

typedef struct {
    size_t width;                   /* neurons */
    double x, mid, spacing, radius; /* where they are drawn */
} column;

static size_t column_slots(size_t width)
{
    return width <= WIDE ? width : HEAD + 2;
}

static double slot_y(const column *c, size_t slot)
{
    double middle = (double)(column_slots(c->width) - 1) / 2;
    return c->mid + ((double)slot - middle) * c->spacing;
}

/* The neuron shown at a slot (the ellipsis's slot, HEAD, aside). */
static size_t slot_neuron(size_t width, size_t slot)
{
    return width <= WIDE || slot < HEAD ? slot : width - 1;
}

static void draw_column(FILE *f, const column *c, size_t l, size_t L,
                        const ffnn_net *net)
{
    static const char *const fills[] = {"#e5f5e0", "#deebf7", "#fee6ce"};
    const char *fill = fills[l == 0 ? 0 : l < L ? 1 : 2];
    for (size_t s = 0; s < column_slots(c->width); s++) {
        double y = slot_y(c, s);
        if (c->width > WIDE && s == HEAD) {
            fputs("<g class=\"ellipsis\" fill=\"#333\">", f);
            for (int d = -1; d <= 1; d++)
                fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\"/>", c->x,
                        y + d * c->spacing * 0.28);
            fputs("</g>\n", f);
            continue;
        }
        fprintf(f,
                "<circle class=\"neuron\" data-layer=\"%zu\" "
                "data-index=\"%zu\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" "
                "fill=\"%s\" stroke=\"#333\" stroke-width=\"1.2\"/>\n",
                l, slot_neuron(c->width, s), c->x, y, c->radius, fill);
    }
    if (c->width > WIDE) { /* which neurons the shown ones are */
        const char *small =
            "text-anchor=\"end\" font-size=\"10\" fill=\"#666\"";
        svg_text(f, c->x - c->radius - 5, slot_y(c, 0) + 3, small, "1");
        svg_text(f, c->x - c->radius - 5, slot_y(c, HEAD + 1) + 3, small, "%zu",
                 c->width);
    }
    const char *bold = "text-anchor=\"middle\" font-weight=\"bold\"";
    if (l == 0 || l == L)
        svg_text(f, c->x, 84, bold, "%s", l ? "output" : "input");
    else
        svg_text(f, c->x, 84, bold, "hidden %zu", l);
    svg_text(f, c->x, 536, "text-anchor=\"middle\"", "%zu neuron%s", c->width,
             c->width == 1 ? "" : "s");
    svg_text(f, c->x, 554, "text-anchor=\"middle\" fill=\"#444\"", "%s",
             l ? activation_name(ffnn_net_activation(net, l)) : "features");
}

/* Every weight of layer l as an edge from neuron j of l-1 to neuron i of
 * l: blue if positive, red if negative, as wide as |w| (of the largest). */
static void draw_edges(FILE *f, const ffnn_net *net, const column *columns,
                       size_t l, float largest)
{
    float w[WIDE * WIDE] = {0};
    size_t rows = columns[l].width, inputs = columns[l - 1].width;
    (void)ffnn_get_layer(net, l, w, NULL); /* read once already */
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < inputs; j++) {
            float v = w[i * inputs + j];
            fprintf(f,
                    "<line class=\"edge\" data-layer=\"%zu\" "
                    "data-from=\"%zu\" data-to=\"%zu\" data-w=\"%.4g\" "
                    "x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    "stroke=\"%s\" stroke-width=\"%.2f\" "
                    "stroke-opacity=\"0.85\"/>\n",
                    l, j, i, (double)v, columns[l - 1].x,
                    slot_y(&columns[l - 1], j), columns[l].x,
                    slot_y(&columns[l], i),
                    v < 0 ? NEGATIVE_COLOUR : POSITIVE_COLOUR,
                    0.4 + 3.6 * fabs((double)v) / (double)largest);
        }
}

/* Too many weights to draw: a pale band joining the columns, and how
 * many weights it stands for. */
static void draw_band(FILE *f, const column *a, const column *b)
{
    double ta = slot_y(a, 0), ba = slot_y(a, column_slots(a->width) - 1);
    double tb = slot_y(b, 0), bb = slot_y(b, column_slots(b->width) - 1);
    fprintf(f,
            "<polygon class=\"band\" points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f "
            "%.1f,%.1f\" fill=\"#eeeeee\"/>\n",
            a->x, ta, b->x, tb, b->x, bb, a->x, ba);
    svg_text(f, (a->x + b->x) / 2, a->mid + 4,
             "text-anchor=\"middle\" fill=\"#555\" font-size=\"12\"",
             "%zu weights", a->width * b->width);
}

/* The largest |w| of a small network (1 if every weight is 0), which
 * the edges are scaled by. */
static int largest_weight(const ffnn_net *net, size_t L, float *largest)
{
    float w[WIDE * WIDE];
    *largest = 0;
    for (size_t l = 1; l <= L; l++) {
        size_t n =
            ffnn_net_layer_size(net, l) * ffnn_net_layer_size(net, l - 1);
        ffnn_status s = ffnn_get_layer(net, l, w, NULL);
        if (s != FFNN_OK)
            return fail_library("ffnn_get_layer", s, net);
        for (size_t i = 0; i < n; i++)
            *largest = fmaxf(*largest, fabsf(w[i]));
    }
    *largest = *largest > 0 ? *largest : 1;
    return CLI_OK;
}

static void draw_network_legend(FILE *f, int small, float largest)
{
    if (!small) {
        svg_text(f, 60, 596, "fill=\"#444\"",
                 "A layer wider than %d neurons shows its first %d, an "
                 "ellipsis and its last; the weights are not drawn.",
                 WIDE, HEAD);
        return;
    }
    svg_line(f, 60, 592, 90, 592,
             "stroke=\"" POSITIVE_COLOUR "\" stroke-width=\"3\"");
    svg_text(f, 96, 596, "", "positive weight");
    svg_line(f, 220, 592, 250, 592,
             "stroke=\"" NEGATIVE_COLOUR "\" stroke-width=\"3\"");
    svg_text(f, 256, 596, "", "negative weight");
    svg_text(f, 390, 596, "fill=\"#444\"",
             "line width: |w| (widest: %.3g); biases not drawn",
             (double)largest);
}

/* Columns spread across the width, neurons spaced to fit the tallest. */
static void lay_out(const ffnn_net *net, size_t L, int width, column *columns)
{
    size_t tallest = 1;
    for (size_t l = 0; l <= L; l++) {
        columns[l].width = ffnn_net_layer_size(net, l);
        size_t slots = column_slots(columns[l].width);
        tallest = slots > tallest ? slots : tallest;
    }
    double spacing = fmin(410.0 / (double)tallest, 48);
    for (size_t l = 0; l <= L; l++) {
        columns[l].x = 110 + (double)l * (width - 220) / (double)L;
        columns[l].mid = 305;
        columns[l].spacing = spacing;
        columns[l].radius = fmin(15, spacing * 0.36);
    }
}

static void draw_network(FILE *f, const ffnn_net *net, const column *columns,
                         int width, int small, float largest)
{
    size_t L = ffnn_net_num_layers(net);
    char architecture[256];
    model_architecture(net, architecture, sizeof architecture);
    svg_text(f, width / 2.0, 52, "text-anchor=\"middle\" fill=\"#444\"",
             "%s, %s loss, %zu parameters", architecture,
             loss_name(ffnn_net_loss_function(net)), ffnn_net_num_params(net));
    for (size_t l = 1; l <= L; l++) {
        if (small)
            draw_edges(f, net, columns, l, largest);
        else
            draw_band(f, &columns[l - 1], &columns[l]);
    }
    for (size_t l = 0; l <= L; l++)
        draw_column(f, &columns[l], l, L, net);
    draw_network_legend(f, small, largest);
}

int plot_network(const char *path, const char *title, const ffnn_net *net)
{
    size_t L = ffnn_net_num_layers(net);
    int small = 1, width = (int)(L + 1) * 170 > 800 ? (int)(L + 1) * 170 : 800;
    column *columns = malloc((L + 1) * sizeof *columns);
    if (!columns)
        return fail(CLI_RUNTIME_ERROR, "out of memory");
    lay_out(net, L, width, columns);
    for (size_t l = 0; l <= L; l++)
        small &= columns[l].width <= WIDE;
    float largest = 0;
    out_file file;
    int rc = small ? largest_weight(net, L, &largest) : CLI_OK;
    if (rc == CLI_OK)
        rc = svg_begin(&file, path, width, 620, title);
    if (rc == CLI_OK) {
        draw_network(file.stream, net, columns, width, small, largest);
        rc = svg_end(&file);
    }
    free(columns);
    return rc;
}
