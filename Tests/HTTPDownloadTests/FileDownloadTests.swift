import FetchFixtures
import Foundation
import HTTPDownload
import Testing

/// Downloads from the fixture server on 127.0.0.1: whole, refused, cut short
/// and resumed, from servers that ignore ranges, stall or redirect.
struct FileDownloadTests {
    /// 200 KB of text, so a cut leaves a partial file of a known size.
    static let content = Array(String(repeating: "1610227\tKantharalak\t14.64056\t104.64992\tTH\n", count: 5_000).utf8)

    let server: FixtureServer
    let folder: String

    init() throws {
        server = try FixtureServer()
        try server.serve("TH.zip", Self.content)
        folder = try Scratch.folder("download")
    }

    func download(_ name: String = "TH.zip", retries: Int = 0, timeout: Int = 10) -> FileDownload {
        var download = FileDownload(url: server.url + name, folder: folder, name: name)
        download.retries = retries
        download.timeout = timeout
        return download
    }

    /// The files in the folder.
    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test("a file is downloaded whole into a hidden partial file in the folder")
    func whole() throws {
        let downloaded = try download().run()
        #expect(try Scratch.bytes(downloaded.path) == Self.content)
        #expect(downloaded.byteCount == Int64(Self.content.count) && downloaded.resumedFrom == 0)
        let name = (downloaded.path as NSString).lastPathComponent
        #expect(name.hasPrefix(".incident-map-TH.zip.") && name.hasSuffix(".part"))
        #expect(try files() == [name])
        downloaded.remove()
        #expect(try files().isEmpty)
    }

    @Test("a 404 is a one-line error naming the URL, and leaves nothing")
    func notFound() throws {
        #expect(throws: DownloadError.notFound(url: server.url + "XX.zip")) { try download("XX.zip").run() }
        #expect(DownloadError.notFound(url: server.url + "XX.zip").description == server.url + "XX.zip: not found (HTTP 404)")
        #expect(try files().count <= 1)
        #expect(try files().allSatisfy { try Scratch.bytes(folder + "/" + $0).isEmpty })
    }

    @Test("a transfer cut short is an error that keeps the part, and the next download resumes it with a range request")
    func resumed() throws {
        try server.setRules(["/TH.zip": .truncate(70_000)])
        do {
            _ = try download().run()
            Issue.record("a truncated transfer succeeded")
        } catch {
            guard case .transfer(_, _, let resumable) = error else { throw error }
            #expect(resumable)
            #expect(error.description.contains("run the command again to resume"), "\(error)")
        }
        let partial = try #require(try files().first)
        #expect(try Scratch.bytes(folder + "/" + partial) == Array(Self.content.prefix(70_000)))
        try server.setRules([:])
        let downloaded = try download().run()
        #expect(downloaded.resumedFrom == 70_000)
        #expect(try Scratch.bytes(downloaded.path) == Self.content)
        #expect(try server.requests().last == .init(path: "/TH.zip", range: "bytes=70000-", status: 206))
    }

    @Test("a transient failure is retried from where the file ends")
    func retried() throws {
        try server.setRules(["/TH.zip": .truncate(50_000)], times: 1)
        let downloaded = try download(retries: 1).run()
        #expect(try Scratch.bytes(downloaded.path) == Self.content)
        #expect(try server.requests().map(\.range) == [nil, "bytes=50000-"])
    }

    @Test("a server that ignores ranges makes the download start again from an empty file")
    func restarted() throws {
        try server.setRules(["/TH.zip": .truncate(30_000)])
        _ = try? download().run()
        try server.setRules(["/TH.zip": .ignoreRanges])
        let downloaded = try download().run()
        #expect(downloaded.resumedFrom == 0)
        #expect(try Scratch.bytes(downloaded.path) == Self.content)
        #expect(try server.requests().last == .init(path: "/TH.zip", range: "bytes=30000-", status: 200))
        #expect(try files().count == 1)
    }

    @Test("a partial file the server says is complete is used without downloading it again")
    func alreadyComplete() throws {
        let first = try download().run()
        let again = try download().run()
        #expect(again.path == first.path && again.resumedFrom == Int64(Self.content.count))
        #expect(try Scratch.bytes(again.path) == Self.content)
        #expect(try server.requests().last?.status == 416)
    }

    @Test("a server that stops sending is given up after the timeout")
    func stalled() throws {
        try server.setRules(["/TH.zip": .stall(5)])
        let start = Date()
        #expect(throws: DownloadError.self) { try download(timeout: 1).run() }
        #expect(Date().timeIntervalSince(start) < 4.5)
    }

    @Test("a server error is retried, then reported with its status")
    func serverError() throws {
        try server.setRules(["/TH.zip": .status(503)])
        #expect(throws: DownloadError.httpStatus(url: server.url + "TH.zip", status: 503)) { try download(retries: 1).run() }
        #expect(try server.requests().count == 2)
    }

    @Test("redirects are followed")
    func redirect() throws {
        try server.setRules(["/latest.zip": .redirect("/TH.zip")])
        let downloaded = try download("latest.zip").run()
        #expect(try Scratch.bytes(downloaded.path) == Self.content)
    }

    @Test("file: URLs are read like a mirror, and a missing file is not found")
    func fileURL() throws {
        var local = FileDownload(url: "file://" + server.root + "/TH.zip", folder: folder, name: "TH.zip")
        local.retries = 0
        #expect(try Scratch.bytes(try local.run().path) == Self.content)
        local.url = "file://" + server.root + "/KH.zip"
        local.name = "KH.zip"
        #expect(throws: DownloadError.notFound(url: local.url)) { try local.run() }
    }

    @Test("an unreachable server is a one-line error with curl's reason")
    func unreachable() throws {
        var closed = FileDownload(url: "http://127.0.0.1:9/TH.zip", folder: folder, name: "TH.zip")
        closed.retries = 0
        do {
            _ = try closed.run()
        } catch {
            #expect(error.description.hasPrefix("http://127.0.0.1:9/TH.zip: "), "\(error)")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test("progress counts the bytes on disk and knows the total")
    func progress() throws {
        var reports: [DownloadProgress] = []
        var counting = download()
        counting.progress = { reports.append($0) }
        _ = try counting.run()
        #expect(reports.last == DownloadProgress(name: "TH.zip", received: Int64(Self.content.count), total: Int64(Self.content.count)))
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.received < $1.received })
    }

    @Test("a link planted under a partial file's name is neither followed nor removed")
    func plantedLink() throws {
        let target = try Scratch.folder("target") + "/victim"
        try Data("keep".utf8).write(to: URL(fileURLWithPath: target))
        let planted = folder + "/.incident-map-TH.zip.0123456789abcdef.part"
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: target)
        let downloaded = try download().run()
        #expect(downloaded.path != planted)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: planted) == target)
    }
}
