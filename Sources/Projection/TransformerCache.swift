/// Keeps one ``Transformer`` per pair of CRSs, because creating one costs
/// milliseconds (PROJ reads its database) while using one costs nanoseconds.
///
/// Like ``Transformer`` it belongs to a single task.
public final class TransformerCache {
    private struct Pair: Hashable {
        var source: String
        var target: String
    }

    private var transformers: [Pair: Transformer] = [:]

    /// Creates an empty cache.
    public init() {}

    /// The transformer from `source` to `target`, created on first use.
    public func transformer(from source: String = "EPSG:4326", to target: String) throws(ProjectionError) -> Transformer {
        let pair = Pair(source: source, target: target)
        if let cached = transformers[pair] { return cached }
        let created = try Transformer(from: source, to: target)
        transformers[pair] = created
        return created
    }
}
