#include "callocatorsettings.h"

// jemalloc reads this symbol once, before the first allocation (it overrides the library's own
// weak definition; MALLOC_CONF in the environment still applies on top of it).
//
// thp:always asks the kernel for 2 MB pages for the heap (madvise, so it also works where the
// system's transparent huge pages are "madvise" only, as on Debian). A build at 10,000 models
// touches ~400 MB of heap once: with 4 KB pages that is ~100,000 page faults and as many TLB
// misses while pages render; with 2 MB pages the same build took 12-30 % less CPU
// (bench/RESULTS.md, session 9). Only the `leaderboard` command links this: the library targets
// leave a host program's allocator alone.
//
// percpu_arena:percpu gives one arena per CPU instead of jemalloc's default four per CPU: the
// lanes, the folder job and the main thread no longer each keep partly used 2 MB pages of their
// own. At 10,000 models on 2 cores, peak memory 355-372 MB -> 346-348 MB (median of five, tmpfs,
// bench/RESULTS.md, session 11), time unchanged; it scales with the cores, as the lanes do.
const char *malloc_conf = "thp:always,percpu_arena:percpu";
