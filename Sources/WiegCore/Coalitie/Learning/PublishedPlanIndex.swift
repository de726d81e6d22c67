import Foundation

/// What a coalition looks for in other coalitions' published plans: a theme of the
/// minimum test, an action line, free text naming an intervention ("BoekStart",
/// "nu niet zwanger"), and which kinds of item. Empty parts do not filter.
public struct PublishedPlanFilter: Sendable, Equatable {
    public var theme: MinimumTheme?
    public var actionLine: ActionLine?
    /// Every word must begin a word of the item's text, ignoring case and diacritics
    /// ("zwanger" finds "zwangerschap", "boekstart" finds "BoekStart").
    public var text: String
    public var kinds: Set<OriginItemKind>
    /// The coalition searching, so its own plan is left out.
    public var excludingCoalitionID: UUID?

    public init(
        theme: MinimumTheme? = nil, actionLine: ActionLine? = nil, text: String = "",
        kinds: Set<OriginItemKind> = Set(OriginItemKind.allCases), excludingCoalitionID: UUID? = nil
    ) {
        self.theme = theme
        self.actionLine = actionLine
        self.text = text
        self.kinds = kinds
        self.excludingCoalitionID = excludingCoalitionID
    }
}

/// One item of a published plan that matches a filter, with its coalition.
public struct PublishedPlanMatch: Sendable, Equatable {
    public enum Item: Sendable, Equatable {
        case goal(PublishedGoal)
        case activity(PublishedActivity)
        /// A workgroup with the activities it brings along.
        case workgroup(PublishedWorkgroup, activities: [PublishedActivity])
    }

    public var plan: PublishedPlan
    public var item: Item

    public var kind: OriginItemKind {
        switch item {
        case .goal: .doel
        case .activity: .activiteit
        case .workgroup: .werkgroep
        }
    }

    public var itemID: UUID {
        switch item {
        case .goal(let goal): goal.id
        case .activity(let activity): activity.id
        case .workgroup(let group, _): group.id
        }
    }

    /// The goal's text, the activity's title or the workgroup's name.
    public var title: String {
        switch item {
        case .goal(let goal): goal.text
        case .activity(let activity): activity.title
        case .workgroup(let group, _): group.name
        }
    }
}

/// Searching published plans ("Leren van elkaar").
public enum PublishedPlanIndex {
    /// The goals, activities and workgroups of `plans` that match `filter`: plans by Dutch
    /// name order, within a plan goals, then workgroups, then activities, each in plan order.
    /// A workgroup matches through its name and its activities (their action lines, themes and texts).
    public static func search(_ plans: [PublishedPlan], filter: PublishedPlanFilter) -> [PublishedPlanMatch] {
        let words = DutchText.tokens(filter.text)
        func matches(lines: [ActionLine], themes: [MinimumTheme], texts: [String]) -> Bool {
            if let line = filter.actionLine, !lines.contains(line) { return false }
            if let theme = filter.theme, !themes.contains(theme) { return false }
            guard !words.isEmpty else { return true }
            let tokens = Set(texts.flatMap(DutchText.tokens))
            return words.allSatisfy { word in tokens.contains { $0.hasPrefix(word) } }
        }
        let sorted = plans.filter { $0.coalitionID != filter.excludingCoalitionID }
            .sorted { DutchText.fold($0.name) < DutchText.fold($1.name) }
        var found: [PublishedPlanMatch] = []
        for plan in sorted {
            if filter.kinds.contains(.doel) {
                for goal in plan.goals where matches(lines: goal.actionLines, themes: goal.themes, texts: [goal.text]) {
                    found.append(PublishedPlanMatch(plan: plan, item: .goal(goal)))
                }
            }
            if filter.kinds.contains(.werkgroep) {
                for group in plan.workgroups {
                    let activities = plan.activities(of: group)
                    if matches(
                        lines: activities.flatMap(\.actionLines), themes: activities.flatMap(\.themes),
                        texts: [group.name] + activities.flatMap { [$0.title, $0.description] })
                    {
                        found.append(PublishedPlanMatch(plan: plan, item: .workgroup(group, activities: activities)))
                    }
                }
            }
            if filter.kinds.contains(.activiteit) {
                for activity in plan.activities
                where matches(
                    lines: activity.actionLines, themes: activity.themes,
                    texts: [activity.title, activity.description, activity.expectedResult])
                {
                    found.append(PublishedPlanMatch(plan: plan, item: .activity(activity)))
                }
            }
        }
        return found
    }
}
