/// The eight life domains of R4U (Rotterdam Reproductive Risk Reduction), the checklist many
/// birth-care and JGZ professionals use to look broadly at a (future) parent's situation.
/// Every need term and every TNO factor belongs to one of them.
public enum NeedDomain: String, CaseIterable, Codable, Sendable {
    case gezinssituatie
    case werkEnInkomen = "werk-en-inkomen"
    case communicatieEnOpleiding = "communicatie-en-opleiding"
    case leefstijl
    case vorigeZwangerschappen = "vorige-zwangerschappen"
    case huidigeZwangerschap = "huidige-zwangerschap"
    case mentaalWelzijn = "mentaal-welzijn"
    case hechtingEnOuderschap = "hechting-en-ouderschap"

    /// The stable code (kebab-case Dutch), as used in imports, URLs and the API.
    public var code: String { rawValue }

    public var dutchName: String {
        switch self {
        case .gezinssituatie: "gezinssituatie"
        case .werkEnInkomen: "werk en inkomen"
        case .communicatieEnOpleiding: "communicatie en opleiding"
        case .leefstijl: "leefstijl"
        case .vorigeZwangerschappen: "vorige zwangerschap(pen)"
        case .huidigeZwangerschap: "huidige zwangerschap"
        case .mentaalWelzijn: "mentaal welzijn"
        case .hechtingEnOuderschap: "hechting en ouderschap"
        }
    }

    public var englishName: String {
        switch self {
        case .gezinssituatie: "family situation"
        case .werkEnInkomen: "work and income"
        case .communicatieEnOpleiding: "communication and education"
        case .leefstijl: "lifestyle"
        case .vorigeZwangerschappen: "previous pregnancy (pregnancies)"
        case .huidigeZwangerschap: "current pregnancy"
        case .mentaalWelzijn: "mental well-being"
        case .hechtingEnOuderschap: "attachment and parenthood"
        }
    }
}
