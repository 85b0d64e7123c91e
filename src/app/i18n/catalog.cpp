#include "app/i18n/catalog.h"

#include <unicode/messagepattern.h>
#include <unicode/numsys.h>
#include <unicode/plurrule.h>
#include <unicode/ures.h>
#include <unicode/unistr.h>

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace synoptic::i18n {
namespace {

constexpr const char* kMessageKeys[] = {
#define SYNOPTIC_MESSAGE_KEY(name, key) key,
    SYNOPTIC_MESSAGES(SYNOPTIC_MESSAGE_KEY)
#undef SYNOPTIC_MESSAGE_KEY
};
static_assert(sizeof(kMessageKeys) / sizeof(kMessageKeys[0]) == kMessageCount);

std::string to_utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

void append_utf8(std::string& out, char32_t c) { icu::UnicodeString(UChar32(c)).toUTF8String(out); }

// The decimal sign of a numbering system in a locale, from the locale's
// data or its parents' (NumberElements/<system>/symbols/decimal).
std::string decimal_sign(const std::string& language, const char* system) {
    for (const char* locale : {language.c_str(), "root"}) {
        UErrorCode status = U_ZERO_ERROR;
        UResourceBundle* bundle = ures_open(nullptr, locale, &status);
        UResourceBundle* elements = ures_getByKey(bundle, "NumberElements", nullptr, &status);
        UResourceBundle* numbers = ures_getByKey(elements, system, nullptr, &status);
        UResourceBundle* symbols = ures_getByKey(numbers, "symbols", nullptr, &status);
        int32_t length = 0;
        const UChar* decimal = ures_getStringByKey(symbols, "decimal", &length, &status);
        std::string out = U_SUCCESS(status) ? to_utf8(icu::UnicodeString(decimal, length)) : "";
        for (UResourceBundle* b : {symbols, numbers, elements, bundle}) ures_close(b);
        if (!out.empty()) return out;
    }
    return ".";
}

} // namespace

const char* message_key(Msg message) { return kMessageKeys[size_t(message)]; }

Catalog::Catalog() = default;
Catalog::Catalog(Catalog&&) noexcept = default;
Catalog& Catalog::operator=(Catalog&&) noexcept = default;
Catalog::~Catalog() = default;

namespace {

nlohmann::json parse_json(std::string_view json) {
    return nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
}

Result<LanguageHeader> header_of(const nlohmann::json& doc) {
    if (doc.is_discarded() || !doc.is_object()) return Error{"the catalog is not a JSON object"};
    const auto string_field = [&](const char* field) -> std::string {
        auto it = doc.find(field);
        return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    LanguageHeader header;
    header.language = string_field("language");
    header.name = string_field("name");
    const std::string direction = string_field("direction");
    if (header.language.empty() || header.name.empty()) return Error{"the catalog names no language"};
    if (direction != "ltr" && direction != "rtl")
        return Error{header.language + ": direction must be \"ltr\" or \"rtl\""};
    header.right_to_left = direction == "rtl";
    return header;
}

} // namespace

Result<LanguageHeader> LanguageHeader::parse(std::string_view json) { return header_of(parse_json(json)); }

Result<Catalog> Catalog::parse(std::string_view json) {
    const nlohmann::json doc = parse_json(json);
    Result<LanguageHeader> header = header_of(doc);
    if (!header) return header.error();
    Catalog catalog;
    catalog.header_ = std::move(header).value();
    const std::string& language = catalog.header_.language;
    auto messages = doc.find("messages");
    if (messages == doc.end() || !messages->is_object()) return Error{language + ": no messages"};
    for (auto it = messages->begin(); it != messages->end(); ++it) {
        bool known = false;
        for (const char* key : kMessageKeys) known |= it.key() == key;
        if (!known) return Error{language + ": unknown message \"" + it.key() + "\""};
    }

    const icu::Locale locale(language.c_str());
    UErrorCode status = U_ZERO_ERROR;
    catalog.plurals_.reset(icu::PluralRules::forLocale(locale, status));
    if (U_FAILURE(status)) return Error{language + ": no plural rules: " + u_errorName(status)};
    std::unique_ptr<icu::NumberingSystem> numbers(icu::NumberingSystem::createInstance(locale, status));
    if (U_SUCCESS(status) && !numbers->isAlgorithmic() && numbers->getDescription().countChar32() == 10) {
        catalog.digits_.clear();
        const icu::UnicodeString digits = numbers->getDescription();
        for (int32_t i = 0; i < digits.length(); i = digits.moveIndex32(i, 1)) catalog.digits_ += char32_t(digits.char32At(i));
    }
    catalog.decimal_sign_ = decimal_sign(language, U_SUCCESS(status) ? numbers->getName() : "latn");

    for (const char* key : kMessageKeys) {
        auto it = messages->find(key);
        if (it == messages->end() || !it->is_string())
            return Error{language + ": message \"" + key + "\" is missing"};
        const std::string pattern = it->get<std::string>();
        status = U_ZERO_ERROR;
        UParseError where;
        auto parsed = std::make_unique<icu::MessagePattern>(icu::UnicodeString::fromUTF8(pattern), &where, status);
        if (U_FAILURE(status))
            return Error{language + ": message \"" + key + "\" does not parse at offset " +
                         std::to_string(where.offset) + ": " + u_errorName(status)};
        icu::UnicodeString plain;
        catalog.patterns_.push_back(pattern);
        catalog.parsed_.push_back(std::move(parsed));
        catalog.append_message(*catalog.parsed_.back(), 0, {}, 0, plain);
        catalog.plain_.push_back(to_utf8(plain));
    }
    return catalog;
}

std::string Catalog::number_text(double value, int decimals) const {
    char ascii[64];
    std::snprintf(ascii, sizeof ascii, "%.*f", decimals, value);
    std::string out;
    for (const char* c = ascii; *c; ++c) {
        if (*c >= '0' && *c <= '9') append_utf8(out, digits_[size_t(*c - '0')]);
        else if (*c == '.') out += decimal_sign_;
        else out += *c;
    }
    return out;
}

// The parts of a message from its MSG_START part at `start`, as ICU's
// MessageFormat walks them: text between parts, arguments put in, a plural
// argument's sub-message chosen by the plural rules ('#' is its number).
void Catalog::append_message(const icu::MessagePattern& pattern, int32_t start, std::initializer_list<MessageArg> args,
                             double plural_number, icu::UnicodeString& out) const {
    const icu::UnicodeString& text = pattern.getPatternString();
    int32_t previous = pattern.getPart(start).getLimit();
    for (int32_t i = start + 1;; ++i) {
        const icu::MessagePattern::Part& part = pattern.getPart(i);
        const UMessagePatternPartType type = part.getType();
        out.append(text, previous, part.getIndex() - previous);
        if (type == UMSGPAT_PART_TYPE_MSG_LIMIT) return;
        previous = part.getLimit();
        if (type == UMSGPAT_PART_TYPE_REPLACE_NUMBER) {
            out += icu::UnicodeString::fromUTF8(number_text(plural_number, 0));
            continue;
        }
        if (type != UMSGPAT_PART_TYPE_ARG_START) continue;
        const int32_t limit = pattern.getLimitPartIndex(i);
        const UMessagePatternArgType arg_type = part.getArgType();
        const icu::UnicodeString name = pattern.getSubstring(pattern.getPart(i + 1));
        const MessageArg* arg = nullptr;
        for (const MessageArg& a : args)
            if (name == icu::UnicodeString(a.name, -1, US_INV)) arg = &a;
        const auto number = [&]() -> double {
            if (auto* n = std::get_if<int64_t>(&arg->value)) return double(*n);
            if (auto* d = std::get_if<double>(&arg->value)) return *d;
            return 0;
        };
        if (!arg) {
            out.append(text, part.getIndex(), pattern.getPart(limit).getLimit() - part.getIndex()); // "{name}"
        } else if (arg_type == UMSGPAT_ARG_TYPE_PLURAL) {
            // An explicit "=N" first, then the keyword of the plural rules, then "other".
            const double value = number();
            const icu::UnicodeString keyword = plurals_->select(value);
            int32_t chosen = -1, other = -1;
            for (int32_t j = i + 2; j < limit; ++j) {
                const icu::MessagePattern::Part& selector = pattern.getPart(j);
                if (selector.getType() != UMSGPAT_PART_TYPE_ARG_SELECTOR) continue;
                int32_t message = j + 1;
                bool explicit_match = false;
                if (pattern.getPart(message).getType() == UMSGPAT_PART_TYPE_ARG_INT ||
                    pattern.getPart(message).getType() == UMSGPAT_PART_TYPE_ARG_DOUBLE) {
                    explicit_match = pattern.getNumericValue(pattern.getPart(message)) == value;
                    ++message;
                }
                const icu::UnicodeString key = pattern.getSubstring(selector);
                if (explicit_match) { chosen = message; break; }
                if (chosen < 0 && key == keyword) chosen = message;
                if (key == UNICODE_STRING_SIMPLE("other")) other = message;
                j = pattern.getLimitPartIndex(message);
            }
            if (chosen < 0) chosen = other;
            if (chosen >= 0) append_message(pattern, chosen, args, value, out);
        } else if (std::holds_alternative<std::string_view>(arg->value)) {
            const std::string_view s = std::get<std::string_view>(arg->value);
            out += icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), int32_t(s.size())));
        } else {
            // {x} and {x, number, 0.00}: as many decimals as the style's zeros after its point.
            int decimals = std::holds_alternative<double>(arg->value) ? 2 : 0;
            for (int32_t j = i + 2; j < limit; ++j)
                if (pattern.getPart(j).getType() == UMSGPAT_PART_TYPE_ARG_STYLE) {
                    const icu::UnicodeString style = pattern.getSubstring(pattern.getPart(j));
                    const int32_t point = style.indexOf(u'.');
                    decimals = point < 0 ? 0 : style.length() - point - 1;
                }
            out += icu::UnicodeString::fromUTF8(number_text(number(), decimals));
        }
        previous = pattern.getPart(limit).getLimit();
        i = limit;
    }
}

std::string Catalog::format(Msg message, std::initializer_list<MessageArg> args) const {
    icu::UnicodeString out;
    append_message(*parsed_[size_t(message)], 0, args, 0, out);
    return to_utf8(out);
}

} // namespace synoptic::i18n
