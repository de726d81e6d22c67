import Foundation
import Testing
import WiegDemo

@testable import WiegCore

@Suite("Parents' languages, plain names and postcodes")
struct ParentLanguagesTests {
    @Test("every language names every topic, every seeded need and every language a service may offer; no text is empty")
    func complete() {
        let needCodes = Set(NeedTaxonomy.seeded.terms.map(\.code))
        let topicKeys = Set(ParentTopics.all.map(\.key) + ["meer"])
        let languageCodes = Set(ParentStrings.dutch.languageNames.keys)
        for language in ParentLanguage.allCases {
            let t = language.strings
            #expect(t.language == language)
            #expect(Set(t.needs.keys) == needCodes, "\(language): needs")
            #expect(Set(t.topics.keys) == topicKeys, "\(language): topics")
            #expect(Set(t.languageNames.keys) == languageCodes, "\(language): language names")
            for key in ParentText.allCases {
                #expect(!t(key).trimmingCharacters(in: .whitespaces).isEmpty, "\(language): \(key)")
            }
            #expect(t.needs.values.allSatisfy { !$0.isEmpty } && t.topics.values.allSatisfy { !$0.isEmpty })
        }
    }

    @Test("placeholders survive translation: each language keeps the source's {n}, {total}, {km} and {number}")
    func placeholders() {
        func marks(_ text: String) -> Set<String> {
            Set(["{n}", "{total}", "{km}", "{number}", "{postcode}", "{place}", "{date}", "{code}"].filter { text.contains($0) })
        }
        for language in ParentLanguage.allCases {
            for key in ParentText.allCases {
                #expect(marks(language.strings(key)) == marks(ParentStrings.dutch(key)), "\(language): \(key)")
            }
        }
        #expect(ParentStrings.dutch(.found, ["n": "3"]) == "Hulp gevonden (3)")
        #expect(ParentStrings.english(.pageOf, ["n": "2", "total": "5"]) == "Page 2 of 5")
    }

    @Test("the translations are not the Dutch text: each language has its own doors, emergency words and topics")
    func ownWords() {
        let dutch = ParentStrings.dutch
        for language in ParentLanguage.allCases where language != .nl {
            let t = language.strings
            for key in [ParentText.doorPregnant, .questionLabel, .emergencyHeading, .howReferral, .notUnderstood] {
                #expect(t(key) != dutch(key), "\(language): \(key) is still Dutch")
            }
            // The numbers to call stay as they are, in every language.
            #expect(t(.emergency113).contains("0800-0113") && t(.emergencyVeiligThuis).contains("0800-2000"))
            #expect(t(.emergency112).contains("112"))
        }
        #expect(ParentLanguage.ar.isRightToLeft && ParentLanguage.ar.direction == "rtl")
        #expect(ParentLanguage.allCases.filter(\.isRightToLeft) == [.ar])
        // Arabic back links point the way the page reads.
        #expect(ParentStrings.arabic(.backToResults).contains("→") && !ParentStrings.arabic(.backToResults).contains("←"))
    }

    @Test("cost in words: the two common values are translated, others stay as written, none asks to ask")
    func cost() {
        #expect(ParentStrings.english.costText("gratis") == "Cost: free")
        #expect(ParentStrings.english.costText("vergoed door de zorgverzekering") == "Cost: your health insurance pays for it")
        #expect(ParentStrings.dutch.costText("eigen bijdrage € 25") == "Kosten: eigen bijdrage € 25")
        #expect(ParentStrings.dutch.costText("") == "Vraag wat het kost.")
        #expect(ParentStrings.dutch.decimal(2.5) == "2,5" && ParentStrings.english.decimal(2.5) == "2.5")
        #expect(ParentStrings.dutch.decimal(3) == "3")
    }

    @Test("jargon is found as a word, a word start or a phrase, not inside other words")
    func jargon() {
        #expect(ParentJargon.found(in: "Huisarts en praktijkondersteuner GGZ") == ["ggz"])
        #expect(ParentJargon.found(in: "Risico-overleg kwetsbare zwangeren").sorted() == ["kwetsbare", "risico-overleg"])
        #expect(ParentJargon.found(in: "Prenataal huisbezoek") == ["prenataal"])
        #expect(ParentJargon.found(in: "Steun voor ouders met een licht verstandelijke beperking") == ["verstandelijke beperking"])
        #expect(ParentJargon.found(in: "Voorschoolse educatie (VVE)") == ["vve"])
        #expect(ParentJargon.found(in: "Hulp als je je somber voelt").isEmpty)
        #expect(ParentJargon.found(in: "Stoppen met roken, samen met je verloskundige").isEmpty)
        // "signaal" is not "signalering", "indicatief" would be.
        #expect(ParentJargon.found(in: "Een signaal van je lichaam").isEmpty)
    }

    @Test(
        "every demo service a parent can find has a name and a description without jargon (the Meppel and Venlo demo and the national templates)"
    )
    func demoWithoutJargon() {
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        let local = NetworkDemo.make(now: now).services
        let national = NationalDemo.make(now: now).services
        for s in local + national.prefix(2_000) where s.status == .actief {
            #expect(ParentJargon.found(in: s.nameForParents).isEmpty, "\(s.name): \(ParentJargon.found(in: s.nameForParents))")
            #expect(ParentJargon.found(in: s.publicDescription).isEmpty, "\(s.name): \(ParentJargon.found(in: s.publicDescription))")
        }
    }

