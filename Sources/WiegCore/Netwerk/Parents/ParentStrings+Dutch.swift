// Nederlands: de teksten van de pagina's voor ouders. Taalniveau B1, "je", korte zinnen.
// Dit is de brontekst; de andere talen vertalen deze. Een wijziging hier hoort ook in
// de andere talen.

extension ParentStrings {
    public static let dutch = ParentStrings(
        language: .nl,
        text: { key in
            switch key {
            case .pageTitle: "Hulp zoeken"
            case .lead: "Zoek hulp bij jou in de buurt. Je hoeft niet in te loggen. Wij bewaren niet wat je zoekt."
            case .privacyLink: "Over je privacy"
            case .skipLink: "Naar de inhoud"
            case .brandLabel: "Wieg, naar hulp zoeken"
            case .languageMenu: "Taal"
            case .footerNote: "Wieg bewaart niets waaraan iemand jou kan herkennen."
            case .forProfessionals: "Voor professionals"
            case .privacyFooter: "Privacy"

            case .doorWish: "Ik wil zwanger worden"
            case .doorPregnant: "Ik ben zwanger"
            case .doorBaby: "Ik heb een baby"
            case .doorsLabel: "Waar sta je nu?"

            case .questionLabel: "Waar zoek je hulp bij?"
            case .questionHint: "Bijvoorbeeld: geldzorgen, roken, borstvoeding"
            case .searchLanguageNote: "Je kunt zoeken in het Nederlands of het Engels. Of kies hieronder een onderwerp."
            case .municipalityLabel: "Je gemeente"
            case .municipalityChoose: "Kies je gemeente"
            case .postcodeLabel: "Of je postcode"
            case .postcodeHint: "Bijvoorbeeld: 7941 of 7941 AB"
            case .postcodeInvalid: "Een postcode is 4 cijfers, soms met 2 letters erachter. Bijvoorbeeld: 7941 AB."
            case .postcodeUnknown: "We kennen deze postcode niet. Kies je gemeente in de lijst."
            case .searchButton: "Zoeken"

            case .understood: "We zoeken hulp bij:"
            case .nearPostcode: "Dicht bij postcode {postcode} ({place})."
            case .searchOther: "Iets anders zoeken"
            case .notUnderstood:
                "We begrijpen niet goed waar je hulp bij zoekt. Probeer een ander woord, bijvoorbeeld: geldzorgen, somber, borstvoeding, geen huis. Of vraag het je verloskundige, huisarts of het consultatiebureau."
            case .chooseTopic: "Kies een onderwerp"
            case .moreTopic: "Meer"
            case .found: "Hulp gevonden ({n})"
            case .nothingFound: "We vonden hier geen hulp. Vraag het je verloskundige, huisarts of het consultatiebureau: zij weten de weg."
            case .servicesInDutch: "De informatie over de hulp is in het Nederlands. Heb je een tolk nodig? Zeg het als je belt."
            case .pages: "Meer pagina's met hulp"
            case .previous: "Vorige"
            case .next: "Volgende"
            case .pageOf: "Pagina {n} van {total}"

            case .cost: "Kosten:"
            case .costAsk: "Vraag wat het kost."
            case .costFree: "gratis"
            case .costInsurance: "je zorgverzekering betaalt het"
            case .wherePrefix: "Waar:"
            case .distance: "ongeveer {km} km van je postcode"
            case .howSelf: "Je kunt zelf bellen of je aanmelden."
            case .howReferral: "Je verloskundige, huisarts of het consultatiebureau meldt je aan. Vraag het hun."
            case .howGP: "Je huisarts meldt je aan. Vraag het je huisarts."
            case .howJGZ: "Het consultatiebureau meldt je aan. Vraag het daar."
            case .call: "Bel {number}"
            case .website: "Naar de website"
            case .backToResults: "← Terug naar je zoekresultaten"
            case .backToSearch: "← Terug naar hulp zoeken"
            case .from: "Van wie"
            case .howToGet: "Hoe kom ik erbij?"
            case .whatCost: "Wat kost het?"
            case .whereQuestion: "Waar?"
            case .askCost: "Vraag het na"
            case .languagesOffered: "Hulp in deze talen:"
            case .demoNotice: "Dit is een voorbeeld (demo)."
            case .reportError: "Klopt er iets niet? Laat het ons weten."

            case .cardTitle: "Je hulpkaart"
            case .cardPlace: "Hulp in {place}"
            case .cardMade: "Gemaakt op {date}"
            case .cardCode: "Code: {code}"
            case .cardCodeHint: "Noem deze code als je belt of langsgaat. Er staat niets over jou in."
            case .cardSteps: "Zo gaat het verder"

            case .emergencyHeading: "Direct hulp nodig?"
            case .emergency112: "Is er levensgevaar? Bel 112."
            case .emergency113: "Denk je aan zelfmoord? Bel 113 Zelfmoordpreventie: 0800-0113, gratis, dag en nacht."
            case .emergencyVeiligThuis:
                "Is er geweld thuis, of maak je je zorgen over een kind? Bel Veilig Thuis: 0800-2000, gratis, dag en nacht."
            case .emergencyGP:
                "Ben jij of je kind ziek? Bel overdag je huisarts. 's Avonds, 's nachts en in het weekend bel je de huisartsenpost."
            case .emergencyMidwife:
                "Ben je zwanger en is er iets niet goed, zoals bloed, pijn of voel je de baby minder bewegen? Bel meteen je verloskundige."
            }
        },
        topics: [
            "zwanger": "Zwanger worden en zwanger zijn",
            "baby": "Je baby",
            "gevoel": "Je gevoel",
            "thuis": "Thuis en je gezin",
            "geld": "Geld, werk en school",
            "wonen": "Wonen",
            "gezond": "Gezond leven",
            "taal": "Taal en lezen",
            "meer": "Meer"
        ],
        needs: [
            "kinderwens": "Je wilt zwanger worden",
            "onbedoelde-zwangerschap": "Zwanger zonder dat je het wilde",
            "prenatale-zorg": "Controles als je zwanger bent",
            "eerdere-zwangerschapscomplicaties": "Problemen bij een vorige zwangerschap",
            "voorbereiding-ouderschap": "Je voorbereiden op je baby",
            "borstvoeding": "Borstvoeding",
            "hechting": "Band met je baby",
            "opvoedvragen": "Vragen over opvoeden",
            "ontwikkeling-kind": "Hoe je kind groeit en leert",
            "psychische-problemen": "Somber, angstig of niet lekker in je vel",
            "stress": "Stress en spanning",
            "trauma": "Nare dingen uit het verleden",
            "ingrijpende-gebeurtenissen": "Iets ergs meegemaakt",
            "sociaal-isolement": "Je alleen of eenzaam voelen",
            "huiselijk-geweld": "Geweld of ruzie thuis",
            "eenoudergezin": "Alleen je kind opvoeden",
            "tienerouders": "Jong zwanger of jonge ouder",
            "chronische-aandoening": "Iemand in je gezin is lang ziek",
            "lvb": "Moeite met leren en begrijpen",
            "schulden": "Schulden en geldzorgen",
            "laag-inkomen": "Weinig geld",
            "werkloosheid": "Geen werk",
            "opleiding": "School en opleiding",
            "huisvesting": "Geen huis of een slecht huis",
            "statushouders-asielzoekers": "Nieuw in Nederland",
            "roken": "Stoppen met roken",
            "alcohol": "Alcohol",
            "verslaving": "Drugs of verslaving",
            "voeding-foliumzuur": "Gezond eten en foliumzuur",
            "beweging": "Bewegen",
            "gezond-gewicht": "Gezond gewicht",
            "taal-tolk": "Nederlands leren of een tolk",
            "laaggeletterdheid": "Moeite met lezen en schrijven",
            "taalontwikkeling": "Praten en voorlezen met je kind"
        ],
        languageNames: [
            "nl": "Nederlands", "en": "Engels", "ar": "Arabisch", "tr": "Turks", "pl": "Pools", "uk": "Oekraïens",
            "de": "Duits", "fr": "Frans", "es": "Spaans", "pt": "Portugees", "ru": "Russisch", "ro": "Roemeens",
            "bg": "Bulgaars", "fa": "Perzisch", "ti": "Tigrinya", "so": "Somalisch", "zgh": "Tamazight"
        ])
}
