import Foundation

/// A workgroup as the documents show it. Plain values, so any workgroup type can be mapped in.
public struct DocumentWorkgroup: Sendable, Equatable {
    public var name: String
    public var actionOwner: String
    public var projectGroupContact: String

    public init(name: String, actionOwner: String, projectGroupContact: String) {
        self.name = name
        self.actionOwner = actionOwner
        self.projectGroupContact = projectGroupContact
    }
}

/// A risk with its mitigation and the parties responsible.
public struct DocumentRisk: Sendable, Equatable {
    public var risk: String
    public var mitigation: String
    public var responsible: [String]

    public init(risk: String, mitigation: String, responsible: [String]) {
        self.risk = risk
        self.mitigation = mitigation
        self.responsible = responsible
    }
}

/// A governance layer (gremium): members, task and how often it meets.
public struct DocumentGovernanceLayer: Sendable, Equatable {
    public var name: String
    public var members: String
    public var task: String
    public var cadence: String

    public init(name: String, members: String, task: String, cadence: String = "") {
        self.name = name
        self.members = members
        self.task = task
        self.cadence = cadence
    }
}

/// Small formatting rules the document builders share.
enum DocumentText {
    /// The quarters of `year` as the NML annual plan writes a time frame: "Q1", "Q1 - Q2"
    /// for a run, "Q1 + Q4" for separate quarters ("Q1 - Q2 + Q4"). Empty without quarters in `year`.
    static func timeFrame(_ quarters: [Quarter], year: Int) -> String {
        let numbers = Set(quarters.filter { $0.year == year }.map(\.quarter)).sorted()
        var runs: [[Int]] = []
        for n in numbers {
            if let last = runs.last?.last, last + 1 == n { runs[runs.count - 1].append(n) } else { runs.append([n]) }
        }
        return runs.map { $0.count == 1 ? "Q\($0[0])" : "Q\($0.first!) - Q\($0.last!)" }.joined(separator: " + ")
    }

    /// Every quarter with its year, grouped per year: "Q1 - Q2 2024", "Q4 2024 + Q1 2025" → "Q4 2024, Q1 2025".
    static func allQuarters(_ quarters: [Quarter]) -> String {
        Set(quarters.map(\.year)).sorted().map { "\(timeFrame(quarters, year: $0)) \($0)" }.joined(separator: ", ")
    }

    /// Whether an activity belongs to `year`: it has a quarter in it, or no quarters at all.
    static func runs(_ activity: Activity, in year: Int) -> Bool {
        activity.quarters.isEmpty || activity.quarters.contains { $0.year == year }
    }

    /// "1.1, 2.1"; "—" without action lines.
    static func actionLines(_ lines: [ActionLine]) -> String {
        lines.isEmpty ? "—" : lines.sorted().map(\.rawValue).joined(separator: ", ")
    }

    /// Organisation names by id; an unknown id reads "onbekende organisatie".
    static func names(_ organisations: [OrganisationRecord]) -> (UUID) -> String {
        let byID = Dictionary(organisations.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return { byID[$0] ?? "onbekende organisatie" }
    }

    /// The coalition's facts as one paragraph.
    static func coalitionSummary(_ coalition: CoalitionRecord) -> String {
        var parts = ["\(coalition.name) is een \(coalition.kind.dutchName) (werkgebied \(coalition.areaCode))."]
        if let start = coalition.startDate { parts.append("Gestart: \(dutchDate(start)).") }
        parts.append(coalition.hasProjectLeader ? "Projectleider: \(coalition.projectLeader!)." : "Er is geen projectleider vastgelegd.")
        return parts.joined(separator: " ")
    }

    /// Money without the euro sign, as in a spreadsheet cell: "143.700,00".
    static func amount(_ money: Money) -> String {
        String(money.formatted.dropFirst(2))
    }
}
