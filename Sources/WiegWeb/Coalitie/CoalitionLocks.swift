import Foundation
import Vapor

/// One writer per coalition inside this instance, before the database's coalition lock is
/// asked for: twenty concurrent edits then hold one pooled connection waiting for the lock,
/// not eight (which starved the pool under load). Across instances the row lock still rules.
actor CoalitionLocks {
    private var held: Set<UUID> = []
    private var waiting: [UUID: [CheckedContinuation<Void, Never>]] = [:]

    func acquire(_ id: UUID) async {
        guard held.insert(id).inserted else {
            await withCheckedContinuation { waiting[id, default: []].append($0) }
            return  // handed over by `release`, still held
        }
    }

    func release(_ id: UUID) {
        guard var queue = waiting[id], !queue.isEmpty else {
            held.remove(id)
            return
        }
        let next = queue.removeFirst()
        waiting[id] = queue.isEmpty ? nil : queue
        next.resume()
    }

    func withLock<R: Sendable>(_ id: UUID, _ body: @Sendable () async throws -> R) async throws -> R {
        await acquire(id)
        do {
            let result = try await body()
            release(id)
            return result
        } catch {
            release(id)
            throw error
        }
    }
}

struct CoalitionLocksKey: StorageKey { typealias Value = CoalitionLocks }

extension Application {
    /// Made once in `configure`, so concurrent requests never race to create it.
    var coalitionLocks: CoalitionLocks {
        guard let locks = storage[CoalitionLocksKey.self] else { fatalError("configure(_:_:) was not called") }
        return locks
    }
}
