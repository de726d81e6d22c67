import ArgumentParser
import Foundation
import Vapor
import WiegCore
import WiegStore
import WiegWeb

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Create accounts and reset passwords.",
        subcommands: [Create.self, ResetPassword.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account and print its one-time set-password link (valid 72 hours).",
            discussion: """
                --scope depends on the role: beheerder: none; regio: a region code (e.g. nml);
                coordinator: a coalition slug (e.g. meppel); partner: coalition/organisation
                (e.g. meppel/ggd-drenthe); professional: optionally a region code.
                """)

        @OptionGroup var db: DatabaseOptions
        @Option(help: "The e-mail address (also the login name).") var email: String
        @Option(help: "beheerder, regio, coordinator, partner or professional.") var role: String
        @Option(help: "Where the account works; see above.") var scope: String?
        @Option(help: "The name shown in Wieg (default: the e-mail address).") var name: String?

        func run() async throws {
            guard let role = Role(rawValue: role) else {
                Runtime.fail("Unknown role '\(role)': use one of \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            let (email, name, scope) = (self.email, self.name, self.scope)
            try await Runtime.withApp(db) { app in
                let users = app.stores.users
                guard try await users.find(email: email) == nil else {
                    throw Failures.Message("An account with the e-mail address \(email) already exists.")
                }
                var user = User(email: email, name: name ?? email, role: role)
                try await CLIScope.apply(scope, role: role, to: &user, stores: app.stores)
                let token = CLIScope.invite(&user)
                try await users.create(user, by: .cli)
                print("Created \(role.rawValue) account \(user.email). Set its password within 72 hours at:")
                print(CLIScope.link(token))
            }
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password",
            abstract: "Print a new one-time set-password link for an account; its current password and sessions end.")

        @OptionGroup var db: DatabaseOptions
        @Option(help: "The account's e-mail address.") var email: String

        func run() async throws {
            let email = self.email
            try await Runtime.withApp(db) { app in
                let users = app.stores.users
                guard var user = try await users.find(email: email) else {
                    throw Failures.Message("There is no account with the e-mail address \(email).")
                }
                let before = user.snapshot
                user.passwordHash = nil
                user.disabledAt = nil
                let token = CLIScope.invite(&user)
                try await users.updateEndingAccess(user, before: before, by: .cli, revokingTokensAt: Date())
                print("Set a new password for \(user.email) within 72 hours at:")
                print(CLIScope.link(token))
            }
        }
    }
}
