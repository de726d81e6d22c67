import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// The map of the network (Geboortezorglandschap): where the public help of a municipality
/// or region is, on its outline, filtered by phase, need and domain, with a numbered table
/// beside it. No script: the filters are a form, the map an SVG.
enum NetworkMapController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .networkMap, access: .everyone, use: page)
    }

    struct Place {
        var number: Int
        var organisation: OrganisationRecord
        var services: [ServiceRecord]
        var position: GeoCoordinate
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let network = try await req.network()
        let lang = req.lang
        var p = try SearchController.params(req, network: network)
        let area = try req.apiString("gebied", maxLength: 40).flatMap { $0.isEmpty ? nil : $0 }
        let regions = Set(network.regionsOf.values.flatMap { $0 }).sorted()
        let municipalities: [String]
        if let area, regions.contains(area) {
            municipalities = network.regionsOf.filter { $0.value.contains(area) }.map(\.key).sorted()
        } else if let area, network.municipalities.contains(where: { $0.code == area }) {
            municipalities = [area]
        } else {
            municipalities = []
        }
        var places: [Place] = []
        var elsewhere: [ServiceRecord] = []
        var outlines: [GeoBoundary] = []
        var parts: [GeoBoundary] = []
        if !municipalities.isEmpty {
            var query = p.query
            query.filters.municipalities = Set(municipalities)
            query.page = PageQuery(number: 1, size: 1_000)
            let services = network.publicIndex.search(query).hits.items.compactMap { network.services[$0.id] }
            var byOrganisation: [UUID: (GeoCoordinate, [ServiceRecord])] = [:]
            for service in services {
                if let position = network.position(of: service) {
                    byOrganisation[service.organisationID, default: (position, [])].1.append(service)
                } else {
                    elsewhere.append(service)
                }
            }
            let sorted = byOrganisation.compactMap { id, entry in network.organisations[id].map { ($0, entry) } }
                .sorted { $0.0.name.localizedCaseInsensitiveCompare($1.0.name) == .orderedAscending }
            places = sorted.enumerated().map { Place(number: $0 + 1, organisation: $1.0, services: $1.1.1, position: $1.1.0) }
            let stored = try await req.stores.boundaries.boundaries(codes: municipalities)
            outlines = municipalities.compactMap { stored[$0] }
            if municipalities.count == 1 {
                let pc4 = network.postcodeMunicipalities.filter { $0.value == municipalities[0] }.map { "PC4-" + $0.key }
                parts = Array(try await req.stores.boundaries.boundaries(codes: pc4).values).sorted { $0.code < $1.code }
            }
        }
        p.municipality = nil
        return NetworkMapView.render(
            req.shell, network: network, params: p, area: area, regions: regions, places: places, elsewhere: elsewhere,
            outlines: outlines, parts: parts, lang: lang)
    }
}

