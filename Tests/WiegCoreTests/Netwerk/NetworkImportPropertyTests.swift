import Foundation
import PropertyBased
import Testing

@testable import WiegCore

/// Properties of the social-map import and export over generated input.
@Suite("Network import properties")
struct NetworkImportPropertyTests {
    private typealias F = NetworkFixture

    private static func checkPlan<R>(_ plan: NetworkImportPlan<R>) {
        #expect(plan.isValid == (plan.issues.isEmpty && !plan.items.isEmpty))
        #expect(plan.issues.allSatisfy { $0.line >= 1 && !$0.message.isEmpty })
        #expect(zip(plan.issues, plan.issues.dropFirst()).allSatisfy { $0.line <= $1.line })
    }

    private static func plans(_ data: Data) {
        checkPlan(NetworkImport.planOrganisations(csv: data, knownMunicipalities: F.municipalities, now: F.now))
        checkPlan(
            NetworkImport.planServices(
                csv: data, organisations: F.lookup, knownNeeds: F.needs,
                knownMunicipalities: F.municipalities, now: F.now))
    }

    @Test("arbitrary bytes never crash either planner")
    func arbitraryBytes() async {
        await propertyCheck(count: 300, input: Gen<UInt8>.value(in: 0...255).array(of: 0...600)) { bytes in
            Self.plans(Data(bytes))
        }
    }

    /// Random mixes of header names, values and CSV punctuation reach the value checks.
    static let tokens = [
        "naam", "soort", "organisatie", "id", "leeftijd_van", "leeftijd_tot", "talen", "werkgebied",
        "laatst_gecontroleerd", "behoeften", "postcode", "plaats", "website", "email", "telefoon", ";", ";",
        ",", "|", "\"", "\n", "\r\n", " ", "'", "=", "-9", "48", "60", "GGD Drenthe", "ggd", "GM0119", "GM9",
        "nl", "xx", "31-02-2024", "2030-01-01", "7941 AB", "https://x.nl", "a@b.nl", "0522-123456",
        "0b6f6c1e-2d3a-4e5f-8a9b-1c2d3e4f5a6b", "é", "\u{FEFF}"
    ]

    @Test("random CSV-ish files never crash either planner")
    func tokenFiles() async {
        let header = Gen<Bool>.bool
        await propertyCheck(count: 400, input: Gen<Int>.value(in: 0...(Self.tokens.count - 1)).array(of: 0...80), header) {
            picks, withHeader in
            let body = picks.map { Self.tokens[$0] }.joined()
            Self.plans(Data(((withHeader ? "organisatie;naam;soort;leeftijd_van;leeftijd_tot;talen\n" : "") + body).utf8))
        }
    }

    @Test("the formula guard is undone by the import, for any text")
    func guardRoundTrip() async {
        let text = Gen<Character?>.element(of: Array("'=+-@ 09,.a\t")).map { $0! }.string(of: 0...8)
        await propertyCheck(count: 500, input: text) { value in
            #expect(SpreadsheetCell.unguarded(SpreadsheetCell.guarded(value)) == value)
            // What a spreadsheet would still read as a formula start is only ever a plain number such as -9.
            let guarded = SpreadsheetCell.guarded(value)
            if let first = guarded.first, "=+-@\t".contains(first) {
                #expect("+-".contains(first) && guarded.dropFirst().allSatisfy { "0123456789,.".contains($0) }, "\(guarded)")
            }
        }
    }

