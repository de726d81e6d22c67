import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("Leren van elkaar: copying and spread")
struct PlanCopyingTests {
    let meppel = CoalitionDemo.meppel.work
    let limburg = CoalitionDemo.noordMiddenLimburg.work
    let apeldoorn = CoalitionDemo.apeldoorn.work
    let calendar = Calendar.dutch
    func day(_ y: Int, _ m: Int, _ d: Int) -> Date { calendar.date(from: DateComponents(year: y, month: m, day: d, hour: 12))! }

    @Test("a copied activity gets a fresh id, status gepland, quarters in the year of copying, no owner, and remembers its origin")
    func copyActivity() throws {
        let source = limburg.published()
        let original = try #require(source.activities.first { $0.id == CoalitionDemo.activityID(102) })
        let id = UUID()
        let copied = apeldoorn.copying(activity: original, from: source, on: day(2025, 3, 1), id: id)
        #expect(copied.activities.count == apeldoorn.activities.count + 1)
        let copy = try #require(copied.activities.last)
        #expect(copy.id == id && copy.title == original.title && copy.expectedResult == original.expectedResult)
        #expect(copy.actionLines == [.a21] && copy.themes == [.vroegsignalering] && copy.status == .gepland && copy.statusDate == nil)
        #expect(copy.quarters == [Quarter(year: 2025, quarter: 1), Quarter(year: 2025, quarter: 2)])
        #expect(copy.ownerOrganisationID == nil && copy.ownerRole == nil && copy.workgroupID == nil && copy.serviceIDs.isEmpty)
        #expect(
            copy.origin
                == Origin(
                    coalitionID: limburg.coalition.id, coalitionName: limburg.coalition.name, itemKind: .activiteit,
                    itemID: original.id, copiedOn: day(2025, 3, 1)))
        #expect(copy.origin?.label == "Overgenomen van Regionale ketenaanpak Kansrijke Start Noord- en Midden-Limburg (activiteit)")
        #expect(copied.copies(of: try #require(copy.origin).source) == [id])
        #expect(Array(copied.activities.dropLast()) == apeldoorn.activities)

