import Foundation

extension HSDSFieldReader {
    /// An organisation nested in a service; nil when its id or name cannot be read.
    mutating func organization(_ o: [String: JSONValue], at path: String, vocabulary: HSDSVocabulary) -> OrganisationRecord? {
        let id = uuid(o, "id", at: path, required: true)
        let name = name(o, "name", at: path)
        let description = string(o, "description", at: path, required: true) ?? ""
        let found = terms(o, at: path, entity: .organization, vocabulary: vocabulary)
        let type = single(found, .organisatietypen).flatMap(OrganisationType.init(rawValue:)) ?? .overig
        let domain = single(found, .domeinen).flatMap(NetworkDomain.init(rawValue:))
        var workingArea: [String] = []
        for (kenmerk, code, p) in found.kenmerken where kenmerk == .werkgebied {
            if AreaCode.kind(of: code) == .gemeente {
                workingArea.append(code)
            } else {
                report(p, "Werkgebied '\(code.prefix(40))' is geen CBS-gemeentecode (GM gevolgd door 4 cijfers).")
            }
        }
        let lastVerified = timestamp(found, .laatstGecontroleerd)
        let updatedAt = timestamp(found, .laatstGewijzigd)
        let demo = demo(found)
        let phones = objects(o, "phones", at: path).compactMap { p, phone -> String? in
            _ = uuid(phone, "id", at: p, required: true)
            return string(phone, "number", at: p, required: true)
        }
        let addresses = objects(o, "locations", at: path).compactMap { p, l in location(l, at: p, vocabulary: vocabulary) }
        let email = string(o, "email", at: path)
        let website = website(o, "website", at: path)
        guard let id, let name else { return nil }
        return OrganisationRecord(
            id: id, name: name, type: type, domain: domain, description: description,
            website: nonEmpty(website), phone: nonEmpty(phones.first), email: nonEmpty(email),
            addresses: addresses, workingArea: workingArea, lastVerified: lastVerified,
            demo: demo, updatedAt: updatedAt)
    }

    /// A physical location with its (first physical) address.
    mutating func location(_ o: [String: JSONValue], at path: String, vocabulary: HSDSVocabulary) -> AddressRecord? {
        _ = uuid(o, "id", at: path, required: true)
        let type = string(o, "location_type", at: path, required: true)
        if let type, type != "physical" {
            report(
                "\(path).location_type",
                type == "postal" || type == "virtual"
                    ? "Wieg neemt alleen fysieke locaties over (location_type physical), geen \(type)."
                    : "Onbekend location_type '\(type.prefix(40))'; gebruik physical.")
            return nil
        }
        let name = string(o, "name", at: path)
        let latitude = number(o, "latitude", at: path)
        let longitude = number(o, "longitude", at: path)
        if let latitude, !(-90...90).contains(latitude) {
            report("\(path).latitude", "Breedtegraad \(latitude) klopt niet; die ligt tussen -90 en 90.")
        }
        if let longitude, !(-180...180).contains(longitude) {
            report("\(path).longitude", "Lengtegraad \(longitude) klopt niet; die ligt tussen -180 en 180.")
        }
        let addresses = objects(o, "addresses", at: path)
        guard let (p, a) = addresses.first(where: { $0.object["address_type"] == .string("physical") }) ?? addresses.first else {
            report("\(path).addresses", "Een locatie heeft een adres nodig (addresses met een fysiek adres).")
            return nil
        }
        _ = uuid(a, "id", at: p, required: true)
        let street = self.name(a, "address_1", at: p)
        let city = self.name(a, "city", at: p)
        let postcode = self.name(a, "postal_code", at: p)
        _ = string(a, "state_province", at: p, required: true)
        _ = string(a, "country", at: p, required: true)
        if let addressType = string(a, "address_type", at: p, required: true), addressType != "physical" {
            report("\(p).address_type", "Wieg neemt alleen fysieke adressen over (address_type physical).")
        }
        let found = terms(a, at: p, entity: .address, vocabulary: vocabulary)
        var municipality = single(found, .gemeentecode)
        if let (code, codePath) = municipality, AreaCode.kind(of: code) != .gemeente {
            report(codePath, "'\(code.prefix(40))' is geen CBS-gemeentecode (GM gevolgd door 4 cijfers).")
            municipality = nil
        }
        guard let street, let city, let postcode else { return nil }
        return AddressRecord(
            name: nonEmpty(name), street: street, postcode: postcode, city: city,
            municipalityCode: municipality?.value, latitude: latitude.flatMap { longitude == nil ? nil : $0 },
            longitude: longitude.flatMap { latitude == nil ? nil : $0 })
    }
}
