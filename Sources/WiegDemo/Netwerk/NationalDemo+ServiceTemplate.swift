import Foundation
import WiegCore

/// A kind of service the national demo offers in every municipality, at organisations of one
/// type. `{p}` in the name and texts stands for the place.
struct ServiceTemplate: Sendable {
    /// Stable key, used by the zorgpad templates to find the service.
    let key: String
    let provider: NationalOrgKind
    let name: String
    let publicText: String
    let professional: String
    let phases: [Phase]
    let ages: ClosedRange<Int>
    let target: String
    let needs: [String]
    let access: ServiceAccess
    let cost: String
    let recognition: Recognition
    let languages: [String]
    let contactRole: String
}

extension NationalDemo {
    /// Every service template, in a fixed order.
    static let serviceTemplates: [ServiceTemplate] = careTemplates + healthTemplates + socialTemplates

    /// Shorthand for the template lists.
    static func template(
        _ key: String, _ provider: NationalOrgKind, _ name: String, _ publicText: String,
        _ professional: String, _ phases: [Phase], _ ages: ClosedRange<Int>, _ target: String,
        _ needs: [String], _ access: ServiceAccess = .zelfAanmelden, cost: String = "gratis",
        recognition: Recognition = .nietBeoordeeld, languages: [String] = ["nl"],
        role: String
    ) -> ServiceTemplate {
        ServiceTemplate(
            key: key, provider: provider, name: name, publicText: publicText, professional: professional,
            phases: phases, ages: ages, target: target, needs: needs, access: access, cost: cost,
            recognition: recognition, languages: languages, contactRole: role)
    }
}
