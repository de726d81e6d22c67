import ArgumentParser
import Foundation
import WiegCore
import WiegStore

extension ImportCommand {
    struct Indicators: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import indicator values (numerator and denominator per area and period) from a CSV file.",
            discussion: """
                Long format: indicator;gebied;periode;teller;noemer[;waarde]. Wide format:
                indicator;gebied;2019;2020;2019-2021 with cells teller/noemer (e.g. 53/280).
                UTF-8 or Windows-1252, ; or , separated, decimal comma or point. Every bad line is
                reported with its line and column; if there is any, nothing is written. A value for
                the same indicator, area and period is updated in place.
                """)

        @OptionGroup var db: DatabaseOptions
        @Argument(help: "The CSV file.") var file: String
        @Flag(help: "Only check the file and report; write nothing.") var dryRun = false

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                Runtime.fail("Cannot read the file \(file): check the path and its permissions.")
            }
            let (dryRun, file) = (self.dryRun, self.file)
            let ok = try await Runtime.withApp(db) { app -> Bool in
                let store = app.stores.indicators
                let indicators = Dictionary(uniqueKeysWithValues: try await store.catalogue().map { ($0.code, $0) })
                let areas = Set(try await app.stores.areas.kindsByCode().keys)
                let plan = IndicatorImport.plan(csv: data, indicators: indicators, areas: areas)
                for issue in plan.issues {
                    print("\(file):\(issue.line)\(issue.column.map { " [\($0)]" } ?? ""): \(issue.message)")
                }
                guard plan.isValid else {
                    print("\(plan.issues.count) problem(s) found; nothing was imported.")
                    return false
                }
                if dryRun {
                    print(
                        "The file is valid: \(plan.records.count) values (\(plan.format?.rawValue ?? "?") format). Nothing was written (--dry-run)."
                    )
                } else {
                    let name = URL(fileURLWithPath: file).lastPathComponent
                    let result = try await store.importValues(plan.records, source: name, by: .cli, at: Date())
                    print("Imported \(plan.records.count) values: \(result.created) new, \(result.updated) updated.")
                }
                return true
            }
            if !ok { throw ExitCode(1) }
        }
    }
}
