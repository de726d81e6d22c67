import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegTestSupport

@testable import WiegDemo
@testable import WiegStore
@testable import WiegWeb

/// An attacker's differencing: knowing which cells are published, derive more along the
/// area hierarchy (a total minus its visible parts, or the sum of the parts) until nothing
/// changes. Independent of `Suppression` on purpose: it is the check, not the rule.
struct DifferencingAttack {
    /// A total and its parts (parent and children of one kind; region and its municipalities).
    struct Group {
        var total: String
        var parts: [String]
    }

    static func groups(_ areas: [AreaRecord]) -> [Group] {
        var byKey: [String: Group] = [:]
        for area in areas {
            if let parent = area.parentCode, parent != area.code {
                byKey["\(parent)|\(area.kind.rawValue)", default: Group(total: parent, parts: [])].parts.append(area.code)
            }
            if area.kind == .regio, !area.members.isEmpty { byKey["\(area.code)|regio"] = Group(total: area.code, parts: area.members) }
        }
        return Array(byKey.values)
    }

    /// The cells an attacker knows after differencing: `published` plus every cell it can
    /// derive. `existing` are the cells that have a figure (a group whose total has none
    /// cannot be used).
    static func derive(published: Set<String>, existing: Set<String>, groups: [Group]) -> Set<String> {
        var known = published
        var changed = true
        while changed {
            changed = false
            for group in groups where existing.contains(group.total) || known.contains(group.total) {
                let parts = group.parts.filter { existing.contains($0) || known.contains($0) }
                guard !parts.isEmpty else { continue }
                let members = [group.total] + parts
                let unknown = members.filter { !known.contains($0) }
                if unknown.count == 1 {
                    known.insert(unknown[0])
                    changed = true
                }
            }
        }
        return known
    }
}

@Suite("Trust: the disclosure attack")
struct DisclosureAttackTests {
    struct ValueRow: Decodable {
        var area: String
        var period: String
        var numerator: Int?
        var value: Double?
    }
    struct ValuesPage: Decodable {
        struct Pagination: Decodable { var pageCount: Int }
        var data: [ValueRow]
        var pagination: Pagination
    }
    struct Profile: Decodable {
        struct Comparison: Decodable { var reference: String }
        struct Row: Decodable {
            var indicator: String
            var period: String
            var numerator: Int?
            var value: Double?
            var comparisons: [Comparison]
        }
        var indicators: [Row]
    }
    struct Region: Decodable {
        struct Column: Decodable {
            var code: String
            var period: String
        }
        struct Cell: Decodable {
            var indicator: String
            var numerator: Int?
            var value: Double?
        }
        struct Row: Decodable {
            var area: String
            var cells: [Cell]
        }
        var indicators: [Column]
        var rows: [Row]
    }

    /// What an anonymous visitor collects: per "indicator|period", the areas with a figure.
    final class Harvest: @unchecked Sendable {
        var published: [String: Set<String>] = [:]
        var requests = 0
        func add(_ indicator: String, _ period: String, _ area: String) { published["\(indicator)|\(period)", default: []].insert(area) }
    }

    static func csvRows(_ body: String) -> [[String: String]] {
        let lines = body.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        guard let header = lines.first?.split(separator: ";", omittingEmptySubsequences: false).map(String.init) else { return [] }
        return lines.dropFirst().map { line in
            let fields = line.split(separator: ";", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")).replacingOccurrences(of: "'", with: "")
            }
            return Dictionary(zip(header, fields), uniquingKeysWith: { a, _ in a })
        }
    }

