import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// "Tellen en vertellen": short stories beside the figures, about an indicator, an aanbod,
/// an activity or a coalition. Everyone reads them; beheerders, regio teams, coordinators
/// and partners write them. The form refuses anything that could identify a client.
enum StoriesController {

    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .stories, access: .everyone, use: index)
        routes.on(.GET, .storyNew, access: Access.storyWriters, use: new)
        routes.on(.POST, .storyNew, access: Access.storyWriters, use: create)
        routes.on(.GET, .storyDelete(":id"), access: Access.storyWriters, use: confirmDelete)
        routes.on(.POST, .storyDelete(":id"), access: Access.storyWriters, use: delete)
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let stories = try await req.stores.stories.latest(limit: 50)
        var deletable = Set<UUID>()
        if Access.storyWriters.allows(req.principal?.role) {
            // Each coalition is read once, however many stories name it.
            var subjects: [StoryAttachment: CoalitionPolicy.Subject?] = [:]
            for story in stories {
                if subjects[story.attachment] == nil { subjects[story.attachment] = .some(try await coalition(of: story.attachment, req)) }
                if StoryPolicy.canDelete(req.principal, story, coalition: subjects[story.attachment] ?? nil) { deletable.insert(story.id) }
            }
        }
        return StoriesView.index(
            req.shell, stories: stories, mayWrite: Access.storyWriters.allows(req.principal?.role), deletable: deletable,
            saved: req.query[String.self, at: "melding"])
    }

    /// The coalition a story is about (directly or through one of its activities), as the
    /// policy sees it; nil for stories about an indicator or an aanbod.
    static func coalition(of attachment: StoryAttachment, _ req: Request) async throws -> CoalitionPolicy.Subject? {
        let id: UUID?
        switch attachment {
        case .coalition(let coalitionID): id = coalitionID
        case .activity(let activityID): id = try await req.stores.coalitionWork.coalitionID(ofActivity: activityID)
        case .indicator, .service: return nil
        }
        guard let id, let model = try await req.stores.coalitions.find(id) else { return nil }
        return CoalitionContext.subject(model, try await req.stores.coalitionWork.works([model])[id])
    }

    @Sendable static func new(req: Request) async throws -> Response {
        var fields: [String: String] = [:]
        for field in [StoryForm.Field.indicator, .aanbod, .activiteit, .coalitie, .gebied] {
            if let value = req.query[String.self, at: field.rawValue] { fields[field.rawValue] = String(value.prefix(60)) }
        }
        return StoriesView.form(req.shell, fields: fields, issues: [])
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let fields = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        let known = StoryForm.Known(indicators: Set(try await req.stores.indicators.catalogue().map(\.code)))
        let check = StoryForm.check(fields: fields, id: UUID(), today: req.now, known: known)
        guard check.issues.isEmpty, var story = check.record else {
            return StoriesView.form(req.shell, fields: fields, issues: check.issues, status: .unprocessableEntity)
        }
        // A story is linked only to a coalition (or activity) in the writer's own scope.
        switch story.attachment {
        case .coalition, .activity:
            guard let subject = try await coalition(of: story.attachment, req), StoryPolicy.canAttach(req.principal, to: subject) else {
                let issue = ImportIssue(
                    line: 1, column: story.attachment.field.rawValue,
                    message: req.lang.t(
                        "U kunt een verhaal alleen koppelen aan een coalitie (of activiteit) waarvoor u werkt.",
                        "You can only link a story to a coalition (or activity) you work for."))
                return StoriesView.form(req.shell, fields: fields, issues: [issue], status: .unprocessableEntity)
            }
        case .indicator, .service:
            break
        }
        story.authorUserID = req.principal?.userID
        try await req.stores.stories.save(story, by: req.auditActor, at: req.now)
        return req.redirect(to: SiteURL.stories.with([("melding", "opgeslagen")]), redirectType: .normal)
    }

    static func story(_ req: Request) async throws -> Story {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let story = try await req.stores.stories.find(id) else {
            throw WiegError.notFound("Dit verhaal bestaat niet (meer).", "This story does not exist (any more).")
        }
        return story
    }

    /// The story in the path, if the user may delete it: 403 otherwise.
    static func deletableStory(_ req: Request) async throws -> Story {
        let story = try await story(req)
        guard StoryPolicy.canDelete(req.principal, story, coalition: try await coalition(of: story.attachment, req)) else {
            throw WiegError.forbidden
        }
        return story
    }

    @Sendable static func confirmDelete(req: Request) async throws -> Response {
        let story = try await deletableStory(req)
        let lang = req.lang
        return ConfirmView.render(
            req.shell, title: lang.t("Verhaal verwijderen", "Delete story"),
            message: lang.t(
                "Weet u zeker dat u '\(story.title)' wilt verwijderen? Dit staat daarna in het logboek.",
                "Are you sure you want to delete '\(story.title)'? The audit trail keeps a record."),
            action: SiteURL.storyDelete(story.id.uuidString).path, confirm: lang.t("Ja, verwijderen", "Yes, delete"),
            cancel: SiteURL.stories.path)
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        let story = try await deletableStory(req)
        try await req.stores.stories.delete(story.id, by: req.auditActor, at: req.now)
        return req.redirect(to: SiteURL.stories.with([("melding", "verwijderd")]), redirectType: .normal)
    }
}
