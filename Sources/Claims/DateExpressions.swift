import Incidents

/// Finds when a sentence says something happened: "On September 13, at
/// 00:05", "13 September 2022", "last night", "yesterday", "this Tuesday",
/// "on Monday night", "today", counted from the article's publication day.
struct DateExpressions {
    /// The day the article was published, if known.
    let published: CivilDay?

    /// What a sentence says about dates.
    struct Found {
        /// The first date named, as ISO 8601 (with a time when one is stated).
        var date: String?
        /// Years named outside a full date ("the 2020 war", "since 1997").
        var looseYears: [Int] = []
    }

    func find(in tokens: [Token]) -> Found {
        var found = Found()
        var day: CivilDay?
        var time: String?
        var usedYears = Set<Int>()
        for index in tokens.indices {
            if day == nil, let (named, yearIndex) = calendarDate(tokens, at: index) {
                day = named
                if let yearIndex { usedYears.insert(yearIndex) }
            }
            if day == nil, tokens[index].is(.relativeDate) { day = relativeDay(tokens, at: index) }
            if time == nil, tokens[index].kind == .number { time = clockTime(tokens, at: index) }
        }
        for index in tokens.indices where !usedYears.contains(index) {
            if let year = Self.year(tokens[index]) { found.looseYears.append(year) }
        }
        if let day { found.date = day.iso + (time.map { "T" + $0 } ?? "") }
        return found
    }

    /// "September 13", "Sept. 13, 2022", "13 September 2022"; the year index when one is written.
    private func calendarDate(_ tokens: [Token], at index: Int) -> (CivilDay, Int?)? {
        guard tokens[index].is(.month), tokens[index].isCapitalized, let month = Lexicon.months[tokens[index].lower] else { return nil }
        var next = index + 1
        if next < tokens.count, tokens[next].isPunctuation(".") { next += 1 }
        if next < tokens.count, let day = Self.dayOfMonth(tokens[next]) {
            return dated(month: month, day: day, yearFrom: tokens, after: next + 1)
        }
        if index > 0, let day = Self.dayOfMonth(tokens[index - 1]) {
            return dated(month: month, day: day, yearFrom: tokens, after: index + 1)
        }
        return nil
    }

    private func dated(month: Int, day: Int, yearFrom tokens: [Token], after index: Int) -> (CivilDay, Int?)? {
        var next = index
        if next < tokens.count, tokens[next].isPunctuation(",") { next += 1 }
        if next < tokens.count, let year = Self.year(tokens[next]) {
            guard day <= CivilDay.length(ofMonth: month, year: year) else { return nil }
            return (CivilDay(year: year, month: month, day: day), next)
        }
        guard let published else { return nil }
        // A date without a year is the latest such day not after publication.
        var year = published.year
        if day > CivilDay.length(ofMonth: month, year: year) { return nil }
        if CivilDay(year: year, month: month, day: day) > published { year -= 1 }
        guard day <= CivilDay.length(ofMonth: month, year: year) else { return nil }
        return (CivilDay(year: year, month: month, day: day), nil)
    }

    /// "today", "tonight", "yesterday", "last night", "this Tuesday", "last Monday", "on Monday".
    private func relativeDay(_ tokens: [Token], at index: Int) -> CivilDay? {
        guard let published else { return nil }
        let word = tokens[index].lower
        let previous = index > 0 ? tokens[index - 1].lower : ""
        switch word {
        case "today", "tonight", "overnight": return published
        case "yesterday": return published.adding(days: -1)
        case "night" where previous == "last": return published.adding(days: -1)
        default: break
        }
        if ["morning", "afternoon", "evening"].contains(word) && previous == "this" { return published }
        guard let weekday = Lexicon.weekdays[word], tokens[index].isCapitalized else { return nil }
        let back = (published.weekday - weekday + 7) % 7
        return published.adding(days: -(previous == "last" && back == 0 ? 7 : back))
    }

    /// "at 00:05" → `00:05`.
    private func clockTime(_ tokens: [Token], at index: Int) -> String? {
        let token = tokens[index]
        guard token.kind == .number, index > 0, tokens[index - 1].lower == "at" else { return nil }
        let parts = token.text.split(separator: ":")
        guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60 else { return nil }
        return (hour < 10 ? "0" : "") + String(hour) + ":" + parts[1]
    }

    private static func dayOfMonth(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.count <= 2, let day = Int(token.text), (1...31).contains(day) else { return nil }
        return day
    }

    private static func year(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.count == 4, let year = Int(token.text), (1800...2200).contains(year) else { return nil }
        return year
    }
}
