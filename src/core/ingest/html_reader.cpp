#include "core/ingest/html_reader.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <gumbo.h>
#include <string>
#include <vector>

#include "core/ingest/metadata_text.h"
#include "core/ingest/page_furniture.h"
#include "core/ingest/paragraphs.h"
#include "core/text/whitespace.h"

namespace synoptic {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

const char* attribute(const GumboNode* node, const char* name) {
    if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? a->value : nullptr;
}

GumboTag tag_of(const GumboNode* node) {
    return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

const GumboVector* children_of(const GumboNode* node) {
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) return &node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
    return nullptr;
}

// Elements that never hold article text.
bool is_dropped_tag(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

// class/id/role words of page furniture: share bars, related links, ads...
bool is_boilerplate_container(const GumboNode* node) {
    std::string names;
    for (const char* a : {"class", "id", "role", "aria-label"})
        if (const char* v = attribute(node, a)) names += lower(v) + " ";
    if (names.empty()) return false;
    static const char* kWords[] = {"share", "social", "related", "recommend", "read-also", "readalso", "more-news",
                                   "comment", "subscribe", "newsletter", "advert", "banner", "promo", "sponsor",
                                   "breadcrumb", "menu", "navbar", "navigation", "sidebar", "cookie", "popup",
                                   "modal", "tags", "tag-list", "widget", "login", "search", "pagination",
                                   "footer", "masthead", "toolbar", "print", "rating", "author-card", "most-read",
                                   "popular", "trending", "outbrain", "taboola", "ad-", "ads", "complementary"};
    for (const char* w : kWords) {
        const size_t at = names.find(w);
        if (at == std::string::npos) continue;
        // "ads"/"ad-" only as a whole word or prefix, not inside "heads" or "load-".
        if ((!std::strcmp(w, "ads") || !std::strcmp(w, "ad-")) && at > 0 && std::isalpha(static_cast<unsigned char>(names[at - 1])))
            continue;
        if (!std::strcmp(w, "tags") && names.find("tags") != std::string::npos && at > 0 &&
            std::isalpha(static_cast<unsigned char>(names[at - 1])))
            continue;
        return true;
    }
    return false;
}

void append_text(const GumboNode* node, std::string& out) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        out += node->v.text.text;
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    if (is_dropped_tag(tag_of(node))) return;
    if (tag_of(node) == GUMBO_TAG_BR) out += '\n';
    const GumboVector* kids = children_of(node);
    for (unsigned i = 0; kids && i < kids->length; ++i) append_text(static_cast<const GumboNode*>(kids->data[i]), out);
}

std::string text_of(const GumboNode* node) {
    std::string raw;
    append_text(node, raw);
    return collapse_whitespace(raw);
}

size_t link_text_length(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT) return 0;
    if (tag_of(node) == GUMBO_TAG_A) return text_of(node).size();
    size_t n = 0;
    const GumboVector* kids = children_of(node);
    for (unsigned i = 0; kids && i < kids->length; ++i) n += link_text_length(static_cast<const GumboNode*>(kids->data[i]));
    return n;
}

void find_all(const GumboNode* node, GumboTag tag, std::vector<const GumboNode*>& out) {
    if (node->type == GUMBO_NODE_ELEMENT && tag_of(node) == tag) out.push_back(node);
    const GumboVector* kids = children_of(node);
    for (unsigned i = 0; kids && i < kids->length; ++i) find_all(static_cast<const GumboNode*>(kids->data[i]), tag, out);
}

bool is_heading(GumboTag t) {
    return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 ||
           t == GUMBO_TAG_H6;
}

bool is_block(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_PRE: case GUMBO_TAG_HEADER: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
        return true;
    default:
        return is_heading(t);
    }
}

// Collects the paragraphs of the article body: block elements end a
// paragraph, inline text accumulates, <br> ends a line (one line, one
// paragraph, as in pasted text).
class BlockCollector {
public:
    std::vector<std::string> blocks;
    std::vector<bool> is_h1;

