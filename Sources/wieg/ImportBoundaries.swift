import ArgumentParser
import Foundation
import WiegCore
import WiegStore

extension ImportCommand {
    struct Boundaries: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import area boundaries for the maps from a GeoJSON file (WGS84, as CBS and PDOK publish them).",
            discussion: """
                A FeatureCollection of Polygon or MultiPolygon features; the area code is read from the
                property --code-property (statcode by default, e.g. GM0119, WK011901, or a PC4 number).
                Every area must exist already (import the geography first). Geometry is simplified
                (Douglas-Peucker, --tolerance in degrees) so maps stay small and fast. Any problem is
                reported per feature; if there is any, nothing is written. Re-importing replaces.
                """)

        @OptionGroup var db: DatabaseOptions
        @Argument(help: "The GeoJSON file.") var file: String
        @Option(help: "The feature property that holds the area code.") var codeProperty = "statcode"
        @Option(help: "Simplification tolerance in degrees (0 keeps every point; 0.0005 is about 50 m).") var tolerance = 0.0005
        @Flag(help: "Mark the boundaries as synthetic (the map says so).") var synthetic = false
        @Flag(help: "Only check the file and report; write nothing.") var dryRun = false

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                Runtime.fail("Cannot read the file \(file): check the path and its permissions.")
            }
            let (file, codeProperty, tolerance, synthetic, dryRun) = (file, codeProperty, tolerance, synthetic, dryRun)
            let ok = try await Runtime.withApp(db) { app -> Bool in
                let parsed = GeoJSONBoundaries.parse(data: data, codeProperty: codeProperty)
                var issues = parsed.issues.map { issue in
                    "\(file)\(issue.featureIndex.map { " feature \($0 + 1)" } ?? "")\(issue.field.map { " [\($0)]" } ?? ""): \(issue.message)"
                }
                let known = try await app.stores.areas.kindsByCode()
                for (index, boundary) in parsed.boundaries.enumerated() where known[AreaCode.normalised(boundary.code)] == nil {
                    issues.append(
                        "\(file) feature \(index + 1) [properties.\(codeProperty)]: het gebied '\(boundary.code)' bestaat niet; importeer eerst de gebieden."
                    )
                }
                for issue in issues { print(issue) }
                guard issues.isEmpty, !parsed.boundaries.isEmpty else {
                    print("\(max(issues.count, 1)) problem(s) found; nothing was imported.")
                    return false
                }
                let simplified = parsed.boundaries.map { b in
                    var s = tolerance > 0 ? b.simplified(tolerance: tolerance) : b
                    s.code = AreaCode.normalised(b.code)
                    return s
                }
                let before = parsed.boundaries.reduce(0) { $0 + $1.pointCount }
                let after = simplified.reduce(0) { $0 + $1.pointCount }
                if dryRun {
                    print(
                        "The file is valid: \(simplified.count) boundaries, \(before) points (\(after) after simplifying). Nothing was written (--dry-run)."
                    )
                    return true
                }
                let result = try await app.stores.boundaries.replace(
                    simplified, source: URL(fileURLWithPath: file).lastPathComponent,
                    synthetic: synthetic, by: .cli, at: Date())
                print(
                    "Imported \(simplified.count) boundaries (\(result.created) new, \(result.updated) replaced); \(before) points simplified to \(after)."
                )
                return true
            }
            if !ok { throw ExitCode(1) }
        }
    }
}
