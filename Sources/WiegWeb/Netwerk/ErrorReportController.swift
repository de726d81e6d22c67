import Foundation
import NIOConcurrencyHelpers
import Vapor
import WiegCore
import WiegStore

/// "Klopt er iets niet?" on every public service and organisation page: a short form for
/// anyone (no personal data; at most five a minute from one address), a task on the
/// editors' page `/meldingen`, a mail to the organisation's address for checks, closed by
/// an editor with a note. The audit trail records both.
enum ErrorReportController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .serviceReport(":id"), access: .everyone, use: form)
        routes.on(.POST, .serviceReport(":id"), access: .everyone, use: save)
        routes.on(.GET, .organisationReport(":id"), access: .everyone, use: form)
        routes.on(.POST, .organisationReport(":id"), access: .everyone, use: save)
        routes.on(.GET, .reports, access: .signedIn, use: list)
        routes.on(.POST, .report(":id"), access: .signedIn, use: close)
    }

    /// What the report is about: a service (and its organisation) or an organisation.
    static func subject(_ req: Request, _ network: NetworkCache.Snapshot) throws -> (
        ErrorReport.Subject, OrganisationRecord, String, String
    ) {
        let isService = req.url.path.hasPrefix("/aanbod/")
        let id = req.parameters.get("id").flatMap(UUID.init(uuidString:))
        if isService {
            guard let id, let service = network.services[id], let org = network.organisations[service.organisationID] else {
                throw WiegError.notFound("Dit aanbod bestaat niet.", "This service does not exist.")
            }
            return (.service(id), org, service.name, SiteURL.service(id.uuidString).path)
        }
        guard let id, let org = network.organisations[id] else {
            throw WiegError.notFound("Deze organisatie bestaat niet.", "This organisation does not exist.")
        }
        return (.organisation(id), org, org.name, SiteURL.organisation(id.uuidString).path)
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let network = try await req.network()
        let (_, _, name, back) = try subject(req, network)
        return ErrorReportViews.form(req.shell, name: name, back: back, fields: [:], issues: [])
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let network = try await req.network()
        let (subject, org, name, back) = try subject(req, network)
        guard req.application.reportLimiter.allow(req.clientAddress, at: req.now) else {
            return ErrorReportViews.tooMany(req.shell, back: back)
        }
        let fields = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        let check = ErrorReportForm.check(fields: fields)
        guard let text = check.record else {
            return ErrorReportViews.form(
                req.shell, name: name, back: back, fields: fields, issues: check.issues, status: .unprocessableEntity)
        }
        let report = ErrorReport(subject: subject, organisationID: org.id, text: text.text, replyEmail: text.replyEmail, createdAt: req.now)
        try await req.stores.errorReports.create(report, by: req.auditActor)
        await mail(report, about: name, to: org, req)
        return ErrorReportViews.thanks(req.shell, back: back)
    }

    /// To the organisation's address for checks, when mail is set up.
    static func mail(_ report: ErrorReport, about name: String, to org: OrganisationRecord, _ req: Request) async {
        guard let settings = req.application.wiegConfig.mail, let base = req.application.wiegConfig.publicURL,
            let address = org.mailForChecks
        else { return }
        let body = """
            Iemand meldt dat er iets niet klopt bij "\(name)" in Wieg:

            \(report.text)

            \(report.replyEmail.map { "De melder wil graag antwoord op: \($0)" } ?? "De melder wil geen antwoord.")

            Pas het aan en handel de melding af op \(base)\(SiteURL.reports.path) (inloggen nodig).
            """
        do {
            try await SMTPClient(settings: settings, eventLoop: req.eventLoop).send(
                to: address, subject: "Melding over \(name) in Wieg", body: body)
        } catch {
            req.logger.warning("Could not mail the error report of organisation \(org.id): \(error)")
        }
    }

    /// The organisations whose entries this person keeps (nil: all, for the beheerder).
    static func keptOrganisations(_ req: Request, _ network: NetworkCache.Snapshot) async throws -> Set<UUID>? {
        guard let principal = req.principal else { return [] }
        if principal.role == .beheerder { return nil }
        let scope = try await req.scopeAreas()
        return Set(network.organisationList.filter { NetworkPolicy.canEdit($0, by: principal, scope: scope) }.map(\.id))
    }

    @Sendable static func list(req: Request) async throws -> Response {
        let network = try await req.network()
        let kept = try await keptOrganisations(req, network)
        let reports = kept?.isEmpty == true ? [] : try await req.stores.errorReports.open(organisations: kept)
        return ErrorReportViews.list(req.shell, network: network, reports: reports, notice: req.query[String.self, at: "melding"])
    }

    @Sendable static func close(req: Request) async throws -> Response {
        let network = try await req.network()
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let report = try await req.stores.errorReports.find(id)
        else {
            throw WiegError.notFound("Deze melding bestaat niet.", "This report does not exist.")
        }
        let kept = try await keptOrganisations(req, network)
        guard kept == nil || kept!.contains(report.organisationID) else { throw WiegError.forbidden }
        let fields = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        let check = ErrorReportForm.closing(fields: fields)
        guard let note = check.record else {
            let reports = try await req.stores.errorReports.open(organisations: kept)
            return ErrorReportViews.list(
                req.shell, network: network, reports: reports, notice: nil, failed: (id, check.issues), status: .unprocessableEntity)
        }
        _ = try await req.stores.errorReports.close(id, note: note, by: req.auditActor, at: req.now)
        return req.redirect(to: SiteURL.reports.with([("melding", "afgehandeld")]), redirectType: .normal)
    }
}

/// At most `limit` reports per address per minute, in memory (a restart forgets).
final class ReportLimiter: Sendable {
    let limit: Int
    private let seen = NIOLockedValueBox<[String: [Date]]>([:])

    init(limit: Int = 5) { self.limit = limit }

    func allow(_ address: String, at now: Date) -> Bool {
        seen.withLockedValue { all in
            // Forget old entries now and then, so the table stays small.
            if all.count > 10_000 { all = all.filter { $0.value.contains { now.timeIntervalSince($0) < 60 } } }
            let recent = (all[address] ?? []).filter { now.timeIntervalSince($0) < 60 }
            guard recent.count < limit else {
                all[address] = recent
                return false
            }
            all[address] = recent + [now]
            return true
        }
    }
}

struct ReportLimiterKey: StorageKey { typealias Value = ReportLimiter }

extension Application {
    /// Set up by `configure` (before any request, so no race on the storage).
    var reportLimiter: ReportLimiter { storage[ReportLimiterKey.self]! }
}
