import Foundation
import Plot
import Vapor
import WiegCore

enum ServiceFormView {
    static func fields(_ s: ServiceRecord) -> [String: String] {
        let l = s.locations.first
        let c = s.professionalContact
        return [
            "naam": s.name, "naam_ouders": s.parentName, "beschrijving_ouders": s.publicDescription,
            "beschrijving_professionals": s.professionalDescription,
            "fasen": s.phases.map(\.rawValue).joined(separator: "|"), "leeftijd_van": String(s.ageFromMonths),
            "leeftijd_tot": String(s.ageToMonths),
            "doelgroep": s.targetGroup, "behoeften": s.needs.joined(separator: "|"), "toegang": s.access.rawValue, "kosten": s.cost,
            "talen": s.languages.joined(separator: "|"), "erkenning": s.recognition.rawValue,
            "gemeenten": s.areaCodes.joined(separator: ", "),
            "website": s.website ?? "", "contact_naam": c.name ?? "", "contact_rol": c.role ?? "", "contact_telefoon": c.phone ?? "",
            "contact_email": c.email ?? "", "status": s.status.rawValue, "redactie": s.editorial.rawValue,
            "locatie_straat": l?.street ?? "", "locatie_postcode": l?.postcode ?? "", "locatie_plaats": l?.city ?? "",
            "locatie_breedtegraad": l?.latitude.map { String($0) } ?? "", "locatie_lengtegraad": l?.longitude.map { String($0) } ?? ""
        ]
    }

