import Parallel
import Testing

@Suite struct ParallelMapTests {
    @Test(arguments: [1, 2, 7])
    func keepsInputOrder(workers: Int) {
        let items = Array(0..<1_000)
        #expect(parallelMap(items, workers: workers) { $0 * 3 } == items.map { $0 * 3 })
    }

    @Test func handlesEmptyInput() {
        #expect(parallelMap([Int](), workers: 4) { $0 }.isEmpty)
    }
}
