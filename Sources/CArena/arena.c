#include "carena.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// Each allocation is preceded by a 16-byte header holding its size, so realloc knows how much to
// copy; 16-byte alignment matches malloc's on x86-64 and arm64.
#define HEADER 16
#define ALIGN(n) (((n) + 15) & ~(size_t)15)
#define FIRST_BLOCK (256 * 1024)

typedef struct block {
    struct block *previous;
    size_t capacity;
    size_t used;
    // data follows, 16-byte aligned
} block;

#define BLOCK_DATA(b) ((char *)(b) + ALIGN(sizeof(block)))

typedef struct arena {
    block *current;
    int depth;
    char *last; // the most recent allocation, which realloc can grow in place
} arena;

static __thread arena local;

static block *new_block(size_t needed, block *previous) {
    size_t capacity = FIRST_BLOCK;
    while (capacity < needed) capacity *= 2;
    block *b = malloc(ALIGN(sizeof(block)) + capacity);
    if (!b) abort(); // cmark aborts on allocation failure too
    b->previous = previous;
    b->capacity = capacity;
    b->used = 0;
    return b;
}

static void *allocate(size_t size) {
    size_t total = HEADER + ALIGN(size ? size : 1);
    block *b = local.current;
    if (!b || b->capacity - b->used < total) {
        b = new_block(total, b);
        local.current = b;
    }
    char *start = BLOCK_DATA(b) + b->used;
    b->used += total;
    *(size_t *)start = size;
    local.last = start + HEADER;
    return start + HEADER;
}

static void *arena_calloc(size_t count, size_t size) {
    if (size && count > SIZE_MAX / size) abort();
    void *p = allocate(count * size);
    memset(p, 0, count * size);
    return p;
}

static void *arena_realloc(void *pointer, size_t size) {
    if (!pointer) return allocate(size);
    char *p = pointer;
    size_t old = *(size_t *)(p - HEADER);
    block *b = local.current;
    // The latest allocation grows in place while its block has room (cmark's buffers grow this way).
    if (p == local.last && b) {
        size_t oldTotal = HEADER + ALIGN(old ? old : 1), newTotal = HEADER + ALIGN(size ? size : 1);
        if (newTotal <= oldTotal || b->capacity - (b->used - oldTotal) >= newTotal) {
            b->used = b->used - oldTotal + newTotal;
            *(size_t *)(p - HEADER) = size;
            return p;
        }
    }
    void *fresh = allocate(size);
    memcpy(fresh, p, old < size ? old : size);
    return fresh;
}

static void arena_free(void *pointer) { (void)pointer; }

static lb_arena_mem allocator = { arena_calloc, arena_realloc, arena_free };

lb_arena_mem *lb_arena_allocator(void) { return &allocator; }

void lb_arena_begin(void) { local.depth += 1; }

void lb_arena_end(void) {
    if (local.depth == 0) return;
    local.depth -= 1;
    if (local.depth > 0) return;
    // Keep one first-size block for the next document; give the rest back.
    block *b = local.current;
    block *keep = NULL;
    while (b) {
        block *previous = b->previous;
        if (!keep && b->capacity == FIRST_BLOCK) keep = b; else free(b);
        b = previous;
    }
    if (keep) { keep->previous = NULL; keep->used = 0; }
    local.current = keep;
    local.last = NULL;
}

size_t lb_arena_held(void) {
    size_t held = 0;
    for (block *b = local.current; b; b = b->previous) held += b->capacity;
    return held;
}