    @Test("valid random records round-trip through export and import, ids included")
    func recordsRoundTrip() async {
        await propertyCheck(count: 150, input: Gen<UInt64>.value(in: 0...UInt64.max), Gen<Bool>.bool) { seed, professional in
            var random = RecordRandom(seed: seed)
            let organisations = (0..<random.int(1...4)).map { random.organisation(index: $0) }
            let services = (0..<random.int(0...5)).map { random.service(index: $0, of: organisations) }

            let orgData = NetworkExport.organisationsCSV(organisations)
            let orgPlan = NetworkImport.planOrganisations(csv: orgData, knownMunicipalities: F.municipalities, now: F.now)
            #expect(orgPlan.issues == [])
            #expect(orgPlan.records == organisations)

            guard !services.isEmpty else { return }
            let names = Dictionary(organisations.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            let data = NetworkExport.servicesCSV(services, organisationNames: names, includeProfessional: professional)
            let plan = NetworkImport.planServices(
                csv: data, organisations: NetworkImport.organisationLookup(orgPlan.records),
                knownNeeds: F.needs, knownMunicipalities: F.municipalities, now: F.now)
            #expect(plan.issues == [])
            let expected =
                professional
                ? services
                : services.map {
                    var s = $0
                    s.professionalDescription = ""
                    s.professionalContact = ProfessionalContact()
                    return s
                }
            #expect(plan.records == expected)
        }
    }
}

/// Builds valid records from a seed (SplitMix64), with text that stresses the CSV writer.
private struct RecordRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func bool() -> Bool { next() % 2 == 0 }
    mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }
    /// A random subset in random order, without repeats.
    mutating func some<T: Equatable>(_ values: [T], min: Int = 0) -> [T] {
        var pool = values
        var out: [T] = []
        for _ in 0..<int(min...values.count) { out.append(pool.remove(at: int(0...(pool.count - 1)))) }
        return out
    }

    /// Text with delimiters, quotes, line breaks, formula characters and accents, trimmed
    /// (the import trims every cell).
    mutating func text(_ length: ClosedRange<Int>) -> String {
        let alphabet = Array("aZ09 ;,\"\n=+-@'|ëé€ĳ")
        return String((0..<int(length)).map { _ in pick(alphabet) }).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    mutating func optionalText() -> String? {
        let value = text(0...12)
        return value.isEmpty ? nil : value
    }

    mutating func address() -> AddressRecord {
        let city = text(0...10)
        return AddressRecord(
            street: text(0...15), postcode: bool() ? "" : "\(int(1000...9999)) \(pick(["AB", "XY", "ZZ"]))",
            city: city.isEmpty ? "Meppel" : city)
    }

    mutating func date() -> Date? {
        bool() ? nil : NetworkFixture.day(int(2000...2024), int(1...12), int(1...28))
    }

    static let phones = ["0522-123456", "+31 6 12345678", "06 12 34 56 78", "14 0522", "0800-1234", "+32 2 123 45 67"]
    static let emails = ["info@dewieg.nl", "a.b+c@ggd-drenthe.nl"]
    static let websites = ["https://www.dewieg.nl", "http://ggd.nl/aanbod?x=1&y=2#top"]

    mutating func organisation(index: Int) -> OrganisationRecord {
        OrganisationRecord(
            id: UUID(), name: "Org \(index) \(text(1...20))".trimmingCharacters(in: .whitespaces), type: pick(OrganisationType.allCases),
            domain: pick(NetworkDomain.allCases), description: text(0...40),
            website: bool() ? pick(Self.websites) : nil, phone: bool() ? pick(Self.phones) : nil,
            email: bool() ? pick(Self.emails) : nil, addresses: bool() ? [address()] : [],
            workingArea: some(Array(NetworkFixture.municipalities).sorted()), lastVerified: date(), demo: bool())
    }

    mutating func service(index: Int, of organisations: [OrganisationRecord]) -> ServiceRecord {
        let from = int(-9...48)
        return ServiceRecord(
            id: UUID(), organisationID: pick(organisations).id,
            name: "Aanbod \(index) \(text(1...20))".trimmingCharacters(in: .whitespaces),
            publicDescription: text(0...40), professionalDescription: text(0...40), phases: some(Phase.allCases),
            ageFromMonths: from, ageToMonths: int(from...48), targetGroup: text(0...15),
            needs: some(Array(NetworkFixture.needs).sorted()), access: pick(ServiceAccess.allCases), cost: text(0...10),
            languages: some(["nl", "en", "ar", "tr", "pl", "fy"], min: 1), recognition: pick(Recognition.allCases),
            areaCodes: some(Array(NetworkFixture.municipalities).sorted()), locations: bool() ? [address()] : [],
            website: bool() ? pick(Self.websites) : nil,
            professionalContact: ProfessionalContact(
                name: optionalText(), role: optionalText(),
                phone: bool() ? pick(Self.phones) : nil, email: bool() ? pick(Self.emails) : nil),
            status: pick(ServiceStatus.allCases), lastVerified: date(), editorial: pick(EditorialStatus.allCases), demo: bool())
    }
}
