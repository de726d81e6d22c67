import Plot
import Vapor
import WiegCore

/// The reach page of one aanbod: chart, table (quarters × measures) and the form.
enum ReachView {
    static func render(
        _ shell: PageShell, context c: ReachController.Context, fields f: [String: String], issues: [ImportIssue],
        saved: Bool = false, status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        let title = lang.t("Bereik: \(c.service.name)", "Reach: \(c.service.name)")
        let count: (ReachEntry, ReachMeasure) -> Int? = { entry, measure in
            c.showsSmallNumbers ? entry.count(measure) : ReachEntry.publicCount(entry.count(measure))
        }
        var content: [BodyNode] = [
            H.h1(title),
            H.p(
                lang.t(
                    "Aantallen per kwartaal, door \(c.organisation.name) ingevuld: nooit wie, alleen hoeveel.",
                    "Counts per quarter, entered by \(c.organisation.name): never who, only how many."),
                H.text(" "), H.a(SiteURL.service(c.service.id.uuidString).path, lang.t("Naar het aanbod", "To the service")))
        ]
        if saved {
            content.append(H.notice(lang.t("Het bereik is opgeslagen.", "The reach has been saved.")))
        }
        if c.showsSmallNumbers {
            content.append(
                H.notice(
                    lang.t(
                        "U ziet ook aantallen onder de 10; in de openbare weergave zijn die verborgen.",
                        "You also see counts below 10; the public view hides them."), kind: .warn))
        }
        if c.entries.isEmpty {
            content.append(H.p(lang.t("Er is nog geen bereik geregistreerd.", "No reach has been registered yet.")))
        } else {
            let series = ReachMeasure.allCases.map { measure in
                TrendSeries(
                    label: lang.t(measure.dutchLabel, measure.englishName),
                    points: c.entries.map { TrendPoint(period: $0.quarter.description, value: count($0, measure).map(Double.init)) })
            }
            content.append(
                H.el(
                    "figure", H.cls("chart"), .raw(TrendChartSVG.render(series: series, unit: lang.t("aantal", "count"), title: title)),
                    H.el(
                        "figcaption",
                        H.text(
                            lang.t(
                                "Een onderbroken lijn is een verborgen aantal. De tabel bevat dezelfde cijfers.",
                                "A broken line is a hidden count. The table holds the same figures.")))))
            content.append(
                H.table(
                    caption: lang.t("Bereik per kwartaal", "Reach per quarter"),
                    headers: [lang.t("Kwartaal", "Quarter")] + ReachMeasure.allCases.map { lang.t($0.dutchLabel, $0.englishName) },
                    rows: c.entries.map { entry in
                        [H.text(entry.quarter.description + (entry.activityID == nil ? "" : lang.t(" (activiteit)", " (activity)")))]
                            + ReachMeasure.allCases.map { H.text(count(entry, $0).map(String.init) ?? lang.t("< 10", "< 10")) }
                    }))
        }
        content.append(referrals(c.referrals, showsSmallNumbers: c.showsSmallNumbers, lang: lang))
        if c.mayEdit {
            content.append(
                H.el(
                    "p",
                    H.a(
                        SiteURL.referralConfirm.path,
                        lang.t("Contact bevestigen met de code van een hulpkaart", "Confirm contact with a help card's code"))))
        }
        if c.mayEdit {
            let errors = Dictionary(issues.compactMap { i in i.column.map { ($0, i.message) } }, uniquingKeysWith: { a, _ in a })
            content.append(H.h2(lang.t("Kwartaal registreren", "Register a quarter"), id: "registreren"))
            content.append(
                Forms.errorSummary(issues.map { Forms.FieldError(field: $0.column ?? "kwartaal", message: $0.message) }, lang: lang))
            content.append(
                Forms.post(
                    SiteURL.reach(c.service.id.uuidString).path, csrf: shell.csrf,
                    [
                        Forms.field(
                            lang.t("Kwartaal", "Quarter"), name: "kwartaal", value: f["kwartaal"],
                            hint: lang.t(
                                "Bijvoorbeeld 2025-K2. Een kwartaal dat al is ingevuld, wordt vervangen.",
                                "For example 2025-K2. A quarter already entered is replaced."), error: errors["kwartaal"], required: true)
                    ]
                        + ReachMeasure.allCases.map { measure in
                            Forms.field(
                                lang.t(measure.dutchLabel, measure.englishName), name: measure.formField, type: "text",
                                value: f[measure.formField],
                                error: errors[measure.formField], extra: [("inputmode", "numeric")])
                        } + [Forms.submit(lang.t("Opslaan", "Save"))]))
        }
        content += StoriesView.beside(
            c.stories, lang: lang, new: SiteURL.storyNew.with([("aanbod", c.service.id.uuidString)]),
            mayWrite: Access.storyWriters.allows(shell.role))
        return Layout.page(shell, title: title, status: status, content)
    }

    /// Referrals with a hulpkaart: made, confirmed by the organisation, the share confirmed.
    /// In public a count below 10 is hidden, and a share only shown when both counts are.
    static func referrals(_ counts: [ReferralCount], showsSmallNumbers: Bool, lang: Lang) -> BodyNode {
        let title = lang.t("Verwijzingen met een hulpkaart", "Referrals with a help card")
        guard !counts.isEmpty else {
            return .group([
                H.h2(title, id: "verwijzingen"),
                H.p(lang.t("Nog geen hulpkaarten met dit aanbod.", "No help cards with this service yet."))
            ])
        }
        return .group([
            H.h2(title, id: "verwijzingen"),
            H.p(
                lang.t(
                    "Een professional gaf een ouder een hulpkaart met dit aanbod; de organisatie bevestigde het contact met de code van de kaart. Wieg bewaart daarvoor alleen de code, het aanbod, de gemeente en de dagen.",
                    "A professional gave a parent a help card with this service; the organisation confirmed contact with the card's code. For this Wieg keeps only the code, the service, the municipality and the days."
                )),
            H.table(
                caption: title,
                headers: [
                    lang.t("Kwartaal", "Quarter"), lang.t("Gemaakt", "Made"), lang.t("Contact bevestigd", "Contact confirmed"),
                    lang.t("Deel bevestigd", "Share confirmed")
                ],
                rows: ReferralCount.table(counts.map { ($0.quarter.label, $0) }, showSmall: showsSmallNumbers).map { $0.map(H.text) })
        ])
    }
}
