import Foundation
import Plot
import Vapor
import WiegCore

/// The hulpkaart's pages: choosing (professional), the card (parent; printable), confirming
/// contact (receiving organisation).
enum ReferralViews {
    /// Step 1 of 1 for a professional: check the choice, pick the parent's language, make it.
    static func choose(
        _ shell: PageShell, network: NetworkCache.Snapshot, choice c: ReferralController.Choice, status: HTTPResponseStatus
    ) -> Response {
        let lang = shell.lang
        let title = lang.t("Hulpkaart maken", "Make a help card")
        let errors = c.problems.map { Forms.FieldError(field: "dienst", message: $0) }
        return Layout.page(
            shell, title: title, status: status,
            [
                H.h1(title),
                Forms.errorSummary(errors, lang: lang),
                H.p(
                    lang.t(
                        "De ouder krijgt een kaart met het gekozen aanbod, hoe je erbij komt en wie je belt: om af te drukken of als link op de telefoon. Op de kaart staat niets over de ouder; Wieg bewaart alleen een willekeurige code, het aanbod, de gemeente en de dag.",
                        "The parent gets a card with the chosen help, how to get it and whom to call: to print or as a link on the phone. The card says nothing about the parent; Wieg keeps only a random code, the services, the municipality and the day."
                    ), H.cls("lead")),
                H.el("h2", H.text(lang.t("Op de kaart", "On the card"))),
                H.el(
                    "ul",
                    c.services.map { s in
                        H.el(
                            "li", H.el("strong", H.text(s.nameForParents)),
                            H.text(" — " + (network.organisationName(s.organisationID) ?? "")))
                    }
                        + (c.zorgpad.map { [H.el("li", H.text(lang.t("Zorgpad: ", "Care path: ") + $0.title))] } ?? [])),
                Forms.post(
                    SiteURL.referralNew.path, csrf: shell.csrf,
                    [
                        H.void(
                            "input",
                            [("type", "hidden"), ("name", "dienst"), ("value", c.services.map(\.id.uuidString).joined(separator: "|"))]),
                        c.zorgpad.map { H.void("input", [("type", "hidden"), ("name", "zorgpad"), ("value", $0.id.uuidString)]) } ?? .empty,
                        Forms.select(
                            lang.t("Gemeente van de ouder", "The parent's municipality"), name: "gemeente",
                            options: [("", lang.t("Kies een gemeente", "Choose a municipality"))]
                                + network.municipalities.map { ($0.code, $0.name) },
                            selected: c.municipality),
                        Forms.select(
                            lang.t("Taal van de kaart", "Language of the card"), name: "taal",
                            options: ParentLanguage.allCases.map { language in
                                (language.rawValue, language == .nl ? "Nederlands" : "Nederlands en " + language.nativeName)
                            },
                            selected: c.language.rawValue,
                            hint: lang.t(
                                "De kaart is altijd in het Nederlands; met een tweede taal staan de kopjes en uitleg er ook in die taal op.",
                                "The card is always in Dutch; with a second language, its headings and explanations are in that language too."
                            )),
                        Forms.submit(lang.t("Hulpkaart maken", "Make the help card"))
                    ])
            ])
    }

    /// The card itself: Dutch, with the parent's language beside it; one A4 in print.
    static func card(
        _ shell: PageShell, network: NetworkCache.Snapshot, referral r: Referral, language: ParentLanguage, zorgpad: ZorgpadRecord?,
        professional: Bool, shortBase: String? = nil
    ) -> Response {
        let t = language.strings
        let nl = ParentStrings.dutch
        let dutch = HelpBits.dutch(t)
        /// A label in Dutch and, on a card with a second language, in that language too.
        func both(_ key: ParentText, _ values: [String: String] = [:]) -> BodyNode {
            language == .nl
                ? H.text(nl(key, values))
                : .group([H.el("span", dutch + [H.text(nl(key, values))]), H.text(" · " + t(key, values))])
        }
        let place = network.areaName(r.municipalityCode)
        let services = r.services.compactMap { network.services[$0.serviceID] }
        let made = ReferralDay.date(r.madeOn).map(Self.day) ?? r.madeOn
        let link = ReferralController.link(r.code, language: language, zorgpad: zorgpad)
        var content: [BodyNode] = [
            H.el("h1", both(.cardTitle)),
            H.el("p", H.cls("lead"), both(.cardMade, ["date": made])),
            H.el(
                "div", H.cls("card-code"),
                H.el("p", H.el("strong", H.attr("dir", "ltr"), H.text(ReferralCode.written(r.code)))),
                H.el("p", both(.cardCodeHint)))
        ]
        content.append(H.el("h2", both(.cardPlace, ["place": place])))
        content.append(
            H.el(
                "ul",
                [H.cls("cards")]
                    + services.map { s in
                        let org = network.organisations[s.organisationID]
                        let addresses = s.locations.isEmpty ? (org?.addresses ?? []) : s.locations
                        let address = addresses.first.map { "\($0.street), \($0.postcode) \($0.city)" }
                        return H.el(
                            "li", H.cls("card"),
                            H.el("h3", H.el("span", dutch + [H.text(HelpBits.name(s, nl, network: network))])),
                            H.el("p", H.el("span", dutch + [H.text(HelpBits.description(s, network: network, nl))])),
                            H.el(
                                "ul", H.cls("facts"),
                                H.el("li", both(accessKey(s.access))),
                                H.el("li", H.el("span", dutch + [H.text((org?.name ?? "") + (address.map { " · " + $0 } ?? ""))])),
                                (s.website ?? org?.website).map { H.el("li", H.external($0, $0)) } ?? .empty),
                            // The card is Dutch first: so is its call button.
                            HelpBits.callButton(s, network: network, nl))
                    }))
        if let zorgpad {
            let steps = zorgpad.steps.map { step -> String in
                let service = step.serviceID.flatMap { network.services[$0] }
                let who = step.organisationID.flatMap { network.organisationName($0) } ?? ""
                let what = service.map { HelpBits.name($0, nl, network: network) } ?? step.text
                return who.isEmpty ? what : "\(who): \(what)"
            }
            content.append(H.el("h2", both(.cardSteps)))
            content.append(H.el("ol", steps.map { H.el("li", H.el("span", dutch + [H.text($0)])) }))
        }
        // Urgent help, short enough for the printed card (the full block is on screen below).
        content.append(
            H.el(
                "p", H.cls("card-urgent"), H.el("strong", both(.emergencyHeading)), H.text(" "),
                HelpBits.callLink("112", shown: "112", nl, cls: "number"), H.text(" · 113: "),
                HelpBits.callLink("08000113", shown: "0800-0113", nl, cls: "number"), H.text(" · Veilig Thuis: "),
                HelpBits.callLink("08002000", shown: "0800-2000", nl, cls: "number")))
        if professional {
            content.append(
                H.el(
                    "div", H.cls("notice no-print"),
                    H.el(
                        "p",
                        H.text(
                            "Voor u als professional: druk deze kaart af (Ctrl+P of ⌘P; hij past op één A4) of geef de ouder deze korte link: "
                        ),
                        H.a(link, (shortBase ?? "") + link)),
                    H.el("p", H.a(SiteURL.services.path, "Terug naar het aanbod"))))
        }
        content.append(HelpBits.emergency(t))
        return ParentLayout.page(shell, strings: t, title: nl(.cardTitle), [H.el("div", H.cls("hulpkaart"), .group(content))])
    }

