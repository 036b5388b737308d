/// The words of ministries, armed forces and governments that, around a
/// state's name, demonym or capital, name that state as an institution.
/// They are patterns, not a list per country: "<Demonym> Defence Ministry",
/// "<Country>'s Ministry of National Defence", "Ministry of Defense of the
/// Republic of <Country>", "MoD of <Country>", "<Country> MoD", "Royal
/// <Demonym> Army", "the <Capital> government", "Минобороны <Country
/// (genitive)>", "<Country (genitive)> ՊՆ".
enum InstitutionWords {
    /// Words after a demonym or a name ("Armenian Defence Ministry", "Azerbaijan MoD") and, followed by
    /// "of", before a name ("Ministry of Defence of Armenia").
    static let english: [(words: String, institution: Institution)] = group([
        (.defenceMinistry, [
            "Ministry of Defence", "Ministry of Defense", "Ministry of National Defence", "Ministry of National Defense",
            "Defence Ministry", "Defense Ministry", "National Defence Ministry", "National Defense Ministry", "MoD",
            "Department of Defense", "Defence Department", "Defense Department",
        ]),
        (.foreignMinistry, [
            "Ministry of Foreign Affairs", "Foreign Ministry", "Foreign Affairs Ministry", "MFA", "Foreign Office",
            "Ministry of External Affairs", "External Affairs Ministry", "MEA", "State Department",
        ]),
        (.forces, [
            "Army", "National Army", "Military", "Armed Forces", "Forces", "Troops", "Soldiers", "Servicemen", "Units",
            "Border Guards", "Border Guard", "Border Guard Service", "Border Troops", "Border Service",
            "State Border Service", "Border Police", "Police", "Navy", "Air Force", "Defence Forces", "Defense Forces",
            "Defence Force", "Defense Force", "National Defence Force", "National Defense Force",
            "National Defence Forces", "National Defense Forces", "Security Forces", "Security Force", "General Staff",
            "Armed Forces General Staff", "Military Command",
        ]),
        (.government, [
            "Government", "Authorities", "Administration", "Side", "Presidency", "President", "Prime Minister",
            "Cabinet", "Officials", "Leadership", "Regime",
        ]),
    ])

    /// English words before a name without "of": "MoD Armenia".
    static let englishBeforeName: [(words: String, institution: Institution)] = [
        ("MoD", .defenceMinistry), ("MFA", .foreignMinistry),
    ]

    /// Words before a name in the genitive (Russian, Ukrainian): "Минобороны Армении", "МИД России", "ВС Армении".
    static let beforeGenitive: [(words: String, institution: Institution)] = group([
        (.defenceMinistry, [
            "Минобороны", "Министерство обороны", "Министерства обороны", "МО", "Міноборони", "Міністерство оборони",
        ]),
        (.foreignMinistry, ["МИД", "Министерство иностранных дел", "Министерства иностранных дел", "МЗС"]),
        (.forces, [
            "ВС", "Вооруженные силы", "Вооружённые силы", "Вооруженных сил", "Вооружённых сил", "Генштаб", "Генштаба",
            "Генеральный штаб", "армия", "армии", "войска", "Погранслужба", "пограничная служба", "погранвойска",
            "Збройні сили", "ЗС",
        ]),
        (.government, ["правительство", "правительства", "власти", "руководство", "президент", "уряд"]),
    ])

    /// Words after a name in the genitive (Armenian, Azerbaijani): "Հայաստանի պաշտպանության նախարարություն", "ՀՀ ՊՆ",
    /// "Azərbaycan Müdafiə Nazirliyi".
    static let afterGenitive: [(words: String, institution: Institution)] = group([
        (.defenceMinistry, [
            "պաշտպանության նախարարություն", "պաշտպանության նախարարությունը", "պաշտպանության նախարարության", "ՊՆ",
            "Müdafiə Nazirliyi", "Müdafiə Nazirliyinin", "MN",
        ]),
        (.foreignMinistry, [
            "արտաքին գործերի նախարարություն", "արտաքին գործերի նախարարությունը", "ԱԳՆ", "Xarici İşlər Nazirliyi", "XİN",
        ]),
        (.forces, [
            "զինված ուժեր", "զինված ուժերը", "զինված ուժերի", "ԶՈւ", "Silahlı Qüvvələri", "Silahlı Qüvvələrinin", "Ordusu",
            "Ordusunun",
        ]),
        (.government, ["կառավարություն", "կառավարությունը", "hökuməti"]),
    ])

    /// Russian nouns after an adjective: "армянская армия", "азербайджанские военные", "армянская сторона".
    static let afterRussianAdjective: [(words: String, institution: Institution)] = group([
        (.defenceMinistry, ["минобороны", "военное ведомство"]),
        (.foreignMinistry, ["мид"]),
        (.forces, [
            "армия", "армии", "армией", "армию", "войска", "войск", "военные", "военных", "военнослужащие",
            "военнослужащих", "силы", "сил", "вооруженные силы", "вооружённые силы", "вооруженных сил", "вооружённых сил",
            "подразделения", "подразделений", "пограничники", "пограничников",
        ]),
        (.government, ["сторона", "стороны", "стороной", "правительство", "власти", "руководство"]),
    ])

    /// The word before a demonym that a royal army carries: "Royal Thai Army", "Royal Cambodian Armed Forces".
    static let royal = "Royal"

    private static func group(_ groups: [(Institution, [String])]) -> [(words: String, institution: Institution)] {
        groups.flatMap { institution, phrases in phrases.map { ($0, institution) } }
    }
}
