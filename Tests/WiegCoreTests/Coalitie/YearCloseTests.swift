import Foundation
import Testing

@testable import WiegCore

private func q(_ quarter: Int, _ year: Int) -> Quarter { Quarter(year: year, quarter: quarter) }

@Suite("Year close (Jaar afsluiten)")
struct YearCloseTests {
    // Initiatives of the NML year plan 2024 (003), with statuses of our own.
    let platform = Activity(
        title: "Verkennen digitaal platform", actionLines: [.a22], quarters: [q(1, 2024), q(2, 2024)],
        expectedResult: "Een adviesrapport voor gemeenten", status: .loopt)
    let binden = Activity(
        title: "Het blijven binden van partijen", actionLines: [.a21], ownerRole: "programmaregisseur",
        quarters: [q(3, 2024), q(4, 2024), q(2, 2025), q(1, 2025)], status: .loopt,
        statusNote: "Twee nieuwe partners", implementationPhase: .doen, serviceIDs: [UUID()], themes: [.vroegsignalering])
    let adviesraad = Activity(title: "Overleg Stuurgroep en Adviesraad", quarters: [q(2, 2024), q(4, 2024)], status: .vertraagd)
    let kraamzorg = Activity(title: "Verkennen kraamzorg voor kwetsbare cliënten", quarters: [q(1, 2024)], status: .gepland)
    let oud = Activity(title: "Werkgroep doelgroep 2023", quarters: [q(4, 2023), q(1, 2024)], status: .gestopt)
    let later = Activity(title: "Monitoren 2025", quarters: [q(1, 2025)])

    var all: [Activity] { [platform, binden, adviesraad, kraamzorg, oud, later] }
    let newIDs = [UUID(), UUID()]

    func ids() -> () -> UUID {
        var remaining = newIDs
        return { remaining.removeFirst() }
    }

    var decisions: [UUID: YearCloseDecision] {
        [
            platform.id: YearCloseDecision(outcome: .gerealiseerd, reflection: "  Rapport is opgeleverd.  "),
            binden.id: YearCloseDecision(outcome: .doorgeschoven, reflection: "Loopt door in 2025."),
            adviesraad.id: YearCloseDecision(outcome: .doorgeschoven, reflection: "Eerste bijeenkomst pas in Q4."),
            kraamzorg.id: YearCloseDecision(outcome: .gestopt, reflection: "Landelijke wet regelt dit.")
        ]
    }

    @Test("the year's activities: a quarter in the year, not stopped")
    func activitiesOfTheYear() {
        #expect(YearClose.activities(in: 2024, from: all).map(\.id) == [platform.id, binden.id, adviesraad.id, kraamzorg.id])
        #expect(YearClose.activities(in: 2025, from: all).map(\.id) == [binden.id, later.id])
        #expect(YearClose.activities(in: 2023, from: all).isEmpty)
    }

    @Test("realised and stopped take that status; carried over continues next year with the later quarters")
    func apply() throws {
        let pharos = PharosYear(
            year: 2024, assessments: [PointAssessment(year: 2024, point: .kartrekker, status: .opOrde, waarStaanWe: "Programmateam")])
        let check = YearClose.apply(decisions: decisions, activities: all, year: 2024, closedYears: [2023], pharos: pharos, newID: ids())
        #expect(check.issues == [:] && check.yearIssue == nil)
        let result = try #require(check.result)
        let byID = Dictionary(uniqueKeysWithValues: result.activities.map { ($0.id, $0) })
        #expect(result.activities.count == 8)
        #expect(byID[platform.id]?.status == .gerealiseerd)
        #expect(byID[kraamzorg.id]?.status == .gestopt)
        #expect(byID[oud.id] == oud && byID[later.id] == later)

        // The old one keeps the year's history: its quarters up to 2024 and its status.
        let old = try #require(byID[binden.id])
        #expect(old.quarters == [q(3, 2024), q(4, 2024)] && old.status == .loopt && old.statusNote == "Twee nieuwe partners")
        // The new one: the quarters after 2024 moved, planned again, same content, linked back.
        let next = try #require(byID[newIDs[0]])
        #expect(next.quarters == [q(1, 2025), q(2, 2025)])
        #expect(next.status == .gepland && next.statusNote == nil && next.statusDate == nil && next.carriedOverFrom == binden.id)
        #expect(next.title == binden.title && next.ownerRole == "programmaregisseur" && next.serviceIDs == binden.serviceIDs)
        #expect(next.implementationPhase == .doen && next.themes == [.vroegsignalering] && next.actionLines == [.a21])
        // Nothing after 2024: Q1 of next year.
        let advies = try #require(byID[newIDs[1]])
        #expect(advies.quarters == [q(1, 2025)] && advies.carriedOverFrom == adviesraad.id)
        #expect(byID[adviesraad.id]?.quarters == [q(2, 2024), q(4, 2024)])

        #expect(result.closedYear.year == 2024)
        #expect(
            result.closedYear.activities == [
                ClosedActivity(
                    activityID: platform.id, title: platform.title, outcome: .gerealiseerd, reflection: "Rapport is opgeleverd.",
                    statusBefore: .loopt),
                ClosedActivity(
                    activityID: binden.id, title: binden.title, outcome: .doorgeschoven, reflection: "Loopt door in 2025.",
                    statusBefore: .loopt, carriedOverTo: newIDs[0]),
                ClosedActivity(
                    activityID: adviesraad.id, title: adviesraad.title, outcome: .doorgeschoven,
                    reflection: "Eerste bijeenkomst pas in Q4.", statusBefore: .vertraagd, carriedOverTo: newIDs[1]),
                ClosedActivity(
                    activityID: kraamzorg.id, title: kraamzorg.title, outcome: .gestopt, reflection: "Landelijke wet regelt dit.",
                    statusBefore: .gepland)
            ])
        // Pharos: the ten points get a new year, texts and statuses kept.
        let nextPharos = try #require(result.nextPharos)
        #expect(nextPharos.year == 2025 && nextPharos[.kartrekker].status == .opOrde && nextPharos[.kartrekker].year == 2025)

