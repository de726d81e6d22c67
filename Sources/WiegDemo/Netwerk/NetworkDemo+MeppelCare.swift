import Foundation
import WiegCore

extension NetworkDemo {
    /// Medical and public-health services in Meppel (verloskunde, JGZ, ziekenhuis, huisarts, GGZ, GGD).
    static func meppelCareServices(_ clock: DemoClock) -> [ServiceRecord] {
        let m = [meppel]
        let both = [meppel, deWolden]
        return [
            service(
                MeppelService.zwangerschapscontrole, of: MeppelOrg.verloskundigCentrum, "Zwangerschapscontrole",
                public: "De verloskundige kijkt of het goed gaat met jou en je baby. Kom het liefst voor week 10 van je zwangerschap.",
                professional:
                    "Eerstelijns verloskundige zorg. Sociale risico's worden besproken in het risico-overleg kwetsbare zwangeren.",
                phases: [.tijdens, .na], ages: -9...0, target: "alle zwangeren",
                needs: ["prenatale-zorg", "voeding-foliumzuur", "roken", "alcohol", "eerdere-zwangerschapscomplicaties"],
                access: .zelfAanmelden, cost: "vergoed door de zorgverzekering", area: both,
                contactRole: "verloskundige", slug: "verloskundig-centrum-meppel", verifiedDaysAgo: 20, clock: clock),
            service(
                MeppelService.kinderwensspreekuur, of: MeppelOrg.verloskundigCentrum, "Kinderwensspreekuur",
                public: "Wil je zwanger worden? Praat met de verloskundige over gezond zwanger worden, foliumzuur en leefstijl.",
                professional: "Preconceptiezorg; sluit aan bij de werkgroep Bespreekbaar maken van een kinderwens.",
                phases: [.voor], ages: -9...(-9), target: "vrouwen en stellen met een kinderwens",
                needs: ["kinderwens", "voeding-foliumzuur", "roken", "alcohol", "gezond-gewicht"],
                access: .zelfAanmelden, area: both, contactRole: "verloskundige",
                slug: "verloskundig-centrum-meppel", verifiedDaysAgo: 200, clock: clock),
            service(
                MeppelService.risicoOverleg, of: MeppelOrg.verloskundigCentrum, "Risico-overleg kwetsbare zwangeren",
                public: "Zorgverleners overleggen samen, met jouw toestemming, zodat je op tijd de juiste hulp krijgt.",
                professional:
                    "Elke twee maanden bespreken JGZ, kraamzorg en verloskundigen kwetsbare zwangeren (seed 001), bijvoorbeeld bij psychische klachten of huisvestingsproblemen.",
                phases: [.tijdens], ages: -9...0, target: "zwangeren in een kwetsbare situatie",
                needs: ["psychische-problemen", "huisvesting", "schulden", "huiselijk-geweld", "verslaving", "sociaal-isolement"],
                access: .verwijzing, area: both, contactRole: "verloskundige, lid projectgroep",
                slug: "verloskundig-centrum-meppel", verifiedDaysAgo: 40, clock: clock),
            service(
                MeppelService.consultatiebureau, of: MeppelOrg.icareJGZ, "Consultatiebureau",
                public: "Op het consultatiebureau volgen we hoe je kind groeit en zich ontwikkelt. Je kunt al je vragen stellen.",
                professional: "JGZ 0-4 jaar: contactmomenten, vaccinaties, signalering van opvoed- en ontwikkelingsvragen.",
                phases: [.na], ages: 0...48, target: "alle ouders met kinderen van 0 tot 4 jaar",
                needs: ["opvoedvragen", "hechting", "borstvoeding", "taalontwikkeling", "ontwikkeling-kind", "voeding-foliumzuur"],
                access: .zelfAanmelden, area: both, contactRole: "jeugdverpleegkundige",
                slug: "icare-jgz", verifiedDaysAgo: 45, clock: clock),
            service(
                MeppelService.prenataalHuisbezoek, of: MeppelOrg.icareJGZ, "Prenataal huisbezoek",
                public:
                    "Een jeugdverpleegkundige komt bij je thuis als je zwanger bent. Jullie praten over wat je nodig hebt als de baby er is.",
                professional:
                    "Huisbezoek JGZ tijdens de zwangerschap voor zwangeren in een kwetsbare situatie; aanmelding door verloskundige of sociaal team.",
                phases: [.tijdens], ages: -6...0, target: "zwangeren in een kwetsbare situatie",
                needs: ["voorbereiding-ouderschap", "stress", "sociaal-isolement", "huisvesting", "schulden"],
                access: .verwijzing, area: both, contactRole: "jeugdverpleegkundige",
                slug: "icare-jgz", verifiedDaysAgo: 100, clock: clock),
            service(
                MeppelService.voorZorg, of: MeppelOrg.icareJGZ, "VoorZorg",
                public:
                    "Ben je jonger dan 25 en zwanger van je eerste kind, en heb je het zwaar? Een VoorZorg-verpleegkundige komt bij je thuis, tot je kind 2 jaar is.",
                professional:
                    "Intensief huisbezoekprogramma voor jonge vrouwen tot 25 jaar met een opeenstapeling van problemen, vanaf de zwangerschap tot 2 jaar (seed 001). Erkend: effectief volgens goede aanwijzingen.",
                phases: [.tijdens, .na], ages: -7...24, target: "jonge vrouwen (tot 25 jaar), eerste kind",
                needs: ["tienerouders", "hechting", "opvoedvragen", "huiselijk-geweld", "opleiding", "sociaal-isolement"],
                access: .verwijzing, recognition: .effectiefGoede, area: both, contactRole: "VoorZorg-verpleegkundige",
                slug: "icare-jgz", verifiedDaysAgo: 30, clock: clock),
            service(
                MeppelService.stevigOuderschap, of: MeppelOrg.icareJGZ, "Stevig Ouderschap",
                public:
                    "Gaat het opvoeden zwaarder dan je dacht? Een jeugdverpleegkundige komt een paar keer bij je thuis om mee te denken.",
                professional:
                    "Huisbezoeken door een gecertificeerde jeugdverpleegkundige (ca. 4 prenataal, 6 postnataal) bij een belaste voorgeschiedenis of weinig steun. Erkend: effectief volgens eerste aanwijzingen.",
                phases: [.tijdens, .na], ages: -5...24, target: "(aanstaande) ouders met verzwaarde omstandigheden",
                needs: ["hechting", "opvoedvragen", "stress", "sociaal-isolement", "trauma"],
                access: .viaJGZ, recognition: .effectiefEerste, area: both, contactRole: "Stevig Ouderschap-verpleegkundige",
                slug: "icare-jgz", verifiedDaysAgo: 230, clock: clock),
            service(
                MeppelService.voorlichtingsavonden, of: MeppelOrg.icareJGZ, "Voorlichtingsavonden voor zwangeren (carrousel)",
                public: "Samen met je partner leer je in één avond meer over de bevalling, de kraamtijd, voeding en de eerste weken.",
                professional:
                    "Gezamenlijke voorlichting van verloskundigen, JGZ, kraamzorg en welzijn (werkgroep Versterken geboortezorg).",
                phases: [.tijdens], ages: -6...0, target: "zwangeren en partners",
                needs: ["voorbereiding-ouderschap", "borstvoeding", "voeding-foliumzuur"],
                access: .zelfAanmelden, area: both, contactRole: "jeugdverpleegkundige, lid projectgroep",
                slug: "icare-jgz", verifiedDaysAgo: 370, clock: clock),
            service(
                MeppelService.voorlichtingMigranten, of: MeppelOrg.icareJGZ, "Voorlichting aan migrantenouders",
                public: "Uitleg over zwanger zijn en de zorg voor je baby in Nederland, in eenvoudige taal en met een tolk.",
                professional: "Voorlichting voor migrantenouders (werkgroep Versterken geboortezorg), met vrijwillige tolken.",
                phases: [.tijdens, .na], ages: -9...12, target: "migrantenouders en statushouders",
                needs: ["taal-tolk", "statushouders-asielzoekers", "prenatale-zorg", "voorbereiding-ouderschap"],
                access: .zelfAanmelden, area: m, languages: ["nl", "ar", "ti", "en"],
                contactRole: "jeugdverpleegkundige", slug: "icare-jgz", verifiedDaysAgo: 140, clock: clock),
            service(
                MeppelService.gynaecologie, of: MeppelOrg.ziekenhuis, "Gynaecologie en verloskunde",
                public: "Zorg in het ziekenhuis als je zwangerschap extra aandacht nodig heeft.",
                professional: "Tweedelijns verloskunde; medisch maatschappelijk werk bij psychosociale problemen.",
                phases: [.tijdens, .na], ages: -9...0, target: "zwangeren met een medische indicatie",
                needs: ["prenatale-zorg", "eerdere-zwangerschapscomplicaties", "chronische-aandoening", "psychische-problemen"],
                access: .verwijzing, cost: "vergoed door de zorgverzekering (eigen risico)", area: both,
                contactRole: "gynaecoloog", slug: "ziekenhuis-meppel", verifiedDaysAgo: 150, clock: clock),
            service(
                MeppelService.kraamzorg, of: MeppelOrg.kraamzorg, "Kraamzorg thuis",
                public: "Na de bevalling helpt een kraamverzorgende je thuis met de zorg voor jou en je baby. Meld je aan voor week 20.",
                professional: "Kraamzorg volgens het landelijk indicatieprotocol; verlengde kraamzorg bij kwetsbare gezinnen in overleg.",
                phases: [.tijdens, .na], ages: -5...0, target: "alle zwangeren",
                needs: ["borstvoeding", "voorbereiding-ouderschap", "hechting"],
                access: .zelfAanmelden, cost: "vergoed door de zorgverzekering (eigen bijdrage per uur)", area: both,
                contactRole: "kraamverzorgende", slug: "kraamzorg-meppel", verifiedDaysAgo: 75, clock: clock),
            service(
                MeppelService.huisarts, of: MeppelOrg.huisartsen, "Huisarts en praktijkondersteuner GGZ",
                public: "Met klachten over je gezondheid, somberheid of stress kun je altijd bij je huisarts terecht.",
                professional: "Huisartsenzorg met POH-GGZ; verwijst naar GGZ en verslavingszorg.",
                phases: [.voor, .tijdens, .na], ages: -9...48, target: "alle inwoners",
                needs: ["psychische-problemen", "stress", "verslaving", "chronische-aandoening", "kinderwens"],
                access: .zelfAanmelden, cost: "vergoed door de zorgverzekering", area: m,
                contactRole: "huisarts", slug: "huisartsen-meppel", verifiedDaysAgo: 110, clock: clock),
            service(
                MeppelService.ggzBehandeling, of: MeppelOrg.ggz, "Hulp bij psychische klachten rond de zwangerschap",
                public: "Voel je je somber, angstig of heel onrustig, in of na je zwangerschap? Praat erover. Er is hulp.",
                professional: "Diagnostiek en behandeling (perinatale psychiatrie op indicatie); verwijzing via de huisarts.",
                phases: [.voor, .tijdens, .na], ages: -9...12, target: "(aanstaande) ouders met psychische klachten",
                needs: ["psychische-problemen", "stress", "trauma"],
                access: .viaHuisarts, cost: "vergoed door de zorgverzekering (eigen risico)", area: m,
                contactRole: "GZ-psycholoog", slug: "ggz-meppel", verifiedDaysAgo: 270, clock: clock),
            service(
                MeppelService.verslavingshulp, of: MeppelOrg.verslavingszorg, "Hulp bij verslaving",
                public: "Lukt stoppen met alcohol, drugs of medicijnen niet? Je krijgt hulp, ook als je zwanger bent.",
                professional: "Ambulante verslavingszorg; voorrang voor zwangeren.",
                phases: [.voor, .tijdens, .na], ages: -9...48, target: "(aanstaande) ouders met een verslaving",
                needs: ["verslaving", "alcohol", "roken"],
                access: .viaHuisarts, cost: "vergoed door de zorgverzekering (eigen risico)", area: m,
                contactRole: "verslavingsarts", slug: "verslavingszorg-meppel", verifiedDaysAgo: 480, clock: clock),
            service(
                MeppelService.nuNietZwanger, of: MeppelOrg.ggdDrenthe, "Nu Niet Zwanger",
                public:
                    "Wil je nu niet zwanger worden? Een hulpverlener praat met je over je kinderwens en helpt je kiezen wat bij je past.",
                professional:
                    "Hulpverleners bespreken kinderwens en anticonceptie met mensen met complexe problemen; NNZ-coördinator ondersteunt (actielijn 1.2). Erkend: goed onderbouwd.",
                phases: [.voor], ages: -9...(-9), target: "vrouwen en mannen in een kwetsbare situatie",
                needs: ["onbedoelde-zwangerschap", "kinderwens", "lvb", "verslaving", "psychische-problemen"],
                access: .verwijzing, recognition: .goedOnderbouwd, area: [meppel, deWolden],
                contactRole: "coördinator Nu Niet Zwanger", slug: "ggd-drenthe", verifiedDaysAgo: 25, clock: clock),
            service(
                MeppelService.leefstijlcoaching, of: MeppelOrg.leefstijlcoaches, "Leefstijlcoaching rond de zwangerschap",
                public: "Hulp bij stoppen met roken, gezond eten en bewegen, voor en tijdens je zwangerschap.",
                professional: "Individuele coaching; stoppen-met-rokenbegeleiding voor zwangeren en partners.",
                phases: [.voor, .tijdens], ages: -9...0, target: "(aanstaande) ouders",
                needs: ["roken", "voeding-foliumzuur", "beweging", "gezond-gewicht", "alcohol"],
                access: .zelfAanmelden, cost: "vaak vergoed door de zorgverzekering", area: m,
                contactRole: "leefstijlcoach", slug: "leefstijl-meppel", verifiedDaysAgo: 80, clock: clock),
            service(
                MeppelService.inloopspreekuur, of: MeppelOrg.verbalis, "Breed inloopspreekuur",
                public: "Loop binnen met je vraag over praten, bewegen, slapen of opvoeden. Zonder afspraak.",
                professional: "Gezamenlijk inloopspreekuur van kinderpraktijken en JGZ (werkgroep Opzetten breed inloopspreekuur).",
                phases: [.na], ages: 0...48, target: "ouders met jonge kinderen",
                needs: ["opvoedvragen", "taalontwikkeling", "ontwikkeling-kind"],
                access: .zelfAanmelden, area: m, contactRole: "logopedist", slug: "logopedie-verbalis",
                verifiedDaysAgo: 35, clock: clock),
            service(
                MeppelService.kinderfysioLogopedie, of: MeppelOrg.kinderPraktijk, "Kinderfysiotherapie en logopedie",
                public: "Hulp als je kind moeite heeft met bewegen, praten of eten.",
                professional: "Kinderfysiotherapie en logopedie voor jonge kinderen; direct toegankelijk.",
                phases: [.na], ages: 0...48, target: "kinderen van 0 tot 4 jaar",
                needs: ["ontwikkeling-kind", "taalontwikkeling"],
                access: .zelfAanmelden, cost: "vergoed door de zorgverzekering", area: m,
                contactRole: "kinderfysiotherapeut", slug: "de-kinder-praktijk", verifiedDaysAgo: 300, clock: clock)
        ]
    }
}
