#include <algorithm>
#include <cmath>


#include "core/features/sentence_features.h"
#include "core/features/token_scan.h"
#include "core/features/word_form.h"
#include "core/lexicon/common_words.h"
#include "core/text/tokenize.h"
#include "core/text/transliterate.h"
#include "core/text/utf8.h"

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


void sort_unique(std::vector<uint64_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

SentenceFeatures features_of(std::string_view text, ByteSpan span, std::string_view language,
                             const ArticleVocabulary& vocabulary) {
    SentenceFeatures f;
    f.language = std::string(language);
    std::string_view sentence = text.substr(span.begin, span.size());
    f.length_chars = static_cast<uint32_t>(count_code_points(sentence));

    TokenScan scan;
    scan.language = f.language;
    scan.text = text;
    scan.tokens = tokenize_words(sentence, language, span.begin);
    scan.forms.resize(scan.tokens.size());
    scan.claimed.assign(scan.tokens.size(), false);
    for (size_t i = 0; i < scan.tokens.size(); ++i)
        if (scan.tokens[i].kind == TokenKind::Word) scan.forms[i] = word_form(scan.tokens[i].norm, language);

    scan.title_case = title_case_line(scan.tokens);
    scan.credit = credit_line(scan.tokens, language);
    f.furniture = furniture_line(scan);
    find_link_anchors(scan);
    find_quote_anchors(scan);
    find_number_anchors(scan);
    find_lexicon_anchors(scan);
    // Before names, claiming nothing: an acronym of ordinary words (БАҚ,
    // СМИ) is both a name candidate and a meaning.
    find_gloss_keys(scan, f.glosses);
    find_name_anchors(scan, vocabulary);
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

namespace {

// Article-level key weights: log(1 + N / document frequency).
void weigh_keys(std::vector<SentenceFeatures>& sentences) {
    if (sentences.empty()) return;
    for (size_t k = 0; k < kSignalCount; ++k) {
        std::vector<uint64_t> all;
        for (const SentenceFeatures& f : sentences) all.insert(all.end(), f.hashes[k].begin(), f.hashes[k].end());
        std::sort(all.begin(), all.end());
        const double n = static_cast<double>(sentences.size());
        for (SentenceFeatures& f : sentences)
            for (size_t i = 0; i < f.hashes[k].size(); ++i) {
                auto range = std::equal_range(all.begin(), all.end(), f.hashes[k][i]);
                double df = static_cast<double>(range.second - range.first);
                f.weights[k][i] = static_cast<float>(std::log(1.0 + n / std::max(df, 1.0)));
            }
    }
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
        case AnchorKind::Quote: put(Signal::Link, a.key); break; // the same words quoted: rare, telling
        case AnchorKind::Handle:
            put(Signal::Link, a.key);
            // @araghchi also names Araghchi
            put(Signal::Name, "name:" + name_key(std::string_view(a.key).substr(1), "en"));
            break;
        default: break;
        }
    }
    for (const std::string& stem : f.stems) put(Signal::Stem, stem);
    for (const std::string& gloss : f.glosses) put(Signal::Gloss, gloss);
    for (const std::string& key : f.latin_keys) {
        if (key.empty()) continue;
        if (key[0] == '~') put(Signal::Cognate, key);
        else if (key[0] == '#') put(Signal::WordKey, "name:" + key.substr(1));
        else if (key[0] == '%') put(Signal::Skeleton, key);
    }
    for (size_t k = 0; k < kSignalCount; ++k) {
        sort_unique(h[k]);
        f.weights[k].assign(h[k].size(), 1.0f);
    }
}


bool lacks_index(const SentenceFeatures& f) {
    for (const auto& keys : f.hashes)
        if (!keys.empty()) return false;
    return !f.anchors.empty() || !f.stems.empty() || !f.latin_keys.empty() || !f.glosses.empty();
}

namespace {

// Sorted union of two weighted key sets; a key in both keeps the larger weight.
void merge_key_set(std::vector<uint64_t>& keys, std::vector<float>& weights, const std::vector<uint64_t>& more,
                   const std::vector<float>& more_weights) {
    std::vector<uint64_t> merged_keys;
    std::vector<float> merged_weights;
    merged_keys.reserve(keys.size() + more.size());
    merged_weights.reserve(keys.size() + more.size());
    size_t i = 0, j = 0;
    while (i < keys.size() || j < more.size()) {
        if (j == more.size() || (i < keys.size() && keys[i] < more[j])) {
            merged_keys.push_back(keys[i]);
            merged_weights.push_back(weights[i++]);
        } else if (i == keys.size() || more[j] < keys[i]) {
            merged_keys.push_back(more[j]);
            merged_weights.push_back(more_weights[j++]);
        } else {
            merged_keys.push_back(keys[i]);
            merged_weights.push_back(std::max(weights[i++], more_weights[j++]));
        }
    }
    keys.swap(merged_keys);
    weights.swap(merged_weights);
}

} // namespace

void append_features(SentenceFeatures& into, const SentenceFeatures& from) {
    // Merging the hashed sets rather than hashing every key again matters:
    // the aligner merges runs of sentences millions of times.
    if (lacks_index(into)) index_features(into);
    SentenceFeatures indexed;
    const SentenceFeatures* source = &from;
    if (lacks_index(from)) {
        indexed = from;
        index_features(indexed);
        source = &indexed;
    }
    into.anchors.insert(into.anchors.end(), from.anchors.begin(), from.anchors.end());
    into.stems.insert(into.stems.end(), from.stems.begin(), from.stems.end());
    into.latin_keys.insert(into.latin_keys.end(), from.latin_keys.begin(), from.latin_keys.end());
    into.glosses.insert(into.glosses.end(), from.glosses.begin(), from.glosses.end());
    into.length_chars += from.length_chars;
    if (into.language.empty()) into.language = from.language;
    for (size_t k = 0; k < kSignalCount; ++k)
        merge_key_set(into.hashes[k], into.weights[k], source->hashes[k], source->weights[k]);
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
    case AnchorKind::Gloss: return "gloss";
    }
    return "?";
}

namespace {

ArticleVocabulary vocabulary_of(const Article& article) {
    ArticleVocabulary vocabulary;
    for (const Sentence& s : article.sentences) {
        std::string_view lang = s.language.empty() ? std::string_view(article.language) : std::string_view(s.language);
        vocabulary.add(tokenize_words(article.slice(s.span), lang), lang);
    }
    vocabulary.finish();
    return vocabulary;
}

} // namespace

std::vector<SentenceFeatures> extract_features(const Article& article) {
    ArticleVocabulary vocabulary = vocabulary_of(article);
    std::vector<SentenceFeatures> out;
    out.reserve(article.sentences.size());
    for (const Sentence& s : article.sentences)
        out.push_back(features_of(article.text, s.span, s.language.empty() ? article.language : s.language, vocabulary));
    weigh_keys(out);
    return out;
}

SentenceFeatures extract_features(const Article& article, size_t sentence_index) {
    // The case of the article's words tells names from sentence-initial
    // words; callers that need every sentence should use the overload above,
    // which reads the article once.
    std::vector<SentenceFeatures> all = extract_features(article);
    return std::move(all.at(sentence_index));
}

SentenceFeatures extract_text_features(std::string_view text, std::string_view language) {
    ArticleVocabulary vocabulary;
    vocabulary.add(tokenize_words(text, language), language);
    vocabulary.finish();
    return features_of(text, ByteSpan{0, static_cast<uint32_t>(text.size())}, language, vocabulary);
}

} // namespace synoptic
