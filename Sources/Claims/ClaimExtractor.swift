import Incidents
import PlaceNames
import Foundation
import Projection
import Sides

/// Reads articles and extracts each side's claims: the places named in
/// statements about attacks and clashes, who asserts them, whom they
/// blame, when, and how precisely they locate the incident.
///
/// ```swift
/// var extractor = ClaimExtractor(gazetteer: gazetteer, sides: sides)
/// let claims = extractor.extract(Article(text: text, source: "report.txt", published: "2022-09-13"))
/// ```
///
/// The reading is rule-based and explainable (see `Lexicon`): a sentence
/// about an attack that names a known place gives a claim; the claimant is
/// the side whose official voice asserts the sentence (see `Attribution`
/// and `SpeakerTracker`), or ``ExtractedClaim/unattributed`` when only a
/// third party does; the names of countries, capitals standing for
/// governments and places in background sentences are left out. A name
/// that two places share is settled by the other places the article names.
public struct ClaimExtractor {
    private var vocabulary: SideVocabulary
    private var attribution: Attribution
    private var finder: MentionFinder

    /// How much closer (metres) to the article's other places a candidate must be to beat the gazetteer's first choice.
    static let contextMargin = 25_000.0

    /// An extractor over `gazetteer`, with sides (and their countries, where claims are looked for) from `sides`.
    public init(gazetteer: Gazetteer, sides: SideTable) {
        let vocabulary = SideVocabulary(table: sides)
        self.vocabulary = vocabulary
        self.attribution = Attribution(vocabulary: vocabulary)
        self.finder = MentionFinder(gazetteer: gazetteer, vocabulary: vocabulary, countries: sides.countries)
    }

    /// The claims of `article`, in the order their places are named.
    public mutating func extract(_ article: Article) -> [ExtractedClaim] {
        let scalars = Array(article.text.unicodeScalars)
        let published = article.published.flatMap(CivilDay.init(iso:))
        let sentences = SentenceSplitter(scalars: scalars).sentences()
        let folded = sentences.map(SentenceReading.folded)
        let sides = zip(sentences, folded).map { vocabulary.scan($0.tokens, folded: $1) }
        read(for: relevantSides(named: sides))
        let readings = sentences.indices.map { index in
            SentenceReading(
                sentences[index], folded: folded[index], sides: sides[index], scalars: scalars, published: published,
                attribution: attribution, finder: &finder)
        }
        let anchors = contextAnchors(readings)
        var tracker = SpeakerTracker()
        var lastDate: (paragraph: Int, date: String)?
        var claims: [ExtractedClaim] = []
        var chosen: [String: PlaceChoice] = [:]
        let lines = LineTable(scalars: scalars)
        for reading in readings {
            let speaker = tracker.speaker(of: reading)
            if let date = reading.dates.date { lastDate = (reading.sentence.paragraph, date) }
            guard reading.isAboutAttack, !reading.isBackground, speaker.voice != .mutual else { continue }
            let date = reading.dates.date ?? (lastDate?.paragraph == reading.sentence.paragraph ? lastDate?.date : nil)
                ?? published?.iso
            let places = ClaimedPlaces(reading: reading, vocabulary: vocabulary).places
            guard !places.isEmpty else { continue }
            let quote = Self.quote(reading.sentence, scalars: scalars), accused = accused(reading, speaker: speaker.voice)
            for claimed in places {
                var choice = PlaceChoice(place: nil, why: nil)
                if claimed.mention.isKnown {
                    choice = chosen[claimed.mention.text] ?? choose(claimed.mention, anchors: anchors)
                    chosen[claimed.mention.text] = choice
                }
                claims.append(ExtractedClaim(
                    claimedBy: claimant(speaker.voice), accused: accused, place: claimed.mention.text,
                    resolved: choice.place, date: date, event: Self.event(reading), weapons: Self.joined(reading.weapons),
                    precision: Self.precision(claimed.precision, place: choice.place),
                    source: source(article, speaker: speaker.voice), quote: quote, mentionStart: claimed.mention.start,
                    mentionEnd: claimed.mention.end, file: article.file, line: lines.line(of: claimed.mention.start),
                    suggestions: claimed.mention.suggestions,
                    why: Self.explanation(speaker, reading: reading, claimed: claimed, choice: choice.why, scalars: scalars)))
            }
        }
        return claims
    }

    // MARK: Who and whom

    /// The sides whose claims the article is read for, and the countries where their places are looked
    /// for, given the sides and states each sentence names (`named`).
    ///
    /// Today's rule: the sides of the side table (`sides.tsv`) and their `countries`, whatever the article
    /// names; states of the world table that the side table does not list count only as country names.
    func relevantSides(named: [SideScan]) -> RelevantSides {
        RelevantSides(sides: Set(vocabulary.table.entries.map(\.side)), countries: vocabulary.table.countries)
    }

    /// Reads the next sentences for `relevant`.
    private mutating func read(for relevant: RelevantSides) {
        vocabulary.relevant = relevant.sides
        attribution.vocabulary.relevant = relevant.sides
        finder.vocabulary.relevant = relevant.sides
        finder.countries = relevant.countries
    }

    private func claimant(_ speaker: Voice?) -> String {
        if case .side(let side) = speaker { return side }
        return ExtractedClaim.unattributed
    }

