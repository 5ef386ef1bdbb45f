/// Header texts of narrow columns side by side, each wrapped over lines, read without rules as
/// one cell: their lines run together (国有资本 | 财政专户管理 | 上年结转结余 over 经营 | 资金收入
/// over 预算 read 国有资本财政专户管理上年结转结余经营资金收入预算). Such a text is a shuffle of
/// those header texts: each one's characters in order, interleaved with the others'.
public enum HeaderInterleaving {
    /// The header texts (at least two, each of two characters or more) that `text` interleaves,
    /// every character used once; empty when it interleaves none.
    public static func parts(of text: String, among headers: [String]) -> [String] {
        let t = Array(text)
        let present = Set(t)
        // Only texts whose characters all appear in `text`, a few of them: the search is small.
        let candidates = Array(Set(headers.filter { $0.count >= 2 && $0.count < t.count && $0.allSatisfy(present.contains) }))
            .sorted { ($0.count, $0) > ($1.count, $1) }.prefix(maxCandidates).map(Array.init)
        guard candidates.count >= 2 else { return [] }
        var memo = Set<[Int]>()   // states known to fail: position, then each candidate's progress
        var progress = Array(repeating: 0, count: candidates.count)
        func search(_ p: Int) -> Bool {
            if p == t.count {
                let done = progress.indices.filter { progress[$0] == candidates[$0].count }
                return done.count >= 2 && progress.indices.allSatisfy { progress[$0] == 0 || progress[$0] == candidates[$0].count }
            }
            let key = [p] + progress
            if memo.contains(key) { return false }
            for i in candidates.indices where progress[i] < candidates[i].count && candidates[i][progress[i]] == t[p] {
                progress[i] += 1
                if search(p + 1) { return true }
                progress[i] -= 1
            }
            memo.insert(key)
            return false
        }
        guard search(0) else { return [] }
        return candidates.indices.filter { progress[$0] > 0 }.map { String(candidates[$0]) }
    }

    /// A header has a few texts that could make up one run-together cell; more are not tried.
    static let maxCandidates = 12
}
