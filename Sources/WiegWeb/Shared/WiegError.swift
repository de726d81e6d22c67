import Vapor

/// An error with a status and a message a user can act on, in Dutch and English.
struct WiegError: AbortError, Sendable {
    var status: HTTPResponseStatus
    var nl: String
    var en: String
    var headers: HTTPHeaders = [:]

    var reason: String { nl }

    func message(_ lang: Lang) -> String { lang.t(nl, en) }

    static let unauthorized = WiegError(
        status: .unauthorized,
        nl: "Log in om dit te zien.",
        en: "Please sign in to see this.")
    static let forbidden = WiegError(
        status: .forbidden,
        nl: "U hebt geen toegang tot deze pagina. Vraag uw beheerder om de juiste rol als u denkt dat dit niet klopt.",
        en: "You do not have access to this page. Ask your administrator for the right role if you think this is wrong.")
    static let notFound = WiegError(
        status: .notFound,
        nl: "Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar de startpagina.",
        en: "This page does not exist (any more). Check the address or go back to the home page.")
    static let csrf = WiegError(
        status: .forbidden,
        nl: "Het formulier is verlopen of ongeldig. Laad de pagina opnieuw en probeer het nog eens.",
        en: "The form has expired or is invalid. Reload the page and try again.")
    static func tooLarge(limit: Int) -> WiegError {
        let size = limit >= 1024 * 1024 ? "\(limit / (1024 * 1024)) MB" : "\(max(1, limit / 1024)) kB"
        return WiegError(
            status: .payloadTooLarge,
            nl: "Het bestand of formulier is te groot: hoogstens \(size) is toegestaan.",
            en: "The file or form is too large: at most \(size) is allowed.")
    }

    static func notFound(_ nl: String, _ en: String) -> WiegError { WiegError(status: .notFound, nl: nl, en: en) }
    static func badRequest(_ nl: String, _ en: String) -> WiegError { WiegError(status: .badRequest, nl: nl, en: en) }
}
