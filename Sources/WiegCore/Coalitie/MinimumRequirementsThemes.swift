import Foundation

/// Criteria 4–8 of the minimum-requirements test: goals, language development, agreements.
extension MinimumRequirementsTest {
    static func goalCriterion(_ theme: MinimumTheme, _ plan: PlanOfApproach?) -> (CriterionOutcome, String) {
        guard let plan else { return (.nietVoldaan, "Er is geen plan van aanpak, dus geen doel over \(theme.dutchName).") }
        guard !plan.goals.isEmpty else { return (.nietVoldaan, "Het plan van aanpak heeft nog geen doelen.") }
        let matching = plan.goals.filter { $0.themes.contains(theme) }
        if !matching.isEmpty { return (.voldaan, describe(matching)) }
        let untagged = plan.goals.filter(\.themes.isEmpty).count
        if untagged > 0 {
            let goals = untagged == 1 ? "1 doel heeft" : "\(untagged) doelen hebben"
            return (
                .onbekend, "Geen doel is gekoppeld aan \(theme.dutchName); \(goals) geen thema: controleer of een daarvan hierover gaat."
            )
        }
        return (.nietVoldaan, "Geen van de \(plan.goals.count) doelen gaat over \(theme.dutchName).")
    }

    static func language(
        _ plan: PlanOfApproach?, _ activities: [Activity],
        _ services: [ServiceRecord]
    ) -> (CriterionOutcome, String) {
        let serviceNames = Dictionary(services.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let active = activities.filter(\.isActive)
        let evidence = active.compactMap { activity -> String? in
            if activity.themes.contains(.taalontwikkeling) { return "Activiteit: “\(activity.title)”." }
            let linked = activity.serviceIDs.compactMap { serviceNames[$0] }
            let text = ([activity.title, activity.description] + linked).joined(separator: " ").lowercased()
            guard languageWords.contains(where: text.contains) else { return nil }
            return "Activiteit: “\(activity.title)”" + (linked.isEmpty ? "." : " (aanbod: \(list(linked))).")
        }
        let goals = (plan?.goals ?? []).filter { $0.themes.contains(.taalontwikkeling) }
        if !goals.isEmpty || !evidence.isEmpty {
            return (.voldaan, ((goals.isEmpty ? [] : [describe(goals)]) + evidence).joined(separator: " "))
        }
        let (outcome, text) = goalCriterion(.taalontwikkeling, plan)
        return (outcome, text + " Er is ook geen activiteit over taalontwikkeling (zoals BoekStart).")
    }

    static func agreementCriterion(
        _ agreements: [Agreement],
        _ organisations: [UUID: OrganisationRecord]
    ) -> (CriterionOutcome, String) {
        guard !agreements.isEmpty else { return (.nietVoldaan, "Er zijn geen samenwerkingsafspraken vastgelegd.") }
        let valid = agreements.filter(\.isValid)
        if valid.isEmpty {
            let titles = list(agreements.map { "“\($0.title)”" })
            return (.onbekend, "\(titles) \(agreements.count == 1 ? "telt" : "tellen") niet mee: minder dan twee partijen vastgelegd.")
        }
        return (
            .voldaan,
            valid.map { agreement in
                let parties = list(agreement.distinctPartyIDs.map { organisations[$0]?.name ?? "onbekende organisatie" })
                let date = agreement.date.map { ", \(dutchDate($0))" } ?? ""
                return "Afspraak: “\(agreement.title)” (\(agreement.level.dutchName)\(date)) tussen \(parties)."
            }.joined(separator: " ")
        )
    }

    /// "Doel: “…” (voor de zwangerschap)."
    static func describe(_ goals: [Goal]) -> String {
        goals.map { "Doel: “\($0.text)” (\($0.phase.dutchName))." }.joined(separator: " ")
    }
}
