import Foundation
import Vapor

/// The cookies Wieg sets: all HttpOnly and SameSite=Lax, Secure behind HTTPS.
enum SessionCookie {
    static let session = "wieg_sessie"
    static let csrf = "wieg_csrf"

    static func value(_ string: String, secure: Bool, maxAge: Int? = nil) -> HTTPCookies.Value {
        HTTPCookies.Value(string: string, maxAge: maxAge, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    static func expired(secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/",
            isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
}
