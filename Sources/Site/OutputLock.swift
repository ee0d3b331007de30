import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on one output directory, held from the start of a build until its output is
/// swapped in: `flock` on `.<output>.lock` beside the output. The kernel releases it when the
/// process ends, however it ends, so a killed build never leaves a stale lock behind.
final class OutputLock: @unchecked Sendable {
    let path: String
    private var descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    static func lockPath(for output: URL) -> String {
        output.deletingLastPathComponent().path + "/." + output.lastPathComponent + ".lock"
    }

    /// Waits up to `timeout` seconds for the lock. The holder writes its pid into the file, so a
    /// waiting build can say whom it waited for.
    static func acquire(for output: URL, displayName: String, timeout: Double) throws -> OutputLock {
        let path = lockPath(for: output)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw FileSystemFailure("locking", displayName).diagnostic
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let failure = FileSystemFailure("locking", displayName)
                close(descriptor)
                throw failure.diagnostic
            }
            if Date() >= deadline {
                let holder = readPID(descriptor).map { " (pid \($0))" } ?? ""
                close(descriptor)
                throw Diagnostic.error(
                    "another torg build is writing \(displayName)\(holder)",
                    hint: "wait for it to finish, or build into another directory with --output; torg waited \(String(format: "%g", timeout)) s (--lock-timeout)",
                    code: DiagnosticCode.outputRefused
                )
            }
            usleep(50_000)
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(descriptor, 0)
        _ = pid.withCString { pwrite(descriptor, $0, strlen($0), 0) }
        return OutputLock(path: path, descriptor: descriptor)
    }

    private static func readPID(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Releases the lock; the file stays, empty, for the next build to lock.
    func release() {
        guard descriptor >= 0 else { return }
        _ = ftruncate(descriptor, 0)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
