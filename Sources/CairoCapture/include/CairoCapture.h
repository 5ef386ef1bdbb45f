#ifndef BUDGETPDF_CAIRO_CAPTURE_H
#define BUDGETPDF_CAIRO_CAPTURE_H

#include <cairo.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// One axis-aligned piece of ink a drawing operator would have painted, in device space (pixels
/// of the cairo_t the capture was started on), clipped as the render would clip it.
typedef struct {
    double x0, y0, x1, y1;
    /// Colour of the paint; a < 0 when the source is no plain colour (an image, a gradient).
    double r, g, b, a;
    /// 0: a stroked line, 1: a filled shape, 2: an image (colour: the mean of its pixels).
    int kind;
    /// Order of the drawing operator on the page: later ones paint over earlier ones.
    int order;
} capture_piece;

/// A character poppler drew during a capture: its origin on the baseline, where its advance ends,
/// and the extents of the clip it was drawn under, all in device space.
typedef struct {
    double x0, y0, x1, y1;
    double clip_x0, clip_y0, clip_x1, clip_y1;
} capture_glyph;

typedef struct capture capture;

/// While a capture is active on this thread, cairo's drawing entry points (fill, stroke, paint,
/// mask, glyphs) paint nothing; fills and strokes on `cr` are recorded as pieces. Returns NULL
/// when out of memory. On other threads, and after capture_end, cairo draws as usual.
capture *capture_begin(cairo_t *cr);
/// Stops the capture (drawing goes back to normal) and keeps its pieces until capture_free.
void capture_end(capture *c);
const capture_piece *capture_pieces(const capture *c, size_t *count);
void capture_free(capture *c);
/// The characters drawn during the capture, in drawing order (see capture_glyph).
const capture_glyph *capture_glyphs(const capture *c, size_t *count);
/// 1 when poppler's characters reach the capture (its ActualText::addChar is the executable's).
int capture_sees_characters(void);

/// 1 when cairo's entry points in this process are the capture's (the executable exports them
/// and the PDF library's calls reach them); 0 when the real cairo is called directly.
int capture_is_interposed(void);

/// 1 while a capture is active on the calling thread.
int capture_is_active(void);

/// 1 when this build stands in for poppler's font lookup (FontFiles.cpp: poppler's version is
/// one whose declaration it was written against).
int capture_font_sparing_built(void);
/// 1 when poppler's calls reach that stand-in: a capture loads no font files.
int capture_spares_font_files(void);

#ifdef __cplusplus
}
#endif

#endif