    static func collect(
        _ app: Application, as visitor: Browser, indicators: [String], periods: [String: [String]], areas: [AreaRecord]
    ) async throws -> Harvest {
        let harvest = Harvest()
        func get(_ path: String) async throws -> String { try await fetch(path).body }
        /// The body, and for a download the period its file name says was drawn (a level
        /// page falls back to its latest period when the one asked has no figures).
        func fetch(_ path: String) async throws -> (body: String, period: String?) {
            harvest.requests += 1
            let response = try await visitor.get(path)
            #expect(response.status == .ok, "\(path)")
            let disposition = response.headers.first(name: .contentDisposition) ?? ""
            let period = disposition.firstMatch(of: /-([0-9]{4}(?:-[0-9]{4})?)\.csv/).map { String($0.1) }
            return (response.body.string, period)
        }
        let levels = ["gemeente", "wijk", "pc4"]
        let withins = areas.filter { [.land, .provincie, .regio, .gemeente].contains($0.kind) }
        for indicator in indicators {
            for period in periods[indicator] ?? [] {
                for within in withins {
                    for level in levels {
                        var page = 1
                        var pages = 1
                        while page <= pages {
                            let json = try await get(
                                "/api/v1/indicatoren/\(indicator)/waarden?gebied=\(within.code)&niveau=\(level)&periode=\(period)&per_pagina=200&pagina=\(page)"
                            )
                            let decoded = try JSONDecoder().decode(ValuesPage.self, from: Data(json.utf8))
                            for row in decoded.data where row.numerator != nil || row.value != nil {
                                harvest.add(indicator, row.period, row.area)
                            }
                            pages = decoded.pagination.pageCount
                            page += 1
                        }
                        let query = "niveau=\(level)&gebied=\(within.code)&periode=\(period)"
                        let funnel = try await fetch("/indicatoren/\(indicator)/trechter/csv?\(query)")
                        for row in csvRows(funnel.body) where !(row["teller"] ?? "").isEmpty {
                            harvest.add(indicator, try #require(funnel.period), row["gebied"] ?? "")
                        }
                        let ranking = try await fetch("/indicatoren/\(indicator)/gebieden/csv?\(query)")
                        for row in csvRows(ranking.body) where !["", "verborgen"].contains(row["waarde"] ?? "") {
                            harvest.add(indicator, try #require(ranking.period), row["code"] ?? "")
                        }
                    }
                }
                for area in areas {
                    let json = try await get("/api/v1/indicatoren/\(indicator)/waarden?gebied=\(area.code)&periode=\(period)")
                    for row in try JSONDecoder().decode(ValuesPage.self, from: Data(json.utf8)).data
                    where row.numerator != nil || row.value != nil {
                        harvest.add(indicator, row.period, row.area)
                    }
                }
            }
            for area in areas {
                for row in csvRows(try await get("/indicatoren/\(indicator)/trend/csv?gebied=\(area.code)"))
                where !["", "verborgen"].contains(row["waarde"] ?? "") {
                    harvest.add(indicator, row["periode"] ?? "", row["code"] ?? "")
                }
            }
        }
        for area in areas {
            let profile = try JSONDecoder().decode(Profile.self, from: Data(try await get("/api/v1/gebieden/\(area.code)/profiel").utf8))
            for row in profile.indicators {
                if row.numerator != nil || row.value != nil { harvest.add(row.indicator, row.period, area.code) }
                for comparison in row.comparisons { harvest.add(row.indicator, row.period, comparison.reference) }
            }
        }
        for region in areas where region.kind == .regio {
            let matrix = try JSONDecoder().decode(Region.self, from: Data(try await get("/api/v1/regios/\(region.code)/monitoring").utf8))
            let periodOf = Dictionary(matrix.indicators.map { ($0.code, $0.period) }, uniquingKeysWith: { a, _ in a })
            for row in matrix.rows {
                for cell in row.cells where cell.numerator != nil || cell.value != nil {
                    harvest.add(cell.indicator, periodOf[cell.indicator] ?? "", row.area)
                }
            }
        }
        return harvest
    }

    @Test(
        "an anonymous visitor who collects every public figure (JSON, CSV, profiles, region dashboards) and differences along the hierarchy derives no count below 10",
        arguments: TestDatabase.allCases)
    func demo(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let result = try await Self.attack(app, as: Browser(app), scope: .none)
            print(
                "Disclosure attack (\(kind)): \(result.requests) requests, \(result.cells) cells, \(result.small) with a count below the threshold, \(result.derived) hidden cells derived by differencing (none small), \(result.leaks.count) small counts known"
            )
            #expect(result.small > 0, "the demo must hold small counts, or the attack proves nothing")
            #expect(result.leaks.isEmpty, "\(result.leaks.prefix(10))")
        }
    }

    @Test(
        "a regio team or coordinator who sees its own areas' small numbers derives none outside them (the same attack, signed in)",
        arguments: TestDatabase.allCases)
    func scoped(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let nml = Set(try await FluentAreaStore(db: app.db).members(ofRegion: "nml")).union(["nml"])
            for (email, scope) in [
                ("coordinator.meppel@wieg.demo", SmallNumberAccess.areas(["GM0119"])), ("regio.nml@wieg.demo", .areas(nml))
            ] {
                let viewer = Browser(app)
                try await viewer.login(email)
                let result = try await Self.attack(app, as: viewer, scope: scope)
                print(
                    "Disclosure attack (\(kind), \(email)): \(result.requests) requests, \(result.cells) cells, \(result.leaks.count) small counts outside the scope known"
                )
                #expect(result.leaks.isEmpty, "\(email): \(result.leaks.prefix(10))")
            }
        }
    }

    struct AttackResult { var requests = 0, cells = 0, small = 0, derived = 0, leaks: [String] = [] }

