import Foundation
import Testing
@testable import PlaceNames
import Projection

@Suite("Gazetteer cache path")
struct GazetteerCachePathTests {
    @Test("INCIDENT_MAP_CACHE_DIR decides the cache folder")
    func explicitCacheDirectory() throws {
        let path = try #require(Gazetteer.cacheFile(for: "/data/gaz", environment: [
            "INCIDENT_MAP_CACHE_DIR": "/tmp/im-cache", "XDG_CACHE_HOME": "/xdg", "HOME": "/home/u",
        ]))
        #expect(path.hasPrefix("/tmp/im-cache/gazetteer-"))
        #expect(path.hasSuffix(".index"))
    }

    @Test("Without INCIDENT_MAP_CACHE_DIR the cache goes to $XDG_CACHE_HOME/incident-map, then ~/.cache/incident-map")
    func fallbackCacheDirectories() throws {
        let xdg = try #require(Gazetteer.cacheFile(for: "/data/gaz", environment: ["XDG_CACHE_HOME": "/xdg", "HOME": "/home/u"]))
        #expect(xdg.hasPrefix("/xdg/incident-map/gazetteer-"))
        let home = try #require(Gazetteer.cacheFile(for: "/data/gaz", environment: ["INCIDENT_MAP_CACHE_DIR": "", "HOME": "/home/u"]))
        #expect(home.hasPrefix("/home/u/.cache/incident-map/gazetteer-"))
    }

    @Test("With no cache folder in the environment there is no cache file")
    func noCacheDirectory() {
        #expect(Gazetteer.cacheFile(for: "/data/gaz", environment: [:]) == nil)
    }

    @Test("The same folder, however written, has the same cache file; another folder has another")
    func cacheFileIdentifiesFolder() {
        let environment = ["INCIDENT_MAP_CACHE_DIR": "/c"]
        let plain = Gazetteer.cacheFile(for: "/data/gaz", environment: environment)
        #expect(Gazetteer.cacheFile(for: "/data/gaz/", environment: environment) == plain)
        #expect(Gazetteer.cacheFile(for: "/data/./other/../gaz", environment: environment) == plain)
        #expect(Gazetteer.cacheFile(for: "/data/other", environment: environment) != plain)
    }
}

/// Tests that point `INCIDENT_MAP_CACHE_DIR` at a temporary folder. `load`
/// reads the process environment, so they change it, one at a time, and
/// restore it afterwards.
@Suite("Gazetteer cache", .serialized)
struct GazetteerCacheTests {
    /// Runs `body` with `INCIDENT_MAP_CACHE_DIR` set to `directory`.
    func withCacheDirectory<T>(_ directory: String, _ body: () throws -> T) rethrows -> T {
        let previous = getenv("INCIDENT_MAP_CACHE_DIR").map { String(cString: $0) }
        setenv("INCIDENT_MAP_CACHE_DIR", directory, 1)
        defer {
            if let previous { setenv("INCIDENT_MAP_CACHE_DIR", previous, 1) } else { unsetenv("INCIDENT_MAP_CACHE_DIR") }
        }
        return try body()
    }

    /// The inode of `path`, which changes when the cache is rewritten (it is
    /// written to a temporary file and renamed over the old one).
    func inode(_ path: String) -> UInt64? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    @Test("Loading twice through the cache gives identical lookups, and the second load maps the cache file")
    func loadingTwiceUsesTheCache() throws {
        let data = try TemporaryFolder("data")
        let cache = try TemporaryFolder("cache")
        defer { data.remove(); cache.remove() }
        try writeTinyGazetteer(in: data)
        let cacheFile = try #require(Gazetteer.cacheFile(for: data.path, environment: ["INCIDENT_MAP_CACHE_DIR": cache.path]))

        let first = try withCacheDirectory(cache.path) { try Gazetteer.load(folder: data.path) }
        #expect(FileManager.default.fileExists(atPath: cacheFile))
        let written = inode(cacheFile)
        let second = try withCacheDirectory(cache.path) { try Gazetteer.load(folder: data.path) }
        #expect(inode(cacheFile) == written, "the second load rewrote the cache instead of using it")

        #expect(second.placeCount == first.placeCount)
        #expect(second.admin1Names == first.admin1Names)
        for query in ["Aygedzor", "aigedzor", "Այգեձոր", "Berdashen", "Berdashn", "Test Ridge", "Nowhere"] {
            let a = first.lookup(query), b = second.lookup(query)
            #expect(a.matches == b.matches, "\(query)")
            #expect(a.suggestions == b.suggestions, "\(query)")
        }
        #expect(second.ids("Aygedzor") == [900001])
    }

