import Foundation
import WiegCore
import WiegStore

/// One control of an item's edit form.
struct ItemField {
    enum Control {
        case text
        case textarea
        case select([(value: String, label: String)])
        /// Tick any number; the ticked values arrive joined by `|`.
        case checkboxes([(value: String, label: String)])
    }

    var name: String
    var labelNL: String
    var labelEN: String
    var hintNL: String? = nil
    var hintEN: String? = nil
    var control: Control = .text
}

/// A kind of coalition item edited through `CoalitionItemEditController`: its URL segment,
/// names, where it lives in the coalition's work, its form (the WiegCore check) and fields.
protocol EditableCoalitionItem: CoalitionWorkItem, Identifiable, Equatable where ID == UUID {
    static var segment: String { get }
    static var kind: CoalitionItemKind { get }
    static var nounNL: String { get }
    static var nounEN: String { get }
    /// Whether the Dutch noun is a de-word ("de werkgroep": "nieuwe werkgroep").
    static var deWordNL: Bool { get }
    static func items(in work: CoalitionWork) -> [Self]
    static func check(_ fields: [String: String], id: UUID, existing: Self?, context: CoalitionContext, now: Date)
        -> FormCheck<Self>
    static func fields(_ item: Self) -> [String: String]
    static func form(_ context: CoalitionContext) -> [ItemField]
    var label: String { get }
}

extension Risk: EditableCoalitionItem {
    static let segment = "risicos", kind = CoalitionItemKind.risk, nounNL = "risico", nounEN = "risk", deWordNL = false
    static func items(in work: CoalitionWork) -> [Risk] { work.risks }
    static func check(_ fields: [String: String], id: UUID, existing: Risk?, context: CoalitionContext, now: Date)
        -> FormCheck<Risk>
    {
        RiskForm.check(fields: fields, id: id)
    }
    static func fields(_ item: Risk) -> [String: String] { RiskForm.fields(item) }
    static func form(_ context: CoalitionContext) -> [ItemField] {
        [
            ItemField(name: "risico", labelNL: "Risico", labelEN: "Risk", control: .textarea),
            ItemField(name: "beheersmaatregel", labelNL: "Beheersmaatregel", labelEN: "Mitigation", control: .textarea),
            ItemField(
                name: "verantwoordelijken", labelNL: "Verantwoordelijken", labelEN: "Responsible parties",
                hintNL: "Eén per regel.", hintEN: "One per line.", control: .textarea),
            ItemField(
                name: "status", labelNL: "Status", labelEN: "Status",
                control: .select(RiskStatus.allCases.map { ($0.rawValue, $0.dutchName) }))
        ]
    }
    var label: String { risk }
}

extension Workgroup: EditableCoalitionItem {
    static let segment = "werkgroepen", kind = CoalitionItemKind.workgroup, nounNL = "werkgroep", nounEN = "workgroup", deWordNL = true
    static func items(in work: CoalitionWork) -> [Workgroup] { work.workgroups }
    static func check(_ fields: [String: String], id: UUID, existing: Workgroup?, context: CoalitionContext, now: Date)
        -> FormCheck<Workgroup>
    {
        WorkgroupForm.check(fields: fields, id: id, knownOrganisations: Set(context.organisations.map(\.id)), existing: existing)
    }
    static func fields(_ item: Workgroup) -> [String: String] { WorkgroupForm.fields(item) }
    static func form(_ context: CoalitionContext) -> [ItemField] {
        [
            ItemField(name: "naam", labelNL: "Naam", labelEN: "Name"),
            ItemField(name: "actie-eigenaar", labelNL: "Actie-eigenaar", labelEN: "Action owner"),
            ItemField(name: "contact-projectgroep", labelNL: "Contact in de projectgroep", labelEN: "Contact in the project group"),
            ItemField(
                name: "leden", labelNL: "Deelnemende organisaties", labelEN: "Member organisations",
                control: .checkboxes(context.organisationOptions(alsoUsed: context.work.workgroups.flatMap(\.memberOrganisationIDs)))),
            ItemField(name: "toelichting", labelNL: "Toelichting", labelEN: "Note", control: .textarea)
        ]
    }
    var label: String { name }
}

