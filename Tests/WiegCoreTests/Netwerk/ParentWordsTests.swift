import Foundation
import Testing
import WiegDemo

@testable import WiegCore

@Suite("Parents' words: a question read as needs")
struct ParentWordsTests {
    let words = ParentWords.seeded

    @Test(
        "each of the 25 everyday questions is understood as one of its needs, and as nothing else", arguments: NetworkDemo.parentQuestions)
    func acceptance(_ question: String, _ needs: Set<String>) {
        let understood = words.understand(question)
        #expect(!understood.isEmpty, "\(question): not understood")
        #expect(Set(understood).isSubset(of: needs), "\(question): \(understood)")
    }

    /// Other words, misspellings and English: not in the acceptance list.
    static let beyondQuestions: [(String, String)] = [
        ("sgulden", "schulden"), ("ik heb schuld", "schulden"), ("de deurwaarder komt", "schulden"),
        ("ik kan de rekeningen niet betalen", "schulden"), ("debt", "schulden"), ("money worries", "schulden"),
        ("feeling down", "psychische-problemen"), ("depressief", "psychische-problemen"),
        ("depresief", "psychische-problemen"), ("ik ben zo moe", "stress"), ("eenzaamheid", "sociaal-isolement"),
        ("borstvoedng", "borstvoeding"), ("pijnlijke tepels", "borstvoeding"), ("mijn baby huilt de hele dag", "opvoedvragen"),
        ("ik ben bang voor mijn partner", "huiselijk-geweld"), ("ik word geslagen", "huiselijk-geweld"),
        ("mijn vriend slaat me", "huiselijk-geweld"), ("wij hebben geen woning", "huisvesting"),
        ("ik ben uit huis gezet", "huisvesting"), ("homeless", "huisvesting"), ("ik wil stoppen met blowen", "verslaving"),
        ("sigaretten", "roken"), ("vapen", "roken"), ("zwanger op mijn 16", "tienerouders"), ("jong zwanger", "tienerouders"),
        ("ik voed mijn kind alleen op", "eenoudergezin"), ("single mum", "eenoudergezin"),
        ("ik kan niet goed lezen", "laaggeletterdheid"), ("vertaler", "taal-tolk"), ("interpreter", "taal-tolk"),
        ("ik wil een kind", "kinderwens"), ("ongepland zwanger", "onbedoelde-zwangerschap"),
        ("anticonceptie", "onbedoelde-zwangerschap"), ("miskraam", "eerdere-zwangerschapscomplicaties"),
        ("vitamine d", "voeding-foliumzuur"), ("wat mag ik eten", "voeding-foliumzuur"), ("overgewicht", "gezond-gewicht"),
        ("geen werk", "werkloosheid"), ("voedselbank", "laag-inkomen"), ("kinderwagen", "laag-inkomen"),
        ("vluchteling", "statushouders-asielzoekers"), ("mijn moeder is overleden", "ingrijpende-gebeurtenissen"),
        ("boekjes lezen met mijn baby", "taalontwikkeling"), ("zwangerschapscursus", "voorbereiding-ouderschap"),
        ("ik voel geen band met mijn baby", "hechting"), ("mijn baby groeit niet", "ontwikkeling-kind")
    ]

    @Test("other words, misspellings and English are understood too", arguments: beyondQuestions)
    func beyond(_ question: String, _ need: String) {
        #expect(words.understand(question).contains(need), "\(question): \(words.understand(question))")
    }

    /// Everyday questions with a word that also means something else: never read as that.
    static let misreadings: [(String, String)] = [
        ("mijn baby drinkt slecht", "alcohol"), ("waar staat het consultatiebureau", "huiselijk-geweld"),
        ("mijn zoon is 14 jaar", "tienerouders"), ("kan ik vroeger komen", "trauma"), ("mijn hechtingen doen pijn", "hechting"),
        ("koken voor mijn kind", "roken"), ("ik heb het zwaar", "gezond-gewicht"), ("ik heb het druk", "stress"),
        ("wij hebben ruzie over geld", "huiselijk-geweld"), ("ik heb hulp nodig", "voorbereiding-ouderschap"),
        ("het leven is duur", "laaggeletterdheid"), ("ik zoek werk", "werkloosheid"), ("bij ons thuis", "huisvesting"),
        ("ik ben alleen thuis met mijn baby", "eenoudergezin")
    ]

