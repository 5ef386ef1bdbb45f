// While a page is captured, poppler's render is spared finding and loading its fonts' files.
// Before CairoOutputDev draws any text it locates each font's file (the embedded stream, or a
// system font standing in for one not embedded), reads it (inflating an embedded one) and builds
// a FreeType face from it. The capture draws no glyph, and the page's text comes from the
// TextPage, which takes the fonts' names, sizes and widths from the PDF's font dictionaries, not
// from those files; the loading was a fifth of the capture's time, and for fonts not embedded a
// 20 MB CJK substitute was read for each. poppler-glib calls GfxFont::locateFont in libpoppler
// through its PLT, so the executable's definition (exported like the cairo entry points) is the
// one it reaches. Told there is no font, the font engine has none, draws no glyph and caches
// nothing, so a later render for a picture (review, debug) finds and loads fonts as usual.
// Outside a capture every call goes on to poppler's own function.
#include "CairoCapture.h"

#include <poppler-features.h>

// The declaration below is poppler's from 22.04 on: `std::optional<GfxFontLoc>
// locateFont(XRef *, PSOutputDev *)`, GfxFontLoc holding {locType, fontType, Ref embFontID,
// std::string path, int fontNum, int substIdx}. A symbol's name does not say what it returns,
// so the definition is made only for the versions whose header has been read against it; other
// versions keep poppler's own (and the slower capture).
#if POPPLER_CHECK_VERSION(22, 4, 0) && !POPPLER_CHECK_VERSION(26, 0, 0)
#include <dlfcn.h>
#include <optional>
#include <string>

class XRef;
class PSOutputDev;

// Laid out as poppler's GfxFontLoc: only returned, never looked into here. (Not in an unnamed
// namespace: that would give the definition below internal linkage, and nothing to interpose.)
struct BudgetpdfFontLocation {
    int locType;
    int fontType;
    int embeddedNum, embeddedGen;
    std::string path;
    int fontNum;
    int substIdx;
};
static_assert(sizeof(std::optional<BudgetpdfFontLocation>) == 64, "std::optional<GfxFontLoc> is 64 bytes");

class GfxFont {
public:
    std::optional<BudgetpdfFontLocation> locateFont(XRef *xref, PSOutputDev *ps);
};

using FontLocator = std::optional<BudgetpdfFontLocation> (*)(GfxFont *, XRef *, PSOutputDev *);
static const char locateFontSymbol[] = "_ZN7GfxFont10locateFontEP4XRefP11PSOutputDev";

std::optional<BudgetpdfFontLocation> GfxFont::locateFont(XRef *xref, PSOutputDev *ps) {
    if (capture_is_active()) return std::nullopt;
    static FontLocator real = reinterpret_cast<FontLocator>(dlsym(RTLD_NEXT, locateFontSymbol));
    if (!real) return std::nullopt;
    return real(this, xref, ps);
}

extern "C" int capture_font_sparing_built(void) { return 1; }

extern "C" int capture_spares_font_files(void) {
    void *found = dlsym(RTLD_DEFAULT, locateFontSymbol);
    return found != nullptr && found != dlsym(RTLD_NEXT, locateFontSymbol);
}
#else
extern "C" int capture_font_sparing_built(void) { return 0; }
extern "C" int capture_spares_font_files(void) { return 0; }
#endif
