import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegWeb

@Suite("Geography import page")
struct GeographyImportWebTests {
    static let bad = """
        code;naam;soort;ouder;leden
        GM0003;Appingedam;gemeente;PV20;
        GM12;Fout;gemeente;PV20;
        WK000301;Centrum;wijk;PV99;
        """

    @Test("a bad file gets a report per line and writes nothing; a good one is checked, then imported", arguments: TestDatabase.allCases)
    func importFlow(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let admin = Browser(app)
            try await admin.login("beheerder@wieg.demo")
            let before = try await AreaRow.query(on: app.db).count()

            let report = try await admin.upload("/beheer/gebieden/import", file: Data(Self.bad.utf8), fields: ["actie": "importeren"])
            #expect(report.status == .unprocessableEntity)
            let html = report.body.string
            #expect(html.contains("2 fout(en)"))
            #expect(html.contains("<td>3</td>") && html.contains("geen geldige gemeentecode"))
            #expect(html.contains("<td>4</td>") && html.contains("PV99"))
            #expect(try await AreaRow.query(on: app.db).count() == before)

            let good = Self.bad.replacingOccurrences(of: "GM12;Fout;gemeente;PV20;\n", with: "")
                .replacingOccurrences(of: "PV99", with: "GM0003")
            let checked = try await admin.upload("/beheer/gebieden/import", file: Data(good.utf8), fields: ["actie": "controleren"])
            #expect(checked.status == .ok)
            #expect(checked.body.string.contains("Er is nog niets opgeslagen"))
            #expect(try await AreaRow.query(on: app.db).count() == before)

            let imported = try await admin.upload("/beheer/gebieden/import", file: Data(good.utf8), fields: ["actie": "importeren"])
            #expect(imported.body.string.contains("Import voltooid: 2 nieuw, 0 bijgewerkt"))
            #expect(try await AreaRow.find("WK000301", on: app.db)?.parentCode == "GM0003")
            #expect(try await AuditEventRow.query(on: app.db).filter(\.$entityID == "GM0003").first()?.actorLabel == "beheerder@wieg.demo")
        }
    }

    @Test("an upload above the size limit gets 413 with a Dutch message")
    func tooLarge() async throws {
        try await withWiegApp(.sqlite, configure: { $0.maxBodyBytes = 2_000 }) { app, _ in
            let admin = Browser(app)
            try await admin.login("beheerder@wieg.demo")
            let big = Data(String(repeating: "GM0119;Meppel;gemeente;PV22;\n", count: 200).utf8)
            let response = try await admin.upload("/beheer/gebieden/import", file: big)
            #expect(response.status == .payloadTooLarge)
            #expect(response.body.string.contains("te groot"))
        }
    }
}
