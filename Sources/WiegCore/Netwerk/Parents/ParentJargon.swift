import Foundation

/// Words professionals use that parents do not (or that label them): the parents' pages
/// never show a service name that holds one. A service with such a name needs a name in
/// parents' words (`ServiceRecord.parentName`); the service form says so.
public enum ParentJargon {
    /// Lowercased; a term matches a whole word, or the start of a word when it ends in "*".
    public static let terms: [String] = [
        "ggz", "jgz", "lvb", "vve", "poh", "pop-poli", "risico-overleg", "risicoverleg", "risicosignalering*",
        "kwetsbare", "kwetsbaar", "prenata*", "postnata*", "perinata*", "preconcept*", "casuïstiek", "multidisciplina*",
        "interventie*", "signalering*", "indicatie*", "zorgmijd*", "doelgroep*", "cliënt*", "ketenaanpak", "ketenpartner*",
        "triage", "eerstelijns", "tweedelijns", "laaggeletterd*", "statushouder*", "verstandelijke beperking", "mdo"
    ]

    /// The jargon in `text`, as written there (empty when there is none).
    public static func found(in text: String) -> [String] {
        let lower = text.lowercased()
        let words = lower.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") }).map(String.init)
        var result: [String] = []
        for term in terms {
            if term.contains(" ") {
                if lower.contains(term) { result.append(term) }
            } else if term.hasSuffix("*") {
                let stem = String(term.dropLast())
                if let word = words.first(where: { $0.hasPrefix(stem) || $0.split(separator: "-").contains { $0.hasPrefix(stem) } }) {
                    result.append(word)
                }
            } else if words.contains(where: { $0 == term || $0.split(separator: "-").contains(Substring(term)) }) {
                result.append(term)
            }
        }
        return result
    }
}

extension ServiceRecord {
    /// The name parents see: their own name for it when there is one.
    public var nameForParents: String { parentName.isEmpty ? name : parentName }
}
