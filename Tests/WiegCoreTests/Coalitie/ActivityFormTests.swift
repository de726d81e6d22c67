import Foundation
import Testing

@testable import WiegCore

@Suite("Activity form")
struct ActivityFormTests {
    let now = Date(timeIntervalSince1970: 1_720_000_000)
    let earlier = Date(timeIntervalSince1970: 1_700_000_000)
    let id = UUID()
    let workgroup = UUID()
    let organisation = UUID()

    var valid: [String: String] {
        [
            "titel": "Verkennen digitaal platform", "beschrijving": "Verkennen wat een platform kan, voor wie.",
            "actielijnen": "2.2, 2.1\n2.2", "werkgroep": workgroup.uuidString, "eigenaar-organisatie": organisation.uuidString,
            "eigenaar-rol": "programmaregisseur", "kwartalen": "Q2 2024, 2024-Q1\nq1 2024", "verwacht-resultaat": "Een adviesrapport",
            "status": "loopt", "status-toelichting": "Offertes opgevraagd", "fase": "Erover denken",
            "themas": "vroegsignalering, preconceptie"
        ]
    }

    func check(_ fields: [String: String], existing: Activity? = nil) -> FormCheck<Activity> {
        ActivityForm.check(
            fields: fields, id: id, existing: existing, knownWorkgroups: [workgroup],
            knownOrganisations: [organisation], now: now)
    }

    func messages(_ changes: [String: String]) -> [String: String] {
        let result = check(valid.merging(changes) { $1 })
        return Dictionary(result.issues.map { ($0.column ?? "", $0.message) }, uniquingKeysWith: { $0 + " | " + $1 })
    }

    @Test("a valid form makes the activity: lists parsed, sorted and without repeats")
    func validForm() throws {
        let record = try #require(check(valid).record)
        #expect(record.id == id && record.title == "Verkennen digitaal platform")
        #expect(record.actionLines == [.a21, .a22])
        #expect(record.quarters == [Quarter(year: 2024, quarter: 1), Quarter(year: 2024, quarter: 2)])
        #expect(record.workgroupID == workgroup && record.ownerOrganisationID == organisation && record.ownerRole == "programmaregisseur")
        #expect(record.status == .loopt && record.statusDate == now && record.statusNote == "Offertes opgevraagd")
        #expect(record.implementationPhase == .erOverDenken && record.themes == [.vroegsignalering, .preconceptie])
    }

