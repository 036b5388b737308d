/// The words of an institution ("Ministry of Defence", "Минобороны") in the index of ``SideNames``.
struct InstitutionPhrase: Sendable {
    var phrase: NamePhrase
    var institution: Institution

    init?(_ text: String, _ institution: Institution) {
        guard let phrase = NamePhrase(text) else { return nil }
        self.phrase = phrase
        self.institution = institution
    }
}
