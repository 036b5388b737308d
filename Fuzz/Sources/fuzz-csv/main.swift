// The CSV reader on arbitrary bytes: no crash, no hang, and the same
// records and error whether the input arrives at once or in small chunks.
import FuzzSupport

fuzz { data in
    checkReader(data, format: .csv)
}
