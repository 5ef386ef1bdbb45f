// Interposes cairo's drawing entry points, so that poppler's render of a page can hand over the
// lines and shapes it would draw instead of drawing them (rasterising a page costs two to three
// times reading its text). The executable exports these symbols (Package.swift's linker flags),
// so poppler-glib's calls through its PLT land here; without an active capture on the calling
// thread every call goes on to the real cairo function (review images, debug PNGs).
#define _GNU_SOURCE
#include "CairoCapture.h"

#include <dlfcn.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct capture {
    cairo_t *cr;
    capture_piece *pieces;
    size_t count, capacity;
    capture_glyph *glyphs;
    size_t glyph_count, glyph_capacity;
    int order;
    int failed;
};

static __thread capture *active;

// ---- the real functions, looked up once ----

typedef void (*cr_fn)(cairo_t *);
typedef void (*cr_alpha_fn)(cairo_t *, double);
typedef void (*cr_mask_fn)(cairo_t *, cairo_pattern_t *);
typedef void (*cr_mask_surface_fn)(cairo_t *, cairo_surface_t *, double, double);
typedef void (*cr_glyphs_fn)(cairo_t *, const cairo_glyph_t *, int);
typedef void (*cr_glyph_path_fn)(cairo_t *, const cairo_glyph_t *, int);
typedef void (*cr_text_glyphs_fn)(cairo_t *, const char *, int, const cairo_glyph_t *, int,
                                  const cairo_text_cluster_t *, int, cairo_text_cluster_flags_t);

static struct {
    cr_fn fill, fill_preserve, stroke, stroke_preserve, paint;
    cr_alpha_fn paint_with_alpha;
    cr_mask_fn mask;
    cr_mask_surface_fn mask_surface;
    cr_glyphs_fn show_glyphs;
    cr_text_glyphs_fn show_text_glyphs;
    cr_glyph_path_fn glyph_path;
} real;
static pthread_once_t real_once = PTHREAD_ONCE_INIT;

static void look_up_real(void) {
    real.fill = (cr_fn)dlsym(RTLD_NEXT, "cairo_fill");
    real.fill_preserve = (cr_fn)dlsym(RTLD_NEXT, "cairo_fill_preserve");
    real.stroke = (cr_fn)dlsym(RTLD_NEXT, "cairo_stroke");
    real.stroke_preserve = (cr_fn)dlsym(RTLD_NEXT, "cairo_stroke_preserve");
    real.paint = (cr_fn)dlsym(RTLD_NEXT, "cairo_paint");
    real.paint_with_alpha = (cr_alpha_fn)dlsym(RTLD_NEXT, "cairo_paint_with_alpha");
    real.mask = (cr_mask_fn)dlsym(RTLD_NEXT, "cairo_mask");
    real.mask_surface = (cr_mask_surface_fn)dlsym(RTLD_NEXT, "cairo_mask_surface");
    real.show_glyphs = (cr_glyphs_fn)dlsym(RTLD_NEXT, "cairo_show_glyphs");
    real.show_text_glyphs = (cr_text_glyphs_fn)dlsym(RTLD_NEXT, "cairo_show_text_glyphs");
    real.glyph_path = (cr_glyph_path_fn)dlsym(RTLD_NEXT, "cairo_glyph_path");
}

static void need_real(void) { pthread_once(&real_once, look_up_real); }

// ---- capture bookkeeping ----

capture *capture_begin(cairo_t *cr) {
    capture *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->cr = cr;
    need_real();
    active = c;
    return c;
}

void capture_end(capture *c) {
    if (active == c) active = NULL;
}

const capture_piece *capture_pieces(const capture *c, size_t *count) {
    *count = c ? c->count : 0;
    return c ? c->pieces : NULL;
}

const capture_glyph *capture_glyphs(const capture *c, size_t *count) {
    *count = c ? c->glyph_count : 0;
    return c ? c->glyphs : NULL;
}

void capture_free(capture *c) {
    if (!c) return;
    if (active == c) active = NULL;
    free(c->glyphs);
    free(c->pieces);
    free(c);
}

int capture_is_active(void) { return active != NULL; }

int capture_is_interposed(void) {
    void *found = dlsym(RTLD_DEFAULT, "cairo_fill");
    return found == (void *)&cairo_fill;
}

