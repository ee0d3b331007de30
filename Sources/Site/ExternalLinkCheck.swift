import Diagnostics
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `torg check --external`: asks each `http(s)` URL of the pages whether it is there. HEAD first,
/// GET where a server refuses HEAD; redirects are followed, and a loop of them is reported.
/// A few requests run at once, one host is asked at most once per `hostInterval`, and each
/// request has a timeout. Never part of `torg build`, which must not depend on the network.
public struct ExternalLinkCheck: Sendable {
    public var siteDirectory: URL
    public var timeout: TimeInterval = 10
    public var concurrency = 4
    public var hostInterval: TimeInterval = 0.5
    public var now = Date()

    public init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory
    }

    /// One error per link whose URL fails, at the link; the cache is updated.
    public func run(_ links: [ExternalLinkReference]) -> [Diagnostic] {
        var cache = ExternalLinkCache(siteDirectory: siteDirectory)
        let urls = Array(Set(links.map { Self.withoutFragment($0.url) })).sorted()
        var outcomes: [String: String?] = [:]
        var toCheck: [String] = []
        for url in urls {
            if let entry = cache.fresh(url, now: now) { outcomes[url] = .some(entry.problem) } else { toCheck.append(url) }
        }
        let limiter = HostLimiter(interval: hostInterval)
        let checked = ConcurrentResults()
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = max(1, concurrency)
        for url in toCheck {
            queue.addOperation {
                checked.set(url, problem(of: url, limiter: limiter))
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        for (url, problem) in checked.all {
            outcomes[url] = .some(problem)
            cache.store(url, problem: problem, now: now)
        }
        try? cache.save(now: now)
        return links.compactMap { link in
            guard let problem = outcomes[Self.withoutFragment(link.url)] ?? nil else { return nil }
            return .error("the external link '\(link.url)' \(problem)", at: link.location,
                          hint: "fix or remove the link; results are cached in .torg-cache/links.json for a day",
                          code: DiagnosticCode.linkExternal)
        }
    }

    static func withoutFragment(_ url: String) -> String {
        url.firstIndex(of: "#").map { String(url[..<$0]) } ?? url
    }

    /// What is wrong with `url`, or nil when it answers with success. URLSession follows
    /// redirects itself (refusing one from a delegate crashes swift-corelibs-foundation), and
    /// gives up on a loop after a fixed number of hops.
    func problem(of url: String, limiter: HostLimiter) -> String? {
        guard let target = URL(string: url), let host = target.host else { return "is not a valid URL" }
        limiter.wait(for: host)
        var response = request(target, method: "HEAD")
        if case let .status(code) = response, [403, 405, 501].contains(code) {
            limiter.wait(for: host)
            response = request(target, method: "GET")
        }
        switch response {
        case let .failure(problem): return problem
        case let .status(code): return (200..<400).contains(code) ? nil : "answers with HTTP status \(code)"
        }
    }

    enum Response {
        case status(Int)
        case failure(String)
    }

    private func request(_ url: URL, method: String) -> Response {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method
        request.setValue("torg-link-check", forHTTPHeaderField: "User-Agent")
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let result = ConcurrentResults()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { _, response, error in
            if let http = response as? HTTPURLResponse {
                result.response = .status(http.statusCode)
            } else if let error = error as? URLError {
                switch error.code {
                case .timedOut: result.response = .failure("did not answer within \(Int(timeout)) s")
                case .httpTooManyRedirects: result.response = .failure("redirects in a loop, or too many times")
                default: result.response = .failure("could not be reached (\(Self.reason(error.code)))")
                }
            } else {
                result.response = .failure("could not be reached")
            }
            done.signal()
        }
        task.resume()
        // The session's own timeout should end the task; this is the backstop.
        if done.wait(timeout: .now() + timeout + 5) == .timedOut {
            task.cancel()
            return .failure("did not answer within \(Int(timeout)) s")
        }
        return result.response ?? .failure("could not be reached")
    }

    /// Words for the network errors an editor can act on, never a Foundation domain and number.
    static func reason(_ code: URLError.Code) -> String {
        switch code {
        case .cannotFindHost, .dnsLookupFailed: return "no such host"
        case .cannotConnectToHost: return "the connection was refused"
        case .networkConnectionLost: return "the connection was lost"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot: return "its HTTPS certificate is not valid"
        case .notConnectedToInternet: return "this machine is offline"
        default: return "a network error"
        }
    }
}

/// Spaces requests to one host `interval` apart, whichever worker makes them.
final class HostLimiter: @unchecked Sendable {
    private let interval: TimeInterval
    private let lock = NSLock()
    private var nextAllowed: [String: Date] = [:]

    init(interval: TimeInterval) {
        self.interval = interval
    }

    func wait(for host: String) {
        let slot: Date = lock.withLock {
            let now = Date()
            let slot = max(now, nextAllowed[host] ?? now)
            nextAllowed[host] = slot.addingTimeInterval(interval)
            return slot
        }
        let delay = slot.timeIntervalSinceNow
        if delay > 0 { Thread.sleep(forTimeInterval: delay) }
    }
}

/// Results written by workers under a lock.
private final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var problems: [String: String?] = [:]
    private var stored: ExternalLinkCheck.Response?

    var response: ExternalLinkCheck.Response? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    func set(_ url: String, _ problem: String?) {
        lock.withLock { problems[url] = .some(problem) }
    }

    var all: [(String, String?)] {
        lock.withLock { problems.map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 } }
    }
}
