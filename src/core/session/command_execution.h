// Inside Document::apply: each command checked against the state, then made
// of changes (change.h). A function returns an error before its first change
// or not at all, so a refused command leaves nothing behind.
#pragma once
#include <optional>
#include <vector>

#include "core/base/result.h"
#include "core/session/change.h"
#include "core/session/commands.h"

namespace synoptic {

// What a command sees besides the state.
struct CommandContext {
    Transaction& transaction;
    Revision inputs_revision = 0;     // the last change of what an alignment depends on
    Revision revision = 0;            // the document's, before this command
    uint32_t& next_id;                // the id the next added article gets
    std::vector<ArticleId>& added;    // ids of articles added so far by this batch
};

// The library, the comparison and the mode (article_commands.cpp).
std::optional<Error> execute(AddArticle command, CommandContext& context);
std::optional<Error> execute(RemoveArticle command, CommandContext& context);
std::optional<Error> execute(RenameArticle command, CommandContext& context);
std::optional<Error> execute(SetLanguage command, CommandContext& context);
std::optional<Error> execute(SetCompared command, CommandContext& context);
std::optional<Error> execute(SetMode command, CommandContext& context);
std::optional<Error> execute(SetPairMode command, CommandContext& context);

// A finished alignment (alignment_command.cpp).
std::optional<Error> execute(ApplyAlignment command, CommandContext& context);

// The user's edits of the rows (row_commands.cpp).
std::optional<Error> execute(LinkSentences command, CommandContext& context);
std::optional<Error> execute(UnlinkSentence command, CommandContext& context);
std::optional<Error> execute(MergeWithNextRow command, CommandContext& context);
std::optional<Error> execute(SplitRow command, CommandContext& context);
std::optional<Error> execute(MoveSentence command, CommandContext& context);
std::optional<Error> execute(MarkRowChecked command, CommandContext& context);

// Shared by the commands.
std::optional<Error> unknown_article(const DocumentState& state, ArticleId id);
std::string row_name(size_t row); // "row 3" for rows[2]

} // namespace synoptic
