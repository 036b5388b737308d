// Projection throughput: the tool's batch path (`Transformer.project`, what
// `build` runs) against calling PROJ's `proj_trans_generic` directly on the
// same points, measured side by side, alternating, so the ratio holds even
// on a noisy machine. This benchmark is the one place besides `Transformer`
// that calls PROJ: the raw call is the baseline it measures against.
//
// Usage: projection-benchmark [points] [rounds]   (default 1,000,000 points, 7 rounds)
import CPROJ
import Foundation
import Projection

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let count = arguments.first ?? 1_000_000
let rounds = arguments.dropFirst().first ?? 7

/// A fixed linear congruential sequence in [0, 1), so every run projects the same points.
struct Sequence {
    var state: UInt64 = 2022_09_13
    mutating func next() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(1 << 53)
    }
}

// Points over the Caucasus.
var sequence = Sequence()
let positions = (0..<count).map { _ in LonLat(lon: 42 + sequence.next() * 8, lat: 38 + sequence.next() * 4) }

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// PROJ called directly: the same transformation, one `proj_trans_generic` on two arrays.
/// (Through CPROJ's forwarding function, one indirect call per batch: see Sources/CPROJ.)
func rawPROJ() -> Double {
    let context = proj_context_create()
    let raw = proj_create_crs_to_crs(context, "EPSG:4326", "EPSG:32638", nil)
    let transformation = proj_normalize_for_visualization(context, raw)
    defer {
        proj_destroy(transformation)
        proj_destroy(raw)
        proj_context_destroy(context)
    }
    var xs = positions.map(\.lon), ys = positions.map(\.lat)
    let stride = MemoryLayout<Double>.stride
    return seconds {
        xs.withUnsafeMutableBufferPointer { x in
            ys.withUnsafeMutableBufferPointer { y in
                _ = proj_trans_generic(transformation, PJ_FWD, x.baseAddress, stride, count, y.baseAddress, stride, count, nil, 0, 0, nil, 0, 0)
            }
        }
    }
}

/// The tool's path: positions in, projected points out, errors checked.
func toolPath() throws -> Double {
    let transformer = try Transformer(to: "EPSG:32638")
    var points: [XY] = []
    let elapsed = try seconds { points = try transformer.project(positions) }
    precondition(points.count == count)
    return elapsed
}

var raw: [Double] = [], tool: [Double] = []
for _ in 0..<rounds {
    raw.append(rawPROJ())
    tool.append(try toolPath())
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
let rawMedian = median(raw), toolMedian = median(tool)
func rate(_ seconds: Double) -> String { String(Int((Double(count) / seconds / 1000).rounded())) + "k points/s" }
print("projection of \(count) points to EPSG:32638, median of \(rounds) alternating rounds:")
print("  proj_trans_generic directly:        \(Int((rawMedian * 1000).rounded())) ms, \(rate(rawMedian))")
print("  Transformer.project (build's path): \(Int((toolMedian * 1000).rounded())) ms, \(rate(toolMedian))")
print("  tool ÷ raw throughput: \(Double(Int(rawMedian / toolMedian * 1000)) / 1000) (target ≥ 0.85)")
