/// The needs as parents browse them: a few topics in everyday words, each holding needs of
/// the taxonomy. Every need is in exactly one topic (a test checks it).
public struct ParentTopic: Sendable, Equatable {
    public let key: String
    public let dutchName: String
    public let englishName: String
    public let needs: [String]

    public init(key: String, dutchName: String, englishName: String, needs: [String]) {
        self.key = key
        self.dutchName = dutchName
        self.englishName = englishName
        self.needs = needs
    }
}

public enum ParentTopics {
    public static let all: [ParentTopic] = [
        ParentTopic(
            key: "zwanger", dutchName: "Zwanger worden en zwanger zijn", englishName: "Getting pregnant and being pregnant",
            needs: [
                "kinderwens", "onbedoelde-zwangerschap", "prenatale-zorg", "eerdere-zwangerschapscomplicaties", "voorbereiding-ouderschap"
            ]),
        ParentTopic(
            key: "baby", dutchName: "Je baby", englishName: "Your baby",
            needs: ["borstvoeding", "hechting", "opvoedvragen", "ontwikkeling-kind"]),
        ParentTopic(
            key: "gevoel", dutchName: "Je gevoel", englishName: "How you feel",
            needs: ["psychische-problemen", "stress", "trauma", "ingrijpende-gebeurtenissen", "sociaal-isolement"]),
        ParentTopic(
            key: "thuis", dutchName: "Thuis en je gezin", englishName: "Home and family",
            needs: ["huiselijk-geweld", "eenoudergezin", "tienerouders", "chronische-aandoening", "lvb"]),
        ParentTopic(
            key: "geld", dutchName: "Geld, werk en school", englishName: "Money, work and school",
            needs: ["schulden", "laag-inkomen", "werkloosheid", "opleiding"]),
        ParentTopic(
            key: "wonen", dutchName: "Wonen", englishName: "A place to live", needs: ["huisvesting", "statushouders-asielzoekers"]),
        ParentTopic(
            key: "gezond", dutchName: "Gezond leven", englishName: "Healthy living",
            needs: ["roken", "alcohol", "verslaving", "voeding-foliumzuur", "beweging", "gezond-gewicht"]),
        ParentTopic(
            key: "taal", dutchName: "Taal en lezen", englishName: "Language and reading",
            needs: ["taal-tolk", "laaggeletterdheid", "taalontwikkeling"])
    ]
}