    @Test("optional fields may be empty; the status defaults to gepland")
    func minimal() throws {
        let record = try #require(check(["titel": "Inspiratieavond", "kwartalen": "Q4 2024"]).record)
        #expect(record.status == .gepland && record.actionLines.isEmpty && record.ownerRole == nil && record.statusNote == nil)
        #expect(
            record.workgroupID == nil && record.ownerOrganisationID == nil && record.implementationPhase == nil && record.themes.isEmpty)
    }

    @Test("every field's problem names the field, in Dutch")
    func invalidFields() {
        #expect(messages(["titel": " "]) == ["titel": "Vul de titel in."])
        #expect(messages(["titel": String(repeating: "x", count: 201)]) == ["titel": "De titel is te lang (hoogstens 200 tekens, nu 201)."])
        #expect(
            messages(["beschrijving": String(repeating: "x", count: 4001)]) == [
                "beschrijving": "De beschrijving is te lang (hoogstens 4000 tekens, nu 4001)."
            ])
        #expect(
            messages(["actielijnen": "1.1, 4.1"]) == [
                "actielijnen": "Actielijn '4.1' bestaat niet; kies uit 1.1, 1.2, 2.1, 2.2, 3.1, 3.2, 3.3."
            ])
        #expect(messages(["werkgroep": "communicatie"]) == ["werkgroep": "De werkgroep 'communicatie' bestaat niet."])
        let stranger = UUID().uuidString
        #expect(messages(["eigenaar-organisatie": stranger]) == ["eigenaar-organisatie": "De organisatie '\(stranger)' bestaat niet."])
        #expect(
            messages(["eigenaar-rol": String(repeating: "r", count: 201)]) == [
                "eigenaar-rol": "De rol van de eigenaar is te lang (hoogstens 200 tekens, nu 201)."
            ])
        #expect(messages(["kwartalen": ""]) == ["kwartalen": "Kies ten minste één kwartaal waarin de activiteit loopt."])
        #expect(
            messages(["kwartalen": "Q1 2024, Q5 2024"]) == [
                "kwartalen": "'Q5 2024' is geen kwartaal; schrijf bijvoorbeeld Q1 2024 of 2024-Q1."
            ])
        #expect(
            messages(["verwacht-resultaat": String(repeating: "x", count: 4001)]) == [
                "verwacht-resultaat": "Het verwachte resultaat is te lang (hoogstens 4000 tekens, nu 4001)."
            ])
        #expect(
            messages(["status": "klaar"]) == [
                "status": "'klaar' is geen geldige keuze voor de status; kies uit gepland, loopt, gerealiseerd, vertraagd, gestopt."
            ])
        #expect(
            messages(["status-toelichting": String(repeating: "x", count: 4001)]) == [
                "status-toelichting": "De toelichting op de status is te lang (hoogstens 4000 tekens, nu 4001)."
            ])
        #expect(
            messages(["fase": "nadenken"]) == [
                "fase": "'nadenken' is geen geldige keuze voor de fase; kies uit zien, erover-denken, doen, blijven-doen."
            ])
        #expect(
            messages(["themas": "taalontwikkeling, rookvrij"]) == [
                "themas":
                    "Thema 'rookvrij' bestaat niet; kies uit preconceptie, onbedoelde-zwangerschap, vroegsignalering, taalontwikkeling."
            ])
    }

    @Test("several problems at once, in the form's order")
    func severalProblems() {
        let result = check(["titel": "", "kwartalen": "volgend jaar", "status": "?", "actielijnen": "9"])
        #expect(result.record == nil)
        #expect(result.issues.map(\.column) == ["titel", "actielijnen", "kwartalen", "status"])
        #expect(result.issues.allSatisfy { $0.line == 2 })
    }

    @Test("editing keeps links the form does not show; the status date changes only with the status")
    func editing() throws {
        let service = UUID()
        let previous = UUID()
        let existing = Activity(
            id: id, title: "Oud", quarters: [Quarter(year: 2024, quarter: 1)], status: .loopt, statusDate: earlier,
            serviceIDs: [service], carriedOverFrom: previous)
        let same = try #require(check(valid, existing: existing).record)
        #expect(same.statusDate == earlier && same.serviceIDs == [service] && same.carriedOverFrom == previous)
        let changed = try #require(check(valid.merging(["status": "gerealiseerd"]) { $1 }, existing: existing).record)
        #expect(changed.statusDate == now && changed.status == .gerealiseerd)
    }

    @Test("with the known aanbod given, the form links the aanbod it names and refuses unknown ids")
    func linkedServices() throws {
        let a = UUID()
        let b = UUID()
        func withServices(_ text: String) -> FormCheck<Activity> {
            ActivityForm.check(
                fields: valid.merging(["aanbod": text]) { $1 }, id: id, existing: nil, knownWorkgroups: [workgroup],
                knownOrganisations: [organisation], knownServices: [a, b], now: now)
        }
        #expect(withServices("\(b.uuidString)\n\(a.uuidString)\n\(b.uuidString)").record?.serviceIDs == [b, a])
        #expect(withServices("").record?.serviceIDs == [])
        let unknown = withServices(UUID().uuidString)
        #expect(unknown.record == nil && unknown.issues.map(\.column) == ["aanbod"])
    }

    @Test("fields(record) → check gives the same activity")
    func roundTrip() throws {
        let activity = Activity(
            id: id, title: "Bespreekbaar maken van een kinderwens", description: "Met de huisartsen, in twee wijken.",
            actionLines: [.a11, .a12], workgroupID: workgroup, ownerOrganisationID: organisation,
            ownerRole: "verloskundige", quarters: [Quarter(year: 2024, quarter: 4), Quarter(year: 2025, quarter: 1)],
            expectedResult: "Elke huisarts kent de aanpak", status: .vertraagd, statusDate: earlier,
            statusNote: "Wacht op scholing", implementationPhase: .blijvenDoen, serviceIDs: [UUID()],
            themes: [.onbedoeldeZwangerschap, .preconceptie], carriedOverFrom: UUID())
        let fields = ActivityForm.fields(activity)
        #expect(Set(fields.keys) == Set(ActivityForm.Field.allCases.map(\.rawValue)))
        #expect(fields["kwartalen"] == "Q4 2024, Q1 2025")
        #expect(try #require(check(fields, existing: activity).record) == activity)
        let bare = Activity(id: id, title: "Inspiratieavond", quarters: [Quarter(year: 2024, quarter: 4)], statusDate: earlier)
        #expect(try #require(check(ActivityForm.fields(bare), existing: bare).record) == bare)
    }
}
