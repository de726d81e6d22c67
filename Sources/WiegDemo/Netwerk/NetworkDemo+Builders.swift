import Foundation
import WiegCore

extension NetworkDemo {
    /// A demo organisation with a fake address, phone, e-mail and website.
    static func organisation(
        _ id: UUID, _ name: String, _ type: OrganisationType, domain: NetworkDomain? = nil,
        slug: String, description: String, area: [String], street: String? = nil,
        postcode: String = "", city: String = "", verifiedDaysAgo days: Int,
        clock: DemoClock
    ) -> OrganisationRecord {
        let addresses =
            street.map {
                [AddressRecord(street: $0, postcode: postcode, city: city, municipalityCode: area.first)]
            } ?? []
        return OrganisationRecord(
            id: id, name: name, type: type, domain: domain, description: description,
            website: "https://\(slug).example.org", phone: phone(id), email: "info@\(slug).example.org",
            addresses: addresses, workingArea: area, lastVerified: clock.daysAgo(days), demo: true,
            updatedAt: clock.daysAgo(days))
    }

    /// A demo service; the professional contact is a role with an example.org address.
    static func service(
        _ id: UUID, of organisation: UUID, _ name: String, public publicText: String,
        professional: String, phases: [Phase], ages: ClosedRange<Int>, target: String,
        needs: [String], access: ServiceAccess, cost: String = "gratis",
        recognition: Recognition = .nietBeoordeeld, area: [String], languages: [String] = ["nl"],
        contactRole: String, slug: String, verifiedDaysAgo days: Int,
        clock: DemoClock
    ) -> ServiceRecord {
        ServiceRecord(
            id: id, organisationID: organisation, name: name, parentName: DemoParentNames.of(name), publicDescription: publicText,
            professionalDescription: professional, phases: phases, ageFromMonths: ages.lowerBound,
            ageToMonths: ages.upperBound, targetGroup: target, needs: needs, access: access, cost: cost,
            languages: languages, recognition: recognition, areaCodes: area,
            website: "https://\(slug).example.org/aanbod",
            professionalContact: ProfessionalContact(
                role: contactRole, phone: phone(id),
                email: "professionals@\(slug).example.org"),
            lastVerified: clock.daysAgo(days), editorial: clock.editorial(verifiedDaysAgo: days), demo: true,
            updatedAt: clock.daysAgo(days))
    }

    /// One step of a zorgpad.
    static func step(
        _ kind: ZorgpadStepKind, _ text: String, _ organisation: UUID? = nil,
        _ service: UUID? = nil
    ) -> ZorgpadStep {
        ZorgpadStep(kind: kind, text: text, organisationID: organisation, serviceID: service)
    }

    /// A demo zorgpad; the responsible contact is a role with an example.org address.
    static func zorgpad(
        _ id: UUID, area: String, need: String, title: String, summary: String,
        steps: [ZorgpadStep], agreements: [String], responsibleRole: String, mailbox: String,
        verifiedDaysAgo days: Int, clock: DemoClock
    ) -> ZorgpadRecord {
        ZorgpadRecord(
            id: id, areaCode: area, needCode: need, title: title, summary: summary,
            steps: steps, agreements: agreements,
            responsible: ProfessionalContact(role: responsibleRole, email: "\(mailbox)@wieg-demo.example.org"),
            lastVerified: clock.daysAgo(days), demo: true)
    }
}