    void walk(const GumboNode* node) {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            current_ += node->v.text.text;
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT) return;
        const GumboTag tag = tag_of(node);
        if (is_dropped_tag(tag) || is_boilerplate_container(node)) return;
        if (attribute(node, "hidden") || (attribute(node, "aria-hidden") && !std::strcmp(attribute(node, "aria-hidden"), "true")))
            return;
        if (tag == GUMBO_TAG_HEADER && !contains_h1(node)) return; // site header menus
        if ((tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) && is_link_list(node)) return;
        if (tag == GUMBO_TAG_BR) {
            flush();
            return;
        }
        if (is_embedded_post(node)) {
            // An embedded tweet is one paragraph: its text and its
            // "— Name (@handle) date" tail, as a reader copies it.
            flush();
            append_text(node, current_);
            flush();
            return;
        }
        const bool block = is_block(tag);
        if (block) flush();
        const GumboVector* kids = children_of(node);
        for (unsigned i = 0; kids && i < kids->length; ++i) walk(static_cast<const GumboNode*>(kids->data[i]));
        if (block) flush(tag == GUMBO_TAG_H1);
    }

    void flush(bool h1 = false) {
        std::string text = collapse_whitespace(current_);
        current_.clear();
        if (text.empty()) return;
        blocks.push_back(std::move(text));
        is_h1.push_back(h1);
    }

private:
    std::string current_;

    static bool is_embedded_post(const GumboNode* node) {
        if (tag_of(node) != GUMBO_TAG_BLOCKQUOTE) return false;
        const char* cls = attribute(node, "class");
        if (!cls) return false;
        const std::string c = lower(cls);
        return c.find("twitter-tweet") != std::string::npos || c.find("instagram-media") != std::string::npos ||
               c.find("tiktok-embed") != std::string::npos;
    }
    static bool contains_h1(const GumboNode* node) {
        std::vector<const GumboNode*> found;
        find_all(node, GUMBO_TAG_H1, found);
        return !found.empty();
    }
    // A list whose items are mostly links: related articles, tags, menus.
    static bool is_link_list(const GumboNode* node) {
        const size_t total = text_of(node).size();
        return total > 0 && link_text_length(node) * 10 >= total * 6;
    }
};

// The element that holds the article: itemprop=articleBody, else the
// <article> (or <main>) with most paragraph text if it has at least half of
// the page's, else the parent of most paragraph text.
const GumboNode* find_article_root(const GumboNode* body) {
    std::vector<const GumboNode*> stack = {body};
    std::vector<const GumboNode*> articles;
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type != GUMBO_NODE_ELEMENT) continue;
        const char* itemprop = attribute(n, "itemprop");
        if (itemprop && lower(itemprop) == "articlebody") return n;
        if (tag_of(n) == GUMBO_TAG_ARTICLE || tag_of(n) == GUMBO_TAG_MAIN) articles.push_back(n);
        const GumboVector* kids = children_of(n);
        for (unsigned i = 0; kids && i < kids->length; ++i) stack.push_back(static_cast<const GumboNode*>(kids->data[i]));
    }
    const auto paragraph_text = [](const GumboNode* n) {
        std::vector<const GumboNode*> ps;
        find_all(n, GUMBO_TAG_P, ps);
        size_t len = 0;
        for (const GumboNode* p : ps) len += text_of(p).size();
        return len;
    };
    const GumboNode* best_article = nullptr;
    size_t article_len = 0;
    for (const GumboNode* a : articles) {
        const size_t len = paragraph_text(a);
        if (len > article_len) {
            best_article = a;
            article_len = len;
        }
    }
    // The parent of most paragraph text: the "readability" idea without its
    // many weights.
    std::vector<const GumboNode*> ps;
    find_all(body, GUMBO_TAG_P, ps);
    std::vector<std::pair<const GumboNode*, size_t>> parents;
    for (const GumboNode* p : ps) {
        const GumboNode* parent = p->parent;
        if (!parent) continue;
        const size_t len = text_of(p).size();
        auto it = std::find_if(parents.begin(), parents.end(), [&](const auto& e) { return e.first == parent; });
        if (it == parents.end()) parents.push_back({parent, len});
        else it->second += len;
    }
    const GumboNode* best = nullptr;
    size_t best_len = 0;
    for (const auto& [node, len] : parents)
        if (len > best_len) {
            best = node;
            best_len = len;
        }
    // An <article> holding at least half of that text is the article; small
    // <article> cards of teasers around a body in a <div> are not.
    if (best_article && article_len * 2 >= best_len) return best_article;
    return best ? best : body;
}