        // A realised activity starts again as planned.
        let done = try #require(apeldoorn.published().activities.first { $0.status == .gerealiseerd })
        #expect(meppel.copying(activity: done, from: apeldoorn.published(), on: day(2022, 1, 1)).activities.last?.status == .gepland)
    }

    @Test("editing a copied activity or workgroup through its form, or carrying it into the next year, keeps where it came from")
    func originSurvivesEdits() throws {
        let source = limburg.published()
        let original = try #require(source.activities.first { $0.id == CoalitionDemo.activityID(102) })
        let copy = try #require(apeldoorn.copying(activity: original, from: source, on: day(2025, 3, 1)).activities.last)
        var fields = ActivityForm.fields(copy)
        fields[ActivityForm.Field.titel.rawValue] = "Eigen titel"
        let edited = try #require(
            ActivityForm.check(
                fields: fields, id: copy.id, existing: copy, knownWorkgroups: [],
                knownOrganisations: [], now: day(2025, 4, 1)
            ).record)
        #expect(edited.title == "Eigen titel" && edited.origin == copy.origin && edited.origin != nil)
        let next = YearClose.carriedOver(edited, after: 2025, id: UUID())
        #expect(next.origin == copy.origin)

        let group = try #require(source.workgroups.first)
        let copiedGroup = try #require(apeldoorn.copying(workgroup: group, from: source, on: day(2025, 3, 1)).workgroups.last)
        let regrouped = try #require(
            WorkgroupForm.check(
                fields: WorkgroupForm.fields(copiedGroup), id: copiedGroup.id,
                knownOrganisations: Set(copiedGroup.memberOrganisationIDs),
                existing: copiedGroup
            ).record)
        #expect(regrouped.origin == copiedGroup.origin && regrouped.origin != nil)
    }

    @Test("a copied goal joins the plan; without a plan a concept plan for that year is started")
    func copyGoal() throws {
        let source = meppel.published()
        let goal = try #require(source.goals.first { $0.themes.contains(.taalontwikkeling) })
        let id = UUID()
        let copied = limburg.copying(goal: goal, from: source, on: day(2024, 5, 1), id: id)
        let plan = try #require(copied.plan)
        #expect(plan.goals.count == limburg.plan!.goals.count + 1 && plan.firstYear == 2024 && plan.lastYear == 2026)
        #expect(
            plan.goals.last
                == Goal(
                    id: id, text: goal.text, phase: .na, actionLines: [.a32], themes: [.taalontwikkeling],
                    origin: Origin(
                        coalitionID: meppel.coalition.id, coalitionName: "Kansrijke Start Meppel",
                        itemKind: .doel, itemID: goal.id, copiedOn: day(2024, 5, 1))))
        // The copied goal now counts for the minimum test's language criterion.
        #expect(copied.minimumTest(year: 2024, organisations: []).first { $0.criterion == .taalontwikkeling }?.outcome == .voldaan)

        let fresh = CoalitionWork(coalition: CoalitionRecord(name: "Kansrijke Start Zwolle", areaCode: "GM0193"))
        let started = try #require(fresh.copying(goal: goal, from: source, on: day(2025, 9, 1)).plan)
        #expect(started.firstYear == 2025 && started.lastYear == 2025 && !started.documented && started.goals.count == 1)
    }

    @Test("a copied workgroup brings its activities, linked to the new workgroup, each remembering its own origin")
    func copyWorkgroup() throws {
        let source = meppel.published()
        let group = try #require(source.workgroups.first { $0.id == CoalitionDemo.workgroupID(3) })
        let id = UUID()
        let copied = apeldoorn.copying(workgroup: group, from: source, on: day(2022, 2, 1), id: id)
        let workgroup = try #require(copied.workgroups.last)
        #expect(workgroup.id == id && workgroup.name == "Zichtbaarheid netwerk Kansrijke Start")
        #expect(workgroup.actionOwner.isEmpty && workgroup.projectGroupContact.isEmpty && workgroup.memberOrganisationIDs.isEmpty)
        #expect(workgroup.origin?.itemKind == .werkgroep && workgroup.origin?.itemID == group.id)
        let brought = copied.activities.filter { $0.workgroupID == id }
        #expect(brought.map(\.title) == ["Zorgkaart Kansrijke Start Meppel"] && copied.activities.count == apeldoorn.activities.count + 1)
        #expect(brought.first?.origin?.itemID == CoalitionDemo.activityID(5) && brought.first?.origin?.itemKind == .activiteit)
        #expect(brought.first?.quarters == CoalitionDemo.quarters(2022, 1, 4))
        #expect(Set(copied.activities.map(\.id)).count == copied.activities.count)
        // Copying the same workgroup twice gives different ids.
        let twice = copied.copying(workgroup: group, from: source, on: day(2022, 2, 2))
        #expect(Set(twice.activities.map(\.id)).count == twice.activities.count && twice.workgroups.count == copied.workgroups.count + 1)
    }

    @Test("PracticeSpread: per original item, which coalitions copied it, most-spread first, copies of copies counted for the original")
    func spread() throws {
        let meppelPlan = meppel.published()
        let zorgkaart = try #require(meppelPlan.activities.first { $0.id == CoalitionDemo.activityID(5) })
        let goal = try #require(meppelPlan.goals.first)
        let apeldoornWork = apeldoorn.copying(activity: zorgkaart, from: meppelPlan, on: day(2022, 1, 10), id: UUID())
            .copying(goal: goal, from: meppelPlan, on: day(2022, 1, 11))
        // Limburg copies the zorgkaart from Apeldoorn's copy: it still counts for Meppel.
        let limburgWork = limburg.copying(
            activity: try #require(apeldoornWork.published().activities.last), from: apeldoornWork.published(),
            on: day(2024, 2, 1))
        let spreads = PracticeSpread.count(works: [meppel, apeldoornWork, limburgWork])
        #expect(spreads.count == 2)
        let first = try #require(spreads.first)
        #expect(first.source == OriginSource(coalitionID: meppel.coalition.id, itemKind: .activiteit, itemID: zorgkaart.id))
        #expect(first.title == "Zorgkaart Kansrijke Start Meppel" && first.sourceCoalitionName == "Kansrijke Start Meppel")
        #expect(
            first.coalitionCount == 2
                && first.copies.map(\.coalitionName)
                    == ["Kansrijke Start Apeldoorn", "Regionale ketenaanpak Kansrijke Start Noord- en Midden-Limburg"]
        )
        #expect(spreads[1].source.itemKind == .doel && spreads[1].coalitionCount == 1 && spreads[1].title == goal.text)

        // Without the source coalition among the works, the title comes from the oldest copy.
        let withoutMeppel = PracticeSpread.count(works: [apeldoornWork, limburgWork])
        #expect(withoutMeppel.first?.title == "Zorgkaart Kansrijke Start Meppel" && withoutMeppel.first?.coalitionCount == 2)
        #expect(PracticeSpread.count(works: CoalitionDemo.all.map(\.work)).isEmpty)
    }

    @Test("JSON without the origin field (stored before Leren van elkaar) still decodes; with an origin it round-trips")
    func codableBackwardsCompatible() throws {
        let decoder = JSONDecoder()
        let activity = try decoder.decode(
            Activity.self,
            from: Data(
                """
                {"id":"DEC0A003-0000-4000-8000-000000000005","title":"Zorgkaart","description":"","actionLines":["2.2"],
                 "quarters":[{"year":2021,"quarter":1}],"expectedResult":"","status":"loopt","serviceIDs":[],"themes":[]}
                """.utf8))
        #expect(activity.title == "Zorgkaart" && activity.origin == nil && activity.status == .loopt)
        let goal = try decoder.decode(
            Goal.self,
            from: Data(
                """
                {"id":"DEC0A002-0000-4000-8000-000000000001","text":"Doel","phase":"voor","actionLines":["1.1"],"themes":["preconceptie"]}
                """.utf8))
        #expect(goal.text == "Doel" && goal.origin == nil)
        let workgroup = try decoder.decode(
            Workgroup.self,
            from: Data(
                """
                {"id":"DEC0A005-0000-4000-8000-000000000003","name":"Laaggeletterdheid","actionOwner":"bibliotheek",
                 "projectGroupContact":"","memberOrganisationIDs":[],"note":""}
                """.utf8))
        #expect(workgroup.name == "Laaggeletterdheid" && workgroup.origin == nil)

        let origin = Origin(
            coalitionID: UUID(), coalitionName: "Kansrijke Start Meppel", itemKind: .werkgroep, itemID: UUID(),
            copiedOn: Date(timeIntervalSince1970: 1_700_000_000))
        let encoder = JSONEncoder()
        var copied = workgroup
        copied.origin = origin
        #expect(try decoder.decode(Workgroup.self, from: encoder.encode(copied)) == copied)
        var copiedGoal = goal
        copiedGoal.origin = origin
        #expect(try decoder.decode(Goal.self, from: encoder.encode(copiedGoal)) == copiedGoal)
        var copiedActivity = activity
        copiedActivity.origin = origin
        #expect(try decoder.decode(Activity.self, from: encoder.encode(copiedActivity)) == copiedActivity)
        #expect(!String(decoding: try encoder.encode(activity), as: UTF8.self).contains("origin"))
    }
}
