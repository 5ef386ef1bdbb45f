/// Horizontal rules of one extent stacked down a page: a table's row rules seen apart from any
/// grid (a chunk of a table's columns ruled by horizontal lines only, an empty table's rules).
public struct RuleStack: Equatable, Sendable {
    public var x0: Double
    public var x1: Double
    /// The heights of its rules, top down, each once.
    public var ys: [Double]

    /// The rules grouped by extent (both ends within `tolerance` of the first rule of the group),
    /// in the order given; a height within `tolerance` of one already in a group is that one.
    public static func group(_ rules: [Segment], tolerance: Double) -> [RuleStack] {
        var stacks: [RuleStack] = []
        for r in rules where r.orientation == .horizontal {
            if let i = stacks.firstIndex(where: { abs($0.x0 - r.start) <= tolerance && abs($0.x1 - r.end) <= tolerance }) {
                if !stacks[i].ys.contains(where: { abs($0 - r.position) <= tolerance }) { stacks[i].ys.append(r.position) }
            } else {
                stacks.append(RuleStack(x0: r.start, x1: r.end, ys: [r.position]))
            }
        }
        for i in stacks.indices { stacks[i].ys.sort() }
        return stacks
    }
}
