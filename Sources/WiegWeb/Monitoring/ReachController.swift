import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// Reach of one aanbod per quarter: aggregate counts (contacts, new clients, referrals in
/// and out, completed) entered by whoever may edit the aanbod. Everyone may read them;
/// in public a count from 1 to below the threshold is hidden. A chart per measure over
/// time with its table, the form to register a quarter, and a JSON twin.
enum ReachController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .reach(":id"), access: .everyone, use: page)
        routes.on(.POST, .reach(":id"), access: .signedIn, use: save)
        routes.on(.GET, .apiReach(":id"), access: .everyone, use: json)
    }

    struct Context {
        var service: ServiceRecord
        var organisation: OrganisationRecord
        var entries: [ReachEntry]
        var mayEdit: Bool
        var stories: [Story]
        /// Hulpkaarten with this service, per quarter made.
        var referrals: [ReferralCount] = []
        /// Signed-in editors see every count; everyone else sees small ones hidden.
        var showsSmallNumbers: Bool { mayEdit }
    }

    static func load(_ req: Request) async throws -> Context {
        let network = try await req.network()
        let service = try req.service(in: network)
        guard let org = network.organisations[service.organisationID] else {
            throw WiegError.notFound("Dit aanbod bestaat niet.", "This service does not exist.")
        }
        var mayEdit = false
        if req.principal != nil {
            mayEdit = NetworkPolicy.canEdit(service, of: org, by: req.principal, scope: try await req.scopeAreas())
        }
        return Context(
            service: service, organisation: org, entries: try await req.stores.reach.entries(serviceIDs: [service.id]),
            mayEdit: mayEdit, stories: try await req.stores.stories.stories(about: .service(service.id)),
            referrals: ReferralCount.counts(try await req.stores.referrals.rows(services: [service.id])))
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let context = try await load(req)
        let now = ReachQuarter.containing(req.now)?.description ?? ""
        return ReachView.render(
            req.shell, context: context, fields: ["kwartaal": now], issues: [],
            saved: req.query[String.self, at: "melding"] == "opgeslagen")
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let context = try await load(req)
        guard context.mayEdit else { throw WiegError.forbidden }
        var fields = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        fields["aanbod"] = context.service.id.uuidString
        let check = ReachForm.check(fields: fields, now: req.now)
        guard check.issues.isEmpty, let entry = check.record else {
            return ReachView.render(req.shell, context: context, fields: fields, issues: check.issues, status: .unprocessableEntity)
        }
        try await req.stores.reach.save(entry, by: req.auditActor, at: req.now)
        return req.redirect(to: SiteURL.reach(context.service.id.uuidString).with([("melding", "opgeslagen")]), redirectType: .normal)
    }

    @Sendable static func json(req: Request) async throws -> Response {
        let context = try await load(req)
        let rows = context.entries.map { entry in
            ReachJSON.Row(
                quarter: entry.quarter.description, activity: entry.activityID,
                counts: Dictionary(
                    uniqueKeysWithValues: ReachMeasure.allCases.map { measure in
                        (measure.rawValue, context.showsSmallNumbers ? entry.count(measure) : ReachEntry.publicCount(entry.count(measure)))
                    }))
        }
        return try await ReachJSON(service: context.service.id, threshold: Suppression.defaultThreshold, quarters: rows).encodeResponse(
            for: req)
    }
}

/// Reach as JSON: a hidden count is null.
struct ReachJSON: Content {
    struct Row: Content {
        var quarter: String
        var activity: UUID?
        var counts: [String: Int?]
    }
    var service: UUID
    var threshold: Int
    var quarters: [Row]
}
