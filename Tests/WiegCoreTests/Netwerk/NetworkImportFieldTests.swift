import Foundation
import Testing

@testable import WiegCore

/// Shared inputs of the social-map import and export tests.
enum NetworkFixture {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Date {
        Calendar.dutch.date(from: DateComponents(year: year, month: month, day: day))!
    }

    /// Noon on 1 June 2025.
    static let now = day(2025, 6, 1).addingTimeInterval(12 * 3600)
    static let municipalities: Set<String> = ["GM0119", "GM0114", "GM0118", "GM0983"]
    static let needs: Set<String> = ["kinderwens", "geldzorgen", "opvoeding", "taal", "zwangerschap"]

    static let wiegID = UUID(uuidString: "0B6F6C1E-2D3A-4E5F-8A9B-1C2D3E4F5A6B")!
    static let ggdID = UUID(uuidString: "7C9E6679-7425-40DE-944B-E07FC1F90AE7")!
    /// Organisations already in Wieg, as `planServices` wants them.
    static let lookup = NetworkImport.organisationLookup([
        OrganisationRecord(id: wiegID, name: "Verloskundigenpraktijk De Wieg", type: .verloskundigenpraktijk),
        OrganisationRecord(id: ggdID, name: "GGD Drenthe", type: .ggd)
    ])

    static func organisations(_ text: String) -> NetworkImportPlan<OrganisationRecord> {
        NetworkImport.planOrganisations(csv: Data(text.utf8), knownMunicipalities: municipalities, now: now)
    }

    static func services(_ text: String, organisations: [String: UUID] = lookup) -> NetworkImportPlan<ServiceRecord> {
        NetworkImport.planServices(
            csv: Data(text.utf8), organisations: organisations, knownNeeds: needs,
            knownMunicipalities: municipalities, now: now)
    }
}

/// Checks the issues one for one: line, column and a phrase of the message.
func expectNetworkIssues(
    _ issues: [ImportIssue], _ expected: [(Int, String?, String)],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(issues.count == expected.count, "\(issues)", sourceLocation: sourceLocation)
    for (issue, (line, column, phrase)) in zip(issues, expected) {
        #expect(issue.line == line, "\(issue)", sourceLocation: sourceLocation)
        #expect(issue.column == column, "\(issue)", sourceLocation: sourceLocation)
        #expect(issue.message.contains(phrase), "\(issue)", sourceLocation: sourceLocation)
    }
}

/// The value rules behind the import messages.
@Suite struct NetworkImportFieldTests {
    @Test func postcodes() {
        #expect(NetworkFields.postcode("7941 AB") == "7941 AB")
        #expect(NetworkFields.postcode("7941ab") == "7941 AB")
        #expect(NetworkFields.postcode(" 7941 aB") == "7941 AB")
        for bad in ["0941 AB", "794 AB", "79411 AB", "7941 A", "7941 A1", "ABCD 12", "7941-AB", ""] {
            #expect(NetworkFields.postcode(bad) == nil, "\(bad)")
        }
    }

    @Test func phoneNumbers() {
        for good in [
            "0522-123456", "0522 12 34 56", "06-12345678", "0612345678", "+31 6 12345678", "+31522123456",
            "0031 6 12345678", "0800-1234", "0900-1234567", "14 0522", "14 020", "+32 2 123 45 67"
        ] {
            #expect(NetworkFields.isPhone(good), "\(good)")
        }
        for bad in [
            "06-1234567", "061234567890", "+31 06 12345678", "+31 6 1234567", "(0522) 123456",
            "0522-12345a", "6-12345678", "+", "06+12345678", ""
        ] {
            #expect(!NetworkFields.isPhone(bad), "\(bad)")
        }
    }

