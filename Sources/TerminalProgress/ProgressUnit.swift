/// What a task's progress is counted in.
public enum ProgressUnit: Sendable, Equatable {
    /// Things counted one by one, named in the plural: `rows`, `articles`, `places`.
    case items(String)
    /// Bytes, shown in KB, MB or GB (powers of 1,000).
    case bytes
}
