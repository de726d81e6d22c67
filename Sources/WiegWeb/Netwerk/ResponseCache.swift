import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Rendered answers (JSON bodies) by request key, for one network snapshot: the search
/// API answers the same question the same way until the social map changes, and popular
/// questions repeat. Bounded: when full it starts over (no bookkeeping per hit); an entry
/// lives `lifetime` seconds, as freshness labels depend on the date.
final class ResponseCache: @unchecked Sendable {
    private let lock = NIOLock()
    private var entries: [String: (body: ByteBuffer, until: Date)] = [:]
    let capacity: Int
    let lifetime: TimeInterval

    init(capacity: Int, lifetime: TimeInterval = 60) {
        self.capacity = capacity
        self.lifetime = lifetime
    }

    func body(for key: String, now: Date) -> ByteBuffer? {
        guard capacity > 0 else { return nil }
        return lock.withLock {
            guard let entry = entries[key], entry.until > now else { return nil }
            return entry.body
        }
    }

    func store(_ body: ByteBuffer, for key: String, now: Date) {
        guard capacity > 0 else { return }
        lock.withLock {
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = (body, now.addingTimeInterval(lifetime))
        }
    }

    var count: Int { lock.withLock { entries.count } }
}
