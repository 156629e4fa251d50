/* cmark-gfm (third_party/cmark of the PyPI `cmarkgfm` sdist): each repetition parses 48 KB of
 * GitHub-flavoured markdown (headings, paragraphs with emphasis, code spans, links and autolinks,
 * lists and task lists, tables, strikethrough, block quotes, fenced code) with the table,
 * strikethrough, autolink, tagfilter and tasklist extensions, and renders it to HTML.
 * run(n) returns a checksum of the HTML sizes and of the last HTML. */
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "cmark-gfm.h"
#include "cmark-gfm-core-extensions.h"

#define INPUT_BYTES (48 * 1024)

static char markdown[INPUT_BYTES + 512];
static size_t length;

static void put(const char *text) {
    size_t n = strlen(text);
    memcpy(markdown + length, text, n);
    length += n;
}

static void words(int count) {
    for (int i = 0; i < count; i++) {
        if (i) put(" ");
        length += bench_word(markdown + length);
    }
}

/* A sentence with inline markup picked by the generator. */
static void inline_text(int count) {
    for (int i = 0; i < count; i++) {
        put(" ");
        switch (bench_next(14)) {
        case 0: put("*"); words(2); put("*"); break;
        case 1: put("**"); words(1); put("**"); break;
        case 2: put("`"); words(2); put("`"); break;
        case 3: put("["); words(2); put("](https://example.org/"); words(1); put(")"); break;
        case 4: put("~~"); words(1); put("~~"); break;
        case 5: put("www.example.com/"); words(1); break;
        case 6: put("&amp; <b>"); words(1); put("</b>"); break;
        default: words(1);
        }
    }
}

static void generate(void) {
    bench_seed(3);
    length = 0;
    while (length < INPUT_BYTES) {
        switch (bench_next(8)) {
        case 0: put("## "); words(1 + bench_next(5)); put("\n\n"); break;
        case 1:
            for (int i = 0, n = 2 + bench_next(5); i < n; i++) {
                put(bench_next(3) ? "- " : "- [x] ");
                inline_text(2 + bench_next(6));
                put("\n");
            }
            put("\n");
            break;
        case 2:
            put("| "); words(1); put(" | "); words(1); put(" | "); words(1); put(" |\n|---|:--:|--:|\n");
            for (int i = 0, n = 2 + bench_next(6); i < n; i++) {
                put("|"); inline_text(1); put(" |"); inline_text(2); put(" |"); inline_text(1); put(" |\n");
            }
            put("\n");
            break;
        case 3: put("> "); inline_text(5 + bench_next(10)); put("\n\n"); break;
        case 4:
            put("```c\n");
            for (int i = 0, n = 1 + bench_next(5); i < n; i++) { words(3); put(" = 1;\n"); }
            put("```\n\n");
            break;
        default: inline_text(10 + bench_next(30)); put("\n\n");
        }
    }
}

static const char *const EXTENSIONS[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

BENCH_EXPORT(run) uint32_t run(int n) {
    generate();
    cmark_gfm_core_extensions_ensure_registered();
    uint32_t hash = 2166136261u;
    for (int i = 0; i < n; i++) {
        cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
        for (size_t e = 0; e < sizeof EXTENSIONS / sizeof *EXTENSIONS; e++)
            cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(EXTENSIONS[e]));
        cmark_parser_feed(parser, markdown, length);
        cmark_node *document = cmark_parser_finish(parser);
        char *html = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
        size_t size = strlen(html);
        hash = (hash ^ (uint32_t)size) * 16777619u;
        if (i == n - 1) hash = bench_checksum(hash, html, size);
        free(html);
        cmark_node_free(document);
        cmark_parser_free(parser);
    }
    return hash;
}