    static func render(
        _ shell: PageShell, network: NetworkCache.Snapshot, organisation: OrganisationRecord, existing: ServiceRecord?,
        fields f: [String: String], issues e: [ImportIssue], status: HTTPResponseStatus = .ok
    ) -> Response {
        let lang = shell.lang
        let title =
            existing.map { lang.t("\($0.name) bewerken", "Edit \($0.name)") }
            ?? lang.t("Nieuw aanbod van \(organisation.name)", "New service of \(organisation.name)")
        let action = existing.map { SiteURL.serviceEdit($0.id.uuidString) } ?? .serviceNew(organisation.id.uuidString)
        func set(_ key: String) -> Set<String> { Set((f[key] ?? "").split(separator: "|").map(String.init)) }
        func field(_ nl: String, _ en: String, _ name: String, type: String = "text", hint: String? = nil, required: Bool = false)
            -> BodyNode
        {
            Forms.field(lang.t(nl, en), name: name, type: type, value: f[name], hint: hint, error: e.message(name), required: required)
        }
        return Layout.page(
            shell, title: title, status: status,
            [
                H.h1(title),
                Forms.errorSummary(e.fieldErrors, lang: lang),
                Forms.post(
                    action.path, csrf: shell.csrf,
                    [
                        field(
                            "Naam", "Name", "naam", hint: lang.t("Zoals professionals het kennen.", "As professionals know it."),
                            required: true),
                        field(
                            "Naam voor ouders", "Name for parents", "naam_ouders",
                            hint: lang.t(
                                "In gewone woorden, zonder vaktaal, bijvoorbeeld 'Hulp als je je somber voelt'. Leeg: ouders zien de naam hierboven.",
                                "In everyday words, without jargon, e.g. 'Help when you feel down'. Empty: parents see the name above.")),
                        Forms.textarea(
                            lang.t("Beschrijving voor ouders (eenvoudige taal, B1)", "Description for parents (plain language, B1)"),
                            name: "beschrijving_ouders",
                            value: f["beschrijving_ouders"], error: e.message("beschrijving_ouders")),
                        Forms.checkboxes(
                            lang.t("Fasen", "Phases"), name: "fasen",
                            options: Phase.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                            selected: set("fasen"), error: e.message("fasen")),
                        field(
                            "Leeftijd vanaf (maanden; -9 is begin zwangerschap)", "Age from (months; -9 is start of pregnancy)",
                            "leeftijd_van", type: "number"),
                        field(
                            "Leeftijd tot en met (maanden, hoogstens 48)", "Age up to (months, at most 48)", "leeftijd_tot", type: "number"),
                        field("Doelgroep", "Target group", "doelgroep"),
                        Forms.checkboxes(
                            lang.t("Behoeften", "Needs"), name: "behoeften", options: network.needOptions(lang),
                            selected: set("behoeften"), error: e.message("behoeften")),
                        Forms.select(
                            lang.t("Toegang", "Access"), name: "toegang",
                            options: ServiceAccess.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                            selected: f["toegang"], error: e.message("toegang")),
                        field("Kosten", "Cost", "kosten", hint: lang.t("Bijvoorbeeld: gratis", "For example: gratis (free)")),
                        Forms.checkboxes(
                            lang.t("Talen waarin de hulp er is", "Languages the help is offered in"), name: "talen",
                            options: languageOptions(selected: set("talen"), lang: lang), selected: set("talen"),
                            error: e.message("talen")),
                        Forms.select(
                            lang.t("Erkenning", "Recognition"), name: "erkenning",
                            options: Recognition.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                            selected: f["erkenning"], error: e.message("erkenning")),
                        field(
                            "Gemeenten", "Municipalities", "gemeenten",
                            hint: lang.t("Gemeentecodes, gescheiden door komma's", "Municipality codes separated by commas")),
                        field("Website", "Website", "website", type: "url"),
                        field("Locatie: straat en huisnummer", "Location: street and number", "locatie_straat"),
                        field("Locatie: postcode", "Location: postcode", "locatie_postcode"),
                        field("Locatie: plaats", "Location: town", "locatie_plaats"),
                        field(
                            "Locatie: breedtegraad", "Location: latitude", "locatie_breedtegraad",
                            hint: NetworkBits.latitudeHint(lang)),
                        field(
                            "Locatie: lengtegraad", "Location: longitude", "locatie_lengtegraad",
                            hint: lang.t("Bijvoorbeeld 6.1944.", "For example 6.1944.")),
                        H.el(
                            "fieldset", H.cls("professional"),
                            H.el(
                                "legend",
                                H.text(lang.t("Alleen voor professionals (nooit openbaar)", "For professionals only (never public)"))),
                            Forms.textarea(
                                lang.t("Beschrijving voor professionals", "Description for professionals"),
                                name: "beschrijving_professionals",
                                value: f["beschrijving_professionals"], error: e.message("beschrijving_professionals")),
                            field("Contactpersoon", "Contact person", "contact_naam"), field("Rol", "Role", "contact_rol"),
                            field("Telefoon", "Phone", "contact_telefoon", type: "tel"),
                            field("E-mail", "Email", "contact_email", type: "email")),
                        Forms.select(
                            lang.t("Status", "Status"), name: "status", options: ServiceStatus.allCases.map { ($0.rawValue, $0.rawValue) },
                            selected: f["status"]),
                        Forms.select(
                            lang.t("Redactie", "Editorial status"), name: "redactie",
                            options: EditorialStatus.allCases.map { ($0.rawValue, $0.dutchName) },
                            selected: f["redactie"]),
                        Forms.submit(lang.t("Opslaan", "Save"))
                    ])
            ])
    }

    /// The languages parents most often read, by name, plus any other code the service has.
    static func languageOptions(selected: Set<String>, lang: Lang) -> [(value: String, label: String)] {
        // Two-letter codes only: the ones a service form and import accept (ISO 639-1).
        let names = (lang == .nl ? ParentStrings.dutch : ParentStrings.english).languageNames.filter { $0.key.count == 2 }
        let known = names.sorted { a, b in
            // Dutch and English first, then by name.
            let order = ["nl": 0, "en": 1]
            return (order[a.key] ?? 2, a.value) < (order[b.key] ?? 2, b.value)
        }
        let others = selected.subtracting(names.keys).sorted()
        return known.map { ($0.key, $0.value) } + others.map { ($0, $0) }
    }
}
