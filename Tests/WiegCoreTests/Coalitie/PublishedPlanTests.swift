import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Leren van elkaar: published plans")
struct PublishedPlanTests {
    let works = CoalitionDemo.all.map(\.work)
    var plans: [PublishedPlan] { works.map { $0.published() } }

    func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("the projection keeps the public plan: name, kind, area, ambitions, results, goals, activities, workgroups, agreements")
    func publicParts() throws {
        let meppel = CoalitionDemo.meppel.work.published()
        #expect(meppel.coalitionID == CoalitionDemo.meppel.coalition.id && meppel.name == "Kansrijke Start Meppel")
        #expect(meppel.kind == .lokaal && meppel.areaCode == NetworkDemo.meppel && meppel.firstYear == 2021 && meppel.lastYear == 2022)
        #expect(meppel.ambitions.count == 2 && meppel.societalResults.count == 5)
        #expect(meppel.goals.map(\.text) == CoalitionDemo.meppel.plan.goals.map(\.text))
        #expect(meppel.activities.map(\.title) == CoalitionDemo.meppel.activities.map(\.title))
        #expect(meppel.workgroups.map(\.name) == CoalitionDemo.meppel.workgroups.map(\.name))
        #expect(meppel.agreements.map(\.level) == [.beleid, .uitvoering])
        let zichtbaarheid = try #require(meppel.workgroups.first { $0.name == "Zichtbaarheid netwerk Kansrijke Start" })
        #expect(meppel.activities(of: zichtbaarheid).map(\.title) == ["Zorgkaart Kansrijke Start Meppel"])
        let noPlan = CoalitionWork(coalition: CoalitionRecord(name: "Nieuw", areaCode: "GM0001")).published()
        #expect(noPlan.firstYear == nil && noPlan.goals.isEmpty && noPlan.ambitions.isEmpty)
    }

    @Test("no contact person, role, note, risk, budget or reflection of the demo coalitions appears in the published JSON")
    func demoContactsStayPrivate() throws {
        let published = try json(plans)
        var secret: [String] = []
        for demo in CoalitionDemo.all {
            let work = demo.work
            secret +=
                [work.coalition.projectLeader ?? ""] + work.coalition.members.map(\.contactRole) + [work.coalition.involvementNote ?? ""]
            secret += work.workgroups.flatMap { [$0.actionOwner, $0.projectGroupContact, $0.note] }
            secret += work.activities.compactMap(\.ownerRole) + work.activities.compactMap(\.statusNote)
            secret += work.risks.flatMap { [$0.risk, $0.mitigation] + $0.responsibleParties }
            secret += work.governance.flatMap { [$0.name] + $0.members }
            secret += work.budgets.flatMap { $0.lines.map(\.component) + $0.funding.map(\.note) }
            secret += work.points.flatMap { $0.assessments.flatMap { [$0.waarStaanWe, $0.watWillenWeOntwikkelen] } }
        }
        // Single common words ("programmateam", "bibliotheek") also occur in public plan text;
        // every longer contact or note must be absent.
        let checked = Set(secret.filter { $0.count >= 20 })
        #expect(checked.count > 40)
        for text in checked {
            #expect(!published.contains(text), "published plan contains “\(text)”")
        }
        #expect(!published.contains("56400") && !published.contains("5640000") && !published.contains("18000000"))
        #expect(!published.lowercased().contains("contactrole") && !published.contains("actionOwner") && !published.contains("statusNote"))
    }

