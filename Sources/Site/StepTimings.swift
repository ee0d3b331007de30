import Foundation

/// Wall time per build step, for `torg build --timings`: where a large site spends its time.
final class StepTimings: @unchecked Sendable {
    private(set) var steps: [(name: String, seconds: Double)] = []
    private var mark = Date()

    /// Ends the step that began at the previous mark.
    func finish(_ name: String) {
        let now = Date()
        steps.append((name, now.timeIntervalSince(mark)))
        mark = now
    }
}
