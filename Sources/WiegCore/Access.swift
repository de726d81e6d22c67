/// What a route requires of the one who asks. Every route in Wieg declares one; a
/// route without one is not served (deny by default). Checks of *scope* (which
/// region, coalition or organisation) happen on top of this, per request.
public enum Access: Sendable, Equatable, CustomStringConvertible {
    /// Anyone, signed in or not.
    case everyone
    /// Any signed-in account.
    case signedIn
    /// Signed-in accounts with one of these roles.
    case roles(Set<Role>)

    public func allows(_ role: Role?) -> Bool {
        switch self {
        case .everyone: true
        case .signedIn: role != nil
        case .roles(let allowed): role.map(allowed.contains) ?? false
        }
    }

    /// A stable text form, used in the route table (`public`, `signed-in`, `beheerder+regio`).
    public var description: String {
        switch self {
        case .everyone: "public"
        case .signedIn: "signed-in"
        case .roles(let set): Role.allCases.filter(set.contains).map(\.rawValue).joined(separator: "+")
        }
    }

    /// Roles that manage accounts (each within its own scope).
    public static let userManagers: Access = .roles([.beheerder, .regio, .coordinator])
    public static let admin: Access = .roles([.beheerder])
    /// Roles that write stories (tellen en vertellen).
    public static let storyWriters: Access = .roles([.beheerder, .regio, .coordinator, .partner])
}
