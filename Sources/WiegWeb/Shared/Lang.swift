/// The interface language. Dutch first; English via the language switch.
public enum Lang: String, Sendable, CaseIterable {
    case nl, en

    /// Picks the text for this language.
    @inline(__always)
    public func t(_ nl: String, _ en: String) -> String { self == .nl ? nl : en }

    static let cookieName = "wieg_taal"
}
