import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite struct NationalDemoTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)  // November 2026
    /// Generated once for the whole suite (it is large).
    static let data = NationalDemo.make(now: now)
    var data: NationalDemoData { Self.data }

    @Test func sameSeedSameDataOtherSeedOtherIds() {
        let again = NationalDemo.make(now: Self.now)
        #expect(again == data)
        let other = NationalDemo.make(seed: 7, now: Self.now)
        #expect(other.organisations.first?.id != data.organisations.first?.id)
        #expect(other.geographyCSV == data.geographyCSV)
    }

    @Test func nationalTotals() {
        #expect(data.organisations.count >= 10_000)
        #expect(data.services.count >= 30_000)
        let servicesPerArea = Dictionary(grouping: data.services, by: { $0.areaCodes.first ?? "" }).mapValues(\.count)
        let organisationsPerArea = Dictionary(grouping: data.organisations, by: { $0.workingArea.first ?? "" }).mapValues(\.count)
        #expect(servicesPerArea.count == 342 && organisationsPerArea.count == 342)
        #expect(servicesPerArea.values.allSatisfy { (88...94).contains($0) })
        #expect(organisationsPerArea.values.allSatisfy { (30...32).contains($0) })
        let ids = data.organisations.map(\.id) + data.services.map(\.id) + data.zorgpaden.map(\.id)
        #expect(Set(ids).count == ids.count)
        let regular = NetworkDemo.make(now: Self.now)
        let regularIDs = regular.organisations.map(\.id) + regular.services.map(\.id) + regular.zorgpaden.map(\.id)
        #expect(Set(ids).isDisjoint(with: regularIDs))
        #expect(Set(data.organisations.map(\.name)).isDisjoint(with: regular.organisations.map(\.name)))
    }

    @Test func allMunicipalitiesAcrossTheTwelveProvinces() {
        let codes = Set(data.organisations.flatMap(\.workingArea))
        #expect(codes.count == 342)
        #expect(codes == Set(NationalDemo.municipalities.map(\.code)))
        #expect(codes.allSatisfy { AreaCode.kind(of: $0) == .gemeente })
        let perProvince = Dictionary(grouping: NationalDemo.municipalities, by: \.provinceCode).mapValues(\.count)
        #expect(perProvince.count == 12 && perProvince["PV27"] == 44 && perProvince["PV31"] == 31)
        // The codes Benchmarks/search.lua and the docs rely on.
        let byCode = Dictionary(uniqueKeysWithValues: NationalDemo.municipalities.map { ($0.code, $0) })
        #expect(byCode["GM9001"]?.provinceCode == "PV20" && byCode["GM9001"]?.name == "Synthetische gemeente 1")
        #expect(byCode["GM9011"]?.provinceCode == "PV21" && byCode["GM9029"]?.provinceCode == "PV23")
        #expect(byCode["GM9314"]?.provinceCode == "PV31" && byCode["GM9315"] == nil)
        #expect(byCode["GM0119"]?.synthetic == false && byCode["GM0983"]?.place == "Venlo")
    }

    @Test func servicesBelongToOrganisationsOfTheirMunicipality() {
        let organisations = Dictionary(uniqueKeysWithValues: data.organisations.map { ($0.id, $0) })
        let taxonomy = NeedTaxonomy.seeded
        for service in data.services {
            let owner = organisations[service.organisationID]
            #expect(owner != nil, "\(service.name)")
            #expect(service.areaCodes == owner?.workingArea, "\(service.name)")
            #expect(!service.needs.isEmpty && service.needs.allSatisfy(taxonomy.contains), "\(service.name)")
            #expect(
                !service.phases.isEmpty && ServiceRecord.ageRange.contains(service.ageFromMonths)
                    && service.ageFromMonths <= service.ageToMonths, "\(service.name)")
            #expect(!service.name.contains("{p}") && !service.publicDescription.contains("{p}"))
        }
        // Realistic names, with the place in them.
        let meppel = Set(data.organisations.filter { $0.workingArea == ["GM0119"] }.map(\.name))
        #expect(
            meppel.contains("Sociaal Team Meppel") && meppel.contains("Bibliotheek Meppel (wijkvestiging)") && meppel.contains("JGZ Meppel")
        )
        #expect(data.organisations.contains { $0.name == "Gemeente Synthetisch 1" && $0.workingArea == ["GM9001"] })
        for name in ["VoorZorg", "Nu Niet Zwanger", "Stevig Ouderschap", "BoekStart", "Centering Pregnancy", "Taalcafé"] {
            #expect(data.services.filter { $0.name == name }.count >= 342, "\(name)")
        }
    }

    @Test func everyMunicipalityHasZorgpadenForTheSixNeeds() {
        #expect(NationalDemo.zorgpadNeeds.count >= 6)
        #expect(NationalDemo.zorgpadNeeds.allSatisfy(NeedTaxonomy.seeded.contains))
        let regular = NetworkDemo.make(now: Self.now).zorgpaden
        let pairs = data.zorgpaden.map { "\($0.areaCode)|\($0.needCode)" }
        let regularPairs = Set(regular.map { "\($0.areaCode)|\($0.needCode)" })
        #expect(Set(pairs).count == pairs.count)
        #expect(Set(pairs).isDisjoint(with: regularPairs))
        let covered = Set(pairs).union(regularPairs)
        for municipality in NationalDemo.municipalities {
            for need in NationalDemo.zorgpadNeeds {
                #expect(covered.contains("\(municipality.code)|\(need)"), "\(municipality.code) \(need)")
            }
        }
    }

    @Test func zorgpadStepsReferToTheirOwnMunicipality() {
        let organisations = Dictionary(uniqueKeysWithValues: data.organisations.map { ($0.id, $0) })
        let services = Dictionary(uniqueKeysWithValues: data.services.map { ($0.id, $0) })
        for path in data.zorgpaden {
            #expect((3...4).contains(path.steps.count), "\(path.title)")
            #expect(path.steps.first?.kind == .signaal && path.steps.contains { $0.kind == .aanbod && $0.serviceID != nil })
            let order = path.steps.map { ZorgpadStepKind.allCases.firstIndex(of: $0.kind)! }
            #expect(order == order.sorted(), "\(path.title)")
            for step in path.steps {
                let organisation = step.organisationID.flatMap { organisations[$0] }
                #expect(organisation?.workingArea == [path.areaCode], "\(path.title): \(step.text)")
                if let id = step.serviceID { #expect(services[id]?.organisationID == step.organisationID, "\(step.text)") }
            }
            #expect(!path.agreements.isEmpty && !(path.responsible.role ?? "").isEmpty && !path.title.contains("{p}"))
        }
    }

    @Test func verifiedWithinEighteenMonthsAndMarkedDemo() {
        let oldest = Calendar.dutch.date(byAdding: .month, value: -18, to: Self.now)!
        let dates =
            data.organisations.compactMap(\.lastVerified) + data.services.compactMap(\.lastVerified)
            + data.zorgpaden.compactMap(\.lastVerified)
        #expect(dates.count == data.organisations.count + data.services.count + data.zorgpaden.count)
        #expect(dates.allSatisfy { $0 >= oldest && $0 <= Self.now })
        #expect(dates.contains { $0 < Calendar.dutch.date(byAdding: .month, value: -12, to: Self.now)! })
        #expect(data.organisations.allSatisfy(\.demo) && data.services.allSatisfy(\.demo) && data.zorgpaden.allSatisfy(\.demo))
        for service in data.services.prefix(2_000) {
            let stale = Freshness.of(lastVerified: service.lastVerified, now: Self.now) == .verouderd
            #expect(service.editorial == (stale ? .aandachtNodig : .gecontroleerd))
        }
    }

    @Test func geographyImportsOnTopOfTheDemoGeography() {
        let demo = DemoGeography.csv
        let base = GeographyImport.plan(csv: Data(demo.utf8), existing: [:])
        #expect(base.isValid)
        let existing = Dictionary(uniqueKeysWithValues: base.records.map { ($0.code, $0.kind) })
        let plan = GeographyImport.plan(csv: Data(data.geographyCSV.utf8), existing: existing)
        #expect(plan.issues == [])
        #expect(plan.isValid)
        #expect(plan.records.allSatisfy { $0.kind == .gemeente && $0.synthetic && existing[$0.code] == nil })
        #expect(plan.records.count + existing.values.filter { $0 == .gemeente }.count == 342)
        // The generator's copy of the demo municipalities matches the demo geography.
        let demoMunicipalities = base.records.filter { $0.kind == .gemeente }
        #expect(
            demoMunicipalities.map { [$0.code, $0.name, $0.parentCode ?? ""] }
                == NationalDemo.demoGeographyMunicipalities.map { [$0.code, $0.name, $0.province] })
    }

    @Test func slugs() {
        #expect(LocalNetwork.slug("Verloskundigenpraktijk Moeder & Kind Bergen (L.)") == "verloskundigenpraktijk-moeder-kind-bergen-l")
        #expect(LocalNetwork.slug("GGD, locatie Synthetisch 12") == "ggd-locatie-synthetisch-12")
    }

    /// Every query of Benchmarks/search.lua is valid for the API (municipalities and needs
    /// exist) and finds services in the national demo, as the public search would.
    @Test func benchmarkQueriesFindServices() throws {
        let lua = try String(contentsOf: Self.repositoryRoot.appendingPathComponent("Benchmarks/search.lua"), encoding: .utf8)
        let queries = lua.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("\"zoek=") || $0.hasPrefix("\"behoefte=") || $0.hasPrefix("\"fase=") }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\",")) }
        #expect(queries.count == 50 && Set(queries).count == 50)
        let organisations = Dictionary(uniqueKeysWithValues: data.organisations.map { ($0.id, $0) })
        let index = SearchIndex(
            documents: data.services.map { service in
                SearchDocument(
                    service: service, organisation: organisations[service.organisationID]!,
                    needLabels: service.needs.compactMap { NeedTaxonomy.seeded.term(code: $0)?.dutchName },
                    includeProfessionalDescription: false)
            })
        let municipalities = Set(NationalDemo.municipalities.map(\.code))
        for query in queries {
            var parameters: [String: String] = [:]
            for pair in query.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                parameters[parts[0]] = parts.count > 1 ? parts[1].removingPercentEncoding : ""
            }
            #expect(Set(parameters.keys).isSubset(of: ["zoek", "gemeente", "fase", "behoefte", "pagina"]), "\(query)")
            if let code = parameters["gemeente"] { #expect(municipalities.contains(code), "\(query)") }
            if let need = parameters["behoefte"] { #expect(NeedTaxonomy.seeded.contains(need), "\(query)") }
            let phase = parameters["fase"].map { Phase(rawValue: $0) }
            #expect(phase != .some(nil), "\(query)")
            let result = index.search(
                SearchQuery(
                    text: parameters["zoek"] ?? "",
                    filters: SearchFilters(
                        phases: Set([phase ?? nil].compactMap { $0 }), needs: Set([parameters["behoefte"]].compactMap { $0 }),
                        municipalities: Set([parameters["gemeente"]].compactMap { $0 })),
                    page: PageQuery(number: parameters["pagina"].flatMap { Int($0) }, size: 20, defaultSize: 20)))
            #expect(!result.hits.items.isEmpty && !result.relaxed, "\(query)")
        }
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
