import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Pharos point and meeting forms")
struct PointMeetingFormTests {
    let calendar = Calendar.dutch
    func day(_ y: Int, _ m: Int, _ d: Int) -> Date { calendar.date(from: DateComponents(year: y, month: m, day: d))! }

    func issues<T>(_ check: FormCheck<T>) -> [String: String] {
        Dictionary(check.issues.map { ($0.column ?? "", $0.message) }, uniquingKeysWith: { $0 + " | " + $1 })
    }

    @Test("a point's status and two texts; Meppel's ten points round-trip")
    func validPoint() throws {
        let point = try #require(
            PointForm.check(
                fields: [
                    "status": "In ontwikkeling", "waar-staan-we": "Voor een deel gebeurd.",
                    "wat-willen-we-ontwikkelen": "Afspraken over rollen."
                ],
                year: 2022, point: .takenEnRollen
            ).record)
        #expect(
            point
                == PointAssessment(
                    year: 2022, point: .takenEnRollen, status: .inOntwikkeling, waarStaanWe: "Voor een deel gebeurd.",
                    watWillenWeOntwikkelen: "Afspraken over rollen."))
        #expect(PointForm.check(fields: [:], year: 2022, point: .kartrekker).record == PointAssessment(year: 2022, point: .kartrekker))
        for assessment in PharosDemo.meppel.assessments {
            #expect(PointForm.check(fields: PointForm.fields(assessment), year: 2021, point: assessment.point).record == assessment)
        }
    }

    @Test("every point field's problem names the field")
    func invalidPoint() {
        func check(_ fields: [String: String]) -> FormCheck<PointAssessment> {
            PointForm.check(fields: fields, year: 2024, point: .betrekDeMensen)
        }
        #expect(
            issues(check(["status": "klaar"]))
                == ["status": "'klaar' is geen geldige keuze voor de status; kies uit Niet gestart, In ontwikkeling, Op orde."])
        #expect(
            issues(check(["waar-staan-we": String(repeating: "w", count: 4001)]))
                == ["waar-staan-we": "Waar staan we is te lang (hoogstens 4000 tekens, nu 4001)."])
        #expect(
            issues(check(["wat-willen-we-ontwikkelen": "Gesprek met moeder (BSN 123456782)"]))
                == [
                    "wat-willen-we-ontwikkelen":
                        "Wat willen we ontwikkelen lijkt een burgerservicenummer (BSN) te bevatten; vul alleen professionele contactgegevens in, nooit gegevens van ouders of kinderen."
                ])
    }

    @Test("a meeting held: jjjj-mm-dd or dd-mm-jjjj, today allowed, added once to the body")
    func validMeeting() throws {
        let today = day(2024, 6, 30).addingTimeInterval(15 * 3600)
        let meeting = try #require(
            MeetingForm.check(fields: ["datum": "2024-06-30", "notitie": "Voortgang besproken"], today: today).record)
        #expect(meeting == HeldMeeting(date: day(2024, 6, 30), note: "Voortgang besproken"))
        #expect(MeetingForm.check(fields: ["datum": "14-03-2024"], today: today).record == HeldMeeting(date: day(2024, 3, 14)))
        #expect(MeetingForm.check(fields: MeetingForm.fields(meeting), today: today).record == meeting)
        #expect(MeetingForm.fields(meeting)["datum"] == "2024-06-30")

        let body = GovernanceBody(
            kind: .bestuurlijkeBijeenkomst, name: "Bestuurlijke bijeenkomst KS NML", requiredMeetingsPerYear: 2,
            meetings: [day(2024, 9, 1)])
        let updated = meeting.applied(to: body)
        #expect(updated.meetings == [day(2024, 6, 30), day(2024, 9, 1)])
        #expect(meeting.applied(to: updated) == updated)
    }

    @Test("every meeting field's problem names the field; no future day, no second meeting on one day")
    func invalidMeeting() {
        let today = day(2024, 6, 30)
        let body = GovernanceBody(kind: .stuurgroep, name: "Stuurgroep", meetings: [day(2024, 3, 14).addingTimeInterval(12 * 3600)])
        func check(_ fields: [String: String]) -> FormCheck<HeldMeeting> {
            MeetingForm.check(fields: fields, body: body, today: today)
        }
        #expect(issues(check([:])) == ["datum": "Vul de datum van de vergadering in."])
        #expect(issues(check(["datum": "2024-02-30"])) == ["datum": "De datum '2024-02-30' bestaat niet."])
        #expect(
            issues(check(["datum": "volgende week"]))
                == ["datum": "'volgende week' is geen datum; schrijf jjjj-mm-dd of dd-mm-jjjj, bijvoorbeeld 2024-03-14."])
        #expect(
            issues(check(["datum": "2024-07-01"])) == [
                "datum": "2024-07-01 ligt in de toekomst; vul alleen een vergadering in die al is gehouden."
            ])
        #expect(issues(check(["datum": "2024-03-14"])) == ["datum": "Stuurgroep heeft op 2024-03-14 al een vergadering."])
        #expect(
            issues(check(["datum": "2024-03-15", "notitie": String(repeating: "n", count: 501)]))
                == ["notitie": "De notitie is te lang (hoogstens 500 tekens, nu 501)."])
    }
}
