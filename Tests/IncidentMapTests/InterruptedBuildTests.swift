import Foundation
import RandomInputs
import Testing

/// `build` killed with SIGKILL at random moments, again and again, in a
/// folder QGIS could be reading: after every kill each layer must be the
/// complete previous version or the complete new one, and nothing left
/// behind may look like a layer.
@Suite("Interrupted regeneration")
struct InterruptedBuildTests {
    /// Rows per input: enough that a debug build takes a second or more.
    static let rowCount = 12_000
    /// Kills wanted in all, and kills wanted while layers are being written
    /// (that left the folder neither as it was nor as the build would leave it).
    static let killsWanted = 20, killsWhileWritingWanted = 8

    /// An input whose claims go to 16 sides (`first`…`first + 15`), with
    /// given coordinates and a quote long enough to make the layers large.
    private func input(_ name: String, firstSide: Int, quote: String, in folder: String) throws -> String {
        var text = "id,date,place,claimed_by,quote,lon,lat\n"
        for n in 0..<Self.rowCount {
            let side = firstSide + n % 16
            text += "\(name)-\(n),2022-09-\(10 + n % 19),Post \(n),Side \(side),\(quote) \(n),\(44 + Double(n % 300) / 100),\(39 + Double(n % 200) / 100)\n"
        }
        let path = folder + "/" + name + ".csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs a build of `input` into `out` to the end; returns how long it took.
    @discardableResult
    private func completeBuild(_ input: String, into out: String) throws -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        let process = try launch(input, into: out)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "the build of \(input) failed")
        return clock.now - start
    }

    private func launch(_ input: String, into out: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Tool.executable)
        process.arguments = ["build", input, "--out", out]
        process.environment = Tool.environment(cache: Tool.cache)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The names in `folder` that belong to an unfinished build.
    private func temporaryNames(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".incident-map-") && $0.hasSuffix(".tmp") }
    }

    /// The name, size and modification time of every file in `folder`:
    /// cheap enough to poll, and it changes as soon as a build starts writing
    /// there, whichever way it writes.
    private func fingerprint(_ folder: String) -> [String: String] {
        var result: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            var info = stat()
            guard stat(folder + "/" + name, &info) == 0 else { continue }
            result[name] = "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }
        return result
    }

    /// Waits until a build has started to change `folder` (or has ended).
    private func waitForWriting(in folder: String, of process: Process, from before: [String: String]) {
        while process.isRunning && fingerprint(folder) == before {
            usleep(200)
        }
    }

    @Test func everyLayerIsTheWholePreviousOrTheWholeNewVersionAfterSIGKILL() throws {
        try Tool.requireExecutable()
        let work = try Fixtures.temporaryDirectory("incident-map-sigkill")
        let inputs = [
            try input("a", firstSide: 0, quote: "first version of a rather long quoted statement", in: work),
            try input("b", firstSide: 1, quote: "second version with other words in it", in: work),
        ]
        // The complete output of each input, to compare with after each kill.
        var versions: [[String: Data]] = []
        var durations: [Duration] = []
        for (n, input) in inputs.enumerated() {
            let folder = work + "/version-\(n)"
            durations.append(try completeBuild(input, into: folder))
            versions.append(Fixtures.snapshot(folder))
        }
        let out = work + "/out"
        try completeBuild(inputs[0], into: out)

        var random = SeededRandom(seed: UInt64.random(in: 0...UInt64.max))
        var (rounds, kills, killsWhileWriting) = (0, 0, 0)
        while (kills < Self.killsWanted || killsWhileWriting < Self.killsWhileWritingWanted) && rounds < 3 * Self.killsWanted {
            rounds += 1
            let next = rounds % 2
            let before = Fixtures.snapshot(out), beforeFingerprint = fingerprint(out)
            let process = try launch(inputs[next], into: out)
            if rounds % 4 < 2 {
                // Any moment of the run, reading and resolving included (but
                // not too near the end, which a faster run may have reached).
                let total = durations[next].components
                let microseconds = Double(total.seconds) * 1e6 + Double(total.attoseconds) / 1e12
                usleep(UInt32(Double.random(in: 0...(0.9 * microseconds), using: &random)))
            } else {
                // While the layers are being written: as soon as the folder changes.
                waitForWriting(in: out, of: process, from: beforeFingerprint)
                usleep(UInt32.random(in: 0...3_000, using: &random))
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let wasKilled = process.terminationReason == .uncaughtSignal
            if wasKilled { kills += 1 }
            let after = Fixtures.snapshot(out)
            if wasKilled && after != before && after != versions[next] { killsWhileWriting += 1 }
            if !wasKilled {
                #expect(process.terminationStatus == 0, "round \(rounds), seed \(random.seed): the build failed")
            }
            checkEveryFile(in: out, isFrom: versions, round: rounds, seed: random.seed)
        }
        #expect(kills >= Self.killsWanted, "only \(kills) of \(rounds) rounds killed the build (seed \(random.seed))")
        #expect(killsWhileWriting >= Self.killsWhileWritingWanted,
                "only \(killsWhileWriting) kills came while layers were being written (seed \(random.seed))")

        // The next complete run removes what the killed ones left behind.
        try completeBuild(inputs[1], into: out)
        #expect(temporaryNames(out).isEmpty)
        #expect(Fixtures.snapshot(out) == versions[1])
    }

    /// Checks that every file in `folder` is one of `versions`' files, whole,
    /// or a hidden temporary file that no GIS would list as a layer.
    private func checkEveryFile(in folder: String, isFrom versions: [[String: Data]], round: Int, seed: UInt64) {
        for (name, bytes) in Fixtures.snapshot(folder) {
            let context = Comment(rawValue: "round \(round), seed \(seed): \(name)")
            if temporaryNames(folder).contains(name) {
                #expect(name.hasPrefix(".") && !name.hasSuffix(".geojson"), context)
                continue
            }
            #expect(versions.contains { $0[name] == bytes }, "\(context) is neither version, whole")
        }
    }
}
