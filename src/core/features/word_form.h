// The form under which a token is matched against the lexicon and against
// other sentences of the same language: its stem, after the clitics and
// suffixes a language glues to names (Turkish apostrophe suffixes, Arabic
// و/ب/ل/ف/ك and ال, Kazakh case endings).
#pragma once
#include <string>
#include <string_view>

namespace synoptic {

// `norm` is normalize_for_matching of the token.
std::string word_form(std::string_view norm, std::string_view language);

// The form a name's Latin key is taken from: lighter than a stem, because
// Snowball cuts names (Иран → ира): Russian case endings after three
// letters, Kazakh suffixes, Turkish apostrophe suffixes, Arabic clitics,
// English possessive 's.
std::string name_form(std::string_view norm, std::string_view language);

// The text a lexicon root must begin (a Turkish or Kazakh verb root, a
// glossary word that begins its inflections): the word as written, Arabic
// after its proclitics and article (والمفاوضات → مفاوضات).
std::string root_form(std::string_view norm, std::string_view language);

// Arabic: strips one proclitic (و ف ب ل ك) and the article ال when enough of
// the word remains (وعمان → عمان, الولايات → ولايات).
std::string strip_arabic_clitics(std::string_view norm);

} // namespace synoptic