    @Test("a postcode is four digits, or four digits and two letters; only the digits count")
    func postcodes() {
        #expect(Postcode("7941")?.digits == "7941")
        #expect(Postcode("7941 AB")?.digits == "7941")
        #expect(Postcode(" 7941ab ")?.areaCode == "PC4-7941" && Postcode("7941ab")?.written == "7941 AB")
        for wrong in ["794", "79411", "0941", "7941 A", "7941 ABC", "ABCD", "7941-AB", "٧٩٤١", ""] {
            #expect(Postcode(wrong) == nil, "\(wrong)")
        }
    }

    @Test("a PC4 area's municipality is found up its parents; its centre is the middle of its outline")
    func postcodeAreas() {
        let areas = [
            AreaRecord(code: "GM0119", kind: .gemeente, name: "Meppel", parentCode: "PV22"),
            AreaRecord(code: "WK011901", kind: .wijk, name: "Centrum", parentCode: "GM0119"),
            AreaRecord(code: "PC4-7941", kind: .pc4, name: "Meppel 7941", parentCode: "GM0119"),
            AreaRecord(code: "PC4-7942", kind: .pc4, name: "Meppel 7942", parentCode: "WK011901"),
            AreaRecord(code: "PC4-9999", kind: .pc4, name: "Nergens", parentCode: "GM9999")
        ]
        let postcodes = Postcodes(areas: areas)
        #expect(postcodes.municipalities == ["7941": "GM0119", "7942": "GM0119"])
        let square = GeoBoundary(
            code: "PC4-7941", name: nil,
            polygons: [
                [
                    [
                        GeoCoordinate(longitude: 6.0, latitude: 52.0), GeoCoordinate(longitude: 6.2, latitude: 52.0),
                        GeoCoordinate(longitude: 6.2, latitude: 52.2), GeoCoordinate(longitude: 6.0, latitude: 52.2)
                    ]
                ]
            ])
        let centre = postcodes.centres(["PC4-7941": square])["7941"]
        #expect(abs((centre?.longitude ?? 0) - 6.1) < 1e-9 && abs((centre?.latitude ?? 0) - 52.1) < 1e-9)
    }

    @Test("distances: Meppel to Venlo is about 147 km as the crow flies; a point to itself is 0")
    func distance() {
        let meppel = GeoCoordinate(longitude: 6.1944, latitude: 52.6967)
        let venlo = GeoCoordinate(longitude: 6.1720, latitude: 51.3704)
        #expect(abs(meppel.kilometres(to: venlo) - 147.5) < 1.5)
        #expect(meppel.kilometres(to: meppel) == 0)
    }

    @Test("the websites that may embed the finder: whole sites over https, each once; anything else is refused by number")
    func embedOrigins() {
        let ok = EmbedOrigins.read("https://www.meppel.nl\r\nhttps://CJG.Venlo.nl:8443/pagina, https://www.meppel.nl http://localhost:8080")
        #expect(ok.record?.origins == ["https://www.meppel.nl", "https://cjg.venlo.nl:8443", "http://localhost:8080"])
        #expect(ok.record?.frameAncestors == "https://www.meppel.nl https://cjg.venlo.nl:8443 http://localhost:8080")
        #expect(EmbedOrigins.read("").record?.frameAncestors == "'none'")
        for wrong in [
            "http://www.meppel.nl", "www.meppel.nl", "https://", "javascript:alert(1)", "https://a.nl/?x=1", "https://user@a.nl",
            "https://a b.nl", "https://*.meppel.nl", "'self'"
        ] {
            let check = EmbedOrigins.read(wrong)
            #expect(check.record == nil, "\(wrong)")
            #expect(check.issues.first?.column == "websites")
        }
    }

    @Test("coordinates in a social-map file: both or neither, degrees in the Netherlands, each problem named by line and column")
    func coordinates() {
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        let csv = """
            naam;soort;straat;postcode;plaats;breedtegraad;lengtegraad
            A;gemeente;Kerkstraat 1;7941 AB;Meppel;52,6967;6.1944
            B;gemeente;Kerkstraat 2;7941 AB;Meppel;52.7;
            C;gemeente;Kerkstraat 3;7941 AB;Meppel;521234;193456
            D;gemeente;Kerkstraat 4;7941 AB;Meppel;noord;6.2
            E;gemeente;;;;52.7;6.2
            """
        let plan = NetworkImport.planOrganisations(csv: Data(csv.utf8), knownMunicipalities: ["GM0119"], now: now)
        let a = plan.items.first { $0.record.name == "A" }?.record.addresses.first
        #expect(a?.latitude == 52.6967 && a?.longitude == 6.1944)
        let messages = plan.issues.map { "\($0.line) \($0.column ?? "-"): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("3 lengtegraad: Lengtegraad ontbreekt") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("4 breedtegraad: Breedtegraad 521234 ligt niet in Nederland") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("4 lengtegraad: Lengtegraad 193456 ligt niet in Nederland") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("5 breedtegraad: Breedtegraad 'noord' is geen getal") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("6 plaats: Plaats ontbreekt; een adres met coördinaten") }, "\(messages)")
        // The export writes them back, and they read the same.
        guard let record = plan.items.first(where: { $0.record.name == "A" })?.record else {
            Issue.record("A not planned")
            return
        }
        let exported = NetworkExport.organisationsCSV([record])
        #expect(String(decoding: exported, as: UTF8.self).contains("52.6967"))
        let again = NetworkImport.planOrganisations(csv: exported, knownMunicipalities: ["GM0119"], now: now)
        #expect(again.issues.isEmpty && again.items.first?.record.addresses.first?.position == record.addresses.first?.position)
    }
}
