import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// Printable documents (Plan van aanpak, Jaarplan, Voortgangsrapportage) as HTML with a
/// table of contents and print styles, the same as Markdown, and CSV exports
/// (Excel-NL) of activities and the budget.
enum CoalitionDocumentsController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .coalitionDocument(":slug", ":document"), access: .signedIn, use: html)
        routes.on(.GET, .coalitionMarkdown(":slug", ":document"), access: .signedIn, use: markdown)
        routes.on(.GET, .exportActivities(":slug"), access: .signedIn, use: activitiesCSV)
        routes.on(.GET, .exportBudget(":slug"), access: .signedIn, use: budgetCSV)
    }

    static func document(_ req: Request) async throws -> (CoalitionContext, CoalitionDocumentKind, Int, CoalitionDocument) {
        let context = try await CoalitionContext.load(req)
        guard let kind = req.parameters.get("document").flatMap(CoalitionDocumentKind.init(rawValue:)) else {
            throw WiegError.notFound(
                "Dit document bestaat niet; kies plan-van-aanpak, jaarplan of voortgangsrapportage.",
                "This document does not exist; choose plan-van-aanpak, jaarplan or voortgangsrapportage.")
        }
        let year = try CoalitionContext.year(req)
        let services = Array(context.network.services.values)
        let figures = kind == .voortgangsrapportage ? try await keyFigures(req, areaCode: context.model.areaCode) : nil
        let referrals = kind == .voortgangsrapportage ? try await referralTable(req, areaCode: context.model.areaCode, year: year) : nil
        guard
            let document = context.work.document(
                kind, year: year, organisations: context.organisations, services: services,
                keyFigures: figures, referrals: referrals)
        else {
            throw WiegError.notFound("Deze coalitie heeft nog geen plan van aanpak.", "This coalition has no plan of approach yet.")
        }
        return (context, kind, year, document)
    }

    /// Hulpkaarten made in the coalition's municipalities in `year`, per quarter: made,
    /// confirmed, share (small counts hidden: a report travels).
    static func referralTable(_ req: Request, areaCode: String, year: Int) async throws -> DocumentTable? {
        var municipalities = [areaCode]
        if AreaCode.kind(of: areaCode) == .regio { municipalities = try await req.stores.areas.members(ofRegion: areaCode) }
        let rows = try await req.stores.referrals.rows(municipalities: municipalities).filter { $0.madeOn.hasPrefix("\(year)-") }
        let counts = ReferralCount.counts(rows.map { ($0.madeOn, $0.confirmedOn) })
        guard !counts.isEmpty else { return nil }
        let total = ReferralCount.total(counts, quarter: Quarter(year: year, quarter: 4))
        let quarters = ReferralCount.table(counts.map { ($0.quarter.label, $0) })
        // A total beside a hidden quarter would give that quarter away: then no total.
        let anyHidden = quarters.contains { $0.contains { $0.hasPrefix("<") } }
        return DocumentTable(
            header: ["Kwartaal", "Gemaakt", "Contact bevestigd", "Deel bevestigd"],
            rows: quarters.map { DocumentTable.Row($0) }
                + (anyHidden ? [] : ReferralCount.table([("\(year)", total)]).map { DocumentTable.Row($0, isTotal: true) }))
    }

    /// The coalition area's latest figure per indicator with its interval and comparisons,
    /// as the public profile shows them (small numbers hidden: a report travels).
    static func keyFigures(_ req: Request, areaCode: String) async throws -> DocumentTable? {
        guard let area = try await req.stores.areas.find(areaCode) else { return nil }
        let rows = try await req.profileRows(area: area, showSmallNumbers: false)
        guard !rows.isEmpty else { return nil }
        return DocumentTable(
            header: ["Indicator", "Periode", "Waarde (95%-interval)", "Vergelijking"],
            rows: rows.map { row in
                let d = row.definition
                guard !row.suppressed else {
                    return .init([
                        d.nameNL, row.period.description,
                        row.publicState == .secondary
                            ? "niet getoond: anders terug te rekenen uit het totaal" : "niet getoond: minder dan \(d.publicationThreshold)",
                        "—"
                    ])
                }
                let f = row.figure
                let value =
                    "\(SVGWriter.dutch(f.value)) \(d.unitLabel) (\(SVGWriter.dutch(f.interval95.lower))–\(SVGWriter.dutch(f.interval95.upper)))"
                let comparisons = row.references.map { "t.o.v. \($0.area.name): \($0.comparison.outcome.dutchLabel)" }.joined(
                    separator: "; ")
                return .init([
                    d.nameNL + (row.isSynthetic ? " (synthetisch)" : ""), row.period.description, value,
                    comparisons.isEmpty ? "—" : comparisons
                ])
            })
    }

    @Sendable static func html(req: Request) async throws -> Response {
        let (context, kind, year, document) = try await document(req)
        return DocumentView.render(req.shell, context: context, kind: kind, year: year, document: document)
    }

    @Sendable static func markdown(req: Request) async throws -> Response {
        let (context, kind, year, document) = try await document(req)
        let name = "\(context.slug)-\(kind.rawValue)\(kind.isYearly ? "-\(year)" : "").md"
        return Download.file(
            Data(MarkdownRenderer.render(document, tableOfContents: true).utf8), filename: name,
            type: HTTPMediaType(type: "text", subType: "markdown", parameters: ["charset": "utf-8"]))
    }

    @Sendable static func activitiesCSV(req: Request) async throws -> Response {
        let context = try await CoalitionContext.load(req)
        let data = CoalitionCSV.activities(
            context.work.activities, organisations: context.organisations,
            workgroupNames: Dictionary(context.work.workgroups.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }))
        return Download.csv(data, filename: "\(context.slug)-activiteiten.csv")
    }

    @Sendable static func budgetCSV(req: Request) async throws -> Response {
        let context = try await CoalitionContext.load(req)
        let year = try CoalitionContext.year(req)
        guard let budget = context.work.budget(year) else {
            throw WiegError.notFound("Er is geen begroting voor \(year).", "There is no budget for \(year).")
        }
        return Download.csv(CoalitionCSV.budget(budget), filename: "\(context.slug)-begroting-\(year).csv")
    }
}
