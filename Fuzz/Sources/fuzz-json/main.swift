// The JSON array and JSON Lines readers on arbitrary bytes: no crash, no
// hang, and the same records and error whether the input arrives at once
// or in small chunks.
import FuzzSupport

fuzz { data in
    checkReader(data, format: .json)
    checkReader(data, format: .jsonl)
}
