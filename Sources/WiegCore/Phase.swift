/// The three phases of the first 1000 days (action lines 1.x, 2.x, 3.x).
public enum Phase: String, CaseIterable, Codable, Sendable {
    case voor, tijdens, na

    public var dutchName: String {
        switch self {
        case .voor: "voor de zwangerschap"
        case .tijdens: "tijdens de zwangerschap"
        case .na: "na de geboorte"
        }
    }

    public var englishName: String {
        switch self {
        case .voor: "before pregnancy"
        case .tijdens: "during pregnancy"
        case .na: "after birth"
        }
    }
}