    /// A side's claim keeps the article's source; a third party's report adds who reported it.
    private func source(_ article: Article, speaker: Voice?) -> String {
        if case .thirdParty(let reporter) = speaker { return "\(article.source) (reported by \(reporter))" }
        return article.source
    }

    /// The side the sentence names as acting, other than the claimant; "the enemy" in a side's statement is the other side.
    private func accused(_ reading: SentenceReading, speaker: Voice?) -> String? {
        let claimant: String? = if case .side(let side) = speaker { side } else { nil }
        let references = vocabulary.references(in: reading.sides, range: reading.tokens.indices).filter {
            $0.side != claimant && !reading.attribution.speakerTokens.contains($0.words.lowerBound)
        }
        let acting = references.first { isActing($0, tokens: reading.tokens) }
        if let side = (acting ?? (claimant != nil ? references.first : nil))?.side { return side }
        if let claimant, reading.tokens.contains(where: { $0.is(.enemy) }) {
            return vocabulary.opponent(of: claimant)
        }
        return nil
    }

    /// "Azerbaijani artillery", "units of the Armenian Armed Forces": a side named as the one acting.
    private func isActing(_ reference: SideReference, tokens: [Token]) -> Bool {
        let after = tokens[reference.words.upperBound...].prefix(2)
        return after.contains { Lexicon.actorNouns.contains($0.lower) }
            || Lexicon.actorNouns.contains(tokens[reference.words.upperBound - 1].lower)
    }

    // MARK: Which place

    /// The places of the article that are not in doubt, each once: the positions other names are settled by.
    private func contextAnchors(_ readings: [SentenceReading]) -> [LonLat] {
        var seen = Set<String>()
        return readings.flatMap(\.known).compactMap { mention in
            guard let first = mention.candidates.first, seen.insert(mention.text).inserted else { return nil }
            let agree = mention.candidates.dropFirst().allSatisfy {
                Self.distance($0.place.position, first.place.position) < Self.contextMargin
            }
            return agree ? first.place.position : nil
        }
    }

    /// A place chosen for a name, and how when the name has several.
    private struct PlaceChoice {
        var place: Place?
        var why: String?
    }

    /// The gazetteer's first choice, unless another candidate lies clearly closer to the article's other places.
    private func choose(_ mention: PlaceMention, anchors: [LonLat]) -> PlaceChoice {
        let candidates = mention.candidates
        guard let first = candidates.first else { return PlaceChoice(place: nil, why: nil) }
        guard candidates.count > 1 else { return PlaceChoice(place: first.place, why: nil) }
        let several = "\(candidates.count) places named \(mention.text)"
        guard !anchors.isEmpty else { return PlaceChoice(place: first.place, why: "the gazetteer's first of \(several)") }
        func distance(_ match: Match) -> Double {
            anchors.lazy.map { Self.distance(match.place.position, $0) }.min()!
        }
        let closest = candidates.min { distance($0) < distance($1) }!
        if distance(closest) + Self.contextMargin < distance(first) {
            return PlaceChoice(place: closest.place, why: "the closest of \(several) to the article's other places")
        }
        return PlaceChoice(place: first.place, why: "the gazetteer's first of \(several) (none clearly closer to the article's other places)")
    }

    /// Metres between two positions on a sphere, equirectangular: within a
    /// fraction of a percent at the tens of kilometres context is judged
    /// by, and far cheaper than a geodesic, which matters with hundreds of
    /// candidates per article.
    static func distance(_ a: LonLat, _ b: LonLat) -> Double {
        let radians = Double.pi / 180
        let x = (b.lon - a.lon) * radians * cos((a.lat + b.lat) / 2 * radians)
        let y = (b.lat - a.lat) * radians
        return (x * x + y * y).squareRoot() * 6_371_008.8
    }

    // MARK: What, how precisely, why

    private static func explanation(
        _ speaker: Speaker, reading: SentenceReading, claimed: ClaimedPlace, choice: String?, scalars: [Unicode.Scalar]
    ) -> ClaimExplanation {
        let isThirdParty = if case .thirdParty = speaker.voice { true } else { false }
        let text = { (range: Range<Int>?) in range.map { String(String.UnicodeScalarView(scalars[$0])) } }
        return ClaimExplanation(
            speaker: text(speaker.phrase), speakerCue: text(speaker.cue), speakerRule: speaker.rule, isThirdParty: isThirdParty,
            eventWords: reading.eventWords, placeRule: claimed.rule, placeCue: claimed.cue, listSize: claimed.listSize,
            placeChoice: choice)
    }

    private static func event(_ reading: SentenceReading) -> String? {
        if !reading.events.isEmpty { return joined(reading.events) }
        return reading.weapons.isEmpty ? nil : "fire"
    }

    private static func joined(_ words: [String]) -> String? {
        words.isEmpty ? nil : words.joined(separator: ", ")
    }

    /// A province or district makes any claim a regional one.
    private static func precision(_ stated: Precision, place: Place?) -> Precision {
        let regional: Set<String> = ["province", "region", "district", "corridor", "admin area"]
        guard let place, regional.contains(place.kind.description) else { return stated }
        return .region
    }

    /// The sentence as one line of text.
    private static func quote(_ sentence: Sentence, scalars: [Unicode.Scalar]) -> String {
        var text = ""
        var pendingSpace = false
        for scalar in scalars[sentence.start..<sentence.end] {
            if Tokenizer.isWhitespace(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace && !text.isEmpty { text.unicodeScalars.append(" ") }
                pendingSpace = false
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}
