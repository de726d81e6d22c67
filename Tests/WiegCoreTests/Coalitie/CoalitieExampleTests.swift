import Foundation
import Testing

@testable import WiegCore

/// A Meppel-like coalition (after seed 000) that meets every criterion, and helpers to
/// take it apart in the other tests.
struct CoalitieExample {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> Date {
        Calendar.dutch.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
    }

    let midwives = OrganisationRecord(name: "Verloskundigenpraktijk Meppel", type: .verloskundigenpraktijk)
    let hospital = OrganisationRecord(name: "Isala Meppel", type: .ziekenhuis)
    let socialTeam = OrganisationRecord(name: "Sociaal team Meppel", type: .sociaalTeam)
    let library = OrganisationRecord(name: "Bibliotheek Meppel", type: .bibliotheek)
    let jgz = OrganisationRecord(name: "JGZ Drenthe", type: .jgz)
    let boekStart = UUID()

    var organisations: [OrganisationRecord] { [midwives, hospital, socialTeam, library, jgz] }

    var coalition: CoalitionRecord {
        CoalitionRecord(
            name: "Kansrijke Start Meppel", areaCode: "GM0119", startDate: Self.date(2021, 3, 1),
            projectLeader: "beleidsadviseur gemeente Meppel",
            members: organisations.map { CoalitionMember(organisation: $0, contactRole: "lid projectgroep") },
            targetGroupInvolvement: [.ervaringsdeskundigen, .sleutelfiguren],
            monitoringParticipation: [2024: true, 2025: true])
    }

    var plan: PlanOfApproach {
        PlanOfApproach(
            firstYear: 2024, lastYear: 2026,
            ambitions: ["Elk kind in Meppel krijgt een kansrijke start", "Het netwerk is zichtbaar en vindbaar"],
            societalResults: ["Minder kinderen met een ongunstige start"],
            goals: [
                Goal(text: "Kinderwens bespreekbaar maken", phase: .voor, actionLines: [.a11], themes: [.preconceptie]),
                Goal(text: "Nu Niet Zwanger inzetten", phase: .voor, actionLines: [.a12], themes: [.onbedoeldeZwangerschap]),
                Goal(text: "Samenwerking met het ziekenhuis", phase: .tijdens, actionLines: [.a21], themes: [.vroegsignalering])
            ],
            documented: true, documentedAt: Self.date(2024, 2, 15))
    }

    var activities: [Activity] {
        [
            Activity(
                title: "BoekStart voor baby's", actionLines: [.a32], ownerOrganisationID: library.id,
                quarters: [Quarter(year: 2025, quarter: 1)], status: .loopt, serviceIDs: [boekStart]),
            Activity(title: "Inspiratieavond", actionLines: [.a21], status: .gerealiseerd)
        ]
    }

    var agreements: [Agreement] {
        [
            Agreement(
                title: "Convenant prenataal huisbezoek", level: .uitvoering,
                partyIDs: [midwives.id, jgz.id], date: Self.date(2024, 5, 1))
        ]
    }

    func evaluate(
        coalition: CoalitionRecord? = nil, plan: PlanOfApproach?? = .none, activities: [Activity]? = nil,
        agreements: [Agreement]? = nil, year: Int = 2025
    ) -> [CriterionResult] {
        MinimumRequirementsTest.evaluate(
            coalition: coalition ?? self.coalition, plan: plan ?? self.plan,
            activities: activities ?? self.activities, agreements: agreements ?? self.agreements,
            organisations: organisations, year: year)
    }

    func result(_ criterion: MinimumCriterion, _ results: [CriterionResult]) -> CriterionResult {
        results[criterion.rawValue - 1]
    }
}

@Suite struct CoalitieExampleTests {
    let example = CoalitieExample()

    @Test func theMeppelLikeCoalitionMeetsAllNineInOrder() {
        let results = example.evaluate()
        #expect(results.map(\.criterion) == MinimumCriterion.allCases)
        #expect(results.map(\.outcome) == Array(repeating: .voldaan, count: 9), "\(results)")
        #expect(results[0].evidence == "Medisch: Verloskundigenpraktijk Meppel en Isala Meppel. Sociaal: Sociaal team Meppel.")
        #expect(results[1].evidence == "Plan van aanpak 2024–2026, vastgesteld op 15-02-2024.")
        #expect(results[2].evidence == "Vorm: inzet van ervaringsdeskundigen en sleutelfiguren.")
        #expect(results[3].evidence == "Doel: “Kinderwens bespreekbaar maken” (voor de zwangerschap).")
        #expect(results[6].evidence == "Activiteit: “BoekStart voor baby's”.")
        #expect(
            results[7].evidence
                == "Afspraak: “Convenant prenataal huisbezoek” (uitvoeringsniveau, 01-05-2024) tussen Verloskundigenpraktijk Meppel en JGZ Drenthe."
        )
        #expect(results[8].evidence.contains("2025"))
    }

    @Test func valuesRoundTripThroughJSON() throws {
        var coalition = example.coalition
        coalition.monitoringParticipation[2023] = .some(nil)
        let data = try JSONEncoder().encode(coalition)
        #expect(try JSONDecoder().decode(CoalitionRecord.self, from: data) == coalition)
        let plan = example.plan
        let activities = example.activities
        #expect(try JSONDecoder().decode(PlanOfApproach.self, from: JSONEncoder().encode(plan)) == plan)
        #expect(try JSONDecoder().decode([Activity].self, from: JSONEncoder().encode(activities)) == activities)
        let results = example.evaluate()
        #expect(try JSONDecoder().decode([CriterionResult].self, from: JSONEncoder().encode(results)) == results)
    }

    @Test func actionLinesBelongToTheirPhase() {
        #expect(ActionLine.allCases.map(\.phase) == [.voor, .voor, .tijdens, .tijdens, .na, .na, .na])
        #expect(ActionLine.a12.label == "1.2 Nu Niet Zwanger landelijk beschikbaar")
        #expect(Quarter(year: 2024, quarter: 7).label == "Q4 2024")
        #expect(Quarter(year: 2024, quarter: 4) < Quarter(year: 2025, quarter: 1))
        #expect(PlanStep.evaluatie.number == 6 && PlanStep.doelen.number == 3)
    }
}