        // The next year lists the continuations, not their history.
        #expect(YearClose.activities(in: 2025, from: result.activities).map(\.id) == [later.id, newIDs[0], newIDs[1]])
    }

    @Test("every activity of the year needs a decision and a reflection of 3–4000 characters")
    func validation() throws {
        var given = decisions
        given[platform.id] = nil
        given[binden.id] = YearCloseDecision(outcome: .doorgeschoven, reflection: " ok ")
        given[adviesraad.id] = YearCloseDecision(outcome: .gerealiseerd, reflection: String(repeating: "a", count: 4001))
        let check = YearClose.apply(decisions: given, activities: all, year: 2024, closedYears: [])
        #expect(check.result == nil && check.yearIssue == nil)
        #expect(
            check.issues == [
                platform.id: "Kies wat er met “Verkennen digitaal platform” is gebeurd: gerealiseerd, doorgeschoven of gestopt.",
                binden.id: "Schrijf bij “Het blijven binden van partijen” een korte terugblik (ten minste 3 tekens).",
                adviesraad.id: "De terugblik bij “Overleg Stuurgroep en Adviesraad” is te lang (hoogstens 4000 tekens, nu 4001)."
            ])
        // The bounds themselves are accepted.
        given[platform.id] = YearCloseDecision(outcome: .gerealiseerd, reflection: "top")
        given[binden.id] = YearCloseDecision(outcome: .gestopt, reflection: " \n" + String(repeating: "é", count: 4000))
        given[adviesraad.id] = YearCloseDecision(outcome: .gerealiseerd, reflection: "Klaar")
        #expect(YearClose.apply(decisions: given, activities: all, year: 2024, closedYears: []).result != nil)
    }

    @Test("unknown ids and activities of another year are refused")
    func unknownIDs() {
        let stranger = UUID()
        var given = decisions
        given[stranger] = YearCloseDecision(outcome: .gerealiseerd, reflection: "Wie is dit?")
        given[oud.id] = YearCloseDecision(outcome: .gerealiseerd, reflection: "Was al gestopt")
        given[later.id] = YearCloseDecision(outcome: .gerealiseerd, reflection: "Is van 2025")
        let check = YearClose.apply(decisions: given, activities: all, year: 2024, closedYears: [])
        #expect(check.result == nil)
        let refused = "Deze activiteit loopt niet in 2024 en kan bij dit jaar niet worden afgesloten."
        #expect(check.issues == [stranger: refused, oud.id: refused, later.id: refused])
    }

    @Test("a closed year cannot be closed again; a year without activities closes empty")
    func closedAndEmpty() throws {
        let again = YearClose.apply(decisions: decisions, activities: all, year: 2024, closedYears: [2023, 2024])
        #expect(again.result == nil && again.issues == [:] && again.yearIssue == "Het jaar 2024 is al afgesloten.")
        let empty = try #require(YearClose.apply(decisions: [:], activities: all, year: 2023, closedYears: []).result)
        #expect(empty.closedYear == ClosedYear(year: 2023, activities: []) && empty.activities == all && empty.nextPharos == nil)
        #expect(ActivityOutcome.allCases.map(\.englishName) == ["realised", "carried over", "stopped"])
    }
}
