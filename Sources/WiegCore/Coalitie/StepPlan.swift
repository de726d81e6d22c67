import Foundation

/// Derives a coalition's position in the local step plan (002) from its data.
///
/// Start steps: 1 a project leader is set; 2 members from the medical and the social domain
/// (criterion 1 of the minimum test); 3 a starting situation documented with figures;
/// 4 at least one agreement with two or more parties; 5 an active activity linked to one
/// or more services of the network; 6 an evaluation done (any year).
/// Under-way steps, for `year`: 1 a situation documented with figures dated in `year`;
/// 2 the evaluation of `year` done; 3 a documented plan with goals, documented in `year` or later.
public enum StepPlan {
    public static func position(
        coalition: CoalitionRecord, plan: PlanOfApproach?, activities: [Activity],
        agreements: [Agreement], organisations: [OrganisationRecord],
        situations: [StartingSituation], evaluations: [Evaluation], year: Int
    ) -> StepPosition {
        let byID = Dictionary(organisations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let leader = (coalition.projectLeader ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let (partners, partnerEvidence) = MinimumRequirementsTest.partners(coalition, byID)
        let documented = situations.filter(\.documentedWithFigures)
        let agreementsValid = agreements.filter(\.isValid)
        let linked = activities.filter { $0.isActive && !$0.serviceIDs.isEmpty }
        let evaluated = evaluations.filter(\.done).map(\.year).sorted()
        let snapshot = documented.first { $0.date.map(year(of:)) == year }
        let evaluatedThisYear = evaluated.contains(year)
        let goalsReset = plan.map { $0.documented && !$0.goals.isEmpty && ($0.documentedAt.map(year(of:)) ?? 0) >= year } ?? false

        return StepPosition(steps: [
            StepStatus(
                step: .projectleider, done: !leader.isEmpty,
                evidence: leader.isEmpty ? "Er is geen projectleider vastgelegd." : "Projectleider: \(leader).",
                missing: "Leg vast wie de projectleider (trekker) van de coalitie is."),
            StepStatus(
                step: .coalitie, done: partners == .voldaan, evidence: partnerEvidence,
                missing: "Voeg ten minste één partner uit het medisch en één uit het sociaal domein toe."),
            StepStatus(
                step: .startsituatie, done: !documented.isEmpty,
                evidence: situationEvidence(documented.first, count: situations.count),
                missing: "Breng de startsituatie in kaart met cijfers (perinatale kerncijfers, GGD-monitors)."),
            StepStatus(
                step: .netwerk, done: !agreementsValid.isEmpty,
                evidence: agreementsValid.isEmpty
                    ? "Er is nog geen samenwerkingsafspraak met twee of meer partijen."
                    : "Afspraken: \(MinimumRequirementsTest.list(agreementsValid.map { "“\($0.title)”" })).",
                missing: "Maak een samenwerkingsafspraak tussen ten minste twee organisaties."),
            StepStatus(
                step: .interventies, done: !linked.isEmpty,
                evidence: linked.isEmpty
                    ? "Geen lopende activiteit is gekoppeld aan aanbod uit het netwerk."
                    : "Activiteiten met aanbod: \(MinimumRequirementsTest.list(linked.map { "“\($0.title)”" })).",
                missing: "Koppel een activiteit aan de interventies (aanbod) die worden ingezet."),
            StepStatus(
                step: .evaluatie, done: !evaluated.isEmpty,
                evidence: evaluated.isEmpty
                    ? "Er is nog geen evaluatie gedaan."
                    : "Geëvalueerd in \(MinimumRequirementsTest.list(evaluated.map(String.init))).",
                missing: "Evalueer de aanpak (indicatorenset lokale monitoring) en leg dat vast."),
            StepStatus(
                step: .foto, done: snapshot != nil,
                evidence: snapshot.flatMap(\.date).map { "Tussentijdse foto met cijfers van \(dutchDate($0))." }
                    ?? "Er is in \(year) geen tussentijdse foto met cijfers gemaakt.",
                missing: "Maak een tussentijdse foto van \(year) met cijfers (analysetool, kerncijfers)."),
            StepStatus(
                step: .monitoring, done: evaluatedThisYear,
                evidence: evaluatedThisYear ? "De aanpak is in \(year) geëvalueerd." : "De aanpak is in \(year) niet geëvalueerd.",
                missing: "Evalueer in \(year) de aanpak en de resultaten met de coalitie."),
            StepStatus(
                step: .doelen, done: goalsReset,
                evidence: goalsReset
                    ? "De doelen zijn in \(year) (opnieuw) vastgesteld."
                    : "De doelen zijn in \(year) niet (opnieuw) vastgesteld.",
                missing: "Stel op basis van de foto en de evaluatie de doelen (opnieuw) vast.")
        ])
    }

    static func year(of date: Date) -> Int { Calendar.dutch.component(.year, from: date) }

    static func situationEvidence(_ situation: StartingSituation?, count: Int) -> String {
        guard let situation else {
            return count == 0 ? "De startsituatie is niet vastgelegd." : "De startsituatie is vastgelegd zonder cijfers."
        }
        let date = situation.date.map { " op \(dutchDate($0))" } ?? ""
        let codes = situation.indicatorCodes.isEmpty ? "" : " (indicatoren: \(situation.indicatorCodes.joined(separator: ", ")))"
        return "Startsituatie met cijfers vastgelegd\(date)\(codes)."
    }
}
