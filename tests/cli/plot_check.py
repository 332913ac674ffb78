"""plot_check.py -- checks of the SVG pictures `ffnn ... --plot` draws, for
test_plot.sh: what the file says (parsed as XML) and what a browser shows
(a PNG screenshot, read with the small decoder below: no imaging library).

  plot_check.py svg FILE.svg                       any picture: well formed,
                                                   self-contained, titled
  plot_check.py train FILE.svg METRICS.csv BEST [noacc]
  plot_check.py confusion FILE.svg EVAL_OUTPUT.txt
  plot_check.py network FILE.svg N0,N1,..,NL
  plot_check.py same-curves A.svg B.svg             the same curves in both
  plot_check.py title FILE.svg TEXT                 the title is TEXT
  plot_check.py shot-train|shot-confusion|shot-network FILE.png FILE.svg

Exits 1, saying why, when a check fails."""
import re
import struct
import sys
import xml.etree.ElementTree as ET
import zlib

NS = "{http://www.w3.org/2000/svg}"


def fail(message):
    print("plot_check: " + message)
    sys.exit(1)


def expect(condition, message):
    if not condition:
        fail(message)


def elements(root, tag, cls=None):
    return [e for e in root.iter(NS + tag)
            if cls is None or e.get("class") == cls]


def texts(root):
    return ["".join(e.itertext()) for e in elements(root, "text")]


def number(e, name):
    return float(e.get(name))


# ---- the file ----

def check_svg(path):
    root = ET.parse(path).getroot()  # raises on a file that is not XML
    expect(root.tag == NS + "svg", "the root is not <svg>")
    box = root.get("viewBox", "").split()
    expect(len(box) == 4 and float(box[2]) > 0 and float(box[3]) > 0,
           "no usable viewBox")
    expect(root.get("width") == box[2] and root.get("height") == box[3],
           "width and height are not the viewBox's")
    title = root.find(NS + "title")
    expect(title is not None and title.text and title.text.strip(),
           "no <title>")
    expect(len([t for t in texts(root) if t.strip()]) >= 3,
           "fewer than 3 visible texts")
    for bad in ("script", "image", "foreignObject", "style", "use", "a"):
        expect(not elements(root, bad), "has a <%s>" % bad)
    for e in root.iter():
        for name, value in e.attrib.items():
            expect("href" not in name, "links to %s" % value)
            expect("url(" not in value or re.fullmatch(r"url\(#[\w-]+\)",
                                                        value),
                   "refers outside: %s" % value)
    return root


def polyline(root, series):
    lines = [e for e in elements(root, "polyline", "curve")
             if e.get("data-series") == series]
    expect(len(lines) == 1, "%d curves of %s" % (len(lines), series))
    return [tuple(map(float, p.split(","))) for p in lines[0].get("points").split()]


def check_linear(points, values, what):
    """Each point's coordinate is a + b * value: the curve draws the data."""
    lo, hi = values.index(min(values)), values.index(max(values))
    if values[lo] == values[hi]:
        expect(max(points) - min(points) < 0.5, what + " not flat")
        return
    b = (points[hi] - points[lo]) / (values[hi] - values[lo])
    for p, v in zip(points, values):
        expect(abs(points[lo] + b * (v - values[lo]) - p) < 0.6,
               "%s: a point off its value %g" % (what, v))


def check_train(path, metrics, best, accuracy=True):
    root = check_svg(path)
    rows = [line.split(",") for line in open(metrics).read().split("\n")[1:]
            if line]
    epochs = [int(r[0]) for r in rows]
    series = [("training loss", 1), ("validation loss", 3)]
    if accuracy:
        series += [("training accuracy", 2), ("validation accuracy", 4)]
    for name, column in series:
        points = polyline(root, name)
        expect(len(points) == len(rows),
               "%s: %d points for %d epochs" % (name, len(points), len(rows)))
        values = [float(r[column]) for r in rows]
        check_linear([p[0] for p in points], epochs, name + " x")
        check_linear([-p[1] for p in points], values, name + " y")
    expect(accuracy or not [e for e in elements(root, "polyline")
                            if "accuracy" in e.get("data-series", "")],
           "accuracy curves for a model without accuracy")
    markers = elements(root, "line", "best-epoch")
    expect(len(markers) == (2 if accuracy else 1),
           "%d best-epoch lines" % len(markers))
    x = polyline(root, "validation loss")[epochs.index(best)][0]
    for m in markers:
        expect(m.get("data-epoch") == str(best),
               "best epoch marked %s, not %d" % (m.get("data-epoch"), best))
        expect(abs(number(m, "x1") - x) < 0.01,
               "the best-epoch line is not at epoch %d's point" % best)
    expect(any("best epoch %d" % best in t for t in texts(root)),
           "no text names best epoch %d" % best)


