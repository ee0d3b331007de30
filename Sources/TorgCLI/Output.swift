import Diagnostics
import Foundation
import SiteFiles

/// Printing for every command: diagnostics to standard error with their source lines.
enum Output {
    static func printDiagnostics(_ diagnostics: [Diagnostic], siteDirectory: URL) {
        let printer = DiagnosticPrinter { path in
            InputFile.quotable(path, siteDirectory: siteDirectory)
        }
        for diagnostic in diagnostics {
            printError(printer.format(diagnostic))
        }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func diagnostics(of error: any Error) -> [Diagnostic] {
        switch error {
        case let diagnostic as Diagnostic: return [diagnostic]
        case let list as DiagnosticList: return list.diagnostics
        default: return [.error(String(describing: error))]
        }
    }
}
