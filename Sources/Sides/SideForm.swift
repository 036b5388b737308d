/// How a text names a side: the words a ``SideReference`` covers.
public enum SideForm: Sendable, Hashable {
    /// A name of the country: "Armenia", "Republic of Armenia", "Հայաստան", "Армении".
    case name
    /// An adjective: "Armenian", "армянская".
    case demonym
    /// Its people: "Armenians".
    case people
    /// Its capital, standing for its government or as a place: "Yerevan".
    case capital
    /// An institution: a ministry, the armed forces, the government ("the Armenian Defence Ministry",
    /// "Ministry of Defense of the Republic of Azerbaijan", "Минобороны Армении", "the Kabul government").
    case institution(Institution)
    /// An alias of the side table (`sides.tsv`), which may be any of the above.
    case alias
}

/// The institutions whose names are recognised as patterns around a state's names.
public enum Institution: String, Sendable, Hashable, CaseIterable {
    /// "Ministry of (National) Defence", "Defense Ministry", "MoD", "Минобороны".
    case defenceMinistry = "defence ministry"
    /// "Ministry of Foreign Affairs", "Foreign Ministry", "MFA", "МИД".
    case foreignMinistry = "foreign ministry"
    /// The army, armed forces, border guards, troops, police: "Royal Thai Army", "ВС Армении".
    case forces
    /// The government, authorities, president, "side": "the Kabul government".
    case government
}