def printed_matrix(path):
    """The confusion matrix `ffnn eval` printed: {(true, predicted): n}."""
    counts, lines = {}, open(path).read().split("\n")
    start = [i for i, l in enumerate(lines) if l.startswith("confusion")][0]
    for line in lines[start + 2:]:
        if "|" not in line:
            break
        head, cells, _ = line.split("|")
        for p, n in enumerate(cells.split()):
            counts[(int(head), p)] = int(n)
    return counts


def check_confusion(path, eval_output):
    root = check_svg(path)
    counts = printed_matrix(eval_output)
    k = int(round(len(counts) ** 0.5))
    cells = elements(root, "rect", "cell")
    expect(len(cells) == k * k, "%d cells for %d classes" % (len(cells), k))
    numbers = [e for e in elements(root, "text", "count")]
    expect(len(numbers) == k * k, "%d counts for %d cells" % (len(numbers), k * k))
    first = [c for c in cells
             if c.get("data-true") == "0" and c.get("data-predicted") == "0"]
    expect(len(first) == 1, "no cell (0, 0)")
    x0, y0 = number(first[0], "x"), number(first[0], "y")
    for cell in cells:
        key = (int(cell.get("data-true")), int(cell.get("data-predicted")))
        expect(int(cell.get("data-count")) == counts[key],
               "cell %s says %s, eval printed %d" % (key, cell.get("data-count"),
                                                     counts[key]))
        x, y = number(cell, "x"), number(cell, "y")
        w, h = number(cell, "width"), number(cell, "height")
        inside = [t for t in numbers if x < number(t, "x") < x + w and
                  y < number(t, "y") < y + h]
        expect(len(inside) == 1 and inside[0].text == str(counts[key]),
               "cell %s does not show its count %d" % (key, counts[key]))
        expect(abs(x - x0 - key[1] * w) < 0.1 and abs(y - y0 - key[0] * h) < 0.1,
               "cell %s out of place: true classes go down, predicted across"
               % (key,))
    expect(elements(root, "rect", "scale"), "no colour scale")
    labels = texts(root)
    expect("predicted class" in labels and "true class" in labels,
           "the axes are not named")


def shown(width):
    return width if width <= 16 else 8  # 6, an ellipsis, the last


