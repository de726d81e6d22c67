import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

enum StoriesView {
    /// Stories as a list, for this page and beside the figures elsewhere.
    static func list(_ stories: [Story], lang: Lang, deletable: Set<UUID> = []) -> BodyNode {
        H.el(
            "ul",
            [H.cls("stories")]
                + stories.map { story in
                    H.el(
                        "li", H.el("h3", H.text(story.title)),
                        H.p(story.body),
                        H.el(
                            "p", H.cls("hint"),
                            H.text(
                                "\(story.authorOrganisation), \(NetworkDates.format(story.date)) · \(story.attachment.dutchName) \(story.attachment.value)"
                            )),
                        deletable.contains(story.id)
                            ? H.a(SiteURL.storyDelete(story.id.uuidString).path, lang.t("Verwijderen", "Delete")) : .empty)
                })
    }

    /// "Tellen en vertellen" beside the figures: the stories, and a link to add one.
    static func beside(_ stories: [Story], lang: Lang, new: String, mayWrite: Bool) -> [BodyNode] {
        guard !stories.isEmpty || mayWrite else { return [] }
        return [
            H.h2(lang.t("Tellen en vertellen", "Counting and telling"), id: "verhalen"),
            stories.isEmpty
                ? H.p(lang.t("Nog geen verhalen bij deze cijfers.", "No stories beside these figures yet.")) : list(stories, lang: lang),
            mayWrite ? H.el("p", H.a(new, lang.t("Verhaal toevoegen", "Add a story"))) : .empty
        ]
    }

    static func index(_ shell: PageShell, stories: [Story], mayWrite: Bool, deletable: Set<UUID>, saved: String?) -> Response {
        let lang = shell.lang
        let title = lang.t("Tellen en vertellen", "Counting and telling")
        var content: [BodyNode] = [
            H.h1(title),
            H.p(
                lang.t(
                    "Korte verhalen van professionals bij de cijfers: wat er achter een getal zit. Nooit over een herkenbare cliënt.",
                    "Short stories by professionals beside the figures: what lies behind a number. Never about an identifiable client."))
        ]
        if saved == "opgeslagen" { content.append(H.notice(lang.t("Het verhaal is opgeslagen.", "The story has been saved."))) }
        if saved == "verwijderd" { content.append(H.notice(lang.t("Het verhaal is verwijderd.", "The story has been deleted."))) }
        if mayWrite { content.append(H.el("p", H.a(SiteURL.storyNew.path, lang.t("Verhaal toevoegen", "Add a story"), H.cls("button")))) }
        content.append(
            stories.isEmpty
                ? H.p(lang.t("Er zijn nog geen verhalen.", "There are no stories yet.")) : list(stories, lang: lang, deletable: deletable))
        return Layout.page(shell, title: title, content)
    }

    static func form(_ shell: PageShell, fields f: [String: String], issues: [ImportIssue], status: HTTPResponseStatus = .ok) -> Response {
        let lang = shell.lang
        let title = lang.t("Verhaal toevoegen", "Add a story")
        let errors = Dictionary(issues.compactMap { i in i.column.map { ($0, i.message) } }, uniquingKeysWith: { a, _ in a })
        func field(_ name: StoryForm.Field, _ nl: String, _ en: String, hint: String? = nil) -> BodyNode {
            Forms.field(lang.t(nl, en), name: name.rawValue, value: f[name.rawValue], hint: hint, error: errors[name.rawValue])
        }
        return Layout.page(
            shell, title: title, status: status,
            [
                H.h1(title),
                H.notice(
                    lang.t(
                        "Schrijf over het werk en de ervaring, niet over een cliënt: geen namen, geboortedata, BSN, adressen, e-mailadressen of telefoonnummers. Het formulier weigert tekst die daarop lijkt.",
                        "Write about the work and the experience, not about a client: no names, birth dates, BSN, addresses, e-mail addresses or phone numbers. The form refuses text that looks like them."
                    )),
                Forms.errorSummary(
                    issues.map { Forms.FieldError(field: $0.column ?? StoryForm.Field.titel.rawValue, message: $0.message) }, lang: lang),
                Forms.post(
                    SiteURL.storyNew.path, csrf: shell.csrf,
                    [
                        field(
                            .titel, "Titel", "Title", hint: lang.t("Hoogstens \(Limits.name) tekens.", "At most \(Limits.name) characters.")
                        ),
                        Forms.textarea(
                            lang.t("Verhaal", "Story"), name: StoryForm.Field.tekst.rawValue, value: f[StoryForm.Field.tekst.rawValue],
                            hint: lang.t("Hoogstens 2.000 tekens.", "At most 2,000 characters."),
                            error: errors[StoryForm.Field.tekst.rawValue], rows: 6),
                        field(.organisatie, "Organisatie van de schrijver", "Author's organisation"),
                        field(.datum, "Datum (jjjj-mm-dd, leeg is vandaag)", "Date (yyyy-mm-dd, empty is today)"),
                        H.el(
                            "fieldset",
                            H.el("legend", H.text(lang.t("Waar gaat het over? Vul er één in.", "What is it about? Fill in one."))),
                            field(.indicator, "Indicator (code, bijv. BIG2)", "Indicator (code, e.g. BIG2)"),
                            field(.aanbod, "Aanbod (id)", "Service (id)"),
                            field(.activiteit, "Activiteit (id)", "Activity (id)"),
                            field(.coalitie, "Coalitie (id)", "Coalition (id)")),
                        field(.gebied, "Gebied (code, optioneel)", "Area (code, optional)"),
                        Forms.submit(lang.t("Opslaan", "Save"))
                    ])
            ])
    }
}
