import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary directories of the builds running in this process, so that an interrupted build
/// can remove its own before it exits. Swapping an output in holds the same lock, so an interrupt
/// never lands between the swap and the bookkeeping that follows it.
public final class ActiveOutputs: @unchecked Sendable {
    public static let shared = ActiveOutputs()

    /// Recursive: a swap runs under it and registers and unregisters directories inside.
    private let lock = NSRecursiveLock()
    private var temporary = Set<String>()
    private var abandoned = false

    var isAbandoned: Bool { lock.withLock { abandoned } }

    func register(_ path: String) { lock.withLock { _ = temporary.insert(path) } }
    func unregister(_ path: String) { lock.withLock { _ = temporary.remove(path) } }

    /// Runs `body` so that no interrupt is handled halfway through it.
    func withoutInterruption<T>(_ body: () throws -> T) rethrows -> T {
        try lock.withLock(body)
    }

    /// Stops further writes and removes every temporary directory of this process.
    public func abandon() {
        lock.withLock {
            abandoned = true
            for path in temporary {
                // A worker may still be finishing one file; a second pass removes what it left.
                for _ in 0..<3 where FileManager.default.fileExists(atPath: path) {
                    try? FileManager.default.removeItem(atPath: path)
                }
            }
            temporary.removeAll()
        }
    }

    /// On SIGINT and SIGTERM: remove this process's temporary directories, then exit with
    /// 128 + the signal (130, 143), as shells expect of an interrupted command.
    public static func removeOnInterrupt() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                shared.abandon()
                _exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Signal sources stop when released; these live as long as the process.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
}
