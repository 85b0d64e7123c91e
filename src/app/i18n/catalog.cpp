#include "app/i18n/catalog.h"

#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include <nlohmann/json.hpp>

namespace synoptic::i18n {
namespace {

constexpr const char* kMessageKeys[] = {
#define SYNOPTIC_MESSAGE_KEY(name, key) key,
    SYNOPTIC_MESSAGES(SYNOPTIC_MESSAGE_KEY)
#undef SYNOPTIC_MESSAGE_KEY
};
static_assert(sizeof(kMessageKeys) / sizeof(kMessageKeys[0]) == kMessageCount);

// The most arguments a message takes ("library.article_details" has three).
constexpr size_t kMaxArguments = 6;

std::string to_utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

} // namespace

const char* message_key(Msg message) { return kMessageKeys[size_t(message)]; }

Catalog::Catalog() = default;
Catalog::Catalog(Catalog&&) noexcept = default;
Catalog& Catalog::operator=(Catalog&&) noexcept = default;
Catalog::~Catalog() = default;

Result<Catalog> Catalog::parse(std::string_view json) {
    nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return Error{"the catalog is not a JSON object"};
    const auto string_field = [&](const char* field) -> std::string {
        auto it = doc.find(field);
        return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    Catalog catalog;
    catalog.language_ = string_field("language");
    catalog.name_ = string_field("name");
    const std::string direction = string_field("direction");
    if (catalog.language_.empty() || catalog.name_.empty()) return Error{"the catalog names no language"};
    if (direction != "ltr" && direction != "rtl")
        return Error{catalog.language_ + ": direction must be \"ltr\" or \"rtl\""};
    catalog.right_to_left_ = direction == "rtl";
    auto messages = doc.find("messages");
    if (messages == doc.end() || !messages->is_object()) return Error{catalog.language_ + ": no messages"};
    for (auto it = messages->begin(); it != messages->end(); ++it) {
        bool known = false;
        for (const char* key : kMessageKeys) known |= it.key() == key;
        if (!known) return Error{catalog.language_ + ": unknown message \"" + it.key() + "\""};
    }

    const icu::Locale locale(catalog.language_.c_str());
    for (const char* key : kMessageKeys) {
        auto it = messages->find(key);
        if (it == messages->end() || !it->is_string())
            return Error{catalog.language_ + ": message \"" + key + "\" is missing"};
        const std::string pattern = it->get<std::string>();
        UErrorCode status = U_ZERO_ERROR;
        UParseError where;
        auto format = std::make_unique<icu::MessageFormat>(icu::UnicodeString::fromUTF8(pattern), locale, where,
                                                           status);
        if (U_FAILURE(status))
            return Error{catalog.language_ + ": message \"" + key + "\" does not parse at offset " +
                         std::to_string(where.offset) + ": " + u_errorName(status)};
        icu::UnicodeString plain;
        format->format(nullptr, nullptr, 0, plain, status);
        catalog.patterns_.push_back(pattern);
        catalog.plain_.push_back(U_SUCCESS(status) ? to_utf8(plain) : pattern);
        catalog.formats_.push_back(std::move(format));
    }
    return catalog;
}

std::string Catalog::format(Msg message, std::initializer_list<MessageArg> args) const {
    icu::UnicodeString names[kMaxArguments];
    icu::Formattable values[kMaxArguments];
    int32_t count = 0;
    for (const MessageArg& arg : args) {
        if (size_t(count) == kMaxArguments) break;
        names[count] = icu::UnicodeString(arg.name, -1, US_INV);
        if (auto* i = std::get_if<int64_t>(&arg.value)) values[count].setInt64(*i);
        else if (auto* d = std::get_if<double>(&arg.value)) values[count].setDouble(*d);
        else {
            const std::string_view s = std::get<std::string_view>(arg.value);
            values[count].setString(icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), int32_t(s.size()))));
        }
        ++count;
    }
    icu::UnicodeString out;
    UErrorCode status = U_ZERO_ERROR;
    formats_[size_t(message)]->format(names, values, count, out, status);
    return U_SUCCESS(status) ? to_utf8(out) : patterns_[size_t(message)];
}

} // namespace synoptic::i18n
