import Foundation
import WiegCore

/// The kinds of organisation every municipality of the national demo has: an organisation
/// type, how many of them, and name patterns (`{p}` is the place).
enum NationalOrgKind: CaseIterable, Sendable {
    case verloskunde, vsv, popPoli, kraamzorg, jgz, cjg, ggd, huisarts, ggz, verslavingszorg
    case sociaalTeam, schuldhulp, welzijn, homeStart, bibliotheek, kinderopvang, veiligThuis, gemeente
    case ouderpanel, voedselbank, maatjes, sport

    var type: OrganisationType {
        switch self {
        case .verloskunde: .verloskundigenpraktijk
        case .vsv: .vsv
        case .popPoli: .popPoli
        case .kraamzorg: .kraamzorg
        case .jgz: .jgz
        case .cjg: .cjg
        case .ggd: .ggd
        case .huisarts: .huisarts
        case .ggz: .ggz
        case .verslavingszorg: .verslavingszorg
        case .sociaalTeam: .sociaalTeam
        case .schuldhulp: .schuldhulpverlening
        case .welzijn, .homeStart, .maatjes: .welzijn
        case .bibliotheek: .bibliotheek
        case .kinderopvang: .kinderopvang
        case .veiligThuis: .veiligThuis
        case .gemeente: .gemeente
        case .ouderpanel: .ouderraad
        case .voedselbank, .sport: .overig
        }
    }

    /// How many a municipality has (before the random extras).
    var count: Int {
        switch self {
        case .verloskunde, .huisarts, .kinderopvang: 3
        case .kraamzorg, .welzijn: 2
        default: 1
        }
    }

    /// Kinds a municipality may have one or two more of.
    static let extras: [NationalOrgKind] = [.verloskunde, .huisarts, .kinderopvang]

    /// Name patterns; a municipality uses different ones for organisations of one kind.
    var names: [String] {
        switch self {
        case .verloskunde:
            [
                "Verloskundigenpraktijk De Wieg {p}", "Verloskundigenpraktijk Het Nest {p}",
                "Verloskundigenpraktijk De Ooievaar {p}", "Verloskundigen {p} Centrum",
                "Verloskundigenpraktijk Bolle Buik {p}", "Verloskundigenpraktijk De Levensboom {p}",
                "Verloskundigenpraktijk Moeder & Kind {p}"
            ]
        case .vsv: ["VSV {p} e.o."]
        case .popPoli: ["POP-poli Ziekenhuis {p}", "Streekziekenhuis {p}, POP-poli"]
        case .kraamzorg:
            [
                "Kraamzorg De Kraamvogel {p}", "Kraamzorg Het Kraamnest {p}", "Kraamzorg Eigen Wieg {p}",
                "Kraamzorg Moederhart {p}"
            ]
        case .jgz: ["JGZ {p}"]
        case .cjg: ["Centrum voor Jeugd en Gezin {p}"]
        case .ggd: ["GGD, locatie {p}"]
        case .huisarts:
            [
                "Huisartsenpraktijk De Linde {p}", "Huisartsenpraktijk Het Dorpsplein {p}",
                "Gezondheidscentrum {p} Noord", "Gezondheidscentrum {p} Zuid", "Huisartsenpraktijk De Esch {p}",
                "Huisartsengroep {p} Centrum"
            ]
        case .ggz: ["GGZ {p}", "Praktijk voor Psychologie {p}"]
        case .verslavingszorg: ["Verslavingszorg {p}"]
        case .sociaalTeam: ["Sociaal Team {p}"]
        case .schuldhulp: ["Schuldhulp {p}", "Geldzaken {p}"]
        case .welzijn: ["Welzijn {p}", "Buurtwerk {p}", "Wijkcentrum De Brug {p}"]
        case .homeStart: ["Home-Start {p}"]
        case .bibliotheek: ["Bibliotheek {p}"]
        case .kinderopvang:
            [
                "Kinderopvang De Speelhoek {p}", "Kinderdagverblijf Het Kabouterhuis {p}",
                "Peuteropvang Ukkepuk {p}", "Kinderopvang De Zonnebloem {p}",
                "Kinderopvang Dikkertje Dap {p}", "Peuteropvang De Regenboog {p}"
            ]
        case .veiligThuis: ["Veilig Thuis, steunpunt {p}"]
        case .gemeente: ["Gemeente {p}"]
        case .ouderpanel: ["Ouderpanel Kansrijke Start {p}"]
        case .voedselbank: ["Voedselbank {p}"]
        case .maatjes: ["Maatjesproject {p}", "Humanitas {p}"]
        case .sport: ["Buurtsport {p}"]
        }
    }

    /// One sentence about the organisation.
    var description: String {
        switch self {
        case .verloskunde: "Eerstelijns verloskundige praktijk in {p}: controles, bevalling en kraamtijd."
        case .vsv: "Verloskundig samenwerkingsverband van verloskundigen, ziekenhuis en kraamzorg rond {p}."
        case .popPoli: "Ziekenhuis met verloskunde en een POP-poli voor zwangeren met psychische klachten."
        case .kraamzorg: "Kraamzorg aan huis in {p} en omgeving."
        case .jgz: "Jeugdgezondheidszorg voor kinderen van 0 tot 18 jaar in {p}, met het consultatiebureau."
        case .cjg: "Centrum voor Jeugd en Gezin: vragen over opgroeien en opvoeden."
        case .ggd: "Publieke gezondheid: seksuele gezondheid, infectieziekten en Nu Niet Zwanger."
        case .huisarts: "Huisartsenzorg met praktijkondersteuning GGZ."
        case .ggz: "Geestelijke gezondheidszorg, ook voor (aanstaande) ouders."
        case .verslavingszorg: "Ambulante verslavingszorg en rookstopbegeleiding."
        case .sociaalTeam: "Het sociaal team van de gemeente: één loket voor hulp bij geld, wonen, werk en zorg."
        case .schuldhulp: "Gratis hulp bij schulden en geldzorgen voor inwoners van {p}."
        case .welzijn: "Welzijnswerk in {p}: ontmoeting, taal en vrijwilligers."
        case .homeStart: "Vrijwilligers ondersteunen gezinnen met jonge kinderen thuis."
        case .bibliotheek: "Bibliotheek met BoekStart en een Taalhuis."
        case .kinderopvang: "Kinderopvang en peuteropvang, met voorschoolse educatie."
        case .veiligThuis: "Advies- en meldpunt huiselijk geweld en kindermishandeling."
        case .gemeente: "De gemeente {p}, trekker van de lokale coalitie Kansrijke Start."
        case .ouderpanel: "Ouders die de lokale coalitie Kansrijke Start adviseren."
        case .voedselbank: "Voedselpakketten voor huishoudens die tijdelijk te weinig geld hebben."
        case .maatjes: "Getrainde vrijwilligers als maatje voor mensen met weinig netwerk."
        case .sport: "Buurtsportcoaches: bewegen in de buurt, voor jong en oud."
        }
    }
}
