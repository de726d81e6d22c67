import Foundation
import WiegCore

/// The three lists of a year's budget that are edited row by row, named as in their URLs.
/// Each reads and writes its rows through WiegCore's forms.
enum BudgetPart: String, CaseIterable {
    case regels, kosten, financiering

    func count(in budget: Budget) -> Int {
        switch self {
        case .regels: budget.lines.count
        case .kosten: budget.outOfPocket.count
        case .financiering: budget.funding.count
        }
    }

    func title(year: Int, editing: Bool) -> (String, String) {
        switch (self, editing) {
        case (.regels, false): ("Begrotingsregel toevoegen (\(year))", "Add a budget line (\(year))")
        case (.regels, true): ("Begrotingsregel bewerken (\(year))", "Edit a budget line (\(year))")
        case (.kosten, false): ("Out-of-pocketkosten toevoegen (\(year))", "Add an out-of-pocket cost (\(year))")
        case (.kosten, true): ("Out-of-pocketkosten bewerken (\(year))", "Edit an out-of-pocket cost (\(year))")
        case (.financiering, false): ("Financiering toevoegen (\(year))", "Add funding (\(year))")
        case (.financiering, true): ("Financiering bewerken (\(year))", "Edit funding (\(year))")
        }
    }

    /// What a row is called in a confirmation: the component, the description or the source.
    func label(_ budget: Budget, _ index: Int) -> String {
        switch self {
        case .regels: "\(budget.lines[index].component) (\(budget.lines[index].amount.formatted))"
        case .kosten: "\(budget.outOfPocket[index].description) (\(budget.outOfPocket[index].amount.formatted))"
        case .financiering: "\(budget.funding[index].kind.label) (\(budget.funding[index].amount.formatted))"
        }
    }

    func fields(_ budget: Budget, _ index: Int) -> [String: String] {
        switch self {
        case .regels: BudgetLineForm.fields(budget.lines[index])
        case .kosten: OutOfPocketForm.fields(budget.outOfPocket[index])
        case .financiering: FundingForm.fields(budget.funding[index])
        }
    }

    /// Checks the form and, when it is valid, puts the row in place (`index`) or at the end;
    /// returns the problems otherwise, leaving the budget as it was.
    func apply(_ fields: [String: String], to budget: inout Budget, at index: Int?) -> [ImportIssue] {
        switch self {
        case .regels:
            let others = budget.lines.enumerated().filter { $0.offset != index }.map(\.element.component)
            let check = BudgetLineForm.check(fields: fields, otherComponents: others)
            guard let line = check.record else { return check.issues }
            if let index { budget.lines[index] = line } else { budget.lines.append(line) }
        case .kosten:
            let check = OutOfPocketForm.check(fields: fields)
            guard let cost = check.record else { return check.issues }
            if let index { budget.outOfPocket[index] = cost } else { budget.outOfPocket.append(cost) }
        case .financiering:
            let check = FundingForm.check(fields: fields)
            guard let source = check.record else { return check.issues }
            if let index { budget.funding[index] = source } else { budget.funding.append(source) }
        }
        return []
    }

    func remove(at index: Int, from budget: inout Budget) {
        switch self {
        case .regels: budget.lines.remove(at: index)
        case .kosten: budget.outOfPocket.remove(at: index)
        case .financiering: budget.funding.remove(at: index)
        }
    }

    /// The form's controls (names are WiegCore's form fields).
    var controls: [ItemField] {
        switch self {
        case .regels:
            [
                ItemField(name: "onderdeel", labelNL: "Onderdeel", labelEN: "Component"),
                ItemField(name: "omschrijving", labelNL: "Omschrijving", labelEN: "Description", control: .textarea),
                ItemField(
                    name: "fte", labelNL: "Fte (optioneel)", labelEN: "FTE (optional)", hintNL: "Bijvoorbeeld 0,5",
                    hintEN: "For example 0.5"),
                ItemField(name: "schaal", labelNL: "Salarisschaal (optioneel)", labelEN: "Salary scale (optional)"),
                ItemField(
                    name: "bedrag", labelNL: "Bedrag (€)", labelEN: "Amount (€)", hintNL: "Bijvoorbeeld 12.500,00",
                    hintEN: "For example 12,500.00")
            ]
        case .kosten:
            [
                ItemField(
                    name: "omschrijving", labelNL: "Omschrijving", labelEN: "Description",
                    hintNL: "Bijvoorbeeld drukwerk, zaalhuur of materialen.",
                    hintEN: "For example printing, venue hire or materials."),
                ItemField(
                    name: "bedrag", labelNL: "Bedrag (€)", labelEN: "Amount (€)", hintNL: "Bijvoorbeeld 1.250,00",
                    hintEN: "For example 1,250.00")
            ]
        case .financiering:
            [
                ItemField(
                    name: "bron", labelNL: "Bron", labelEN: "Source", control: .select(FundingKind.allCases.map { ($0.rawValue, $0.label) })
                ),
                ItemField(name: "bedrag", labelNL: "Bedrag (€)", labelEN: "Amount (€)"),
                ItemField(name: "toelichting", labelNL: "Toelichting", labelEN: "Note", control: .textarea)
            ]
        }
    }
}
