import Foundation

/// Who may link a story where, and who may delete it. Pure, so it is tested without a server.
public enum StoryPolicy {
    /// A story may be linked to a coalition (or one of its activities) only inside the
    /// writer's scope: the coalitions the writer may read as beheerder, regio team,
    /// coordinator or partner.
    public static func canAttach(_ principal: Principal?, to coalition: CoalitionPolicy.Subject) -> Bool {
        guard let principal, principal.role != .professional else { return false }
        return CoalitionPolicy.canRead(principal, coalition)
    }

    /// The author, the beheerder, and those who may edit the story's coalition (for a story
    /// about a coalition or one of its activities) may delete it; nobody else.
    public static func canDelete(_ principal: Principal?, _ story: Story, coalition: CoalitionPolicy.Subject?) -> Bool {
        guard let principal else { return false }
        if principal.role == .beheerder { return true }
        if let author = story.authorUserID, author == principal.userID { return true }
        if let coalition { return CoalitionPolicy.canEdit(principal, coalition) }
        return false
    }
}
