import Foundation

extension Money {
    /// Why a typed amount could not be read; `message` is Dutch, one sentence.
    public struct ParseError: Error, Equatable, Sendable {
        public let message: String
        public init(_ message: String) { self.message = message }
    }

    /// Reads an amount as Dutch people and spreadsheets write it: `€ 56.400`, `56400`,
    /// `56.400,50`, `1.234,5`, `€ 56.400,-`, `-12,50`, `€ -12,50`, and `-` for nothing (zero).
    /// The decimal separator is the comma; points (or spaces) group thousands in threes.
    /// Without a comma, a single point followed by one or two digits is read as a decimal
    /// point (`12.5`), because a thousands group always has three digits.
    public init(dutch raw: String) throws(ParseError) {
        let shown = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        var text = shown.replacingOccurrences(of: "\u{00A0}", with: " ")
        guard !text.isEmpty else { throw ParseError("Vul een bedrag in.") }
        if ["-", "–", "€ -", "€-", "€ –"].contains(text) {
            self = .zero
            return
        }

        // Sign and currency symbol, in either order: "-€ 5", "€ -5", "- € 5", "EUR 5".
        var negative = false
        var changed = true
        while changed {
            changed = false
            text = text.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("€") {
                text.removeFirst()
                changed = true
            } else if text.uppercased().hasPrefix("EUR") {
                text.removeFirst(3)
                changed = true
            } else if let first = text.first, first == "-" || first == "–", !negative {
                negative = true
                text.removeFirst()
                changed = true
            }
        }
        if text.hasSuffix(",-") || text.hasSuffix(",--") { text = String(text.prefix(while: { $0 != "," })) }
        guard !text.isEmpty else { throw ParseError("'\(shown)' is geen bedrag.") }
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "," || $0 == " ") }) else {
            throw ParseError("'\(shown)' is geen bedrag: gebruik alleen cijfers, punten en een komma.")
        }

        let commaParts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard commaParts.count <= 2 else { throw ParseError("'\(shown)' heeft meer dan één komma.") }
        var wholePart = String(commaParts[0])
        var fraction = commaParts.count == 2 ? String(commaParts[1]) : ""
        if commaParts.count == 2, fraction.isEmpty { throw ParseError("'\(shown)' heeft geen cijfers achter de komma.") }
        if commaParts.count == 1, let point = wholePart.lastIndex(of: "."),
            wholePart.filter({ $0 == "." }).count == 1, (1...2).contains(wholePart.distance(from: point, to: wholePart.endIndex) - 1)
        {
            fraction = String(wholePart[wholePart.index(after: point)...])
            wholePart = String(wholePart[..<point])
        }
        guard fraction.allSatisfy(\.isNumber) else { throw ParseError("'\(shown)' is geen bedrag.") }
        guard fraction.count <= 2 else {
            throw ParseError("Een bedrag heeft hoogstens twee cijfers achter de komma: '\(shown)'.")
        }
        guard wholePart.filter(\.isNumber).count <= 16 else { throw ParseError("'\(shown)' is te groot voor een bedrag.") }
        guard let euros = Self.wholeEuros(wholePart) else {
            throw ParseError("'\(shown)' is geen bedrag: groepeer duizendtallen per drie cijfers, zoals 56.400.")
        }
        let centsPart = Int64(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0
        let (scaled, overflow1) = euros.multipliedReportingOverflow(by: 100)
        let (total, overflow2) = scaled.addingReportingOverflow(centsPart)
        guard !overflow1, !overflow2 else { throw ParseError("'\(shown)' is te groot voor een bedrag.") }
        self.init(cents: negative ? -total : total)
    }

    /// Digits, or digits grouped in threes by points or spaces (`56.400`, `1 234 567`).
    private static func wholeEuros(_ text: String) -> Int64? {
        guard !text.isEmpty else { return nil }
        if text.allSatisfy(\.isNumber) { return Int64(text) }
        for separator in [".", " "] where text.contains(separator) {
            let groups = text.components(separatedBy: separator)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
                groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) })
            else { continue }
            return Int64(groups.joined())
        }
        return nil
    }
}
