import Foundation

/// The Wieg terms found in the `attributes` of one entity, in file order, each with the
/// path of its attribute.
struct FoundTerms {
    var codes: [(taxonomy: WiegTaxonomy, code: String, path: String)] = []
    var kenmerken: [(kenmerk: WiegKenmerk, value: String, path: String)] = []

    func codes(_ taxonomy: WiegTaxonomy) -> [String] { codes.filter { $0.taxonomy == taxonomy }.map(\.code) }
}

/// The entities that carry attributes, and the terms each may carry.
enum AttributeEntity: String {
    case service, organization, address

    var dutchName: String {
        switch self {
        case .service: "dienst"
        case .organization: "organisatie"
        case .address: "adres"
        }
    }

    func allows(_ taxonomy: WiegTaxonomy, _ kenmerk: WiegKenmerk?) -> Bool {
        switch (self, taxonomy) {
        case (.service, .behoeften), (.service, .fasen), (.service, .toegang), (.service, .erkenning), (.service, .redactie):
            true
        case (.organization, .organisatietypen), (.organization, .domeinen): true
        case (_, .kenmerken):
            switch (self, kenmerk) {
            case (.service, .leeftijdVanaf), (.service, .leeftijdTot): true
            case (.service, .laatstGecontroleerd), (.organization, .laatstGecontroleerd), (.organization, .laatstGewijzigd): true
            case (.service, .demo), (.organization, .demo), (.organization, .werkgebied), (.address, .gemeentecode): true
            default: false
            }
        default: false
        }
    }
}

extension HSDSFieldReader {
    /// Resolves every attribute of `o` to a Wieg term; reports unknown terms, terms that do
    /// not belong on this entity, and the usual missing or mistyped fields.
    mutating func terms(
        _ o: [String: JSONValue], at path: String, entity: AttributeEntity,
        vocabulary: HSDSVocabulary
    ) -> FoundTerms {
        var found = FoundTerms()
        for (p, attribute) in objects(o, "attributes", at: path) {
            _ = uuid(attribute, "id", at: p, required: true)
            let value = string(attribute, "value", at: p)
            let linkedID = uuid(attribute, "taxonomy_term_id", at: p)
            var taxonomyName: String?
            var code: String?
            var termID = linkedID
            if let term = object(attribute["taxonomy_term"], at: "\(p).taxonomy_term", required: false) {
                let tp = "\(p).taxonomy_term"
                termID = uuid(term, "id", at: tp, required: true) ?? termID
                _ = string(term, "name", at: tp, required: true)
                _ = string(term, "description", at: tp, required: true)
                taxonomyName = string(term, "taxonomy", at: tp)
                code = string(term, "code", at: tp)
            }
            let term: HSDSTaxonomyTerm? =
                if let taxonomyName, let code {
                    WiegTaxonomy(rawValue: taxonomyName).flatMap { vocabulary.term($0, code) }
                } else {
                    termID.flatMap { vocabulary.term(id: $0.hsdsString) }
                }
            guard let term, let taxonomy = term.taxonomy.flatMap(WiegTaxonomy.init(rawValue:)), let termCode = term.code else {
                let what = [
                    taxonomyName.map { "taxonomie '\($0)'" }, code.map { "code '\($0)'" },
                    termID.map { "id \($0.hsdsString)" }
                ].compactMap { $0 }.joined(separator: ", ")
                report(
                    "\(p).taxonomy_term",
                    "Onbekende taxonomieterm" + (what.isEmpty ? "" : " (\(what))")
                        + "; Wieg kent alleen de termen van /taxonomy_terms.")
                continue
            }
            let kenmerk = taxonomy == .kenmerken ? WiegKenmerk(rawValue: termCode) : nil
            guard entity.allows(taxonomy, kenmerk) else {
                report("\(p).taxonomy_term", "De term '\(termCode)' van \(taxonomy.rawValue) hoort niet bij een \(entity.dutchName).")
                continue
            }
            if let kenmerk {
                guard let value else {
                    report("\(p).value", "Het attribuut '\(termCode)' heeft een waarde nodig.")
                    continue
                }
                found.kenmerken.append((kenmerk, value, "\(p).value"))
            } else {
                found.codes.append((taxonomy, termCode, "\(p).taxonomy_term"))
            }
        }
        return found
    }

    /// The one code of a single-valued taxonomy, reporting a second one.
    mutating func single(_ found: FoundTerms, _ taxonomy: WiegTaxonomy) -> String? {
        let all = found.codes.filter { $0.taxonomy == taxonomy }
        for extra in all.dropFirst() { report(extra.path, "Er mag maar één term van \(taxonomy.rawValue) zijn.") }
        return all.first?.code
    }

    /// The value of a single-valued kenmerk, with its path; reports a second one.
    mutating func single(_ found: FoundTerms, _ kenmerk: WiegKenmerk) -> (value: String, path: String)? {
        let all = found.kenmerken.filter { $0.kenmerk == kenmerk }
        for extra in all.dropFirst() { report(extra.path, "Het attribuut '\(kenmerk.rawValue)' mag maar één keer voorkomen.") }
        return all.first.map { ($0.value, $0.path) }
    }

    /// A timestamp kenmerk, reporting one that is not ISO 8601.
    mutating func timestamp(_ found: FoundTerms, _ kenmerk: WiegKenmerk) -> Date? {
        guard let (value, path) = single(found, kenmerk) else { return nil }
        guard let date = HSDSDates.parseTimestamp(value) else {
            report(path, "'\(value.prefix(40))' is geen datum en tijd in ISO 8601 (zoals 2024-03-01T10:00:00Z).")
            return nil
        }
        return date
    }

    /// The demo kenmerk: "true" or "false".
    mutating func demo(_ found: FoundTerms) -> Bool {
        guard let (value, path) = single(found, .demo) else { return false }
        switch value {
        case "true": return true
        case "false": return false
        default:
            report(path, "Het attribuut 'demo' moet true of false zijn, niet '\(value.prefix(40))'.")
            return false
        }
    }
}