static void add(capture *c, double x0, double y0, double x1, double y1, const double rgba[4], int kind) {
    if (c->failed) return;
    if (c->count == c->capacity) {
        size_t cap = c->capacity ? c->capacity * 2 : 256;
        capture_piece *p = realloc(c->pieces, cap * sizeof *p);
        if (!p) { c->failed = 1; return; }
        c->pieces = p;
        c->capacity = cap;
    }
    capture_piece *p = &c->pieces[c->count++];
    p->x0 = fmin(x0, x1); p->x1 = fmax(x0, x1);
    p->y0 = fmin(y0, y1); p->y1 = fmax(y0, y1);
    p->r = rgba[0]; p->g = rgba[1]; p->b = rgba[2]; p->a = rgba[3];
    p->kind = kind;
    p->order = c->order;
}

/// Adds the rectangle cut to the clip's extents (device space); nothing when nothing is left.
static void add_clipped(capture *c, const double clip[4], double x0, double y0, double x1, double y1,
                        const double rgba[4], int kind) {
    double ax0 = fmax(fmin(x0, x1), clip[0]), ax1 = fmin(fmax(x0, x1), clip[2]);
    double ay0 = fmax(fmin(y0, y1), clip[1]), ay1 = fmin(fmax(y0, y1), clip[3]);
    if (ax1 <= ax0 || ay1 <= ay0) return;
    add(c, ax0, ay0, ax1, ay1, rgba, kind);
}

static void source_colour(cairo_t *cr, double rgba[4]) {
    cairo_pattern_t *src = cairo_get_source(cr);
    if (cairo_pattern_get_rgba(src, &rgba[0], &rgba[1], &rgba[2], &rgba[3]) != CAIRO_STATUS_SUCCESS) {
        rgba[0] = rgba[1] = rgba[2] = 0;
        rgba[3] = -1;
    }
}

/// The current path in device space, flattened (curves as line pieces), and the clip's extents
/// in device space.
static cairo_path_t *device_path(cairo_t *cr, double clip[4]) {
    cairo_matrix_t m;
    cairo_get_matrix(cr, &m);
    cairo_identity_matrix(cr);
    cairo_path_t *path = cairo_copy_path_flat(cr);
    cairo_clip_extents(cr, &clip[0], &clip[1], &clip[2], &clip[3]);
    cairo_set_matrix(cr, &m);
    return path;
}

#define MAX_POINTS 4096
typedef struct { double x, y; } point;

/// Calls `each` for every subpath: its points and whether it was closed.
static void subpaths(cairo_path_t *path, void (*each)(void *, const point *, int, int), void *ctx) {
    static __thread point pts[MAX_POINTS];
    int n = 0, closed = 0;
    for (int i = 0; i < path->num_data; i += path->data[i].header.length) {
        cairo_path_data_t *d = &path->data[i];
        switch (d->header.type) {
        case CAIRO_PATH_MOVE_TO:
            if (n > 0) each(ctx, pts, n, closed);
            n = 0; closed = 0;
            pts[n++] = (point){d[1].point.x, d[1].point.y};
            break;
        case CAIRO_PATH_LINE_TO:
            if (n < MAX_POINTS) pts[n++] = (point){d[1].point.x, d[1].point.y};
            break;
        case CAIRO_PATH_CLOSE_PATH:
            closed = 1;
            if (n > 0) each(ctx, pts, n, closed);
            // cairo moves back to the subpath's start after a close: the next piece starts there.
            n = n > 0 ? 1 : 0;
            closed = 0;
            break;
        case CAIRO_PATH_CURVE_TO:   // not in a flattened path
            break;
        }
    }
    if (n > 1) each(ctx, pts, n, closed);
}

static const double axis_eps = 0.01;   // device pixels

// ---- strokes ----

typedef struct {
    capture *c;
    double clip[4], rgba[4];
    double across_h, across_v;       // device thickness of a horizontal / vertical line
    double along_h, along_v;         // device length of one user unit along x / y (for dashes)
    const double *dashes; int ndash; double dash_offset;
    int capped;                      // square or round caps reach half the width past the ends
} stroke_ctx;

