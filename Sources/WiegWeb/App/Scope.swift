import Vapor
import WiegCore
import WiegStore

extension Request {
    /// The area codes a coordinator or regio team works for: its coalition's municipality
    /// (or region with its municipalities), or its region with its municipalities. Empty
    /// for visitors, beheerders (who need no scope), partners and professionals.
    func scopeAreas() async throws -> Set<String> {
        guard let principal else { return [] }
        return try await Scopes.areas(
            role: principal.role, regionCode: principal.regionCode, coalitionID: principal.coalitionID, stores: stores)
    }
}

/// The area codes an account works for (see `Request.scopeAreas`), also outside a request
/// (the weekly summary of overdue checks).
enum Scopes {
    static func areas(role: Role, regionCode: String?, coalitionID: UUID?, stores: Stores) async throws -> Set<String> {
        switch role {
        case .regio:
            guard let region = regionCode else { return [] }
            return Set(try await stores.areas.members(ofRegion: region)).union([region])
        case .coordinator:
            guard let id = coalitionID, let coalition = try await stores.coalitions.find(id) else { return [] }
            var roots: Set<String> = [coalition.areaCode]
            if coalition.kind == .regionaal || AreaCode.kind(of: coalition.areaCode) == .regio {
                roots.formUnion(try await stores.areas.members(ofRegion: coalition.areaCode))
            }
            return roots
        case .beheerder, .partner, .professional:
            return []
        }
    }
}
