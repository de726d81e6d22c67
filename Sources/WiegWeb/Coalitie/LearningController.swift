import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// "Leren van elkaar": the public parts of the plans coalitions chose to publish, searched
/// by theme, action line and intervention; whoever may edit a coalition copies an
/// activity, a goal or a whole workgroup into its plan (the copy remembers its origin).
/// Publishing is the coalition's own opt-in, from its dashboard.
enum LearningController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .learning, access: .everyone, use: index)
        routes.on(.GET, .apiLearning, access: .everyone, use: json)
        routes.on(.POST, .learningCopy, access: .userManagers, use: copy)
        routes.on(.POST, .coalitionPublish(":slug"), access: .userManagers, use: publish)
    }

    /// Every coalition with its work; the published plans among them.
    static func all(_ req: Request) async throws -> [(Coalition, CoalitionWork)] {
        let coalitions = try await req.stores.coalitions.list(inRegions: nil)
        let works = try await req.stores.coalitionWork.works(coalitions)
        return coalitions.compactMap { model in works[model.id].map { (model, $0) } }
    }

    static func filter(_ req: Request) throws -> PublishedPlanFilter {
        let theme = try req.apiEnum("thema", MinimumTheme.self)
        let actionLine = try req.apiEnum("actielijn", ActionLine.self)
        let kind = try req.apiEnum("soort", OriginItemKind.self)
        return PublishedPlanFilter(
            theme: theme, actionLine: actionLine, text: try req.apiString("zoek", maxLength: 200) ?? "",
            kinds: kind.map { [$0] } ?? Set(OriginItemKind.allCases))
    }

    static func matches(_ req: Request) async throws -> (matches: [PublishedPlanMatch], works: [(Coalition, CoalitionWork)]) {
        let works = try await all(req)
        let plans = works.filter { $0.1.coalition.publishesPlan }.map { $0.1.published() }
        return (PublishedPlanIndex.search(plans, filter: try filter(req)), works)
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let (found, works) = try await matches(req)
        let targets = works.filter { CoalitionPolicy.canEdit(req.principal, CoalitionContext.subject($0.0, $0.1)) }.map(\.0)
        return LearningView.render(
            req.shell, matches: found, targets: targets, filter: try filter(req),
            copied: req.query[String.self, at: "melding"] == "overgenomen")
    }

    @Sendable static func json(req: Request) async throws -> Response {
        let (found, _) = try await matches(req)
        let page = try req.apiPage(defaultSize: 50)
        let items = found.map {
            LearningJSON(
                coalition: $0.plan.coalitionID, coalitionName: $0.plan.name, kind: $0.kind.rawValue,
                item: $0.itemID, title: $0.title)
        }
        let slice = Array(items.dropFirst(page.offset).prefix(page.size))
        return try await APIPage(Paged(items: slice, number: page.number, size: page.size, total: items.count)).encodeResponse(for: req)
    }

    @Sendable static func copy(req: Request) async throws -> Response {
        let fields = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        let works = try await all(req)
        guard let sourceID = fields["bron"].flatMap(UUID.init(uuidString:)), let itemID = fields["item"].flatMap(UUID.init(uuidString:)),
            let kind = fields["soort"].flatMap(OriginItemKind.init(rawValue:)),
            let source = works.first(where: { $0.0.id == sourceID && $0.1.coalition.publishesPlan })?.1.published()
        else {
            throw WiegError.badRequest("Dit onderdeel is niet (meer) gepubliceerd.", "This item is not published (any more).")
        }
        guard let target = works.first(where: { $0.0.slug == fields["doel"] }),
            CoalitionPolicy.canEdit(req.principal, CoalitionContext.subject(target.0, target.1))
        else { throw WiegError.forbidden }
        guard target.0.id != sourceID else {
            throw WiegError.badRequest("Dit staat al in het plan van uw eigen coalitie.", "This is already in your own coalition's plan.")
        }
        let now = req.now
        // Copied into the plan as it is when the lock is held, so a concurrent edit stays.
        try await CoalitionContext.modify(req, target.0.id) { before -> (result: Void, writes: [CoalitionWrite]) in
            let after: CoalitionWork
            switch kind {
            case .activiteit:
                guard let item = source.activities.first(where: { $0.id == itemID }) else { throw notFound }
                after = before.copying(activity: item, from: source, on: now)
            case .doel:
                guard let item = source.goals.first(where: { $0.id == itemID }) else { throw notFound }
                after = before.copying(goal: item, from: source, on: now)
            case .werkgroep:
                guard let item = source.workgroups.first(where: { $0.id == itemID }) else { throw notFound }
                after = before.copying(workgroup: item, from: source, on: now)
            }
            let oldActivities = Set(before.activities.map(\.id))
            let oldGroups = Set(before.workgroups.map(\.id))
            var writes: [CoalitionWrite] = after.workgroups.filter { !oldGroups.contains($0.id) }.map { .item($0) }
            writes += after.activities.filter { !oldActivities.contains($0.id) }.map { .activity($0) }
            if let plan = after.plan, after.plan != before.plan { writes.append(.item(plan)) }
            return ((), writes)
        }
        return req.redirect(to: SiteURL.coalition(target.0.slug).path + "#activiteiten", redirectType: .normal)
    }

    static var notFound: WiegError {
        .notFound("Dit onderdeel bestaat niet in het gepubliceerde plan.", "This item is not in the published plan.")
    }

    @Sendable static func publish(req: Request) async throws -> Response {
        let context = try await CoalitionContext.load(req, edit: true)
        let fields = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        let publishes = fields["publiceren"] == "ja"
        try await context.modify(req) { work in
            var record = work.coalition
            record.publishesPlan = publishes
            return [.record(record)]
        }
        return req.redirect(to: SiteURL.coalition(context.slug).path + "#leren", redirectType: .normal)
    }
}

struct LearningJSON: Content {
    var coalition: UUID
    var coalitionName: String
    var kind: String
    var item: UUID
    var title: String
}
