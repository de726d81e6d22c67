import Testing

@testable import WiegCore

@Suite struct AreaCodeTests {
    @Test(arguments: [
        ("NL", AreaKind.land),
        ("PV20", .provincie), ("PV22", .provincie), ("PV31", .provincie),
        ("GM0119", .gemeente), ("GM1900", .gemeente),
        ("WK011901", .wijk),
        ("PC4-7942", .pc4), ("PC4-1000", .pc4),
        ("zuidwest-drenthe", .regio), ("a1", .regio)
    ])
    func validCodes(code: String, kind: AreaKind) {
        #expect(AreaCode.kind(of: code) == kind)
    }

    @Test(arguments: [
        "", "NLD", "PV19", "PV32", "PV2", "PVxx", "GM12", "GM01190", "GMabcd",
        "WK0119", "WK01190A", "PC4-0999", "PC4-79421", "PC47942", "7942",
        "Regio", "-regio", "regio-", "r", "1regio", "regio_x"
    ])
    func invalidCodes(code: String) {
        #expect(AreaCode.kind(of: code) == nil)
    }

    @Test func regionSlugs() {
        #expect(AreaCode.isRegionSlug("zuidwest-drenthe"))
        #expect(AreaCode.isRegionSlug(String(repeating: "a", count: 40)))
        #expect(!AreaCode.isRegionSlug(String(repeating: "a", count: 41)))
        #expect(!AreaCode.isRegionSlug("ab-"))
        #expect(!AreaCode.isRegionSlug("Zuidwest"))
        #expect(!AreaCode.isRegionSlug("zuid west"))
        #expect(!AreaCode.isRegionSlug("zuidwést"))
    }

    @Test func parentKinds() {
        #expect(AreaKind.land.parentKind == nil)
        #expect(AreaKind.regio.parentKind == nil)
        #expect(AreaKind.provincie.parentKind == .land)
        #expect(AreaKind.gemeente.parentKind == .provincie)
        #expect(AreaKind.wijk.parentKind == .gemeente)
        #expect(AreaKind.pc4.parentKind == .gemeente)
        #expect(AreaCode.pc4(7942) == "PC4-7942")
    }

    @Test("codes from other sources are written the way Wieg writes them")
    func normalised() {
        #expect(AreaCode.normalised(" gm0119 ") == "GM0119")
        #expect(AreaCode.normalised("wk011901") == "WK011901")
        #expect(AreaCode.normalised("7942") == "PC4-7942")
        #expect(AreaCode.normalised("pc4-7942") == "PC4-7942")
        #expect(AreaCode.normalised("0942") == "0942")
        #expect(AreaCode.normalised("noord-en-midden-limburg") == "noord-en-midden-limburg")
        #expect(AreaCode.normalised("nl") == "NL")
    }
}
