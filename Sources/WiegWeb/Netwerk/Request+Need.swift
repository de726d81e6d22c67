import Vapor
import WiegCore

extension Request {
    /// The `behoefte` filter: a code of the (editable) needs taxonomy.
    func needParameter(_ network: NetworkCache.Snapshot) throws -> String? {
        try apiCode("behoefte", maxLength: 60, known: network.taxonomy.contains, listedAt: "/api/v1/behoeften")
    }
}
