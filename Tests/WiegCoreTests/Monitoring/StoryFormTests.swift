import Foundation
import Testing

@testable import WiegCore

@Suite("Story form (tellen en vertellen)")
struct StoryFormTests {
    let id = UUID()
    let activity = UUID()
    let today = Calendar.dutch.date(from: DateComponents(year: 2025, month: 6, day: 12, hour: 15))!

    func fields(_ extra: [String: String]) -> [String: String] {
        [
            "titel": "Centering Pregnancy in Meppel", "organisatie": "Verloskundigenpraktijk Meppel", "indicator": "BIG2",
            "tekst": "Sinds de groepen in de Watertoren starten, komen zwangeren eerder in zorg."
        ].merging(extra) { $1 }
    }

    func check(_ extra: [String: String], known: StoryForm.Known = .init()) -> FormCheck<Story> {
        StoryForm.check(fields: fields(extra), id: id, today: today, known: known)
    }

    func issues(_ extra: [String: String], known: StoryForm.Known = .init()) -> [String: String] {
        Dictionary(check(extra, known: known).issues.map { ($0.column ?? "", $0.message) }, uniquingKeysWith: { $0 + " | " + $1 })
    }

    @Test("a valid story: the date is today when empty, the area is optional")
    func valid() throws {
        let story = try #require(check([:]).record)
        #expect(story.id == id && story.attachment == .indicator("BIG2") && story.areaCode == nil)
        #expect(story.date == Calendar.dutch.startOfDay(for: today))
        let dated = try #require(check(["datum": "03-02-2025", "gebied": "PC4-7942"]).record)
        #expect(NetworkDates.format(dated.date) == "03-02-2025" && dated.areaCode == "PC4-7942")
    }

