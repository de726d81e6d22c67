import Foundation
import Testing

@testable import WiegCore

/// The step-plan position of an empty, a half-built and a complete coalition.
@Suite struct CoalitieStepPlanTests {
    let example = CoalitieExample()

    private func position(
        coalition: CoalitionRecord, plan: PlanOfApproach?, activities: [Activity] = [],
        agreements: [Agreement] = [], situations: [StartingSituation] = [],
        evaluations: [Evaluation] = []
    ) -> StepPosition {
        StepPlan.position(
            coalition: coalition, plan: plan, activities: activities, agreements: agreements,
            organisations: example.organisations, situations: situations, evaluations: evaluations, year: 2025)
    }

    @Test func anEmptyCoalitionStandsAtStepOne() {
        let result = position(coalition: CoalitionRecord(name: "Nieuw", areaCode: "GM0119", projectLeader: " "), plan: nil)
        #expect(result.steps.map(\.step) == PlanStep.allCases)
        #expect(result.steps.allSatisfy { !$0.done })
        #expect(result.current == .projectleider && result.track == .start)
        #expect(result.missingForNext == "Leg vast wie de projectleider (trekker) van de coalitie is.")
        #expect(result.status(of: .projectleider)?.evidence == "Er is geen projectleider vastgelegd.")
        #expect(result.status(of: .startsituatie)?.evidence == "De startsituatie is niet vastgelegd.")
        #expect(result.status(of: .evaluatie)?.evidence == "Er is nog geen evaluatie gedaan.")
    }

    @Test func aHalfBuiltCoalitionNeedsAgreementsNext() {
        // Leader, partners and a starting situation; only a one-party agreement; activities without services.
        let single = Agreement(title: "Intentie", level: .beleid, partyIDs: [example.midwives.id])
        let result = position(
            coalition: example.coalition, plan: example.plan,
            activities: [Activity(title: "Nieuwsbrief", status: .loopt)], agreements: [single],
            situations: [
                StartingSituation(documentedWithFigures: false),
                StartingSituation(
                    documentedWithFigures: true, indicatorCodes: ["big2"],
                    date: CoalitieExample.date(2022, 6, 1))
            ])
        #expect(result.steps.map(\.done) == [true, true, true, false, false, false, false, false, false])
        #expect(result.current == .netwerk && result.track == .start)
        #expect(result.missingForNext == "Maak een samenwerkingsafspraak tussen ten minste twee organisaties.")
        #expect(result.status(of: .projectleider)?.evidence == "Projectleider: beleidsadviseur gemeente Meppel.")
        #expect(result.status(of: .projectleider)?.missing == nil)
        #expect(result.status(of: .startsituatie)?.evidence == "Startsituatie met cijfers vastgelegd op 01-06-2022 (indicatoren: big2).")
        #expect(result.status(of: .interventies)?.evidence == "Geen lopende activiteit is gekoppeld aan aanbod uit het netwerk.")
        // Under-way steps are only current once the start track is done.
        #expect(result.status(of: .foto)?.done == false)
    }

    @Test func aCompleteCoalitionHasDoneEveryStep() {
        var plan = example.plan
        plan.documentedAt = CoalitieExample.date(2025, 11, 1)
        let situations = [
            StartingSituation(documentedWithFigures: true, date: CoalitieExample.date(2022, 6, 1)),
            StartingSituation(documentedWithFigures: true, date: CoalitieExample.date(2025, 3, 10))
        ]
        let evaluations = [Evaluation(year: 2024, done: true), Evaluation(year: 2025, done: true)]
        let result = position(
            coalition: example.coalition, plan: plan, activities: example.activities,
            agreements: example.agreements, situations: situations, evaluations: evaluations)
        #expect(result.steps.allSatisfy { $0.done }, "\(result.steps.filter { !$0.done })")
        #expect(result.current == nil && result.missingForNext == nil && result.track == .onderweg)
        #expect(result.status(of: .interventies)?.evidence == "Activiteiten met aanbod: “BoekStart voor baby's”.")
        #expect(result.status(of: .evaluatie)?.evidence == "Geëvalueerd in 2024 en 2025.")
        #expect(result.status(of: .foto)?.evidence == "Tussentijdse foto met cijfers van 10-03-2025.")
    }

    @Test func underWayTheNextStepIsTheFirstOpenOneOfTheYear() {
        // All start steps done (evaluated in 2024), but nothing yet in 2025.
        let result = position(
            coalition: example.coalition, plan: example.plan, activities: example.activities,
            agreements: example.agreements,
            situations: [StartingSituation(documentedWithFigures: true, date: CoalitieExample.date(2022, 6, 1))],
            evaluations: [Evaluation(year: 2024, done: true), Evaluation(year: 2025, done: false)])
        #expect(result.track == .onderweg && result.current == .foto)
        #expect(result.missingForNext == "Maak een tussentijdse foto van 2025 met cijfers (analysetool, kerncijfers).")
        #expect(result.status(of: .monitoring)?.evidence == "De aanpak is in 2025 niet geëvalueerd.")
        #expect(result.status(of: .doelen)?.evidence == "De doelen zijn in 2025 niet (opnieuw) vastgesteld.")
    }
}
