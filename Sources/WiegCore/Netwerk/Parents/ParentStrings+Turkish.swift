// Türkçe: ebeveyn sayfalarının metinleri, Hollandaca kaynak metinden (ParentStrings+Dutch.swift)
// çevrildi. Sade kelimeler, kısa cümleler, "sen". Anadili Türkçe olan biri tüm dosyayı düzeltebilir.
// Turkish: translated from the Dutch source; a native speaker may correct the whole file.

extension ParentStrings {
    public static let turkish = ParentStrings(
        language: .tr,
        text: { key in
            switch key {
            case .pageTitle: "Yardım bul"
            case .lead: "Yakınında yardım bul. Giriş yapman gerekmez. Ne aradığını kaydetmiyoruz."
            case .privacyLink: "Gizliliğin hakkında"
            case .skipLink: "İçeriğe geç"
            case .brandLabel: "Wieg, yardım arama sayfası"
            case .languageMenu: "Dil"
            case .footerNote: "Wieg, kim olduğunu gösteren hiçbir şeyi saklamaz."
            case .forProfessionals: "Profesyoneller için"
            case .privacyFooter: "Gizlilik"

            case .doorWish: "Hamile kalmak istiyorum"
            case .doorPregnant: "Hamileyim"
            case .doorBaby: "Bebeğim var"
            case .doorsLabel: "Şu an hangi durumdasın?"

            case .questionLabel: "Hangi konuda yardım arıyorsun?"
            case .questionHint: "Örneğin (Hollandaca): geldzorgen, roken, borstvoeding"
            case .searchLanguageNote: "Hollandaca ya da İngilizce arayabilirsin. Ya da aşağıdan bir konu seç."
            case .municipalityLabel: "Belediyen"
            case .municipalityChoose: "Belediyeni seç"
            case .postcodeLabel: "Ya da posta kodun"
            case .postcodeHint: "Örneğin: 7941 ya da 7941 AB"
            case .postcodeInvalid: "Posta kodu 4 rakamdır, bazen arkasında 2 harf olur. Örneğin: 7941 AB."
            case .postcodeUnknown: "Bu posta kodunu tanımıyoruz. Listeden belediyeni seç."
            case .searchButton: "Ara"

            case .understood: "Şu konuda yardım arıyoruz:"
            case .nearPostcode: "{postcode} posta koduna yakın ({place})."
            case .searchOther: "Başka bir şey ara"
            case .notUnderstood:
                "Ne için yardım aradığını tam anlayamadık. Hollandaca ya da İngilizce başka bir kelime dene, örneğin: geldzorgen, somber, borstvoeding, geen huis. Ya da ebene, aile doktoruna veya çocuk sağlığı merkezine (consultatiebureau) sor."
            case .chooseTopic: "Bir konu seç"
            case .moreTopic: "Daha fazla"
            case .found: "Bulunan yardım ({n})"
            case .nothingFound:
                "Burada yardım bulamadık. Ebene, aile doktoruna ya da çocuk sağlığı merkezine (consultatiebureau) sor: onlar sana yol gösterir."
            case .servicesInDutch: "Yardımla ilgili bilgiler Hollandaca. Tercümana ihtiyacın var mı? Aradığında bunu söyle."
            case .pages: "Daha fazla yardım sayfası"
            case .previous: "Önceki"
            case .next: "Sonraki"
            case .pageOf: "Sayfa {n} / {total}"

            case .cost: "Ücret:"
            case .costAsk: "Ücretini sor."
            case .costFree: "ücretsiz"
            case .costInsurance: "sağlık sigortan öder"
            case .wherePrefix: "Nerede:"
            case .distance: "posta kodundan yaklaşık {km} km uzakta"
            case .howSelf: "Kendin arayabilir ya da başvurabilirsin."
            case .howReferral: "Eben, aile doktorun ya da çocuk sağlığı merkezi (consultatiebureau) senin için başvuru yapar. Onlara sor."
            case .howGP: "Aile doktorun senin için başvuru yapar. Aile doktoruna sor."
            case .howJGZ: "Çocuk sağlığı merkezi (consultatiebureau) senin için başvuru yapar. Orada sor."
            case .call: "Ara: {number}"
            case .website: "Web sitesine git"
            case .backToResults: "← Arama sonuçlarına dön"
            case .backToSearch: "← Yardım aramaya dön"
            case .from: "Kim veriyor?"
            case .howToGet: "Nasıl alabilirim?"
            case .whatCost: "Ücreti ne kadar?"
            case .whereQuestion: "Nerede?"
            case .askCost: "Sorarak öğren"
            case .languagesOffered: "Bu dillerde yardım:"
            case .demoNotice: "Bu bir örnektir (demo)."
            case .reportError: "Yanlış bir şey mi var? Bize bildir."

            case .cardTitle: "Yardım kartın"
            case .cardPlace: "{place} bölgesinde yardım"
            case .cardMade: "Hazırlanma tarihi: {date}"
            case .cardCode: "Kod: {code}"
            case .cardCodeHint: "Aradığında veya gittiğinde bu kodu söyle. Kodda senin hakkında hiçbir bilgi yok."
            case .cardSteps: "Bundan sonra ne olacak"

            case .emergencyHeading: "Hemen yardıma mı ihtiyacın var?"
            case .emergency112: "Hayati tehlike var mı? 112'yi ara."
            case .emergency113:
                "İntihar etmeyi düşünüyor musun? İntihar önleme hattını ara: 113 Zelfmoordpreventie, 0800-0113. Ücretsiz, gece gündüz."
            case .emergencyVeiligThuis:
                "Evde şiddet var mı, ya da bir çocuk için endişeleniyor musun? Ev içi şiddet yardım hattını ara: Veilig Thuis, 0800-2000. Ücretsiz, gece gündüz."
            case .emergencyGP:
                "Sen ya da çocuğun hasta mı? Gündüz aile doktorunu ara. Akşam, gece ve hafta sonu nöbetçi doktoru (huisartsenpost) ara."
            case .emergencyMidwife:
                "Hamilesin ve bir şey yolunda değil mi? Örneğin kanama ya da ağrı var mı, ya da bebek daha az hareket ediyor mu? Hemen ebeni ara."
            }
        },
        topics: [
            "zwanger": "Hamile kalmak ve hamilelik",
            "baby": "Bebeğin",
            "gevoel": "Duyguların",
            "thuis": "Ev ve ailen",
            "geld": "Para, iş ve okul",
            "wonen": "Oturacak yer",
            "gezond": "Sağlıklı yaşam",
            "taal": "Dil ve okuma",
            "meer": "Daha fazla"
        ],
        needs: [
            "kinderwens": "Hamile kalmak istiyorsun",
            "onbedoelde-zwangerschap": "İstemeden hamile kalmak",
            "prenatale-zorg": "Hamilelikte kontroller",
            "eerdere-zwangerschapscomplicaties": "Önceki hamilelikte sorunlar",
            "voorbereiding-ouderschap": "Bebeğine hazırlanmak",
            "borstvoeding": "Emzirme",
            "hechting": "Bebeğinle bağ kurmak",
            "opvoedvragen": "Çocuk yetiştirmeyle ilgili sorular",
            "ontwikkeling-kind": "Çocuğunun büyümesi ve öğrenmesi",
            "psychische-problemen": "Moral bozukluğu, kaygı ya da kendini iyi hissetmemek",
            "stress": "Stres ve gerginlik",
            "trauma": "Geçmişte yaşanan kötü şeyler",
            "ingrijpende-gebeurtenissen": "Çok kötü bir şey yaşamak",
            "sociaal-isolement": "Kendini yalnız hissetmek",
            "huiselijk-geweld": "Evde şiddet ya da kavga",
            "eenoudergezin": "Çocuğunu tek başına büyütmek",
            "tienerouders": "Genç yaşta hamilelik ya da genç ebeveyn",
            "chronische-aandoening": "Ailende biri uzun süredir hasta",
            "lvb": "Öğrenmekte ve anlamakta zorlanmak",
            "schulden": "Borçlar ve para sıkıntısı",
            "laag-inkomen": "Az para",
            "werkloosheid": "İşsizlik",
            "opleiding": "Okul ve eğitim",
            "huisvesting": "Evin yok ya da evin kötü durumda",
            "statushouders-asielzoekers": "Hollanda'ya yeni gelmek",
            "roken": "Sigarayı bırakmak",
            "alcohol": "Alkol",
            "verslaving": "Uyuşturucu ya da bağımlılık",
            "voeding-foliumzuur": "Sağlıklı beslenme ve folik asit",
            "beweging": "Hareket etmek",
            "gezond-gewicht": "Sağlıklı kilo",
            "taal-tolk": "Hollandaca öğrenmek ya da tercüman",
            "laaggeletterdheid": "Okumakta ve yazmakta zorlanmak",
            "taalontwikkeling": "Çocuğunla konuşmak ve ona kitap okumak"
        ],
        languageNames: [
            "nl": "Hollandaca", "en": "İngilizce", "ar": "Arapça", "tr": "Türkçe", "pl": "Lehçe", "uk": "Ukraynaca",
            "de": "Almanca", "fr": "Fransızca", "es": "İspanyolca", "pt": "Portekizce", "ru": "Rusça", "ro": "Rumence",
            "bg": "Bulgarca", "fa": "Farsça", "ti": "Tigrinya", "so": "Somalice", "zgh": "Tamazight (Berberice)"
        ])
}