struct PageMetadata {
    std::string title_tag, og_title, site_name, published, time_datetime, author, lang, url;
};

void read_page_metadata(const GumboNode* root, PageMetadata& m) {
    std::vector<const GumboNode*> stack = {root};
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type != GUMBO_NODE_ELEMENT) continue;
        const GumboTag tag = tag_of(n);
        if (tag == GUMBO_TAG_HTML && attribute(n, "lang")) m.lang = attribute(n, "lang");
        if (tag == GUMBO_TAG_TITLE && m.title_tag.empty()) m.title_tag = text_of(n);
        if (tag == GUMBO_TAG_TIME && m.time_datetime.empty() && attribute(n, "datetime"))
            m.time_datetime = attribute(n, "datetime");
        if (tag == GUMBO_TAG_LINK && attribute(n, "rel") && lower(attribute(n, "rel")) == "canonical" &&
            attribute(n, "href") && m.url.empty())
            m.url = attribute(n, "href");
        if (tag == GUMBO_TAG_META) {
            const char* key = attribute(n, "property");
            if (!key) key = attribute(n, "name");
            if (!key) key = attribute(n, "itemprop");
            const char* content = attribute(n, "content");
            if (key && content) {
                const std::string k = lower(key);
                if (k == "og:title" && m.og_title.empty()) m.og_title = content;
                else if (k == "og:site_name") m.site_name = content;
                else if ((k == "article:published_time" || k == "datepublished" || k == "pubdate" ||
                          k == "date") && m.published.empty())
                    m.published = content;
                else if ((k == "author" || k == "article:author") && m.author.empty())
                    m.author = content;
                else if (k == "og:url" && m.url.empty())
                    m.url = content;
            }
        }
        const GumboVector* kids = children_of(n);
        for (unsigned i = 0; kids && i < kids->length; ++i) stack.push_back(static_cast<const GumboNode*>(kids->data[i]));
    }
}

// "Title - Site" / "Title | Site": the title without the site's name.
std::string strip_site_suffix(std::string title, const std::string& site) {
    for (const char* sep : {" | ", " - ", " — ", " – "}) {
        const size_t at = title.rfind(sep);
        if (at == std::string::npos || at == 0) continue;
        const std::string suffix = title.substr(at + std::strlen(sep));
        if (site.empty() || lower(suffix) == lower(site) || suffix.size() < 40) return title.substr(0, at);
    }
    return title;
}

// The deepest nesting of elements the markup asks for, counted on the raw
// tags (elements that close themselves or never nest are skipped). Gumbo
// and any tree walk recurse per level: a page nested thousands deep is an
// attack or garbage, not an article, and must not exhaust the stack.
size_t estimated_nesting_depth(std::string_view html) {
    static const char* kNonNesting[] = {"p", "li", "br", "img", "meta", "link", "input", "hr", "td", "tr", "th",
                                        "option", "dt", "dd", "col", "area", "base", "wbr", "source", "track",
                                        "embed", "param", "!", "?"};
    size_t depth = 0, deepest = 0;
    for (size_t i = 0; i + 1 < html.size(); ++i) {
        if (html[i] != '<') continue;
        const bool closing = html[i + 1] == '/';
        size_t b = i + (closing ? 2 : 1), e = b;
        while (e < html.size() && e - b < 16 && (std::isalnum(static_cast<unsigned char>(html[e])) || html[e] == '!' || html[e] == '?')) ++e;
        if (e == b) continue;
        const std::string name = lower(html.substr(b, e - b));
        bool skip = false;
        for (const char* t : kNonNesting)
            if (name == t || (name[0] == '!' || name[0] == '?')) skip = true;
        if (skip) continue;
        // Self-closing "<x/>" does not nest.
        const size_t close = html.find('>', e);
        if (close != std::string_view::npos && close > 0 && html[close - 1] == '/') continue;
        if (name == "script" || name == "style") { // their content is not markup
            if (closing) continue;
            const size_t end = lower(html.substr(e, std::min<size_t>(html.size() - e, 1 << 20))).find("</" + name);
            if (end != std::string::npos) i = e + end;
            continue;
        }
        if (closing) {
            if (depth > 0) --depth;
        } else {
            deepest = std::max(deepest, ++depth);
        }
    }
    return deepest;
}

