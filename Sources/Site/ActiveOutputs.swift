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
    ///
    /// The handler itself only writes the signal number into a pipe, which is all a signal
    /// handler may safely do; a thread waiting on the pipe does the cleaning. (A dispatch signal
    /// source needs the signal ignored, and the kernel then drops it for threads that do not
    /// block it: the build would go on.)
    public static func removeOnInterrupt() {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { return }
        interruptPipe = descriptors[1]
        let reader = descriptors[0]
        let handler: @convention(c) (Int32) -> Void = { signalNumber in
            var byte = UInt8(truncatingIfNeeded: signalNumber)
            _ = write(interruptPipe, &byte, 1)
        }
        signal(SIGINT, handler)
        signal(SIGTERM, handler)
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while read(reader, &byte, 1) != 1 {}
            shared.abandon()
            _exit(128 + Int32(byte))
        }
    }
}

/// The write end of the interrupt pipe; set once, before any signal can arrive.
nonisolated(unsafe) private var interruptPipe: Int32 = -1
