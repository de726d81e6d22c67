import Foundation
import Vapor
import WiegCore
import WiegStore

/// The needs taxonomy, kept by beheerders: rename, describe (B1 for parents) and add
/// needs. Codes never change, so links, imports and HSDS term ids stay valid.
enum NeedTermsController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .needTerms, access: .admin, use: index)
        routes.on(.GET, .needTermNew, access: .admin, use: form)
        routes.on(.POST, .needTermNew, access: .admin, use: save)
        routes.on(.GET, .needTerm(":code"), access: .admin, use: form)
        routes.on(.POST, .needTerm(":code"), access: .admin, use: save)
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let network = try await req.network()
        let lang = req.lang
        let rows: [[BodyNode]] = network.taxonomy.terms.map { term in
            [H.a(SiteURL.needTerm(term.code).path, lang.t(term.dutchName, term.englishName).capitalizedFirst), H.text(term.code),
             H.text(lang.t(term.domain.dutchName, term.domain.englishName)), H.text(lang.t(term.dutchDescription, term.englishDescription))]
        }
        return Layout.page(req.shell, title: lang.t("Behoeften", "Needs"), [
            H.h1(lang.t("Behoeften", "Needs")),
            H.p(lang.t("De lijst van behoeften waar aanbod op inspeelt en zorgpaden voor zijn, naar de domeinen van R4U. Namen en beschrijvingen zijn aan te passen; codes blijven altijd gelijk.",
                       "The needs that services address and care paths are for, by the R4U domains. Names and descriptions can be changed; codes never change."), H.cls("lead")),
            H.el("p", H.a(SiteURL.needTermNew.path, lang.t("Nieuwe behoefte", "New need"), H.cls("button"))),
            H.table(caption: lang.t("\(rows.count) behoeften", "\(rows.count) needs"),
                    headers: [lang.t("Naam", "Name"), "Code", lang.t("Domein", "Domain"), lang.t("Beschrijving voor ouders", "Description for parents")], rows: rows),
        ])
    }

    static func existing(_ req: Request, _ network: NetworkCache.Snapshot) throws -> NeedTerm? {
        guard let code = req.parameters.get("code") else { return nil }
        guard let term = network.taxonomy.term(code: code) else {
            throw WiegError.notFound("Behoefte '\(code)' bestaat niet.", "Need '\(code)' does not exist.")
        }
        return term
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let network = try await req.network()
        let term = try existing(req, network)
        return NeedTermFormView.render(req.shell, existing: term, fields: term.map(NeedTermForm.fields) ?? [:], issues: [])
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let network = try await req.network()
        let term = try existing(req, network)
        let fields = Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a })
        let check = NeedTermForm.check(fields: fields, existingCode: term?.code, taxonomy: network.taxonomy)
        guard let record = check.record else {
            return NeedTermFormView.render(req.shell, existing: term, fields: fields, issues: check.issues, status: .unprocessableEntity)
        }
        try await req.stores.network.save(record, by: req.auditActor, at: req.now)
        await req.application.networkCache.invalidate()
        return req.redirect(to: SiteURL.needTerms.path, redirectType: .normal)
    }
}

enum NeedTermFormView {
    static func render(_ shell: PageShell, existing: NeedTerm?, fields f: [String: String], issues e: [ImportIssue],
                       status: HTTPResponseStatus = .ok) -> Response {
        let lang = shell.lang
        let title = existing.map { lang.t("Behoefte '\($0.dutchName)' bewerken", "Edit need '\($0.englishName)'") } ?? lang.t("Nieuwe behoefte", "New need")
        let action = existing.map { SiteURL.needTerm($0.code) } ?? .needTermNew
        return Layout.page(shell, title: title, status: status, [
            H.h1(title),
            Forms.errorSummary(e.fieldErrors, lang: lang),
            Forms.post(action.path, csrf: shell.csrf, [
                existing == nil
                    ? Forms.field("Code", name: "code", value: f["code"], hint: lang.t("Kleine letters, cijfers en streepjes; later niet te wijzigen.", "Lower-case letters, digits and dashes; cannot be changed later."),
                                  error: e.message("code"), required: true)
                    : H.p(lang.t("Code: ", "Code: ") + (existing?.code ?? "")),
                Forms.select(lang.t("Domein (R4U)", "Domain (R4U)"), name: "domein", options: NeedDomain.allCases.map { ($0.rawValue, lang.t($0.dutchName, $0.englishName)) },
                             selected: f["domein"], error: e.message("domein")),
                Forms.field(lang.t("Naam (Nederlands)", "Name (Dutch)"), name: "naam_nl", value: f["naam_nl"], error: e.message("naam_nl"), required: true),
                Forms.field(lang.t("Naam (Engels)", "Name (English)"), name: "naam_en", value: f["naam_en"], error: e.message("naam_en"), required: true),
                Forms.textarea(lang.t("Beschrijving voor ouders (Nederlands, B1)", "Description for parents (Dutch, B1)"), name: "beschrijving_nl",
                               value: f["beschrijving_nl"], error: e.message("beschrijving_nl")),
                Forms.textarea(lang.t("Beschrijving voor ouders (Engels)", "Description for parents (English)"), name: "beschrijving_en",
                               value: f["beschrijving_en"], error: e.message("beschrijving_en")),
                Forms.submit(lang.t("Opslaan", "Save")),
            ]),
        ])
    }
}
