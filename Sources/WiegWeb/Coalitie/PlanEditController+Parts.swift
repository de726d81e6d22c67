import Foundation
import Plot
import Vapor
import WiegCore
import WiegStore

/// The 10 points and the members (see `PlanEditController`; the budget is `BudgetEditController`).
extension PlanEditController {
    // MARK: The 10 points

    static func point(_ req: Request) throws -> PharosPoint {
        guard let point = req.parameters.get("point").flatMap(Int.init).flatMap(PharosPoint.init(rawValue:)) else {
            throw WiegError.notFound(
                "Dit punt bestaat niet; de 10 punten zijn genummerd 1 tot en met 10.",
                "This point does not exist; the 10 points are numbered 1 to 10.")
        }
        return point
    }

    @Sendable static func pointForm(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        let (year, point) = (try CoalitionEditing.year(req), try point(req))
        let current = (c.work.points(year) ?? PharosYear(year: year))[point]
        return CoalitionEditing.page(
            req, c, ("Punt \(point.number) (\(year)): \(point.title)", "Point \(point.number) (\(year)): \(point.englishName)"),
            .pointEdit(c.slug, String(year), String(point.number)), PlanFields.point, PointForm.fields(current))
    }

    @Sendable static func pointSave(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        let (year, point) = (try CoalitionEditing.year(req), try point(req))
        let f = CoalitionEditing.fields(req)
        let check = PointForm.check(fields: f, year: year, point: point)
        guard let assessment = check.record else {
            return CoalitionEditing.page(
                req, c, ("Punt \(point.number) (\(year)): \(point.title)", "Point \(point.number) (\(year)): \(point.englishName)"),
                .pointEdit(c.slug, String(year), String(point.number)), PlanFields.point, f, check.issues)
        }
        try await c.modify(req) { work in
            var points = work.points(year) ?? PharosYear(year: year)
            points[point] = assessment
            return [.item(points)]
        }
        return CoalitionEditing.back(req, c, "punten")
    }

    // MARK: Members

    @Sendable static func memberForm(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        return CoalitionEditing.page(req, c, ("Partner toevoegen", "Add a partner"), .memberNew(c.slug), PlanFields.member(c), [:])
    }

    @Sendable static func memberSave(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        let f = CoalitionEditing.fields(req)
        let organisations = c.organisations
        let issues = try await c.modify(req) { work -> (result: [ImportIssue], writes: [CoalitionWrite]) in
            var record = work.coalition
            let check = MemberForm.check(fields: f, organisations: organisations, otherMembers: Set(record.members.map(\.organisationID)))
            guard let member = check.record else { return (check.issues, []) }
            record.members.append(member)
            return ([], [.record(record)])
        }
        guard issues.isEmpty else {
            return CoalitionEditing.page(
                req, c, ("Partner toevoegen", "Add a partner"), .memberNew(c.slug), PlanFields.member(c), f, issues)
        }
        return CoalitionEditing.back(req, c, "partners")
    }

    /// Changing a member's contact role; the organisation stays (remove and add to change it).
    @Sendable static func memberEditForm(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        let member = try member(req, c)
        return CoalitionEditing.page(
            req, c, memberTitle(c, member), .memberEdit(c.slug, member.organisationID.uuidString), PlanFields.memberRole,
            MemberForm.fields(member))
    }

    @Sendable static func memberEditSave(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        let member = try member(req, c)
        var f = CoalitionEditing.fields(req)
        f[MemberForm.Field.organisatie.rawValue] = member.organisationID.uuidString
        let (organisations, organisationID, fields) = (c.organisations, member.organisationID, f)
        let issues = try await c.modify(req) { work -> (result: [ImportIssue], writes: [CoalitionWrite]) in
            var record = work.coalition
            guard let index = record.members.firstIndex(where: { $0.organisationID == organisationID }) else { throw memberGone }
            let check = MemberForm.check(
                fields: fields, organisations: organisations,
                otherMembers: Set(record.members.map(\.organisationID)).subtracting([organisationID]))
            guard let changed = check.record else { return (check.issues, []) }
            record.members[index] = changed
            return ([], [.record(record)])
        }
        guard issues.isEmpty else {
            return CoalitionEditing.page(
                req, c, memberTitle(c, member), .memberEdit(c.slug, member.organisationID.uuidString), PlanFields.memberRole, f, issues)
        }
        return CoalitionEditing.back(req, c, "partners")
    }

    static let memberGone = WiegError.notFound(
        "Deze partner hoort niet (meer) bij de coalitie.", "This partner is not (any more) in the coalition.")

    static func memberTitle(_ c: CoalitionContext, _ member: CoalitionMember) -> (String, String) {
        let name = c.organisationName(member.organisationID) ?? member.organisationID.uuidString
        return ("Rol van \(name) bewerken", "Edit the role of \(name)")
    }

    static func member(_ req: Request, _ c: CoalitionContext) throws -> CoalitionMember {
        guard let member = c.work.coalition.members.first(where: { $0.organisationID.uuidString == req.parameters.get("id") }) else {
            throw memberGone
        }
        return member
    }

