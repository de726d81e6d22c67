import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegWeb

@Suite("Monitoring: the funnel plot page")
struct FunnelControllerTests {
    @Test(
        "Meppel's PC4 areas as a funnel: SVG with a data table and CSV; small numbers hidden in public, shown to a coordinator with a warning"
    )
    func funnel() async throws {
        try await withWiegApp(.sqlite) { app, _ in
            let anonymous = Browser(app)
            let page = try await anonymous.get("/indicatoren/BIG2/trechter?niveau=pc4&gebied=GM0119")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("<svg") && html.contains("role=\"img\"") && html.contains("<table"))
            #expect(html.contains("PC4-7942") || html.contains("7942"))
            let csv = try await anonymous.get("/indicatoren/BIG2/trechter/csv?niveau=pc4&gebied=GM0119").body.string
            #expect(csv.hasPrefix("\u{FEFF}gebied;naam;teller;noemer;waarde;positie"))
            #expect(!html.contains("kleine aantallen. Deel"))
            let coordinator = Browser(app)
            try await coordinator.login("coordinator.meppel@wieg.demo")
            let signedIn = try await coordinator.get("/indicatoren/BIG2/trechter?niveau=pc4&gebied=GM0119").body.string
            #expect(signedIn.contains("kleine aantallen. Deel"))
            // A period the level has no figures for falls back to the latest one.
            let other = try await anonymous.get("/indicatoren/BIG2/trechter?niveau=pc4&gebied=GM0119&periode=1999").body.string
            #expect(other.contains("<svg"))
            #expect(try await anonymous.get("/indicatoren/ONBEKEND/trechter").status == .notFound)
            #expect(try await anonymous.get("/indicatoren/BIG2/trechter?niveau=provincie").status == .badRequest)
        }
    }
}
