/// Why a parser stopped without a value.
enum ParseFailure: Error {
    /// The window ended in the middle of the item; read more and try again.
    case needsMoreInput
    /// The input is wrong; report this to the user.
    case invalid(InputError)
}
