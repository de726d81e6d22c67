import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// "Tellen en vertellen": short stories beside the figures, about an indicator, an aanbod,
/// an activity or a coalition. Everyone reads them; beheerders, regio teams, coordinators
/// and partners write them. The form refuses anything that could identify a client.
enum StoriesController {
    static let writers: Access = .roles([.beheerder, .regio, .coordinator, .partner])

    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .stories, access: .everyone, use: index)
        routes.on(.GET, .storyNew, access: writers, use: new)
        routes.on(.POST, .storyNew, access: writers, use: create)
        routes.on(.GET, .storyDelete(":id"), access: writers, use: confirmDelete)
        routes.on(.POST, .storyDelete(":id"), access: writers, use: delete)
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let stories = try await req.stores.stories.latest(limit: 50)
        var deletable = Set<UUID>()
        if writers.allows(req.principal?.role) {
            // Each coalition is read once, however many stories name it.
            var subjects: [StoryAttachment: CoalitionPolicy.Subject?] = [:]
            for story in stories {
                if subjects[story.attachment] == nil { subjects[story.attachment] = .some(try await coalition(of: story.attachment, req)) }
                if StoryPolicy.canDelete(req.principal, story, coalition: subjects[story.attachment] ?? nil) { deletable.insert(story.id) }
            }
        }
        return StoriesView.index(req.shell, stories: stories, mayWrite: writers.allows(req.principal?.role), deletable: deletable,
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
                let issue = ImportIssue(line: 1, column: story.attachment.field.rawValue, message: req.lang.t(
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
        return ConfirmView.render(req.shell, title: lang.t("Verhaal verwijderen", "Delete story"),
                                  message: lang.t("Weet u zeker dat u '\(story.title)' wilt verwijderen? Dit staat daarna in het logboek.",
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

enum StoriesView {
    /// Stories as a list, for this page and beside the figures elsewhere.
    static func list(_ stories: [Story], lang: Lang, deletable: Set<UUID> = []) -> BodyNode {
        H.el("ul", [H.cls("stories")] + stories.map { story in
            H.el("li", H.el("h3", H.text(story.title)),
                 H.p(story.body),
                 H.el("p", H.cls("hint"), H.text("\(story.authorOrganisation), \(NetworkDates.format(story.date)) · \(story.attachment.dutchName) \(story.attachment.value)")),
                 deletable.contains(story.id) ? H.a(SiteURL.storyDelete(story.id.uuidString).path, lang.t("Verwijderen", "Delete")) : .empty)
        })
    }

    /// "Tellen en vertellen" beside the figures: the stories, and a link to add one.
    static func beside(_ stories: [Story], lang: Lang, new: String, mayWrite: Bool) -> [BodyNode] {
        guard !stories.isEmpty || mayWrite else { return [] }
        return [H.h2(lang.t("Tellen en vertellen", "Counting and telling"), id: "verhalen"),
                stories.isEmpty ? H.p(lang.t("Nog geen verhalen bij deze cijfers.", "No stories beside these figures yet.")) : list(stories, lang: lang),
                mayWrite ? H.el("p", H.a(new, lang.t("Verhaal toevoegen", "Add a story"))) : .empty]
    }

    static func index(_ shell: PageShell, stories: [Story], mayWrite: Bool, deletable: Set<UUID>, saved: String?) -> Response {
        let lang = shell.lang
        let title = lang.t("Tellen en vertellen", "Counting and telling")
        var content: [BodyNode] = [
            H.h1(title),
            H.p(lang.t("Korte verhalen van professionals bij de cijfers: wat er achter een getal zit. Nooit over een herkenbare cliënt.",
                       "Short stories by professionals beside the figures: what lies behind a number. Never about an identifiable client.")),
        ]
        if saved == "opgeslagen" { content.append(H.notice(lang.t("Het verhaal is opgeslagen.", "The story has been saved."))) }
        if saved == "verwijderd" { content.append(H.notice(lang.t("Het verhaal is verwijderd.", "The story has been deleted."))) }
        if mayWrite { content.append(H.el("p", H.a(SiteURL.storyNew.path, lang.t("Verhaal toevoegen", "Add a story"), H.cls("button")))) }
        content.append(stories.isEmpty ? H.p(lang.t("Er zijn nog geen verhalen.", "There are no stories yet.")) : list(stories, lang: lang, deletable: deletable))
        return Layout.page(shell, title: title, content)
    }

    static func form(_ shell: PageShell, fields f: [String: String], issues: [ImportIssue], status: HTTPResponseStatus = .ok) -> Response {
        let lang = shell.lang
        let title = lang.t("Verhaal toevoegen", "Add a story")
        let errors = Dictionary(issues.compactMap { i in i.column.map { ($0, i.message) } }, uniquingKeysWith: { a, _ in a })
        func field(_ name: StoryForm.Field, _ nl: String, _ en: String, hint: String? = nil) -> BodyNode {
            Forms.field(lang.t(nl, en), name: name.rawValue, value: f[name.rawValue], hint: hint, error: errors[name.rawValue])
        }
        return Layout.page(shell, title: title, status: status, [
            H.h1(title),
            H.notice(lang.t("Schrijf over het werk en de ervaring, niet over een cliënt: geen namen, geboortedata, BSN, adressen, e-mailadressen of telefoonnummers. Het formulier weigert tekst die daarop lijkt.",
                            "Write about the work and the experience, not about a client: no names, birth dates, BSN, addresses, e-mail addresses or phone numbers. The form refuses text that looks like them.")),
            Forms.errorSummary(issues.map { Forms.FieldError(field: $0.column ?? StoryForm.Field.titel.rawValue, message: $0.message) }, lang: lang),
            Forms.post(SiteURL.storyNew.path, csrf: shell.csrf, [
                field(.titel, "Titel", "Title", hint: lang.t("Hoogstens \(Limits.name) tekens.", "At most \(Limits.name) characters.")),
                Forms.textarea(lang.t("Verhaal", "Story"), name: StoryForm.Field.tekst.rawValue, value: f[StoryForm.Field.tekst.rawValue],
                               hint: lang.t("Hoogstens 2.000 tekens.", "At most 2,000 characters."), error: errors[StoryForm.Field.tekst.rawValue], rows: 6),
                field(.organisatie, "Organisatie van de schrijver", "Author's organisation"),
                field(.datum, "Datum (jjjj-mm-dd, leeg is vandaag)", "Date (yyyy-mm-dd, empty is today)"),
                H.el("fieldset", H.el("legend", H.text(lang.t("Waar gaat het over? Vul er één in.", "What is it about? Fill in one."))),
                     field(.indicator, "Indicator (code, bijv. BIG2)", "Indicator (code, e.g. BIG2)"),
                     field(.aanbod, "Aanbod (id)", "Service (id)"),
                     field(.activiteit, "Activiteit (id)", "Activity (id)"),
                     field(.coalitie, "Coalitie (id)", "Coalition (id)")),
                field(.gebied, "Gebied (code, optioneel)", "Area (code, optional)"),
                Forms.submit(lang.t("Opslaan", "Save")),
            ]),
        ])
    }
}