    static func accessKey(_ access: ServiceAccess) -> ParentText {
        switch access {
        case .zelfAanmelden: .howSelf
        case .verwijzing: .howReferral
        case .viaHuisarts: .howGP
        case .viaJGZ: .howJGZ
        }
    }

    /// `3-12-2026`: a day every language reads.
    static func day(_ date: Date) -> String {
        let parts = ReferralDay.calendar.dateComponents([.year, .month, .day], from: date)
        return "\(parts.day ?? 0)-\(parts.month ?? 0)-\(parts.year ?? 0)"
    }

    enum Outcome {
        case problem(String)
        case done(ReferralConfirmation, NetworkCache.Snapshot)
    }

    /// For the receiving organisation: the code from the parent's card, then "contact gemaakt".
    static func confirm(_ shell: PageShell, code: String, outcome: Outcome?, status: HTTPResponseStatus) -> Response {
        let lang = shell.lang
        let title = lang.t("Contact bevestigen", "Confirm contact")
        var message: BodyNode = .empty
        var fieldError: String?
        switch outcome {
        case .problem(let text): fieldError = text
        case .done(.confirmed(let ids), let network):
            let names = ids.compactMap { network.services[$0]?.name }.joined(separator: ", ")
            message = H.notice(
                lang.t(
                    "Bevestigd: contact gemaakt voor \(names). Dit telt mee in het bereik van het aanbod.",
                    "Confirmed: contact made for \(names). This counts in the service's reach."), kind: .ok)
        case .done(.unknown, _):
            fieldError = lang.t(
                "Deze code kennen we niet. Controleer de 8 tekens op de hulpkaart.",
                "We do not know this code. Check the 8 characters on the card.")
        case .done(.expired, _):
            fieldError = lang.t(
                "Deze code is verlopen: een hulpkaart kan tot \(Referral.validDays) dagen na het maken bevestigd worden.",
                "This code has expired: a help card can be confirmed up to \(Referral.validDays) days after it was made.")
        case .done(.notYours, _):
            fieldError = lang.t(
                "Op deze hulpkaart staat geen aanbod van uw organisatie; alleen wie het aanbod geeft, bevestigt het contact.",
                "This card lists no service of your organisation; only who provides the service confirms contact.")
        case .done(.already(let day), _):
            let written = ReferralDay.date(day).map(Self.day) ?? day
            fieldError = lang.t("Deze hulpkaart is al bevestigd, op \(written).", "This card was already confirmed, on \(written).")
        case nil: break
        }
        let errors = fieldError.map { [Forms.FieldError(field: "code", message: $0)] } ?? []
        return Layout.page(
            shell, title: title, status: status,
            [
                H.h1(title),
                message,
                Forms.errorSummary(errors, lang: lang),
                H.p(
                    lang.t(
                        "Kwam een ouder met een hulpkaart bij u? Vul de code van de kaart in. Wieg telt zo hoeveel verwijzingen aankomen, zonder iets over de ouder te bewaren.",
                        "Did a parent come to you with a help card? Enter the card's code. Wieg counts how many referrals arrive, without keeping anything about the parent."
                    ), H.cls("lead")),
                Forms.post(
                    SiteURL.referralConfirm.path, csrf: shell.csrf,
                    [
                        Forms.field(
                            lang.t("Code van de hulpkaart", "Code of the help card"), name: "code", value: code,
                            hint: lang.t(
                                "8 letters en cijfers, zoals K7PQ-X2MD. Geen naam of BSN.",
                                "8 letters and digits, like K7PQ-X2MD. No name or BSN."),
                            error: fieldError, autocomplete: "off", extra: [("maxlength", "20")]),
                        Forms.submit(lang.t("Contact gemaakt", "Contact made"))
                    ])
            ])
    }
}
