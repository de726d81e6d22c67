import Foundation

/// CSV exports of a coalition's plan that Excel-NL opens correctly, written like the
/// social-map export (`NetworkExport`): `;` between fields, a UTF-8 BOM, CRLF line ends,
/// quotes where needed, a leading apostrophe before text a spreadsheet would run as a
/// formula, dates as dd-mm-jjjj and amounts as Dutch decimals ("143.700,00").
public enum CoalitionCSV {
    /// One row per activity. `organisations` gives owner names; `workgroupNames` the
    /// names of the workgroups the activities point at.
    public static func activities(
        _ activities: [Activity], organisations: [OrganisationRecord] = [],
        workgroupNames: [UUID: String] = [:]
    ) -> Data {
        let name = DocumentText.names(organisations)
        let header = [
            "titel", "omschrijving", "actielijnen", "kwartalen", "verwacht resultaat", "status", "statusdatum",
            "toelichting status", "eigenaar", "rol eigenaar", "werkgroep", "fase", "themas"
        ]
        return write(
            header: header,
            rows: activities.map { a in
                [
                    a.title, a.description, a.actionLines.sorted().map(\.rawValue).joined(separator: "|"),
                    DocumentText.allQuarters(a.quarters), a.expectedResult, a.status.dutchName,
                    a.statusDate.map { NetworkDates.format($0) } ?? "", a.statusNote ?? "",
                    a.ownerOrganisationID.map(name) ?? "", a.ownerRole ?? "",
                    a.workgroupID.map { workgroupNames[$0] ?? "onbekende werkgroep" } ?? "",
                    a.implementationPhase?.dutchName ?? "", a.themes.map(\.rawValue).joined(separator: "|")
                ].map(Cell.text)
            })
    }

    /// The budget as the seed's table: one row per line, "Totaal van alle onderdelen", the
    /// out-of-pocket costs, "Totaal", then the funding sources and what is not yet funded.
    /// The first column (`soort`) says what a row is, so a spreadsheet can filter on it.
    public static func budget(_ budget: Budget) -> Data {
        func money(_ value: Money) -> Cell { .number(DocumentText.amount(value)) }
        var rows: [[Cell]] = budget.lines.map { line in
            [
                .text("onderdeel"), .text(line.component), .text(line.description),
                .number(line.fteHundredths.map(BudgetLine.fteText) ?? ""), .number(line.salaryScale.map(String.init) ?? ""),
                money(line.amount)
            ]
        }
        rows.append([
            .text("subtotaal"), .text("Totaal van alle onderdelen"), .text(""), .number(BudgetLine.fteText(budget.fteTotalHundredths)),
            .number(""), money(budget.linesTotal)
        ])
        rows += budget.outOfPocket.map {
            [.text("out-of-pocket"), .text($0.description), .text(""), .number(""), .number(""), money($0.amount)]
        }
        rows.append([.text("totaal"), .text("Totaal"), .text(""), .number(""), .number(""), money(budget.grandTotal)])
        rows += budget.funding.map {
            [.text("financiering"), .text($0.kind.label), .text($0.note), .number(""), .number(""), money($0.amount)]
        }
        rows.append([.text("tekort"), .text("Nog niet gefinancierd"), .text(""), .number(""), .number(""), money(budget.gap)])
        return write(header: ["soort", "onderdeel", "omschrijving", "fte", "schaal", "bedrag"], rows: rows)
    }

    /// A cell: text is guarded against formulas; a number (amount, fte) is written as it is,
    /// so "-1.234,50" stays a negative amount.
    public enum Cell: Sendable {
        case text(String)
        case number(String)

        var field: String {
            switch self {
            case .text(let value): SpreadsheetCell.guarded(value)
            case .number(let value): value
            }
        }
    }

    /// Excel-NL CSV (BOM, `;`, CRLF) of any table; also used for the Monitoring tables.
    public static func write(header: [String], rows: [[Cell]]) -> Data {
        var text = "\u{FEFF}"
        for fields in [header.map(Cell.text)] + rows {
            text += fields.map { NetworkExport.quoted($0.field) }.joined(separator: ";") + "\r\n"
        }
        return Data(text.utf8)
    }
}
