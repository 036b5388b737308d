/// The unconsumed bytes of a ``ByteSource``, as a parser sees them.
///
/// Parsers are written against a window rather than the source itself so
/// their inner loops run over plain memory. A parser that reaches the end of
/// `bytes` before `isComplete` throws ``ParseFailure/needsMoreInput`` and is
/// run again on a longer window.
struct ByteWindow {
    /// The bytes read but not yet consumed; valid only during the parse.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Offset of `bytes[0]` in the whole input, for UTF-8 error positions.
    let offset: Int
    /// True when no byte follows `bytes`: the end of the window is the end of input.
    let isComplete: Bool
}

/// What a parser made of a window: a value and how many bytes it used.
struct Parsed<Value> {
    /// The item parsed.
    var value: Value
    /// How many bytes from the start of the window the item took.
    var consumed: Int
}
