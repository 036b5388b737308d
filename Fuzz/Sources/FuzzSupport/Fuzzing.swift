import FuzzDriver

#if canImport(Glibc)
import Glibc
#endif

/// The code under test, called by libFuzzer with each input. libFuzzer
/// takes a C function pointer, which cannot capture, so the closure is kept
/// here; it is set once, before the driver starts, and libFuzzer calls it
/// from one thread.
nonisolated(unsafe) private var fuzzBody: ((UnsafeRawBufferPointer) -> Void)?

/// Hands control to libFuzzer, which parses its options from the command
/// line and runs `body` on every input it makes, until it finds a crash or
/// its time is up; then exits with libFuzzer's status.
///
/// SwiftPM gives the executable its own `main`, which hides libFuzzer's, so
/// each target's `main.swift` calls this instead.
public func fuzz(_ body: @escaping (UnsafeRawBufferPointer) -> Void) -> Never {
    fuzzBody = body
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
}

/// Runs the target on one input. It is also exported under the name
/// libFuzzer's own `main` refers to, `LLVMFuzzerTestOneInput`: that `main`
/// is never run, but the linker needs the symbol it names.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let body = fuzzBody else {
        fatalError("fuzz(_:) was not called: the target's main.swift must call it")
    }
    body(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

/// Stops the run as a crash that libFuzzer reports and saves, when a
/// property the target checks does not hold.
public func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition {
        fatalError("property violated: \(message())")
    }
}