constexpr size_t kMaxNestingDepth = 1000;

} // namespace

bool looks_like_html(std::string_view text) {
    const std::string head = lower(text.substr(0, 2048));
    size_t p = head.find_first_not_of(" \t\n");
    if (p == std::string::npos) return false;
    if (head.compare(p, 9, "<!doctype") == 0 || head.compare(p, 5, "<html") == 0 || head.compare(p, 5, "<?xml") == 0)
        return true;
    return head.find("<body") != std::string::npos || head.find("<head") != std::string::npos ||
           (head.find("<p>") != std::string::npos && head.find("</p>") != std::string::npos);
}

Result<bool> read_html(std::string_view html, Article& article) {
    const size_t depth = estimated_nesting_depth(html);
    if (depth > kMaxNestingDepth)
        return Error{"the page nests elements " + std::to_string(depth) + " levels deep; it is not a readable article"};
    GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
    PageMetadata page;
    read_page_metadata(output->root, page);
    std::vector<const GumboNode*> bodies;
    find_all(output->root, GUMBO_TAG_BODY, bodies);
    BlockCollector collector;
    if (!bodies.empty()) collector.walk(find_article_root(bodies[0]));
    gumbo_destroy_output(&kGumboDefaultOptions, output);

    ArticleMetadata& meta = article.meta;
    meta.source = page.site_name;
    meta.author = page.author;
    meta.url = page.url;
    meta.language_tag = page.lang;
    meta.date = find_date(page.published);
    if (meta.date.empty()) meta.date = find_date(page.time_datetime);

    std::vector<std::string>& blocks = collector.blocks;
    // The page's dateline and counters are not article text; the first one's date is the article's.
    size_t kept = 0;
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (!collector.is_h1[i] && is_dateline_furniture(blocks[i])) {
            if (meta.date.empty()) meta.date = find_date(blocks[i]);
            continue;
        }
        if (kept != i) blocks[kept] = std::move(blocks[i]);
        collector.is_h1[kept++] = collector.is_h1[i];
    }
    blocks.resize(kept);
    collector.is_h1.resize(kept);
    if (blocks.empty()) return Error{"no article text found in the page (only scripts, menus or markup)"};

    // The title: the article's <h1>, else og:title, else <title> without the
    // site's name. It is always paragraph 0.
    std::string title;
    size_t h1 = blocks.size();
    for (size_t i = 0; i < blocks.size(); ++i)
        if (collector.is_h1[i]) {
            h1 = i;
            break;
        }
    if (h1 < blocks.size()) {
        title = blocks[h1];
        if (h1 != 0) {
            // Blocks before the heading are kicker/breadcrumb text: drop them.
            blocks.erase(blocks.begin(), blocks.begin() + static_cast<long>(h1));
        }
    } else {
        title = !page.og_title.empty() ? collapse_whitespace(page.og_title)
                                       : strip_site_suffix(collapse_whitespace(page.title_tag), page.site_name);
        if (!title.empty()) blocks.insert(blocks.begin(), title);
    }
    meta.title = title;

    set_text_from_blocks(blocks, article);
    if (meta.date.empty())
        for (size_t i = 0; i < article.paragraphs.size() && i < 6 && meta.date.empty(); ++i) {
            const std::string_view p = article.slice(article.paragraphs[i].span);
            if (p.size() < 80) meta.date = find_date(p);
        }
    return true;
}

} // namespace synoptic
