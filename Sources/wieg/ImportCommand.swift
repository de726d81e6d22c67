import ArgumentParser
import Foundation
import WiegCore
import WiegStore

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import data from CSV files (geography, indicators, the social map), an HSDS dataset, or map boundaries (GeoJSON).",
        subcommands: [Geography.self, Indicators.self, Network.self, Boundaries.self])

    struct Geography: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import areas (provinces, municipalities, regions, neighbourhoods, PC4) from a CSV file.",
            discussion: """
                Columns: code;naam;soort;ouder;leden;synthetisch (UTF-8 or Windows-1252, ; or , separated).
                Every bad line is reported with its line number and column; if there is any, nothing is
                written. Otherwise everything is written in one transaction. Existing codes are updated.
                """)

        @OptionGroup var db: DatabaseOptions
        @Argument(help: "The CSV file.") var file: String
        @Flag(help: "Only check the file and report; write nothing.") var dryRun = false

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                Runtime.fail("Cannot read the file \(file): check the path and its permissions.")
            }
            let dryRun = dryRun
            let file = file
            let ok = try await Runtime.withApp(db) { app -> Bool in
                let store = app.stores.areas
                let plan = GeographyImport.plan(csv: data, existing: try await store.kindsByCode())
                for issue in plan.issues {
                    print("\(file):\(issue.line)\(issue.column.map { " [\($0)]" } ?? ""): \(issue.message)")
                }
                guard plan.isValid else {
                    print("\(plan.issues.count) problem(s) found; nothing was imported.")
                    return false
                }
                if dryRun {
                    print("The file is valid: \(plan.records.count) areas. Nothing was written (--dry-run).")
                } else {
                    let result = try await store.apply(plan.records, by: .cli)
                    print("Imported \(plan.records.count) areas: \(result.created) new, \(result.updated) updated.")
                }
                return true
            }
            if !ok { throw ExitCode(1) }
        }
    }
}
