import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Coalition demo: the seeds entered faithfully")
struct CoalitionDemoTests {
    let organisations = CoalitionDemo.organisations(now: CoalitieExample.date(2024, 6, 1))

    @Test("Meppel (seed 000): two ambitions, five societal results, eight workgroups, five communication points")
    func meppelSeedFacts() {
        let meppel = CoalitionDemo.meppel
        #expect(meppel.coalition.areaCode == "GM0119")
        #expect(meppel.coalition.kind == .lokaal)
        #expect(meppel.plan.ambitions.count == 2)
        #expect(meppel.plan.ambitions[0].hasPrefix("Professionals uit het sociale en medische domein werken samen"))
        #expect(meppel.plan.societalResults.count == 5)
        #expect(meppel.plan.societalResults[4] == "Vragen van inwoners m.b.t. zorg en ondersteuning worden integraal opgepakt")
        #expect(
            meppel.workgroups.map(\.name) == [
                "Uitvoeren en monitoring uitvoeringsplan", "Samenwerking ziekenhuis", "Zichtbaarheid netwerk Kansrijke Start",
                "Bespreekbaar maken van een kinderwens",
                "Versterken geboortezorg (voorlichtingsavond carrousel en voorlichting aan migrantenouders)",
                "Opzetten breed inloopspreekuur", "Samenwerking huisartsen", "Laaggeletterdheid"
            ])
        #expect(meppel.workgroups.allSatisfy { !$0.actionOwner.isEmpty && !$0.projectGroupContact.isEmpty })
        // The three workgroups whose action owner is outside the project group.
        #expect(meppel.workgroups[2].actionOwnerOrganisationID == MeppelOrg.kinderPraktijk)
        #expect(meppel.workgroups[5].actionOwnerOrganisationID == MeppelOrg.verbalis)
        #expect(meppel.workgroups[7].actionOwnerOrganisationID == MeppelOrg.bibliotheek)
        #expect(
            meppel.activities.map(\.title) == [
                "Jaarlijkse inspiratieavond", "Nieuwsbrief KSM", "Logo Kansrijke Start Meppel",
                "Templates voor posters, folders en flyers", "Zorgkaart Kansrijke Start Meppel"
            ])
        #expect(meppel.points == PharosDemo.meppel)
        #expect(meppel.budget == nil)
        #expect(meppel.plan.goals.allSatisfy { !$0.actionLines.isEmpty })
    }

    @Test("Noord- en Midden-Limburg (seed 003): twelve initiatives with the seed's time frames, four risks, the budget")
    func limburgSeedFacts() {
        let nml = CoalitionDemo.noordMiddenLimburg
        #expect(nml.coalition.areaCode == "nml")
        #expect(nml.coalition.kind == .regionaal)
        #expect(nml.activities.count == 12)
        #expect(
            nml.activities.map { DocumentText.timeFrame($0.quarters, year: 2024) } == [
                "Q1 - Q2", "Q1 - Q2", "Q1 - Q4", "Q1", "Q1 - Q2", "Q1", "Q1 - Q4", "Q3 - Q4", "Q1 + Q4", "Q1 - Q4", "Q1 - Q4", "Q2 - Q4"
            ])
        #expect(nml.activities.allSatisfy { !$0.expectedResult.isEmpty && $0.status == .gepland })
        #expect(nml.activities[4].expectedResult.hasSuffix("gekozen met voorkeur voor de GIZ-methode."))
        #expect(nml.risks.count == 4)
        #expect(
            nml.risks.map(\.responsible) == [
                ["Management van ketenorganisaties"], ["Gemeenten", "Ketenorganisaties", "Programmateam"],
                ["Gemeenten", "Programmateam"], ["Gemeenten", "Programmateam"]
            ])
        #expect(nml.risks.allSatisfy { !$0.mitigation.isEmpty })
        #expect(
            nml.governance.prefix(3).map(\.name) == ["Mandaatgemeente Venlo", "Portefeuillehoudersoverleg (PhO) IZA", "Kerngroep IZA NML"])
        #expect(nml.governance.contains { $0.cadence == "minimaal 2 keer per jaar" })
        #expect(
            nml.workgroups.map(\.name) == [
                "Werkgroep doelgroep", "Werkgroep projectleiders",
                "Overleg beleidsambtenaren Kansrijke Start", "Werkgroep communicatie"
            ])
        #expect(nml.budget == BudgetDemo.nml2024)
        #expect(nml.budget?.linesTotal == Money(euros: 143_700))
        #expect(nml.budget?.grandTotal == Money(euros: 180_000))
    }

    @Test("Apeldoorn (seed 001): the core group by role, the escalation ladder, the mothers' council")
    func apeldoornSeedFacts() {
        let apeldoorn = CoalitionDemo.apeldoorn
        #expect(apeldoorn.coalition.members.count == 8)
        #expect(apeldoorn.coalition.members.map(\.contactRole).contains("voorzitter van het VSV, lid kerngroep"))
        #expect(apeldoorn.coalition.targetGroupInvolvement == [.ouderraad])
        #expect(apeldoorn.agreements.map(\.title).contains { $0.hasPrefix("Escalatieladder") })
        #expect(apeldoorn.organisations.count == 8)
        #expect(apeldoorn.organisations.allSatisfy { $0.demo })
        #expect(Set(apeldoorn.coalition.members.map(\.organisationID)) == Set(apeldoorn.organisations.map(\.id)))
    }

    @Test("members point at existing demo organisations and carry their domain")
    func membersExist() {
        let byID = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0) })
        for demo in CoalitionDemo.all {
            for member in demo.coalition.members {
                let organisation = byID[member.organisationID]
                #expect(organisation != nil, "\(demo.coalition.name): \(member.contactRole)")
                #expect(organisation?.domain == member.domain, "\(demo.coalition.name): \(organisation?.name ?? "?")")
            }
            for agreement in demo.agreements {
                #expect(agreement.isValid)
                #expect(agreement.partyIDs.allSatisfy { byID[$0] != nil })
            }
            let workgroups = Set(demo.workgroups.map(\.id))
            #expect(demo.activities.compactMap(\.workgroupID).allSatisfy { workgroups.contains($0) })
            #expect(!demo.demoNote.isEmpty)
            #expect(demo.plan.goals.count > 0)
        }
    }

    @Test("ids are fixed and unique across the demo coalitions")
    func fixedIDs() {
        #expect(CoalitionDemo.meppel.coalition.id.uuidString == "DEC0A001-0000-4000-8000-000000000001")
        let all = CoalitionDemo.all
        var ids: [UUID] = all.map(\.coalition.id)
        for demo in all {
            ids += demo.plan.goals.map(\.id)
            ids += demo.activities.map(\.id)
            ids += demo.agreements.map(\.id)
            ids += demo.workgroups.map(\.id)
            ids += demo.organisations.map(\.id)
        }
        #expect(Set(ids).count == ids.count)
        let network = Set(NetworkDemo.make(now: Date()).organisations.map(\.id))
        #expect(network.isDisjoint(with: ids))
    }

    @Test("people appear as roles: no personal names from the seeds")
    func noPersonalNames() {
        let names = [
            "Gosker", "Logchem", "Oldengarm", "Brink", "Bloemberg", "Huppes", "Luten", "Kooiker", "Krol",
            "Paarlberg", "Blom-Schakel", "Ezzarfani", "Raedts", "van der Haar"
        ]
        for demo in CoalitionDemo.all {
            let text = String(describing: demo)
            for name in names { #expect(!text.contains(name), "\(demo.coalition.name) names \(name)") }
        }
    }

    @Test("the minimum-requirements test gives Meppel plausible outcomes for 2021")
    func meppelMinimumTest() {
        let meppel = CoalitionDemo.meppel
        let results = MinimumRequirementsTest.evaluate(
            coalition: meppel.coalition, plan: meppel.plan, activities: meppel.activities,
            agreements: meppel.agreements, organisations: organisations, year: 2021)
        #expect(results.map(\.outcome) == [.voldaan, .voldaan, .onbekend, .voldaan, .voldaan, .voldaan, .voldaan, .voldaan, .onbekend])
        #expect(results[0].evidence.contains("Verloskundig Centrum Meppel en de Wolden"))
        #expect(results[0].evidence.contains("Sociaal: Gemeente Meppel"))
        #expect(results[2].evidence.contains("2022"))
        // The plan ran 2021–2022; by 2023 it no longer covers the year.
        let later = MinimumRequirementsTest.evaluate(
            coalition: meppel.coalition, plan: meppel.plan, activities: meppel.activities,
            agreements: meppel.agreements, organisations: organisations, year: 2023)
        #expect(later[1].outcome == .nietVoldaan)
    }

    @Test("the test evaluates the other demo coalitions too")
    func otherMinimumTests() {
        for demo in [CoalitionDemo.noordMiddenLimburg, CoalitionDemo.apeldoorn] {
            let results = MinimumRequirementsTest.evaluate(
                coalition: demo.coalition, plan: demo.plan, activities: demo.activities,
                agreements: demo.agreements, organisations: organisations, year: demo.year)
            #expect(results.count == 9)
            #expect(results[0].outcome == .voldaan)
            #expect(results[7].outcome == .voldaan)
            #expect(results[8].outcome == .onbekend)
        }
    }
}
