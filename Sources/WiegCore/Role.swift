/// The roles an account can have. There is no role for the public: the public view
/// (network for parents, public figures) needs no login at all.
public enum Role: String, CaseIterable, Codable, Sendable {
    /// Platform administrator: manages everyone and everything.
    case beheerder
    /// Regional programme team: every coalition in its region.
    case regio
    /// Project leader: edits its own coalition.
    case coordinator
    /// Member organisation: reads its coalition, edits its own organisation's entries.
    case partner
    /// Reads the network, including contact details meant for professionals.
    case professional

    public var dutchName: String {
        switch self {
        case .beheerder: "Beheerder"
        case .regio: "Regioteam"
        case .coordinator: "Coördinator"
        case .partner: "Partner"
        case .professional: "Professional"
        }
    }

    public var englishName: String {
        switch self {
        case .beheerder: "Administrator"
        case .regio: "Regional team"
        case .coordinator: "Coordinator"
        case .partner: "Partner"
        case .professional: "Professional"
        }
    }
}