    @Test("a word with another meaning is not read as the need it resembles", arguments: misreadings)
    func misreading(_ question: String, _ wrong: String) {
        #expect(!words.understand(question).contains(wrong), "\(question): \(words.understand(question))")
    }

    @Test("a real word of the social map is never taken for a typing error")
    func realWordsAreNotTypos() {
        #expect(words.understand("sgulden") == ["schulden"])
        #expect(words.understand("sgulden") { $0 == "sgulden" } == [])
    }

    @Test("a question nothing matches is not understood: no loose guess")
    func notUnderstood() {
        for question in ["", "ik", "hallo", "auto kopen", "voetbaltraining", "xyz", "wanneer is het open"] {
            #expect(words.understand(question) == [], "\(question): \(words.understand(question))")
        }
    }

    @Test("a longer phrase of one need wins over a shorter one of another inside it")
    func longerPhraseWins() {
        #expect(words.understand("niet zwanger worden") == ["onbedoelde-zwangerschap"])
        #expect(words.understand("zwanger worden") == ["kinderwens"])
        #expect(words.understand("ik ben bang voor mijn partner") == ["huiselijk-geweld"])
        #expect(words.understand("bang") == ["psychische-problemen"])
    }

    @Test("needs come in the order of the question; a word of four letters or fewer must be exact")
    func orderAndShortWords() {
        #expect(words.understand("schulden en eenzaam") == ["schulden", "sociaal-isolement"])
        #expect(words.understand("eenzaam en schulden") == ["sociaal-isolement", "schulden"])
        #expect(words.understand("tilk") == [])
        #expect(ParentWords.editDistance(Array("sgulden"), Array("schulden"), limit: 2) == 2)
        #expect(ParentWords.editDistance(Array("borstvoedign"), Array("borstvoeding"), limit: 2) == 1)
    }

    @Test("the list reads one need per line; repeats and empty entries are dropped")
    func reading() {
        let list = ParentWords(text: "schulden: schuld, Schuld , , geldzorgen # comment\n\nbad line\nroken: rook")
        #expect(list.codes == ["schulden", "roken"])
        #expect(list.count == 3)
        #expect(list.text(of: "schulden") == "schuld, geldzorgen")
        #expect(ParentWords.seeded.count > 500)
    }
}

@Suite("Parents' results: the order")
struct ParentRankTests {
    @Test("help most about the asked need first, then help a parent can ask for, then help for fewer phases")
    func order() {
        let org = UUID()
        let main = ServiceRecord(organisationID: org, name: "Z main", phases: [.tijdens], needs: ["schulden"], access: .verwijzing)
        let side = ServiceRecord(organisationID: org, name: "A side", phases: [.tijdens], needs: ["stress", "schulden"])
        let selfCall = ServiceRecord(organisationID: org, name: "Y self", phases: [.tijdens], needs: ["schulden"])
        let everyPhase = ServiceRecord(organisationID: org, name: "B all", phases: [.voor, .tijdens, .na], needs: ["schulden"])
        let ranked = [main, side, selfCall, everyPhase].sorted {
            ParentRank($0, needs: ["schulden"], phase: .tijdens) < ParentRank($1, needs: ["schulden"], phase: .tijdens)
        }
        #expect(ranked.map(\.name) == ["Y self", "B all", "Z main", "A side"])
    }
}

@Suite("Parents' topics")
struct ParentTopicsTests {
    @Test("every need of the taxonomy is in exactly one topic, and every need in a topic exists; every need has parents' words")
    func coverage() {
        let codes = NeedTaxonomy.seeded.terms.map(\.code)
        let inTopics = ParentTopics.all.flatMap(\.needs)
        #expect(inTopics.sorted() == codes.sorted())
        #expect(Set(inTopics).count == inTopics.count)
        #expect(codes.filter { ParentWords.seeded.entries[$0] == nil } == [])
    }
}
