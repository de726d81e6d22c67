import Foundation
import Testing

@testable import WiegCore

@Suite struct NetworkPolicyTests {
    let org = OrganisationRecord(name: "GGD Drenthe", type: .ggd, workingArea: ["GM0119", "GM0114"])
    let other = OrganisationRecord(name: "Welzijn Venlo", type: .welzijn, workingArea: ["GM0983"])

    func principal(_ role: Role, organisation: UUID? = nil, region: String? = nil) -> Principal {
        Principal(userID: UUID(), role: role, regionCode: region, organisationID: organisation)
    }

    @Test func partnersEditOnlyTheirOwnOrganisation() {
        let partner = principal(.partner, organisation: org.id)
        #expect(NetworkPolicy.canEdit(org, by: partner, scope: []))
        #expect(!NetworkPolicy.canEdit(other, by: partner, scope: ["GM0983"]))
        let service = ServiceRecord(organisationID: org.id, name: "Prenataal huisbezoek")
        #expect(NetworkPolicy.canEdit(service, of: org, by: partner, scope: []))
        // A service claimed for the wrong organisation is not editable through it.
        #expect(!NetworkPolicy.canEdit(service, of: other, by: principal(.beheerder), scope: []))
    }

    @Test func coordinatorsEditWhatWorksInTheirArea() {
        let coordinator = principal(.coordinator)
        #expect(NetworkPolicy.canEdit(org, by: coordinator, scope: ["GM0119"]))
        #expect(!NetworkPolicy.canEdit(other, by: coordinator, scope: ["GM0119"]))
        #expect(NetworkPolicy.canCreateOrganisation(coordinator))
        #expect(!NetworkPolicy.canCreateOrganisation(principal(.partner)))
    }

    @Test func professionalsAndVisitorsOnlyRead() {
        #expect(!NetworkPolicy.canEdit(org, by: principal(.professional, organisation: org.id), scope: ["GM0119"]))
        #expect(!NetworkPolicy.canEdit(org, by: nil, scope: ["GM0119"]))
        #expect(NetworkPolicy.canEdit(other, by: principal(.beheerder), scope: []))
    }

    @Test func zorgpadenBelongToTheirArea() {
        let path = ZorgpadRecord(areaCode: "GM0119", needCode: "schulden", title: "Geldzorgen")
        let regional = ZorgpadRecord(areaCode: "nml", needCode: "schulden", title: "Geldzorgen NML")
        #expect(NetworkPolicy.canEdit(path, by: principal(.coordinator), scope: ["GM0119"]))
        #expect(!NetworkPolicy.canEdit(path, by: principal(.coordinator), scope: ["GM0983"]))
        #expect(NetworkPolicy.canEdit(regional, by: principal(.regio, region: "nml"), scope: ["GM0983"]))
        #expect(!NetworkPolicy.canEdit(path, by: principal(.partner, organisation: org.id), scope: ["GM0119"]))
    }
}

@Suite struct FreshnessTests {
    let calendar = Calendar.dutch

    func date(_ y: Int, _ m: Int, _ d: Int) -> Date {
        calendar.date(from: DateComponents(year: y, month: m, day: d, hour: 12))!
    }

    @Test func sixMonthsAsksForACheckTwelveIsStale() {
        let now = date(2026, 11, 23)
        #expect(Freshness.of(lastVerified: date(2026, 6, 1), now: now) == .actueel)
        #expect(Freshness.of(lastVerified: date(2026, 5, 23), now: now) == .controleren)
        #expect(Freshness.of(lastVerified: date(2025, 11, 24), now: now) == .controleren)
        #expect(Freshness.of(lastVerified: date(2025, 11, 23), now: now) == .verouderd)
        #expect(Freshness.of(lastVerified: nil, now: now) == .verouderd)
    }
}
