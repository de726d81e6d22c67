import Foundation
import Vapor
import WiegCore

/// The records a network page is about, by the id in its path (404 in Dutch when unknown),
/// and the notice after a change: shared by the pages of the Netwerk pillar.
extension Request {
    /// The organisation named by the `id` parameter, or a Dutch 404.
    func organisation(in network: NetworkCache.Snapshot) throws -> OrganisationRecord {
        let raw = parameters.get("id") ?? ""
        guard let id = UUID(uuidString: raw), let org = network.organisations[id] else {
            throw WiegError.notFound("Organisatie '\(raw)' bestaat niet.", "Organisation '\(raw)' does not exist.")
        }
        return org
    }

    func service(in network: NetworkCache.Snapshot) throws -> ServiceRecord {
        let raw = parameters.get("id") ?? ""
        guard let id = UUID(uuidString: raw), let service = network.services[id] else {
            throw WiegError.notFound("Aanbod '\(raw)' bestaat niet.", "Service '\(raw)' does not exist.")
        }
        return service
    }

    func zorgpad(in network: NetworkCache.Snapshot) throws -> ZorgpadRecord {
        let raw = parameters.get("id") ?? ""
        guard let id = UUID(uuidString: raw), let path = network.zorgpaden.first(where: { $0.id == id }) else {
            throw WiegError.notFound("Zorgpad '\(raw)' bestaat niet.", "Care path '\(raw)' does not exist.")
        }
        return path
    }

    /// The confirmation after a change, from `?melding=`.
    var savedNotice: String? {
        switch query[String.self, at: "melding"] {
        case "opgeslagen": lang.t("De wijzigingen zijn opgeslagen.", "The changes have been saved.")
        case "gecontroleerd":
            lang.t("Gemarkeerd als gecontroleerd: alle gegevens kloppen nog.", "Marked as checked: all details are still correct.")
        case "verwijderd":
            lang.t(
                "Het aanbod is verwijderd. De wijzigingsgeschiedenis bewaart wat er stond.",
                "The service has been deleted. The audit trail keeps what it said.")
        default: nil
        }
    }
}
