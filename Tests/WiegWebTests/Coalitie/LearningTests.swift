import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import WiegCore
import WiegStore
import WiegTestSupport

@testable import WiegWeb

@Suite("Coalitie: leren van elkaar")
struct LearningTests {
    func work(_ app: Application, _ slug: String) async throws -> CoalitionWork {
        let model = try #require(try await CoalitionRow.query(on: app.db).filter(\.$slug == slug).first()?.coalition)
        return try #require(try await FluentCoalitionWorkStore(db: app.db).works([model])[model.id])
    }

    @Test(
        "published plans are searchable without names; Venlo's coordinator copies an NML activity, which remembers its origin and shows as spread in the region",
        arguments: TestDatabase.allCases)
    func copyAndSpread(_ kind: TestDatabase) async throws {
        try await withWiegApp(kind) { app, _ in
            let nml = try await work(app, "nml")
            #expect(nml.coalition.publishesPlan)
            let anonymous = Browser(app)
            let page = try await anonymous.get("/leren-van-elkaar").body.string
            #expect(page.contains("Van Regionale coalitie Kansrijke Start Noord- en Midden-Limburg") && !page.contains("Overnemen"))
            let json = try await anonymous.get("/api/v1/gedeelde-onderdelen?per_pagina=100").body.string
            for member in nml.coalition.members where !member.contactRole.isEmpty {
                #expect(!json.contains("\"\(member.contactRole)\""))
            }
            #expect(try await anonymous.get("/api/v1/gedeelde-onderdelen?actielijn=9.9").status == .badRequest)

            let activity = try #require(nml.published().activities.first)
            let venlo = Browser(app)
            try await venlo.login("coordinator.venlo@wieg.demo")
            #expect(try await venlo.get("/leren-van-elkaar").body.string.contains("Overnemen in het plan van"))
            let copied = try await venlo.post(
                "/leren-van-elkaar/overnemen",
                [
                    "bron": nml.coalition.id.uuidString, "soort": "activiteit",
                    "item": activity.id.uuidString, "doel": "venlo"
                ])
            #expect(copied.status == .seeOther)
            let copy = try #require(try await work(app, "venlo").activities.first { $0.origin?.itemID == activity.id })
            #expect(copy.title == activity.title && copy.status == .gepland && copy.origin?.coalitionID == nml.coalition.id)
            // Venlo may not copy into Meppel's plan.
            let foreign = try await venlo.post(
                "/leren-van-elkaar/overnemen",
                [
                    "bron": nml.coalition.id.uuidString, "soort": "activiteit",
                    "item": activity.id.uuidString, "doel": "meppel"
                ])
            #expect(foreign.status == .forbidden)

            let regio = Browser(app)
            try await regio.login("regio.nml@wieg.demo")
            let region = try await regio.get("/regios/nml/coalities").body.string
            #expect(region.contains("Welke aanpak verspreidt zich") && region.contains(activity.title))

            // Unpublished: gone from the page, and no longer copyable.
            #expect(try await regio.post("/coalities/nml/publiceren", ["publiceren": "nee"]).status == .seeOther)
            let after = try await anonymous.get("/leren-van-elkaar").body.string
            #expect(
                !after.contains("Van Regionale coalitie Kansrijke Start Noord- en Midden-Limburg")
                    && after.contains("Van Kansrijke Start Meppel"))
            let again = try await venlo.post(
                "/leren-van-elkaar/overnemen",
                [
                    "bron": nml.coalition.id.uuidString, "soort": "activiteit",
                    "item": activity.id.uuidString, "doel": "venlo"
                ])
            #expect(again.status == .badRequest)
        }
    }
}