/// One straight stroked piece from a to b (already known horizontal or vertical), dashed.
static void stroke_piece(stroke_ctx *s, int horizontal, double fixed, double a, double b,
                         double ext_a, double ext_b) {
    double half = (horizontal ? s->across_h : s->across_v) / 2;
    double lo = fmin(a, b) - (a <= b ? ext_a : ext_b), hi = fmax(a, b) + (a <= b ? ext_b : ext_a);
    if (s->ndash <= 0) {
        if (horizontal) add_clipped(s->c, s->clip, lo, fixed - half, hi, fixed + half, s->rgba, 0);
        else add_clipped(s->c, s->clip, fixed - half, lo, fixed + half, hi, s->rgba, 0);
        return;
    }
    // Dashes: on and off lengths in user units along the line, from the dash offset.
    double unit = horizontal ? s->along_h : s->along_v, total = 0;
    for (int i = 0; i < s->ndash; i++) total += s->dashes[i] * unit;
    if (total <= 0) return;
    double pos = fmin(a, b), end = fmax(a, b);
    double phase = fmod(s->dash_offset * unit, total);
    int i = 0;
    while (phase > 0 && phase >= s->dashes[i % s->ndash] * unit) { phase -= s->dashes[i % s->ndash] * unit; i++; }
    double left = s->dashes[i % s->ndash] * unit - phase;
    int on = (i % 2) == 0;
    int guard = 0;
    while (pos < end && guard++ < 100000) {
        double step = fmin(left, end - pos);
        if (on && step > 0) {
            double d0 = pos - (s->capped ? half : 0), d1 = pos + step + (s->capped ? half : 0);
            if (horizontal) add_clipped(s->c, s->clip, d0, fixed - half, d1, fixed + half, s->rgba, 0);
            else add_clipped(s->c, s->clip, fixed - half, d0, fixed + half, d1, s->rgba, 0);
        }
        pos += step;
        i++;
        on = !on;
        left = s->dashes[i % s->ndash] * unit;
        if (left <= 0 && s->dashes[(i + 1) % s->ndash] <= 0) break;
    }
}

static void stroke_subpath(void *ctx, const point *p, int n, int closed) {
    stroke_ctx *s = ctx;
    int edges = closed ? n : n - 1;
    for (int i = 0; i < edges; i++) {
        point a = p[i], b = p[(i + 1) % n];
        int horizontal = fabs(a.y - b.y) <= axis_eps, vertical = fabs(a.x - b.x) <= axis_eps;
        if (horizontal == vertical) continue;   // diagonal, or a point
        double half = (horizontal ? s->across_h : s->across_v) / 2;
        // A join (closed shapes, corners) or a square/round cap reaches half the width past the end.
        double ext_a = (closed || i > 0 || s->capped) ? half : 0;
        double ext_b = (closed || i < edges - 1 || s->capped) ? half : 0;
        if (horizontal) stroke_piece(s, 1, (a.y + b.y) / 2, a.x, b.x, ext_a, ext_b);
        else stroke_piece(s, 0, (a.x + b.x) / 2, a.y, b.y, ext_a, ext_b);
    }
}

static void record_stroke(capture *c, cairo_t *cr) {
    stroke_ctx s = { .c = c };
    source_colour(cr, s.rgba);
    cairo_matrix_t m;
    cairo_get_matrix(cr, &m);
    double lw = cairo_get_line_width(cr);
    // The pen is a circle of the line width in user space: its extent across a horizontal line
    // in device space is lw × |(yx, yy)|, across a vertical one lw × |(xx, xy)|.
    s.across_h = lw * hypot(m.yx, m.yy);
    s.across_v = lw * hypot(m.xx, m.xy);
    s.along_h = hypot(m.xx, m.yx);
    s.along_v = hypot(m.xy, m.yy);
    cairo_line_cap_t cap = cairo_get_line_cap(cr);
    s.capped = cap != CAIRO_LINE_CAP_BUTT;
    double dashes[64];
    int nd = cairo_get_dash_count(cr);
    if (nd > 0 && nd <= 64) {
        cairo_get_dash(cr, dashes, &s.dash_offset);
        s.dashes = dashes;
        s.ndash = nd;
    }
    cairo_path_t *path = device_path(cr, s.clip);
    if (!path) return;
    if (path->status == CAIRO_STATUS_SUCCESS) subpaths(path, stroke_subpath, &s);
    cairo_path_destroy(path);
}