    @Test func emailAddresses() {
        for good in ["info@dewieg.nl", "a.de.vries+kansrijk@ggd-drenthe.nl", "x@sub.domein.org"] {
            #expect(NetworkFields.isEmail(good), "\(good)")
        }
        for bad in ["info@dewieg", "info.dewieg.nl", "@dewieg.nl", "in fo@dewieg.nl", "a@b@c.nl", "a@-x.nl", ".a@x.nl", "a@x.n1"] {
            #expect(!NetworkFields.isEmail(bad), "\(bad)")
        }
    }

    @Test func websites() {
        for good in ["https://www.dewieg.nl", "http://dewieg.nl/aanbod?x=1#top", "HTTPS://WWW.DEWIEG.NL", "https://café.nl:8443/a"] {
            #expect(NetworkFields.isWebsite(good), "\(good)")
        }
        for bad in [
            "www.dewieg.nl", "ftp://dewieg.nl", "https://", "https://dewieg", "https://dewieg.nl/a b",
            "javascript:alert(1)", "https://dewieg.nl:abc/", "https://.nl"
        ] {
            #expect(!NetworkFields.isWebsite(bad), "\(bad)")
        }
    }

    @Test func dates() throws {
        let expected = NetworkFixture.day(2024, 2, 29)
        for text in ["29-02-2024", "29-2-2024", "29/02/2024", "2024-02-29", "29.02.2024"] {
            #expect(try NetworkDates.parse(text).get() == expected, "\(text)")
        }
        #expect(NetworkDates.parse("31-02-2024") == .failure(.nonexistent))
        #expect(NetworkDates.parse("29-02-2023") == .failure(.nonexistent))
        #expect(NetworkDates.parse("01-13-2024") == .failure(.nonexistent))
        #expect(NetworkDates.parse("00-01-2024") == .failure(.nonexistent))
        for bad in ["maart 2024", "2024", "1-1-24", "2024-1-1-1", "01-01-1850", "", "--"] {
            #expect(NetworkDates.parse(bad) == .failure(.format), "\(bad)")
        }
        #expect(NetworkDates.format(NetworkFixture.day(2024, 3, 5)) == "05-03-2024")
        // Summer time does not shift the day.
        #expect(NetworkDates.format(NetworkFixture.day(2024, 7, 31)) == "31-07-2024")
    }

    @Test func formulaGuard() {
        #expect(SpreadsheetCell.guarded("=SUM(A1)") == "'=SUM(A1)")
        #expect(SpreadsheetCell.guarded("+31 6 12345678") == "'+31 6 12345678")
        #expect(SpreadsheetCell.guarded("@user") == "'@user")
        #expect(SpreadsheetCell.guarded("-groep") == "'-groep")
        #expect(SpreadsheetCell.guarded("-9") == "-9")
        #expect(SpreadsheetCell.guarded("-1,5") == "-1,5")
        #expect(SpreadsheetCell.guarded("'t Harde") == "'t Harde")
        #expect(SpreadsheetCell.guarded("'=x") == "''=x")
        #expect(SpreadsheetCell.unguarded("'=SUM(A1)") == "=SUM(A1)")
        #expect(SpreadsheetCell.unguarded("''=x") == "'=x")
        #expect(SpreadsheetCell.unguarded("'s-Hertogenbosch") == "'s-Hertogenbosch")
        #expect(SpreadsheetCell.unguarded("'") == "'")
    }

    @Test func listsAndChoices() {
        #expect(NetworkFields.list(" GM0119 | gm0114,GM0119 ||") == ["GM0119", "gm0114"])
        #expect(NetworkFields.municipalityCode("gm0119") == "GM0119")
        #expect(NetworkFields.municipalityCode("GM119") == nil)
        #expect(NetworkFields.choice("JGZ / Consultatiebureau", names: { (t: OrganisationType) in [t.rawValue, t.dutchName] }) == .jgz)
        #expect(NetworkFields.choice("pop-poli", names: { (t: OrganisationType) in [t.rawValue] }) == .popPoli)
        #expect(ISO639.codes.count == 184)
        #expect(ISO639.codes.isSuperset(of: ["nl", "en", "ar", "tr", "pl", "fy", "ti", "so"]))
    }
}
