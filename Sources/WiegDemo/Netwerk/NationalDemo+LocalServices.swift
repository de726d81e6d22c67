import Foundation
import WiegCore

extension LocalNetwork {
    /// Every template once, at one organisation of its kind; then, until the municipality has
    /// 88–94 services, the same template at another organisation of that kind or at another
    /// location, chosen at random.
    mutating func addServices(_ rng: inout SplitMix64) {
        let target = rng.int(NationalDemo.servicesPerMunicipality)
        var more: [(template: ServiceTemplate, organisation: Int, location: String?)] = []
        for template in NationalDemo.serviceTemplates {
            guard let providers = byKind[template.provider], !providers.isEmpty else { continue }
            let first = rng.pick(providers)
            addService(template, at: first, location: nil, &rng)
            for other in providers where other != first { more.append((template, other, nil)) }
            if Self.multiLocation.contains(template.key) {
                for location in Self.locations { more.append((template, first, location)) }
            }
        }
        for extra in rng.shuffled(more).prefix(max(0, target - services.count)) {
            addService(extra.template, at: extra.organisation, location: extra.location, &rng)
        }
    }

    private mutating func addService(_ t: ServiceTemplate, at index: Int, location: String?, _ rng: inout SplitMix64) {
        let organisation = organisations[index]
        let id = rng.uuid()
        let slug = slug(of: organisation.id)
        let days = rng.int(0...NationalDemo.maxVerifiedDaysAgo)
        let name = fill(t.name)
        let parentName = fill(DemoParentNames.of(t.name))
        let place = location.map { address(&rng, name: "\(organisation.name), locatie \($0)") } ?? organisation.addresses[0]
        let service = ServiceRecord(
            id: id, organisationID: organisation.id, name: location.map { "\(name) (locatie \($0))" } ?? name,
            parentName: parentName.isEmpty ? "" : location.map { "\(parentName) (locatie \($0))" } ?? parentName,
            publicDescription: fill(t.publicText), professionalDescription: fill(t.professional), phases: t.phases,
            ageFromMonths: t.ages.lowerBound, ageToMonths: t.ages.upperBound, targetGroup: fill(t.target),
            needs: t.needs, access: t.access, cost: t.cost, languages: t.languages, recognition: t.recognition,
            areaCodes: [municipality.code], locations: [place], website: "https://\(slug).example.org/aanbod/\(t.key)",
            professionalContact: ProfessionalContact(
                role: t.contactRole, phone: NetworkDemo.phone(id),
                email: "professionals@\(slug).example.org"),
            lastVerified: dates.dates[days], editorial: dates.editorial[days], demo: true, updatedAt: dates.dates[days])
        if firstService[t.key] == nil { firstService[t.key] = service }
        services.append(service)
    }
}
