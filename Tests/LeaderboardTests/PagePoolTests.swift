import Testing
@testable import LeaderboardOutput
@testable import LeaderboardSite

/// Page buffers go back to the pool after writing and are handed out by size: a model page gets a
/// small one, a page listing every model the largest, so a grown buffer is not grown again.
@Suite struct PagePoolTests {
    func returned(_ pool: PagePool, capacity: Int) {
        var file = OutputFile(path: "p", page: PageBytes(capacity: capacity))
        pool.recycle(&file)
    }

    @Test func smallRequestsTakeTheSmallestBufferThatFits() {
        let pool = PagePool()
        returned(pool, capacity: 64 << 10)
        returned(pool, capacity: 8 << 20)
        #expect(pool.take(capacity: 32 << 10).buffer.capacity == 64 << 10)
        #expect(pool.take(capacity: 32 << 10).buffer.capacity == 8 << 20)
    }

    @Test func largeRequestsTakeTheLargestBufferEvenIfItMustGrow() {
        let pool = PagePool()
        returned(pool, capacity: 2 << 20)
        returned(pool, capacity: 64 << 10)
        #expect(pool.take(capacity: SiteBuilder.largePage * 4).buffer.capacity == 2 << 20)
        let fresh = pool.take(capacity: SiteBuilder.largePage)
        #expect(fresh.buffer.capacity == 64 << 10, "the only one left")
    }

    @Test func aBufferStillHeldElsewhereIsNotTakenBack() {
        let pool = PagePool()
        let page = PageBytes(capacity: 4096)
        var file = OutputFile(path: "p", page: page)
        pool.recycle(&file)
        #expect(pool.take(capacity: 4096) !== page)
    }
}
