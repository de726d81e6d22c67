import Testing
import WiegStore

@Suite("Database URL")
struct DatabaseLocationTests {
    @Test(
        "SQLite URLs",
        arguments: [
            ("sqlite:///tmp/wieg.sqlite", "/tmp/wieg.sqlite"),
            ("sqlite:///./wieg.sqlite", "./wieg.sqlite"),
            ("sqlite://data/wieg.sqlite", "data/wieg.sqlite")
        ])
    func sqlite(_ url: String, _ path: String) throws {
        #expect(try DatabaseLocation.parse(url) == .sqlite(path: path))
    }

    @Test("PostgreSQL URLs")
    func postgres() throws {
        let url = "postgres://wieg:geheim@127.0.0.1:5432/wieg"
        let location = try DatabaseLocation.parse(url)
        #expect(location == .postgres(url: url))
        #expect(!location.description.contains("geheim"))
        #expect(location.description == "PostgreSQL at 127.0.0.1:5432/wieg")
    }

    @Test(
        "bad URLs get one clear sentence, without the password",
        arguments: [
            ("mysql://root:geheim@localhost/wieg", "is not supported"),
            ("postgres://wieg:geheim@localhost:5432", "names no database"),
            ("sqlite://", "names no file"),
            ("wieg.sqlite", "is not supported")
        ])
    func invalid(_ url: String, _ phrase: String) {
        #expect {
            try DatabaseLocation.parse(url)
        } throws: { error in
            let text = (error as? DatabaseLocation.InvalidURL)?.description ?? ""
            return text.contains(phrase) && !text.contains("geheim")
        }
    }
}
