import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Coalitie: the working data and who may see it")
struct CoalitionWorkTests {
    @Test("the NML demo becomes working data: four risks, the governance layers with kinds and cadence, the budget")
    func limburgWork() throws {
        let work = CoalitionDemo.noordMiddenLimburg.work
        #expect(work.risks.count == 4)
        #expect(Set(work.risks.map(\.id)).count == 4)
        #expect(work.risks.map(\.id) == CoalitionDemo.noordMiddenLimburg.work.risks.map(\.id), "ids are stable")
        let pho = try #require(work.governance.first { $0.name.hasPrefix("Portefeuillehoudersoverleg") })
        #expect(pho.kind == .portefeuillehoudersoverleg)
        let meeting = try #require(work.governance.first { $0.name.hasPrefix("Bestuurlijke bijeenkomst") })
        #expect(meeting.kind == .bestuurlijkeBijeenkomst && meeting.requiredMeetingsPerYear == 2)
        #expect(work.budget(2024)?.grandTotal.cents == 180_000_00)
        #expect(work.years.contains(2024))
    }

    @Test("cadence text: a number before 'keer per jaar' is the required count; anything else is none")
    func cadence() {
        #expect(DemoCoalition.meetingsPerYear("minimaal 2 keer per jaar") == 2)
        #expect(DemoCoalition.meetingsPerYear("4 keer per jaar, op dinsdag") == 4)
        #expect(DemoCoalition.meetingsPerYear("wordt met regelmaat bijgepraat") == 0)
        #expect(DemoCoalition.meetingsPerYear("per jaar") == 0)
    }

    @Test("Meppel's step position and test come from its data; a closed year counts as an evaluation")
    func meppelPosition() {
        var work = CoalitionDemo.meppel.work
        let organisations = CoalitionDemo.organisations(now: Date(timeIntervalSince1970: 1_700_000_000))
        let before = work.stepPosition(year: 2021, organisations: organisations)
        #expect(before.steps.first { $0.step == .projectleider }?.done == true, "project leader set")
        #expect(work.minimumTest(year: 2021, organisations: organisations).count == 9)
        let evaluatedBefore = before.steps.filter { $0.step.track == .onderweg && $0.done }.count
        work.closedYears = [ClosedYear(year: 2021, activities: [])]
        let after = work.stepPosition(year: 2021, organisations: organisations)
        #expect(after.steps.filter { $0.step.track == .onderweg && $0.done }.count >= evaluatedBefore)
    }

    @Test(
        "coordinators see their own coalition, regio teams their region's, partners only their own coalition while their organisation is a member"
    )
    func policy() {
        let meppel = CoalitionPolicy.Subject(id: UUID(), areaCode: "GM0119", regionCode: "ggd-drenthe", memberOrganisationIDs: [])
        let org = UUID()
        let venlo = CoalitionPolicy.Subject(id: UUID(), areaCode: "GM0983", regionCode: "nml", memberOrganisationIDs: [org])
        let nml = CoalitionPolicy.Subject(id: UUID(), areaCode: "nml", regionCode: "nml", memberOrganisationIDs: [])
        let admin = Principal(userID: UUID(), role: .beheerder)
        let meppelCoordinator = Principal(userID: UUID(), role: .coordinator, coalitionID: meppel.id)
        let regio = Principal(userID: UUID(), role: .regio, regionCode: "nml")
        let partner = Principal(userID: UUID(), role: .partner, coalitionID: venlo.id, organisationID: org)
        // A partner of Venlo whose organisation is also a Meppel member still reads only Venlo.
        let meppelToo = CoalitionPolicy.Subject(id: meppel.id, areaCode: "GM0119", regionCode: "ggd-drenthe", memberOrganisationIDs: [org])
        #expect(!CoalitionPolicy.canRead(partner, meppelToo))
        // A partner whose organisation left its coalition reads it no more.
        let left = CoalitionPolicy.Subject(id: venlo.id, areaCode: "GM0983", regionCode: "nml", memberOrganisationIDs: [])
        #expect(!CoalitionPolicy.canRead(partner, left))
        #expect(CoalitionPolicy.canRead(admin, venlo) && CoalitionPolicy.canEdit(admin, venlo))
        #expect(CoalitionPolicy.canRead(meppelCoordinator, meppel) && CoalitionPolicy.canEdit(meppelCoordinator, meppel))
        #expect(!CoalitionPolicy.canRead(meppelCoordinator, venlo) && !CoalitionPolicy.canEdit(meppelCoordinator, venlo))
        #expect(CoalitionPolicy.canRead(regio, venlo) && !CoalitionPolicy.canEdit(regio, venlo))
        #expect(CoalitionPolicy.canRead(regio, nml) && CoalitionPolicy.canEdit(regio, nml))
        #expect(!CoalitionPolicy.canRead(regio, meppel))
        #expect(CoalitionPolicy.canRead(partner, venlo) && !CoalitionPolicy.canEdit(partner, venlo))
        #expect(!CoalitionPolicy.canRead(partner, meppel))
        #expect(!CoalitionPolicy.canRead(nil, meppel) && !CoalitionPolicy.canEdit(nil, meppel))
    }
}
