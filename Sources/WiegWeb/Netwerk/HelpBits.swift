import Foundation
import Plot
import Vapor
import WiegCore

/// Pieces of the parents' pages: the emergency block, how to get help in plain words, and
/// the call button (only where a parent may call themselves).
enum HelpBits {
    /// On every parent page: whom to call when it cannot wait.
    static func emergency(_ lang: Lang) -> BodyNode {
        let lines: [(String, String, (number: String, label: String)?)] = [
            ("Is er levensgevaar? Bel 112.", "Is someone's life in danger? Call 112.", ("112", "112")),
            (
                "Denk je aan zelfmoord? Bel 113 Zelfmoordpreventie: 0800-0113, gratis, dag en nacht.",
                "Are you thinking about suicide? Call 113 Suicide Prevention: 0800-0113, free, day and night.",
                ("08000113", "0800-0113")
            ),
            (
                "Is er geweld thuis, of maak je je zorgen over een kind? Bel Veilig Thuis: 0800-2000, gratis, dag en nacht.",
                "Is there violence at home, or are you worried about a child? Call Veilig Thuis: 0800-2000, free, day and night.",
                ("08002000", "0800-2000")
            ),
            (
                "Ben jij of je kind ziek? Bel overdag je huisarts. 's Avonds, 's nachts en in het weekend bel je de huisartsenpost.",
                "Are you or your child ill? Call your GP during the day. In the evening, at night and at weekends, call the out-of-hours GP service.",
                nil
            ),
            (
                "Ben je zwanger en is er iets niet goed, zoals bloed, pijn of voel je de baby minder bewegen? Bel meteen je verloskundige.",
                "Are you pregnant and is something wrong, such as bleeding, pain or feeling the baby move less? Call your midwife straight away.",
                nil
            )
        ]
        return H.el(
            "aside", H.cls("emergency"), H.attr("aria-labelledby", "spoed"),
            H.el("h2", H.attr("id", "spoed"), H.text(lang.t("Direct hulp nodig?", "Need help right now?"))),
            H.el(
                "ul",
                lines.map { nl, en, number in
                    H.el(
                        "li", H.text(lang.t(nl, en)),
                        number.map { H.a("tel:\($0.number)", lang.t("Bel \($0.label)", "Call \($0.label)"), H.cls("button button-call")) }
                            ?? .empty)
                }))
    }

    /// How a parent gets this help, in plain words.
    static func howToGet(_ access: ServiceAccess, _ lang: Lang) -> String {
        switch access {
        case .zelfAanmelden: lang.t("Je kunt zelf bellen of je aanmelden.", "You can call or sign up yourself.")
        case .verwijzing:
            lang.t(
                "Je verloskundige, huisarts of het consultatiebureau meldt je aan. Vraag het hun.",
                "Your midwife, GP or the baby clinic signs you up. Ask them.")
        case .viaHuisarts: lang.t("Je huisarts meldt je aan. Vraag het je huisarts.", "Your GP signs you up. Ask your GP.")
        case .viaJGZ:
            lang.t(
                "Het consultatiebureau meldt je aan. Vraag het daar.", "The baby clinic signs you up. Ask them there.")
        }
    }

    /// What it costs, or that the parent should ask.
    static func cost(_ service: ServiceRecord, _ lang: Lang) -> String {
        service.cost.isEmpty ? lang.t("Vraag wat het kost.", "Ask what it costs.") : lang.t("Kosten: ", "Cost: ") + service.cost
    }

    /// Where: the places of its locations, or the municipalities it serves.
    static func place(_ service: ServiceRecord, network: NetworkCache.Snapshot) -> String {
        let cities = service.locations.map(\.city).filter { !$0.isEmpty }
        var seen = Set<String>()
        let unique = cities.filter { seen.insert($0).inserted }
        return unique.isEmpty ? service.areaCodes.prefix(3).map(network.areaName).joined(separator: ", ") : unique.joined(separator: ", ")
    }

    /// A tap-to-call button, only when the parent may call themselves and there is a number.
    static func callButton(_ service: ServiceRecord, network: NetworkCache.Snapshot, _ lang: Lang, big: Bool = false) -> BodyNode {
        guard service.access == .zelfAanmelden, let phone = network.organisations[service.organisationID]?.phone, !phone.isEmpty
        else { return .empty }
        return H.a(
            "tel:\(phone.filter { $0.isNumber || $0 == "+" })", lang.t("Bel \(phone)", "Call \(phone)"),
            H.cls(big ? "button button-big" : "button button-call"))
    }

    /// The search a parent came from, to go back to it.
    static func back(_ req: Request) -> String {
        let items = ["zoek", "gemeente", "fase", "behoefte", "taal", "pagina"].map { name in
            (name, (try? req.query.get(String.self, at: name)).flatMap { $0.isEmpty ? nil : String($0.prefix(200)) })
        }
        let asked = items.contains { $0.1 != nil }
        return asked ? SiteURL.help.with(items) + "#resultaten" : SiteURL.help.path
    }
}
