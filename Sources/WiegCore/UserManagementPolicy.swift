/// Who may manage which accounts. A beheerder manages everyone; a regio user the
/// accounts in its region (and of the coalitions in it); a coordinator those of its
/// own coalition. Nobody else manages accounts. Pure, so it is tested without a server.
public enum UserManagementPolicy {
    /// The roles `actor` may give to an account it creates or edits.
    public static func grantableRoles(by actor: Principal) -> [Role] {
        switch actor.role {
        case .beheerder: Role.allCases
        case .regio: [.regio, .coordinator, .partner, .professional]
        case .coordinator: [.coordinator, .partner]
        case .partner, .professional: []
        }
    }

    /// Whether `actor` may see and change the account described by `target`.
    public static func canManage(_ actor: Principal, _ target: ScopeFacts) -> Bool {
        switch actor.role {
        case .beheerder:
            return true
        case .regio:
            guard let region = actor.regionCode, target.role != .beheerder else { return false }
            return target.regionCode == region || target.coalitionRegionCode == region
        case .coordinator:
            guard let coalition = actor.coalitionID else { return false }
            return [.coordinator, .partner].contains(target.role) && target.coalitionID == coalition
        case .partner, .professional:
            return false
        }
    }

    /// Whether `actor` may create an account with these facts: the role must be
    /// grantable and the new account must land inside the actor's own scope.
    public static func canCreate(_ actor: Principal, _ target: ScopeFacts) -> Bool {
        grantableRoles(by: actor).contains(target.role) && canManage(actor, target)
    }
}
