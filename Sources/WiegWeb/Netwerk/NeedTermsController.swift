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
            [
                H.a(SiteURL.needTerm(term.code).path, lang.t(term.dutchName, term.englishName).capitalizedFirst), H.text(term.code),
                H.text(lang.t(term.domain.dutchName, term.domain.englishName)),
                H.text(lang.t(term.dutchDescription, term.englishDescription))
            ]
        }
        return Layout.page(
            req.shell, title: lang.t("Behoeften", "Needs"),
            [
                H.h1(lang.t("Behoeften", "Needs")),
                H.p(
                    lang.t(
                        "De lijst van behoeften waar aanbod op inspeelt en zorgpaden voor zijn, naar de domeinen van R4U. Namen en beschrijvingen zijn aan te passen; codes blijven altijd gelijk.",
                        "The needs that services address and care paths are for, by the R4U domains. Names and descriptions can be changed; codes never change."
                    ), H.cls("lead")),
                H.el("p", H.a(SiteURL.needTermNew.path, lang.t("Nieuwe behoefte", "New need"), H.cls("button"))),
                H.table(
                    caption: lang.t("\(rows.count) behoeften", "\(rows.count) needs"),
                    headers: [
                        lang.t("Naam", "Name"), "Code", lang.t("Domein", "Domain"),
                        lang.t("Beschrijving voor ouders", "Description for parents")
                    ], rows: rows)
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
