import Foundation
import WiegCore

/// Demo assessments of Pharos' ten points, entered faithfully from the seeds.
public enum PharosDemo {
    /// Kansrijke Start Meppel, plan of April 2021 (seed 000, "Per punt in het kort waar
    /// we staan en wat we willen ontwikkelen"). Meppel writes one short text per point;
    /// it is transcribed verbatim (including its spelling) and split into "waar staan we"
    /// and "wat willen we ontwikkelen" only where a sentence is clearly about the future.
    ///
    /// Statuses are ours, not Meppel's: op orde only where the text says the point is
    /// done (1: the ambition is set; 3: the project group is the kartrekker; 7: the yearly
    /// inspiration session and spring newsletter celebrate successes); every other point
    /// is in ontwikkeling, because the seed does not make a status clear.
    public static let meppel = PharosYear(
        year: 2021,
        assessments: [
            PointAssessment(
                year: 2021, point: .stipAanDeHorizon, status: .opOrde,
                waarStaanWe: "Dit hebben we nu samen bepaald met het stellen van de ambitie"),
            PointAssessment(
                year: 2021, point: .takenEnRollen, status: .inOntwikkeling,
                waarStaanWe: "Voor een deel is dit gebeurt, maar voor een groter deel niet.",
                watWillenWeOntwikkelen: "Als projectgroep gaan we kijken wat we hierin nog moeten doen"),
            PointAssessment(
                year: 2021, point: .kartrekker, status: .opOrde,
                waarStaanWe:
                    "Als projectgroep vormen we de kartrekker. Per onderwerp wordt er gekeken wie binnen de projectgroep een bepaald onderwerp moet oppakken"
            ),
            PointAssessment(
                year: 2021, point: .gemeentelijkBeleid, status: .inOntwikkeling,
                waarStaanWe:
                    "Met deze uitvoeringsnotitie en de verbinding te organiseren met het Meppeler Akkoord, KSM op te nemen in de afspraken met Icare geven we KSM positie binnen het sociaal domein van gemeente Meppel"
            ),
            PointAssessment(
                year: 2021, point: .betrekDeMensen, status: .inOntwikkeling,
                waarStaanWe: "Dit punt moeten we nog (beter) oppakken.",
                watWillenWeOntwikkelen: "Is een thema die we in 2022 willen oppakken"),
            // Meppel refers to its "Monitoring" section; the development text is quoted from there.
            PointAssessment(
                year: 2021, point: .meetWeetVerbeter, status: .inOntwikkeling,
                waarStaanWe: "Zie verder het kopje monitoring",
                watWillenWeOntwikkelen:
                    "Monitoring op uitkomstenniveau moeten we nog oppakken. Hierbij kan je denken aan het aantal ouders die bereikt zijn met een interventie of het formuleren van indicatoren voor een kansrijke start voor gezinnen in een kwetsbare situatie."
            ),
            PointAssessment(
                year: 2021, point: .vierDeSuccessen, status: .opOrde,
                waarStaanWe:
                    "Dit doen we middels de jaarlijkse inspiratiesessie en via de voorjaarsnieuwsbrief waarmee we de successen zichtbaar maken en een podium geven alsook een inspiratiebron te zijn voor anderen."
            ),
            PointAssessment(
                year: 2021, point: .samenwerkingTussenDomeinen, status: .inOntwikkeling,
                waarStaanWe:
                    "Dit is onder de aandacht bij de projectgroep maar ook bij de werkgroepen waarin professionals uit verschillende domeinen samenwerken aan de doelen van KSM"
            ),
            PointAssessment(
                year: 2021, point: .ondersteunProfessionals, status: .inOntwikkeling,
                waarStaanWe:
                    "Dit is een vast onderdeel van de jaarlijkse inspiratiesessie. Daarnaast proberen we als projectgroep dat ook te doen richting de werkgroepen als het gaat om de ondersteuning.",
                watWillenWeOntwikkelen: "Wellicht kan hier meer aandacht voor komen."),
            PointAssessment(
                year: 2021, point: .lokaalEnRegionaal, status: .inOntwikkeling,
                waarStaanWe:
                    "Als gemeente zijn we actief in regionale overleggen over Kansrijke Start, maar leggen nu de focus om vooral lokaal de uitvoering goed te organiseren. Regionaal wordt er vooral kennis en kunde gedeeld."
            )
        ])
}
