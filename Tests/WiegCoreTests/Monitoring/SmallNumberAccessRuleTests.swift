import Foundation
import Testing
import WiegCore

@Suite("Who sees small numbers: the rule")
struct SmallNumberAccessRuleTests {
    let local = UUID()
    let regional = UUID()

    func access(_ principal: Principal?) async throws -> SmallNumberAccess {
        let (local, regional) = (local, regional)
        return try await SmallNumberAccess.of(
            principal,
            coalition: { id in
                switch id {
                case local: ("GM0119", .lokaal)
                case regional: ("RG-NML", .regionaal)
                default: nil
                }
            },
            members: { $0 == "RG-NML" || $0 == "nml" ? ["GM0983", "GM1507"] : [] })
    }

    @Test(
        "the beheerder everywhere; a regio team its region and members; a coordinator or partner its coalition's area (with members when regional); nobody else"
    )
    func byRole() async throws {
        let user = UUID()
        #expect(try await access(Principal(userID: user, role: .beheerder)) == .all)
        #expect(try await access(Principal(userID: user, role: .regio, regionCode: "nml")) == .areas(["nml", "GM0983", "GM1507"]))
        #expect(try await access(Principal(userID: user, role: .regio)) == .none)
        #expect(try await access(Principal(userID: user, role: .coordinator, coalitionID: local)) == .areas(["GM0119"]))
        #expect(
            try await access(Principal(userID: user, role: .partner, coalitionID: regional, organisationID: UUID()))
                == .areas(["RG-NML", "GM0983", "GM1507"]))
        #expect(try await access(Principal(userID: user, role: .coordinator, coalitionID: UUID())) == .none)
        #expect(try await access(Principal(userID: user, role: .coordinator)) == .none)
        #expect(try await access(Principal(userID: user, role: .professional, regionCode: "nml")) == .none)
        #expect(try await access(nil) == .none)
    }
}
