import Foundation

/// The demo's services whose professional name holds words parents do not use: their name in
/// parents' words (what a coalition would fill in as "naam voor ouders").
enum DemoParentNames {
    static let byName: [String: String] = [
        "Risico-overleg kwetsbare zwangeren": "Samen zorgen dat je op tijd de goede hulp krijgt",
        "Prenataal huisbezoek": "Bezoek thuis van het consultatiebureau als je zwanger bent",
        "Huisarts en praktijkondersteuner GGZ": "Je huisarts, ook als je je somber of gespannen voelt",
        "Voorschoolse educatie (VVE)": "Spelen en leren op de peuteropvang",
        "Steun voor ouders met een licht verstandelijke beperking": "Steun als leren en begrijpen moeilijk gaat",
        "Risicosignalering in de zwangerschap": "Praten over hoe het met je gaat als je zwanger bent",
        "Verlengde kraamzorg voor kwetsbare gezinnen": "Langer kraamzorg als je dat nodig hebt",
        "POP-poli: zorg bij psychische klachten": "Zorg in het ziekenhuis als je zwanger bent en je niet goed voelt",
        "Echo's en prenatale screening": "Echo's en onderzoek van je baby in je buik",
        "Voorlichtingsavonden voor zwangeren (carrousel)": "Informatieavonden als je zwanger bent",
        "Gynaecologie en verloskunde": "Het ziekenhuis: zorg als je zwanger bent"
    ]

    /// The parents' name for a demo service named `name`; empty when its own name will do.
    static func of(_ name: String) -> String { byName[name] ?? "" }
}
