/// The seven national action lines of Kansrijke Start (001), each within one phase.
/// Raw values are the codes the documents use ("1.1" … "3.3").
public enum ActionLine: String, CaseIterable, Codable, Sendable, Comparable {
    case a11 = "1.1"
    case a12 = "1.2"
    case a21 = "2.1"
    case a22 = "2.2"
    case a31 = "3.1"
    case a32 = "3.2"
    case a33 = "3.3"

    /// The phase of the first 1000 days the action line belongs to.
    public var phase: Phase {
        switch self {
        case .a11, .a12: .voor
        case .a21, .a22: .tijdens
        case .a31, .a32, .a33: .na
        }
    }

    public var dutchName: String {
        switch self {
        case .a11: "kwetsbare ouders met een kinderwens ondersteunen"
        case .a12: "Nu Niet Zwanger landelijk beschikbaar"
        case .a21: "beter signaleren van (niet-medische) problemen"
        case .a22: "eerder de juiste hulp"
        case .a31: "flexibele contactmomenten JGZ"
        case .a32: "laagdrempelige opvoedondersteuning"
        case .a33: "zeer jonge kwetsbare ouders ondersteunen"
        }
    }

    public var englishName: String {
        switch self {
        case .a11: "support vulnerable parents with a wish for a child"
        case .a12: "Nu Niet Zwanger available nationwide"
        case .a21: "better signalling of (non-medical) problems"
        case .a22: "the right help earlier"
        case .a31: "flexible JGZ contact moments"
        case .a32: "low-threshold parenting support"
        case .a33: "support very young vulnerable parents"
        }
    }

    /// "1.1 kwetsbare ouders met een kinderwens ondersteunen".
    public var label: String { "\(rawValue) \(dutchName)" }

    public static func < (lhs: ActionLine, rhs: ActionLine) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The themes the minimum-requirements test asks a coalition to have a goal (or,
/// for language development, attention) for (002, criteria 4–7).
public enum MinimumTheme: String, CaseIterable, Codable, Sendable {
    case preconceptie
    case onbedoeldeZwangerschap = "onbedoelde-zwangerschap"
    case vroegsignalering
    case taalontwikkeling

    public var dutchName: String {
        switch self {
        case .preconceptie: "goed voorbereid zijn op zwangerschap (preconceptionele gezondheid)"
        case .onbedoeldeZwangerschap: "minder onbedoelde zwangerschappen"
        case .vroegsignalering: "beter en eerder signaleren van een hulp- of steunvraag"
        case .taalontwikkeling: "taalontwikkeling"
        }
    }

    public var englishName: String {
        switch self {
        case .preconceptie: "well prepared for pregnancy (preconception health)"
        case .onbedoeldeZwangerschap: "fewer unintended pregnancies"
        case .vroegsignalering: "better and earlier signalling of a need for help or support"
        case .taalontwikkeling: "language development"
        }
    }
}
