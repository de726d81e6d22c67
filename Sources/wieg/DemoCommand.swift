import ArgumentParser
import Fluent
import Foundation
import WiegCore
import WiegDemo
import WiegStore

/// `wieg demo [--scale local|national]`: fills a database with demo data and exits.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Load demo data: the seeds' coalitions, figures and social map (local), or a national directory for load tests.",
        discussion: """
            --scale national adds 342 municipalities (the missing ones synthetic and marked so), over
            10,000 organisations, 30,000 services and zorgpaden in every municipality, generated from a
            fixed seed: the same data every time. It also adds about 3,300 wijken and 4,000 PC4 areas
            and about 690,000 indicator values (10 indicators, 10 years), all synthetic; with
            --indicators-csv the values are written to that file instead of the database, so an
            import of them can be timed. Meant for benchmarks, not for a real installation.
            """)

    enum Scale: String, ExpressibleByArgument, CaseIterable { case local, national }

    @OptionGroup var db: DatabaseOptions
    @Option(help: "local (the seeds) or national (a generated directory for benchmarks).") var scale: Scale = .local
    @Option(help: "The seed of the national generator.") var seed: UInt64 = 20_261_123
    @Option(help: "National scale: write the synthetic indicator values to this CSV file instead of importing them.")
    var indicatorsCsv: String?

    func run() async throws {
        let (scale, seed, indicatorsCSV) = (self.scale, self.seed, self.indicatorsCsv)
        try await Runtime.withApp(db) { app in
            let started = Date()
            _ = try await DemoData.load(on: app.db, hash: { try app.password.hash($0) })
            print("Demo data of the seeds loaded (\(String(format: "%.1f", Date().timeIntervalSince(started))) s).")
            guard scale == .national else { return }
            let data = NationalDemo.make(seed: seed, now: Date())
            print(
                "Generated \(data.organisations.count) organisations, \(data.services.count) services, \(data.zorgpaden.count) zorgpaden.")
            let areas = app.stores.areas
            let plan = GeographyImport.plan(csv: Data(data.geographyCSV.utf8), existing: try await areas.kindsByCode())
            guard plan.isValid else { throw DemoData.Failure.invalidGeography(plan.issues) }
            _ = try await areas.apply(plan.records, by: .demo)
            print("Geography: \(try await areas.list(kind: .gemeente).count) municipalities.")
            let store = app.stores.network
            let existing = Set(try await store.organisations().map(\.id))
            let fresh = data.organisations.filter { !existing.contains($0.id) }
            // In slices, so the progress shows; each slice is one transaction.
            let slices = 10
            let per = (data.services.count + slices - 1) / slices
            _ = try await store.importNetwork(
                organisations: fresh, services: [], zorgpaden: data.zorgpaden,
                source: "demo: nationaal (synthetisch)", by: .demo, at: Date())
            for i in 0..<slices {
                let part = Array(data.services.dropFirst(i * per).prefix(per))
                _ = try await store.importNetwork(
                    organisations: [], services: part, zorgpaden: [],
                    source: "demo: nationaal (synthetisch)", by: .demo, at: Date())
                print("Services: \(min((i + 1) * per, data.services.count)) of \(data.services.count) written.")
            }
            try await loadMonitoring(app.stores, writingTo: indicatorsCSV)
            print("National demo loaded in \(String(format: "%.1f", Date().timeIntervalSince(started))) s.")
        }
    }

    /// The national monitoring demo: its wijken and PC4 areas, then its figures (imported, or
    /// written to a file for a timed import).
    private func loadMonitoring(_ stores: Stores, writingTo path: String?) async throws {
        let areas = stores.areas
        let plan = GeographyImport.plan(csv: Data(MonitoringDemo.geographyCSV().utf8), existing: try await areas.kindsByCode())
        guard plan.isValid else { throw DemoData.Failure.invalidGeography(plan.issues) }
        _ = try await areas.apply(plan.records, by: .demo)
        print(
            "Monitoring geography: \(try await areas.list(kind: .wijk).count) wijken, \(try await areas.list(kind: .pc4).count) PC4 areas.")
        let csv = MonitoringDemo.nationalCSV()
        if let path {
            guard FileManager.default.createFile(atPath: path, contents: Data(csv.utf8)) else {
                Runtime.fail("Cannot write \(path): check the folder and its permissions.")
            }
            print("Indicator values: \(MonitoringDemo.rowCount()) rows written to \(path) (not imported).")
            return
        }
        let store = stores.indicators
        let known = Set(try await areas.kindsByCode().keys)
        let catalogue = Dictionary(uniqueKeysWithValues: try await store.catalogue().map { ($0.code, $0) })
        let values = IndicatorImport.plan(csv: Data(csv.utf8), indicators: catalogue, areas: known)
        guard values.isValid else { Runtime.fail("The generated indicator values do not import: \(values.issues.prefix(3))") }
        let result = try await store.importValues(values.records, source: "demo: nationaal (synthetisch)", by: .demo, at: Date())
        print("Indicator values: \(result.created) new, \(result.updated) updated.")
    }
}
