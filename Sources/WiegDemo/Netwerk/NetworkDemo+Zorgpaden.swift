import Foundation
import WiegCore

extension NetworkDemo {
    static let meppelerAkkoord = "Meppeler Akkoord"
    static let risicoOverlegAfspraken = "Afspraken risico-overleg kwetsbare zwangeren Meppel"
    static let meldcode = "Meldcode huiselijk geweld en kindermishandeling"
    static let convenantNML = "Convenant Kansrijke Start Noord- en Midden-Limburg"

    /// Care paths in Meppel: signal → contact → service → escalation, per need.
    static func meppelZorgpaden(_ clock: DemoClock) -> [ZorgpadRecord] {
        typealias O = MeppelOrg
        typealias S = MeppelService
        return [
            zorgpad(
                zorgpadID(1), area: meppel, need: "schulden", title: "Schulden en geldzorgen bij zwangeren",
                summary: "Geldzorgen geven stress en kunnen de zwangerschap schaden. Verwijs vroeg; schuldhulp is gratis.",
                steps: [
                    step(
                        .signaal, "Verloskundige of jeugdverpleegkundige vraagt naar geld en rekeningen (o.a. bij de intake).",
                        O.verloskundigCentrum, S.zwangerschapscontrole),
                    step(.contact, "Met toestemming een warme overdracht naar het sociaal team.", O.sociaalTeam, S.sociaalTeam),
                    step(.aanbod, "Schuldhulpverlening binnen 3 werkdagen; zo nodig prenataal huisbezoek.", O.schuldhulp, S.schuldhulp),
                    step(
                        .escalatie, "Bespreken in het risico-overleg kwetsbare zwangeren als er geen voortgang is.", O.verloskundigCentrum,
                        S.risicoOverleg)
                ],
                agreements: [meppelerAkkoord, risicoOverlegAfspraken], responsibleRole: "beleidsregisseur sociaal domein",
                mailbox: "sociaal-domein.meppel", verifiedDaysAgo: 30, clock: clock),
            zorgpad(
                zorgpadID(2), area: meppel, need: "verslaving", title: "Middelengebruik en verslaving rond de zwangerschap",
                summary: "Vraag zonder oordeel naar alcohol, drugs en roken. Verwijs via de huisarts; bij zwangeren met voorrang.",
                steps: [
                    step(.signaal, "Gebruik bespreken bij de intake en bij elk consult.", O.verloskundigCentrum, S.zwangerschapscontrole),
                    step(.contact, "Huisarts inschakelen voor verwijzing.", O.huisartsen, S.huisarts),
                    step(
                        .aanbod, "Ambulante verslavingszorg; stoppen-met-rokenbegeleiding bij roken.", O.verslavingszorg, S.verslavingshulp),
                    step(.escalatie, "Risico-overleg; bij zorgen over de veiligheid van het kind: meldcode.", O.veiligThuis, S.veiligThuis)
                ],
                agreements: [risicoOverlegAfspraken, meldcode], responsibleRole: "aandachtsfunctionaris JGZ",
                mailbox: "aandachtsfunctionaris.jgz.meppel", verifiedDaysAgo: 250, clock: clock),
            zorgpad(
                zorgpadID(3), area: meppel, need: "huiselijk-geweld", title: "Huiselijk geweld",
                summary: "Volg de meldcode. Zwangerschap is een periode met meer risico op geweld.",
                steps: [
                    step(.signaal, "Signalen vastleggen; de zwangere alleen spreken.", O.verloskundigCentrum, S.zwangerschapscontrole),
                    step(.contact, "Consult bij Veilig Thuis (stap 2 van de meldcode).", O.veiligThuis, S.veiligThuis),
                    step(.aanbod, "Hulp via het sociaal team; VoorZorg bij jonge moeders.", O.sociaalTeam, S.sociaalTeam),
                    step(.escalatie, "Melden bij Veilig Thuis bij acute of structurele onveiligheid.", O.veiligThuis, S.veiligThuis)
                ],
                agreements: [meldcode, meppelerAkkoord], responsibleRole: "aandachtsfunctionaris JGZ",
                mailbox: "aandachtsfunctionaris.jgz.meppel", verifiedDaysAgo: 15, clock: clock),
            zorgpad(
                zorgpadID(4), area: meppel, need: "psychische-problemen", title: "Psychische klachten in en na de zwangerschap",
                summary: "Somberheid en angst komen vaak voor. Vroeg signaleren voorkomt problemen in de hechting.",
                steps: [
                    step(
                        .signaal, "Vragen naar stemming bij elk contact; na de bevalling door kraamzorg en JGZ.", O.icareJGZ,
                        S.consultatiebureau),
                    step(.contact, "Huisarts of POH-GGZ inschakelen.", O.huisartsen, S.huisarts),
                    step(.aanbod, "GGZ-behandeling; Stevig Ouderschap voor steun bij het ouderschap.", O.ggz, S.ggzBehandeling),
                    step(
                        .escalatie, "Bespreken in het risico-overleg; medisch maatschappelijk werk of gynaecoloog bij ernstige klachten.",
                        O.ziekenhuis, S.gynaecologie)
                ],
                agreements: [risicoOverlegAfspraken], responsibleRole: "jeugdverpleegkundige, lid projectgroep",
                mailbox: "projectgroep.ksm", verifiedDaysAgo: 100, clock: clock),
            zorgpad(
                zorgpadID(5), area: meppel, need: "laaggeletterdheid", title: "Laaggeletterdheid bij (aanstaande) ouders",
                summary:
                    "Laaggeletterde ouders vinden en begrijpen informatie moeilijker. Gebruik eenvoudige taal en verwijs naar het Taalhuis.",
                steps: [
                    step(
                        .signaal, "Let op signalen (formulier mee naar huis, bril vergeten); vraag het voorzichtig.", O.icareJGZ,
                        S.consultatiebureau),
                    step(.contact, "Met toestemming contact met de bibliotheek.", O.bibliotheek),
                    step(.aanbod, "Taalhuis voor de ouder; BoekStart voor het kind.", O.bibliotheek, S.taalhuis),
                    step(.escalatie, "Bij meerdere problemen: sociaal team.", O.sociaalTeam, S.sociaalTeam)
                ],
                agreements: [meppelerAkkoord], responsibleRole: "actie-eigenaar werkgroep Laaggeletterdheid",
                mailbox: "werkgroep.laaggeletterdheid", verifiedDaysAgo: 310, clock: clock),
            zorgpad(
                zorgpadID(6), area: meppel, need: "onbedoelde-zwangerschap", title: "Kinderwens en onbedoelde zwangerschap",
                summary: "Bespreek de kinderwens ook met mensen in een kwetsbare situatie. Nu Niet Zwanger helpt bij een bewuste keuze.",
                steps: [
                    step(
                        .signaal, "Kinderwens bespreekbaar maken (werkgroep Bespreekbaar maken van een kinderwens).", O.sociaalTeam,
                        S.sociaalTeam),
                    step(.contact, "Contact met de coördinator Nu Niet Zwanger.", O.ggdDrenthe),
                    step(.aanbod, "Nu Niet Zwanger; bij een actuele kinderwens het kinderwensspreekuur.", O.ggdDrenthe, S.nuNietZwanger),
                    step(
                        .escalatie, "Bij een zwangerschap: direct naar de verloskundige en het risico-overleg.", O.verloskundigCentrum,
                        S.risicoOverleg)
                ],
                agreements: ["Werkafspraken Nu Niet Zwanger Drenthe"], responsibleRole: "coördinator Nu Niet Zwanger",
                mailbox: "nnz.drenthe", verifiedDaysAgo: 500, clock: clock),
            zorgpad(
                zorgpadID(7), area: meppel, need: "taal-tolk", title: "Taalbarrière in de geboortezorg",
                summary: "Zet een tolk in bij belangrijke gesprekken; vrijwillige tolken voor de gewone afspraken.",
                steps: [
                    step(
                        .signaal, "Vaststellen dat de zwangere het gesprek niet goed kan volgen.", O.verloskundigCentrum,
                        S.zwangerschapscontrole),
                    step(.contact, "Vrijwillige tolk aanvragen via de welzijnsorganisatie.", O.welzijn, S.tolkenproject),
                    step(.aanbod, "Voorlichting aan migrantenouders.", O.icareJGZ, S.voorlichtingMigranten),
                    step(.escalatie, "Bij medische beslissingen een professionele tolk (tolkentelefoon).", O.verloskundigCentrum)
                ],
                agreements: [meppelerAkkoord], responsibleRole: "verloskundige, lid projectgroep",
                mailbox: "projectgroep.ksm", verifiedDaysAgo: 60, clock: clock)
        ]
    }

