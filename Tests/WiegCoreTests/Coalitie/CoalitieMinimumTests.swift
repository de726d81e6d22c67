import Foundation
import Testing

@testable import WiegCore

/// Each of the nine criteria met, not met and unknown, with the evidence checked.
@Suite struct CoalitieMinimumTests {
    let example = CoalitieExample()

    private func check(
        _ criterion: MinimumCriterion, _ results: [CriterionResult], _ outcome: CriterionOutcome,
        _ evidence: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let result = example.result(criterion, results)
        #expect(result.outcome == outcome, "\(result)", sourceLocation: sourceLocation)
        #expect(result.evidence == evidence, sourceLocation: sourceLocation)
    }

    @Test func medicalAndSocialPartners() {
        var coalition = example.coalition
        coalition.members = [CoalitionMember(organisation: example.midwives), CoalitionMember(organisation: example.jgz)]
        check(
            .medischEnSociaal, example.evaluate(coalition: coalition), .nietVoldaan,
            "Medisch: Verloskundigenpraktijk Meppel. Geen partner uit het sociaal domein.")
        // An organisation outside the register without a domain: cannot tell.
        coalition.members.append(CoalitionMember(organisationID: UUID(), domain: nil, contactRole: "coördinator"))
        check(
            .medischEnSociaal, example.evaluate(coalition: coalition), .onbekend,
            "Medisch: Verloskundigenpraktijk Meppel. Geen partner uit het sociaal domein. Domein onbekend van: onbekende organisatie.")
        coalition.members = []
        check(.medischEnSociaal, example.evaluate(coalition: coalition), .nietVoldaan, "Er zijn geen partners vastgelegd.")
        // The organisation's current domain wins over the copy on the member.
        coalition.members = [
            CoalitionMember(organisation: example.midwives),
            CoalitionMember(organisationID: example.socialTeam.id, domain: .overig)
        ]
        check(
            .medischEnSociaal, example.evaluate(coalition: coalition), .voldaan,
            "Medisch: Verloskundigenpraktijk Meppel. Sociaal: Sociaal team Meppel.")
    }

    @Test func planOfApproach() {
        check(.planVanAanpak, example.evaluate(plan: .some(nil)), .nietVoldaan, "Er is geen plan van aanpak.")
        var plan = example.plan
        plan.documented = false
        check(
            .planVanAanpak, example.evaluate(plan: plan), .onbekend,
            "Er is een plan van aanpak 2024–2026, maar niet vastgelegd dat het is vastgesteld.")
        check(.planVanAanpak, example.evaluate(year: 2027), .nietVoldaan, "Het plan van aanpak 2024–2026 loopt niet in 2027.")
        plan.documented = true
        plan.documentedAt = nil
        check(.planVanAanpak, example.evaluate(plan: plan), .voldaan, "Plan van aanpak 2024–2026, vastgesteld.")
    }

    @Test func involvingTheTargetGroup() {
        var coalition = example.coalition
        coalition.targetGroupInvolvement = [.ouderraad]
        coalition.involvementNote = "Moederraad twee keer per jaar"
        check(
            .doelgroep, example.evaluate(coalition: coalition), .voldaan,
            "Vorm: ouderraad / moederraad. Toelichting: “Moederraad twee keer per jaar”.")
        coalition.targetGroupInvolvement = []
        check(
            .doelgroep, example.evaluate(coalition: coalition), .onbekend,
            "Geen vorm gekozen; toelichting: “Moederraad twee keer per jaar”. Beoordeel of dit de doelgroep betrekt.")
        coalition.involvementNote = "  "
        check(
            .doelgroep, example.evaluate(coalition: coalition), .nietVoldaan,
            "Er is geen vorm van het betrekken van de doelgroep vastgelegd.")
    }

    @Test(arguments: [MinimumCriterion.preconceptie, .onbedoeldeZwangerschap, .vroegsignalering])
    func goalsForATheme(_ criterion: MinimumCriterion) throws {
        let theme = try #require(criterion.theme)
        var plan = example.plan
        let goal = try #require(plan.goals.first { $0.themes.contains(theme) })
        check(criterion, example.evaluate(plan: plan), .voldaan, "Doel: “\(goal.text)” (\(goal.phase.dutchName)).")
        plan.goals.removeAll { $0.id == goal.id }
        check(criterion, example.evaluate(plan: plan), .nietVoldaan, "Geen van de 2 doelen gaat over \(theme.dutchName).")
        plan.goals.append(Goal(text: "Iets over de eerste 1000 dagen", phase: .na))
        check(
            criterion, example.evaluate(plan: plan), .onbekend,
            "Geen doel is gekoppeld aan \(theme.dutchName); 1 doel heeft geen thema: controleer of een daarvan hierover gaat.")
        plan.goals = []
        check(criterion, example.evaluate(plan: plan), .nietVoldaan, "Het plan van aanpak heeft nog geen doelen.")
        check(
            criterion, example.evaluate(plan: .some(nil)), .nietVoldaan,
            "Er is geen plan van aanpak, dus geen doel over \(theme.dutchName).")
    }

