import Foundation
import WiegCore

/// A zorgpad every municipality of the national demo gets for one need. Steps name a
/// service template (the step refers to that service and its organisation) or only a kind
/// of organisation.
struct ZorgpadTemplate: Sendable {
    struct Step: Sendable {
        let kind: ZorgpadStepKind
        let text: String
        let organisation: NationalOrgKind
        let service: String?
    }

    let need: String
    let title: String
    let summary: String
    let steps: [Step]
    let agreements: [String]
    let responsibleRole: String
}

extension NationalDemo {
    /// The needs every municipality has a zorgpad for.
    public static let zorgpadNeeds = zorgpadTemplates.map(\.need)

    static func step(
        _ kind: ZorgpadStepKind, _ text: String, _ organisation: NationalOrgKind,
        _ service: String? = nil
    ) -> ZorgpadTemplate.Step {
        ZorgpadTemplate.Step(kind: kind, text: text, organisation: organisation, service: service)
    }

    static let convenant = "Convenant Kansrijke Start {p}"

    static let zorgpadTemplates: [ZorgpadTemplate] = [
        ZorgpadTemplate(
            need: "schulden", title: "Schulden en geldzorgen bij zwangeren ({p})",
            summary: "Geldzorgen geven stress en kunnen de zwangerschap schaden. Verwijs vroeg; schuldhulp is gratis.",
            steps: [
                step(.signaal, "Verloskundige vraagt bij de intake naar geld en rekeningen.", .verloskunde, "zwangerschapscontrole"),
                step(.contact, "Met toestemming een warme overdracht naar het sociaal team.", .sociaalTeam, "sociaal-team"),
                step(.aanbod, "Schuldhulpverlening binnen 3 werkdagen; zo nodig een kraampakket.", .schuldhulp, "schuldhulp"),
                step(.escalatie, "Bespreken in het risico-overleg als er geen voortgang is.", .vsv, "risico-overleg")
            ],
            agreements: [convenant], responsibleRole: "beleidsmedewerker sociaal domein"),
        ZorgpadTemplate(
            need: "verslaving", title: "Middelengebruik rond de zwangerschap ({p})",
            summary: "Vraag zonder oordeel naar alcohol, drugs en roken. Verwijs via de huisarts; zwangeren gaan voor.",
            steps: [
                step(.signaal, "Gebruik bespreken bij de intake en bij elk consult.", .verloskunde, "zwangerschapscontrole"),
                step(.contact, "Huisarts inschakelen voor verwijzing.", .huisarts, "huisarts"),
                step(.aanbod, "Ambulante verslavingszorg; bij roken de rookstopcoach.", .verslavingszorg, "verslavingshulp"),
                step(
                    .escalatie, "Bij zorgen over de veiligheid van het kind: meldcode, consult bij Veilig Thuis.", .veiligThuis,
                    "veilig-thuis")
            ],
            agreements: [convenant, NetworkDemo.meldcode], responsibleRole: "aandachtsfunctionaris JGZ"),
        ZorgpadTemplate(
            need: "huiselijk-geweld", title: "Huiselijk geweld ({p})",
            summary: "Volg de meldcode. In de zwangerschap is het risico op geweld groter.",
            steps: [
                step(.signaal, "Signalen vastleggen; de zwangere alleen spreken.", .verloskunde, "zwangerschapscontrole"),
                step(.contact, "Consult bij Veilig Thuis (stap 2 van de meldcode).", .veiligThuis, "veilig-thuis"),
                step(.aanbod, "Hulp via het sociaal team; VoorZorg bij jonge moeders.", .sociaalTeam, "sociaal-team"),
                step(.escalatie, "Melden bij Veilig Thuis bij acute of structurele onveiligheid.", .veiligThuis, "veilig-thuis")
            ],
            agreements: [NetworkDemo.meldcode, convenant], responsibleRole: "aandachtsfunctionaris JGZ"),
        ZorgpadTemplate(
            need: "psychische-problemen", title: "Psychische klachten in en na de zwangerschap ({p})",
            summary: "Somberheid en angst komen vaak voor. Vroeg signaleren voorkomt problemen in de hechting.",
            steps: [
                step(
                    .signaal, "Vragen naar de stemming bij elk contact; na de bevalling door kraamzorg en JGZ.", .jgz, "consultatiebureau"),
                step(.contact, "Huisarts of POH-GGZ inschakelen.", .huisarts, "huisarts"),
                step(.aanbod, "GGZ-behandeling; ouder-babybegeleiding bij zorgen over de band met de baby.", .ggz, "ggz-behandeling"),
                step(.escalatie, "Verwijzen naar de POP-poli bij ernstige klachten of medicijngebruik.", .popPoli, "pop-poli")
            ],
            agreements: [convenant], responsibleRole: "jeugdverpleegkundige, lid lokale coalitie"),
        ZorgpadTemplate(
            need: "laaggeletterdheid", title: "Laaggeletterdheid bij (aanstaande) ouders ({p})",
            summary: "Laaggeletterde ouders vinden en begrijpen informatie moeilijker. Gebruik eenvoudige taal.",
            steps: [
                step(
                    .signaal, "Let op signalen (formulier mee naar huis, bril vergeten); vraag het voorzichtig.", .jgz, "consultatiebureau"),
                step(.contact, "Met toestemming contact met de bibliotheek.", .bibliotheek),
                step(.aanbod, "Taalhuis voor de ouder; BoekStart voor het kind.", .bibliotheek, "taalhuis"),
                step(.escalatie, "Bij meerdere problemen: sociaal team.", .sociaalTeam, "sociaal-team")
            ],
            agreements: [convenant], responsibleRole: "coördinator Taalhuis"),
        ZorgpadTemplate(
            need: "onbedoelde-zwangerschap", title: "Kinderwens en onbedoelde zwangerschap ({p})",
            summary: "Bespreek de kinderwens ook met mensen in een kwetsbare situatie. Nu Niet Zwanger helpt bij een bewuste keuze.",
            steps: [
                step(.signaal, "Kinderwens bespreekbaar maken in gesprekken van het sociaal team.", .sociaalTeam, "sociaal-team"),
                step(.contact, "Contact met de coördinator Nu Niet Zwanger bij de GGD.", .ggd),
                step(.aanbod, "Nu Niet Zwanger; gratis anticonceptie voor minima.", .ggd, "nu-niet-zwanger"),
                step(.escalatie, "Bij een zwangerschap: direct naar de verloskundige en het risico-overleg.", .vsv, "risico-overleg")
            ],
            agreements: ["Werkafspraken Nu Niet Zwanger {p}"], responsibleRole: "coördinator Nu Niet Zwanger")
    ]
}

