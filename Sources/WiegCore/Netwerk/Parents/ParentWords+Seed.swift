extension ParentWords {
    /// The words Wieg starts with: the ways parents say each need in everyday Dutch
    /// (and the English of parents who read it), with inflections and short phrases.
    /// Misspellings of longer words are caught by the reading itself, so they are not
    /// listed. The beheerder extends the list per need on the needs page.
    public static let seeded = ParentWords(text: seedText)

    static let seedText = """
        # Geld, werk en wonen
        schulden: schulden, schuld, geldzorgen, geldzorg, geldproblemen, geldprobleem, financiële problemen, rood staan, \
        rekeningen betalen, rekeningen niet betalen, achterstand, betalingsachterstand, deurwaarder, incasso, aanmaning, \
        beslag, huurachterstand, schuldhulp, schuldhulpverlening, budgetcoach, budgetbeheer, bewindvoering, bewindvoerder, \
        debt, debts, money worries, money problems, bills, bailiff
        laag-inkomen: laag inkomen, weinig geld, geen geld, te weinig geld, geldzorgen, rondkomen, niet rondkomen, krap, \
        armoede, arm, uitkering, bijstand, toeslag, toeslagen, kinderbijslag, voedselbank, babyspullen, babyuitzet, \
        kinderwagen, luiers, kleding baby, kledingbank, babyspullenbank, minima, low income, poverty, food bank, no money, \
        money worries, benefits, allowance
        werkloosheid: werkloos, geen werk, geen baan, baan zoeken, ander werk zoeken, ontslagen, ontslag, werk kwijt, \
        solliciteren, unemployed, no job, job
        huisvesting: geen huis, geen woning, dakloos, thuisloos, woning, woonruimte, woning zoeken, huurhuis, \
        huis kwijt, uit huis gezet, huisuitzetting, ontruiming, slaapplek, geen slaapplek, opvang, noodopvang, \
        wonen, huur, te klein huis, schimmel, homeless, housing, no home, house, shelter
        opleiding: opleiding, school, diploma, studie, studeren, school afmaken, stoppen met school, mbo, \
        education, study
        # Gezin en thuis
        eenoudergezin: alleenstaande moeder, alleenstaande vader, alleenstaande ouder, alleenstaand, alleen opvoeden, \
        alleen met kind, alleen met baby, kind alleen, voed alleen, sta er alleen voor, staat er alleen voor, eenoudergezin, single mum, single mom, single parent, alone with baby
        tienerouders: tienerzwangerschap, tienermoeder, tienervader, tienerouder, tiener zwanger, jong zwanger, \
        jonge moeder, jonge vader, jong moeder, 13 zwanger, 14 zwanger, 15 zwanger, 16 zwanger, 17 zwanger, \
        18 zwanger, 19 zwanger, zwanger 15, zwanger 16, zwanger 17, nog school zwanger, \
        teen pregnancy, teenage mum, teenage mother, young mum
        huiselijk-geweld: huiselijk geweld, geweld, geweld thuis, ruzie thuis, veel ruzie, ruzie met partner, ruzie met mijn man, slaat, slaan, geslagen, \
        schopt, duwt, bedreigt, bedreigd, dreigt, bang partner, bang thuis, niet veilig thuis, onveilig thuis, \
        mishandeling, mishandeld, kindermishandeling, veilig thuis, partner slaat, vriend slaat, man slaat, \
        domestic violence, violence, abuse, hits me, beats me, not safe at home
        sociaal-isolement: eenzaam, eenzaamheid, alleen, niemand, geen vrienden, geen familie, niemand om te praten, \
        geen steun, weinig contact, geïsoleerd, isolement, maatje, lonely, loneliness, no friends, isolated
        statushouders-asielzoekers: vluchteling, vluchtelingen, asielzoeker, asiel, statushouder, azc, \
        verblijfsvergunning, inburgering, inburgeren, refugee, asylum, asylum seeker
        ingrijpende-gebeurtenissen: overlijden, overleden, rouw, verlies, scheiding, gescheiden, uit elkaar, \
        ziek familielid, ongeluk, brand, grief, divorce, loss, death
        chronische-aandoening: chronisch ziek, chronische ziekte, ziekte, ziek, beperking, handicap, \
        gehandicapt, diabetes, epilepsie, chronic illness, disability, illness
        # Taal, lezen en leren
        laaggeletterdheid: moeite met lezen, slecht lezen, niet goed lezen, kan niet lezen, moeilijk lezen, \
        moeite met schrijven, niet goed schrijven, laaggeletterd, laaggeletterdheid, lezen, schrijven, brieven lezen, \
        formulieren, taalhuis, reading, read, writing, literacy
        taal-tolk: tolk, tolken, vertaler, vertalen, vertaling, geen nederlands, spreek geen nederlands, \
        nederlands spreken, nederlands leren, taal leren, taalles, andere taal, taal, interpreter, translator, \
        translation, dutch, no dutch, speak dutch, language
        lvb: licht verstandelijke beperking, verstandelijke beperking, lvb, moeilijk leren, moeite met leren, \
        leerproblemen, begrijp niet, snap niet, learning disability
        taalontwikkeling: voorlezen, voorleesboek, boekje, boekjes, praten met baby, baby praten, \
        leren praten, praat nog niet, taalontwikkeling, spraak, spraakontwikkeling, bibliotheek, boekstart, \
        read to baby, reading to baby, speech, talking
        # Leefstijl
        roken: roken, rook, stoppen met roken, sigaret, sigaretten, sigaretje, vapen, vape, e-sigaret, shag, \
        nicotine, rookvrij, smoking, smoke, cigarette, cigarettes, quit smoking
        alcohol: alcohol, alcohol drinken, drink alcohol, drinkt alcohol, drink veel, drinkt veel, dronken, bier, wijn, sterke drank, \
        alcoholvrij, alcohol zwanger, \
        drinking alcohol, drunk, beer, wine
        verslaving: drugs, drug, verslaving, verslaafd, blowen, wiet, hasj, cocaïne, coke, xtc, speed, \
        gokken, gokverslaving, afkicken, addiction, addicted, gambling, cannabis
        voeding-foliumzuur: foliumzuur, vitamine, vitamines, vitamine d, voeding, eten, gezond eten, \
        wat mag ik eten, dieet, folic acid, food, nutrition, eating
        beweging: bewegen, sport, sporten, zwemmen, zwangerschapsyoga, yoga, fitness, wandelen, \
        exercise, sports
        gezond-gewicht: gewicht, overgewicht, afvallen, obesitas, ondergewicht, te dun, \
        weight, overweight, lose weight
        # Zwanger worden en zwanger zijn
        kinderwens: zwanger worden, wil zwanger, zwanger raken, kinderwens, kind krijgen, kind willen, wil kind, wil kindje, \
        wil baby, kindje krijgen, \
        baby willen, proberen zwanger, lukt niet zwanger, vruchtbaarheid, \
        want to get pregnant, trying for a baby, fertility
        onbedoelde-zwangerschap: onbedoeld zwanger, ongepland zwanger, ongewenst zwanger, per ongeluk zwanger, \
        niet zwanger worden, niet zwanger raken, anticonceptie, pil, condoom, spiraal, morning after pil, \
        abortus, zwangerschap afbreken, twijfel zwangerschap, weet niet of ik kind wil, unplanned pregnancy, \
        unwanted pregnancy, contraception, abortion
        prenatale-zorg: zwangerschapscontrole, controle, echo, verloskundige, vroedvrouw, gynaecoloog, \
        bevalling, bevallen, uitgerekend, uitgerekende datum, midwife, check-up, scan, antenatal
        eerdere-zwangerschapscomplicaties: miskraam, miskramen, vorige zwangerschap, vorige bevalling, \
        te vroeg geboren, vroeggeboorte, doodgeboren, zwangerschapsvergiftiging, keizersnede, \
        miscarriage, stillbirth, premature
        # Je gevoel
        psychische-problemen: somber, somberheid, depressief, depressie, niet lekker in mijn vel, \
        niet lekker in je vel, slecht in mijn vel, rot voelen, verdrietig, huil veel, \
        angstig, angst, bang, paniek, paniekaanvallen, psychisch, psychische problemen, mentaal, moet veel huilen, \
        postnatale depressie, zwangerschapsdepressie, donkere gedachten, zelfmoord, dood willen, \
        feeling down, depressed, depression, sad, anxious, anxiety, mental health
        stress: stress, gestrest, gespannen, spanning, overprikkeld, moe, uitgeput, \
        overspannen, burn-out, burnout, zorgen, piekeren, slapen, slaap, slecht slapen, \
        niet lekker in mijn vel, stressed, tired, exhausted, worried, worries, sleep
        trauma: trauma, nare ervaringen, nare ervaring, nare jeugd, moeilijke jeugd, misbruik, misbruikt, \
        seksueel misbruik, verkrachting, verkracht, nachtmerries, flashbacks, abused, rape
        # Ouder worden en je baby
        voorbereiding-ouderschap: voorbereiding, voorbereiden, cursus, zwangerschapscursus, \
        ouder worden, eerste kind, eerste baby, wat heb ik nodig voor baby, babyuitzet kopen, klaar voor baby, \
        bevallingscursus, antenatal class, preparing, first baby
        hechting: hechting met baby, hechting baby, band met baby, band met mijn baby, geen band, voel niets, contact met baby, \
        knuffelen, bonding, attachment
        opvoedvragen: opvoeden, opvoeding, opvoedvragen, huilbaby, huilt, huilt veel, huilen baby, huilen, \
        baby huilt, krijsen, slapen baby, baby slaapt niet, slaapt slecht, driftbui, driftbuien, \
        luisteren, luistert niet, grenzen, straffen, baby verzorgen, verzorging, crying baby, baby cries, parenting, \
        baby sleep
        borstvoeding: borstvoeding, borst, voeden, kolven, afkolven, tepels, pijnlijke tepels, \
        stuwing, lactatiekundige, flesvoeding, fles, breastfeeding, breast feeding, bottle feeding
        ontwikkeling-kind: ontwikkeling, groei, groeit niet, groeien, kruipen, leren lopen, \
        achterstand ontwikkeling, consultatiebureau, jgz, huilbaby, development, growth, baby clinic
        """
}
