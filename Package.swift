// swift-tools-version:5.9
import PackageDescription

let optimised: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

/// The cairo functions CairoCapture interposes (Sources/CairoCapture/CairoCapture.c).
let capturedEntryPoints = [
    "cairo_fill", "cairo_fill_preserve", "cairo_stroke", "cairo_stroke_preserve", "cairo_paint",
    "cairo_paint_with_alpha", "cairo_mask", "cairo_mask_surface", "cairo_show_glyphs", "cairo_show_text_glyphs",
    "cairo_glyph_path",
    // GfxFont::locateFont (FontFiles.cpp): no font file is found or read during a capture.
    "_ZN7GfxFont10locateFontEP4XRefP11PSOutputDev",
    // ActualText::addChar: the characters drawn and the clip they are drawn under.
    "_ZN10ActualText7addCharEPK8GfxStateddddjiPKji",
]

let package = Package(
    name: "budgetpdf",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "budgetpdf", targets: ["budgetpdf"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // poppler-glib and cairo, found through pkg-config; only PDFDocument imports it.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib cairo",
            providers: [.apt(["libpoppler-glib-dev", "libcairo2-dev"])]
        ),
        // cairo's drawing entry points, defined in the executable so that poppler's render can
        // hand over the lines it would draw instead of drawing them. The executable (and the test
        // executable) must export them in its dynamic symbol table, or poppler-glib's calls go
        // straight to libcairo (PDFCaptureTests checks that they do not).
        .target(
            name: "CairoCapture",
            dependencies: ["CPoppler"],
            linkerSettings: [.linkedLibrary("dl"), .unsafeFlags(capturedEntryPoints.flatMap {
                ["-Xlinker", "--export-dynamic-symbol=\($0)"]
            })]
        ),
        // Pixel loops over whole rendered pages: optimised even in debug builds, or tests crawl.
        .target(name: "PDFDocument", dependencies: ["CPoppler", "CairoCapture", "Layout"], swiftSettings: optimised),
        .target(name: "Layout", swiftSettings: optimised),
        .target(name: "Tables", dependencies: ["Layout"]),
        .target(name: "Budget", dependencies: ["Tables", "Layout"]),
        // GLib (already linked through poppler-glib) for SHA-256 of input files.
        .systemLibrary(name: "CGLib", pkgConfig: "glib-2.0", providers: [.apt(["libglib2.0-dev"])]),
        .target(name: "Output", dependencies: ["Budget", "Tables", "CGLib"]),
        .target(name: "Pipeline", dependencies: [
            "PDFDocument", "Layout", "Tables", "Budget", "Output",
        ]),
        // Many documents, one command: discovery, child processes, resume, manifest.
        .target(name: "Batch", dependencies: ["Output"]),
        // One SQLite database for a whole batch, loaded from the written tables.json files.
        .target(name: "BudgetDB", dependencies: [
            "Output", "Batch",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The review page (static HTML beside cropped page images) and `apply` of its corrections.
        .target(name: "Review", dependencies: ["Output", "Budget", "Tables", "Layout", "PDFDocument", "Batch"],
                resources: [.embedInCode("Resources/review.css"), .embedInCode("Resources/review.js")]),
        .executableTarget(
            name: "budgetpdf",
            dependencies: [
                "Pipeline", "PDFDocument", "Output", "Budget", "Batch", "BudgetDB", "Review",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LayoutTests", dependencies: ["Layout"]),
        .testTarget(name: "TablesTests", dependencies: ["Tables", "Layout"]),
        .testTarget(name: "BudgetTests", dependencies: ["Budget", "Tables", "Layout"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Pipeline", "PDFDocument", "Output", "Budget"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Pipeline", "Output", "Budget", "Batch"]),
        .testTarget(name: "BatchTests", dependencies: [
            "Batch", "BudgetDB", "Output",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
    ],
    // FontFiles.cpp uses std::optional.
    cxxLanguageStandard: .cxx17
)
