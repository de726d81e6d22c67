import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite struct NetworkDemoTests {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)  // May 2026
    let data = NetworkDemo.make(now: Self.now)
    let taxonomy = NeedTaxonomy.seeded

    @Test func servicesBelongToExistingOrganisations() {
        let organisations = Set(data.organisations.map(\.id))
        for service in data.services {
            #expect(organisations.contains(service.organisationID), "\(service.name)")
        }
        // every organisation but the municipalities (which own the coalition) offers something or is in a zorgpad
        let used = Set(data.services.map(\.organisationID))
            .union(data.zorgpaden.flatMap { $0.steps.compactMap(\.organisationID) })
        let idle = data.organisations.filter { !used.contains($0.id) }
        #expect(idle.map(\.name) == ["Gemeente Meppel", "Gemeente Venlo"])
    }

    @Test func zorgpadStepsReferToExistingIdsThatAgree() {
        let organisations = Set(data.organisations.map(\.id))
        let services = Dictionary(uniqueKeysWithValues: data.services.map { ($0.id, $0) })
        for path in data.zorgpaden {
            #expect(path.steps.first?.kind == .signaal, "\(path.title)")
            #expect(path.steps.contains { $0.kind == .aanbod && $0.serviceID != nil }, "\(path.title)")
            let order = path.steps.map { ZorgpadStepKind.allCases.firstIndex(of: $0.kind)! }
            #expect(order == order.sorted(), "\(path.title)")
            for step in path.steps {
                #expect(!step.text.isEmpty)
                if let id = step.organisationID { #expect(organisations.contains(id), "\(path.title): \(step.text)") }
                if let id = step.serviceID {
                    let service = services[id]
                    #expect(service != nil, "\(path.title): \(step.text)")
                    if let owner = step.organisationID { #expect(service?.organisationID == owner, "\(step.text)") }
                }
            }
            #expect(!path.agreements.isEmpty && !(path.responsible.role ?? "").isEmpty, "\(path.title)")
        }
    }

    @Test func needCodesExistInTheTaxonomy() {
        for service in data.services {
            #expect(!service.needs.isEmpty, "\(service.name)")
            for code in service.needs { #expect(taxonomy.contains(code), "\(service.name) → \(code)") }
        }
        for path in data.zorgpaden { #expect(taxonomy.contains(path.needCode), "\(path.title)") }
    }

    @Test func areaCodesAreMunicipalitiesOrTheRegion() {
        func valid(_ code: String) -> Bool {
            AreaCode.kind(of: code) == .gemeente || code == NetworkDemo.regionCode
        }
        let codes =
            data.organisations.flatMap { $0.workingArea + $0.addresses.compactMap(\.municipalityCode) }
            + data.services.flatMap(\.areaCodes) + data.zorgpaden.map(\.areaCode)
        #expect(!codes.isEmpty)
        for code in codes { #expect(valid(code), "\(code)") }
        #expect(data.services.allSatisfy { !$0.areaCodes.isEmpty })
        #expect(NetworkDemo.regionMunicipalities.count == 14)
        #expect(Set(NetworkDemo.regionMunicipalities).count == 14)
        #expect(NetworkDemo.regionMunicipalities.contains(NetworkDemo.venlo))
        #expect(AreaCode.isRegionSlug(NetworkDemo.regionCode))
        #expect(AreaCode.kind(of: NetworkDemo.drenthe) == .provincie)
    }

    @Test func meppelHasTheRequiredZorgpaden() {
        let meppel = Set(data.zorgpaden.filter { $0.areaCode == NetworkDemo.meppel }.map(\.needCode))
        for need in [
            "schulden", "verslaving", "huiselijk-geweld", "psychische-problemen", "laaggeletterdheid",
            "onbedoelde-zwangerschap"
        ] {
            #expect(meppel.contains(need), "\(need)")
        }
        let limburg = data.zorgpaden.filter { $0.areaCode == NetworkDemo.venlo || $0.areaCode == NetworkDemo.regionCode }
        #expect(limburg.count >= 3)
        // one zorgpad per need per area
        let keys = data.zorgpaden.map { "\($0.areaCode)/\($0.needCode)" }
        #expect(Set(keys).count == keys.count)
    }

    @Test func theSeedsNamesArePresent() {
        let names = Set(data.organisations.map(\.name))
        for name in [
            "Verloskundig Centrum Meppel en de Wolden", "Icare Jeugdgezondheidszorg", "Gemeente Meppel",
            "Bibliotheek Meppel", "de Kinder Praktijk", "Logopedie Verbalis", "GGD Drenthe",
            "Humanitas Home-Start Meppel", "Isala Diaconessenhuis Meppel", "GGD Limburg-Noord",
            "Gemeente Venlo", "Verloskundig Consortium Limburg"
        ] {
            #expect(names.contains(name), "\(name)")
        }
        func recognition(_ name: String, in area: String) -> Recognition? {
            data.services.first { $0.name == name && $0.areaCodes.contains(area) }?.recognition
        }
        for area in [NetworkDemo.meppel, NetworkDemo.venlo] {
            #expect(recognition("VoorZorg", in: area) == .effectiefGoede)
            #expect(recognition("Stevig Ouderschap", in: area) == .effectiefEerste)
            #expect(recognition("Nu Niet Zwanger", in: area) == .goedOnderbouwd)
        }
        #expect(recognition("BoekStart", in: NetworkDemo.meppel) == .nietBeoordeeld)
        #expect(recognition("Centering Pregnancy", in: NetworkDemo.venlo) == .nietBeoordeeld)
        #expect(data.services.contains { $0.name.hasPrefix("Tolkenproject") && $0.needs.contains("taal-tolk") })
    }

    @Test func idsAreUniqueAndStable() {
        let ids = data.organisations.map(\.id) + data.services.map(\.id) + data.zorgpaden.map(\.id)
        #expect(Set(ids).count == ids.count)
        let later = NetworkDemo.make(now: Self.now.addingTimeInterval(86_400 * 400))
        #expect(later.organisations.map(\.id) == data.organisations.map(\.id))
        #expect(later.services.map(\.id) == data.services.map(\.id))
        #expect(later.zorgpaden.map(\.id) == data.zorgpaden.map(\.id))
        #expect(NetworkDemo.make(now: Self.now) == data)
        #expect(data.organisations.first?.id == UUID(uuidString: "DE000001-0000-4000-8000-000000000001"))
    }

    @Test func freshnessIsMixedEverywhere() {
        func states(_ dates: [Date?]) -> Set<Freshness> {
            Set(dates.map { Freshness.of(lastVerified: $0, now: Self.now) })
        }
        let all = Set(Freshness.allCases)
        #expect(states(data.organisations.map(\.lastVerified)) == all)
        #expect(states(data.services.map(\.lastVerified)) == all)
        #expect(states(data.zorgpaden.map(\.lastVerified)) == all)
        let services = data.services.map { (Freshness.of(lastVerified: $0.lastVerified, now: Self.now), $0.editorial) }
        #expect(services.allSatisfy { ($0.0 == .verouderd) == ($0.1 == .aandachtNodig) })
        // the spread holds whatever the month of `now`
        for month in 1...11 {
            let now = Calendar.dutch.date(byAdding: .month, value: month, to: Self.now)!
            let later = NetworkDemo.make(now: now)
            #expect(Set(later.services.map { Freshness.of(lastVerified: $0.lastVerified, now: now) }) == all, "\(month)")
            #expect(Set(later.zorgpaden.map { Freshness.of(lastVerified: $0.lastVerified, now: now) }) == all, "\(month)")
        }
        // most entries are fresh
        let fresh = data.services.filter { Freshness.of(lastVerified: $0.lastVerified, now: Self.now) == .actueel }
        #expect(fresh.count * 2 > data.services.count)
    }

    @Test func everythingIsMarkedDemoWithFakeContactDetails() {
        #expect(data.organisations.allSatisfy(\.demo) && data.services.allSatisfy(\.demo) && data.zorgpaden.allSatisfy(\.demo))
        func fakePhone(_ phone: String?) -> Bool {
            guard let phone else { return true }
            return phone.hasPrefix("0123-4567") && phone.count == 11 && phone.dropFirst(5).allSatisfy(\.isNumber)
        }
        func fakeHost(_ text: String?) -> Bool {
            guard let text else { return true }
            return text.hasSuffix(".example.org") || text.contains(".example.org/") || text.hasSuffix(".invalid")
        }
        for o in data.organisations {
            #expect(fakePhone(o.phone) && fakeHost(o.email) && fakeHost(o.website), "\(o.name)")
        }
        for s in data.services {
            #expect(fakePhone(s.professionalContact.phone) && fakeHost(s.professionalContact.email) && fakeHost(s.website), "\(s.name)")
        }
        for z in data.zorgpaden { #expect(fakeHost(z.responsible.email) && z.responsible.name == nil, "\(z.title)") }
    }

    @Test func servicesAreComplete() {
        for s in data.services {
            #expect(ServiceRecord.ageRange.contains(s.ageFromMonths) && ServiceRecord.ageRange.contains(s.ageToMonths), "\(s.name)")
            #expect(s.ageFromMonths <= s.ageToMonths, "\(s.name)")
            #expect(!s.phases.isEmpty && !s.targetGroup.isEmpty && !s.cost.isEmpty, "\(s.name)")
            #expect(s.publicDescription.count >= 40 && s.professionalDescription.count >= 30, "\(s.name)")
            #expect(!(s.professionalContact.role ?? "").isEmpty && s.professionalContact.name == nil, "\(s.name)")
            #expect(s.status == .actief && s.languages.first == "nl")
        }
    }

    @Test func roundTripsThroughJSON() throws {
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        #expect(try decoder.decode([OrganisationRecord].self, from: encoder.encode(data.organisations)) == data.organisations)
        #expect(try decoder.decode([ServiceRecord].self, from: encoder.encode(data.services)) == data.services)
        #expect(try decoder.decode([ZorgpadRecord].self, from: encoder.encode(data.zorgpaden)) == data.zorgpaden)
    }
}
