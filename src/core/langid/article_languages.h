// Languages of an article: each paragraph identified on its own (an English
// tweet inside a Kazakh article is English), the article's language the
// one most of its letters are written in, and a user's choice above both.
#pragma once
#include <string>

#include "core/ingest/article.h"

namespace synoptic {

// Sets article.language(+confidence) and every paragraph's language. With
// a non-empty `user_language`, that language wins everywhere (confidence 1)
// and article.language_overridden is set.
void identify_article_languages(Article& article, const std::string& user_language = {});

} // namespace synoptic