// ---- fills ----

typedef struct {
    double x0, y0, x1, y1;
    double area;        // signed: the winding of the subpath
} rect_path;

typedef struct {
    rect_path rects[MAX_POINTS / 4];
    int n;
} fill_ctx;

/// A subpath whose edges all run along the axes and that has four corners: a rectangle.
static void fill_subpath(void *ctx, const point *p, int n, int closed) {
    (void)closed;
    fill_ctx *f = ctx;
    if (n < 2 || f->n >= (int)(sizeof f->rects / sizeof f->rects[0])) return;
    double x0 = p[0].x, x1 = p[0].x, y0 = p[0].y, y1 = p[0].y, area = 0;
    int corners = 0;
    for (int i = 0; i < n; i++) {
        point a = p[i], b = p[(i + 1) % n];
        if (fabs(a.x - b.x) > axis_eps && fabs(a.y - b.y) > axis_eps) return;   // not along an axis
        x0 = fmin(x0, a.x); x1 = fmax(x1, a.x); y0 = fmin(y0, a.y); y1 = fmax(y1, a.y);
        area += a.x * b.y - b.x * a.y;
        // A corner: the edge into this point and the edge out of it turn.
        point prev = p[(i + n - 1) % n];
        int in_h = fabs(prev.y - a.y) <= axis_eps && fabs(prev.x - a.x) > axis_eps;
        int out_h = fabs(a.y - b.y) <= axis_eps && fabs(a.x - b.x) > axis_eps;
        int in_v = fabs(prev.x - a.x) <= axis_eps && fabs(prev.y - a.y) > axis_eps;
        int out_v = fabs(a.x - b.x) <= axis_eps && fabs(a.y - b.y) > axis_eps;
        if ((in_h && out_v) || (in_v && out_h)) corners++;
    }
    if (corners != 4 && !(corners == 0 && (x1 - x0 <= axis_eps || y1 - y0 <= axis_eps))) return;
    if (x1 - x0 <= 0 || y1 - y0 <= 0) return;
    f->rects[f->n++] = (rect_path){x0, y0, x1, y1, area / 2};
}

static int inside(const rect_path *in, const rect_path *out) {
    return in->x0 >= out->x0 && in->x1 <= out->x1 && in->y0 >= out->y0 && in->y1 <= out->y1
        && (in->x1 - in->x0) * (in->y1 - in->y0) < (out->x1 - out->x0) * (out->y1 - out->y0);
}

static void record_fill(capture *c, cairo_t *cr) {
    double clip[4], rgba[4];
    source_colour(cr, rgba);
    cairo_path_t *path = device_path(cr, clip);
    if (!path) return;
    static __thread fill_ctx f;
    f.n = 0;
    if (path->status == CAIRO_STATUS_SUCCESS) subpaths(path, fill_subpath, &f);
    cairo_path_destroy(path);
    int even_odd = cairo_get_fill_rule(cr) == CAIRO_FILL_RULE_EVEN_ODD;
    for (int i = 0; i < f.n; i++) {
        rect_path *r = &f.rects[i];
        // A rectangle inside another of the same path is a hole (even-odd, or wound the other
        // way): a frame drawn as one shape. The outer one is painted as the four bands around
        // its (only) hole; the hole itself paints nothing.
        int is_hole = 0, holes = 0, hole = -1;
        for (int j = 0; j < f.n; j++) {
            if (j == i) continue;
            rect_path *o = &f.rects[j];
            int opposite = (o->area > 0) != (r->area > 0);
            if (inside(r, o) && (even_odd || opposite)) is_hole = 1;
            if (inside(o, r) && (even_odd || opposite)) { holes++; hole = j; }
        }
        if (is_hole) continue;
        if (holes == 1) {
            rect_path *h = &f.rects[hole];
            add_clipped(c, clip, r->x0, r->y0, r->x1, h->y0, rgba, 1);
            add_clipped(c, clip, r->x0, h->y1, r->x1, r->y1, rgba, 1);
            add_clipped(c, clip, r->x0, h->y0, h->x0, h->y1, rgba, 1);
            add_clipped(c, clip, h->x1, h->y0, r->x1, h->y1, rgba, 1);
        } else {
            add_clipped(c, clip, r->x0, r->y0, r->x1, r->y1, rgba, 1);
        }
    }
}

