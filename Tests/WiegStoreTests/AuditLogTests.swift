import Testing
@testable import WiegStore

@Suite("Audit log")
struct AuditLogTests {
    @Test("changes lists only the keys that differ, booleans in Dutch")
    func changes() {
        let before = #"{"name":"Anna","role":"partner","disabled":false,"regionCode":null}"#
        let after = #"{"name":"Anna","role":"coordinator","disabled":true,"regionCode":"nml"}"#
        let changes = AuditLog.changes(before: before, after: after)
        #expect(changes.map(\.key) == ["disabled", "regionCode", "role"])
        #expect(changes.first { $0.key == "disabled" }.map { ($0.before, $0.after) } ?? ("", "") == ("nee", "ja"))
        #expect(changes.first { $0.key == "regionCode" }?.before == "")
    }

    @Test("a create has only after values")
    func create() {
        let changes = AuditLog.changes(before: nil, after: #"{"code":"GM0119","name":"Meppel"}"#)
        #expect(changes.count == 2)
        #expect(changes.allSatisfy { $0.before.isEmpty })
    }
}