extension LocalNetwork {
    /// One zorgpad per need with a template; in one of four the escalation step is left out.
    mutating func zorgpaden(for needs: [String], _ rng: inout SplitMix64) -> [ZorgpadRecord] {
        NationalDemo.zorgpadTemplates.filter { needs.contains($0.need) }.map { template in
            let id = rng.uuid()
            let days = rng.int(0...NationalDemo.maxVerifiedDaysAgo)
            let steps = rng.chance(25) ? Array(template.steps.dropLast()) : template.steps
            return ZorgpadRecord(
                id: id, areaCode: municipality.code, needCode: template.need, title: fill(template.title),
                summary: template.summary, steps: steps.map(step), agreements: template.agreements.map(fill),
                responsible: ProfessionalContact(
                    role: template.responsibleRole,
                    email: "kansrijke-start.\(Self.slug(municipality.place))@wieg-demo.example.org"),
                lastVerified: dates.dates[days], demo: true)
        }
    }

    private func step(_ template: ZorgpadTemplate.Step) -> ZorgpadStep {
        if let key = template.service, let service = firstService[key] {
            return ZorgpadStep(kind: template.kind, text: template.text, organisationID: service.organisationID, serviceID: service.id)
        }
        return ZorgpadStep(kind: template.kind, text: template.text, organisationID: organisations(of: template.organisation).first?.id)
    }
}
