import Foundation
import Testing

@testable import WiegCore

private func q(_ quarter: Int, _ year: Int) -> Quarter { Quarter(year: year, quarter: quarter) }
private func day(_ y: Int, _ m: Int, _ d: Int) -> Date { Calendar.dutch.date(from: DateComponents(year: y, month: m, day: d))! }

@Suite("Coalition dashboard")
struct CoalitionDashboardTests {
    let ended = Activity(title: "Kraamzorg verkennen", actionLines: [.a22], quarters: [q(1, 2024)], status: .loopt)
    let delayed = Activity(title: "Adviesraad", actionLines: [.a22, .a31], quarters: [q(3, 2024), q(4, 2024)], status: .vertraagd)
    let now = Activity(title: "Zichtbaarheid", actionLines: [.a31], quarters: [q(1, 2024), q(3, 2024), q(4, 2024)], status: .loopt)
    let done = Activity(
        title: "Signaleringsinstrument", actionLines: [.a21], quarters: [q(1, 2024), q(2, 2024)], status: .gerealiseerd,
        statusDate: day(2024, 5, 20))
    let stopped = Activity(title: "Ouderraad", quarters: [q(1, 2024), q(3, 2024)], status: .gestopt)
    let planned = Activity(title: "Monitoren", quarters: [q(4, 2024)], status: .gepland)

    var all: [Activity] { [ended, delayed, now, done, stopped, planned] }

    @Test("counts by status per action line; each activity once in the totals")
    func counts() {
        let summary = CoalitionDashboard.summary(activities: all, asOf: day(2024, 8, 15))
        #expect(summary.byActionLine.map(\.actionLine) == ActionLine.allCases.map(Optional.some) + [nil])
        func row(_ line: ActionLine?) -> [ActivityStatus: Int] { summary.byActionLine.first { $0.actionLine == line }!.counts }
        #expect(row(.a22) == [.gepland: 0, .loopt: 1, .gerealiseerd: 0, .vertraagd: 1, .gestopt: 0])
        #expect(row(.a31) == [.gepland: 0, .loopt: 1, .gerealiseerd: 0, .vertraagd: 1, .gestopt: 0])
        #expect(row(.a21)[.gerealiseerd] == 1 && row(.a11).values.allSatisfy { $0 == 0 })
        #expect(row(nil) == [.gepland: 1, .loopt: 0, .gerealiseerd: 0, .vertraagd: 0, .gestopt: 1])
        #expect(summary.totals == [.gepland: 1, .loopt: 2, .gerealiseerd: 1, .vertraagd: 1, .gestopt: 1])
        // Without activities lacking an action line there is no such row.
        #expect(CoalitionDashboard.summary(activities: [ended], asOf: day(2024, 8, 15)).byActionLine.count == 7)
    }

    @Test("overdue: last quarter ended and not realised or stopped, or delayed")
    func overdue() {
        #expect(
            CoalitionDashboard.summary(activities: all, asOf: day(2024, 8, 15)).overdue.map(\.title) == [
                "Kraamzorg verkennen", "Adviesraad"
            ])
        // Q1 ends at the first moment of 1 April.
        #expect(!CoalitionDashboard.isOverdue(ended, asOf: day(2024, 4, 1).addingTimeInterval(-1)))
        #expect(CoalitionDashboard.isOverdue(ended, asOf: day(2024, 4, 1)))
        #expect(CoalitionDashboard.isOverdue(delayed, asOf: day(2023, 1, 1)))
        #expect(!CoalitionDashboard.isOverdue(done, asOf: day(2030, 1, 1)) && !CoalitionDashboard.isOverdue(stopped, asOf: day(2030, 1, 1)))
        #expect(!CoalitionDashboard.isOverdue(Activity(title: "Zonder kwartalen", status: .loopt), asOf: day(2030, 1, 1)))
    }

    @Test("the current quarter's activities, stopped ones left out")
    func currentQuarter() {
        let summary = CoalitionDashboard.summary(activities: all, asOf: day(2024, 8, 15))
        #expect(summary.currentQuarter == q(3, 2024))
        #expect(summary.current.map(\.title) == ["Adviesraad", "Zichtbaarheid"])
        #expect(
            CoalitionDashboard.summary(activities: all, asOf: day(2024, 10, 1)).current.map(\.title) == [
                "Adviesraad", "Zichtbaarheid", "Monitoren"
            ])
    }

    @Test("after a year close the carried-over original is history: only its continuation counts")
    func carriedOver() throws {
        let closed = try #require(
            YearClose.apply(
                decisions: [
                    ended.id: YearCloseDecision(outcome: .doorgeschoven, reflection: "Wet komt in 2025"),
                    delayed.id: YearCloseDecision(outcome: .gerealiseerd, reflection: "Eerste bijeenkomst gehouden"),
                    now.id: YearCloseDecision(outcome: .gerealiseerd, reflection: "Meer lezers"),
                    done.id: YearCloseDecision(outcome: .gerealiseerd, reflection: "GIZ gekozen"),
                    planned.id: YearCloseDecision(outcome: .gestopt, reflection: "Zit in het jaarplan")
                ],
                activities: all, year: 2024, closedYears: []
            ).result)
        let summary = CoalitionDashboard.summary(activities: closed.activities, asOf: day(2025, 1, 10))
        #expect(summary.totals[.gepland] == 1 && summary.totals[.loopt] == 0 && summary.totals.values.reduce(0, +) == 6)
        #expect(summary.overdue.isEmpty)
        #expect(summary.current.map(\.title) == ["Kraamzorg verkennen"] && summary.current[0].carriedOverFrom == ended.id)
    }
}
