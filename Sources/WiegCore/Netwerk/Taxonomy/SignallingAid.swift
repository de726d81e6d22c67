import Foundation

/// What the signalling aid found for a set of ticked factors. Nothing of it is stored.
public struct SignallingResult: Sendable, Equatable {
    /// One need the ticked threatening factors point to.
    public struct Match: Sendable, Equatable {
        public let need: NeedTerm
        /// The ticked factors that point to this need, in the order of the factor list.
        public let factorCodes: [String]
        public var count: Int { factorCodes.count }
    }

    /// Needs, most-pointed-to first, then by Dutch name.
    public let matches: [Match]
    /// The ticked threatening and protective factors, in the order of the factor list.
    public let threatening: [RiskFactor]
    public let protective: [RiskFactor]
    /// Ticked codes that are no factor, in the order given.
    public let unknownFactorCodes: [String]
    /// Need codes that ticked factors point to but the taxonomy lacks (an edited list out of step).
    public let unknownNeedCodes: [String]

    /// The need codes in order: what the web layer looks up zorgpaden and services for.
    public var needCodes: [String] { matches.map(\.need.code) }

    /// A short Dutch summary for the professional.
    public var summary: String {
        var lines: [String] = []
        let ticked = threatening.count + protective.count
        let head = ticked == 1 ? "1 factor aangevinkt" : "\(ticked) factoren aangevinkt"
        lines.append(head + " (\(threatening.count) bedreigend, \(protective.count) beschermend).")
        if matches.isEmpty {
            lines.append("Geen behoeften gevonden: er is geen bedreigende factor aangevinkt die naar een behoefte wijst.")
        } else {
            let needs = matches.map { "\($0.need.dutchName) (\($0.count))" }.joined(separator: ", ")
            lines.append("Mogelijke behoeften: \(needs).")
        }
        if !protective.isEmpty {
            lines.append("Beschermend: \(protective.map { $0.dutchName.lowercased() }.joined(separator: "; ")).")
        }
        if !unknownFactorCodes.isEmpty {
            lines.append("Onbekende factorcodes genegeerd: \(unknownFactorCodes.joined(separator: ", ")).")
        }
        if !unknownNeedCodes.isEmpty {
            lines.append("Behoeftecodes niet in de lijst: \(unknownNeedCodes.joined(separator: ", ")).")
        }
        return lines.joined(separator: "\n")
    }
}

/// The gespreksleidraad: a professional ticks factors during a conversation and sees which
/// needs (and so which zorgpaden and services) fit. A pure function; it keeps no record.
public enum SignallingAid {
    /// Maps ticked factor codes to needs. Codes are trimmed; empty and repeated codes are ignored.
    public static func evaluate(
        ticked: [String], factors: [RiskFactor] = RiskFactors.seeded,
        taxonomy: NeedTaxonomy = .seeded
    ) -> SignallingResult {
        var seen = Set<String>()
        var unknown: [String] = []
        for raw in ticked {
            let code = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !code.isEmpty, seen.insert(code).inserted else { continue }
            if !factors.contains(where: { $0.code == code }) { unknown.append(code) }
        }
        let chosen = factors.filter { seen.contains($0.code) }
        let threatening = chosen.filter { $0.polarity == .bedreigend }

        var pointers: [String: [String]] = [:]
        var order: [String] = []
        var unknownNeeds: [String] = []
        for factor in chosen {
            for need in factor.needCodes {
                guard taxonomy.contains(need) else {
                    if !unknownNeeds.contains(need) { unknownNeeds.append(need) }
                    continue
                }
                if pointers[need] == nil { order.append(need) }
                if !(pointers[need]?.contains(factor.code) ?? false) { pointers[need, default: []].append(factor.code) }
            }
        }
        let matches = order.compactMap { code in
            taxonomy.term(code: code).map { SignallingResult.Match(need: $0, factorCodes: pointers[code] ?? []) }
        }.sorted(by: isOrderedBefore)
        return SignallingResult(
            matches: matches, threatening: threatening,
            protective: chosen.filter { $0.polarity == .beschermend },
            unknownFactorCodes: unknown, unknownNeedCodes: unknownNeeds)
    }

    /// More pointing factors first; then by Dutch name (ignoring case and accents); then by code.
    static func isOrderedBefore(_ a: SignallingResult.Match, _ b: SignallingResult.Match) -> Bool {
        if a.count != b.count { return a.count > b.count }
        let names = a.need.dutchName.compare(b.need.dutchName, options: [.caseInsensitive, .diacriticInsensitive])
        if names != .orderedSame { return names == .orderedAscending }
        return a.need.code < b.need.code
    }
}
