#include <algorithm>

#include <unicode/utf8.h>

#include "core/features/sentence_features.h"
#include "core/features/token_scan.h"
#include "core/features/word_form.h"
#include "core/lexicon/common_words.h"
#include "core/text/tokenize.h"
#include "core/text/transliterate.h"

namespace synoptic {
namespace {

// Latin spelling differences between transliteration schemes and languages
// (z/s, q/k, w/v, y/i, x/ks) flattened before taking a prefix.
std::string cognate_key(std::string_view latin) {
    std::string out;
    for (size_t i = 0; i < latin.size() && out.size() < 5; ++i) {
        char c = latin[i];
        switch (c) {
        case 'z': out += 's'; break;
        case 'q': case 'c': out += 'k'; break;
        case 'w': out += 'v'; break;
        case 'y': case 'j': out += 'i'; break;
        case 'x': out += "ks"; break;
        case '\'': case '-': break;
        default: out += c;
        }
    }
    return out.size() >= 5 ? out.substr(0, 5) : std::string();
}

uint32_t count_code_points(std::string_view s) {
    uint32_t n = 0;
    for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
        U8_FWD_1(s.data(), i, static_cast<int32_t>(s.size()));
        ++n;
    }
    return n;
}

void sort_unique(std::vector<uint64_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

std::vector<std::string> lowercase_forms(const std::vector<Token>& tokens, std::string_view language) {
    std::vector<std::string> forms;
    for (const Token& t : tokens)
        if (t.kind == TokenKind::Word && !t.capitalized) forms.push_back(word_form(t.norm, language));
    return forms;
}

void finish_set(std::vector<std::string>& forms) {
    std::sort(forms.begin(), forms.end());
    forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
}

SentenceFeatures features_of(std::string_view text, ByteSpan span, std::string_view language,
                             const std::vector<std::string>& known_lowercase) {
    SentenceFeatures f;
    f.language = std::string(language);
    std::string_view sentence = text.substr(span.begin, span.size());
    f.length_chars = count_code_points(sentence);

    TokenScan scan;
    scan.language = f.language;
    scan.text = text;
    scan.tokens = tokenize_words(sentence, language, span.begin);
    scan.forms.resize(scan.tokens.size());
    scan.claimed.assign(scan.tokens.size(), false);
    for (size_t i = 0; i < scan.tokens.size(); ++i)
        if (scan.tokens[i].kind == TokenKind::Word) scan.forms[i] = word_form(scan.tokens[i].norm, language);

    find_link_anchors(scan);
    find_number_anchors(scan);
    find_lexicon_anchors(scan);
    find_name_anchors(scan, known_lowercase);
    f.anchors = std::move(scan.anchors);
    std::sort(f.anchors.begin(), f.anchors.end(),
              [](const Anchor& a, const Anchor& b) { return a.span.begin < b.span.begin; });

    for (size_t i = 0; i < scan.tokens.size(); ++i) {
        const Token& t = scan.tokens[i];
        if (t.kind != TokenKind::Word || lexicon::is_function_word(t.norm, language)) continue;
        const std::string& form = scan.forms[i];
        if (count_code_points(t.norm) < 3) continue;
        f.stems.push_back(form);
        std::string latin = to_latin_ascii(t.norm, language);
        if (language != "ar") {
            std::string cognate = cognate_key(latin);
            if (!cognate.empty()) f.latin_keys.push_back("~" + cognate);
            std::string skeleton = phonetic_key(latin);
            if (latin.size() >= 6 && skeleton.size() >= 4) f.latin_keys.push_back("%" + skeleton.substr(0, 3));
        }
        // Word keys: every content word's phonetic key, so a name written in a
        // caseless script (Arabic) still meets a capitalized name elsewhere.
        std::string key = name_key(name_form(t.norm, language), language);
        if (key.size() >= 2) f.latin_keys.push_back("#" + key);
        if (language == "ar") {
            std::string whole = name_key(t.norm, language);
            if (whole.size() >= 2 && whole != key) f.latin_keys.push_back("#" + whole);
        }
    }
    index_features(f);
    return f;
}

} // namespace

void index_features(SentenceFeatures& f) {
    auto& h = f.hashes;
    for (auto& v : h) v.clear();
    auto put = [&h](Signal s, std::string_view key) { h[static_cast<size_t>(s)].push_back(hash_key(key)); };
    for (const Anchor& a : f.anchors) {
        switch (a.kind) {
        case AnchorKind::Number: put(Signal::Number, a.key); break;
        case AnchorKind::Date: put(Signal::Date, a.key); break;
        case AnchorKind::Name: put(Signal::Name, a.key); break;
        case AnchorKind::Concept: put(Signal::Concept, a.key); break;
        case AnchorKind::Url: put(Signal::Link, a.key); break;
        case AnchorKind::Handle:
            put(Signal::Link, a.key);
            // @araghchi also names Araghchi
            put(Signal::Name, "name:" + name_key(std::string_view(a.key).substr(1), "en"));
            break;
        default: break;
        }
    }
    for (const std::string& stem : f.stems) put(Signal::Stem, stem);
    for (const std::string& key : f.latin_keys) {
        if (key.empty()) continue;
        if (key[0] == '~') put(Signal::Cognate, key);
        else if (key[0] == '#') put(Signal::WordKey, "name:" + key.substr(1));
        else if (key[0] == '%') put(Signal::Skeleton, key);
    }
    for (auto& v : h) sort_unique(v);
}

void append_features(SentenceFeatures& into, const SentenceFeatures& from) {
    into.anchors.insert(into.anchors.end(), from.anchors.begin(), from.anchors.end());
    into.stems.insert(into.stems.end(), from.stems.begin(), from.stems.end());
    into.latin_keys.insert(into.latin_keys.end(), from.latin_keys.begin(), from.latin_keys.end());
    into.length_chars += from.length_chars;
    if (into.language.empty()) into.language = from.language;
    index_features(into);
}

uint64_t hash_key(std::string_view key) {
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : key) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

const char* anchor_kind_name(AnchorKind kind) {
    switch (kind) {
    case AnchorKind::Number: return "number";
    case AnchorKind::Date: return "date";
    case AnchorKind::Name: return "name";
    case AnchorKind::Concept: return "concept";
    case AnchorKind::Url: return "url";
    case AnchorKind::Handle: return "handle";
    case AnchorKind::Quote: return "quote";
    case AnchorKind::Stem: return "stem";
    case AnchorKind::Cognate: return "cognate";
    }
    return "?";
}

std::vector<SentenceFeatures> extract_features(const Article& article) {
    std::vector<std::string> lower;
    for (const Sentence& s : article.sentences) {
        std::string_view lang = s.language.empty() ? std::string_view(article.language) : std::string_view(s.language);
        auto forms = lowercase_forms(tokenize_words(article.slice(s.span), lang), lang);
        lower.insert(lower.end(), forms.begin(), forms.end());
    }
    finish_set(lower);
    std::vector<SentenceFeatures> out;
    out.reserve(article.sentences.size());
    for (const Sentence& s : article.sentences)
        out.push_back(features_of(article.text, s.span, s.language.empty() ? article.language : s.language, lower));
    return out;
}

SentenceFeatures extract_features(const Article& article, size_t sentence_index) {
    // The lower-case vocabulary of the whole article tells names from
    // sentence-initial words; callers that need every sentence should use
    // the overload above, which computes it once.
    std::vector<std::string> lower;
    for (const Sentence& s : article.sentences) {
        std::string_view lang = s.language.empty() ? std::string_view(article.language) : std::string_view(s.language);
        auto forms = lowercase_forms(tokenize_words(article.slice(s.span), lang), lang);
        lower.insert(lower.end(), forms.begin(), forms.end());
    }
    finish_set(lower);
    const Sentence& s = article.sentences.at(sentence_index);
    return features_of(article.text, s.span, s.language.empty() ? article.language : s.language, lower);
}

SentenceFeatures extract_text_features(std::string_view text, std::string_view language) {
    std::vector<std::string> lower = lowercase_forms(tokenize_words(text, language), language);
    finish_set(lower);
    return features_of(text, ByteSpan{0, static_cast<uint32_t>(text.size())}, language, lower);
}

} // namespace synoptic
