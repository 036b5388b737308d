/// Who asserts a sentence.
enum Voice: Sendable, Equatable {
    /// A side's official voice: a ministry, a government, a spokesperson, "Baku".
    case side(String)
    /// Someone else: a journalist, an outlet, an analyst (named as written).
    case thirdParty(String)
    /// "He", "the ministry", "the statement": whoever was speaking before.
    case anaphor
    /// Both sides at once ("Yerevan and Baku accuse each other"): nobody in particular.
    case mutual
}
