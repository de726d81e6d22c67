import Foundation

/// The languages the parents' pages speak. Dutch first; the others are the languages
/// parents in Kansrijke Start most often read besides Dutch.
public enum ParentLanguage: String, Sendable, CaseIterable, Codable {
    case nl, en, ar, tr, pl, uk

    /// The language's name in itself, for the language menu.
    public var nativeName: String {
        switch self {
        case .nl: "Nederlands"
        case .en: "English"
        case .ar: "العربية"
        case .tr: "Türkçe"
        case .pl: "Polski"
        case .uk: "Українська"
        }
    }

    /// Arabic is written from right to left.
    public var isRightToLeft: Bool { self == .ar }

    /// `dir` for the page.
    public var direction: String { isRightToLeft ? "rtl" : "ltr" }

    /// Whether Wieg understands questions typed in this language (the others choose a topic).
    public var searchable: Bool { self == .nl || self == .en }

    /// The strings of this language (one file per language).
    public var strings: ParentStrings {
        switch self {
        case .nl: .dutch
        case .en: .english
        case .ar: .arabic
        case .tr: .turkish
        case .pl: .polish
        case .uk: .ukrainian
        }
    }
}

/// Every text of the parents' pages, by key. Each language answers every key in its own
/// file (`ParentStrings+Dutch.swift`, …) with an exhaustive `switch`, so the compiler
/// refuses a language that misses one. `{n}`, `{km}` and `{number}` are filled in.
public enum ParentText: String, Sendable, CaseIterable {
    // The page
    case pageTitle, lead, privacyLink, skipLink, brandLabel, languageMenu
    case footerNote, forProfessionals, privacyFooter
    // The three doors
    case doorWish, doorPregnant, doorBaby, doorsLabel
    // The question
    case questionLabel, questionHint, searchLanguageNote, municipalityLabel, municipalityChoose
    case postcodeLabel, postcodeHint, postcodeInvalid, postcodeUnknown, searchButton
    // The answer
    case understood, nearPostcode, searchOther, notUnderstood, chooseTopic, moreTopic, found, nothingFound
    case servicesInDutch, pages, previous, next, pageOf
    // A service
    case cost, costAsk, costFree, costInsurance, wherePrefix, distance, howSelf, howReferral, howGP, howJGZ
    case call, website, backToResults, backToSearch, from, howToGet, whatCost, whereQuestion, askCost
    case languagesOffered, demoNotice, reportError
    // A hulpkaart
    case cardTitle, cardPlace, cardMade, cardCode, cardCodeHint, cardSteps
    // Urgent help
    case emergencyHeading, emergency112, emergency113, emergencyVeiligThuis, emergencyGP, emergencyMidwife
}

/// One language's texts for the parents' pages.
public struct ParentStrings: Sendable {
    public let language: ParentLanguage
    let text: @Sendable (ParentText) -> String
    /// Topic key (`ParentTopics`) → its name.
    public let topics: [String: String]
    /// Need code → the need in everyday words. A need a beheerder added later has none:
    /// `needName` falls back to the taxonomy's own name.
    public let needs: [String: String]
    /// ISO 639-1 code → the language's name, for "help in these languages".
    public let languageNames: [String: String]

    public init(
        language: ParentLanguage, text: @escaping @Sendable (ParentText) -> String, topics: [String: String],
        needs: [String: String], languageNames: [String: String]
    ) {
        self.language = language
        self.text = text
        self.topics = topics
        self.needs = needs
        self.languageNames = languageNames
    }

    /// The text for `key`, with `{n}`, `{km}` and `{number}` filled in.
    public func callAsFunction(_ key: ParentText, _ values: [String: String] = [:]) -> String {
        var result = text(key)
        for (name, value) in values { result = result.replacingOccurrences(of: "{\(name)}", with: value) }
        return result
    }

    /// A need's name for parents: this language's, else the taxonomy's (English for English,
    /// Dutch for the others: a beheerder writes new needs in Dutch and English only).
    public func needName(_ term: NeedTerm) -> String {
        needs[term.code] ?? (language == .en ? term.englishName : term.dutchName)
    }

    /// A topic's name, with the Dutch one as a fallback.
    public func topicName(_ topic: ParentTopic) -> String { topics[topic.key] ?? topic.dutchName }

    /// The name of a language a service offers help in; the code itself when unknown.
    public func languageName(_ code: String) -> String { languageNames[code.lowercased()] ?? code }

    /// A number written the way this language writes it (Arabic keeps Western digits,
    /// as Dutch services and phone numbers do).
    public func decimal(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    /// Between the items of a list: Arabic has its own comma.
    public var listSeparator: String { language == .ar ? "، " : ", " }

    /// What a service costs in words, translating Wieg's two common values.
    public func costText(_ cost: String) -> String {
        switch cost.trimmingCharacters(in: .whitespaces).lowercased() {
        case "": self(.costAsk)
        case "gratis", "free": self(.cost) + " " + self(.costFree)
        case "vergoed door de zorgverzekering", "vergoed door je zorgverzekering": self(.cost) + " " + self(.costInsurance)
        default: self(.cost) + " " + cost
        }
    }
}
