import Foundation
import NIOCore
import NIOPosix

/// A minimal SMTP client for invites: plain SMTP to a relay the operator runs (e.g. a
/// local Postfix on port 25). No authentication or TLS: point it at a trusted relay.
struct SMTPClient {
    var settings: MailSettings
    var eventLoop: any EventLoop

    struct Failure: Error, CustomStringConvertible { var description: String }

    func send(to recipient: String, subject: String, body: String) async throws {
        guard !recipient.contains(where: { $0 == "\r" || $0 == "\n" || $0 == ">" || $0 == "<" }) else {
            throw Failure(description: "invalid recipient")
        }
        let channel = try await ClientBootstrap(group: eventLoop)
            .connectTimeout(.seconds(10))
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await channel.executeThenClose { inbound, outbound in
            var replies = SMTPReplies(inbound.makeAsyncIterator())
            func command(_ line: String?, expect code: Int) async throws {
                if let line { try await outbound.write(ByteBuffer(string: line + "\r\n")) }
                let reply = try await replies.next()
                guard reply.code == code else {
                    throw Failure(description: "SMTP server answered \(reply.code) \(reply.text) to \(line ?? "connect")")
                }
            }
            try await command(nil, expect: 220)
            try await command("EHLO wieg", expect: 250)
            try await command("MAIL FROM:<\(settings.from)>", expect: 250)
            try await command("RCPT TO:<\(recipient)>", expect: 250)
            try await command("DATA", expect: 354)
            try await command(message(to: recipient, subject: subject, body: body) + "\r\n.", expect: 250)
            try await command("QUIT", expect: 221)
        }
    }

    func message(to recipient: String, subject: String, body: String) -> String {
        let date = DateFormatter()
        date.locale = Locale(identifier: "en_US_POSIX")
        date.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let encodedSubject = "=?UTF-8?B?\(Data(subject.utf8).base64EncodedString())?="
        // Dot-stuffing: a line that starts with "." gets another.
        let lines = body.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") ? "." + $0 : String($0) }
        return
            ([
                "From: Wieg <\(settings.from)>", "To: <\(recipient)>", "Subject: \(encodedSubject)",
                "Date: \(date.string(from: Date()))", "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", ""
            ] + lines).joined(separator: "\r\n")
    }
}

/// Reads SMTP replies (possibly multi-line: `250-…` then `250 …`) from a byte stream.
struct SMTPReplies {
    var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    var buffer = ""

    init(_ iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator) { self.iterator = iterator }

    mutating func next() async throws -> (code: Int, text: String) {
        while true {
            while let range = buffer.range(of: "\r\n") {
                let line = String(buffer[..<range.lowerBound])
                buffer.removeSubrange(..<range.upperBound)
                let chars = Array(line)
                guard chars.count >= 3, let code = Int(String(chars[0..<3])) else {
                    throw SMTPClient.Failure(description: "unreadable SMTP reply '\(line)'")
                }
                if chars.count == 3 || chars[3] == " " { return (code, String(line.dropFirst(4))) }
            }
            guard let chunk = try await iterator.next() else {
                throw SMTPClient.Failure(description: "the SMTP server closed the connection")
            }
            buffer += String(buffer: chunk)
        }
    }
}
