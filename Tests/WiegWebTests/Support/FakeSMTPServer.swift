import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// An SMTP server on loopback that accepts every message and keeps it, for testing
/// that invites are mailed.
final class FakeSMTPServer: Sendable {
    let messages = NIOLockedValueBox<[(recipient: String, data: String)]>([])
    private let channel: any Channel

    var port: Int { channel.localAddress!.port! }

    init() async throws {
        let messages = self.messages
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(Handler(messages: messages))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
    }

    func stop() async throws { try await channel.close() }

    final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer

        let messages: NIOLockedValueBox<[(recipient: String, data: String)]>
        var pending = "", recipient = "", data = "", inData = false

        init(messages: NIOLockedValueBox<[(recipient: String, data: String)]>) { self.messages = messages }

        func channelActive(context: ChannelHandlerContext) { reply("220 fake ESMTP", context) }

        func channelRead(context: ChannelHandlerContext, data incoming: NIOAny) {
            pending += String(buffer: unwrapInboundIn(incoming))
            while let range = pending.range(of: "\r\n") {
                let line = String(pending[..<range.lowerBound])
                pending.removeSubrange(..<range.upperBound)
                handle(line, context)
            }
        }

        func handle(_ line: String, _ context: ChannelHandlerContext) {
            if inData {
                if line == "." {
                    inData = false
                    let message = (recipient, data)
                    messages.withLockedValue { $0.append(message) }
                    reply("250 queued", context)
                } else {
                    data += line + "\n"
                }
                return
            }
            switch line.prefix(4).uppercased() {
            case "EHLO": reply("250-fake\r\n250 OK", context)
            case "MAIL": reply("250 OK", context)
            case "RCPT":
                recipient = line.components(separatedBy: "<").last?.replacingOccurrences(of: ">", with: "") ?? ""
                reply("250 OK", context)
            case "DATA":
                inData = true
                data = ""
                reply("354 go ahead", context)
            case "QUIT":
                reply("221 bye", context)
                context.close(promise: nil)
            default: reply("500 unknown", context)
            }
        }

        func reply(_ text: String, _ context: ChannelHandlerContext) {
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: text + "\r\n")), promise: nil)
        }
    }
}