enum NetworkMapView {
    static func render(
        _ shell: PageShell, network: NetworkCache.Snapshot, params p: SearchController.Params, area: String?, regions: [String],
        places: [NetworkMapController.Place], elsewhere: [ServiceRecord], outlines: [GeoBoundary], parts: [GeoBoundary], lang: Lang
    ) -> Response {
        let title = lang.t("Kaart van het netwerk", "Map of the network")
        let areaOptions =
            [("", lang.t("Kies een gemeente of regio", "Choose a municipality or region"))]
            + regions.map { ($0, lang.t("Regio ", "Region ") + network.areaName($0)) } + network.municipalities.map { ($0.code, $0.name) }
        var content: [BodyNode] = [
            H.h1(title),
            H.p(
                lang.t(
                    "Waar de hulp rond zwangerschap en de eerste 1000 dagen is: elke plek op de kaart heeft een nummer uit de tabel ernaast.",
                    "Where help around pregnancy and the first 1000 days is: each place on the map has a number from the table beside it."
                ), H.cls("lead")),
            H.el(
                "form", H.attr("method", "get"), H.attr("action", SiteURL.networkMap.path), H.cls("filters"),
                Forms.select(lang.t("Gebied", "Area"), name: "gebied", options: areaOptions, selected: area ?? ""),
                Forms.select(
                    lang.t("Fase", "Phase"), name: "fase",
                    options: [("", lang.t("Alle fasen", "All phases"))]
                        + Phase.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                    selected: p.phase?.rawValue ?? ""),
                Forms.select(
                    lang.t("Behoefte", "Need"), name: "behoefte",
                    options: [("", lang.t("Alle behoeften", "All needs"))] + network.needOptions(lang),
                    selected: p.need ?? ""),
                Forms.select(
                    lang.t("Domein", "Domain"), name: "domein",
                    options: [("", lang.t("Alle domeinen", "All domains"))]
                        + NetworkDomain.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                    selected: p.domain?.rawValue ?? ""),
                Forms.submit(lang.t("Tonen", "Show")))
        ]
        guard let area, !outlines.isEmpty || !places.isEmpty || !elsewhere.isEmpty else {
            content.append(
                H.p(
                    area == nil
                        ? lang.t("Kies een gemeente of regio om de kaart te zien.", "Choose a municipality or region to see the map.")
                        : lang.t("Hier is geen aanbod gevonden met deze keuzes.", "No services found here with these choices.")))
            return Layout.page(shell, title: title, content)
        }
        let name = network.areaName(area)
        let total = places.reduce(0) { $0 + $1.services.count }
        let description = lang.t(
            "\(places.count) plekken met \(total) aanbod in \(name). De tabel naast de kaart noemt ze met hun nummer.",
            "\(places.count) places with \(total) services in \(name). The table beside the map names them by number.")
        let svg = NetworkMapSVG.render(
            area: outlines, parts: parts,
            places: places.map {
                NetworkMapPlace(number: $0.number, name: $0.organisation.name, position: $0.position, services: $0.services.count)
            },
            title: title + ": " + name, description: description)
        let rows: [[BodyNode]] = places.map { place in
            let address = place.organisation.addresses.first.map { "\($0.street), \($0.city)" } ?? ""
            return [
                H.text(String(place.number)),
                H.a(SiteURL.organisation(place.organisation.id.uuidString).path, place.organisation.name),
                H.el(
                    "ul",
                    [H.cls("plain")] + place.services.map { H.el("li", H.a(SiteURL.service($0.id.uuidString).path, $0.name)) }),
                H.text(address),
                NetworkBits.phone(place.organisation.phone)
            ]
        }
        content.append(
            H.el(
                "div", H.cls("map-layout"),
                H.el(
                    "figure", H.cls("chart"), .raw(svg),
                    H.el(
                        "figcaption",
                        H.text(
                            description
                                + (outlines.first.map { _ in "" }
                                    ?? lang.t(" (Geen grens van het gebied bekend.)", " (No outline of the area known.)"))))),
                H.table(
                    caption: lang.t("Plekken op de kaart", "Places on the map"),
                    headers: [
                        lang.t("Nr.", "No."), lang.t("Organisatie", "Organisation"), lang.t("Aanbod", "Services"),
                        lang.t("Adres", "Address"),
                        lang.t("Telefoon", "Phone")
                    ], rows: rows)))
        if !elsewhere.isEmpty {
            content.append(H.h2(lang.t("Aanbod zonder plek op de kaart", "Services without a place on the map")))
            content.append(
                H.p(
                    lang.t(
                        "Hulp aan huis, online of zonder bekend adres.", "Help at home, online or without a known address.")))
            content.append(
                H.el(
                    "ul",
                    elsewhere.map {
                        H.el(
                            "li", H.a(SiteURL.service($0.id.uuidString).path, $0.name),
                            H.text(" — " + (network.organisationName($0.organisationID) ?? "")))
                    }))
        }
        return Layout.page(shell, title: title, content)
    }
}
