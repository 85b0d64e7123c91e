#include <cctype>

#include "core/features/token_scan.h"

namespace synoptic {
namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}

} // namespace

void find_link_anchors(TokenScan& scan) {
    if (scan.tokens.empty()) return;
    // URLs: scan the raw sentence, because word breaking cuts them apart.
    uint32_t begin = scan.tokens.front().span.begin, end = scan.tokens.back().span.end;
    std::string_view sentence = scan.text.substr(begin, end - begin);
    for (size_t i = 0; i < sentence.size();) {
        std::string_view rest = sentence.substr(i);
        size_t skip = 0;
        if (starts_with_ci(rest, "https://")) skip = 8;
        else if (starts_with_ci(rest, "http://")) skip = 7;
        else if (starts_with_ci(rest, "www.") || starts_with_ci(rest, "pic.twitter.com/") || starts_with_ci(rest, "t.co/")) skip = 0;
        else {
            ++i;
            continue;
        }
        if (i > 0 && (std::isalnum(static_cast<unsigned char>(sentence[i - 1])) || sentence[i - 1] == '/' || sentence[i - 1] == '.')) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < sentence.size() && !std::isspace(static_cast<unsigned char>(sentence[j])) &&
               static_cast<unsigned char>(sentence[j]) < 0x80 && sentence[j] != '"' && sentence[j] != ')')
            ++j;
        size_t stop = j;
        while (stop > i && (sentence[stop - 1] == '.' || sentence[stop - 1] == ',' || sentence[stop - 1] == ';')) --stop;
        std::string key;
        for (char c : sentence.substr(i + skip, stop - i - skip)) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (key.rfind("www.", 0) == 0) key.erase(0, 4);
        if (key.size() > 3) {
            ByteSpan span{begin + static_cast<uint32_t>(i), begin + static_cast<uint32_t>(stop)};
            scan.anchors.push_back({AnchorKind::Url, key, span});
            for (size_t t = 0; t < scan.tokens.size(); ++t)
                if (scan.tokens[t].span.begin >= span.begin && scan.tokens[t].span.end <= span.end) scan.claimed[t] = true;
        }
        i = j;
    }
    // @handles: ICU keeps "@araghchi" as one word; older rules cut "@" off.
    for (size_t i = 0; i < scan.tokens.size(); ++i) {
        if (scan.claimed[i]) continue;
        const Token& t = scan.tokens[i];
        if (t.norm.size() > 1 && t.norm[0] == '@') {
            scan.anchors.push_back({AnchorKind::Handle, t.norm, t.span});
        } else if (t.norm == "@" && i + 1 < scan.tokens.size() && scan.adjacent(i + 1) &&
                   scan.tokens[i + 1].kind != TokenKind::Symbol) {
            scan.anchors.push_back({AnchorKind::Handle, "@" + scan.tokens[i + 1].norm, scan.span(i, i + 1)});
            scan.claimed[i] = true;
        }
        // The handle's word stays unclaimed: @araghchi is also the name Araghchi.
    }
}

void find_quote_anchors(TokenScan& scan) {
    const size_t n = scan.tokens.size();
    auto is_quote = [&](size_t i) {
        return i < n && scan.tokens[i].kind == TokenKind::Symbol && scan.tokens[i].norm == "\"";
    };
    // A mark glued to the word before it closes a quote; one before a word opens it.
    auto closes = [&](size_t i) { return i > 0 && !scan.tokens[i].space_before; };
    auto add = [&](size_t from, size_t to) { // tokens strictly inside (from, to)
        std::string key = "quote:";
        size_t words = 0, first = 0, last = 0;
        for (size_t j = from + 1; j < to && j < n; ++j) {
            if (scan.tokens[j].kind == TokenKind::Symbol) continue;
            if (!words) first = j;
            if (words < 6) {
                if (words) key += ' ';
                key += scan.forms[j].empty() ? scan.tokens[j].norm : scan.forms[j];
            }
            ++words;
            last = j;
        }
        if (words >= 2) scan.anchors.push_back({AnchorKind::Quote, key, scan.span(first, last)});
    };
    size_t i = 0;
    while (i < n && !is_quote(i)) ++i;
    if (i < n && closes(i)) { // the quote began in an earlier sentence
        add(static_cast<size_t>(-1), i);
        ++i;
    }
    for (; i < n; ++i) {
        if (!is_quote(i)) continue;
        size_t close = i + 1;
        while (close < n && !is_quote(close)) ++close;
        add(i, close);
        i = close;
    }
}

} // namespace synoptic
