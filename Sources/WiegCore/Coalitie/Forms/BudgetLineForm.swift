import Foundation

/// The form for one line of a yearly budget: the component (unique within the budget),
/// a description, the fte (a decimal with a comma or point, at most two decimals, up to
/// 10,00), the salary scale (1–18) and the amount in euros (read by `Money(dutch:)`, to
/// the cent, not negative). Problems name the field.
public enum BudgetLineForm {
    public enum Field: String, CaseIterable, Sendable {
        case onderdeel, omschrijving, fte, schaal, bedrag
    }

    /// - Parameter otherComponents: the components of the budget's other lines.
    public static func check(fields: [String: String], otherComponents: [String] = []) -> FormCheck<BudgetLine> {
        var form = FormReader(fields)
        let component = form.text(Field.onderdeel.rawValue, label: "Het onderdeel", required: true, limit: Limits.name)
        if !component.isEmpty,
            otherComponents.contains(where: { DutchText.fold($0.trimmingCharacters(in: .whitespaces)) == DutchText.fold(component) })
        {
            form.issue(Field.onderdeel.rawValue, "Het onderdeel '\(component.prefix(40))' staat al in de begroting.")
        }
        let description = form.text(Field.omschrijving.rawValue, label: "De omschrijving")
        let fteText = form.value(Field.fte.rawValue)
        let fte = form.hundredths(Field.fte.rawValue, badMessage: "'\(fteText.prefix(20))' is geen aantal fte; schrijf bijvoorbeeld 0,44.")
        if let fte, fte > Budget.maximumFteHundredths {
            form.issue(Field.fte.rawValue, "\(BudgetLine.fteText(fte)) fte is meer dan 10,00 fte voor één regel.")
        }
        let scale = form.number(
            Field.schaal.rawValue, in: Budget.salaryScales,
            badMessage: "Schaal '\(form.value(Field.schaal.rawValue).prefix(20))' bestaat niet; kies een schaal van 1 tot en met 18.")
        let amount = form.amount(Field.bedrag.rawValue)
        guard form.issues.isEmpty, let amount else { return FormCheck(record: nil, issues: form.issues) }
        return FormCheck(
            record: BudgetLine(
                component: component, description: description, fteHundredths: fte,
                salaryScale: scale, amount: amount), issues: [])
    }

    public static func fields(_ l: BudgetLine) -> [String: String] {
        [
            Field.onderdeel.rawValue: l.component, Field.omschrijving.rawValue: l.description,
            Field.fte.rawValue: l.fteHundredths.map(BudgetLine.fteText) ?? "", Field.schaal.rawValue: l.salaryScale.map(String.init) ?? "",
            Field.bedrag.rawValue: l.amount.formatted
        ]
    }
}

/// The form for one funding source of a yearly budget: the source from the fixed list
/// (code or label), the amount (not negative) and a note. Problems name the field.
public enum FundingForm {
    public enum Field: String, CaseIterable, Sendable {
        case bron, bedrag, toelichting
    }

    public static func check(fields: [String: String]) -> FormCheck<FundingSource> {
        var form = FormReader(fields)
        let kind = form.choice(Field.bron.rawValue, label: "de financieringsbron", fallback: nil as FundingKind?) {
            [$0.label, $0.rawValue]
        }
        let amount = form.amount(Field.bedrag.rawValue)
        let note = form.text(Field.toelichting.rawValue, label: "De toelichting")
        guard form.issues.isEmpty, let kind, let amount else { return FormCheck(record: nil, issues: form.issues) }
        return FormCheck(record: FundingSource(kind: kind, amount: amount, note: note), issues: [])
    }

    public static func fields(_ s: FundingSource) -> [String: String] {
        [Field.bron.rawValue: s.kind.rawValue, Field.bedrag.rawValue: s.amount.formatted, Field.toelichting.rawValue: s.note]
    }
}

/// The form for one out-of-pocket cost of a yearly budget (materials, venues, printing):
/// a description (required) and the amount (not negative). Problems name the field.
public enum OutOfPocketForm {
    public enum Field: String, CaseIterable, Sendable {
        case omschrijving, bedrag
    }

    public static func check(fields: [String: String]) -> FormCheck<OutOfPocketCost> {
        var form = FormReader(fields)
        let description = form.text(Field.omschrijving.rawValue, label: "De omschrijving", required: true, limit: Limits.name)
        let amount = form.amount(Field.bedrag.rawValue)
        guard form.issues.isEmpty, let amount else { return FormCheck(record: nil, issues: form.issues) }
        return FormCheck(record: OutOfPocketCost(description: description, amount: amount), issues: [])
    }

    public static func fields(_ c: OutOfPocketCost) -> [String: String] {
        [Field.omschrijving.rawValue: c.description, Field.bedrag.rawValue: c.amount.formatted]
    }
}

extension FormReader {
    /// A required amount in euros, not negative.
    mutating func amount(_ field: String) -> Money? {
        do {
            let money = try Money(dutch: value(field))
            if money.isNegative {
                issue(field, "Een bedrag kan niet negatief zijn (\(money.formatted)).")
                return nil
            }
            if money.cents > Limits.amountCents {
                issue(field, "Een bedrag is hoogstens € 100.000.000 (hier \(money.formatted)); controleer het aantal nullen.")
                return nil
            }
            return money
        } catch {
            issue(field, error.message)
            return nil
        }
    }
}
