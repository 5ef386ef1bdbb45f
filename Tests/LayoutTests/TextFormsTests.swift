import Foundation
@testable import Layout
import XCTest

/// TextForms folds text as Foundation's transforms do, without calling them for the text budgets
/// print. The reference is Foundation (ICU) itself, character by character over the whole Basic
/// Multilingual Plane, so that a fast path that answered differently would show here.
final class TextFormsTests: XCTestCase {
    func testHalfwidthIsICUsFullwidthToHalfwidthOnEveryCharacter() {
        var differing: [String] = []
        for v in UInt32(0x20)...UInt32(0xFFFD) {
            guard let u = Unicode.Scalar(v) else { continue }
            let s = "1" + String(Character(u)) + "万元"
            let icu = s.applyingTransform(.fullwidthToHalfwidth, reverse: false) ?? s
            if TextForms.halfwidth(s) != icu { differing.append(String(format: "U+%04X", v)) }
        }
        XCTAssertEqual(differing, [])
    }

    func testHalfwidthOfPrintedAmountsAndTargets() {
        XCTAssertEqual(TextForms.halfwidth("（１，２３４．５６）"), "(1,234.56)")
        XCTAssertEqual(TextForms.halfwidth("≥９５％"), "≥95%")
        XCTAssertEqual(TextForms.halfwidth("工资福利支出"), "工资福利支出")
        XCTAssertEqual(TextForms.halfwidth("　１２"), " 12")
        // Kana fold with the letters around them: ICU's answer.
        XCTAssertEqual(TextForms.halfwidth("ガ１"), "ガ１".applyingTransform(.fullwidthToHalfwidth, reverse: false))
    }

    func testNFKCIsFoundationsOnEveryCharacterItSkips() {
        var differing: [String] = []
        for v in UInt32(0x20)...UInt32(0xFFFD) {
            guard let u = Unicode.Scalar(v) else { continue }
            let s = "a" + String(Character(u)) + "预算"
            if TextForms.nfkc(s) != s.precomposedStringWithCompatibilityMapping { differing.append(String(format: "U+%04X", v)) }
        }
        XCTAssertEqual(differing, [])
        XCTAssertEqual(TextForms.nfkc("（一）基本支出"), "(一)基本支出")
        XCTAssertEqual(TextForms.nfkc("e\u{301}"), "é")
    }

    /// The radicals fold to the ideographs of their shape, checked against NFKC where Unicode
    /// gives the Kangxi radicals a compatibility mapping (all 214 of them), and on the simplified
    /// radicals NFKC leaves alone (⻔ 门, ⻋ 车, ⻓ 长, ⻅ 见), which Unicode's
    /// EquivalentUnifiedIdeograph.txt maps.
    func testRadicalsFoldToTheIdeographOfTheirShape() {
        var differing: [String] = []
        for v in UInt32(0x2F00)...UInt32(0x2FD5) {
            guard let u = Unicode.Scalar(v) else { continue }
            let nfkc = String(Character(u)).precomposedStringWithCompatibilityMapping
            if String(Character(TextForms.ideograph(forRadical: u))) != nfkc { differing.append(String(format: "U+%04X", v)) }
        }
        XCTAssertEqual(differing, [])
        let printed = "部\u{2ED4}名称 \u{2ECB}辆 \u{2ED3}期 \u{2EC5}证 \u{2F00}般公共预算\u{2F40}出"
        let folded = String(String.UnicodeScalarView(printed.unicodeScalars.map { TextForms.ideograph(forRadical: $0) }))
        XCTAssertEqual(folded, "部门名称 车辆 长期 见证 一般公共预算支出")
        // The radical DOOR is 户 on a simplified page, 戶 on a traditional one.
        XCTAssertEqual(TextForms.ideograph(forRadical: "\u{2F3E}", simplified: true), "户")
        XCTAssertEqual(TextForms.ideograph(forRadical: "\u{2F3E}", simplified: false), "戶")
        XCTAssertTrue(TextForms.isSimplified("2024年部门预算财政专户管理资金".unicodeScalars))
        XCTAssertFalse(TextForms.isSimplified("歲入來源別預算表 經常門".unicodeScalars))
        // Everything else is left as printed.
        for s in ["（一）", "合计", "1,234.56", "⺀"] {
            XCTAssertEqual(String(String.UnicodeScalarView(s.unicodeScalars.map { TextForms.ideograph(forRadical: $0) })), s)
        }
    }
}
