import XCTest
@testable import Tables

final class HeaderInterleavingTests: XCTestCase {
    let header = ["国有资本经营预算", "财政专户管理资金收入", "上年结转结余", "事业收入", "其他收入", "合计"]

    /// Three narrow columns' wrapped headers read as one cell, line by line: the text is theirs.
    func testHeaderTextsRunTogetherLineByLineAreFound() {
        let parts = HeaderInterleaving.parts(of: "国有资本财政专户管理上年结转结余经营资金收入预算", among: header)
        XCTAssertEqual(Set(parts), ["国有资本经营预算", "财政专户管理资金收入", "上年结转结余"])
        XCTAssertEqual(Set(HeaderInterleaving.parts(of: "事业其他收入收入", among: header)), ["事业收入", "其他收入"])
    }

    /// A text with a character no header text has left over, a header text cut short, or one
    /// header text alone, is no interleaving.
    func testOtherTextsAreNot() {
        XCTAssertEqual(HeaderInterleaving.parts(of: "国有资本财政专户管理上年结转结余经营资金收入预算费", among: header), [])
        XCTAssertEqual(HeaderInterleaving.parts(of: "国有资本财政专户管理经营资金收入", among: header), [])
        XCTAssertEqual(HeaderInterleaving.parts(of: "事业收入", among: header), [])
        XCTAssertEqual(HeaderInterleaving.parts(of: "机关事业单位基本养老保险缴费", among: header), [])
    }
}
