/// Who may change what in the social map. `scope` is the set of municipality codes the
/// principal works for (its coalition's municipality, or its region's municipalities),
/// resolved by the caller; it is empty for beheerders, partners and professionals.
public enum NetworkPolicy {
    /// Partners edit their own organisation; coordinators and regio teams the
    /// organisations working in their area; beheerders everything.
    public static func canEdit(_ organisation: OrganisationRecord, by principal: Principal?, scope: Set<String>) -> Bool {
        guard let principal else { return false }
        switch principal.role {
        case .beheerder: return true
        case .partner: return principal.organisationID == organisation.id
        case .coordinator, .regio:
            return principal.organisationID == organisation.id || !scope.isDisjoint(with: organisation.workingArea)
        case .professional: return false
        }
    }

    /// A service is edited by whoever may edit its organisation.
    public static func canEdit(
        _ service: ServiceRecord, of organisation: OrganisationRecord, by principal: Principal?,
        scope: Set<String>
    ) -> Bool {
        service.organisationID == organisation.id && canEdit(organisation, by: principal, scope: scope)
    }

    /// New organisations come from the people who keep a coalition's map.
    public static func canCreateOrganisation(_ principal: Principal?) -> Bool {
        guard let role = principal?.role else { return false }
        return [Role.beheerder, .regio, .coordinator].contains(role)
    }

    /// Care paths belong to the coalition of their municipality, or to the regio team.
    public static func canEdit(_ zorgpad: ZorgpadRecord, by principal: Principal?, scope: Set<String>) -> Bool {
        guard let principal else { return false }
        switch principal.role {
        case .beheerder: return true
        case .coordinator, .regio: return scope.contains(zorgpad.areaCode) || zorgpad.areaCode == principal.regionCode
        case .partner, .professional: return false
        }
    }
}
