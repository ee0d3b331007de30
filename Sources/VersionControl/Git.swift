import Foundation

/// Runs the `git` command line, which every CI image and developer machine has. The one place
/// Torg starts a process: package pins (`torg components sync`) and translation history
/// (`torg check`) both go through it.
public enum Git {
    public struct Failure: Error, CustomStringConvertible {
        public var arguments: [String]
        public var message: String
        public var description: String { "git \(arguments.joined(separator: " ")) failed: \(message)" }
    }

    public static func run(_ arguments: [String]) throws {
        _ = try rawOutput(arguments)
    }

    /// Standard output without the trailing newline, for commands that print one value.
    public static func output(_ arguments: [String]) throws -> String {
        try rawOutput(arguments).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Standard output as git wrote it, for commands whose output is parsed line by line.
    /// `input` goes to git's standard input (for `--stdin`).
    public static func rawOutput(_ arguments: [String], input: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        // Paths and messages exactly as stored, whatever the user's configuration.
        // (Added to what the caller's environment already passes this way, such as safe.directory.)
        let parameters = "'core.quotepath=false' 'log.showSignature=false'"
        environment["GIT_CONFIG_PARAMETERS"] = [environment["GIT_CONFIG_PARAMETERS"], parameters].compactMap { $0 }.joined(separator: " ")
        environment["LC_ALL"] = "C"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let inputPipe = input.map { _ in Pipe() }
        if let inputPipe { process.standardInput = inputPipe }
        try process.run()
        if let inputPipe, let input {
            // Written on its own thread: git may answer before it has read everything.
            let handle = inputPipe.fileHandleForWriting
            let data = Data(input.utf8)
            Thread.detachNewThread {
                handle.write(data)
                try? handle.close()
            }
        }
        // Standard error is drained on its own thread: a chatty git could otherwise fill that
        // pipe while this thread waits for the end of standard output.
        let stderr = ErrorOutput()
        let errorHandle = err.fileHandleForReading
        let drained = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            stderr.data = errorHandle.readDataToEndOfFile()
            drained.signal()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(arguments: arguments, message: String(decoding: stderr.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return String(decoding: stdout, as: UTF8.self)
    }
}

/// Standard error of a git process, filled by the thread that drains it; read only after that
/// thread has signalled, so the two never touch it at once.
private final class ErrorOutput: @unchecked Sendable {
    var data = Data()
}