    @Sendable static func memberConfirm(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        let member = try member(req, c)
        let name = c.organisationName(member.organisationID) ?? member.organisationID.uuidString
        return ConfirmView.render(
            req.shell, title: req.lang.t("Partner verwijderen", "Remove partner"),
            message: req.lang.t(
                "Weet u zeker dat u \(name) uit de coalitie haalt? Activiteiten en afspraken blijven staan.",
                "Are you sure you want to remove \(name) from the coalition? Activities and agreements stay."),
            action: SiteURL.memberDelete(c.slug, member.organisationID.uuidString).path,
            confirm: req.lang.t("Ja, verwijderen", "Yes, remove"), cancel: SiteURL.coalition(c.slug).path)
    }

    @Sendable static func memberDelete(req: Request) async throws -> Response {
        let c = try await CoalitionContext.load(req, edit: true)
        let organisationID = try member(req, c).organisationID
        try await c.modify(req) { work in
            var record = work.coalition
            record.members.removeAll { $0.organisationID == organisationID }
            return [.record(record)]
        }
        return CoalitionEditing.back(req, c, "partners")
    }
}

/// The controls of the plan's forms (names are WiegCore's form fields).
enum PlanFields {
    static let details = [
        ItemField(
            name: "projectleider", labelNL: "Projectleider (rol, of naam als professioneel contact)",
            labelEN: "Project leader (role, or name as professional contact)"),
        ItemField(name: "startdatum", labelNL: "Startdatum (dd-mm-jjjj)", labelEN: "Start date (dd-mm-yyyy)"),
        ItemField(
            name: "vormen", labelNL: "Hoe de doelgroep betrokken is", labelEN: "How the target group is involved",
            hintNL: "Gescheiden door komma's: " + InvolvementForm.allCases.map(\.rawValue).joined(separator: ", "),
            hintEN: "Separated by commas: " + InvolvementForm.allCases.map(\.rawValue).joined(separator: ", ")),
        ItemField(name: "toelichting", labelNL: "Toelichting bij de betrokkenheid", labelEN: "Note on the involvement", control: .textarea),
        ItemField(name: "jaar", labelNL: "RIVM-monitoring: jaar (optioneel)", labelEN: "RIVM monitoring: year (optional)"),
        ItemField(
            name: "deelname", labelNL: "Deelname aan de RIVM-monitoring in dat jaar",
            labelEN: "Participation in the RIVM monitoring that year",
            control: .select([("onbekend", "onbekend"), ("ja", "ja"), ("nee", "nee")]))
    ]
    static let plan = [
        ItemField(name: "eerste-jaar", labelNL: "Eerste jaar", labelEN: "First year"),
        ItemField(name: "laatste-jaar", labelNL: "Laatste jaar", labelEN: "Last year"),
        ItemField(
            name: "ambities", labelNL: "Ambities (stip op de horizon)", labelEN: "Ambitions", hintNL: "Eén per regel.",
            hintEN: "One per line.", control: .textarea),
        ItemField(
            name: "maatschappelijke-resultaten", labelNL: "Maatschappelijke resultaten", labelEN: "Societal results",
            hintNL: "Eén per regel.", hintEN: "One per line.", control: .textarea),
        ItemField(name: "vastgesteld", labelNL: "Vastgesteld", labelEN: "Adopted", control: .select([("nee", "nee"), ("ja", "ja")])),
        ItemField(name: "vastgesteld-op", labelNL: "Vastgesteld op (dd-mm-jjjj)", labelEN: "Adopted on (dd-mm-yyyy)")
    ]
    static let goal = [
        ItemField(name: "tekst", labelNL: "Doel", labelEN: "Goal", control: .textarea),
        ItemField(name: "fase", labelNL: "Fase", labelEN: "Phase", control: .select(Phase.allCases.map { ($0.rawValue, $0.dutchName) })),
        ItemField(
            name: "actielijnen", labelNL: "Actielijnen", labelEN: "Action lines",
            hintNL: "Codes, gescheiden door komma's, bijvoorbeeld: 1.1, 1.2",
            hintEN: "Codes separated by commas, for example: 1.1, 1.2"),
        ItemField(
            name: "themas", labelNL: "Thema's (minimale eisen, optioneel)", labelEN: "Themes (minimum requirements, optional)",
            hintNL: MinimumTheme.allCases.map(\.rawValue).joined(separator: ", "),
            hintEN: MinimumTheme.allCases.map(\.rawValue).joined(separator: ", "))
    ]
    static let point = [
        ItemField(
            name: "status", labelNL: "Status", labelEN: "Status", control: .select(PointStatus.allCases.map { ($0.rawValue, $0.label) })),
        ItemField(name: "waar-staan-we", labelNL: "Waar staan we", labelEN: "Where we stand", control: .textarea),
        ItemField(
            name: "wat-willen-we-ontwikkelen", labelNL: "Wat willen we ontwikkelen", labelEN: "What we want to develop", control: .textarea)
    ]
    static func member(_ c: CoalitionContext) -> [ItemField] {
        let current = Set(c.work.coalition.members.map(\.organisationID))
        return [
            ItemField(
                name: "organisatie", labelNL: "Organisatie", labelEN: "Organisation",
                control: .select([("", "—")] + c.organisations.filter { !current.contains($0.id) }.map { ($0.id.uuidString, $0.name) })),
            memberRole[0]
        ]
    }
    static let memberRole = [ItemField(name: "rol", labelNL: "Rol van de contactpersoon (geen naam)", labelEN: "Contact's role (no name)")]
}
