import ArgumentParser
import Fluent
import Foundation
import WiegCore
import WiegStore

/// `wieg demo [--scale local|national]`: fills a database with demo data and exits.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Load demo data: the seeds' coalitions, figures and social map (local), or a national directory for load tests.",
        discussion: """
        --scale national adds 342 municipalities (the missing ones synthetic and marked so), over
        10,000 organisations, 30,000 services and zorgpaden in every municipality, generated from a
        fixed seed: the same data every time. Meant for benchmarks, not for a real installation.
        """)

    enum Scale: String, ExpressibleByArgument, CaseIterable { case local, national }

    @OptionGroup var db: DatabaseOptions
    @Option(help: "local (the seeds) or national (a generated directory for benchmarks).") var scale: Scale = .local
    @Option(help: "The seed of the national generator.") var seed: UInt64 = 20261123

    func run() async throws {
        let (scale, seed) = (self.scale, self.seed)
        try await Runtime.withApp(db) { app in
            let started = Date()
            _ = try await DemoData.load(on: app.db, hash: { try app.password.hash($0) })
            print("Demo data of the seeds loaded (\(String(format: "%.1f", Date().timeIntervalSince(started))) s).")
            guard scale == .national else { return }
            let data = NationalDemo.make(seed: seed, now: Date())
            print("Generated \(data.organisations.count) organisations, \(data.services.count) services, \(data.zorgpaden.count) zorgpaden.")
            let areas = FluentAreaStore(db: app.db)
            let plan = GeographyImport.plan(csv: Data(data.geographyCSV.utf8), existing: try await areas.kindsByCode())
            guard plan.isValid else { throw DemoData.Failure.invalidGeography(plan.issues) }
            _ = try await areas.apply(plan.records, by: .demo)
            print("Geography: \(try await areas.list(kind: .gemeente).count) municipalities.")
            let store = FluentNetworkStore(db: app.db)
            let existing = Set(try await store.organisations().map(\.id))
            let fresh = data.organisations.filter { !existing.contains($0.id) }
            // In slices, so the progress shows; each slice is one transaction.
            let slices = 10, per = (data.services.count + slices - 1) / slices
            _ = try await store.importNetwork(organisations: fresh, services: [], zorgpaden: data.zorgpaden,
                                              source: "demo: nationaal (synthetisch)", by: .demo, at: Date())
            for i in 0..<slices {
                let part = Array(data.services.dropFirst(i * per).prefix(per))
                _ = try await store.importNetwork(organisations: [], services: part, zorgpaden: [],
                                                  source: "demo: nationaal (synthetisch)", by: .demo, at: Date())
                print("Services: \(min((i + 1) * per, data.services.count)) of \(data.services.count) written.")
            }
            print("National demo loaded in \(String(format: "%.1f", Date().timeIntervalSince(started))) s.")
        }
    }
}
