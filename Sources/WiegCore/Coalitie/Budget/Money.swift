import Foundation

/// An exact euro amount in whole cents. No floating point anywhere: budgets must add
/// up to the cent, so amounts are integers and every total is a sum of integers.
public struct Money: Sendable, Hashable, Comparable, Codable {
    /// The amount in euro cents (negative for a refund or correction).
    public let cents: Int64

    public init(cents: Int64) { self.cents = cents }

    /// Whole euros: `Money(euros: 56_400)` is € 56.400,00.
    public init(euros: Int64) { self.cents = euros * 100 }

    public static let zero = Money(cents: 0)

    public var isNegative: Bool { cents < 0 }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
    public static prefix func - (value: Money) -> Money { Money(cents: -value.cents) }

    // Codable as a bare number of cents, so JSON carries exact integers.
    public init(from decoder: Decoder) throws {
        cents = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(cents)
    }
}

extension Sequence where Element == Money {
    /// The exact sum; `.zero` for an empty sequence.
    public func sum() -> Money { reduce(.zero, +) }
}

extension Money {
    /// Dutch notation with cents: `€ 56.400,00`, `€ -1.234,50`.
    public var formatted: String { format(alwaysCents: true) }

    /// Dutch notation without `,00` for whole euros: `€ 56.400`; cents stay: `€ 1.234,50`.
    public var compact: String { format(alwaysCents: false) }

    private func format(alwaysCents: Bool) -> String {
        let magnitude = cents.magnitude
        let euros = magnitude / 100
        let rest = magnitude % 100
        var digits = String(euros)
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let sign = cents < 0 ? "-" : ""
        let fraction = (alwaysCents || rest != 0) ? "," + (rest < 10 ? "0" : "") + String(rest) : ""
        return "€ " + sign + grouped + fraction
    }
}

extension Money: CustomStringConvertible {
    public var description: String { formatted }
}
