import Foundation
import PropertyBased
import Testing

@testable import WiegCore

/// Properties of the HSDS export and import over generated input.
@Suite("HSDS properties")
struct HSDSPropertyTests {
    static let character = Gen<Character?>.element(of: Array("aZ09 \"\\/\n\t{}[],:ëé€😀\u{7}-")).map { $0! }
    static let text = character.string(of: 0...12)
    static let choices = Gen<Int>.int(in: 0...1_000_000).array(of: 40)

    /// Builds records from generated texts and numbers, within what Wieg stores: names
    /// not blank, optional strings nil or non-empty, timestamps in whole milliseconds.
    struct Builder {
        var texts: [String]
        var numbers: [Int]
        var t = 0, n = 0

        mutating func text() -> String {
            defer { t += 1 }
            return texts[t % texts.count]
        }
        mutating func name() -> String { "x" + text() }
        mutating func optional() -> String? { number(3) == 0 ? nil : name() }
        /// A valid web address (the importer refuses anything else), or none.
        mutating func website() -> String? { number(3) == 0 ? nil : "https://www.x\(number(1000)).nl/pagina\(number(100))" }
        mutating func number(_ bound: Int) -> Int {
            defer { n += 1 }
            return numbers[n % numbers.count] % bound
        }
        mutating func pick<T>(_ all: [T]) -> T { all[number(all.count)] }
        mutating func some<T>(_ all: [T]) -> [T] { (0..<number(4)).map { _ in pick(all) } }
        mutating func date() -> Date? { number(4) == 0 ? nil : Date(timeIntervalSince1970: Double(number(1_000_000) * 1_000_003) / 1000) }
        mutating func area() -> String { String(format: "GM%04d", number(10_000)) }
        mutating func address() -> AddressRecord {
            AddressRecord(name: optional(), street: name(), postcode: name(), city: name(), municipalityCode: number(2) == 0 ? nil : area())
        }

        mutating func organisation() -> OrganisationRecord {
            OrganisationRecord(
                id: UUID(), name: name(), type: pick(OrganisationType.allCases), domain: pick(NetworkDomain.allCases),
                description: text(), website: website(), phone: optional(), email: optional(),
                addresses: (0..<number(3)).map { _ in address() }, workingArea: (0..<number(3)).map { _ in area() },
                lastVerified: date(), demo: number(2) == 0, updatedAt: date())
        }

        mutating func service(of organisation: UUID) -> ServiceRecord {
            let ages = [number(58) - 9, number(58) - 9].sorted()
            return ServiceRecord(
                id: UUID(), organisationID: organisation, name: name(), publicDescription: text(),
                professionalDescription: text(), phases: some(Phase.allCases), ageFromMonths: ages[0], ageToMonths: ages[1],
                targetGroup: text(), needs: some(HSDSSamples.needs.map(\.code)), access: pick(ServiceAccess.allCases),
                cost: text(), languages: some(["nl", "en", "tr", "ar", "pl"]), recognition: pick(Recognition.allCases),
                areaCodes: (0..<number(3)).map { _ in area() }, locations: (0..<number(3)).map { _ in address() },
                website: website(), professionalContact: ProfessionalContact(name: optional(), phone: optional()),
                status: pick(ServiceStatus.allCases), lastVerified: date(), editorial: pick(EditorialStatus.allCases),
                demo: number(2) == 0, updatedAt: date())
        }
    }

    @Test("arbitrary bytes never crash the importer")
    func arbitraryBytes() async {
        await propertyCheck(count: 500, input: Gen<UInt8>.value(in: 0...255).array(of: 0...400)) { bytes in
            let plan = HSDSImport.plan(json: Data(bytes), needs: HSDSSamples.needs)
            #expect(!plan.isValid)
            #expect(plan.issues.allSatisfy { $0.line >= 1 && !$0.message.isEmpty })
        }
    }

    @Test("a valid dataset with random bytes overwritten never crashes the importer")
    func damagedDataset() async throws {
        let valid = Array(try HSDSSamples.datasetJSON())
        let damage = zip(Gen<Int>.int(in: 0...(valid.count - 1)), Gen<UInt8>.value(in: 0...255)).array(of: 1...6)
        await propertyCheck(count: 300, input: damage) { changes in
            var bytes = valid
            for (at, byte) in changes { bytes[at] = byte }
            let plan = HSDSImport.plan(json: Data(bytes), needs: HSDSSamples.needs)
            #expect(plan.issues.allSatisfy { $0.line == 1 })
            #expect(plan.services.count <= 1)
        }
    }

    @Test("valid random records round-trip through HSDS JSON, without professional-only fields")
    func roundTrip() async throws {
        await propertyCheck(count: 200, input: Self.text.array(of: 1...12), Self.choices) { texts, numbers in
            var builder = Builder(texts: texts, numbers: numbers)
            let organisations = (0..<(1 + builder.number(2))).map { _ in builder.organisation() }
            let services = (0..<(1 + builder.number(3))).map { _ in builder.service(of: builder.pick(organisations).id) }
            let export = HSDSExport(needs: HSDSSamples.needs)
            let json = try HSDSExport.encode(export.dataset(services: services, organisations: organisations))
            let plan = HSDSImport.plan(json: json, needs: HSDSSamples.needs)
            #expect(plan.issues == [])
            var seen = Set<UUID>()
            let used = services.map(\.organisationID).filter { seen.insert($0).inserted }
            #expect(plan.organisations.map(\.id) == used)
            #expect(plan.organisations == used.compactMap { id in organisations.first { $0.id == id } })
            #expect(
                plan.services
                    == services.map {
                        var s = $0
                        s.professionalDescription = ""
                        s.professionalContact = ProfessionalContact()
                        return s
                    })
        }
    }
}
