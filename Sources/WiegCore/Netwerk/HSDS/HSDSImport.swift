import Foundation

/// The outcome of checking an HSDS dataset: what would be imported and what is wrong.
public struct HSDSImportPlan: Sendable, Equatable {
    /// Each organisation once, in order of first appearance.
    public let organisations: [OrganisationRecord]
    public let services: [ServiceRecord]
    /// `line` is the 1-based position of the service in the array; `column` the JSON path
    /// of the field, with 0-based indexes as in jq (`services[3]` is line 4).
    public let issues: [ImportIssue]
    public var isValid: Bool { issues.isEmpty && !services.isEmpty }

    public init(organisations: [OrganisationRecord], services: [ServiceRecord], issues: [ImportIssue]) {
        self.organisations = organisations
        self.services = services
        self.issues = issues
    }
}

/// Reads an HSDS 3.0 dataset: a JSON array of fully nested services, exactly as
/// `/api/v1/hsds/services/{id}` returns them (see `HSDSExport.dataset`). Never throws;
/// every problem becomes an issue.
public enum HSDSImport {
    /// `needs` are the need terms Wieg knows; other `wieg-behoeften` codes are reported.
    public static func plan(json: Data, needs: [NeedTermInfo]) -> HSDSImportPlan {
        let root: JSONValue
        do {
            root = try JSONValue.parse(json)
        } catch {
            return HSDSImportPlan(
                organisations: [], services: [],
                issues: [
                    ImportIssue(line: 1, column: nil, message: "Het bestand is geen geldige JSON (UTF-8).")
                ])
        }
        guard case .array(let items) = root else {
            return HSDSImportPlan(
                organisations: [], services: [],
                issues: [
                    ImportIssue(
                        line: 1, column: nil,
                        message:
                            "Het bestand moet een JSON-lijst van diensten zijn ([...]), geen \(root.dutchTypeName).")
                ])
        }
        guard !items.isEmpty else {
            return HSDSImportPlan(
                organisations: [], services: [],
                issues: [
                    ImportIssue(line: 1, column: nil, message: "Het bestand bevat geen diensten.")
                ])
        }

        let vocabulary = HSDSVocabulary(needs: needs)
        var issues: [ImportIssue] = []
        var services: [ServiceRecord] = []
        var serviceLine: [UUID: Int] = [:]
        var organisations: [OrganisationRecord] = []
        var organisationLine: [UUID: Int] = [:]
        var referenced: [(id: UUID, line: Int, path: String)] = []

        for (i, item) in items.enumerated() {
            var reader = HSDSFieldReader(line: i + 1)
            let path = "services[\(i)]"
            let parsed = reader.service(item, at: path, vocabulary: vocabulary)
            if let organisation = parsed.organisation {
                if let first = organisationLine[organisation.id] {
                    if organisations.first(where: { $0.id == organisation.id }) != organisation {
                        reader.report(
                            "\(path).organization",
                            "Organisatie \(organisation.id.hsdsString) staat hier met andere gegevens dan bij dienst \(first).")
                    }
                } else {
                    organisationLine[organisation.id] = i + 1
                    organisations.append(organisation)
                }
            }
            if let service = parsed.service {
                if let first = serviceLine[service.id] {
                    reader.report("\(path).id", "Dienst \(service.id.hsdsString) staat ook al op plaats \(first).")
                } else {
                    serviceLine[service.id] = i + 1
                    services.append(service)
                    if parsed.organisation == nil { referenced.append((service.organisationID, i + 1, "\(path).organization_id")) }
                }
            }
            issues += reader.issues
        }
        for reference in referenced where organisationLine[reference.id] == nil {
            issues.append(
                ImportIssue(
                    line: reference.line, column: reference.path,
                    message:
                        "Organisatie \(reference.id.hsdsString) staat nergens in het bestand; neem haar op als organization bij ten minste één dienst."
                ))
        }
        return HSDSImportPlan(
            organisations: organisations, services: services,
            issues: issues.enumerated()
                .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element))
    }
}
