/// The words the extractor reads statements by, in one place so that a
/// reader can see, and an analyst can extend, what counts as an attack, a
/// speaker or background. All entries are lower case.
enum Lexicon {
    /// Words naming an attack or a clash, with the event they stand for.
    static let events: [String: String] = [
        "shell": "shelling", "shells": "shelling", "shelled": "shelling", "shelling": "shelling",
        "sabotage": "sabotage", "saboteurs": "sabotage",
        "fire": "fire", "fired": "fire", "firing": "fire", "gunfire": "fire", "shots": "fire", "shooting": "fire",
        "strike": "strike", "strikes": "strike", "struck": "strike", "hit": "strike",
        "bombard": "bombardment", "bombarded": "bombardment", "bombardment": "bombardment", "bombing": "bombardment",
        "attack": "attack", "attacks": "attack", "attacked": "attack", "attacking": "attack",
        "offensive": "attack", "assault": "attack", "incursion": "attack", "provocation": "attack",
        "clash": "clash", "clashes": "clash", "clashed": "clash", "skirmish": "clash", "skirmishes": "clash",
        "fighting": "clash", "fought": "clash", "battle": "clash", "battles": "clash", "hostilities": "clash",
        "target": "targeting", "targets": "targeting", "targeted": "targeting", "targeting": "targeting",
        "mined": "mine-laying", "minelaying": "mine-laying",
    ]

    /// Words that name an event only with the words around them ("trying to
    /// advance", "positional battles", "planted mines").
    static let eventQualifiedWords: [String: String] = [
        "advance": "attempt to advance", "advancing": "attempt to advance", "mine": "mine-laying", "mines": "mine-laying",
    ]

    /// Words that name a weapon only with the words after them ("unmanned aerial vehicles", "large-caliber", "small arms").
    static let weaponQualifiedWords: [String: String] = [
        "unmanned": "drones", "large": "large-caliber weapons", "small": "small arms",
    ]

    /// Words of relative dates ("last night", "this Tuesday"), checked before anything else about a date.
    static let relativeDateWords: Set<String> = [
        "today", "tonight", "overnight", "yesterday", "night", "morning", "afternoon", "evening",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Weapons, by the word that names them, and how a claim lists them.
    static let weapons: [String: String] = [
        "artillery": "artillery", "mortar": "mortars", "mortars": "mortars",
        "drone": "drones", "drones": "drones", "uav": "drones", "uavs": "drones",
        "firearms": "firearms", "rocket": "rockets", "rockets": "rockets", "missile": "missiles", "missiles": "missiles",
        "tank": "tanks", "tanks": "tanks", "howitzer": "howitzers", "howitzers": "howitzers",
        "sniper": "snipers", "snipers": "snipers", "grenade": "grenade launchers",
    ]

    /// Verbs by which a speaker asserts a statement.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "stated", "states", "state", "reported", "reports", "report", "claimed", "claims", "claim",
        "announced", "announces", "assured", "assures", "denounced", "denounces", "added", "adds", "noted", "notes",
        "indicated", "indicates", "continued", "confirmed", "confirms", "insisted", "insists", "told", "wrote",
        "declared", "declares", "asserted", "asserts", "alleged", "alleges", "accused", "accuses", "accuse",
        "blamed", "blames", "attributed", "attributes", "informed", "informs", "stressed", "stresses", "warned",
        "explained", "emphasized", "emphasised", "tweeted", "posted", "issued", "published", "released",
    ]

    /// Verbs that attribute only with a statement as their object ("issued the following statement").
    static let publishingVerbs: Set<String> = ["issued", "published", "released", "posted"]

    /// What an official voice issues.
    static let statementNouns: Set<String> = [
        "statement", "report", "update", "briefing", "communique", "communiqué", "bulletin", "announcement",
    ]

    /// Compass words: "east of Lake Sevan" places a name relative to another.
    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "north-east", "north-west", "south-east", "south-west",
    ]

    /// Words that make a speaker a third party (a journalist, an outlet, an analyst), not a side's official voice.
    static let thirdPartyWords: Set<String> = [
        "outlet", "media", "newspaper", "agency", "correspondent", "journalist", "journalists", "analyst", "analysts",
        "reporter", "reporters", "watcher", "expert", "experts", "observer", "observers", "post", "times", "tass",
        "reuters", "afp", "ap", "bbc", "website", "channel", "blogger", "witness", "witnesses", "residents", "kremlin",
        "monitor", "monitors", "osint", "researcher", "researchers", "press", "tv", "television", "radio",
    ]

    /// Words that point back to a speaker already named.
    static let anaphors: Set<String> = [
        "he", "she", "it", "they", "ministry", "ministries", "statement", "institution", "spokesperson", "spokesman",
        "spokeswoman", "department", "officials", "authorities", "administration", "government", "report", "military",
        "command", "service", "office",
    ]

    /// Words for the other side in a side's statement.
    static let enemyWords: Set<String> = ["enemy", "adversary", "opponent", "opponents", "aggressor"]

    /// Nouns after a side's name that make the side the one acting, not a place or a speaker.
    static let actorNouns: Set<String> = [
        "forces", "army", "units", "troops", "soldiers", "military", "artillery", "drones", "uavs", "side", "sabotage",
        "groups", "servicemen", "armed", "positions", "aggression", "border", "guards",
    ]

    /// Words before a name that make it the target or location of an attack.
    static let locatives: Set<String> = [
        "in", "at", "on", "near", "towards", "toward", "into", "around", "targeted", "shelled", "struck", "hit",
        "bombarded", "attacked",
    ]

    /// Words before a name that say the claim is about its surroundings.
    static let nearWords: Set<String> = ["near", "outskirts", "vicinity", "around", "outside"]

    /// Phrases that mark a sentence as background or history, not a new claim.
    static let backgroundPhrases: [[String]] = [
        ["last", "war"], ["previous", "war"], ["most", "recent"], ["in", "the", "past"], ["anniversary"], ["history"],
        ["historically"], ["decades"],
    ]

    /// Words that are never the first word of a place name in running text.
    static let functionWords: Set<String> = [
        "the", "a", "an", "in", "on", "at", "of", "and", "or", "but", "this", "that", "these", "those", "it", "its",
        "he", "she", "they", "we", "i", "you", "as", "by", "for", "from", "with", "to", "after", "before", "during",
        "since", "while", "both", "all", "some", "here", "there", "according", "meanwhile", "however", "therefore",
        "starting", "contrary", "regarding", "update", "related", "if", "when", "what", "which", "who", "one",
    ]

    /// Capitalised words that look like names but never name a place: titles, institutions, calendar words.
    static let notPlaces: Set<String> = [
        "ministry", "ministries", "defense", "defence", "foreign", "affairs", "armed", "forces", "army", "prime",
        "minister", "president", "security", "council", "treaty", "organization", "organisation", "union", "nations",
        "republic", "government", "state", "secretary", "general", "colonel", "spokesperson", "federation", "collective",
        "friendship", "cooperation", "mutual", "assistance", "military", "news", "post", "breaking", "update",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "east", "west",
        "north", "south", "eastern", "western", "northern", "southern", "central", "uav", "uavs", "nato", "un", "eu",
        "csto", "otsc", "osce", "us", "usa", "uk", "turkey", "god",
    ]

    /// Month names and abbreviations, by month number.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Weekday names, Monday = 1 … Sunday = 7 (ISO 8601).
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "maj", "capt", "prof", "jr", "sr", "no", "vs", "etc",
        "e", "i", "u", "s", "approx", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec",
    ]
}
