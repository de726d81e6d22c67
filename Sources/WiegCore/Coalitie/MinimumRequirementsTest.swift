import Foundation

/// The minimum-requirements test (002): the nine criteria computed from a coalition's data.
///
/// When a criterion is `onbekend` rather than `nietVoldaan`:
/// 1. Medical + social partner: `onbekend` when it is not met but some member's domain is
///    unknown (organisation not in the register, no domain copied). Only the domains
///    `medisch` and `sociaal` count; publieke gezondheid (JGZ, GGD) and others do not.
/// 2. Plan: no plan, or a plan whose period does not cover `year` → `nietVoldaan`; a plan
///    not marked as documented (vastgesteld) → `onbekend`.
/// 3. Involvement: a chosen form → `voldaan`; none but a note → `onbekend` (judge the note);
///    neither → `nietVoldaan`.
/// 4–6. A goal with the theme → `voldaan`. No plan or a plan without goals → `nietVoldaan`.
///    No goal with the theme while some goals have no theme at all → `onbekend` (one of
///    them may be about it); otherwise `nietVoldaan`.
/// 7. Language development: as 4–6, but an active (not stopped) activity also counts when it
///    has the theme, or when its title or description or a linked service's name names
///    BoekStart, voorlezen, VVE or taalontwikkeling. Untagged activities never make it
///    `onbekend` (most activities are about something else); untagged goals do.
/// 8. Agreements: one with two or more distinct parties → `voldaan`; only agreements with
///    fewer parties → `onbekend` (the parties are not all recorded; they do not count);
///    none → `nietVoldaan`.
/// 9. Monitoring: the answer for `year`: true → `voldaan`, false → `nietVoldaan`, none → `onbekend`.
public enum MinimumRequirementsTest {
    /// Words in an activity or service that show attention for language development.
    static let languageWords = ["boekstart", "voorlees", "voorlezen", "vve", "taalontwikkeling"]

    /// The nine criteria, in order.
    public static func evaluate(
        coalition: CoalitionRecord, plan: PlanOfApproach?, activities: [Activity],
        agreements: [Agreement], organisations: [OrganisationRecord], year: Int,
        services: [ServiceRecord] = []
    ) -> [CriterionResult] {
        let names = Dictionary(organisations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return MinimumCriterion.allCases.map { criterion in
            let (outcome, evidence): (CriterionOutcome, String)
            switch criterion {
            case .medischEnSociaal: (outcome, evidence) = partners(coalition, names)
            case .planVanAanpak: (outcome, evidence) = planCriterion(plan, year: year)
            case .doelgroep: (outcome, evidence) = involvement(coalition)
            case .preconceptie, .onbedoeldeZwangerschap, .vroegsignalering:
                (outcome, evidence) = goalCriterion(criterion.theme!, plan)
            case .taalontwikkeling: (outcome, evidence) = language(plan, activities, services)
            case .samenwerkingsafspraken: (outcome, evidence) = agreementCriterion(agreements, names)
            case .monitoring: (outcome, evidence) = monitoring(coalition, year: year)
            }
            return CriterionResult(criterion: criterion, outcome: outcome, evidence: evidence)
        }
    }

    /// The outcome of criterion 1 alone (also used by the step plan).
    static func partners(
        _ coalition: CoalitionRecord,
        _ organisations: [UUID: OrganisationRecord]
    ) -> (CriterionOutcome, String) {
        guard !coalition.members.isEmpty else { return (.nietVoldaan, "Er zijn geen partners vastgelegd.") }
        var medical: [String] = []
        var social: [String] = []
        var unknown: [String] = []
        for member in coalition.members {
            let organisation = organisations[member.organisationID]
            let name = organisation?.name ?? "onbekende organisatie"
            switch organisation?.domain ?? member.domain {
            case .medisch: medical.append(name)
            case .sociaal: social.append(name)
            case nil: unknown.append(name)
            default: break
            }
        }
        var parts = [
            medical.isEmpty ? "Geen partner uit het medisch domein." : "Medisch: \(list(medical)).",
            social.isEmpty ? "Geen partner uit het sociaal domein." : "Sociaal: \(list(social))."
        ]
        if !medical.isEmpty && !social.isEmpty { return (.voldaan, parts.joined(separator: " ")) }
        if !unknown.isEmpty {
            parts.append("Domein onbekend van: \(list(unknown)).")
            return (.onbekend, parts.joined(separator: " "))
        }
        return (.nietVoldaan, parts.joined(separator: " "))
    }

    static func planCriterion(_ plan: PlanOfApproach?, year: Int) -> (CriterionOutcome, String) {
        guard let plan else { return (.nietVoldaan, "Er is geen plan van aanpak.") }
        guard (plan.firstYear...max(plan.firstYear, plan.lastYear)).contains(year) else {
            return (.nietVoldaan, "Het plan van aanpak \(plan.periodLabel) loopt niet in \(year).")
        }
        guard plan.documented else {
            return (.onbekend, "Er is een plan van aanpak \(plan.periodLabel), maar niet vastgelegd dat het is vastgesteld.")
        }
        let when = plan.documentedAt.map { " op \(dutchDate($0))" } ?? ""
        return (.voldaan, "Plan van aanpak \(plan.periodLabel), vastgesteld\(when).")
    }

    static func involvement(_ coalition: CoalitionRecord) -> (CriterionOutcome, String) {
        let note = (coalition.involvementNote ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if !coalition.targetGroupInvolvement.isEmpty {
            let forms = list(coalition.targetGroupInvolvement.map(\.dutchName))
            return (.voldaan, "Vorm: \(forms)." + (note.isEmpty ? "" : " Toelichting: “\(note)”."))
        }
        if !note.isEmpty {
            return (.onbekend, "Geen vorm gekozen; toelichting: “\(note)”. Beoordeel of dit de doelgroep betrekt.")
        }
        return (.nietVoldaan, "Er is geen vorm van het betrekken van de doelgroep vastgelegd.")
    }

    static func monitoring(_ coalition: CoalitionRecord, year: Int) -> (CriterionOutcome, String) {
        switch coalition.monitoring(in: year) {
        case true?: (.voldaan, "De coalitie neemt in \(year) deel aan de RIVM-monitoring Kansrijke Start.")
        case false?: (.nietVoldaan, "De coalitie neemt in \(year) niet deel aan de RIVM-monitoring Kansrijke Start.")
        case nil: (.onbekend, "Voor \(year) is niet vastgelegd of de coalitie deelneemt aan de RIVM-monitoring.")
        }
    }

    /// "A, B en C".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " en " + items.last!
    }
}
