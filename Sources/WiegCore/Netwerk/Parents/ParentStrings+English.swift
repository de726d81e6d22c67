// English: the texts of the parents' pages, translated from the Dutch source
// (ParentStrings+Dutch.swift). Plain words, short sentences, "you".

extension ParentStrings {
    public static let english = ParentStrings(
        language: .en,
        text: { key in
            switch key {
            case .pageTitle: "Find help"
            case .lead: "Find help near you. You do not need to sign in. We do not keep what you search for."
            case .privacyLink: "About your privacy"
            case .skipLink: "Skip to content"
            case .brandLabel: "Wieg, to finding help"
            case .languageMenu: "Language"
            case .footerNote: "Wieg keeps nothing that could identify you."
            case .forProfessionals: "For professionals"
            case .privacyFooter: "Privacy"

            case .doorWish: "I want to get pregnant"
            case .doorPregnant: "I am pregnant"
            case .doorBaby: "I have a baby"
            case .doorsLabel: "Where are you now?"

            case .questionLabel: "What do you need help with?"
            case .questionHint: "For example: money worries, smoking, breastfeeding"
            case .searchLanguageNote: "You can search in Dutch or English. Or choose a topic below."
            case .municipalityLabel: "Your municipality"
            case .municipalityChoose: "Choose your municipality"
            case .postcodeLabel: "Or your postcode"
            case .postcodeHint: "For example: 7941 or 7941 AB"
            case .postcodeInvalid: "A postcode is 4 digits, sometimes followed by 2 letters. For example: 7941 AB."
            case .postcodeUnknown: "We do not know this postcode. Choose your municipality from the list."
            case .searchButton: "Search"

            case .understood: "We are looking for help with:"
            case .nearPostcode: "Near postcode {postcode} ({place})."
            case .searchOther: "Search for something else"
            case .notUnderstood:
                "We do not quite understand what you need help with. Try another word, for example: money worries, feeling down, breastfeeding, no home. Or ask your midwife, GP or the baby clinic."
            case .chooseTopic: "Choose a topic"
            case .moreTopic: "More"
            case .found: "Help found ({n})"
            case .nothingFound: "We found no help here. Ask your midwife, GP or the baby clinic: they know the way."
            case .servicesInDutch: "The information about the help is in Dutch. Do you need an interpreter? Say so when you call."
            case .pages: "More pages of help"
            case .previous: "Previous"
            case .next: "Next"
            case .pageOf: "Page {n} of {total}"

            case .cost: "Cost:"
            case .costAsk: "Ask what it costs."
            case .costFree: "free"
            case .costInsurance: "your health insurance pays for it"
            case .wherePrefix: "Where:"
            case .distance: "about {km} km from your postcode"
            case .howSelf: "You can call or sign up yourself."
            case .howReferral: "Your midwife, GP or the baby clinic signs you up. Ask them."
            case .howGP: "Your GP signs you up. Ask your GP."
            case .howJGZ: "The baby clinic signs you up. Ask them there."
            case .call: "Call {number}"
            case .website: "Go to the website"
            case .backToResults: "← Back to your search results"
            case .backToSearch: "← Back to finding help"
            case .from: "From"
            case .howToGet: "How do I get it?"
            case .whatCost: "What does it cost?"
            case .whereQuestion: "Where?"
            case .askCost: "Please ask"
            case .languagesOffered: "Help in these languages:"
            case .demoNotice: "This is an example (demo)."
            case .reportError: "Is something wrong? Let us know."

            case .cardTitle: "Your help card"
            case .cardPlace: "Help in {place}"
            case .cardMade: "Made on {date}"
            case .cardCode: "Code: {code}"
            case .cardCodeHint: "Give this code when you call or visit. It says nothing about you."
            case .cardSteps: "What happens next"

            case .emergencyHeading: "Need help right now?"
            case .emergency112: "Is someone's life in danger? Call 112."
            case .emergency113: "Are you thinking about suicide? Call 113 Suicide Prevention: 0800-0113, free, day and night."
            case .emergencyVeiligThuis:
                "Is there violence at home, or are you worried about a child? Call Veilig Thuis (Safe at Home): 0800-2000, free, day and night."
            case .emergencyGP:
                "Are you or your child ill? Call your GP during the day. In the evening, at night and at weekends, call the out-of-hours GP service (huisartsenpost)."
            case .emergencyMidwife:
                "Are you pregnant and is something wrong, such as bleeding, pain or feeling the baby move less? Call your midwife straight away."
            }
        },
        topics: [
            "zwanger": "Getting pregnant and being pregnant",
            "baby": "Your baby",
            "gevoel": "How you feel",
            "thuis": "Home and family",
            "geld": "Money, work and school",
            "wonen": "A place to live",
            "gezond": "Healthy living",
            "taal": "Language and reading",
            "meer": "More"
        ],
        needs: [
            "kinderwens": "You want to get pregnant",
            "onbedoelde-zwangerschap": "Pregnant when you did not plan it",
            "prenatale-zorg": "Check-ups when you are pregnant",
            "eerdere-zwangerschapscomplicaties": "Problems in an earlier pregnancy",
            "voorbereiding-ouderschap": "Getting ready for your baby",
            "borstvoeding": "Breastfeeding",
            "hechting": "Bonding with your baby",
            "opvoedvragen": "Questions about raising your child",
            "ontwikkeling-kind": "How your child grows and learns",
            "psychische-problemen": "Feeling down, anxious or not yourself",
            "stress": "Stress and tension",
            "trauma": "Bad things from the past",
            "ingrijpende-gebeurtenissen": "Something terrible happened",
            "sociaal-isolement": "Feeling alone or lonely",
            "huiselijk-geweld": "Violence or fighting at home",
            "eenoudergezin": "Raising your child alone",
            "tienerouders": "Young and pregnant, or a young parent",
            "chronische-aandoening": "Someone in your family is ill for a long time",
            "lvb": "Finding learning and understanding hard",
            "schulden": "Debts and money worries",
            "laag-inkomen": "Little money",
            "werkloosheid": "No work",
            "opleiding": "School and training",
            "huisvesting": "No home, or a bad home",
            "statushouders-asielzoekers": "New in the Netherlands",
            "roken": "Stopping smoking",
            "alcohol": "Alcohol",
            "verslaving": "Drugs or addiction",
            "voeding-foliumzuur": "Healthy food and folic acid",
            "beweging": "Exercise",
            "gezond-gewicht": "A healthy weight",
            "taal-tolk": "Learning Dutch, or an interpreter",
            "laaggeletterdheid": "Finding reading and writing hard",
            "taalontwikkeling": "Talking and reading with your child"
        ],
        languageNames: [
            "nl": "Dutch", "en": "English", "ar": "Arabic", "tr": "Turkish", "pl": "Polish", "uk": "Ukrainian",
            "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "ru": "Russian", "ro": "Romanian",
            "bg": "Bulgarian", "fa": "Persian", "ti": "Tigrinya", "so": "Somali", "zgh": "Tamazight"
        ])
}
