import Foundation
import WiegCore

extension CoalitionDemo {
    /// Kansrijke Start Meppel, plan of April 2021 (seed 000).
    public static let meppel = DemoCoalition(
        coalition: meppelCoalition, plan: meppelPlan, activities: meppelActivities, agreements: meppelAgreements,
        workgroups: meppelWorkgroups, risks: [], governance: [], budget: nil, points: PharosDemo.meppel,
        organisations: [], year: 2021, source: "000 (Kansrijke Start Meppel, april 2021)",
        demoNote: """
            Uit de bron: de projectgroep (verloskundige, jeugdverpleegkundigen en beleidsadviseur Icare JGZ, \
            beleidsregisseur sociaal domein), het inspiratieplatform, de twee ambities, de vijf maatschappelijke \
            resultaten, de acht werkgroepen, de communicatiepunten, de afspraak met Icare en de 10 punten. \
            Personen staan als rol. Bedacht of afgeleid: de startdatum (de inspiratieavond van november 2019), de \
            dag van vaststelling (1 april 2021), de dag van de werkgroepafspraak (werksessie januari 2020), de doelen en hun actielijnen en thema's (afgeleid uit de \
            ambities en werkgroepen; bijlage 2 met de activiteiten per actielijn staat niet in de brontekst), de \
            kwartalen en status van de communicatiepunten, de keuze welke netwerkorganisaties lid zijn en de \
            rol van de actie-eigenaar van werkgroep 4 (in de bron alleen een naam). RIVM-monitoring: onbekend.
            """)

    static let meppelCoalition = CoalitionRecord(
        id: coalitionID(1), name: "Kansrijke Start Meppel", kind: .lokaal, areaCode: NetworkDemo.meppel,
        startDate: date(2019, 11, 1), projectLeader: "beleidsregisseur sociaal domein gemeente Meppel (projectgroep)",
        members: [
            CoalitionMember(
                organisationID: MeppelOrg.verloskundigCentrum, domain: .medisch, contactRole: "verloskundige, lid projectgroep"),
            CoalitionMember(
                organisationID: MeppelOrg.icareJGZ, domain: .publiekeGezondheid,
                contactRole: "jeugdverpleegkundigen en beleidsadviseur, leden projectgroep"),
            CoalitionMember(
                organisationID: MeppelOrg.gemeente, domain: .sociaal, contactRole: "beleidsregisseur sociaal domein, lid projectgroep"),
            CoalitionMember(
                organisationID: MeppelOrg.ggdDrenthe, domain: .publiekeGezondheid,
                contactRole: "coördinator Nu Niet Zwanger, lid projectgroep"),
            CoalitionMember(organisationID: MeppelOrg.kinderopvang, domain: .onderwijsOpvang, contactRole: "lid inspiratieplatform"),
            CoalitionMember(
                organisationID: MeppelOrg.bibliotheek, domain: .onderwijsOpvang,
                contactRole: "lid inspiratieplatform, actie-eigenaar werkgroep Laaggeletterdheid"),
            CoalitionMember(organisationID: MeppelOrg.lvbZorg, domain: .sociaal, contactRole: "lid inspiratieplatform"),
            CoalitionMember(
                organisationID: MeppelOrg.kinderPraktijk, domain: .medisch,
                contactRole: "lid inspiratieplatform, actie-eigenaar werkgroep Zichtbaarheid netwerk"),
            CoalitionMember(
                organisationID: MeppelOrg.verbalis, domain: .medisch,
                contactRole: "lid inspiratieplatform, actie-eigenaar werkgroep Breed inloopspreekuur"),
            CoalitionMember(
                organisationID: MeppelOrg.leefstijlcoaches, domain: .medisch, contactRole: "leefstijlcoach, lid inspiratieplatform"),
            CoalitionMember(
                organisationID: MeppelOrg.ziekenhuis, domain: .medisch, contactRole: "partner werkgroep Samenwerking ziekenhuis"),
            CoalitionMember(
                organisationID: MeppelOrg.huisartsen, domain: .medisch, contactRole: "partner werkgroep Samenwerking huisartsen")
        ],
        targetGroupInvolvement: [],
        involvementNote:
            "Betrek de mensen om wie het gaat: dit punt moeten we nog (beter) oppakken; een thema dat we in 2022 willen oppakken.")

    static let meppelPlan = PlanOfApproach(
        firstYear: 2021, lastYear: 2022,
        ambitions: [
            "Professionals uit het sociale en medische domein werken samen en weten elkaars expertise in te zetten op casusniveau, zonder organisatiebelang. Ze doen wat nodig is om ouders en kinderen een stap verder te zetten in een goede start.",
            "Het proactieve netwerk medisch en sociaal domein (met onderling korte lijntjes) is duidelijk zicht- en vindbaar voor (aanstaande) ouders. Zowel aan de voorkant (kinderwens), als waar nodig tijdens de eerste 1000 dagen. Hierdoor zijn ouders zich bewust van de noodzaak/wens gezond zwanger te worden en (een goede voorbereiding op) het ouderschap. Eigen regie en eigen (veer)kracht van de ouders zijn hierin leidend."
        ],
        societalResults: [
            "Jeugdigen groeien gezond en veilig op en kunnen hun talenten ontwikkelen. Zij gaan naar school of hebben een zinvolle dagbesteding en behalen een passend diploma.",
            "Het aanbod en de levering van de benodigde zorg en ondersteuning wordt zo georganiseerd dat deze gefinancierd kan worden uit de beschikbare middelen",
            "Ouders zijn in staat om hun kinderen mee te kunnen laten doen in de samenleving, ze zijn duurzaam in staat zichzelf financieel te redden",
            "Inwoners ontvangen passende zorg en ondersteuning die aansluit bij hun mogelijkheden en beperkingen",
            "Vragen van inwoners m.b.t. zorg en ondersteuning worden integraal opgepakt"
        ],
        goals: [
            Goal(
                id: goalID(1),
                text:
                    "Ouders zijn zich bewust van de noodzaak/wens gezond zwanger te worden en van een goede voorbereiding op het ouderschap",
                phase: .voor, actionLines: [.a11], themes: [.preconceptie]),
            Goal(
                id: goalID(2), text: "Een kinderwens is bespreekbaar (werkgroep Bespreekbaar maken van een kinderwens)",
                phase: .voor, actionLines: [.a11, .a12], themes: [.onbedoeldeZwangerschap]),
            Goal(
                id: goalID(3),
                text: "De geboortezorg is versterkt met een voorlichtingsavond carrousel en voorlichting aan migrantenouders",
                phase: .tijdens, actionLines: [.a21]),
            Goal(
                id: goalID(4),
                text: "Professionals van ziekenhuis, huisartsen, verloskundigen en JGZ weten elkaars expertise op casusniveau in te zetten",
                phase: .tijdens, actionLines: [.a21, .a22], themes: [.vroegsignalering]),
            Goal(
                id: goalID(5), text: "Het netwerk Kansrijke Start is zicht- en vindbaar voor (aanstaande) ouders en professionals",
                phase: .tijdens, actionLines: [.a22]),
            Goal(
                id: goalID(6), text: "Ouders kunnen terecht op een breed inloopspreekuur",
                phase: .na, actionLines: [.a32]),
            Goal(
                id: goalID(7),
                text:
                    "Laaggeletterdheid van (aanstaande) ouders wordt herkend en aangepakt, met aandacht voor de taalontwikkeling van het kind",
                phase: .na, actionLines: [.a32], themes: [.taalontwikkeling])
        ],
        documented: true, documentedAt: date(2021, 4, 1))
}
