import Diagnostics
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `torg events fetch`: downloads a Linked Events query, every page of it, with places and keywords
/// expanded, into one file the import reads. Records are sorted by id and written with sorted keys,
/// so that fetching unchanged data gives the same bytes, and a commit shows only real changes.
public struct LinkedEventsFetch: Sendable {
    public var timeout: TimeInterval
    /// A guard against a `next` that never ends.
    public var maxPages = 10_000

    public init(timeout: TimeInterval = 30) {
        self.timeout = timeout
    }

    /// What a fetch saved.
    public struct Result: Sendable {
        public var data: Data
        public var records: Int
        public var pages: Int
    }

    /// Fetches `address` and every page after it. Throws a diagnostic that says what went wrong
    /// and what to do, never a bare system error.
    public func fetch(_ address: String, progress: (Int, URL) -> Void = { _, _ in }) throws(Diagnostic) -> Result {
        var next: URL? = try Self.query(address)
        var seen: Set<URL> = []
        var records: [String: Any] = [:]
        var pages = 0
        while let url = next {
            guard seen.insert(url).inserted, pages < maxPages else {
                throw .error("the response's pages do not end: page \(pages + 1) would be \(url.absoluteString) again",
                             hint: "check the query; Linked Events' meta.next should be null on the last page")
            }
            pages += 1
            progress(pages, url)
            let page = try Self.page(try get(url), from: url)
            for record in page.records {
                guard let id = record["id"] as? String else {
                    throw .error("a record on page \(pages) (\(url.absoluteString)) has no id", hint: "fetch from a Linked Events /event/ address")
                }
                records[id] = record
            }
            if let address = page.next { next = try Self.query(address) } else { next = nil }
        }
        let sorted = records.keys.sorted().map { records[$0]! }
        let document: [String: Any] = ["meta": ["count": sorted.count, "next": NSNull(), "previous": NSNull()], "data": sorted]
        guard let data = try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            throw .error("the fetched records cannot be written as JSON")
        }
        return Result(data: data + Data("\n".utf8), records: sorted.count, pages: pages)
    }

    /// The address with `include=location,keywords` added to what it includes already.
    public static func query(_ address: String) throws(Diagnostic) -> URL {
        guard var components = URLComponents(string: address), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", components.host?.isEmpty == false else {
            throw .error("'\(address)' is not an http or https address",
                         hint: "give the API query, such as https://api.hel.fi/linkedevents/v1/event/?publisher=ahjo:00001")
        }
        var items = components.queryItems ?? []
        var included = items.filter { $0.name == "include" }.flatMap { ($0.value ?? "").split(separator: ",").map(String.init) }
        for name in ["location", "keywords"] where !included.contains(name) { included.append(name) }
        items.removeAll { $0.name == "include" }
        items.append(URLQueryItem(name: "include", value: included.joined(separator: ",")))
        components.queryItems = items
        guard let url = components.url else { throw .error("'\(address)' is not an address that can be fetched") }
        return url
    }

    private static func page(_ data: Data, from url: URL) throws(Diagnostic) -> (records: [[String: Any]], next: String?) {
        guard let object = try? JSONSerialization.jsonObject(with: data), let root = object as? [String: Any],
              let records = root["data"] as? [[String: Any]] else {
            throw .error("\(url.absoluteString) did not answer with a Linked Events response (JSON with 'meta' and 'data')",
                         hint: "fetch a list address of the API, such as …/linkedevents/v1/event/?…")
        }
        return (records, (root["meta"] as? [String: Any])?["next"] as? String)
    }

    private func get(_ url: URL) throws(Diagnostic) -> Data {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let box = ResponseBox()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            box.set(data, response, error)
            done.signal()
        }.resume()
        done.wait()
        let (data, response, error) = box.get()
        if let error { throw describe(error, url: url) }
        guard let http = response as? HTTPURLResponse, let data else {
            throw .error("GET \(url.absoluteString) gave no answer", hint: "try again later")
        }
        guard (200..<300).contains(http.statusCode) else {
            throw .error("GET \(url.absoluteString) answered with HTTP status \(http.statusCode)",
                         hint: http.statusCode >= 500 ? "the server has a problem; try again later"
                             : "check the address and its query; open it in a browser to see the API's answer")
        }
        return data
    }

    /// A sentence for the network errors people meet, without Foundation's domain and code.
    private func describe(_ error: any Error, url: URL) -> Diagnostic {
        let host = (url.host ?? url.absoluteString) + (url.port.map { ":\($0)" } ?? "")
        let seconds = timeout == timeout.rounded() ? String(Int(timeout)) : String(timeout)
        switch (error as? URLError)?.code {
        case .timedOut?:
            return .error("GET \(url.absoluteString) did not answer within \(seconds) second\(timeout == 1 ? "" : "s")",
                          hint: "try again later, or allow more time with --timeout")
        case .cannotFindHost?, .dnsLookupFailed?:
            return .error("the host \(host) was not found", hint: "check the address")
        case .cannotConnectToHost?, .networkConnectionLost?, .notConnectedToInternet?:
            return .error("could not connect to \(host)", hint: "check the address and the network connection")
        case .secureConnectionFailed?, .serverCertificateUntrusted?, .serverCertificateHasBadDate?, .serverCertificateNotYetValid?,
             .serverCertificateHasUnknownRoot?:
            return .error("the secure connection to \(host) failed", hint: "check that the address is right and its certificate valid")
        default:
            return .error("GET \(url.absoluteString) failed", hint: "check the address and the network connection, and try again")
        }
    }
}

/// Carries the answer out of URLSession's completion handler, which runs on another thread.
private final class ResponseBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: (Data?, URLResponse?, (any Error)?) = (nil, nil, nil)

    func set(_ data: Data?, _ response: URLResponse?, _ error: (any Error)?) { lock.withLock { value = (data, response, error) } }
    func get() -> (Data?, URLResponse?, (any Error)?) { lock.withLock { value } }
}
