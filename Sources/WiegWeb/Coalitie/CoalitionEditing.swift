import Foundation
import Vapor
import WiegCore
import WiegStore

/// What the coalition edit pages share: the posted fields, the form page, the way back to
/// the dashboard and the year in the path.
enum CoalitionEditing {
    static func fields(_ req: Request) -> [String: String] { Dictionary(FormFields.parse(req), uniquingKeysWith: { a, _ in a }) }
    static func back(_ req: Request, _ c: CoalitionContext, _ anchor: String) -> Response {
        req.redirect(to: SiteURL.coalition(c.slug).path + "#" + anchor, redirectType: .normal)
    }
    static func page(
        _ req: Request, _ c: CoalitionContext, _ title: (String, String), _ action: SiteURL, _ controls: [ItemField],
        _ f: [String: String], _ issues: [ImportIssue] = []
    ) -> Response {
        CoalitionItemFormView.form(
            req.shell, context: c, title: req.lang.t(title.0, title.1), action: action.path, controls: controls,
            fields: f, issues: issues, status: issues.isEmpty ? .ok : .unprocessableEntity)
    }
    static func year(_ req: Request) throws -> Int {
        guard let year = req.parameters.get("year").flatMap(Int.init), (2000...2100).contains(year) else {
            throw WiegError.notFound(
                "Dit jaar bestaat niet in Wieg (2000 tot en met 2100).", "This year does not exist in Wieg (2000 to 2100).")
        }
        return year
    }
}
