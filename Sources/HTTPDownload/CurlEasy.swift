import CCurl

/// One libcurl "easy" handle: the only code that touches curl's C API. It
/// owns the handle and its error buffer, frees both in `deinit`, and turns
/// curl's error text into ``CurlEasy/Failure`` values.
///
/// libcurl is loaded the first time a handle is made (see Sources/CCurl), so
/// no other command pays for it at start.
final class CurlEasy {
    private let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>

    /// Why a transfer ended without a complete answer.
    struct Failure: Error {
        /// curl's message: the error buffer's detail, else its text for the code.
        var message: String
        /// What sort of failure it is.
        var kind: Kind

        /// The failures callers tell apart.
        enum Kind {
            /// Trying again may help: a dropped connection, a timeout, a file cut short.
            case transient
            /// The receiver stopped the transfer itself.
            case stoppedByReceiver
            /// A file: URL names no readable file.
            case missingFile
            /// The range asked for lies beyond the end of a file: URL.
            case rangeRefused
            /// Anything else: a bad URL, a refused protocol, an unloadable library.
            case permanent
        }

        /// Whether trying again may help.
        var isTransient: Bool { kind == .transient }
    }

    /// What a transfer does with the headers and the body that arrive.
    protocol Receiver: AnyObject {
        /// One header line, without its line break, including each response's status line.
        func received(headerLine: String)
        /// A piece of the body; `false` stops the transfer.
        func received(body: UnsafeRawBufferPointer) -> Bool
    }

    /// Loads libcurl if needed and makes a handle.
    init() throws(Failure) {
        var message = [CChar](repeating: 0, count: 512)
        guard ccurl_load(&message, message.count) == 1 else {
            throw Failure(message: Self.text(message), kind: .permanent)
        }
        guard let handle = curl_easy_init() else {
            throw Failure(message: "curl_easy_init failed", kind: .permanent)
        }
        self.handle = handle
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    }

    deinit {
        curl_easy_cleanup(handle)
        errorBuffer.deallocate()
    }

    /// GETs `url` (http, https or file; redirects followed to http and
    /// https only), from byte `rangeStart` on when given, giving up when
    /// nothing arrives for `timeout` seconds; hands what arrives to
    /// `receiver`. Returns the last response's status (0 for file URLs).
    func get(_ url: String, rangeStart: Int64?, timeout: Int, receiver: Receiver) throws(Failure) -> Int {
        errorBuffer[0] = 0
        let context = Unmanaged.passUnretained(receiver as AnyObject).toOpaque()
        var results = [
            ccurl_setopt_string(handle, CURLOPT_URL, url),
            ccurl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https,file"),
            ccurl_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"),
            ccurl_setopt_string(handle, CURLOPT_USERAGENT, "incident-map (gazetteer fetch)"),
            rangeStart.map { ccurl_setopt_string(handle, CURLOPT_RANGE, "\($0)-") } ?? ccurl_setopt_pointer(handle, CURLOPT_RANGE, nil),
            ccurl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 1),
            ccurl_setopt_long(handle, CURLOPT_MAXREDIRS, 5),
            ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1),
            ccurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT, timeout),
            ccurl_setopt_long(handle, CURLOPT_LOW_SPEED_LIMIT, 1),
            ccurl_setopt_long(handle, CURLOPT_LOW_SPEED_TIME, timeout),
            ccurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer),
        ]
        results += [
            ccurl_setopt_write_function(handle, CURLOPT_WRITEFUNCTION, Self.bodyCallback),
            ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, context),
            ccurl_setopt_write_function(handle, CURLOPT_HEADERFUNCTION, Self.headerCallback),
            ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, context),
        ]
        if let refused = results.first(where: { $0 != CURLE_OK }) { throw failure(refused) }
        let code = withExtendedLifetime(receiver) { curl_easy_perform(handle) }
        guard code == CURLE_OK else { throw failure(code) }
        var status = 0
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return status
    }

    /// The failure for `code`, with the error buffer's detail when curl wrote one.
    private func failure(_ code: CURLcode) -> Failure {
        let detail = Self.text(Array(UnsafeBufferPointer(start: errorBuffer, count: Int(CURL_ERROR_SIZE))))
        let message = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
        return Failure(message: message, kind: Self.kind(of: code))
    }

    private static func kind(of code: CURLcode) -> Failure.Kind {
        if transient.contains(code) { return .transient }
        return switch code {
        case CURLE_WRITE_ERROR: .stoppedByReceiver
        case CURLE_FILE_COULDNT_READ_FILE: .missingFile
        case CURLE_BAD_DOWNLOAD_RESUME, CURLE_RANGE_ERROR: .rangeRefused
        default: .permanent
        }
    }

    /// Codes after which a second attempt may succeed.
    private static let transient: [CURLcode] = [
        CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_PARTIAL_FILE, CURLE_OPERATION_TIMEDOUT, CURLE_SEND_ERROR,
        CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_HTTP2, CURLE_HTTP2_STREAM, CURLE_SSL_CONNECT_ERROR,
    ]

    private static let bodyCallback: curl_write_callback = { data, size, count, context in
        guard let context else { return 0 }
        let receiver = Unmanaged<AnyObject>.fromOpaque(context).takeUnretainedValue() as! Receiver
        let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
        return receiver.received(body: bytes) ? size * count : 0
    }

    private static let headerCallback: curl_write_callback = { data, size, count, context in
        guard let context else { return 0 }
        let receiver = Unmanaged<AnyObject>.fromOpaque(context).takeUnretainedValue() as! Receiver
        let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
        receiver.received(headerLine: String(decoding: bytes.prefix { $0 != 0x0D && $0 != 0x0A }, as: UTF8.self))
        return size * count
    }

    private static func text(_ characters: [CChar]) -> String {
        String(decoding: characters.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