    @Test("Loading without the cache neither reads nor writes a cache file")
    func useCacheFalseWritesNothing() throws {
        let data = try TemporaryFolder("data")
        let cache = try TemporaryFolder("cache")
        defer { data.remove(); cache.remove() }
        try writeTinyGazetteer(in: data)
        _ = try withCacheDirectory(cache.path) { try Gazetteer.load(folder: data.path, useCache: false) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).isEmpty)
    }

    @Test("After a source file changes, the stale cache is not used: a newly added place is found")
    func staleCacheIsRebuilt() throws {
        let data = try TemporaryFolder("data")
        let cache = try TemporaryFolder("cache")
        defer { data.remove(); cache.remove() }
        try writeTinyGazetteer(in: data)
        let cacheFile = try #require(Gazetteer.cacheFile(for: data.path, environment: ["INCIDENT_MAP_CACHE_DIR": cache.path]))

        let before = try withCacheDirectory(cache.path) { try Gazetteer.load(folder: data.path) }
        #expect(before.lookup("Newtown").matches.isEmpty)
        #expect(FileManager.default.fileExists(atPath: cacheFile))

        try data.append("places.txt", GazetteerLines.geoNames(id: 900003, name: "Newtown", lat: "40.5", lon: "44.5") + "\n")
        let after = try withCacheDirectory(cache.path) { try Gazetteer.load(folder: data.path) }
        #expect(after.placeCount == before.placeCount + 1)
        #expect(after.ids("Newtown") == [900003])

        let again = try withCacheDirectory(cache.path) { try Gazetteer.load(folder: data.path) }
        #expect(again.ids("Newtown") == [900003])
    }

    @Test("A new data file added to the folder makes the cache stale")
    func addedFileMakesCacheStale() throws {
        let data = try TemporaryFolder("data")
        let cache = try TemporaryFolder("cache")
        defer { data.remove(); cache.remove() }
        try writeTinyGazetteer(in: data)
        _ = try withCacheDirectory(cache.path) { try Gazetteer.load(folder: data.path) }
        try data.write("zz-extra.txt", GazetteerLines.geoNames(id: 900050, name: "Extraville", lat: "40", lon: "45") + "\n")
        let after = try withCacheDirectory(cache.path) { try Gazetteer.load(folder: data.path) }
        #expect(after.ids("Extraville") == [900050])
    }

    static let comparisonQueries = [
        "Kelbajar", "Kalbajar", "Kəlbəcər", "Քարվաճառ", "Кельбаджар", "Lachin", "Laçın", "Berdzor", "Dashkesan",
        "Vardenis", "Gorsi", "Jermukk", "Ishkhanasar", "Goris", "GORIS", "Lake Sevan", "Lachin corridor", "Syunik",
        "Marduni", "Ganjak", "გორი", "Тбилиси", "Vardensi", "Nor--Kyank", "Xyzzy",
    ]

    @Test("Lookups on the bundled gazetteer mapped from the cache equal those on a freshly compiled one")
    func cachedIndexEqualsFreshIndex() throws {
        let cache = try TemporaryFolder("cache")
        defer { cache.remove() }
        let fresh = try BundledGazetteer.gazetteer()
        let cacheFile = try #require(Gazetteer.cacheFile(for: BundledGazetteer.folder, environment: ["INCIDENT_MAP_CACHE_DIR": cache.path]))
        _ = try withCacheDirectory(cache.path) { try Gazetteer.load(folder: BundledGazetteer.folder) }
        let written = inode(cacheFile)
        #expect(written != nil)
        let cached = try withCacheDirectory(cache.path) { try Gazetteer.load(folder: BundledGazetteer.folder) }
        #expect(inode(cacheFile) == written, "the second load rewrote the cache instead of using it")

        #expect(cached.placeCount == fresh.placeCount)
        #expect(cached.admin1Names == fresh.admin1Names)
        let optionSets = [
            LookupOptions(),
            LookupOptions(limit: 20, countries: ["AZ"]),
            LookupOptions(limit: 3, near: LonLat(lon: 44.4, lat: 40.57)),
        ]
        for query in Self.comparisonQueries {
            for options in optionSets {
                let a = cached.lookup(query, options: options), b = fresh.lookup(query, options: options)
                #expect(a.matches == b.matches, "\(query)")
                #expect(a.suggestions == b.suggestions, "\(query)")
            }
        }
    }
}
