import Foundation

/// UUIDs that sort in the order they are made (the layout of UUID version 7: the time in
/// milliseconds first, then a counter), for bulk inserts. A random UUID as primary key
/// sends every insert to a random page of the key's index; a national import of 700,000
/// figures then spends most of its time splitting and rewriting index pages. These land
/// at the end of the index instead. Unique as a random UUID is: 18 random bits fixed per
/// generator and a counter that starts at a random value below 2^40 (of 2^56).
struct SequentialUUIDs {
    private var prefix: [UInt8]
    private var counter: UInt64

    init(now: Date = Date()) {
        let ms = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        var rng = SystemRandomNumberGenerator()
        prefix =
            (0..<6).map { UInt8(truncatingIfNeeded: ms >> (8 * (5 - $0))) }
            + [
                0x70 | UInt8.random(in: 0...0x0F, using: &rng), UInt8.random(in: 0...0xFF, using: &rng),
                0x80 | UInt8.random(in: 0...0x3F, using: &rng)
            ]
        counter = UInt64.random(in: 0..<(1 << 40), using: &rng)
    }

    /// The next UUID, greater than every one this generator made before.
    mutating func next() -> UUID {
        counter += 1
        let c = counter
        let p = prefix
        return UUID(
            uuid: (
                p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8],
                UInt8(truncatingIfNeeded: c >> 48), UInt8(truncatingIfNeeded: c >> 40), UInt8(truncatingIfNeeded: c >> 32),
                UInt8(truncatingIfNeeded: c >> 24), UInt8(truncatingIfNeeded: c >> 16), UInt8(truncatingIfNeeded: c >> 8),
                UInt8(truncatingIfNeeded: c)
            ))
    }
}