def check_network(path, sizes):
    root = check_svg(path)
    sizes = [int(s) for s in sizes.split(",")]
    neurons = elements(root, "circle", "neuron")
    centre = {}
    for n in neurons:
        centre[(int(n.get("data-layer")), int(n.get("data-index")))] = (
            number(n, "cx"), number(n, "cy"))
    wide = [w for w in sizes if w > 16]
    for l, width in enumerate(sizes):
        drawn = sorted(i for (layer, i) in centre if layer == l)
        want = list(range(width)) if width <= 16 else list(range(6)) + [width - 1]
        expect(drawn == want, "layer %d: neurons %s drawn" % (l, drawn))
        expect(len({centre[(l, i)][0] for i in drawn}) == 1,
               "layer %d is not one column" % l)
        expect("%d neuron%s" % (width, "" if width == 1 else "s") in texts(root),
               "layer %d's width %d is not written" % (l, width))
    expect(len(neurons) == sum(min(w, 7) if w > 16 else w for w in sizes),
           "%d neuron circles" % len(neurons))
    groups = [g for g in root.iter(NS + "g") if g.get("class") == "ellipsis"]
    expect(len(groups) == len(wide), "%d ellipses for %d wide layers"
           % (len(groups), len(wide)))
    edges = elements(root, "line", "edge")
    if wide:
        expect(not edges, "%d edges drawn for a wide network" % len(edges))
        return
    expect(len(edges) == sum(a * b for a, b in zip(sizes, sizes[1:])),
           "%d edges" % len(edges))
    seen = set()
    for e in edges:
        l, j, i = (int(e.get(a)) for a in ("data-layer", "data-from", "data-to"))
        seen.add((l, j, i))
        expect((number(e, "x1"), number(e, "y1")) == centre[(l - 1, j)] and
               (number(e, "x2"), number(e, "y2")) == centre[(l, i)],
               "edge %s does not join its neurons" % ((l, j, i),))
        w = float(e.get("data-w"))
        expect(e.get("stroke") == ("#2166ac" if w >= 0 else "#d6242f"),
               "edge %s of weight %g is %s" % ((l, j, i), w, e.get("stroke")))
    expect(len(seen) == len(edges), "an edge drawn twice")
    widths = sorted((abs(float(e.get("data-w"))), number(e, "stroke-width"))
                    for e in edges)
    expect(all(a[1] <= b[1] for a, b in zip(widths, widths[1:])),
           "edge widths do not grow with |w|")


def check_same_curves(a, b):
    curves = [{e.get("data-series"): e.get("points")
               for e in elements(check_svg(path), "polyline", "curve")}
              for path in (a, b)]
    expect(curves[0] and curves[0] == curves[1],
           "%s and %s draw different curves" % (a, b))


def check_title(path, text):
    root = check_svg(path)
    expect(root.find(NS + "title").text == text,
           "the title is %r" % root.find(NS + "title").text)
    expect(text in texts(root), "the title is not shown")


# ---- the screenshot ----

def read_png(path):
    """(width, height, rows of (r, g, b) tuples) of an 8-bit RGB or RGBA,
    non-interlaced PNG, as Chromium writes them."""
    data = open(path, "rb").read()
    expect(data[:8] == b"\x89PNG\r\n\x1a\n", path + " is not a PNG")
    pos, idat = 8, b""
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(
                ">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    expect(depth == 8 and colour in (2, 6) and not interlace,
           "PNG of depth %d colour type %d" % (depth, colour))
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        unfilter(kind, line, previous, bpp)
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, bpp)])
        previous = line
    return width, height, rows


def unfilter(kind, line, up, bpp):
    for i in range(len(line)):
        left = line[i - bpp] if i >= bpp else 0
        corner = up[i - bpp] if i >= bpp else 0
        if kind == 1:
            line[i] = (line[i] + left) & 255
        elif kind == 2:
            line[i] = (line[i] + up[i]) & 255
        elif kind == 3:
            line[i] = (line[i] + (left + up[i]) // 2) & 255
        elif kind == 4:
            p = left + up[i] - corner
            pa, pb, pc = abs(p - left), abs(p - up[i]), abs(p - corner)
            pred = left if pa <= pb and pa <= pc else up[i] if pb <= pc else corner
            line[i] = (line[i] + pred) & 255


def luminance(c):
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]


def near(c, hex_colour, tolerance=40):
    want = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
    return all(abs(a - b) <= tolerance for a, b in zip(c, want))


def count(rows, test, x0=0, y0=0, x1=None, y1=None):
    return sum(1 for row in rows[y0:y1] for c in row[x0:x1] if test(c))


def check_shot_common(png, svg):
    width, height, rows = read_png(png)
    root = ET.parse(svg).getroot()
    w, h = int(root.get("width")), int(root.get("height"))
    expect(width >= w and height >= h, "the screenshot is smaller than the picture")
    ink = count(rows, lambda c: luminance(c) < 200)
    expect(ink > 0.01 * w * h, "the picture is blank (%d dark pixels)" % ink)
    title = count(rows, lambda c: luminance(c) < 80, 0, 8, w, 38)
    expect(title > 150, "no title to be seen (%d dark pixels)" % title)
    return rows, root


