// Polski: teksty stron dla rodziców, przetłumaczone z tekstu źródłowego po holendersku
// (ParentStrings+Dutch.swift). Proste słowa, krótkie zdania, "ty". Rodzimy użytkownik języka
// może poprawić cały plik.
// Polish: translated from the Dutch source; a native speaker may correct the whole file.

extension ParentStrings {
    public static let polish = ParentStrings(
        language: .pl,
        text: { key in
            switch key {
            case .pageTitle: "Znajdź pomoc"
            case .lead: "Znajdź pomoc w pobliżu. Nie musisz się logować. Nie zapisujemy tego, czego szukasz."
            case .privacyLink: "O twojej prywatności"
            case .skipLink: "Przejdź do treści"
            case .brandLabel: "Wieg, szukanie pomocy"
            case .languageMenu: "Język"
            case .footerNote: "Wieg nie zapisuje niczego, po czym ktoś mógłby cię rozpoznać."
            case .forProfessionals: "Dla specjalistów"
            case .privacyFooter: "Prywatność"

            case .doorWish: "Chcę zajść w ciążę"
            case .doorPregnant: "Jestem w ciąży"
            case .doorBaby: "Mam niemowlę"
            case .doorsLabel: "Na jakim etapie jesteś?"

            case .questionLabel: "W czym potrzebujesz pomocy?"
            case .questionHint: "Na przykład (po holendersku): geldzorgen, roken, borstvoeding"
            case .searchLanguageNote: "Możesz szukać po holendersku albo po angielsku. Albo wybierz temat poniżej."
            case .municipalityLabel: "Twoja gmina"
            case .municipalityChoose: "Wybierz swoją gminę"
            case .postcodeLabel: "Albo twój kod pocztowy"
            case .postcodeHint: "Na przykład: 7941 albo 7941 AB"
            case .postcodeInvalid: "Kod pocztowy to 4 cyfry, czasem z 2 literami na końcu. Na przykład: 7941 AB."
            case .postcodeUnknown: "Nie znamy tego kodu pocztowego. Wybierz swoją gminę z listy."
            case .searchButton: "Szukaj"

            case .understood: "Szukamy pomocy w sprawie:"
            case .nearPostcode: "W pobliżu kodu pocztowego {postcode} ({place})."
            case .searchOther: "Szukaj czegoś innego"
            case .notUnderstood:
                "Nie do końca rozumiemy, w czym potrzebujesz pomocy. Spróbuj innego słowa po holendersku albo po angielsku, na przykład: geldzorgen, somber, borstvoeding, geen huis. Albo zapytaj swoją położną, lekarza rodzinnego albo w poradni dla dzieci (consultatiebureau)."
            case .chooseTopic: "Wybierz temat"
            case .moreTopic: "Więcej"
            case .found: "Znaleziona pomoc ({n})"
            case .nothingFound:
                "Nie znaleźliśmy tu pomocy. Zapytaj swoją położną, lekarza rodzinnego albo w poradni dla dzieci (consultatiebureau): oni wiedzą, gdzie szukać."
            case .servicesInDutch: "Informacje o pomocy są po holendersku. Potrzebujesz tłumacza? Powiedz o tym, kiedy dzwonisz."
            case .pages: "Więcej stron z pomocą"
            case .previous: "Poprzednia"
            case .next: "Następna"
            case .pageOf: "Strona {n} z {total}"

            case .cost: "Koszt:"
            case .costAsk: "Zapytaj, ile to kosztuje."
            case .costFree: "bezpłatnie"
            case .costInsurance: "płaci twoje ubezpieczenie zdrowotne"
            case .wherePrefix: "Gdzie:"
            case .distance: "około {km} km od twojego kodu pocztowego"
            case .howSelf: "Możesz samodzielnie zadzwonić albo się zapisać."
            case .howReferral: "Twoja położna, lekarz rodzinny albo poradnia dla dzieci (consultatiebureau) zapisze cię. Zapytaj ich."
            case .howGP: "Twój lekarz rodzinny zapisze cię. Zapytaj swojego lekarza rodzinnego."
            case .howJGZ: "Poradnia dla dzieci (consultatiebureau) zapisze cię. Zapytaj tam."
            case .call: "Zadzwoń: {number}"
            case .website: "Przejdź do strony internetowej"
            case .backToResults: "← Wróć do wyników wyszukiwania"
            case .backToSearch: "← Wróć do szukania pomocy"
            case .from: "Kto pomaga"
            case .howToGet: "Jak mogę to dostać?"
            case .whatCost: "Ile to kosztuje?"
            case .whereQuestion: "Gdzie?"
            case .askCost: "Zapytaj o to"
            case .languagesOffered: "Pomoc w tych językach:"
            case .demoNotice: "To jest przykład (demo)."
            case .reportError: "Coś się nie zgadza? Daj nam znać."

            case .cardTitle: "Twoja karta pomocy"
            case .cardPlace: "Pomoc w {place}"
            case .cardMade: "Przygotowano: {date}"
            case .cardCode: "Kod: {code}"
            case .cardCodeHint: "Podaj ten kod, gdy dzwonisz lub przychodzisz. Kod nie zawiera żadnych informacji o tobie."
            case .cardSteps: "Co będzie dalej"

            case .emergencyHeading: "Potrzebujesz pomocy od razu?"
            case .emergency112: "Czy jest zagrożenie życia? Zadzwoń pod numer 112."
            case .emergency113:
                "Myślisz o samobójstwie? Zadzwoń do 113 Zelfmoordpreventie (telefon zapobiegania samobójstwom): 0800-0113. Bezpłatnie, w dzień i w nocy."
            case .emergencyVeiligThuis:
                "Czy w domu jest przemoc albo martwisz się o dziecko? Zadzwoń do Veilig Thuis (pomoc przy przemocy w domu): 0800-2000. Bezpłatnie, w dzień i w nocy."
            case .emergencyGP:
                "Czy ty albo twoje dziecko jesteście chorzy? W dzień zadzwoń do swojego lekarza rodzinnego. Wieczorem, w nocy i w weekend zadzwoń na dyżur lekarski (huisartsenpost)."
            case .emergencyMidwife:
                "Jesteś w ciąży i coś jest nie tak, na przykład krwawienie, ból albo czujesz, że dziecko mniej się rusza? Od razu zadzwoń do swojej położnej."
            }
        },
        topics: [
            "zwanger": "Zajście w ciążę i ciąża",
            "baby": "Twoje dziecko",
            "gevoel": "Twoje samopoczucie",
            "thuis": "Dom i rodzina",
            "geld": "Pieniądze, praca i szkoła",
            "wonen": "Mieszkanie",
            "gezond": "Zdrowe życie",
            "taal": "Język i czytanie",
            "meer": "Więcej"
        ],
        needs: [
            "kinderwens": "Chcesz zajść w ciążę",
            "onbedoelde-zwangerschap": "Nieplanowana ciąża",
            "prenatale-zorg": "Badania w czasie ciąży",
            "eerdere-zwangerschapscomplicaties": "Problemy w poprzedniej ciąży",
            "voorbereiding-ouderschap": "Przygotowanie na przyjście dziecka",
            "borstvoeding": "Karmienie piersią",
            "hechting": "Więź z dzieckiem",
            "opvoedvragen": "Pytania o wychowanie",
            "ontwikkeling-kind": "Jak twoje dziecko rośnie i się uczy",
            "psychische-problemen": "Przygnębienie, lęk albo złe samopoczucie",
            "stress": "Stres i napięcie",
            "trauma": "Złe przeżycia z przeszłości",
            "ingrijpende-gebeurtenissen": "Wydarzyło się coś strasznego",
            "sociaal-isolement": "Poczucie samotności",
            "huiselijk-geweld": "Przemoc albo kłótnie w domu",
            "eenoudergezin": "Samotne wychowywanie dziecka",
            "tienerouders": "Ciąża w młodym wieku albo młody rodzic",
            "chronische-aandoening": "Ktoś w rodzinie długo choruje",
            "lvb": "Trudności z nauką i rozumieniem",
            "schulden": "Długi i kłopoty z pieniędzmi",
            "laag-inkomen": "Mało pieniędzy",
            "werkloosheid": "Brak pracy",
            "opleiding": "Szkoła i nauka",
            "huisvesting": "Brak mieszkania albo mieszkanie w złym stanie",
            "statushouders-asielzoekers": "Od niedawna w Holandii",
            "roken": "Rzucanie palenia",
            "alcohol": "Alkohol",
            "verslaving": "Narkotyki albo uzależnienie",
            "voeding-foliumzuur": "Zdrowe jedzenie i kwas foliowy",
            "beweging": "Ruch",
            "gezond-gewicht": "Zdrowa waga",
            "taal-tolk": "Nauka holenderskiego albo tłumacz",
            "laaggeletterdheid": "Trudności z czytaniem i pisaniem",
            "taalontwikkeling": "Rozmowa z dzieckiem i czytanie mu na głos"
        ],
        languageNames: [
            "nl": "holenderski", "en": "angielski", "ar": "arabski", "tr": "turecki", "pl": "polski", "uk": "ukraiński",
            "de": "niemiecki", "fr": "francuski", "es": "hiszpański", "pt": "portugalski", "ru": "rosyjski", "ro": "rumuński",
            "bg": "bułgarski", "fa": "perski", "ti": "tigrinia", "so": "somalijski", "zgh": "tamazight (berberyjski)"
        ])
}
