// libFuzzer target (C): cmark on the arena allocator `Markdown.parse` uses must render exactly what
// cmark renders with its own allocator, for the whole document and for each top-level block (as
// the wrapper renders them), with links rewritten as the wrapper does; the arena is then released.
#include <cmark.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "carena.h"

static char *render_blocks(cmark_node *document) {
    // All top-level blocks rendered one by one and joined, with the default allocator for the join.
    size_t length = 0, capacity = 1024;
    char *joined = malloc(capacity);
    joined[0] = 0;
    for (cmark_node *node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
        char *html = cmark_render_html(node, CMARK_OPT_DEFAULT);
        size_t n = strlen(html);
        while (length + n + 1 > capacity) { capacity *= 2; joined = realloc(joined, capacity); }
        memcpy(joined + length, html, n + 1);
        length += n;
    }
    return joined;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *reference = cmark_markdown_to_html((const char *)data, size, CMARK_OPT_DEFAULT);

    lb_arena_begin();
    cmark_parser *parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, (cmark_mem *)lb_arena_allocator());
    cmark_parser_feed(parser, (const char *)data, size);
    cmark_node *document = cmark_parser_finish(parser);
    cmark_parser_free(parser);
    // What the wrapper does to links: rewrite every URL (to exercise realloc/free of node text).
    cmark_iter *iter = cmark_iter_new(document);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && (cmark_node_get_type(node) == CMARK_NODE_LINK || cmark_node_get_type(node) == CMARK_NODE_IMAGE)) {
            const char *url = cmark_node_get_url(node);
            if (url && strlen(url) % 2) cmark_node_set_url(node, "");
        }
    }
    cmark_iter_free(iter);
    char *whole = cmark_render_html(document, CMARK_OPT_DEFAULT);
    char *blocks = render_blocks(document);
    // With no links rewritten the arena's rendering must equal the reference; blocks always join
    // to the whole.
    if (strcmp(whole, blocks) != 0) abort();
    int rewritten = strstr((const char *)whole, "href=\"\"") != NULL || strstr((const char *)whole, "src=\"\"") != NULL;
    if (!rewritten && strcmp(whole, reference) != 0) abort();
    free(blocks);
    lb_arena_end();
    if (lb_arena_held() > 256 * 1024) abort();
    free(reference);
    return 0;
}
