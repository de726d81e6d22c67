// Українська: тексти сторінок для батьків, перекладені з нідерландського вихідного тексту
// (ParentStrings+Dutch.swift). Прості слова, короткі речення, "ти". Носій мови може
// виправити весь файл.
// Ukrainian: translated from the Dutch source; a native speaker may correct the whole file.

extension ParentStrings {
    public static let ukrainian = ParentStrings(
        language: .uk,
        text: { key in
            switch key {
            case .pageTitle: "Знайти допомогу"
            case .lead: "Знайди допомогу поруч із тобою. Не треба входити в акаунт. Ми не зберігаємо те, що ти шукаєш."
            case .privacyLink: "Про твою приватність"
            case .skipLink: "Перейти до змісту"
            case .brandLabel: "Wieg, пошук допомоги"
            case .languageMenu: "Мова"
            case .footerNote: "Wieg не зберігає нічого, за чим тебе можна впізнати."
            case .forProfessionals: "Для фахівців"
            case .privacyFooter: "Приватність"

            case .doorWish: "Я хочу завагітніти"
            case .doorPregnant: "Я вагітна"
            case .doorBaby: "У мене є малюк"
            case .doorsLabel: "Яка в тебе зараз ситуація?"

            case .questionLabel: "З чим тобі потрібна допомога?"
            case .questionHint: "Наприклад (нідерландською): geldzorgen, roken, borstvoeding"
            case .searchLanguageNote: "Шукати можна нідерландською або англійською. Або вибери тему нижче."
            case .municipalityLabel: "Твій муніципалітет"
            case .municipalityChoose: "Вибери свій муніципалітет"
            case .postcodeLabel: "Або твій поштовий індекс"
            case .postcodeHint: "Наприклад: 7941 або 7941 AB"
            case .postcodeInvalid: "Поштовий індекс — це 4 цифри, іноді з 2 літерами після них. Наприклад: 7941 AB."
            case .postcodeUnknown: "Ми не знаємо цього поштового індексу. Вибери свій муніципалітет зі списку."
            case .searchButton: "Шукати"

            case .understood: "Шукаємо допомогу щодо:"
            case .nearPostcode: "Поблизу поштового індексу {postcode} ({place})."
            case .searchOther: "Шукати щось інше"
            case .notUnderstood:
                "Ми не зовсім розуміємо, з чим тобі потрібна допомога. Спробуй інше слово нідерландською або англійською, наприклад: geldzorgen, somber, borstvoeding, geen huis. Або запитай свою акушерку, сімейного лікаря чи в дитячій консультації (consultatiebureau)."
            case .chooseTopic: "Вибери тему"
            case .moreTopic: "Більше"
            case .found: "Знайдено допомогу ({n})"
            case .nothingFound:
                "Ми не знайшли тут допомоги. Запитай свою акушерку, сімейного лікаря чи в дитячій консультації (consultatiebureau): вони знають, куди звернутися."
            case .servicesInDutch:
                "Інформація про допомогу — нідерландською мовою. Тобі потрібен перекладач? Скажи про це, коли телефонуєш."
            case .pages: "Більше сторінок із допомогою"
            case .previous: "Попередня"
            case .next: "Наступна"
            case .pageOf: "Сторінка {n} з {total}"

            case .cost: "Вартість:"
            case .costAsk: "Запитай, скільки це коштує."
            case .costFree: "безкоштовно"
            case .costInsurance: "оплачує твоя медична страховка"
            case .wherePrefix: "Де:"
            case .distance: "приблизно {km} км від твого поштового індексу"
            case .howSelf: "Ти можеш зателефонувати або записатися самостійно."
            case .howReferral: "Тебе запише твоя акушерка, сімейний лікар або дитяча консультація (consultatiebureau). Запитай у них."
            case .howGP: "Тебе запише твій сімейний лікар. Запитай свого сімейного лікаря."
            case .howJGZ: "Тебе запише дитяча консультація (consultatiebureau). Запитай там."
            case .call: "Зателефонуй: {number}"
            case .website: "Перейти на вебсайт"
            case .backToResults: "← Назад до результатів пошуку"
            case .backToSearch: "← Назад до пошуку допомоги"
            case .from: "Хто допомагає"
            case .howToGet: "Як отримати цю допомогу?"
            case .whatCost: "Скільки це коштує?"
            case .whereQuestion: "Де?"
            case .askCost: "Уточни"
            case .languagesOffered: "Допомога цими мовами:"
            case .demoNotice: "Це приклад (демо)."
            case .reportError: "Щось не так? Повідом нам."

            case .cardTitle: "Твоя картка допомоги"
            case .cardPlace: "Допомога в {place}"
            case .cardMade: "Створено: {date}"
            case .cardCode: "Код: {code}"
            case .cardCodeHint: "Назви цей код, коли телефонуєш або приходиш. У коді немає жодної інформації про тебе."
            case .cardSteps: "Що буде далі"

            case .emergencyHeading: "Потрібна допомога негайно?"
            case .emergency112: "Є загроза життю? Зателефонуй за номером 112."
            case .emergency113:
                "Думаєш про самогубство? Зателефонуй на лінію запобігання самогубствам 113 Zelfmoordpreventie: 0800-0113. Безкоштовно, вдень і вночі."
            case .emergencyVeiligThuis:
                "Удома є насильство, або ти хвилюєшся за дитину? Зателефонуй до Veilig Thuis (допомога при домашньому насильстві): 0800-2000. Безкоштовно, вдень і вночі."
            case .emergencyGP:
                "Ти або твоя дитина захворіли? Вдень телефонуй своєму сімейному лікарю. Увечері, вночі та у вихідні телефонуй до чергової служби лікарів (huisartsenpost)."
            case .emergencyMidwife:
                "Ти вагітна, і щось не так, наприклад кровотеча, біль, або ти відчуваєш, що дитина рухається менше? Одразу телефонуй своїй акушерці."
            }
        },
        topics: [
            "zwanger": "Планування вагітності та вагітність",
            "baby": "Твій малюк",
            "gevoel": "Як ти почуваєшся",
            "thuis": "Дім і родина",
            "geld": "Гроші, робота і навчання",
            "wonen": "Житло",
            "gezond": "Здоровий спосіб життя",
            "taal": "Мова і читання",
            "meer": "Більше"
        ],
        needs: [
            "kinderwens": "Ти хочеш завагітніти",
            "onbedoelde-zwangerschap": "Незапланована вагітність",
            "prenatale-zorg": "Огляди під час вагітності",
            "eerdere-zwangerschapscomplicaties": "Проблеми під час попередньої вагітності",
            "voorbereiding-ouderschap": "Підготовка до появи малюка",
            "borstvoeding": "Грудне вигодовування",
            "hechting": "Близькість із малюком",
            "opvoedvragen": "Питання про виховання",
            "ontwikkeling-kind": "Як твоя дитина росте і вчиться",
            "psychische-problemen": "Пригнічений настрій, тривога або погане самопочуття",
            "stress": "Стрес і напруга",
            "trauma": "Важкі події з минулого",
            "ingrijpende-gebeurtenissen": "Сталося щось страшне",
            "sociaal-isolement": "Самотність",
            "huiselijk-geweld": "Насильство або сварки вдома",
            "eenoudergezin": "Самостійне виховання дитини",
            "tienerouders": "Вагітність у юному віці або молоді батьки",
            "chronische-aandoening": "Хтось у родині довго хворіє",
            "lvb": "Труднощі з навчанням і розумінням",
            "schulden": "Борги та проблеми з грошима",
            "laag-inkomen": "Мало грошей",
            "werkloosheid": "Немає роботи",
            "opleiding": "Школа і навчання",
            "huisvesting": "Немає житла або погане житло",
            "statushouders-asielzoekers": "Нещодавно в Нідерландах",
            "roken": "Кинути курити",
            "alcohol": "Алкоголь",
            "verslaving": "Наркотики або залежність",
            "voeding-foliumzuur": "Здорове харчування і фолієва кислота",
            "beweging": "Рух",
            "gezond-gewicht": "Здорова вага",
            "taal-tolk": "Вивчення нідерландської або перекладач",
            "laaggeletterdheid": "Труднощі з читанням і письмом",
            "taalontwikkeling": "Розмови й читання з дитиною"
        ],
        languageNames: [
            "nl": "нідерландська", "en": "англійська", "ar": "арабська", "tr": "турецька", "pl": "польська", "uk": "українська",
            "de": "німецька", "fr": "французька", "es": "іспанська", "pt": "португальська", "ru": "російська", "ro": "румунська",
            "bg": "болгарська", "fa": "перська", "ti": "тигринья", "so": "сомалі", "zgh": "тамазигт (берберська)"
        ])
}
