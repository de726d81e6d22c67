import Foundation
import Testing

@testable import WiegCore

private func q(_ quarter: Int, _ year: Int) -> Quarter { Quarter(year: year, quarter: quarter) }

@Suite("Activity progress per action line per quarter")
struct ActivityProgressTests {
    let year = Quarter.range(from: q(1, 2024), to: q(4, 2024))

    func cells(_ rows: [ActionLineProgress], _ line: ActionLine?) -> [[Int]] {
        rows.first { $0.actionLine == line }!.quarters.map { [$0.planned, $0.running, $0.realised] }
    }

    @Test("planned, running now and realised, per quarter")
    func table() {
        let realisedInQ2 = Activity(
            title: "Signaleringsinstrument", actionLines: [.a21], quarters: [q(1, 2024), q(2, 2024)],
            status: .gerealiseerd, statusDate: Calendar.dutch.date(from: DateComponents(year: 2024, month: 5, day: 20)))
        let realisedUndated = Activity(
            title: "Kraamzorg", actionLines: [.a21, .a22], quarters: [q(1, 2024), q(3, 2024)], status: .gerealiseerd)
        let running = Activity(
            title: "Zorgpadentool", actionLines: [.a21], quarters: [q(1, 2024), q(2, 2024), q(3, 2024), q(4, 2024)], status: .loopt)
        let delayed = Activity(title: "Adviesraad", actionLines: [.a22], quarters: [q(2, 2024), q(4, 2024)], status: .vertraagd)
        let stopped = Activity(title: "Ouderraad", actionLines: [.a21], quarters: [q(1, 2024)], status: .gestopt)
        let none = Activity(title: "Monitoren", quarters: [q(1, 2024), q(4, 2024)])
        let rows = ActivityProgress.byActionLine([realisedInQ2, realisedUndated, running, delayed, stopped, none], quarters: year)

        #expect(rows.map(\.actionLine) == ActionLine.allCases.map(Optional.some) + [nil])
        #expect(rows.allSatisfy { $0.quarters.map(\.quarter) == year })
        // 2.1: Q1 planned 3 (stopped left out), Q2 realised 1 (by its status date), Q3 realised 1 (its last quarter).
        #expect(cells(rows, .a21) == [[3, 1, 0], [2, 1, 1], [2, 1, 1], [1, 1, 0]])
        #expect(cells(rows, .a22) == [[1, 0, 0], [1, 1, 0], [1, 0, 1], [1, 1, 0]])
        #expect(cells(rows, nil) == [[1, 0, 0], [0, 0, 0], [0, 0, 0], [1, 0, 0]])
        #expect(cells(rows, .a33) == [[0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]])
    }

    @Test("the realised quarter: by status date, else the last planned quarter, nil when not realised")
    func realisedQuarter() {
        let date = Calendar.dutch.date(from: DateComponents(year: 2025, month: 1, day: 3))!
        #expect(
            ActivityProgress.realisedQuarter(Activity(title: "A", quarters: [q(4, 2024)], status: .gerealiseerd, statusDate: date))
                == q(1, 2025))
        #expect(
            ActivityProgress.realisedQuarter(Activity(title: "B", quarters: [q(4, 2024), q(2, 2024)], status: .gerealiseerd)) == q(4, 2024))
        #expect(ActivityProgress.realisedQuarter(Activity(title: "C", quarters: [q(4, 2024)], status: .loopt, statusDate: date)) == nil)
        #expect(ActivityProgress.byActionLine([], quarters: year).count == 7)
    }
}