    /// Collects as `visitor`, differences, and lists the small counts outside `scope` the
    /// visitor knows (for an anonymous visitor, `scope` is `.none`: every small count).
    static func attack(_ app: Application, as visitor: Browser, scope: SmallNumberAccess) async throws -> AttackResult {
        let areas = try await FluentAreaStore(db: app.db).geography()
        let parents = Dictionary(areas.compactMap { area in area.parentCode.map { (area.code, $0) } }, uniquingKeysWith: { a, _ in a })
        let store = FluentIndicatorStore(db: app.db)
        let catalogue = try await store.catalogue()
        let everyArea = areas.map(\.code)
        var periods: [String: [String]] = [:]
        for definition in catalogue {
            periods[definition.code] = try await store.periods(indicator: definition.code, areaCodes: everyArea)
        }
        let withFigures = catalogue.filter { !(periods[$0.code] ?? []).isEmpty }
        let harvest = try await collect(
            app, as: visitor, indicators: withFigures.map(\.code), periods: periods,
            areas: areas.filter { AreaCode.kind(of: $0.code) != nil })
        let groups = DifferencingAttack.groups(areas)
        var result = AttackResult(requests: harvest.requests)
        for definition in withFigures {
            for period in periods[definition.code] ?? [] {
                let truth = try await store.counts(indicator: definition.code, period: period)
                let existing = Set(truth.map(\.area))
                let published = harvest.published["\(definition.code)|\(period)"] ?? []
                let known = DifferencingAttack.derive(published: published, existing: existing, groups: groups)
                for record in truth {
                    result.cells += 1
                    let isSmall = record.numerator < definition.publicationThreshold || record.denominator < definition.publicationThreshold
                    if isSmall { result.small += 1 }
                    if known.contains(record.area) && !published.contains(record.area) { result.derived += 1 }
                    if isSmall && known.contains(record.area) && !scope.covers(record.area, parent: parents[record.area]) {
                        result.leaks.append(
                            "\(definition.code) \(period) \(record.area) \(record.numerator)/\(record.denominator)"
                                + (published.contains(record.area) ? " (published)" : " (derived)"))
                    }
                }
            }
        }
        return result
    }

    @Test(
        "on the generated national set (342 municipalities, 3,300 wijken, 4,000 PC4 areas), what the disclosure map leaves public lets no count below 10 be derived"
    )
    func national() throws {
        let geography = GeographyImport.plan(csv: Data(DemoGeography.csv.utf8), existing: [:])
        #expect(geography.isValid)
        let areas = geography.records + MonitoringDemo.areas
        let definitions = Array(IndicatorCatalogue.seeded.prefix(3))
        let periods = Array(MonitoringDemo.periods.suffix(2))
        let csv = MonitoringDemo.nationalCSV(indicators: definitions, periods: periods)
        let plan = IndicatorImport.plan(
            csv: Data(csv.utf8), indicators: Dictionary(uniqueKeysWithValues: definitions.map { ($0.code, $0) }),
            areas: Set(areas.map(\.code)))
        #expect(plan.isValid)
        let groups = DifferencingAttack.groups(areas)
        var cells = 0
        var small = 0
        var hidden = 0
        var leaks: [String] = []
        var scopedLeaks: [String] = []
        var scopedViews = 0
        let viewerGroups = DisclosureMap.groups(of: areas)
        let parents = Dictionary(areas.compactMap { area in area.parentCode.map { (area.code, $0) } }, uniquingKeysWith: { a, _ in a })
        for definition in definitions {
            for period in periods {
                let values = plan.records.filter { $0.indicator == definition.code && $0.period == period }
                let map = DisclosureMap.build(values: values, areas: areas, threshold: definition.publicationThreshold)
                var existing = Set(values.map(\.area))
                // The region dashboards publish a region's sum when it has no figure of its own.
                for region in areas where region.kind == .regio && region.members.contains(where: existing.contains) {
                    existing.insert(region.code)
                }
                let published = existing.filter { !map.isHidden($0) }
                let known = DifferencingAttack.derive(published: published, existing: existing, groups: groups)
                for record in values {
                    cells += 1
                    if map.isHidden(record.area) { hidden += 1 }
                    guard record.numerator < definition.publicationThreshold || record.denominator < definition.publicationThreshold else {
                        continue
                    }
                    small += 1
                    if known.contains(record.area) { leaks.append("\(definition.code) \(period) \(record.area)") }
                }
                // Signed in as the coordinator of each of three municipalities (and as the
                // team of a province's municipalities): what it sees derives nothing outside.
                let municipalities = areas.filter { $0.kind == .gemeente && $0.synthetic }.map(\.code).sorted()
                let drenthe = Set(areas.filter { $0.parentCode == "PV22" }.map(\.code))
                for scope in [
                    SmallNumberAccess.areas([municipalities[0]]), .areas([municipalities[40]]), .areas([municipalities[80]]),
                    .areas(drenthe)
                ] {
                    let viewed = map.forViewer(scope, groups: viewerGroups, parents: parents)
                    let sees = existing.filter { !map.isHidden($0) || (scope.covers($0, parent: parents[$0]) && !viewed.isWithheld($0)) }
                    let knows = DifferencingAttack.derive(published: sees, existing: existing, groups: groups)
                    for record in values
                    where record.numerator < definition.publicationThreshold || record.denominator < definition.publicationThreshold {
                        if knows.contains(record.area) && !scope.covers(record.area, parent: parents[record.area]) {
                            scopedLeaks.append("\(definition.code) \(period) \(record.area)")
                        }
                    }
                    scopedViews += 1
                }
            }
        }
        #expect(scopedViews == 24)
        #expect(scopedLeaks.isEmpty, "\(scopedLeaks.count) derivable by a scoped viewer, e.g. \(scopedLeaks.prefix(5))")
        print(
            "Disclosure attack (national): \(cells) cells, \(small) with a count below the threshold, \(hidden) hidden, \(leaks.count) small counts derivable"
        )
        #expect(leaks.isEmpty, "\(leaks.count) derivable, e.g. \(leaks.prefix(5))")
        #expect(small > 100)
    }
}

