import Foundation
import Testing

@testable import WiegCore

@Suite("Governance: meetings pro rata")
struct GovernanceScheduleTests {
    static func day(_ y: Int, _ m: Int, _ d: Int, hour: Int = 0) -> Date {
        Calendar.dutch.date(from: DateComponents(year: y, month: m, day: d, hour: hour))!
    }

    /// NML: "Bestuurders van partijen ontmoeten elkaar minimaal 2 keer per jaar" (003).
    func bestuurlijk(_ meetings: [Date], perYear: Int = 2) -> GovernanceBody {
        GovernanceBody(
            kind: .bestuurlijkeBijeenkomst, name: "Bestuurlijke bijeenkomst KS NML",
            members: ["bestuurders convenantpartners"], requiredMeetingsPerYear: perYear, meetings: meetings)
    }

    @Test("two a year: one expected from 1 July, not on 30 June")
    func halfYearBoundary() {
        let body = bestuurlijk([])
        #expect(GovernanceSchedule.status(of: body, year: 2024, asOf: Self.day(2024, 6, 30, hour: 23)) == .onSchedule)
        #expect(GovernanceSchedule.status(of: body, year: 2024, asOf: Self.day(2024, 7, 1)) == .behindSchedule(expectedByNow: 1, held: 0))
        #expect(
            GovernanceSchedule.status(of: body, year: 2024, asOf: Self.day(2024, 12, 31, hour: 23))
                == .behindSchedule(expectedByNow: 1, held: 0))
        let met = bestuurlijk([Self.day(2024, 3, 14)])
        #expect(GovernanceSchedule.status(of: met, year: 2024, asOf: Self.day(2024, 7, 1)) == .onSchedule)
    }

    @Test("held counts only meetings in that year on or before the moment")
    func heldMeetings() {
        let body = bestuurlijk([Self.day(2023, 11, 2), Self.day(2024, 7, 10), Self.day(2024, 7, 1)])
        #expect(GovernanceSchedule.heldMeetings(of: body, year: 2024, asOf: Self.day(2024, 7, 1)) == 1)
        #expect(GovernanceSchedule.heldMeetings(of: body, year: 2024, asOf: Self.day(2024, 7, 9)) == 1)
        #expect(GovernanceSchedule.heldMeetings(of: body, year: 2024, asOf: Self.day(2024, 7, 10)) == 2)
        #expect(GovernanceSchedule.heldMeetings(of: body, year: 2023, asOf: Self.day(2024, 7, 10)) == 1)
    }

    @Test("a year that has ended needs every meeting")
    func pastYear() {
        let one = bestuurlijk([Self.day(2024, 3, 14), Self.day(2025, 2, 1)])
        #expect(GovernanceSchedule.status(of: one, year: 2024, asOf: Self.day(2025, 1, 1)) == .behindSchedule(expectedByNow: 2, held: 1))
        let two = bestuurlijk([Self.day(2024, 3, 14), Self.day(2024, 11, 28)])
        #expect(GovernanceSchedule.status(of: two, year: 2024, asOf: Self.day(2026, 5, 1)) == .onSchedule)
        // Once a year: not expected until the year is over, then required.
        let yearly = bestuurlijk([], perYear: 1)
        #expect(GovernanceSchedule.status(of: yearly, year: 2024, asOf: Self.day(2024, 12, 31)) == .onSchedule)
        #expect(GovernanceSchedule.status(of: yearly, year: 2024, asOf: Self.day(2025, 1, 1)) == .behindSchedule(expectedByNow: 1, held: 0))
    }

    @Test("four a year: one per completed quarter; twelve: one per completed month")
    func otherRates() {
        let quarterly = bestuurlijk([Self.day(2024, 2, 1)], perYear: 4)
        #expect(GovernanceSchedule.status(of: quarterly, year: 2024, asOf: Self.day(2024, 3, 31)) == .onSchedule)
        #expect(
            GovernanceSchedule.status(of: quarterly, year: 2024, asOf: Self.day(2024, 7, 1)) == .behindSchedule(expectedByNow: 2, held: 1))
        #expect(
            GovernanceSchedule.status(of: quarterly, year: 2024, asOf: Self.day(2024, 10, 1)) == .behindSchedule(expectedByNow: 3, held: 1))
        let monthly = bestuurlijk([], perYear: 12)
        #expect(GovernanceSchedule.status(of: monthly, year: 2024, asOf: Self.day(2024, 1, 31)) == .onSchedule)
        #expect(
            GovernanceSchedule.status(of: monthly, year: 2024, asOf: Self.day(2024, 2, 1)) == .behindSchedule(expectedByNow: 1, held: 0))
    }

    @Test("no agreed number, or a year not yet begun, is not applicable")
    func notApplicable() {
        #expect(GovernanceSchedule.status(of: bestuurlijk([], perYear: 0), year: 2024, asOf: Self.day(2025, 1, 1)) == .notApplicable)
        #expect(GovernanceSchedule.status(of: bestuurlijk([]), year: 2025, asOf: Self.day(2024, 12, 31)) == .notApplicable)
        #expect(GovernanceSchedule.nextMeetingDue(of: bestuurlijk([], perYear: 0), year: 2024, asOf: Self.day(2024, 1, 1)) == nil)
        #expect(GovernanceSchedule.nextMeetingDue(of: bestuurlijk([]), year: 2025, asOf: Self.day(2024, 1, 1)) == nil)
    }

    @Test("next meeting due: the moment the body falls behind")
    func nextDue() {
        let asOf = Self.day(2024, 5, 1)
        #expect(GovernanceSchedule.nextMeetingDue(of: bestuurlijk([]), year: 2024, asOf: asOf) == Self.day(2024, 7, 1))
        #expect(GovernanceSchedule.nextMeetingDue(of: bestuurlijk([Self.day(2024, 3, 1)]), year: 2024, asOf: asOf) == Self.day(2025, 1, 1))
        #expect(
            GovernanceSchedule.nextMeetingDue(of: bestuurlijk([Self.day(2024, 3, 1), Self.day(2024, 4, 1)]), year: 2024, asOf: asOf) == nil)
        #expect(GovernanceSchedule.nextMeetingDue(of: bestuurlijk([], perYear: 3), year: 2024, asOf: asOf) == Self.day(2024, 5, 1))
        // Behind already: the due moment is in the past.
        #expect(GovernanceSchedule.nextMeetingDue(of: bestuurlijk([]), year: 2024, asOf: Self.day(2024, 9, 1)) == Self.day(2024, 7, 1))
    }

    @Test("for every rate and count held: on schedule just before the due moment, behind at it")
    func dueMatchesStatus() throws {
        for perYear in 1...12 {
            for held in 0..<perYear {
                let meetings = (0..<held).map { _ in Self.day(2024, 1, 1) }
                let body = bestuurlijk(meetings, perYear: perYear)
                let due = try #require(GovernanceSchedule.nextMeetingDue(of: body, year: 2024, asOf: Self.day(2024, 1, 1)))
                let before = due.addingTimeInterval(-1)
                #expect(GovernanceSchedule.status(of: body, year: 2024, asOf: before) == .onSchedule, "\(perYear)/jaar, \(held) gehouden")
                guard case .behindSchedule(_, let h) = GovernanceSchedule.status(of: body, year: 2024, asOf: due) else {
                    Issue.record("\(perYear)/jaar, \(held) gehouden: not behind at \(due)")
                    continue
                }
                #expect(h == held)
            }
        }
    }

    @Test("kinds have Dutch codes and labels; risks and workgroups keep their data")
    func vocabularies() {
        #expect(
            GovernanceBodyKind.allCases.map(\.rawValue) == [
                "stuurgroep", "adviesraad", "kerngroep", "portefeuillehoudersoverleg", "bestuurlijke-bijeenkomst"
            ])
        #expect(GovernanceBodyKind.bestuurlijkeBijeenkomst.dutchName == "Bestuurlijke bijeenkomst")
        #expect(GovernanceBodyKind.portefeuillehoudersoverleg.englishName == "portfolio holders' meeting")
        #expect(RiskStatus.allCases.map(\.dutchName) == ["actief", "beheerst", "opgetreden", "vervallen"])
        #expect(RiskStatus.beheerst.englishName == "under control")
        let risk = Risk(risk: "Krapte op de arbeidsmarkt", responsibleParties: ["Gemeenten", "Ketenorganisaties", "Programmateam"])
        #expect(risk.status == .actief && risk.mitigation.isEmpty)
        let group = Workgroup(name: "Werkgroep communicatie", actionOwner: "programmateam", projectGroupContact: "projectleider")
        #expect(group.memberOrganisationIDs.isEmpty && group.note.isEmpty)
    }
}
