// One interface language's words: its catalog (catalogs/<language>.json)
// read and checked, each message in ICU MessageFormat syntax, so counts take
// the language's plural forms ("1 статья", "3 статьи", "5 статей"). The
// patterns are parsed by ICU's MessagePattern and plural forms chosen by its
// PluralRules; numbers are written with the locale's digits and decimal sign
// from ICU's data. (icu::MessageFormat itself would bring the whole number
// formatting library into the page: 700 KB of wasm for a few counts.)
// Knows nothing of drawing: text comes out in logical order.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "app/i18n/messages.h"
#include "core/base/result.h"

#include <unicode/uversion.h>
U_NAMESPACE_BEGIN
class MessagePattern;
class PluralRules;
class UnicodeString;
U_NAMESPACE_END

namespace synoptic::i18n {

// A named argument of a message: {count} is {"count", 3}.
struct MessageArg {
    const char* name;
    std::variant<int64_t, double, std::string_view> value;
    MessageArg(const char* n, int v) : name(n), value(int64_t(v)) {}
    MessageArg(const char* n, size_t v) : name(n), value(int64_t(v)) {}
    MessageArg(const char* n, double v) : name(n), value(v) {}
    MessageArg(const char* n, std::string_view v) : name(n), value(v) {}
    MessageArg(const char* n, const char* v) : name(n), value(std::string_view(v)) {}
    MessageArg(const char* n, const std::string& v) : name(n), value(std::string_view(v)) {}
};

// What a catalog says of its language, read without its messages: enough
// to list every language by its own name.
struct LanguageHeader {
    std::string language;       // "ru"
    std::string name;           // "Русский"
    bool right_to_left = false;
    // Reads the header of a catalog; refused (with the reason) when the
    // catalog is not JSON or names no language or direction.
    static Result<LanguageHeader> parse(std::string_view json);
};

class Catalog {
public:
    // Reads a catalog; refused (with the reason) when it is not JSON, lacks
    // a message or has one the interface does not know, or a pattern does
    // not parse.
    static Result<Catalog> parse(std::string_view json);

    Catalog(Catalog&&) noexcept;
    Catalog& operator=(Catalog&&) noexcept;
    ~Catalog();

    const std::string& language() const { return header_.language; }   // "ru"
    const std::string& native_name() const { return header_.name; }    // "Русский"
    bool right_to_left() const { return header_.right_to_left; }

    // A message that takes no argument, as the reader sees it.
    const std::string& text(Msg message) const { return plain_[size_t(message)]; }
    // The pattern as the catalog writes it.
    const std::string& pattern(Msg message) const { return patterns_[size_t(message)]; }
    // A message with its arguments put in; a missing argument stays "{name}".
    // Supported: {name}, {name, number, 0.00} and {name, plural, one {# …} other {…}}.
    std::string format(Msg message, std::initializer_list<MessageArg> args) const;

private:
    Catalog();
    LanguageHeader header_;
    void append_message(const icu::MessagePattern& pattern, int32_t start, std::initializer_list<MessageArg> args,
                        double plural_number, icu::UnicodeString& out) const;
    std::string number_text(double value, int decimals) const;

    std::vector<std::string> patterns_, plain_;
    std::vector<std::unique_ptr<icu::MessagePattern>> parsed_;
    std::unique_ptr<icu::PluralRules> plurals_;
    std::u32string digits_ = U"0123456789"; // the locale's default numbering system
    std::string decimal_sign_ = ".";
};

} // namespace synoptic::i18n