@Suite("Trust: who sees small numbers")
struct SmallNumberAccessTests {
    struct Profile: Decodable {
        struct Row: Decodable {
            var indicator: String
            var numerator: Int?
        }
        var indicators: [Row]
    }

    func big2(_ browser: Browser, _ area: String) async throws -> Int? {
        let profile = try await browser.get("/api/v1/gebieden/\(area)/profiel").content.decode(Profile.self)
        return profile.indicators.first { $0.indicator == "BIG2" }?.numerator
    }

    @Test(
        "PC4-7940 (5/48): the beheerder and Meppel's coordinator and partner see it; the NML regio team, Venlo's coordinator, a professional and a visitor do not",
        arguments: TestDatabase.allCases)
    func byScope(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            for (email, sees) in [
                ("beheerder@wieg.demo", true), ("coordinator.meppel@wieg.demo", true), ("partner.meppel@wieg.demo", true),
                ("regio.nml@wieg.demo", false), ("coordinator.venlo@wieg.demo", false), ("professional@wieg.demo", false)
            ] {
                let browser = Browser(app)
                try await browser.login(email)
                let seen = try await big2(browser, "PC4-7940")
                #expect((seen == 5) == sees, "\(email): \(String(describing: seen))")
                let page = try await browser.get("/indicatoren/BIG2/gebieden?niveau=pc4&gebied=GM0119").body.string
                #expect(page.contains("kleine aantallen. Deel deze niet") == sees, "\(email)")
            }
            #expect(try await big2(Browser(app), "PC4-7940") == nil)
        }
    }

    @Test(
        "a hidden figure says why (too few, or derivable), the warning is drawn as a warning, and a table with hidden cells says how many",
        arguments: TestDatabase.allCases)
    func reasons(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            let derivable = try await visitor.get("/gebieden/PC4-7942/profiel").body.string
            #expect(derivable.contains("niet getoond: anders terug te rekenen uit het totaal"))
            #expect(try await visitor.get("/gebieden/PC4-7940/profiel").body.string.contains("niet getoond: minder dan 10"))
            let ranking = try await visitor.get("/indicatoren/BIG2/gebieden?niveau=pc4&gebied=GM0119").body.string
            #expect(ranking.contains("verborgen (terug te rekenen)") && ranking.contains("verborgen (kleine aantallen)"))
            let region = try await visitor.get("/regios/nml/monitoring").body.string
            #expect(region.contains("cijfers zijn verborgen: te kleine aantallen"))
            let beheerder = Browser(app)
            try await beheerder.login("beheerder@wieg.demo")
            // 53/280 is not small, but hidden in public: the one who sees it is warned.
            let seen = try await beheerder.get("/gebieden/PC4-7942/profiel").body.string
            #expect(seen.contains("notice notice-warn") && seen.contains("Let op: deze pagina toont ook kleine aantallen"))
            let level = try await beheerder.get("/indicatoren/BIG2/trechter?niveau=pc4&gebied=GM0119").body.string
            #expect(level.contains("notice notice-warn") && !level.contains("notice-warning"))
        }
    }
}
