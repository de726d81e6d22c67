import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Goal and plan forms")
struct GoalPlanFormTests {
    let id = UUID()

    func goalIssues(_ fields: [String: String]) -> [String: String] {
        Dictionary(
            GoalForm.check(fields: fields, id: id).issues.map { ($0.column ?? "", $0.message) }, uniquingKeysWith: { $0 + " | " + $1 })
    }

    func planIssues(_ fields: [String: String]) -> [String: String] {
        Dictionary(PlanForm.check(fields: fields).issues.map { ($0.column ?? "", $0.message) }, uniquingKeysWith: { $0 + " | " + $1 })
    }

    @Test("a Meppel goal with two action lines and a theme; fields(goal) → check gives it back, origin kept")
    func validGoal() throws {
        let goal = try #require(
            GoalForm.check(
                fields: [
                    "tekst": "Een kinderwens is bespreekbaar", "fase": "voor de zwangerschap",
                    "actielijnen": "1.2\n1.1, 1.1", "themas": "onbedoelde-zwangerschap"
                ], id: id
            ).record)
        #expect(
            goal
                == Goal(
                    id: id, text: "Een kinderwens is bespreekbaar", phase: .voor, actionLines: [.a11, .a12],
                    themes: [.onbedoeldeZwangerschap]))
        let origin = Origin(
            coalitionID: UUID(), coalitionName: "Kansrijke Start Meppel", itemKind: .doel, itemID: UUID(),
            copiedOn: Date(timeIntervalSince1970: 0))
        let copied = Goal(id: id, text: "VoorZorg uitbreiden", phase: .na, actionLines: [.a33], themes: [], origin: origin)
        #expect(GoalForm.check(fields: GoalForm.fields(copied), id: id, existing: copied).record == copied)
        for goal in CoalitionDemo.all.flatMap(\.plan.goals) {
            #expect(GoalForm.check(fields: GoalForm.fields(goal), id: goal.id).record == goal)
        }
    }

    @Test("every goal field's problem names the field")
    func invalidGoal() {
        let base = ["tekst": "Doel", "fase": "na", "actielijnen": "3.2"]
        func with(_ key: String, _ value: String) -> [String: String] { base.merging([key: value]) { $1 } }
        #expect(goalIssues(with("tekst", "")) == ["tekst": "Vul de tekst van het doel in."])
        #expect(
            goalIssues(with("tekst", String(repeating: "d", count: 4001)))
                == ["tekst": "De tekst van het doel is te lang (hoogstens 4000 tekens, nu 4001)."])
        #expect(goalIssues(with("fase", "")) == ["fase": "Kies de fase."])
        #expect(goalIssues(with("fase", "later")) == ["fase": "'later' is geen geldige keuze voor de fase; kies uit voor, tijdens, na."])
        #expect(goalIssues(with("actielijnen", "")) == ["actielijnen": "Kies ten minste één actielijn (1.1 tot en met 3.3)."])
        #expect(
            goalIssues(with("actielijnen", "3.4")) == [
                "actielijnen": "Actielijn '3.4' bestaat niet; kies uit 1.1, 1.2, 2.1, 2.2, 3.1, 3.2, 3.3."
            ])
        #expect(
            goalIssues(with("actielijnen", "3.2, 2.1"))
                == ["actielijnen": "Actielijn 2.1 hoort bij de fase tijdens de zwangerschap, niet bij na de geboorte."])
        #expect(
            goalIssues(with("themas", "boekstart"))
                == [
                    "themas":
                        "Thema 'boekstart' bestaat niet; kies uit preconceptie, onbedoelde-zwangerschap, vroegsignalering, taalontwikkeling."
                ])
    }

    @Test("a plan period with ambitions and results one per line; goals kept from the existing plan")
    func validPlan() throws {
        let existing = CoalitionDemo.meppel.plan
        let plan = try #require(
            PlanForm.check(
                fields: [
                    "eerste-jaar": "2024", "laatste-jaar": " 2026 ",
                    "ambities": "Eén\n\n  Twee  ", "maatschappelijke-resultaten": "Gezond opgroeien",
                    "vastgesteld": "on", "vastgesteld-op": "2024-01-15"
                ], existing: existing
            ).record)
        #expect(plan.firstYear == 2024 && plan.lastYear == 2026 && plan.ambitions == ["Eén", "Twee"])
        #expect(plan.societalResults == ["Gezond opgroeien"] && plan.goals == existing.goals && plan.documented)
        #expect(plan.documentedAt == Calendar.dutch.date(from: DateComponents(year: 2024, month: 1, day: 15)))
        let concept = try #require(PlanForm.check(fields: ["eerste-jaar": "2024", "laatste-jaar": "2024"]).record)
        #expect(!concept.documented && concept.ambitions.isEmpty && concept.goals.isEmpty && concept.periodLabel == "2024")
        for demo in CoalitionDemo.all {
            var plan = demo.plan
            plan.documentedAt = plan.documentedAt.map { Calendar.dutch.startOfDay(for: $0) }
            #expect(PlanForm.check(fields: PlanForm.fields(plan), existing: plan).record == plan)
        }
    }

    @Test("every plan field's problem names the field")
    func invalidPlan() {
        let base = ["eerste-jaar": "2024", "laatste-jaar": "2026"]
        func with(_ key: String, _ value: String) -> [String: String] { base.merging([key: value]) { $1 } }
        #expect(planIssues(with("eerste-jaar", "")) == ["eerste-jaar": "Vul het eerste jaar in."])
        #expect(planIssues(with("eerste-jaar", "24")) == ["eerste-jaar": "'24' is geen jaar; vul een jaar van 2000 tot en met 2100 in."])
        #expect(planIssues(with("laatste-jaar", "2023")) == ["laatste-jaar": "Het laatste jaar (2023) ligt vóór het eerste jaar (2024)."])
        #expect(planIssues(with("laatste-jaar", "2040")) == ["laatste-jaar": "Een planperiode is hoogstens 10 jaar; nu 17."])
        #expect(
            planIssues(with("ambities", "Kort\n" + String(repeating: "a", count: 4001)))
                == ["ambities": "Ambitie 2 is te lang (hoogstens 4000 tekens, nu 4001)."])
        #expect(
            planIssues(with("maatschappelijke-resultaten", String(repeating: "r", count: 4001)))
                == ["maatschappelijke-resultaten": "Resultaat 1 is te lang (hoogstens 4000 tekens, nu 4001)."])
        #expect(
            planIssues(with("vastgesteld", "misschien")) == [
                "vastgesteld": "'misschien' is geen antwoord voor vastgesteld; kies ja of nee."
            ])
        #expect(planIssues(with("vastgesteld-op", "31-02-2024")) == ["vastgesteld-op": "De datum '31-02-2024' bestaat niet."])
        #expect(
            planIssues(with("vastgesteld-op", "gisteren"))
                == ["vastgesteld-op": "'gisteren' is geen datum; schrijf jjjj-mm-dd of dd-mm-jjjj, bijvoorbeeld 2024-03-14."])
        #expect(
            planIssues(base.merging(["vastgesteld": "nee", "vastgesteld-op": "01-01-2024"]) { $1 })
                == ["vastgesteld-op": "Er is een datum van vaststelling, maar het plan is niet als vastgesteld aangevinkt."])
    }
}
