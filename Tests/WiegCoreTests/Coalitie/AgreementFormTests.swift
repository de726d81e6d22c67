import Foundation
import Testing

@testable import WiegCore

@Suite("Agreement form")
struct AgreementFormTests {
    let id = UUID()
    let jgz = UUID(), vsv = UUID(), gemeente = UUID(), zorgpad = UUID()

    func check(_ fields: [String: String]) -> FormCheck<Agreement> {
        AgreementForm.check(fields: fields, id: id, knownOrganisations: [jgz, vsv, gemeente], knownZorgpaden: [zorgpad])
    }

    func issues(_ fields: [String: String]) -> [String: String] {
        let base = ["titel": "Convenant KS NML", "niveau": "bestuurlijk", "partijen": "\(jgz.uuidString), \(vsv.uuidString)"]
        return Dictionary(
            check(base.merging(fields) { $1 }).issues.map { ($0.column ?? "", $0.message) }, uniquingKeysWith: { $0 + " | " + $1 })
    }

    @Test("an agreement between two organisations, with date, link and zorgpaden")
    func valid() throws {
        let record = try #require(
            check([
                "titel": "Convenant Kansrijke Start NML", "niveau": "Bestuurlijk niveau",
                "partijen": "\(jgz.uuidString)\n\(vsv.uuidString)\n\(gemeente.uuidString)", "datum": "1-2-2024",
                "link": "https://www.kansrijkestartnml.nl/convenant", "zorgpaden": zorgpad.uuidString
            ]).record)
        #expect(record.level == .bestuurlijk && record.partyIDs == [jgz, vsv, gemeente] && record.isValid)
        #expect(record.date == Calendar.dutch.date(from: DateComponents(year: 2024, month: 2, day: 1)))
        #expect(record.link == "https://www.kansrijkestartnml.nl/convenant" && record.zorgpadIDs == [zorgpad])
    }

    @Test("every field's problem names the field; two distinct parties are required")
    func invalid() {
        #expect(issues(["titel": ""]) == ["titel": "Vul de titel in."])
        #expect(issues(["niveau": ""]) == ["niveau": "Kies het niveau."])
        #expect(
            issues(["niveau": "hoog"]) == [
                "niveau": "'hoog' is geen geldige keuze voor het niveau; kies uit uitvoering, beleid, bestuurlijk."
            ])
        #expect(
            issues(["partijen": "\(jgz.uuidString), \(jgz.uuidString)"])
                == [
                    "partijen":
                        "Een samenwerkingsafspraak heeft ten minste twee verschillende organisaties als partij; nu is er één partij."
                ])
        #expect(
            issues(["partijen": ""])
                == [
                    "partijen":
                        "Een samenwerkingsafspraak heeft ten minste twee verschillende organisaties als partij; nu is er geen partij."
                ])
        #expect(issues(["partijen": "\(jgz.uuidString), GGD"]) == ["partijen": "De organisatie 'GGD' bestaat niet."])
        #expect(issues(["datum": "30-02-2024"]) == ["datum": "De datum '30-02-2024' bestaat niet."])
        #expect(issues(["datum": "februari"]) == ["datum": "'februari' is geen datum; schrijf dd-mm-jjjj, bijvoorbeeld 14-03-2024."])
        #expect(issues(["link": "www.nml.nl"]) == ["link": "'www.nml.nl' is geen volledig webadres; begin met https://."])
        #expect(issues(["zorgpaden": UUID().uuidString]).keys.sorted() == ["zorgpaden"])
    }

    @Test("fields(agreement) → check gives the same agreement")
    func roundTrip() throws {
        let agreement = Agreement(
            id: id, title: "Afspraak warme overdracht", level: .uitvoering, partyIDs: [vsv, jgz],
            date: Calendar.dutch.date(from: DateComponents(year: 2023, month: 10, day: 5)),
            link: "https://example.org/afspraak", zorgpadIDs: [zorgpad])
        #expect(check(AgreementForm.fields(agreement)).record == agreement)
        let bare = Agreement(id: id, title: "Beleidsafspraak", level: .beleid, partyIDs: [gemeente, jgz])
        #expect(check(AgreementForm.fields(bare)).record == bare)
    }
}
