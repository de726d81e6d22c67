import Foundation

/// Who may read and who may change a coalition's work. Coalition data is not public:
/// the plan, risks and budget are the partners' working material.
/// - beheerder: every coalition;
/// - regio: reads the coalitions its region oversees (and the regional coalition of the
///   region itself); changes only that regional coalition;
/// - coordinator: reads and changes its own coalition;
/// - partner and professional: read their own coalition and those their organisation is a
///   member of;
///   change nothing.
public enum CoalitionPolicy {
    public struct Subject: Sendable, Equatable {
        public var id: UUID
        public var areaCode: String
        public var regionCode: String?
        public var memberOrganisationIDs: Set<UUID>

        public init(id: UUID, areaCode: String, regionCode: String?, memberOrganisationIDs: Set<UUID>) {
            self.id = id
            self.areaCode = areaCode
            self.regionCode = regionCode
            self.memberOrganisationIDs = memberOrganisationIDs
        }
    }

    public static func canRead(_ principal: Principal?, _ coalition: Subject) -> Bool {
        guard let principal else { return false }
        switch principal.role {
        case .beheerder: return true
        case .regio:
            guard let region = principal.regionCode else { return false }
            return coalition.regionCode == region || coalition.areaCode == region
        case .coordinator: return principal.coalitionID == coalition.id
        case .partner:
            // Its own coalition, and only while its organisation is a member of it.
            return principal.coalitionID == coalition.id
                && (principal.organisationID.map(coalition.memberOrganisationIDs.contains) ?? false)
        case .professional:
            return principal.organisationID.map(coalition.memberOrganisationIDs.contains) ?? false
        }
    }

    public static func canEdit(_ principal: Principal?, _ coalition: Subject) -> Bool {
        guard let principal else { return false }
        switch principal.role {
        case .beheerder: return true
        case .regio: return principal.regionCode != nil && coalition.areaCode == principal.regionCode
        case .coordinator: return principal.coalitionID == coalition.id
        case .partner, .professional: return false
        }
    }
}
