import ArgumentParser
import Foundation
import WiegCore
import WiegStore

extension ImportCommand {
    /// `wieg import netwerk organisaties|aanbod|hsds FILE`: the same checks as the upload page.
    struct Network: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "netwerk",
            abstract: "Import the social map: organisations or services (CSV), or an HSDS 3.0 dataset (JSON).",
            discussion: """
                organisaties / aanbod: the columns of `wieg export organisaties|aanbod` (UTF-8 or
                Windows-1252, ; or , separated). hsds: a JSON array of fully nested services as
                /api/v1/hsds/services/{id} returns them. Every problem is reported with its line and
                column (or JSON path); if there is any, nothing is written. Existing ids are updated.
                """)

        enum Kind: String, ExpressibleByArgument, CaseIterable { case organisaties, aanbod, hsds }

        @OptionGroup var db: DatabaseOptions
        @Argument(help: "What the file holds: organisaties, aanbod or hsds.") var kind: Kind
        @Argument(help: "The file.") var file: String
        @Flag(help: "Only check the file and report; write nothing.") var dryRun = false

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                Runtime.fail("Cannot read the file \(file): check the path and its permissions.")
            }
            let (kind, dryRun, file) = (self.kind, self.dryRun, self.file)
            let ok = try await Runtime.withApp(db) { app -> Bool in
                let store = app.stores.network
                let municipalities = Set(try await app.stores.areas.list(kind: .gemeente).map(\.code))
                let needs = try await store.taxonomy().terms
                var organisations: [OrganisationRecord] = []
                var services: [ServiceRecord] = []
                var issues: [ImportIssue] = []
                switch kind {
                case .organisaties:
                    let plan = NetworkImport.planOrganisations(csv: data, knownMunicipalities: municipalities, now: Date())
                    (organisations, issues) = (plan.records, plan.issues + (plan.items.isEmpty && plan.issues.isEmpty ? [Self.empty] : []))
                case .aanbod:
                    let plan = NetworkImport.planServices(
                        csv: data, organisations: NetworkImport.organisationLookup(try await store.organisations()),
                        knownNeeds: Set(needs.map(\.code)), knownMunicipalities: municipalities, now: Date())
                    (services, issues) = (plan.records, plan.issues + (plan.items.isEmpty && plan.issues.isEmpty ? [Self.empty] : []))
                case .hsds:
                    let plan = HSDSImport.plan(json: data, needs: needs.map { NeedTermInfo(code: $0.code, name: $0.dutchName) })
                    (organisations, services, issues) = (plan.organisations, plan.services, plan.issues)
                }
                for issue in issues {
                    print("\(file):\(issue.line)\(issue.column.map { " [\($0)]" } ?? ""): \(issue.message)")
                }
                guard issues.isEmpty else {
                    print("\(issues.count) problem(s) found; nothing was imported.")
                    return false
                }
                let summary = "\(organisations.count) organisations and \(services.count) services"
                if dryRun {
                    print("The file is valid: \(summary). Nothing was written (--dry-run).")
                } else {
                    let result = try await store.importNetwork(
                        organisations: organisations, services: services, zorgpaden: [],
                        source: URL(fileURLWithPath: file).lastPathComponent, by: .cli, at: Date())
                    print("Imported \(summary): \(result.created) new, \(result.updated) updated.")
                }
                return true
            }
            if !ok { throw ExitCode(1) }
        }

        static let empty = ImportIssue(line: 1, column: nil, message: "Het bestand bevat geen regels om te importeren.")
    }
}

/// `wieg export organisaties|aanbod|hsds`: the public exports, to stdout or a file.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the social map: organisations or services as CSV for Excel (;, UTF-8 BOM), or an HSDS 3.0 dataset.",
        discussion: "Services are exported without the fields for professionals unless --professional is given.")

    @OptionGroup var db: DatabaseOptions
    @Argument(help: "What to export: organisaties, aanbod or hsds.") var kind: ImportCommand.Network.Kind
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?
    @Flag(help: "Include the professional description and contact, and organisations' address for checks.") var professional = false

    func run() async throws {
        let (kind, professional) = (self.kind, self.professional)
        let data = try await Runtime.withApp(db) { app -> Data in
            let store = app.stores.network
            let organisations = try await store.organisations()
            let services = try await store.services()
            switch kind {
            case .organisaties: return NetworkExport.organisationsCSV(organisations, includePrivate: professional)
            case .aanbod:
                return NetworkExport.servicesCSV(
                    services, organisationNames: Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0.name) }),
                    includeProfessional: professional)
            case .hsds:
                let needs = try await store.taxonomy().terms.map {
                    NeedTermInfo(code: $0.code, name: $0.dutchName, description: $0.dutchDescription)
                }
                return try HSDSExport.encode(
                    HSDSExport(needs: needs).dataset(services: services, organisations: organisations), pretty: true)
            }
        }
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: data) else {
                Runtime.fail("Cannot write \(output): check the folder and its permissions.")
            }
            print("Wrote \(data.count) bytes to \(output).")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