    @Test func languageDevelopmentByGoalActivityOrLinkedService() {
        var plan = example.plan
        plan.goals.append(Goal(text: "Voorlezen stimuleren", phase: .na, actionLines: [.a32], themes: [.taalontwikkeling]))
        check(
            .taalontwikkeling, example.evaluate(plan: plan, activities: []), .voldaan,
            "Doel: “Voorlezen stimuleren” (na de geboorte).")
        let tagged = Activity(title: "Taalrijke kinderopvang", status: .loopt, themes: [.taalontwikkeling])
        check(.taalontwikkeling, example.evaluate(activities: [tagged]), .voldaan, "Activiteit: “Taalrijke kinderopvang”.")
        // A linked service named like BoekStart counts; a stopped activity does not.
        let service = ServiceRecord(id: example.boekStart, organisationID: example.library.id, name: "BoekStart")
        let linked = Activity(title: "Samenwerking bibliotheek", status: .gepland, serviceIDs: [service.id])
        let results = MinimumRequirementsTest.evaluate(
            coalition: example.coalition, plan: example.plan, activities: [linked],
            agreements: [], organisations: example.organisations, year: 2025,
            services: [service])
        check(.taalontwikkeling, results, .voldaan, "Activiteit: “Samenwerking bibliotheek” (aanbod: BoekStart).")
        var stopped = example.activities[0]
        stopped.status = .gestopt
        check(
            .taalontwikkeling, example.evaluate(activities: [stopped]), .nietVoldaan,
            "Geen van de 3 doelen gaat over taalontwikkeling. Er is ook geen activiteit over taalontwikkeling (zoals BoekStart).")
        plan = example.plan
        plan.goals.append(Goal(text: "Ouders toerusten", phase: .na))
        check(
            .taalontwikkeling, example.evaluate(plan: plan, activities: [stopped]), .onbekend,
            "Geen doel is gekoppeld aan taalontwikkeling; 1 doel heeft geen thema: controleer of een daarvan hierover gaat. Er is ook geen activiteit over taalontwikkeling (zoals BoekStart)."
        )
    }

    @Test func agreementsNeedTwoParties() {
        let single = Agreement(title: "Afspraak kraamzorg", level: .beleid, partyIDs: [example.midwives.id, example.midwives.id])
        check(
            .samenwerkingsafspraken, example.evaluate(agreements: [single]), .onbekend,
            "“Afspraak kraamzorg” telt niet mee: minder dan twee partijen vastgelegd.")
        check(
            .samenwerkingsafspraken, example.evaluate(agreements: []), .nietVoldaan,
            "Er zijn geen samenwerkingsafspraken vastgelegd.")
        let board = Agreement(title: "Convenant", level: .bestuurlijk, partyIDs: [example.socialTeam.id, example.hospital.id])
        check(
            .samenwerkingsafspraken, example.evaluate(agreements: [single, board]), .voldaan,
            "Afspraak: “Convenant” (bestuurlijk niveau) tussen Sociaal team Meppel en Isala Meppel.")
    }

    @Test func agreementValidationSpeaksDutch() {
        #expect(Agreement(title: "X", level: .uitvoering, partyIDs: [UUID(), UUID()]).validationMessages() == [])
        let one = Agreement(title: "X", level: .uitvoering, partyIDs: [UUID()])
        #expect(!one.isValid)
        #expect(
            one.validationMessages() == [
                "Een samenwerkingsafspraak heeft ten minste twee verschillende organisaties als partij; nu is er één partij."
            ])
        let none = Agreement(title: " ", level: .beleid, partyIDs: [])
        #expect(
            none.validationMessages() == [
                "Geef de afspraak een titel.",
                "Een samenwerkingsafspraak heeft ten minste twee verschillende organisaties als partij; nu is er geen partij."
            ])
    }

    @Test func monitoringAnswerForTheYear() {
        var coalition = example.coalition
        coalition.monitoringParticipation = [2024: false, 2025: Bool?.none]
        check(
            .monitoring, example.evaluate(coalition: coalition, year: 2024), .nietVoldaan,
            "De coalitie neemt in 2024 niet deel aan de RIVM-monitoring Kansrijke Start.")
        check(
            .monitoring, example.evaluate(coalition: coalition, year: 2025), .onbekend,
            "Voor 2025 is niet vastgelegd of de coalitie deelneemt aan de RIVM-monitoring.")
        check(
            .monitoring, example.evaluate(coalition: coalition, year: 2026), .onbekend,
            "Voor 2026 is niet vastgelegd of de coalitie deelneemt aan de RIVM-monitoring.")
        coalition.monitoringParticipation[2026] = true
        check(
            .monitoring, example.evaluate(coalition: coalition, year: 2026), .voldaan,
            "De coalitie neemt in 2026 deel aan de RIVM-monitoring Kansrijke Start.")
    }
}