    /// Care paths in Venlo and the region.
    static func limburgZorgpaden(_ clock: DemoClock) -> [ZorgpadRecord] {
        typealias O = LimburgOrg
        typealias S = LimburgService
        return [
            zorgpad(
                zorgpadID(101), area: venlo, need: "schulden", title: "Schulden en geldzorgen (Venlo)",
                summary: "Signaleer met het gezamenlijke risicosignaleringsinstrument; verwijs warm naar het wijkteam.",
                steps: [
                    step(.signaal, "Risicosignalering door verloskundige of JGZ.", O.consortium, S.risicosignalering),
                    step(.contact, "Warme overdracht naar het sociaal wijkteam.", O.wijkteamVenlo, S.wijkteam),
                    step(.aanbod, "Schuldhulp; bij een jonge eerste zwangere ook VoorZorg.", O.wijkteamVenlo, S.wijkteam),
                    step(.escalatie, "Preventie-overleg met JGZ en wijkteam.", O.ggd)
                ],
                agreements: [convenantNML], responsibleRole: "beleidsambtenaar Kansrijke Start",
                mailbox: "kansrijkestart.venlo", verifiedDaysAgo: 45, clock: clock),
            zorgpad(
                zorgpadID(102), area: venlo, need: "huiselijk-geweld", title: "Huiselijk geweld (Venlo)",
                summary: "Volg de meldcode; Geweld hoort nergens thuis.",
                steps: [
                    step(.signaal, "Signalen vastleggen bij risicosignalering.", O.consortium, S.risicosignalering),
                    step(.contact, "Consult bij Veilig Thuis.", O.veiligThuis, S.veiligThuis),
                    step(.aanbod, "Hulp via het wijkteam; Stevig Ouderschap of VoorZorg.", O.ggd, S.stevigOuderschap),
                    step(.escalatie, "Melden bij Veilig Thuis.", O.veiligThuis, S.veiligThuis)
                ],
                agreements: [meldcode, convenantNML], responsibleRole: "aandachtsfunctionaris JGZ",
                mailbox: "aandachtsfunctionaris.jgz.nml", verifiedDaysAgo: 280, clock: clock),
            zorgpad(
                zorgpadID(103), area: regionCode, need: "onbedoelde-zwangerschap", title: "Nu Niet Zwanger in Noord- en Midden-Limburg",
                summary: "Kinderwens bespreekbaar maken bij mensen met complexe problemen, in alle 14 gemeenten.",
                steps: [
                    step(.signaal, "Hulpverlener bespreekt de kinderwens."),
                    step(.contact, "Aanmelden bij de coördinator Nu Niet Zwanger.", O.ggd),
                    step(.aanbod, "Nu Niet Zwanger.", O.ggd, S.nuNietZwanger),
                    step(.escalatie, "Bij een zwangerschap: verloskundige en VoorZorg.", O.ggd, S.voorZorg)
                ],
                agreements: [convenantNML, "Samenwerkingsovereenkomst IZA Noord- en Midden-Limburg"],
                responsibleRole: "programmaregisseur Kansrijke Start", mailbox: "programmateam.ks.nml",
                verifiedDaysAgo: 400, clock: clock)
        ]
    }
}