// ---- the interposed entry points ----

/// The capture that owns this call, when one is active on this thread.
static inline capture *capturing(void) { return active; }

void cairo_fill(cairo_t *cr) {
    capture *c = capturing();
    if (!c) { need_real(); real.fill(cr); return; }
    if (cr == c->cr) { c->order++; record_fill(c, cr); }
    cairo_new_path(cr);
}

void cairo_fill_preserve(cairo_t *cr) {
    capture *c = capturing();
    if (!c) { need_real(); real.fill_preserve(cr); return; }
    if (cr == c->cr) { c->order++; record_fill(c, cr); }
}

void cairo_stroke(cairo_t *cr) {
    capture *c = capturing();
    if (!c) { need_real(); real.stroke(cr); return; }
    if (cr == c->cr) { c->order++; record_stroke(c, cr); }
    cairo_new_path(cr);
}

void cairo_stroke_preserve(cairo_t *cr) {
    capture *c = capturing();
    if (!c) { need_real(); real.stroke_preserve(cr); return; }
    if (cr == c->cr) { c->order++; record_stroke(c, cr); }
}

/// An image painted on the page (poppler clips to the image's square and paints): its extent is
/// the clip's, its colour the mean of its pixels (a rule may be printed as a thin image).
static void record_image(capture *c, cairo_t *cr) {
    cairo_pattern_t *src = cairo_get_source(cr);
    cairo_surface_t *surface = NULL;
    if (cairo_pattern_get_type(src) != CAIRO_PATTERN_TYPE_SURFACE
        || cairo_pattern_get_surface(src, &surface) != CAIRO_STATUS_SUCCESS || !surface) return;
    double clip[4], rgba[4] = {0, 0, 0, -1};
    cairo_matrix_t m;
    cairo_get_matrix(cr, &m);
    cairo_identity_matrix(cr);
    cairo_clip_extents(cr, &clip[0], &clip[1], &clip[2], &clip[3]);
    cairo_set_matrix(cr, &m);
    if (cairo_surface_get_type(surface) == CAIRO_SURFACE_TYPE_IMAGE) {
        cairo_surface_flush(surface);
        int w = cairo_image_surface_get_width(surface), h = cairo_image_surface_get_height(surface);
        int stride = cairo_image_surface_get_stride(surface);
        cairo_format_t format = cairo_image_surface_get_format(surface);
        const unsigned char *data = cairo_image_surface_get_data(surface);
        if (data && w > 0 && h > 0 && (format == CAIRO_FORMAT_RGB24 || format == CAIRO_FORMAT_ARGB32)) {
            // Every pixel of small images, a grid of samples of large ones.
            int step = (w * (double)h > 1e6) ? (int)ceil(sqrt(w * (double)h / 1e6)) : 1;
            double sr = 0, sg = 0, sb = 0, n = 0;
            for (int y = 0; y < h; y += step) {
                const unsigned int *row = (const unsigned int *)(data + (size_t)y * stride);
                for (int x = 0; x < w; x += step) {
                    unsigned int px = row[x];
                    double a = format == CAIRO_FORMAT_ARGB32 ? ((px >> 24) & 255) / 255.0 : 1;
                    // premultiplied on white
                    sr += ((px >> 16) & 255) + (1 - a) * 255;
                    sg += ((px >> 8) & 255) + (1 - a) * 255;
                    sb += (px & 255) + (1 - a) * 255;
                    n++;
                }
            }
            if (n > 0) { rgba[0] = sr / n / 255; rgba[1] = sg / n / 255; rgba[2] = sb / n / 255; rgba[3] = 1; }
        }
    }
    c->order++;
    add_clipped(c, clip, clip[0], clip[1], clip[2], clip[3], rgba, 2);
}

void cairo_paint(cairo_t *cr) {
    capture *c = capturing();
    if (!c) { need_real(); real.paint(cr); return; }
    if (cr == c->cr) record_image(c, cr);
}

