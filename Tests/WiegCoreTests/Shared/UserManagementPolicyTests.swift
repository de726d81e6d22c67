import Foundation
import Testing
import WiegCore

@Suite("Who manages which accounts")
struct UserManagementPolicyTests {
    let meppel = UUID(), venlo = UUID()

    func actor(_ role: Role, region: String? = nil, coalition: UUID? = nil) -> Principal {
        Principal(userID: UUID(), role: role, regionCode: region, coalitionID: coalition)
    }

    @Test("a beheerder manages everyone and grants every role")
    func beheerder() {
        let admin = actor(.beheerder)
        #expect(UserManagementPolicy.grantableRoles(by: admin) == Role.allCases)
        #expect(UserManagementPolicy.canManage(admin, ScopeFacts(role: .beheerder)))
        #expect(UserManagementPolicy.canManage(admin, ScopeFacts(role: .partner, coalitionID: meppel, coalitionRegionCode: "ggd-drenthe")))
    }

    @Test("a regio user manages its region and the coalitions in it, never a beheerder")
    func regio() {
        let nml = actor(.regio, region: "nml")
        #expect(
            UserManagementPolicy.canManage(
                nml, ScopeFacts(role: .coordinator, regionCode: "nml", coalitionID: venlo, coalitionRegionCode: "nml")))
        #expect(UserManagementPolicy.canManage(nml, ScopeFacts(role: .professional, regionCode: "nml")))
        #expect(
            !UserManagementPolicy.canManage(nml, ScopeFacts(role: .coordinator, coalitionID: meppel, coalitionRegionCode: "ggd-drenthe")))
        #expect(!UserManagementPolicy.canManage(nml, ScopeFacts(role: .beheerder, regionCode: "nml")))
        #expect(!UserManagementPolicy.canCreate(nml, ScopeFacts(role: .beheerder, regionCode: "nml")))
        #expect(
            !UserManagementPolicy.canManage(actor(.regio), ScopeFacts(role: .professional, regionCode: "nml")),
            "a regio account without a region manages nobody")
    }

    @Test("a coordinator manages coordinators and partners of its own coalition only")
    func coordinator() {
        let c = actor(.coordinator, coalition: meppel)
        #expect(UserManagementPolicy.grantableRoles(by: c) == [.coordinator, .partner])
        #expect(UserManagementPolicy.canCreate(c, ScopeFacts(role: .partner, coalitionID: meppel)))
        #expect(!UserManagementPolicy.canCreate(c, ScopeFacts(role: .partner, coalitionID: venlo)))
        #expect(!UserManagementPolicy.canCreate(c, ScopeFacts(role: .regio, coalitionID: meppel)))
        #expect(!UserManagementPolicy.canManage(c, ScopeFacts(role: .professional, regionCode: "ggd-drenthe")))
    }

    @Test("partners and professionals manage nobody", arguments: [Role.partner, .professional])
    func others(_ role: Role) {
        let a = actor(role, region: "nml", coalition: meppel)
        #expect(UserManagementPolicy.grantableRoles(by: a).isEmpty)
        #expect(!UserManagementPolicy.canManage(a, ScopeFacts(role: .partner, coalitionID: meppel)))
    }
}

@Suite("Route access")
struct AccessTests {
    @Test("each access allows exactly the expected roles")
    func allows() {
        let everyone: [Role?] = [nil] + Role.allCases
        #expect(everyone.allSatisfy { Access.everyone.allows($0) })
        #expect(everyone.filter { Access.signedIn.allows($0) } == Role.allCases)
        #expect(everyone.filter { Access.userManagers.allows($0) } == [.beheerder, .regio, .coordinator])
        #expect(everyone.filter { Access.admin.allows($0) } == [.beheerder])
    }

    @Test("the text form is stable, in role order")
    func description() {
        #expect(Access.roles([.coordinator, .beheerder]).description == "beheerder+coordinator")
        #expect(Access.everyone.description == "public")
        #expect(Access.signedIn.description == "signed-in")
    }
}

@Suite("Sessions, throttling and passwords")
struct SessionPolicyTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("idle after 30 minutes, absolute after 12 hours")
    func expiry() {
        let policy = SessionPolicy()
        #expect(policy.expiry(createdAt: start, lastSeenAt: start, now: start.addingTimeInterval(29 * 60)) == nil)
        #expect(policy.expiry(createdAt: start, lastSeenAt: start, now: start.addingTimeInterval(30 * 60)) == .idle)
        let active = start.addingTimeInterval(12 * 3600 - 60)
        #expect(policy.expiry(createdAt: start, lastSeenAt: active, now: active.addingTimeInterval(30)) == nil)
        #expect(policy.expiry(createdAt: start, lastSeenAt: active, now: start.addingTimeInterval(12 * 3600)) == .absolute)
    }

    @Test("ten failures of an account from one address, or thirty from one address, block; failures elsewhere only slow down")
    func throttle() {
        let throttle = LoginThrottle()
        #expect(throttle.decide(.init(accountFromAddress: 9, account: 9, address: 29)) == .allow)
        #expect(throttle.decide(.init(accountFromAddress: 10, account: 10, address: 10)) == .block)
        #expect(throttle.decide(.init(accountFromAddress: 0, account: 0, address: 30)) == .block)
        // Someone else failed 500 times for this account: a clean address is only slowed down.
        #expect(throttle.decide(.init(accountFromAddress: 0, account: 500, address: 0)) == .slowDown)
        #expect(throttle.windowStart(at: start) == start.addingTimeInterval(-900))
    }

    @Test("passwords of at least 12 characters that match their confirmation")
    func passwords() {
        #expect(PasswordPolicy.problem(with: "kort") == .tooShort)
        #expect(PasswordPolicy.Problem.tooShort.dutch == "Kies een wachtwoord van minstens 12 tekens.")
        #expect(PasswordPolicy.problem(with: "lang genoeg hoor", confirmation: "lang genoeg hor") == .mismatch)
        #expect(PasswordPolicy.problem(with: "lang genoeg hoor", confirmation: "lang genoeg hoor") == nil)
        #expect(PasswordPolicy.problem(with: String(repeating: "x", count: 201)) == .tooLong)
    }

    @Test("pages are clamped and counted")
    func pages() {
        let query = PageQuery(number: 0, size: 1000)
        #expect(query.number == 1 && query.size == 200 && query.offset == 0)
        #expect(PageQuery(number: 3, size: 20).offset == 40)
        let page = Paged(items: [1, 2], number: 2, size: 2, total: 5)
        #expect(page.pageCount == 3 && page.hasPrevious && page.hasNext)
        #expect(Paged(items: [Int](), number: 1, size: 50, total: 0).pageCount == 1)
    }
}
