import Foundation

/// One problem in a budget, for the edit form. `message` is Dutch, one sentence.
public struct BudgetIssue: Sendable, Hashable, Codable {
    /// Where the problem is: `regel 2`, `kostenpost 1`, `financiering 1`, or nil for the whole budget.
    public let place: String?
    public let message: String

    public init(place: String?, message: String) {
        self.place = place
        self.message = message
    }
}

extension Budget {
    /// The most fte one line may have: 10,00 fte (in hundredths).
    public static let maximumFteHundredths = 1000
    /// Municipal salary scales run from 1 to 18.
    public static let salaryScales = 1...18

    /// Every problem in the budget, in reading order; empty when the budget is valid.
    public var issues: [BudgetIssue] {
        var issues: [BudgetIssue] = []
        if !(2000...2100).contains(year) {
            issues.append(BudgetIssue(place: nil, message: "\(year) is geen geldig begrotingsjaar."))
        }
        var seen: Set<String> = []
        for (index, line) in lines.enumerated() {
            let place = "regel \(index + 1)"
            let name = line.component.trimmingCharacters(in: .whitespacesAndNewlines)
            func issue(_ message: String) { issues.append(BudgetIssue(place: place, message: message)) }
            if name.isEmpty {
                issue("Vul bij begrotingsregel \(index + 1) een onderdeel in.")
            } else if !seen.insert(name.lowercased()).inserted {
                issue("Het onderdeel '\(name)' staat meer dan één keer in de begroting van \(year).")
            }
            let label = name.isEmpty ? "regel \(index + 1)" : "'\(name)'"
            if line.amount.isNegative {
                issue("Het bedrag van \(label) kan niet negatief zijn (\(line.amount.formatted)).")
            }
            if let fte = line.fteHundredths {
                if fte < 0 {
                    issue("Het aantal fte van \(label) kan niet negatief zijn.")
                } else if fte > Self.maximumFteHundredths {
                    issue("Het aantal fte van \(label) is \(BudgetLine.fteText(fte)); dat is meer dan 10,00 fte.")
                }
            }
            if let scale = line.salaryScale, !Self.salaryScales.contains(scale) {
                issue("Schaal \(scale) van \(label) bestaat niet; kies een schaal van 1 tot en met 18.")
            }
        }
        for (index, cost) in outOfPocket.enumerated() where cost.amount.isNegative {
            let name = cost.description.isEmpty ? "\(index + 1)" : "'\(cost.description)'"
            issues.append(
                BudgetIssue(
                    place: "kostenpost \(index + 1)",
                    message: "Het bedrag van kostenpost \(name) kan niet negatief zijn (\(cost.amount.formatted))."))
        }
        for (index, source) in funding.enumerated() where source.amount.isNegative {
            issues.append(
                BudgetIssue(
                    place: "financiering \(index + 1)",
                    message: "Het bedrag van financieringsbron '\(source.kind.label)' kan niet negatief zijn (\(source.amount.formatted)).")
            )
        }
        return issues
    }

    public var isValid: Bool { issues.isEmpty }
}
