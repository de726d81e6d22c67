import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Member, target group and monitoring forms")
struct MemberFormTests {
    let icare = OrganisationRecord(name: "Icare JGZ", type: .jgz, domain: .publiekeGezondheid)
    let bibliotheek = OrganisationRecord(name: "Bibliotheek Meppel", type: .bibliotheek, domain: .onderwijsOpvang)

    func check(_ fields: [String: String], others: Set<UUID> = []) -> FormCheck<CoalitionMember> {
        MemberForm.check(fields: fields, organisations: [icare, bibliotheek], otherMembers: others)
    }

    func issues<T>(_ check: FormCheck<T>) -> [String: String] {
        Dictionary(check.issues.map { ($0.column ?? "", $0.message) }, uniquingKeysWith: { $0 + " | " + $1 })
    }

    @Test("a member by id or by name takes the organisation's domain; fields → check round-trips")
    func validMember() throws {
        let member = try #require(check(["organisatie": icare.id.uuidString, "rol": "jeugdverpleegkundige, lid projectgroep"]).record)
        #expect(
            member
                == CoalitionMember(
                    organisationID: icare.id, domain: .publiekeGezondheid, contactRole: "jeugdverpleegkundige, lid projectgroep"))
        #expect(check(["organisatie": "bibliotheek meppel"]).record == CoalitionMember(organisation: bibliotheek))
        #expect(check(MemberForm.fields(member)).record == member)
    }

    @Test("organisation and role problems name the field; a BSN or a date in the role is refused")
    func invalidMember() {
        #expect(issues(check(["rol": "verloskundige"])) == ["organisatie": "Kies een organisatie."])
        #expect(
            issues(check(["organisatie": "Kraamzorg X"])) == ["organisatie": "De organisatie 'Kraamzorg X' bestaat niet in het netwerk."])
        #expect(
            issues(check(["organisatie": icare.id.uuidString], others: [icare.id])) == [
                "organisatie": "Icare JGZ is al lid van de coalitie."
            ])
        let base = ["organisatie": icare.id.uuidString]
        #expect(
            issues(check(base.merging(["rol": String(repeating: "r", count: 201)]) { $1 }))
                == ["rol": "De rol is te lang (hoogstens 200 tekens, nu 201)."])
        let bsn =
            "De rol lijkt een burgerservicenummer (BSN) te bevatten; vul alleen professionele contactgegevens in, nooit gegevens van ouders of kinderen."
        let birth =
            "De rol lijkt een geboortedatum te bevatten; vul alleen professionele contactgegevens in, nooit gegevens van ouders of kinderen."
        for role in ["moeder, bsn 123456782", "cliënt 1234.56.782", "123 456 782"] {
            #expect(issues(check(base.merging(["rol": role]) { $1 })) == ["rol": bsn], "\(role)")
        }
        for role in ["moeder van baby (14-03-2024)", "cliënt, 1990-03-14", "geboren 3 maart 1990"] {
            #expect(issues(check(base.merging(["rol": role]) { $1 })) == ["rol": birth], "\(role)")
        }
    }

    @Test("the guard leaves professional contact details alone")
    func guardAllowsProfessionalText() {
        for text in [
            "verloskundige, 06-12345678", "tel. 0522 123 456", "KvK 12345678", "plan 2024-2026, 350 ouders bereikt",
            "bijeenkomst op 14-03-2024"
        ] {
            #expect(PersonalDataGuard.finding(in: text) == nil, "\(text)")
        }
        #expect(PersonalDataGuard.finding(in: "geboortedatum 1-2-2020") == .birthDate)
        #expect(PersonalDataGuard.finding(in: "bijeenkomst op 14-03-2024", anyDate: true) == .birthDate)
    }

    @Test("target-group involvement: forms by code or Dutch name, a note; applied to the coalition")
    func targetGroup() throws {
        let involvement = try #require(
            TargetGroupForm.check(fields: [
                "vormen": "ouderraad\nInzet van ervaringsdeskundigen, ouderraad",
                "toelichting": "Een lid van de moederraad zit in de kerngroep."
            ]).record)
        #expect(
            involvement
                == TargetGroupInvolvement(
                    forms: [.ouderraad, .ervaringsdeskundigen], note: "Een lid van de moederraad zit in de kerngroep."))
        #expect(TargetGroupForm.check(fields: TargetGroupForm.fields(involvement)).record == involvement)
        let coalition = involvement.applied(to: CoalitionDemo.meppel.coalition)
        #expect(coalition.targetGroupInvolvement == [.ouderraad, .ervaringsdeskundigen] && TargetGroupInvolvement(coalition) == involvement)
        #expect(TargetGroupForm.check(fields: [:]).record == TargetGroupInvolvement(forms: [], note: nil))

        #expect(
            issues(TargetGroupForm.check(fields: ["vormen": "enquête"]))
                == [
                    "vormen":
                        "'enquête' is geen vorm van betrekken; kies uit klankbordgroep, ouderraad, ervaringsdeskundigen, interviews, sleutelfiguren."
                ])
        #expect(
            issues(TargetGroupForm.check(fields: ["toelichting": "Interview met moeder, geboren 12-05-1998"]))
                == [
                    "toelichting":
                        "De toelichting lijkt een geboortedatum te bevatten; vul alleen professionele contactgegevens in, nooit gegevens van ouders of kinderen."
                ])
    }

    @Test("RIVM monitoring per year: ja, nee or onbekend; applied to the coalition")
    func monitoring() throws {
        let yes = try #require(MonitoringForm.check(fields: ["jaar": "2024", "deelname": "Ja"]).record)
        #expect(yes == MonitoringAnswer(year: 2024, participates: true))
        #expect(MonitoringForm.check(fields: MonitoringForm.fields(yes)).record == yes)
        var coalition = yes.applied(to: CoalitionDemo.apeldoorn.coalition)
        #expect(coalition.monitoring(in: 2024) == true)
        let unknown = try #require(MonitoringForm.check(fields: ["jaar": "2024", "deelname": "onbekend"]).record)
        #expect(unknown.participates == nil)
        coalition = unknown.applied(to: coalition)
        #expect(coalition.monitoring(in: 2024) == nil && coalition.monitoringParticipation[2024] == nil)
        #expect(
            MonitoringForm.check(fields: ["jaar": "2025", "deelname": "nee"]).record?.applied(to: coalition).monitoring(in: 2025) == false)

        #expect(issues(MonitoringForm.check(fields: ["deelname": "ja"])) == ["jaar": "Vul het jaar in."])
        #expect(
            issues(MonitoringForm.check(fields: ["jaar": "2024", "deelname": "soms"]))
                == ["deelname": "'soms' is geen antwoord over deelname aan de RIVM-monitoring; kies ja, nee of onbekend."])
    }
}
