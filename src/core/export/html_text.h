// Text made safe to stand in HTML, as element content or a quoted attribute
// value. Articles are untrusted: whatever they hold must come out as the
// letters it is, never as markup, and never reorder the page around it.
#pragma once
#include <string>
#include <string_view>

namespace synoptic {

// `&`, `<`, `>`, `"` and `'` become character references. The bidi controls
// that open an embedding, override or isolate (U+202A..U+202E,
// U+2066..U+2069) are shown as their names ("[U+202E]") instead of acting:
// left in, one sentence's U+202E would run backwards everything after it up
// to the end of its paragraph. The marks (U+200E, U+200F, U+061C) open
// nothing and stay. Other control characters but tab, CR and LF, and
// ill-formed UTF-8, become U+FFFD.
std::string html_escape(std::string_view utf8_text);

} // namespace synoptic
