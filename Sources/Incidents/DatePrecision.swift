/// How precisely a source dated a claim: to the day (`2022-09-13`), the
/// minute (`2022-09-13T00:05`) or the second (`2022-09-13T00:05:30`, with
/// or without fractions). Layers keep it in `date_precision`, beside the
/// date-time itself, so a day-only claim written as midnight is never
/// mistaken for one that happened at midnight.
public enum DatePrecision: String, Sendable, CaseIterable {
    /// A calendar day.
    case day
    /// A time to the minute.
    case minute
    /// A time to the second (or finer).
    case second
}
