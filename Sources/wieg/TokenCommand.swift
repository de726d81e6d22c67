import ArgumentParser
import Foundation
import WiegStore

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Manage API tokens for machine clients.",
        subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an API token that acts with an account's rights, and print it (shown once).")

        @OptionGroup var db: DatabaseOptions
        @Option(help: "The e-mail address of the account the token acts for.") var email: String
        @Option(help: "A name that says which system uses it.") var name: String

        func run() async throws {
            let (email, name) = (self.email, self.name)
            try await Runtime.withApp(db) { app in
                guard let user = try await app.stores.users.find(email: email), !user.isDisabled else {
                    throw Failures.Message("There is no enabled account with the e-mail address \(email).")
                }
                let (_, text) = try await app.stores.tokens.create(name: name, userID: user.id, at: Date(), by: .cli)
                print(text)
            }
        }
    }
}
