import Foundation

/// One staffing or cost line of a yearly budget, as in the NML annual plan table
/// (Onderdeel · Fte/Schaal · Kosten).
public struct BudgetLine: Sendable, Hashable, Codable {
    /// The component ("Onderdeel"), e.g. "Programma regisseur"; unique within a budget.
    public var component: String
    public var description: String
    /// Formation in hundredths of an fte (44 = 0,44 fte); nil when the line is no staffing.
    public var fteHundredths: Int?
    /// Salary scale ("schaal"), e.g. 11.
    public var salaryScale: Int?
    public var amount: Money

    public init(component: String, description: String = "", fteHundredths: Int? = nil, salaryScale: Int? = nil, amount: Money) {
        self.component = component
        self.description = description
        self.fteHundredths = fteHundredths
        self.salaryScale = salaryScale
        self.amount = amount
    }

    /// Dutch "Fte/Schaal" cell: `0,44 fte schaal 11`, `0,33 fte`, or empty.
    public var fteScaleText: String {
        var parts: [String] = []
        if let fte = fteHundredths { parts.append(Self.fteText(fte) + " fte") }
        if let scale = salaryScale { parts.append("schaal \(scale)") }
        return parts.joined(separator: " ")
    }

    /// Hundredths of an fte in Dutch notation: 44 → `0,44`, 100 → `1,00`.
    public static func fteText(_ hundredths: Int) -> String {
        let sign = hundredths < 0 ? "-" : ""
        let m = hundredths.magnitude
        return sign + "\(m / 100)," + (m % 100 < 10 ? "0" : "") + "\(m % 100)"
    }
}

/// A cost that is not staffing ("out of pocket kosten"): materials, venues, printing.
public struct OutOfPocketCost: Sendable, Hashable, Codable {
    public var description: String
    public var amount: Money

    public init(description: String, amount: Money) {
        self.description = description
        self.amount = amount
    }
}

/// Where the money comes from.
public enum FundingKind: String, Sendable, Hashable, Codable, CaseIterable {
    case rijkImpuls, spukIZA, provincie, zorgverzekeraar, gemeente, overig

    /// Dutch label for forms and reports.
    public var label: String {
        switch self {
        case .rijkImpuls: "Rijk (impulsgelden)"
        case .spukIZA: "SPUK IZA"
        case .provincie: "Provincie"
        case .zorgverzekeraar: "Zorgverzekeraar"
        case .gemeente: "Gemeente"
        case .overig: "Overig"
        }
    }
}

/// One funding source of a yearly budget.
public struct FundingSource: Sendable, Hashable, Codable {
    public var kind: FundingKind
    public var amount: Money
    public var note: String

    public init(kind: FundingKind, amount: Money, note: String = "") {
        self.kind = kind
        self.amount = amount
        self.note = note
    }
}

/// The budget of one year. Totals are always computed from the lines, never stored,
/// so they can never disagree with what they add up.
public struct Budget: Sendable, Hashable, Codable {
    public var year: Int
    public var lines: [BudgetLine]
    public var outOfPocket: [OutOfPocketCost]
    public var funding: [FundingSource]

    public init(year: Int, lines: [BudgetLine] = [], outOfPocket: [OutOfPocketCost] = [], funding: [FundingSource] = []) {
        self.year = year
        self.lines = lines
        self.outOfPocket = outOfPocket
        self.funding = funding
    }

    /// "Totaal van alle onderdelen": the sum of the lines.
    public var linesTotal: Money { lines.map(\.amount).sum() }
    /// The sum of the out-of-pocket costs.
    public var outOfPocketTotal: Money { outOfPocket.map(\.amount).sum() }
    /// "Totaal": lines plus out-of-pocket costs.
    public var grandTotal: Money { linesTotal + outOfPocketTotal }
    /// The sum of all funding sources.
    public var fundedTotal: Money { funding.map(\.amount).sum() }
    /// What is not yet funded: grand total − funded (negative when over-funded).
    public var gap: Money { grandTotal - fundedTotal }
    /// Total formation in hundredths of an fte.
    public var fteTotalHundredths: Int { lines.compactMap(\.fteHundredths).reduce(0, +) }
}
