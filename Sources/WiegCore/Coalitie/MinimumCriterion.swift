import Foundation

/// The nine criteria of the "Toets minimale eisen lokale coalitie Kansrijke Start" (002), in order.
public enum MinimumCriterion: Int, CaseIterable, Codable, Sendable {
    case medischEnSociaal = 1
    case planVanAanpak, doelgroep, preconceptie, onbedoeldeZwangerschap,
        vroegsignalering, taalontwikkeling, samenwerkingsafspraken, monitoring

    /// A short Dutch label.
    public var dutchName: String {
        switch self {
        case .medischEnSociaal: "Samenwerking medisch en sociaal domein"
        case .planVanAanpak: "Plan van aanpak"
        case .doelgroep: "Betrekken van de doelgroep"
        case .preconceptie: "Doel: goed voorbereid op zwangerschap"
        case .onbedoeldeZwangerschap: "Doel: minder onbedoelde zwangerschappen"
        case .vroegsignalering: "Doel: beter en eerder signaleren"
        case .taalontwikkeling: "Aandacht voor taalontwikkeling"
        case .samenwerkingsafspraken: "Samenwerkingsafspraken"
        case .monitoring: "Deelname aan RIVM-monitoring"
        }
    }

    /// The requirement as the checklist words it.
    public var requirement: String {
        switch self {
        case .medischEnSociaal: "Tenminste samenwerking tussen een partij uit het medisch domein en een partij uit het sociaal domein."
        case .planVanAanpak: "Tenminste een plan van aanpak."
        case .doelgroep: "Tenminste een vorm van het betrekken van de doelgroep om wie het gaat."
        case .preconceptie: "Tenminste een doel gericht op goed voorbereid zijn op zwangerschap."
        case .onbedoeldeZwangerschap: "Tenminste een doel gericht op minder onbedoelde zwangerschappen."
        case .vroegsignalering: "Tenminste een doel gericht op het beter en eerder signaleren van een hulp- of steunvraag."
        case .taalontwikkeling: "Tenminste aandacht voor taalontwikkeling."
        case .samenwerkingsafspraken: "Tenminste één of meerdere samenwerkingsafspraken op uitvoerings-, beleids- of bestuurlijk niveau."
        case .monitoring: "Tenminste deelname aan RIVM-monitoring Kansrijke Start."
        }
    }

    /// The theme a goal must have for criteria 4–7.
    public var theme: MinimumTheme? {
        switch self {
        case .preconceptie: .preconceptie
        case .onbedoeldeZwangerschap: .onbedoeldeZwangerschap
        case .vroegsignalering: .vroegsignalering
        case .taalontwikkeling: .taalontwikkeling
        default: nil
        }
    }
}

/// The outcome of one criterion. `onbekend` means the data cannot tell (an open
/// answer, or data that may hide the answer), which is not the same as `nietVoldaan`.
public enum CriterionOutcome: String, CaseIterable, Codable, Sendable {
    case voldaan
    case nietVoldaan = "niet-voldaan"
    case onbekend

    public var dutchName: String {
        switch self {
        case .voldaan: "voldaan"
        case .nietVoldaan: "niet voldaan"
        case .onbekend: "onbekend"
        }
    }

    public var englishName: String {
        switch self {
        case .voldaan: "met"
        case .nietVoldaan: "not met"
        case .onbekend: "unknown"
        }
    }
}

/// One criterion's outcome with the evidence (Dutch) it rests on.
public struct CriterionResult: Sendable, Equatable, Codable {
    public var criterion: MinimumCriterion
    public var outcome: CriterionOutcome
    public var evidence: String

    public init(criterion: MinimumCriterion, outcome: CriterionOutcome, evidence: String) {
        self.criterion = criterion
        self.outcome = outcome
        self.evidence = evidence
    }
}

/// Dutch date "12-03-2024" in the Dutch calendar.
func dutchDate(_ date: Date) -> String {
    let parts = Calendar.dutch.dateComponents([.day, .month, .year], from: date)
    func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "??" }
    return "\(two(parts.day))-\(two(parts.month))-\(parts.year ?? 0)"
}
