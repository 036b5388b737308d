import CPROJ

/// Collects the messages PROJ logs on one context, so that a failure can be
/// explained with PROJ's own words instead of its generic error code.
final class ProjLog {
    private(set) var messages: [String] = []

    /// Installs this log as `context`'s log function. The log must outlive the context.
    func attach(to context: OpaquePointer) {
        proj_log_func(context, Unmanaged.passUnretained(self).toOpaque()) { data, _, text in
            guard let data, let text else { return }
            let log = Unmanaged<ProjLog>.fromOpaque(data).takeUnretainedValue()
            log.messages.append(String(cString: text))
        }
    }

    /// Forgets earlier messages, before a call whose failure we want to explain.
    func clear() { messages.removeAll() }

    /// The most useful explanation of the last failure: the last logged
    /// message without PROJ's `function: ` prefix, or `fallback`.
    func reason(fallback: String) -> String {
        guard let last = messages.last(where: { !$0.isEmpty }) else { return fallback }
        let parts = last.split(separator: ": ", maxSplits: 1)
        return parts.count == 2 ? String(parts[1]) : last
    }
}
