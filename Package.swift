// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "budgetpdf",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "budgetpdf", targets: ["budgetpdf"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // poppler-glib and cairo, found through pkg-config; only PDFDocument imports it.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib cairo",
            providers: [.apt(["libpoppler-glib-dev", "libcairo2-dev"])]
        ),
        .target(name: "PDFDocument", dependencies: ["CPoppler", "Layout"]),
        .target(name: "Layout"),
        .target(name: "Tables", dependencies: ["Layout"]),
        .target(name: "Budget", dependencies: ["Tables", "Layout"]),
        .target(name: "Output", dependencies: ["Budget", "Tables"]),
        .target(name: "Pipeline", dependencies: [
            "PDFDocument", "Layout", "Tables", "Budget", "Output",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(
            name: "budgetpdf",
            dependencies: [
                "Pipeline", "PDFDocument", "Output", "Budget",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LayoutTests", dependencies: ["Layout"]),
        .testTarget(name: "TablesTests", dependencies: ["Tables", "Layout"]),
        .testTarget(name: "BudgetTests", dependencies: ["Budget", "Tables", "Layout"]),
        .testTarget(name: "EndToEndTests", dependencies: ["Pipeline", "PDFDocument", "Output", "Budget"]),
    ]
)