    @Test("names planted in every private field of a coalition do not appear in its published JSON")
    func plantedNamesStayPrivate() throws {
        let name = "Marieke Jansen 06-98765432"
        var work = CoalitionDemo.meppel.work
        work.coalition.projectLeader = name
        work.coalition.members[0].contactRole = name
        work.coalition.involvementNote = name
        work.activities[0].ownerRole = name
        work.activities[0].statusNote = name
        work.activities[0].statusDate = Date(timeIntervalSince1970: 1_234_567_890)
        work.workgroups[0].actionOwner = name
        work.workgroups[0].projectGroupContact = name
        work.workgroups[0].note = name
        work.risks = [Risk(risk: name, mitigation: name, responsibleParties: [name])]
        work.governance = [GovernanceBody(kind: .stuurgroep, name: name, members: [name])]
        work.budgets = [
            Budget(
                year: 2021, lines: [BudgetLine(component: name, description: name, amount: Money(cents: 777_777))],
                funding: [FundingSource(kind: .gemeente, amount: Money(cents: 777_777), note: name)])
        ]
        var points = PharosYear(year: 2021)
        points[.kartrekker] = PointAssessment(year: 2021, point: .kartrekker, waarStaanWe: name, watWillenWeOntwikkelen: name)
        work.points = [points]
        work.closedYears = []
        let published = try json(work.published())
        #expect(!published.contains("Marieke") && !published.contains("98765432") && !published.contains("777777"))
        #expect(!published.contains("1234567890") && published.contains("Kansrijke Start Meppel"))
    }

    @Test("search by theme, by action line, by intervention text with Dutch case and diacritic folding")
    func search() {
        let vroeg = PublishedPlanIndex.search(plans, filter: PublishedPlanFilter(theme: .vroegsignalering))
        #expect(vroeg.map(\.plan.name) == vroeg.map(\.plan.name).sorted())
        #expect(Set(vroeg.filter { $0.kind == .doel }.map(\.itemID)) == [CoalitionDemo.goalID(4), CoalitionDemo.goalID(104)])
        #expect(
            Set(vroeg.filter { $0.kind == .activiteit }.map(\.itemID)) == [CoalitionDemo.activityID(102), CoalitionDemo.activityID(105)])

        let line33 = PublishedPlanIndex.search(plans, filter: PublishedPlanFilter(actionLine: .a33))
        #expect(line33.map(\.title) == ["VoorZorg uitbreiden"] && line33.first?.plan.name == "Kansrijke Start Apeldoorn")

        let voorzorg = PublishedPlanIndex.search(plans, filter: PublishedPlanFilter(text: "VOORZORG"))
        #expect(voorzorg.map(\.title) == ["VoorZorg uitbreiden"])
        let clienten = PublishedPlanIndex.search(plans, filter: PublishedPlanFilter(text: "kraamzorg clienten"))
        #expect(clienten.map(\.itemID) == [CoalitionDemo.activityID(104)])

        let zorgkaart = PublishedPlanIndex.search(plans, filter: PublishedPlanFilter(text: "zorgkaart"))
        #expect(zorgkaart.map(\.kind) == [.werkgroep, .activiteit])
        guard case .workgroup(let group, let activities) = zorgkaart.first?.item else {
            Issue.record("no workgroup")
            return
        }
        #expect(group.id == CoalitionDemo.workgroupID(3) && activities.map(\.id) == [CoalitionDemo.activityID(5)])

        let onlyGoals = PublishedPlanIndex.search(plans, filter: PublishedPlanFilter(actionLine: .a21, kinds: [.doel]))
        #expect(!onlyGoals.isEmpty && onlyGoals.allSatisfy { $0.kind == .doel })
        let others = PublishedPlanIndex.search(plans, filter: PublishedPlanFilter(excludingCoalitionID: CoalitionDemo.meppel.coalition.id))
        #expect(!others.isEmpty && !others.contains { $0.plan.name == "Kansrijke Start Meppel" })
        #expect(
            PublishedPlanIndex.search(plans, filter: PublishedPlanFilter()).count
                == plans.reduce(0) { $0 + $1.goals.count + $1.activities.count + $1.workgroups.count })
        #expect(PublishedPlanIndex.search(plans, filter: PublishedPlanFilter(text: "olifant")).isEmpty)
    }
}
