import Foundation

/// Work handed from one thread to another, in order, with at most `limit` items waiting: the
/// thread that reads the PDF (poppler stays on it) goes on to the next page while this worker
/// finds the rulings and tables of the pages already drawn, on the machine's other core.
/// Results come back in the order the inputs were given, so the output is what one thread gives.
final class OrderedWorker<Input, Output>: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [Input] = []
    private var results: [Output] = []
    private var closed = false
    private let limit: Int
    private let finished = DispatchSemaphore(value: 0)

    /// `stackSize`: as deep as the extraction thread may go (budgetpdf gives it 64 MiB).
    init(limit: Int = 2, stackSize: Int = 64 << 20, _ work: @escaping (Input) -> Output) {
        self.limit = limit
        let thread = Thread { [self] in
            while let next = take() {
                let out = work(next)
                condition.lock(); results.append(out); condition.unlock()
            }
            finished.signal()
        }
        thread.stackSize = stackSize
        thread.start()
    }

    private func take() -> Input? {
        condition.lock(); defer { condition.unlock() }
        while waiting.isEmpty && !closed { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        let next = waiting.removeFirst()
        condition.broadcast()
        return next
    }

    /// Hands over one input; waits while `limit` are already waiting (memory stays flat however
    /// long the document).
    func submit(_ input: Input) {
        condition.lock(); defer { condition.unlock() }
        while waiting.count >= limit { condition.wait() }
        waiting.append(input)
        condition.broadcast()
    }

    /// Every result, in the order the inputs were given, once all are done. Call once.
    func finish() -> [Output] {
        condition.lock(); closed = true; condition.broadcast(); condition.unlock()
        finished.wait()
        condition.lock(); defer { condition.unlock() }
        return results
    }
}

/// A value computed on a thread of its own while the caller does other work.
final class Background<Value>: @unchecked Sendable {
    private struct NotDone: Error {}
    private var result: Result<Value, Error> = .failure(NotDone())
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping () throws -> Value) {
        let thread = Thread { [self] in
            result = Result { try work() }
            done.signal()
        }
        thread.stackSize = 16 << 20
        thread.start()
    }

    /// Waits for the value (or rethrows its error). Call once.
    func value() throws -> Value {
        done.wait()
        return try result.get()
    }
}
