#ifndef CARENA_H
#define CARENA_H
#include <stddef.h>

/// A per-thread bump allocator for cmark: everything one document needs (nodes, text, rendered
/// HTML) comes from it, and it is all released at once when the document is done, instead of
/// one malloc and one free per node. Laid out like cmark's `cmark_mem`.
typedef struct lb_arena_mem {
    void *(*calloc)(size_t, size_t);
    void *(*realloc)(void *, size_t);
    void (*free)(void *);
} lb_arena_mem;

/// The allocator to hand to `cmark_parser_new_with_mem` (cast to `cmark_mem *`).
lb_arena_mem *lb_arena_allocator(void);

/// Opens a scope on this thread; nested scopes share the arena.
void lb_arena_begin(void);

/// Closes a scope; when the outermost closes, everything allocated since it opened is released.
/// Nothing allocated inside may be used afterwards.
void lb_arena_end(void);

/// Bytes currently held by this thread's arena (tests).
size_t lb_arena_held(void);
#endif
