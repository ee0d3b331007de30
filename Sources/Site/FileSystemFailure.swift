import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call on the output, as a person reads it: what Torg was doing, on which path,
/// and the system's own words for the cause ("no space left on device"), never an error domain
/// and code.
struct FileSystemFailure: Error, Sendable, Equatable {
    var code: Int32
    /// What Torg was doing, as a verb phrase: "writing", "creating the directory".
    var action: String
    /// The path as the user named it: under the final output, not the staging directory.
    var path: String

    init(code: Int32 = errno, _ action: String, _ path: String) {
        self.code = code
        self.action = action
        self.path = path
    }

    /// The system's message for the code, with a lower-case first letter to fit inside a sentence.
    var reason: String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    var message: String { "\(reason) while \(action) \(path)" }

    /// What to do, for the failures people hit in practice.
    var hint: String? {
        switch code {
        case ENOSPC, EDQUOT: return "free some space on that file system, or write the site elsewhere with --output"
        case EROFS: return "the file system is mounted read-only; write the site elsewhere with --output"
        case EACCES, EPERM: return "check that the user running torg may write there, or write the site elsewhere with --output"
        default: return nil
        }
    }

    var diagnostic: Diagnostic { .error(message, hint: hint, code: DiagnosticCode.outputFileSystem) }
}
