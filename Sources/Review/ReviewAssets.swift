import Foundation

/// The page's style sheet and script: Resources/review.css and Resources/review.js, compiled
/// into the binary (SwiftPM `embedInCode`), so that the page is one file and the binary needs
/// no resource folder beside it.
extension ReviewPage {
    static let css = String(decoding: PackageResources.review_css, as: UTF8.self)
    static let js = String(decoding: PackageResources.review_js, as: UTF8.self)
}
