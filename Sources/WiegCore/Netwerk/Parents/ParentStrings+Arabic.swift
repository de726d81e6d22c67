// العربية: نصوص صفحات الأهل، مترجمة من النص الهولندي الأصلي (ParentStrings+Dutch.swift).
// كلمات بسيطة وجمل قصيرة. يمكن لمتحدث أصلي باللغة العربية تصحيح الملف كله.
// Arabic: translated from the Dutch source; a native speaker may correct the whole file.
// The page is right to left, so the back links point right ("→"). "\u{200E}" (an invisible
// left-to-right mark) stands before phone numbers, postcodes and "113 Zelfmoordpreventie", so
// that "0800-0113" and "7941 AB" are not shown reversed inside Arabic text.

extension ParentStrings {
    public static let arabic = ParentStrings(
        language: .ar,
        text: { key in
            switch key {
            case .pageTitle: "البحث عن مساعدة"
            case .lead: "يمكنك البحث عن مساعدة قريبة منك. لا حاجة إلى تسجيل الدخول. نحن لا نحفظ كلمات بحثك."
            case .privacyLink: "عن خصوصيتك"
            case .skipLink: "الانتقال إلى المحتوى"
            case .brandLabel: "Wieg، البحث عن مساعدة"
            case .languageMenu: "اللغة"
            case .footerNote: "لا يحفظ Wieg أي معلومات تكشف من أنت."
            case .forProfessionals: "للمختصين"
            case .privacyFooter: "الخصوصية"

            case .doorWish: "أرغب في الحمل"
            case .doorPregnant: "أنا حامل"
            case .doorBaby: "لديّ طفل رضيع"
            case .doorsLabel: "ما هو وضعك الآن؟"

            case .questionLabel: "بماذا يمكننا مساعدتك؟"
            case .questionHint: "مثلاً (بالهولندية): geldzorgen، roken، borstvoeding"
            case .searchLanguageNote: "يمكنك البحث باللغة الهولندية أو الإنجليزية، أو اختيار موضوع في الأسفل."
            case .municipalityLabel: "بلديتك"
            case .municipalityChoose: "اختاري بلديتك"
            case .postcodeLabel: "أو رمزك البريدي"
            case .postcodeHint: "مثلاً: \u{200E}7941 أو \u{200E}7941 AB"
            case .postcodeInvalid: "الرمز البريدي 4 أرقام، وأحياناً بعدها حرفان. مثلاً: \u{200E}7941 AB."
            case .postcodeUnknown: "لا نعرف هذا الرمز البريدي. اختاري بلديتك من القائمة."
            case .searchButton: "بحث"

            case .understood: "نبحث عن مساعدة في:"
            case .nearPostcode: "بالقرب من الرمز البريدي \u{200E}{postcode} ({place})."
            case .searchOther: "البحث عن شيء آخر"
            case .notUnderstood:
                "لم نفهم جيداً ما المساعدة التي تحتاجينها. جرّبي كلمة أخرى بالهولندية أو الإنجليزية، مثلاً: geldzorgen، somber، borstvoeding، geen huis. أو اسألي القابلة أو طبيب العائلة أو مركز صحة الطفل (consultatiebureau)."
            case .chooseTopic: "اختاري موضوعاً"
            case .moreTopic: "المزيد"
            case .found: "المساعدة التي وجدناها ({n})"
            case .nothingFound: "لم نجد مساعدة هنا. اسألي القابلة أو طبيب العائلة أو مركز صحة الطفل (consultatiebureau): هم يعرفون الطريق."
            case .servicesInDutch: "المعلومات عن المساعدة مكتوبة باللغة الهولندية. هل تحتاجين إلى مترجم؟ قولي ذلك عندما تتصلين."
            case .pages: "المزيد من صفحات المساعدة"
            case .previous: "السابق"
            case .next: "التالي"
            case .pageOf: "صفحة {n} من {total}"

            case .cost: "التكلفة:"
            case .costAsk: "اسألي عن التكلفة."
            case .costFree: "مجاناً"
            case .costInsurance: "يدفعها تأمينك الصحي"
            case .wherePrefix: "المكان:"
            case .distance: "على بعد {km} كم تقريباً من رمزك البريدي"
            case .howSelf: "يمكنك الاتصال أو التسجيل بنفسك."
            case .howReferral: "يتم التسجيل عن طريق القابلة أو طبيب العائلة أو مركز صحة الطفل (consultatiebureau). اسأليهم."
            case .howGP: "يتم التسجيل عن طريق طبيب العائلة. اسألي طبيب العائلة."
            case .howJGZ: "يتم التسجيل عن طريق مركز صحة الطفل (consultatiebureau). اسألي هناك."
            case .call: "اتصلي بالرقم \u{200E}{number}"
            case .website: "الذهاب إلى الموقع الإلكتروني"
            case .backToResults: "→ العودة إلى نتائج البحث"
            case .backToSearch: "→ العودة إلى البحث عن مساعدة"
            case .from: "من يقدّم المساعدة"
            case .howToGet: "كيف أحصل عليها؟"
            case .whatCost: "كم التكلفة؟"
            case .whereQuestion: "أين؟"
            case .askCost: "يُرجى السؤال"
            case .languagesOffered: "المساعدة متوفرة بهذه اللغات:"
            case .demoNotice: "هذا مثال (نسخة تجريبية)."
            case .reportError: "هل هناك خطأ؟ أخبرينا."

            case .cardTitle: "بطاقة المساعدة الخاصة بك"
            case .cardPlace: "المساعدة في {place}"
            case .cardMade: "تاريخ الإعداد: \u{200E}{date}"
            case .cardCode: "الرمز: \u{200E}{code}"
            case .cardCodeHint: "اذكري هذا الرمز عندما تتصلين أو تذهبين إليهم. لا يحتوي على أي معلومات عنك."
            case .cardSteps: "الخطوات التالية"

            case .emergencyHeading: "هل تحتاجين إلى مساعدة فوراً؟"
            case .emergency112: "هل هناك خطر على الحياة؟ اتصلي بالرقم 112."
            case .emergency113:
                "هل تفكرين في الانتحار؟ اتصلي بخط منع الانتحار \u{200E}113 Zelfmoordpreventie على الرقم \u{200E}0800-0113. الاتصال مجاني، ليلاً ونهاراً."
            case .emergencyVeiligThuis:
                "هل يوجد عنف في البيت، أو هل تشعرين بالقلق على طفل؟ اتصلي بـ Veilig Thuis (خط المساعدة عند العنف في البيت) على الرقم \u{200E}0800-2000. الاتصال مجاني، ليلاً ونهاراً."
            case .emergencyGP:
                "هل أنتِ مريضة أو طفلك مريض؟ في النهار اتصلي بطبيب العائلة. في المساء والليل وعطلة نهاية الأسبوع اتصلي بمركز الطبيب المناوب (huisartsenpost)."
            case .emergencyMidwife:
                "هل أنتِ حامل وهناك شيء غير طبيعي، مثل نزيف أو ألم، أو تشعرين أن الطفل يتحرك أقل من المعتاد؟ اتصلي بالقابلة فوراً."
            }
        },
        topics: [
            "zwanger": "التخطيط للحمل والحمل",
            "baby": "طفلك الرضيع",
            "gevoel": "مشاعرك",
            "thuis": "البيت والعائلة",
            "geld": "المال والعمل والدراسة",
            "wonen": "السكن",
            "gezond": "حياة صحية",
            "taal": "اللغة والقراءة",
            "meer": "المزيد"
        ],
        needs: [
            "kinderwens": "الرغبة في الحمل",
            "onbedoelde-zwangerschap": "حمل غير مخطط له",
            "prenatale-zorg": "الفحوصات أثناء الحمل",
            "eerdere-zwangerschapscomplicaties": "مشاكل في حمل سابق",
            "voorbereiding-ouderschap": "الاستعداد لقدوم طفلك",
            "borstvoeding": "الرضاعة الطبيعية",
            "hechting": "بناء العلاقة مع طفلك",
            "opvoedvragen": "أسئلة عن تربية الأطفال",
            "ontwikkeling-kind": "كيف ينمو طفلك ويتعلم",
            "psychische-problemen": "الحزن أو القلق أو عدم الارتياح النفسي",
            "stress": "التوتر والضغط النفسي",
            "trauma": "أشياء مؤلمة من الماضي",
            "ingrijpende-gebeurtenissen": "المرور بتجربة صعبة جداً",
            "sociaal-isolement": "الشعور بالوحدة",
            "huiselijk-geweld": "العنف أو الشجار في البيت",
            "eenoudergezin": "تربية طفلك وحدك",
            "tienerouders": "الحمل أو الإنجاب في سن صغيرة",
            "chronische-aandoening": "شخص في عائلتك مريض منذ وقت طويل",
            "lvb": "صعوبة في التعلم والفهم",
            "schulden": "الديون ومشاكل المال",
            "laag-inkomen": "قلة المال",
            "werkloosheid": "عدم وجود عمل",
            "opleiding": "المدرسة والدراسة",
            "huisvesting": "عدم وجود سكن أو سكن غير مناسب",
            "statushouders-asielzoekers": "القدوم حديثاً إلى هولندا",
            "roken": "الإقلاع عن التدخين",
            "alcohol": "الكحول",
            "verslaving": "المخدرات أو الإدمان",
            "voeding-foliumzuur": "الأكل الصحي وحمض الفوليك",
            "beweging": "الحركة والرياضة",
            "gezond-gewicht": "الوزن الصحي",
            "taal-tolk": "تعلم اللغة الهولندية أو مترجم",
            "laaggeletterdheid": "صعوبة في القراءة والكتابة",
            "taalontwikkeling": "الكلام والقراءة مع طفلك"
        ],
        languageNames: [
            "nl": "الهولندية", "en": "الإنجليزية", "ar": "العربية", "tr": "التركية", "pl": "البولندية", "uk": "الأوكرانية",
            "de": "الألمانية", "fr": "الفرنسية", "es": "الإسبانية", "pt": "البرتغالية", "ru": "الروسية", "ro": "الرومانية",
            "bg": "البلغارية", "fa": "الفارسية", "ti": "التغرينية", "so": "الصومالية", "zgh": "الأمازيغية (Tamazight)"
        ])
}
