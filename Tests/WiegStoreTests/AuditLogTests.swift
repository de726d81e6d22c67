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

    @Test("nested values are compared leaf by leaf, arrays numbered from 1 in reading order")
    func nested() {
        let before = #"{"year":2026,"lines":[{"component":"A","amount":{"cents":100}}],"outOfPocket":[]}"#
        let after =
            #"{"year":2026,"lines":[{"component":"A","amount":{"cents":250}},{"component":"B","amount":{"cents":1}}],"outOfPocket":[{"description":"Drukwerk"}]}"#
        let changes = AuditLog.changes(before: before, after: after)
        #expect(changes.map(\.key) == ["lines.1.amount.cents", "lines.2.amount.cents", "lines.2.component", "outOfPocket.1.description"])
        #expect(changes.first { $0.key == "lines.1.amount.cents" }.map { [$0.before, $0.after] } == ["100", "250"])
        #expect(changes.first { $0.key == "outOfPocket.1.description" }.map { [$0.before, $0.after] } == ["", "Drukwerk"])
        #expect(AuditLog.keyOrder("lines.2.x", "lines.10.x") && !AuditLog.keyOrder("lines.10.x", "lines.2.x"))
    }
}