def check_shot_train(png, svg):
    rows, root = check_shot_common(png, svg)
    for name, colour in (("training", "#1f77b4"), ("validation", "#ff7f0e")):
        n = count(rows, lambda c: near(c, colour))
        expect(n > 300, "the %s curves are not to be seen (%d pixels)" % (name, n))
    marker = elements(root, "line", "best-epoch")[0]
    x, y0, y1 = int(number(marker, "x1")), int(number(marker, "y1")), int(number(marker, "y2"))
    green = count(rows, lambda c: near(c, "#2ca02c", 60), x - 2, y0, x + 3, y1)
    expect(green > 40, "the best-epoch line is not seen at x=%d (%d pixels)"
           % (x, green))


def check_shot_confusion(png, svg):
    rows, root = check_shot_common(png, svg)
    shades = []
    for cell in elements(root, "rect", "cell"):
        x, y = int(number(cell, "x")) + 3, int(number(cell, "y")) + 3
        patch = [rows[y + dy][x + dx] for dy in range(4) for dx in range(4)]
        shades.append((sum(map(luminance, patch)) / len(patch),
                       int(cell.get("data-count")), cell.get("data-true"),
                       cell.get("data-predicted")))
    darkest = min(shades)
    expect(darkest[1] == max(s[1] for s in shades),
           "the darkest cell (%s, %s) holds %d, not the largest count"
           % (darkest[2], darkest[3], darkest[1]))
    for a in shades:
        for b in shades:
            expect(a[1] <= b[1] or a[0] < b[0] - 1,
                   "cell (%s, %s) of %d is not darker than (%s, %s) of %d"
                   % (a[2], a[3], a[1], b[2], b[3], b[1]))
    scale = elements(root, "rect", "scale")[0]
    x = int(number(scale, "x") + 9)
    top, bottom = int(number(scale, "y") + 3), int(number(scale, "y") + number(scale, "height") - 3)
    expect(luminance(rows[top][x]) < 80 < 230 < luminance(rows[bottom][x]),
           "the colour scale does not run from light to dark")


def check_shot_network(png, svg):
    rows, root = check_shot_common(png, svg)
    red = count(rows, lambda c: c[0] > 170 and c[1] < 110 and c[2] < 110)
    blue = count(rows, lambda c: c[2] > 150 and c[0] < 110 and c[1] < 160)
    edges = elements(root, "line", "edge")
    if edges:
        expect(red > 100 and blue > 100,
               "edges not seen in both colours (%d red, %d blue pixels)"
               % (red, blue))
    else:
        expect(red == 0 and blue == 0, "edge colours in a drawing without edges")
    for n in elements(root, "circle", "neuron"):
        x, y, r = int(number(n, "cx")), int(number(n, "cy")), number(n, "r")
        expect(near(rows[y][x], n.get("fill"), 12),
               "neuron at (%d, %d) is %s, not filled %s" % (x, y, rows[y][x], n.get("fill")))
        rim = rows[y][int(x + r)]
        expect(luminance(rim) < 160, "neuron at (%d, %d) has no outline" % (x, y))
    for g in root.iter(NS + "g"):
        if g.get("class") == "ellipsis":
            dot = list(g)[1]
            x, y = int(number(dot, "cx")), int(number(dot, "cy"))
            expect(luminance(rows[y][x]) < 100, "the ellipsis is not seen")


if __name__ == "__main__":
    what, args = sys.argv[1], sys.argv[2:]
    if what == "svg":
        check_svg(*args)
    elif what == "train":
        check_train(args[0], args[1], int(args[2]), len(args) < 4)
    elif what == "confusion":
        check_confusion(*args)
    elif what == "network":
        check_network(*args)
    elif what == "same-curves":
        check_same_curves(*args)
    elif what == "title":
        check_title(*args)
    elif what.startswith("shot-"):
        {"train": check_shot_train, "confusion": check_shot_confusion,
         "network": check_shot_network}[what[5:]](*args)
    else:
        fail("unknown check " + what)