void cairo_paint_with_alpha(cairo_t *cr, double alpha) {
    if (!capturing()) { need_real(); real.paint_with_alpha(cr, alpha); }
}

void cairo_mask(cairo_t *cr, cairo_pattern_t *pattern) {
    if (!capturing()) { need_real(); real.mask(cr, pattern); }
}

void cairo_mask_surface(cairo_t *cr, cairo_surface_t *surface, double x, double y) {
    if (!capturing()) { need_real(); real.mask_surface(cr, surface, x, y); }
}

void cairo_show_glyphs(cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs) {
    if (!capturing()) { need_real(); real.show_glyphs(cr, glyphs, num_glyphs); }
}

void cairo_show_text_glyphs(cairo_t *cr, const char *utf8, int utf8_len, const cairo_glyph_t *glyphs,
                            int num_glyphs, const cairo_text_cluster_t *clusters, int num_clusters,
                            cairo_text_cluster_flags_t cluster_flags) {
    if (!capturing()) {
        need_real();
        real.show_text_glyphs(cr, utf8, utf8_len, glyphs, num_glyphs, clusters, num_clusters, cluster_flags);
    }
}

// Outlines of glyphs added to the path: poppler strokes them for text drawn outlined or bold by
// stroking (render modes 1, 2), and clips to them (modes 4–7). Left out, no glyph is taken for a
// line, and what is clipped to text is clipped away.
void cairo_glyph_path(cairo_t *cr, const cairo_glyph_t *glyphs, int num_glyphs) {
    if (!capturing()) { need_real(); real.glyph_path(cr, glyphs, num_glyphs); }
}

// ---- characters and the clip they are drawn under ----

// poppler's CairoOutputDev hands every character it draws to the text page through
// ActualText::addChar (in libpoppler, reached from poppler-glib through its PLT, so the
// executable's definition below is the one called): the character's origin and advance in user
// space, with the clip of the moment set on the cairo context. Recorded during a capture, they
// tell which characters of the text layer the page clips away (a spreadsheet draws a cell merged
// over a page break on every page it spans and clips it on all but one), which poppler-glib's
// text calls do not say. The call always goes on to poppler's own function.
typedef void (*add_char_fn)(void *, const void *, double, double, double, double, unsigned int, int,
                            const unsigned int *, int);
static const char add_char_symbol[] = "_ZN10ActualText7addCharEPK8GfxStateddddjiPKji";

static void record_glyph(capture *c, double x, double y, double dx, double dy) {
    if (c->failed) return;
    if (c->glyph_count == c->glyph_capacity) {
        size_t cap = c->glyph_capacity ? c->glyph_capacity * 2 : 1024;
        capture_glyph *g = realloc(c->glyphs, cap * sizeof *g);
        if (!g) { c->failed = 1; return; }
        c->glyphs = g;
        c->glyph_capacity = cap;
    }
    capture_glyph *g = &c->glyphs[c->glyph_count++];
    double ex = x + dx, ey = y + dy;
    cairo_user_to_device(c->cr, &x, &y);
    cairo_user_to_device(c->cr, &ex, &ey);
    g->x0 = x; g->y0 = y; g->x1 = ex; g->y1 = ey;
    cairo_matrix_t m;
    cairo_get_matrix(c->cr, &m);
    cairo_identity_matrix(c->cr);
    cairo_clip_extents(c->cr, &g->clip_x0, &g->clip_y0, &g->clip_x1, &g->clip_y1);
    cairo_set_matrix(c->cr, &m);
}

void _ZN10ActualText7addCharEPK8GfxStateddddjiPKji(void *self, const void *state, double x, double y, double dx,
                                                   double dy, unsigned int code, int nBytes,
                                                   const unsigned int *u, int uLen) {
    static add_char_fn real_add_char;
    if (!real_add_char) real_add_char = (add_char_fn)dlsym(RTLD_NEXT, add_char_symbol);
    capture *c = capturing();
    if (c) record_glyph(c, x, y, dx, dy);
    if (real_add_char) real_add_char(self, state, x, y, dx, dy, code, nBytes, u, uLen);
}

int capture_sees_characters(void) {
    void *found = dlsym(RTLD_DEFAULT, add_char_symbol);
    return found != NULL && found != dlsym(RTLD_NEXT, add_char_symbol);
}
