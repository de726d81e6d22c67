import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

enum RegionCoalitionsView {
    static func render(
        _ shell: PageShell, regionName: String, code: String, rows: [CoalitionIndexRow], year: Int,
        network: NetworkCache.Snapshot
    ) -> Response {
        let lang = shell.lang
        let title = lang.t("Coalities in \(regionName)", "Coalitions in \(regionName)")
        let services = rows.flatMap { $0.work.activities.flatMap(\.serviceIDs) }
        let partners = Set(rows.flatMap { $0.work.coalition.members.map(\.organisationID) })
        return Layout.page(
            shell, title: title,
            [
                H.h1(title),
                H.p(
                    lang.t(
                        "Elke coalitie tegen de negen minimale eisen (\(year)). Onbekend is iets anders dan niet voldaan: dan ontbreken gegevens.",
                        "Every coalition against the nine minimum requirements (\(year)). Unknown differs from not met: data is missing.")),
                H.table(
                    caption: lang.t("Minimale eisen per coalitie", "Minimum requirements per coalition"),
                    headers: [lang.t("Coalitie", "Coalition")] + MinimumCriterion.allCases.map { "\($0.rawValue). \($0.dutchName)" }
                        + [lang.t("Huidige stap", "Current step")],
                    rows: rows.map { row in
                        [H.a(SiteURL.coalition(row.model.slug).path, row.model.name)]
                            + row.test.map { CoalitionBadges.outcome($0.outcome, lang: lang) }
                            + [H.text(row.step.current.map { lang.t($0.dutchName, $0.englishName) } ?? "—")]
                    }),
                H.h2(lang.t("Wat & wie in de regio", "What & who in the region")),
                H.p(
                    lang.t(
                        "\(partners.count) partnerorganisaties; \(Set(services).count) interventies gekoppeld aan activiteiten.",
                        "\(partners.count) partner organisations; \(Set(services).count) interventions linked to activities.")),
                H.table(
                    caption: lang.t("Partners en interventies", "Partners and interventions"),
                    headers: [lang.t("Organisatie", "Organisation"), lang.t("Domein", "Domain"), lang.t("Interventies", "Interventions")],
                    rows: partners.compactMap { network.organisations[$0] }.sorted { $0.name < $1.name }.map { org in
                        let linked = Set(services).compactMap { network.services[$0] }.filter { $0.organisationID == org.id }
                        return [
                            H.a(SiteURL.organisation(org.id.uuidString).path, org.name),
                            H.text(lang.t(org.domain.dutchName, org.domain.englishName)),
                            H.text(linked.map(\.name).sorted().joined(separator: ", "))
                        ]
                    }),
                spread(rows.map(\.work), lang: lang)
            ])
    }

    /// "Leren van elkaar": which practices spread between the coalitions of the region.
    static func spread(_ works: [CoalitionWork], lang: Lang) -> BodyNode {
        let spread = PracticeSpread.count(works: works)
        return .group([
            H.h2(lang.t("Welke aanpak verspreidt zich", "Which practices spread"), id: "verspreiding"),
            spread.isEmpty
                ? H.p(
                    lang.t(
                        "Nog geen coalitie in deze regio heeft iets overgenomen uit een gepubliceerd plan.",
                        "No coalition in this region has copied anything from a published plan yet."))
                : H.table(
                    caption: lang.t("Overgenomen onderdelen", "Copied items"),
                    headers: [lang.t("Onderdeel", "Item"), lang.t("Van", "From"), lang.t("Overgenomen door", "Copied by")],
                    rows: spread.map { item in
                        [
                            H.text(item.title), H.text(item.sourceCoalitionName),
                            H.text(Set(item.copies.map(\.coalitionName)).sorted().joined(separator: ", "))
                        ]
                    })
        ])
    }
}
