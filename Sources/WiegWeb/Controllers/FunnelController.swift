import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// The funnel plot of one indicator over all areas of one level (municipalities of the
/// country or a region; wijken or PC4 of a municipality), with its data table and CSV.
/// Small numbers are hidden in public; beheerders, regio teams and coordinators see
/// them, with a warning.
enum FunnelController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .funnel(":code"), access: .everyone, use: page)
        routes.on(.GET, .funnelCSV(":code"), access: .everyone, use: csv)
    }

    struct Query {
        var definition: IndicatorDefinition
        var level: AreaKind
        var within: String?
        var period: String
        var periods: [String]
        var data: FunnelData?
    }

    static func load(_ req: Request) async throws -> Query {
        let code = req.parameters.get("code") ?? ""
        guard let definition = try await req.stores.indicators.catalogue().first(where: { $0.code == code }) else {
            throw WiegError.notFound("Deze indicator bestaat niet.", "This indicator does not exist.")
        }
        let level = try req.apiEnum("niveau", AreaKind.self) ?? .gemeente
        guard [.gemeente, .wijk, .pc4].contains(level) else {
            throw WiegError.badRequest("Kies als niveau gemeente, wijk of pc4.", "Choose gemeente, wijk or pc4 as the level.")
        }
        let within = try req.apiString("gebied", maxLength: 40).flatMap { $0.isEmpty ? nil : $0 }
        var areas = try await req.stores.areas.list(kind: level)
        if let within {
            if AreaCode.kind(of: within) == .regio {
                let members = Set(try await req.stores.areas.members(ofRegion: within))
                areas = areas.filter { members.contains($0.code) || members.contains($0.parentCode ?? "") }
            } else {
                areas = areas.filter { $0.parentCode == within || $0.code == within }
            }
        }
        let names = Dictionary(areas.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let values = try await req.stores.indicators.values(areaCodes: areas.map(\.code)).filter { $0.indicatorCode == code }
        let periods = Array(Set(values.map(\.period))).sorted()
        // A period this level has no figures for (e.g. kept from another level in the form)
        // falls back to the latest one; the form then shows which period is drawn.
        let asked = try req.apiString("periode", maxLength: 20).flatMap { periods.contains($0) ? $0 : nil }
        let chosen = asked ?? periods.last ?? ""
        let rows = values.filter { $0.period == chosen }.map { (code: $0.areaCode, name: names[$0.areaCode] ?? $0.areaCode,
                                                                 numerator: $0.numerator, denominator: $0.denominator) }
            .sorted { $0.name < $1.name }
        let data = FunnelData.build(definition: definition, areas: rows, suppress: !MonitoringController.showsSmallNumbers(req))
        return Query(definition: definition, level: level, within: within, period: chosen, periods: periods, data: data)
    }

    @Sendable static func page(req: Request) async throws -> Response {
        let query = try await load(req)
        return FunnelView.render(req.shell, query: query, showsSmallNumbers: MonitoringController.showsSmallNumbers(req))
    }

    @Sendable static func csv(req: Request) async throws -> Response {
        let query = try await load(req)
        return Download.csv(Data((query.data?.csv() ?? FunnelData.emptyCSV).utf8),
                            filename: "trechter-\(query.definition.code)-\(query.level.rawValue)-\(query.period).csv")
    }
}

enum FunnelView {
    static func render(_ shell: PageShell, query q: FunnelController.Query, showsSmallNumbers: Bool) -> Response {
        let lang = shell.lang
        let d = q.definition
        let title = lang.t("Trechterdiagram: \(d.nameNL)", "Funnel plot: \(d.nameEN)")
        let query: [(String, String?)] = [("niveau", q.level.rawValue), ("gebied", q.within), ("periode", q.period)]
        var content: [BodyNode] = [
            H.h1(title),
            H.p(lang.t("Elk punt is een gebied (\(q.level.rawValue)), periode \(q.period). De lijnen zijn de 95%- en 99,8%-grenzen rond het gemiddelde van alle getoonde gebieden: een punt daarbuiten verschilt waarschijnlijk echt, niet door toeval.",
                       "Each point is an area (\(q.level.rawValue)), period \(q.period). The lines are the 95% and 99.8% limits around the mean of all areas shown: a point outside them probably differs for real, not by chance.")),
            H.el("form", H.attr("method", "get"), H.attr("action", SiteURL.funnel(d.code).path), H.cls("filters"),
                 Forms.select(lang.t("Niveau", "Level"), name: "niveau",
                              options: [("gemeente", lang.t("Gemeenten", "Municipalities")), ("wijk", lang.t("Wijken", "Neighbourhoods")), ("pc4", "PC4")],
                              selected: q.level.rawValue),
                 Forms.field(lang.t("Binnen gebied (code, optioneel)", "Within area (code, optional)"), name: "gebied", value: q.within),
                 Forms.select(lang.t("Periode", "Period"), name: "periode", options: q.periods.map { ($0, $0) }, selected: q.period),
                 Forms.submit(lang.t("Tonen", "Show"), cls: "button button-secondary")),
        ]
        if showsSmallNumbers {
            content.append(H.notice(lang.t("Let op: u ziet ook kleine aantallen. Deel deze niet buiten uw organisatie.",
                                           "Note: you also see small numbers. Do not share them outside your organisation."), kind: "warning"))
        }
        guard let data = q.data else {
            content.append(H.notice(lang.t("Er zijn geen cijfers voor deze keuze.", "There are no figures for this choice.")))
            return Layout.page(shell, title: title, content)
        }
        let svg = FunnelPlotSVG.render(points: data.points, limits95: data.limits95, limits998: data.limits998, target: data.target,
                                       unit: d.unitLabel, title: title)
        content += [
            H.el("figure", H.cls("chart"), .raw(svg),
                 H.el("figcaption", .text(lang.t("Gemiddelde: \(SVGWriter.dutch(data.target)) \(d.unitLabel). De tabel hieronder bevat dezelfde cijfers.",
                                                 "Mean: \(SVGWriter.dutch(data.target)) \(d.unitLabel). The table below holds the same figures.")))),
            H.el("p", H.a(SiteURL.funnelCSV(d.code).with(query), lang.t("Download als CSV", "Download as CSV"))),
            H.table(caption: lang.t("Gebieden in het trechterdiagram", "Areas in the funnel plot"),
                    headers: [lang.t("Gebied", "Area"), lang.t("Teller", "Numerator"), lang.t("Noemer", "Denominator"),
                              lang.t("Waarde", "Value") + " (\(d.unitLabel))", lang.t("Positie", "Position")],
                    rows: data.rows.map { row in
                        let hidden = row.position == .hidden
                        return [.text(row.name), .text(hidden ? "—" : String(row.numerator)), .text(hidden ? "—" : String(row.denominator)),
                                .text(row.value.map { SVGWriter.dutch($0) } ?? "—"), .text(row.position.dutchName)]
                    }),
        ]
        return Layout.page(shell, title: title, content)
    }
}
