import Dispatch
import Foundation

/// Maps items on a fixed number of worker threads and returns the results in input order,
/// so that parallel work still gives deterministic output.
///
/// Workers take the next index from a shared counter, which balances pages of very different
/// sizes better than fixed chunks.
public func parallelMap<Item: Sendable, Result: Sendable>(
    _ items: [Item],
    workers: Int,
    _ transform: @Sendable (Item) -> Result
) -> [Result] {
    let count = items.count
    guard count > 0 else { return [] }
    let workerCount = max(1, min(workers, count))
    if workerCount == 1 {
        return items.map(transform)
    }
    let slots = ResultSlots<Result>(count: count)
    let counter = NextIndex()
    DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
        while let index = counter.take(below: count) {
            slots.store(transform(items[index]), at: index)
        }
    }
    return slots.collect()
}

/// The worker count to use when the caller gives none: one per core.
public var defaultWorkerCount: Int {
    max(1, ProcessInfo.processInfo.activeProcessorCount)
}

/// Each slot is written by exactly one worker and read only after all workers finished,
/// so the slots themselves need no lock.
private final class ResultSlots<Result>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Result?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func store(_ result: Result, at index: Int) {
        storage[index] = result
    }

    func collect() -> [Result] {
        (0..<count).map { storage[$0]! }
    }
}

private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard next < limit else { return nil }
            defer { next += 1 }
            return next
        }
    }
}
