import AtomicFiles
#if canImport(Glibc)
import Glibc
#endif

/// The `sides.tsv` a fetch writes into a folder that has none, so that
/// `extract` and `map` know the sides at once: one side per country
/// fetched, named as GeoNames names the country, with its ISO codes and
/// its capital as aliases (capitals stand for governments in reports:
/// "Bangkok said"). The ministries, armies and adjectives each side goes
/// by ("Thai army", "Cambodian Ministry of National Defence") are the
/// user's to add; a folder's own `sides.tsv` is never replaced.
enum SideTableTemplate {
    /// The table's name in a gazetteer folder.
    static let fileName = "sides.tsv"

    /// The table for `countries`.
    static func text(for countries: [GeoNamesCountry]) -> String {
        let rows = countries.map { country in
            let aliases = [country.code, country.iso3, country.capital].filter { !$0.isEmpty }
            return [country.name, aliases.joined(separator: ","), country.code].joined(separator: "\t")
        }
        return (["side\taliases\tcountries"] + rows).joined(separator: "\n") + "\n"
    }

    /// Writes the table for `countries` into `folder` unless the folder has
    /// a `sides.tsv` already (or no country was named); whether it wrote one.
    static func write(for countries: [GeoNamesCountry], in folder: String) throws(FetchError) -> Bool {
        let target = TemporaryFile.join(folder, fileName)
        var info = stat()
        guard !countries.isEmpty, lstat(target, &info) != 0 else { return false }
        let writer = try StagingWriter(folder: folder, name: fileName)
        do throws(FetchError) {
            try writer.write(Array(text(for: countries).utf8)[...])
            try writer.finish()
            guard link(writer.path, target) == 0 else { throw FetchError.folder(FileSystemError(path: target, code: errno)) }
        } catch {
            unlink(writer.path)
            throw error
        }
        unlink(writer.path)
        return true
    }
}