extension GovernanceBody: EditableCoalitionItem {
    static let segment = "overleggen", kind = CoalitionItemKind.governance, nounNL = "overleg", nounEN = "governance body", deWordNL = false
    static func items(in work: CoalitionWork) -> [GovernanceBody] { work.governance }
    static func check(_ fields: [String: String], id: UUID, existing: GovernanceBody?, context: CoalitionContext, now: Date)
        -> FormCheck<GovernanceBody>
    {
        GovernanceBodyForm.check(fields: fields, id: id)
    }
    static func fields(_ item: GovernanceBody) -> [String: String] { GovernanceBodyForm.fields(item) }
    static func form(_ context: CoalitionContext) -> [ItemField] {
        [
            ItemField(
                name: "soort", labelNL: "Soort", labelEN: "Kind",
                control: .select(GovernanceBodyKind.allCases.map { ($0.rawValue, $0.dutchName) })),
            ItemField(name: "naam", labelNL: "Naam", labelEN: "Name"),
            ItemField(
                name: "leden", labelNL: "Leden (rollen of organisaties)", labelEN: "Members (roles or organisations)",
                hintNL: "Eén per regel.", hintEN: "One per line.", control: .textarea),
            ItemField(
                name: "vergaderingen-per-jaar", labelNL: "Vereist aantal vergaderingen per jaar", labelEN: "Required meetings per year"),
            ItemField(
                name: "vergaderingen", labelNL: "Gehouden vergaderingen", labelEN: "Meetings held",
                hintNL: "Eén datum per regel, dd-mm-jjjj.", hintEN: "One date per line, dd-mm-yyyy.", control: .textarea)
        ]
    }
    var label: String { name }
}

extension Agreement: EditableCoalitionItem {
    static let segment = "afspraken", kind = CoalitionItemKind.agreement, nounNL = "afspraak", nounEN = "agreement", deWordNL = true
    static func items(in work: CoalitionWork) -> [Agreement] { work.agreements }
    static func check(_ fields: [String: String], id: UUID, existing: Agreement?, context: CoalitionContext, now: Date)
        -> FormCheck<Agreement>
    {
        AgreementForm.check(
            fields: fields, id: id, knownOrganisations: Set(context.organisations.map(\.id)),
            knownZorgpaden: Set(context.network.zorgpaden.map(\.id)))
    }
    static func fields(_ item: Agreement) -> [String: String] { AgreementForm.fields(item) }
    static func form(_ context: CoalitionContext) -> [ItemField] {
        [
            ItemField(name: "titel", labelNL: "Titel", labelEN: "Title"),
            ItemField(
                name: "niveau", labelNL: "Niveau", labelEN: "Level",
                control: .select(AgreementLevel.allCases.map { ($0.rawValue, $0.dutchName) })),
            ItemField(
                name: "partijen", labelNL: "Partijen (ten minste twee)", labelEN: "Parties (at least two)",
                control: .checkboxes(context.organisationOptions(alsoUsed: context.work.agreements.flatMap(\.partyIDs)))),
            ItemField(name: "datum", labelNL: "Datum (dd-mm-jjjj)", labelEN: "Date (dd-mm-yyyy)"),
            ItemField(name: "link", labelNL: "Link naar het document", labelEN: "Link to the document"),
            ItemField(
                name: "zorgpaden", labelNL: "Zorgpaden die de afspraak regelt", labelEN: "Care paths the agreement governs",
                control: .checkboxes(context.zorgpadOptions(alsoUsed: context.work.agreements.flatMap(\.zorgpadIDs))))
        ]
    }
    var label: String { title }
}

extension EditableCoalitionItem {
    /// "Nieuwe werkgroep", "Nieuw risico".
    static var newNL: String { (deWordNL ? "Nieuwe " : "Nieuw ") + nounNL }
}
