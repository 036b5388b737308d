import Claims
import FuzzSupport
import Incidents

// `extract` on arbitrary text: sentences, quotations, speakers, dates and
// place names in any script. Whatever the text, reading it must finish
// (libFuzzer's timeout catches a hang), every claim's mention offsets must
// point at the place as written, and the claims must go through `build`.
nonisolated(unsafe) var extractor = ClaimExtractor(gazetteer: smallGazetteer, sides: smallSideTable)
fuzz { data in
    let text = String(decoding: data, as: UTF8.self)
    let claims = extractor.extract(Article(text: text, source: "fuzz.txt", published: "2022-09-13"))
    let scalars = Array(text.unicodeScalars)
    for claim in claims {
        require(0 <= claim.mentionStart && claim.mentionStart < claim.mentionEnd && claim.mentionEnd <= scalars.count,
                "mention \(claim.mentionStart)..<\(claim.mentionEnd) outside a text of \(scalars.count) scalars")
        let named = String(String.UnicodeScalarView(scalars[claim.mentionStart..<claim.mentionEnd]))
        require(named == claim.place, "the mention reads \(named.debugDescription), the claim says \(claim.place.debugDescription)")
        if let date = claim.date { require(ISODate.isValid(date), "invalid date \(date)") }
    }
    checkLayers(of: claims.map(\.incident))
}
