import Foundation
import Vapor
import WiegCore
import WiegStore

/// The freshness loop: once a day, each organisation whose entries are due for a check (six
/// months) gets a mail with a one-click "alles klopt nog" link (single use, 30 days) and a
/// link to edit; once a week, coordinators and regio teams get the organisations in their
/// area that are overdue by more than 30 days. Runs inside the server; on PostgreSQL only
/// one instance runs it at a time (an advisory lock). Mail only goes out with SMTP and the
/// public address configured.
enum FreshnessReminders {
    static let lockKey: Int64 = 0x5769_6567_0001
    static let linkDays = 30
    static let overdueDays = 30
    static let lastRunKey = "freshness-run"
    static let lastSummaryKey = "freshness-summary"

    struct Outcome: Equatable {
        var reminders = 0
        var summaries = 0
        var ran = false
    }

    /// One run, if the last was a day ago or more (`force`: regardless).
    @discardableResult
    static func run(_ app: Application, now: Date, force: Bool = false) async throws -> Outcome {
        guard let settings = app.wiegConfig.mail, let base = app.wiegConfig.publicURL else { return Outcome() }
        let stores = app.stores
        let outcome = OutcomeBox()
        let ran = try await stores.freshness.alone(lockKey) {
            if !force, let last = try await stores.settings.moment(lastRunKey), now.timeIntervalSince(last) < 20 * 3600 { return }
            outcome.value.ran = true
            outcome.value.reminders = try await remind(stores, settings: settings, base: base, now: now, app: app)
            // Only a run that got this far counts as done; a failed one is tried again in an hour.
            try await stores.settings.setMoment(lastRunKey, now)
            let lastSummary = try await stores.settings.moment(lastSummaryKey)
            if force || lastSummary.map({ now.timeIntervalSince($0) >= 7 * 86_400 - 3600 }) ?? true {
                try await stores.settings.setMoment(lastSummaryKey, now)
                outcome.value.summaries = try await summarise(stores, settings: settings, base: base, now: now, app: app)
            }
        }
        return ran ? outcome.value : Outcome()
    }

    final class OutcomeBox: @unchecked Sendable { var value = Outcome() }

    /// The oldest check of an organisation's entries (itself and its services); nil: never.
    static func oldestCheck(_ org: OrganisationRecord, services: [ServiceRecord]) -> Date? {
        let dates = [org.lastVerified] + services.map(\.lastVerified)
        guard !dates.contains(where: { $0 == nil }) else { return nil }
        return dates.compactMap { $0 }.min()
    }

    static func remind(_ stores: Stores, settings: MailSettings, base: String, now: Date, app: Application) async throws -> Int {
        let organisations = try await stores.network.organisations()
        let services = Dictionary(grouping: try await stores.network.services(), by: \.organisationID)
        let boundaries = Freshness.Boundaries(now: now)
        let recently = try await stores.freshness.reminded(since: now.addingTimeInterval(-Double(linkDays) * 86_400))
        var sent = 0
        for org in organisations where !recently.contains(org.id) {
            guard let address = org.mailForChecks, boundaries.of(oldestCheck(org, services: services[org.id] ?? [])) != .actueel
            else { continue }
            let token = Tokens.random()
            let body = """
                Beste \(org.name),

                Ouders en professionals zoeken in Wieg naar hulp. Daarom vragen we elk half jaar of uw gegevens nog kloppen: \
                adres, telefoon, website en het aanbod (\(services[org.id]?.count ?? 0)).

                Klopt alles nog? Bevestig het met één klik (de link werkt één keer, \(linkDays) dagen):
                \(base)\(SiteURL.freshnessCheck(token).path)

                Moet er iets anders? Pas het aan (inloggen nodig):
                \(base)\(SiteURL.organisation(org.id.uuidString).path)

                Met vriendelijke groet,
                Wieg
                """
            do {
                try await SMTPClient(settings: settings, eventLoop: app.eventLoopGroup.any())
                    .send(to: address, subject: "Kloppen de gegevens van \(org.name) in Wieg nog?", body: body)
                // Kept only once sent: a failed mail is tried again tomorrow, not in 30 days.
                try await stores.freshness.issue(
                    tokenHash: Tokens.sha256(token), organisation: org.id, at: now,
                    expires: now.addingTimeInterval(Double(linkDays) * 86_400))
                sent += 1
            } catch {
                app.logger.warning("Could not mail the check reminder of organisation \(org.id): \(error)")
            }
        }
        return sent
    }

    /// The weekly list of overdue organisations for each coordinator and regio team.
    static func summarise(_ stores: Stores, settings: MailSettings, base: String, now: Date, app: Application) async throws -> Int {
        let organisations = try await stores.network.organisations()
        let services = Dictionary(grouping: try await stores.network.services(), by: \.organisationID)
        let late = Freshness.Boundaries(now: now).check.addingTimeInterval(-Double(overdueDays) * 86_400)
        let overdue = organisations.filter { org in
            guard let oldest = oldestCheck(org, services: services[org.id] ?? []) else { return true }
            return oldest <= late
        }
        var sent = 0
        for role in [Role.coordinator, .regio] {
            let users = try await stores.users.list(UserFilter(role: role), page: PageQuery(number: 1, size: 1_000)).items
            for user in users where !user.isDisabled {
                let scope = try await Scopes.areas(
                    role: user.role, regionCode: user.regionCode, coalitionID: user.coalitionID, stores: stores)
                let mine = overdue.filter { !scope.isDisjoint(with: $0.workingArea) }
                guard !mine.isEmpty else { continue }
                let lines = mine.map { "- \($0.name): \(base)\(SiteURL.organisation($0.id.uuidString).path)" }.joined(separator: "\n")
                let body = """
                    Beste \(user.name),

                    Van deze organisaties in uw gebied zijn de gegevens in Wieg al meer dan zeven maanden niet gecontroleerd:

                    \(lines)

                    Vraag ze hun gegevens na te lopen, of doe het samen. Wieg
                    """
                do {
                    try await SMTPClient(settings: settings, eventLoop: app.eventLoopGroup.any())
                        .send(to: user.email, subject: "\(mine.count) organisaties met verouderde gegevens in Wieg", body: body)
                    sent += 1
                } catch {
                    app.logger.warning("Could not mail the weekly summary to user \(user.id): \(error)")
                }
            }
        }
        return sent
    }
}

/// Starts the daily check with the server: a first look five minutes after start, then every hour
/// (a run happens when the last was a day ago).
struct FreshnessLifecycle: LifecycleHandler {
    func didBootAsync(_ app: Application) async throws {
        let task = Task {
            try? await Task.sleep(for: .seconds(300))
            while !Task.isCancelled {
                do {
                    try await FreshnessReminders.run(app, now: app.wiegConfig.now())
                } catch {
                    app.logger.warning("The freshness reminders failed: \(error)")
                }
                try? await Task.sleep(for: .seconds(3600))
            }
        }
        app.storage[FreshnessTaskKey.self] = task
    }

    func shutdownAsync(_ app: Application) async {
        app.storage[FreshnessTaskKey.self]?.cancel()
    }
}

struct FreshnessTaskKey: StorageKey { typealias Value = Task<Void, Never> }