    @Test("attached to exactly one of indicator, aanbod, activity, coalition")
    func attachment() throws {
        let story = try #require(check(["indicator": "", "activiteit": activity.uuidString]).record)
        #expect(story.attachment == .activity(activity))
        #expect(
            issues(["indicator": ""]) == ["indicator": "Koppel het verhaal aan een indicator, een aanbod, een activiteit of een coalitie."])
        #expect(
            issues(["coalitie": UUID().uuidString])
                == [
                    "indicator": "Koppel het verhaal aan precies één indicator, aanbod, activiteit of coalitie (nu 2: indicator, coalitie)."
                ])
        #expect(issues(["indicator": "", "aanbod": "abc"]) == ["aanbod": "'abc' is geen geldige aanbod-id."])
        let known = StoryForm.Known(indicators: ["BIG2"], activities: [activity])
        #expect(issues(["indicator": "XYZ"], known: known) == ["indicator": "De indicator 'XYZ' bestaat niet."])
        let other = UUID()
        #expect(
            issues(["indicator": "", "activiteit": other.uuidString], known: known)
                == ["activiteit": "De activiteit '\(other.uuidString)' bestaat niet."])
    }

    @Test("title at most 200, text at most 4,000 characters; title, text and organisation required")
    func lengths() {
        #expect(issues(["titel": String(repeating: "t", count: 200)]).isEmpty)
        #expect(issues(["titel": String(repeating: "t", count: 201)]) == ["titel": "De titel is te lang (hoogstens 200 tekens, nu 201)."])
        #expect(issues(["tekst": String(repeating: "a", count: 2000)]).isEmpty)
        #expect(
            issues(["tekst": String(repeating: "a", count: 4001)]) == ["tekst": "De tekst is te lang (hoogstens 4000 tekens, nu 4001)."])
        #expect(
            issues(["titel": " ", "tekst": "", "organisatie": ""])
                == ["titel": "Vul de titel in.", "tekst": "Vul de tekst in.", "organisatie": "Vul de organisatie in."])
    }

    @Test("a date in the future, a date that does not exist, a malformed date, a malformed area")
    func dateAndArea() {
        #expect(issues(["datum": "13-06-2025"]) == ["datum": "De datum 13-06-2025 ligt in de toekomst."])
        #expect(issues(["datum": "12-06-2025"]).isEmpty)
        #expect(issues(["datum": "31-02-2025"]) == ["datum": "De datum '31-02-2025' bestaat niet."])
        #expect(issues(["datum": "gisteren"]) == ["datum": "'gisteren' is geen datum; schrijf dd-mm-jjjj, bijvoorbeeld 14-03-2024."])
        #expect(issues(["gebied": "Meppel"]) == ["gebied": "'Meppel' is geen gebiedscode; schrijf bijvoorbeeld GM0119 of PC4-7942."])
        #expect(issues(["gebied": "GM0119"], known: .init(areas: ["GM0120"])) == ["gebied": "Het gebied 'GM0119' bestaat niet."])
    }

    @Test("a BSN that passes the elfproef is refused, in any usual notation; other nine-digit numbers are not")
    func bsn() {
        let reason =
            "De tekst bevat een nummer van negen cijfers dat een burgerservicenummer (BSN) kan zijn (het voldoet aan de elfproef). Laat het weg: een verhaal mag geen cliënt herkenbaar maken."
        for text in ["Cliënt 111222333 kwam", "bsn 1112.22.333", "nummer 123 456 782.", "(123-456-782)"] {
            #expect(issues(["tekst": text]) == ["tekst": reason], "\(text)")
        }
        #expect(issues(["titel": "Over 111222333"])["titel"]?.hasPrefix("De titel bevat een nummer van negen cijfers") == true)
        // Fails the elfproef, part of a longer number, or an amount with thousands dots.
        for text in ["code 123456789", "1112223334 items", "€ 111.222.333 begroot"] {
            #expect(issues(["tekst": text]).isEmpty, "\(text)")
        }
        #expect(StoryPrivacy.passesElfproef("111222333") && StoryPrivacy.passesElfproef("123456782"))
        #expect(
            !StoryPrivacy.passesElfproef("123456789") && !StoryPrivacy.passesElfproef("000000000")
                && !StoryPrivacy.passesElfproef("12345678"))
    }

    @Test("a full date or 'geboren op' could be a date of birth; month and year are fine")
    func birthDate() {
        let reason =
            "De tekst bevat een volledige datum of 'geboren op': dat kan een geboortedatum zijn. Noem hoogstens maand en jaar: een verhaal mag geen cliënt herkenbaar maken."
        for text in [
            "Haar zoon (14-03-2024) deed het goed", "datum 1/3/2024", "op 03.11.2023", "Geboren op een dinsdag",
            "geboortedatum onbekend"
        ] {
            #expect(issues(["tekst": text]) == ["tekst": reason], "\(text)")
        }
        for text in ["In maart 2024 begon de groep", "in 2019-2021 steeg het", "week 14-15 van 2024", "geboren in de regio"] {
            #expect(issues(["tekst": text]).isEmpty, "\(text)")
        }
    }

    @Test("an e-mail address and a Dutch phone number are refused, with the reason")
    func contactDetails() {
        #expect(
            issues(["tekst": "Mail naar j.jansen@example.nl voor meer"])
                == [
                    "tekst":
                        "De tekst bevat een e-mailadres. Laat het weg; noem alleen de organisatie: een verhaal mag geen cliënt herkenbaar maken."
                ])
        let phone =
            "De tekst bevat een telefoonnummer. Laat het weg; noem alleen de organisatie: een verhaal mag geen cliënt herkenbaar maken."
        for text in [
            "bel 06-12345678", "bel 0612345678.", "tel. 06 1234 5678", "(0522) 123456", "020-1234567",
            "+31 6 12345678", "+31 (0)522 123 456", "0031612345678"
        ] {
            #expect(issues(["tekst": text]) == ["tekst": phone], "\(text)")
        }
        for text in ["53 van de 280 geboortes", "postcode 7942 en 7943", "in 2021 waren het 1598 kinderen", "0,5 fte"] {
            #expect(issues(["tekst": text]).isEmpty, "\(text)")
        }
    }

    @Test("every finding in a text is reported, in a fixed order")
    func several() {
        #expect(
            StoryPrivacy.findings(in: "geboren op 1-2-2020, bsn 111222333, 06-12345678, a@b.nl")
                == [.bsn, .birthDate, .email, .phone])
        #expect(StoryPrivacy.findings(in: "Drie moeders vertelden over de groep.").isEmpty)
    }

    @Test("fields(story) → check gives the same story, for each kind of attachment")
    func roundTrip() {
        let date = Calendar.dutch.date(from: DateComponents(year: 2024, month: 11, day: 5))!
        for attachment in [StoryAttachment.indicator("BIG2"), .service(UUID()), .activity(UUID()), .coalition(UUID())] {
            let story = Story(
                id: id, title: "Titel", body: "Tekst", authorOrganisation: "GGD Drenthe", date: date,
                attachment: attachment, areaCode: "GM0119")
            #expect(StoryForm.check(fields: StoryForm.fields(story), id: id, today: today).record == story)
        }
    }
}
