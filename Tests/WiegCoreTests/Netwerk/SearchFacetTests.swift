import Foundation
import Testing

@testable import WiegCore

@Suite struct SearchFacetTests {
    private func numbers(_ text: String, _ filters: SearchFilters) -> Set<Int> {
        Set(SearchFixture.numbers(SearchFixture.search(text, filters: filters)))
    }

    @Test func filtersOrWithinAndAcrossFacets() {
        #expect(numbers("", SearchFilters(municipalities: ["GM0114"])) == [4, 6, 9])
        #expect(numbers("", SearchFilters(domains: [.medisch, .publiekeGezondheid])) == [1, 2, 3, 4, 9])
        #expect(numbers("", SearchFilters(domains: [.publiekeGezondheid], municipalities: ["GM0114"])) == [4, 9])
        #expect(numbers("", SearchFilters(phases: [.tijdens], recognitions: [.effectiefEerste])) == [9])
        #expect(numbers("", SearchFilters(access: [.verwijzing])) == [6])
        #expect(numbers("", SearchFilters(languages: ["ar"])) == [7, 11])
        #expect(numbers("kind", SearchFilters(municipalities: ["GM0119"])) == [3, 7, 8])
        // A value no service has leaves nothing.
        #expect(numbers("", SearchFilters(municipalities: ["GM9999"])).isEmpty)
    }

    @Test func facetCountsAreDisjunctive() {
        let result = SearchFixture.search("", filters: SearchFilters(domains: [.publiekeGezondheid], municipalities: ["GM0114"]))
        // With a municipality chosen, its count is the hits' count; other municipalities
        // are not counted (only the chosen one's services are visited).
        #expect(result.facets[.municipality] == ["GM0114": 2])
        // Domain counts apply the municipality filter only: services 4, 6, 9.
        #expect(result.facets.domains == [.publiekeGezondheid: 2, .sociaal: 1])
        // Other facets count the hits (4 and 9).
        #expect(result.facets.phases == [.voor: 1, .tijdens: 1, .na: 1])
        #expect(result.facets.recognitions == [.goedOnderbouwd: 1, .effectiefEerste: 1])
        #expect(result.facets.count(.language, "nl") == 2)
    }

    @Test func municipalityCountsWithoutAChosenMunicipality() {
        // Without a municipality filter the municipality counts stay disjunctive: the
        // domain filter applies (services 3, 4, 9).
        let result = SearchFixture.search("", filters: SearchFilters(domains: [.publiekeGezondheid]))
        #expect(result.facets[.municipality] == ["GM0119": 2, "GM0114": 2])
    }

    @Test func facetCountsFollowTheWords() {
        let result = SearchFixture.search("kind")
        #expect(result.total == 4)
        #expect(result.facets[.municipality] == ["GM0119": 3, "GM0114": 1])
        #expect(result.facets.access == [.zelfAanmelden: 4])
        #expect(result.facets[.language] == ["nl": 4, "ar": 1])
    }

    @Test func facetCountsLeaveOutInactiveServices() {
        #expect(SearchFixture.search("").facets.phases[.tijdens] == 3)
        #expect(SearchFixture.search("", includeInactive: true).facets.phases[.tijdens] == 4)
    }

    @Test func pagesAreStableAndComplete() {
        let all = SearchFixture.numbers(SearchFixture.search("", page: PageQuery(number: 1, size: 200)))
        let pages = (1...4).map { SearchFixture.search("", page: PageQuery(number: $0, size: 3)) }
        #expect(pages.flatMap(SearchFixture.numbers) == all)
        #expect(pages.map { $0.hits.items.count } == [3, 3, 3, 1])
        #expect(pages.allSatisfy { $0.total == 10 && $0.hits.pageCount == 4 })
        #expect(SearchFixture.search("", page: PageQuery(number: 9, size: 3)).hits.items.isEmpty)
        // The same query twice gives the same order.
        #expect(SearchFixture.numbers(SearchFixture.search("kind")) == SearchFixture.numbers(SearchFixture.search("kind")))
    }

    @Test func documentFromRecords() {
        let organisation = OrganisationRecord(name: "GGD Drenthe", type: .ggd, workingArea: ["GM0119", "GM0114"])
        let service = ServiceRecord(
            organisationID: organisation.id, name: "Prenataal huisbezoek",
            publicDescription: "Een bezoek thuis.", professionalDescription: "Intern: VoorZorg-indicatie.",
            phases: [.tijdens], needs: ["opvoeding"], recognition: .goedBeschreven)
        let document = SearchDocument(service: service, organisation: organisation, needLabels: ["Opvoeding"])
        #expect(document.id == service.id)
        #expect(document.organisationName == "GGD Drenthe")
        #expect(document.domain == .publiekeGezondheid)
        #expect(document.municipalities == ["GM0119", "GM0114"])
        #expect(document.needs == ["opvoeding"])
        #expect(document.recognition == .goedBeschreven)
        let own = ServiceRecord(organisationID: organisation.id, name: "Spreekuur", areaCodes: ["GM0119"])
        #expect(SearchDocument(service: own, organisation: organisation, needLabels: []).municipalities == ["GM0119"])

        let professional = SearchIndex(documents: [document])
        let publicDocument = SearchDocument(
            service: service, organisation: organisation, needLabels: ["Opvoeding"],
            includeProfessionalDescription: false)
        #expect(SearchFixture.search("voorzorg", in: professional).total == 1)
        #expect(SearchFixture.search("voorzorg", in: SearchIndex(documents: [publicDocument])).total == 0)
        // Need labels and the organisation name are searchable.
        #expect(SearchFixture.search("opvoedvragen ggd", in: professional).total == 1)
    }
}
