import Foundation

/// Pharos' ten points for securing a local Kansrijke Start approach (seed 000),
/// numbered 1–10 in Pharos' order.
public enum PharosPoint: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case stipAanDeHorizon = 1
    case takenEnRollen
    case kartrekker
    case gemeentelijkBeleid
    case betrekDeMensen
    case meetWeetVerbeter
    case vierDeSuccessen
    case samenwerkingTussenDomeinen
    case ondersteunProfessionals
    case lokaalEnRegionaal

    /// The number, 1–10.
    public var number: Int { rawValue }

    /// The Dutch title as Pharos (and Meppel's plan) writes it.
    public var title: String {
        switch self {
        case .stipAanDeHorizon: "Bepaal je stip aan de horizon"
        case .takenEnRollen: "Maak afspraken over taken en rollen"
        case .kartrekker: "Zorg voor een kartrekker"
        case .gemeentelijkBeleid: "Maak het onderdeel van gemeentelijk beleid"
        case .betrekDeMensen: "Betrek de mensen om wie het gaat"
        case .meetWeetVerbeter: "Meet, weet en verbeter"
        case .vierDeSuccessen: "Vier de successen"
        case .samenwerkingTussenDomeinen: "Zorg voor blijvende samenwerking tussen domeinen"
        case .ondersteunProfessionals: "Ondersteun professionals en leer van elkaar"
        case .lokaalEnRegionaal: "Verbind lokaal en regionaal"
        }
    }

    /// English title, for docs and the API.
    public var englishName: String {
        switch self {
        case .stipAanDeHorizon: "Set your dot on the horizon"
        case .takenEnRollen: "Agree on tasks and roles"
        case .kartrekker: "Have a driving force"
        case .gemeentelijkBeleid: "Make it part of municipal policy"
        case .betrekDeMensen: "Involve the people it is about"
        case .meetWeetVerbeter: "Measure, know and improve"
        case .vierDeSuccessen: "Celebrate successes"
        case .samenwerkingTussenDomeinen: "Lasting cooperation between domains"
        case .ondersteunProfessionals: "Support professionals and learn from each other"
        case .lokaalEnRegionaal: "Connect local and regional"
        }
    }

    public static func < (lhs: PharosPoint, rhs: PharosPoint) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How far a coalition is on one point.
public enum PointStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case nietGestart, inOntwikkeling, opOrde

    /// Dutch label.
    public var label: String {
        switch self {
        case .nietGestart: "Niet gestart"
        case .inOntwikkeling: "In ontwikkeling"
        case .opOrde: "Op orde"
        }
    }
}

/// A coalition's own assessment of one point in one year.
public struct PointAssessment: Sendable, Hashable, Codable {
    public var year: Int
    public var point: PharosPoint
    public var status: PointStatus
    /// "Waar staan we": where the coalition stands now.
    public var waarStaanWe: String
    /// "Wat willen we ontwikkelen": what it wants to develop next.
    public var watWillenWeOntwikkelen: String

    public init(
        year: Int, point: PharosPoint, status: PointStatus = .nietGestart, waarStaanWe: String = "", watWillenWeOntwikkelen: String = ""
    ) {
        self.year = year
        self.point = point
        self.status = status
        self.waarStaanWe = waarStaanWe
        self.watWillenWeOntwikkelen = watWillenWeOntwikkelen
    }
}
