import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Pharos' 10 points")
struct PharosPointsTests {
    @Test("ten points, numbered 1–10 in order, with Pharos' Dutch titles")
    func points() {
        #expect(PharosPoint.allCases.map(\.number) == Array(1...10))
        #expect(PharosPoint.allCases == PharosPoint.allCases.sorted())
        #expect(PharosPoint.stipAanDeHorizon.title == "Bepaal je stip aan de horizon")
        #expect(PharosPoint.meetWeetVerbeter.title == "Meet, weet en verbeter")
        #expect(PharosPoint.lokaalEnRegionaal.title == "Verbind lokaal en regionaal")
        #expect(Set(PharosPoint.allCases.map(\.title)).count == 10)
        #expect(PointStatus.allCases.map(\.label) == ["Niet gestart", "In ontwikkeling", "Op orde"])
    }

    @Test("a year always holds all ten points in order")
    func completeYear() {
        let year = PharosYear(
            year: 2025,
            assessments: [
                PointAssessment(year: 1999, point: .vierDeSuccessen, status: .opOrde, waarStaanWe: "Jaarlijks feest")
            ])
        #expect(year.assessments.map(\.point) == PharosPoint.allCases)
        #expect(year.assessments.allSatisfy { $0.year == 2025 })
        #expect(year[.vierDeSuccessen].waarStaanWe == "Jaarlijks feest")
        #expect(year[.kartrekker].status == .nietGestart)
        #expect(year.statusCounts == [.nietGestart: 9, .inOntwikkeling: 0, .opOrde: 1])
    }

    @Test("editing one point keeps it in its place and year")
    func subscriptSet() {
        var year = PharosYear(year: 2025)
        year[.kartrekker] = PointAssessment(year: 2000, point: .lokaalEnRegionaal, status: .inOntwikkeling, waarStaanWe: "Projectleider")
        #expect(year[.kartrekker].point == .kartrekker)
        #expect(year[.kartrekker].year == 2025)
        #expect(year[.lokaalEnRegionaal].waarStaanWe == "")
    }

    @Test("Meppel's points are transcribed from its plan")
    func meppel() {
        let meppel = PharosDemo.meppel
        #expect(meppel.year == 2021)
        #expect(meppel.assessments.map(\.point) == PharosPoint.allCases)
        #expect(meppel.assessments.allSatisfy { !$0.waarStaanWe.isEmpty })
        #expect(meppel[.stipAanDeHorizon].waarStaanWe == "Dit hebben we nu samen bepaald met het stellen van de ambitie")
        #expect(meppel[.betrekDeMensen].watWillenWeOntwikkelen == "Is een thema die we in 2022 willen oppakken")
        #expect(meppel.assessments.filter { $0.status == .opOrde }.map(\.point) == [.stipAanDeHorizon, .kartrekker, .vierDeSuccessen])
        #expect(meppel.statusCounts[.nietGestart] == 0)
    }

    @Test("carry-over to the next year keeps texts and statuses, only the year changes")
    func carryOver() {
        let next = PharosDemo.meppel.carriedOver(to: 2022)
        #expect(next.year == 2022)
        #expect(next.assessments.allSatisfy { $0.year == 2022 })
        for point in PharosPoint.allCases {
            #expect(next[point].status == PharosDemo.meppel[point].status)
            #expect(next[point].waarStaanWe == PharosDemo.meppel[point].waarStaanWe)
            #expect(next[point].watWillenWeOntwikkelen == PharosDemo.meppel[point].watWillenWeOntwikkelen)
        }
        #expect(PharosDemo.meppel.year == 2021)
    }
}
