import Foundation
import Vapor
import WiegCore
import WiegStore

/// "Jaar afsluiten": every activity of the year gets an outcome (gerealiseerd,
/// doorgeschoven, gestopt) and a short reflection; carried-over activities continue next
/// year; the 10 points get a new year. One transaction. A closed year stays readable.
enum YearCloseController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .closeYear(":slug"), access: .signedIn, use: form)
        routes.on(.POST, .closeYear(":slug"), access: .userManagers, use: close)
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let context = try await CoalitionContext.load(req)
        let year = try CoalitionContext.year(req)
        return YearCloseView.render(req.shell, context: context, year: year, fields: [:], issues: [:], yearIssue: nil)
    }

    @Sendable static func close(req: Request) async throws -> Response {
        let context = try await CoalitionContext.load(req, edit: true)
        let fields = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        guard let year = fields["jaar"].flatMap(Int.init), (2000...2100).contains(year) else {
            throw WiegError.badRequest(
                "Geef het jaar dat u afsluit (2000 tot en met 2100).", "Give the year you are closing (2000 to 2100).")
        }
        let activities = YearClose.activities(in: year, from: context.work.activities)
        var decisions: [UUID: YearCloseDecision] = [:]
        var unanswered: [UUID: String] = [:]
        for activity in activities {
            guard let outcome = fields["uitkomst-\(activity.id.uuidString)"].flatMap(ActivityOutcome.init(rawValue:)) else {
                unanswered[activity.id] = "Kies voor '\(activity.title)' gerealiseerd, doorgeschoven of gestopt."
                continue
            }
            decisions[activity.id] = YearCloseDecision(outcome: outcome, reflection: fields["reflectie-\(activity.id.uuidString)"] ?? "")
        }
        let check = YearClose.apply(
            decisions: decisions, activities: context.work.activities, year: year,
            closedYears: context.work.closedYearNumbers, pharos: context.work.points(year))
        let issues = check.issues.merging(unanswered) { first, _ in first }
        guard issues.isEmpty, let result = check.result else {
            return YearCloseView.render(
                req.shell, context: context, year: year, fields: fields, issues: issues,
                yearIssue: check.yearIssue, status: .unprocessableEntity)
        }
        do {
            try await req.stores.coalitionWork.closeYear(result, coalitionID: context.id, by: req.auditActor, at: req.now)
        } catch CoalitionStoreError.yearAlreadyClosed {
            return YearCloseView.render(
                req.shell, context: context, year: year, fields: fields, issues: [:],
                yearIssue: "Het jaar \(year) is zojuist al afgesloten.", status: .conflict)
        }
        return req.redirect(to: SiteURL.closeYear(context.slug).with([("jaar", String(year))]), redirectType: .normal)
    }
}
