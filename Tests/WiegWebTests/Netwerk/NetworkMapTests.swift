import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegDemo
@testable import WiegWeb

@Suite("The map of the network")
struct NetworkMapTests {
    @Test(
        "a municipality's or region's help on its outline, numbered as in the table beside it, filtered by need; public services only",
        arguments: TestDatabase.allCases)
    func map(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let visitor = Browser(app)
            #expect(try await visitor.get("/netwerk/kaart").body.string.contains("Kies een gemeente of regio om de kaart te zien."))
            let meppel = try await visitor.get("/netwerk/kaart?gebied=GM0119").body.string
            #expect(meppel.contains("<svg") && meppel.contains("class=\"kaart netwerkkaart\"") && meppel.contains("<circle"))
            let dots = meppel.components(separatedBy: "<circle").count - 1
            let rows = meppel.components(separatedBy: "<tr><td>").count - 1
            #expect(dots > 3 && dots == rows, "\(dots) dots, \(rows) rows")
            #expect(meppel.contains("<title>1. ") && meppel.contains("<td>1</td>") && meppel.contains("href=\"tel:"))
            // The need narrows it.
            let debts = try await visitor.get("/netwerk/kaart?gebied=GM0119&behoefte=schulden").body.string
            let fewer = debts.components(separatedBy: "<circle").count - 1
            #expect(fewer > 0 && fewer < dots)
            // A region shows its municipalities' help.
            let region = try await visitor.get("/netwerk/kaart?gebied=nml").body.string
            #expect(region.contains("Sociaal wijkteam Venlo") && !region.contains("Schuldhulpverlening gemeente Meppel"))
            // Reached from the organisations and the professionals' search.
            #expect(try await visitor.get("/organisaties").body.string.contains("href=\"/netwerk/kaart\""))
        }
    }
}
