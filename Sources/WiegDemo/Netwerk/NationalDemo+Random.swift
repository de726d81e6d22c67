import Foundation
import WiegCore

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny, fast generator whose whole output is fixed
/// by its seed, so the national demo is the same on every machine and every run. Not for
/// anything secret.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`. Modulo bias is negligible for the small ranges used here, and
    /// unlike `Int.random(in:using:)` the result does not depend on the standard library's
    /// algorithm, which may change between Swift versions.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// The array in a random order (Fisher–Yates with this generator).
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        for i in stride(from: result.count - 1, to: 0, by: -1) { result.swapAt(i, int(0...i)) }
        return result
    }

    /// A random (version 4) UUID built from two draws.
    mutating func uuid() -> UUID {
        let high = next()
        let low = next()
        var b = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            let shift = UInt64(56 - 8 * i)
            b[i] = UInt8(truncatingIfNeeded: high >> shift)
            b[i + 8] = UInt8(truncatingIfNeeded: low >> shift)
        }
        b[6] = (b[6] & 0x0F) | 0x40
        b[8] = (b[8] & 0x3F) | 0x80
        return UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
    }
}
