// The zip reader on arbitrary bytes, as `gazetteer fetch` reads a
// download: no crash, no hang, no unbounded memory; every entry it accepts
// has a plain name; unpacking never hands over more bytes than an entry
// states, and a successful unpacking hands over exactly that many.
import FuzzSupport
import ZipArchive

fuzz { data in
    guard let archive = try? ZipArchive(ZipBytes(Array(data))) else { return }
    for entry in archive.entries {
        require(!entry.name.isEmpty && !entry.name.contains("/") && !entry.name.contains(".."),
                "an entry named \(entry.name.debugDescription) was accepted")
        var received: UInt64 = 0
        let complete: Bool
        do {
            try archive.unpack(entry) { received += UInt64($0.count) }
            complete = true
        } catch {
            complete = false
        }
        require(received <= entry.size, "\(entry.name) handed over \(received) bytes, more than its stated \(entry.size)")
        require(!complete || received == entry.size, "\(entry.name) unpacked to \(received) bytes, not its stated \(entry.size)")
    }
}
