import Projection

/// Why `render` could not draw a preview map.
public enum RenderError: Error, Sendable, CustomStringConvertible {
    /// The folder holds no layer the tool wrote.
    case noLayers(folder: String)
    /// A file cannot be read or is not the GeoJSON expected.
    case unreadable(path: String, reason: String)
    /// The drawing CRS is unknown, or a position cannot be projected.
    case projection(ProjectionError)

    /// One line for the user.
    public var description: String {
        switch self {
        case .noLayers(let folder): "\(folder): no GeoJSON point layers to draw (run incident-map build --out \(folder) first)"
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .projection(let error): error.description
        }
    }
}
