import Foundation
import Vapor
import WiegCore
import WiegStore

/// JSON twins of the coalition pages, for signed-in users and API tokens, scoped like
/// the pages (a coalition you may not read is a 403).
enum CoalitionAPIController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .apiCoalitions, access: .signedIn, use: index)
        routes.on(.GET, .apiCoalition(":id"), access: .signedIn, use: show)
        routes.on(.GET, .apiCoalitionTest(":id"), access: .signedIn, use: test)
        routes.on(.GET, .apiCoalitionActivities(":id"), access: .signedIn, use: activities)
        routes.on(.GET, .apiCoalitionBudget(":id"), access: .signedIn, use: budget)
    }

    struct CoalitionJSON: Content {
        var id: UUID
        var slug: String
        var name: String
        var kind: String
        var areaCode: String
        var regionCode: String?
        var projectLeader: String?
        var members: [MemberJSON]?
        var targetGroupInvolvement: [String]?
        var activityCount: Int
        var canEdit: Bool?

        init(_ model: Coalition, _ work: CoalitionWork, detail: Bool, canEdit: Bool? = nil) {
            id = model.id
            slug = model.slug
            name = model.name
            kind = work.coalition.kind.rawValue
            areaCode = model.areaCode
            regionCode = model.regionCode
            projectLeader = work.coalition.projectLeader
            members =
                detail
                ? work.coalition.members.map {
                    MemberJSON(organisationID: $0.organisationID, domain: $0.domain?.rawValue, role: $0.contactRole)
                } : nil
            targetGroupInvolvement = detail ? work.coalition.targetGroupInvolvement.map(\.rawValue) : nil
            activityCount = work.activities.count
            self.canEdit = canEdit
        }
    }

    struct MemberJSON: Content {
        var organisationID: UUID
        var domain: String?
        var role: String
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let all = try await req.readableCoalitions().map { CoalitionJSON($0.0, $0.1, detail: false) }
        let page = try req.apiPage(defaultSize: 50)
        return try await APIPage(
            Paged(
                items: Array(all.dropFirst(page.offset).prefix(page.size)), number: page.number,
                size: page.size, total: all.count)
        ).encodeResponse(for: req)
    }

    @Sendable static func show(req: Request) async throws -> CoalitionJSON {
        let c = try await CoalitionContext.load(req)
        return CoalitionJSON(c.model, c.work, detail: true, canEdit: c.canEdit)
    }

    struct CriterionJSON: Content {
        var number: Int
        var name: String
        var requirement: String
        var outcome: String
        var evidence: String
    }
    struct TestJSON: Content {
        var year: Int
        var met: Int
        var criteria: [CriterionJSON]
    }

    @Sendable static func test(req: Request) async throws -> TestJSON {
        let c = try await CoalitionContext.load(req)
        let year = try CoalitionContext.year(req)
        let results = c.work.minimumTest(year: year, organisations: c.organisations, services: Array(c.network.services.values))
        return TestJSON(
            year: year, met: results.filter { $0.outcome == .voldaan }.count,
            criteria: results.map {
                CriterionJSON(
                    number: $0.criterion.rawValue, name: $0.criterion.dutchName, requirement: $0.criterion.requirement,
                    outcome: $0.outcome.rawValue, evidence: $0.evidence)
            })
    }

    struct ActivityJSON: Content {
        var id: UUID, title: String, description: String, actionLines: [String], quarters: [String], status: String
        var statusNote: String?, expectedResult: String, ownerOrganisationID: UUID?, ownerRole: String?, workgroupID: UUID?
        var implementationPhase: String?, serviceIDs: [UUID], carriedOverFrom: UUID?
        init(_ a: Activity) {
            id = a.id
            title = a.title
            description = a.description
            actionLines = a.actionLines.map(\.rawValue)
            quarters = a.quarters.sorted().map { "\($0.year)-Q\($0.quarter)" }
            status = a.status.rawValue
            statusNote = a.statusNote
            expectedResult = a.expectedResult
            ownerOrganisationID = a.ownerOrganisationID
            ownerRole = a.ownerRole
            workgroupID = a.workgroupID
            implementationPhase = a.implementationPhase?.rawValue
            serviceIDs = a.serviceIDs
            carriedOverFrom = a.carriedOverFrom
        }
    }

    @Sendable static func activities(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req)
        let all = c.work.activities.map(ActivityJSON.init)
        let page = try req.apiPage(defaultSize: 100)
        return try await APIPage(
            Paged(
                items: Array(all.dropFirst(page.offset).prefix(page.size)), number: page.number,
                size: page.size, total: all.count)
        ).encodeResponse(for: req)
    }

    struct BudgetLineJSON: Content {
        var component: String
        var description: String
        var fteHundredths: Int?
        var salaryScale: Int?
        var amountCents: Int64
    }
    struct AmountJSON: Content {
        var description: String
        var amountCents: Int64
    }
    struct BudgetJSON: Content {
        var year: Int
        var lines: [BudgetLineJSON]
        var outOfPocket: [AmountJSON]
        var funding: [AmountJSON]
        var linesTotalCents: Int64, outOfPocketTotalCents: Int64, totalCents: Int64, fundedCents: Int64, gapCents: Int64
    }

    @Sendable static func budget(req: Request) async throws -> BudgetJSON {
        let c = try await CoalitionContext.load(req)
        let year = try CoalitionContext.year(req)
        guard let b = c.work.budget(year) else {
            throw WiegError.notFound("Er is geen begroting voor \(year).", "There is no budget for \(year).")
        }
        return BudgetJSON(
            year: year,
            lines: b.lines.map {
                BudgetLineJSON(
                    component: $0.component, description: $0.description, fteHundredths: $0.fteHundredths,
                    salaryScale: $0.salaryScale, amountCents: $0.amount.cents)
            },
            outOfPocket: b.outOfPocket.map { AmountJSON(description: $0.description, amountCents: $0.amount.cents) },
            funding: b.funding.map {
                AmountJSON(description: $0.kind.rawValue + ($0.note.isEmpty ? "" : ": \($0.note)"), amountCents: $0.amount.cents)
            },
            linesTotalCents: b.linesTotal.cents, outOfPocketTotalCents: b.outOfPocketTotal.cents,
            totalCents: b.grandTotal.cents, fundedCents: b.fundedTotal.cents, gapCents: b.gap.cents)
    }
}
