import Foundation

extension HSDSFieldReader {
    /// One service of the array, with its nested organisation when there is one. A record
    /// is returned whenever its id, name and organisation id could be read.
    mutating func service(_ value: JSONValue, at path: String, vocabulary: HSDSVocabulary)
        -> (service: ServiceRecord?, organisation: OrganisationRecord?)
    {
        guard let o = object(value, at: path) else { return (nil, nil) }
        let id = uuid(o, "id", at: path, required: true)
        let name = name(o, "name", at: path)
        let status = serviceStatus(o, at: path)
        let organisation = object(o["organization"], at: "\(path).organization", required: false)
            .flatMap { organization($0, at: "\(path).organization", vocabulary: vocabulary) }
        var organisationID = uuid(o, "organization_id", at: path)
        if let organisation {
            if let organisationID, organisationID != organisation.id {
                report("\(path).organization_id", "organization_id verschilt van organization.id.")
            }
            organisationID = organisation.id
        } else if organisationID == nil, o["organization"] == nil || o["organization"] == .null {
            report(
                "\(path).organization",
                "De organisatie ontbreekt; geef organization (of organization_id van een organisatie elders in het bestand).")
        }

        let found = terms(o, at: path, entity: .service, vocabulary: vocabulary)
        let ageFrom = months(found, .leeftijdVanaf, years: number(o, "minimum_age", at: path), default: -9, at: "\(path).minimum_age")
        let ageTo = months(found, .leeftijdTot, years: number(o, "maximum_age", at: path), default: 48, at: "\(path).maximum_age")
        if ageFrom > ageTo {
            report("\(path).attributes", "De leeftijd vanaf (\(ageFrom) maanden) ligt na de leeftijd tot (\(ageTo) maanden).")
        }
        var lastVerified = timestamp(found, .laatstGecontroleerd)
        if lastVerified == nil, let day = string(o, "assured_date", at: path) {
            lastVerified = HSDSDates.parseDay(day)
            if lastVerified == nil { report("\(path).assured_date", "'\(day.prefix(40))' is geen datum als JJJJ-MM-DD.") }
        }
        var updatedAt: Date?
        if let text = string(o, "last_modified", at: path) {
            updatedAt = HSDSDates.parseTimestamp(text)
            if updatedAt == nil { report("\(path).last_modified", "'\(text.prefix(40))' is geen datum en tijd in ISO 8601.") }
        }
        let access = single(found, .toegang).flatMap(ServiceAccess.init(rawValue:)) ?? .zelfAanmelden
        let recognition = single(found, .erkenning).flatMap(Recognition.init(rawValue:)) ?? .nietBeoordeeld
        let editorial = single(found, .redactie).flatMap(EditorialStatus.init(rawValue:)) ?? .concept
        let demo = demo(found)
        let areaCodes = objects(o, "service_areas", at: path).compactMap { p, area in serviceArea(area, at: p) }
        let languages = objects(o, "languages", at: path).compactMap { p, language in languageCode(language, at: p) }
        let locations = objects(o, "service_at_locations", at: path).compactMap { p, sal -> AddressRecord? in
            _ = uuid(sal, "id", at: p, required: true)
            return object(sal["location"], at: "\(p).location").flatMap { location($0, at: "\(p).location", vocabulary: vocabulary) }
        }

        guard let id, let name, let organisationID else { return (nil, organisation) }
        let service = ServiceRecord(
            id: id, organisationID: organisationID, name: name,
            parentName: string(o, "alternate_name", at: path) ?? "",
            publicDescription: string(o, "description", at: path) ?? "",
            phases: found.codes(.fasen).compactMap(Phase.init(rawValue:)), ageFromMonths: ageFrom, ageToMonths: ageTo,
            targetGroup: string(o, "eligibility_description", at: path) ?? "", needs: found.codes(.behoeften),
            access: access, cost: string(o, "fees_description", at: path) ?? "", languages: languages,
            recognition: recognition, areaCodes: areaCodes, locations: locations, website: website(o, "url", at: path),
            status: status ?? .actief, lastVerified: lastVerified, editorial: editorial, demo: demo, updatedAt: updatedAt)
        return (service, organisation)
    }

    private mutating func serviceStatus(_ o: [String: JSONValue], at path: String) -> ServiceStatus? {
        guard let text = string(o, "status", at: path, required: true) else { return nil }
        switch text {
        case "active": return .actief
        case "inactive", "defunct", "temporarily closed": return .inactief
        default:
            report("\(path).status", "Onbekende status '\(text.prefix(40))'; gebruik active, inactive, defunct of temporarily closed.")
            return nil
        }
    }

    /// Months from Wieg's exact attribute, else from HSDS years, else the default.
    private mutating func months(_ found: FoundTerms, _ kenmerk: WiegKenmerk, years: Double?, default fallback: Int, at yearsPath: String)
        -> Int
    {
        let range = ServiceRecord.ageRange
        if let (value, path) = single(found, kenmerk) {
            guard let months = Int(value), range.contains(months) else {
                report(
                    path,
                    "Leeftijd '\(value.prefix(20))' moet een heel aantal maanden van \(range.lowerBound) tot en met \(range.upperBound) zijn."
                )
                return fallback
            }
            return months
        }
        guard let years else { return fallback }
        guard years.isFinite, years >= 0, years * 12 <= Double(range.upperBound) + 0.5 else {
            report(yearsPath, "Leeftijd \(years) jaar valt buiten 0 tot en met \(range.upperBound / 12) jaar.")
            return fallback
        }
        return Int((years * 12).rounded())
    }

    private mutating func serviceArea(_ area: [String: JSONValue], at path: String) -> String? {
        _ = uuid(area, "id", at: path, required: true)
        guard let code = string(area, "extent", at: path, required: true) else { return nil }
        guard AreaCode.kind(of: code) == .gemeente else {
            report("\(path).extent", "'\(code.prefix(40))' is geen CBS-gemeentecode (GM gevolgd door 4 cijfers).")
            return nil
        }
        return code
    }

    private mutating func languageCode(_ language: [String: JSONValue], at path: String) -> String? {
        _ = uuid(language, "id", at: path, required: true)
        guard let code = string(language, "code", at: path, required: true) else { return nil }
        guard code.utf8.count == 2, code.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else {
            report("\(path).code", "'\(code.prefix(20))' is geen ISO 639-1-taalcode (twee kleine letters, zoals nl).")
            return nil
        }
        return code
    }
}
