// Every message the interface shows, by name. The words are in the
// catalogs (catalogs/<language>.json, one per interface language), keyed by
// the string beside each name; a catalog must have them all (catalog.h).
#pragma once
#include <cstddef>
#include <cstdint>

namespace synoptic::i18n {

#define SYNOPTIC_MESSAGES(X)                               \
    X(InterfaceLanguage, "interface.language")             \
    X(LibraryHeading, "library.heading")                   \
    X(LibraryCompareAtLeastTwo, "library.compare_at_least_two") \
    X(LibraryAtMost, "library.at_most")                    \
    X(LibraryArticleLine, "library.article_line")          \
    X(LibraryNoDate, "library.no_date")                    \
    X(LibraryRemove, "library.remove")                     \
    X(LibraryArticleDetails, "library.article_details")    \
    X(LibraryHelp, "library.help")                         \
    X(StorageKeep, "storage.keep")                         \
    X(StorageKeepTooltip, "storage.keep_tooltip")          \
    X(StorageForgetAllButton, "storage.forget_all_button") \
    X(StorageForgetAllTooltip, "storage.forget_all_tooltip") \
    X(StorageForgetTitle, "storage.forget_title")          \
    X(StorageForgetQuestion, "storage.forget_question")    \
    X(StorageForgetKeepCopy, "storage.forget_keep_copy")   \
    X(StorageForgetAllAnswer, "storage.forget_all_answer") \
    X(StorageForgotten, "storage.forgotten")               \
    X(DialogCancel, "dialog.cancel")                       \
    X(CompareTickTwo, "compare.tick_two")                  \
    X(CompareAligning, "compare.aligning")                 \
    X(CompareSummary, "compare.summary")                   \
    X(CompareDifferentEvents, "compare.different_events")  \
    X(ModeAutomatic, "mode.automatic")                     \
    X(ModeTranslations, "mode.translations")               \
    X(ModeReports, "mode.reports")                         \
    X(ModeExplanation, "mode.explanation")                 \
    X(ModeNameParallel, "mode.name_parallel")              \
    X(ModeNameComparable, "mode.name_comparable")          \
    X(ExportButton, "export.button")                       \
    X(ExportJson, "export.json")                           \
    X(ExportText, "export.text")                           \
    X(ExportTsv, "export.tsv")                             \
    X(ExportTmx, "export.tmx")                             \
    X(ExportHtml, "export.html")                           \
    X(ExportSaveSession, "export.save_session")            \
    X(LegendAll, "legend.all")                             \
    X(LegendSome, "legend.some")                           \
    X(LegendOne, "legend.one")                             \
    X(LegendDisagree, "legend.disagree")                   \
    X(TabSideBySide, "tab.side_by_side")                   \
    X(TabFacts, "tab.facts")                               \
    X(RowPresence, "row.presence")                         \
    X(RowEdited, "row.edited")                             \
    X(RowChecked, "row.checked")                           \
    X(RowFact, "row.fact")                                 \
    X(RowConflict, "row.conflict")                         \
    X(RowSharedMeanings, "row.shared_meanings")            \
    X(RowSharedLoanwords, "row.shared_loanwords")          \
    X(RowSharedWords, "row.shared_words")                  \
    X(StatusShared, "status.shared")                       \
    X(StatusPartial, "status.partial")                     \
    X(StatusConflict, "status.conflict")                   \
    X(KindNumber, "kind.number")                           \
    X(KindDate, "kind.date")                               \
    X(KindName, "kind.name")                               \
    X(KindConcept, "kind.concept")                         \
    X(KindUrl, "kind.url")                                 \
    X(KindHandle, "kind.handle")                           \
    X(KindQuote, "kind.quote")                             \
    X(KindStem, "kind.stem")                               \
    X(KindCognate, "kind.cognate")                         \
    X(KindGloss, "kind.gloss")                             \
    X(CellCopySentences, "cell.copy_sentences")            \
    X(CellCopyRow, "cell.copy_row")                        \
    X(EditMoveUp, "edit.move_up")                          \
    X(EditMoveDown, "edit.move_down")                      \
    X(EditUnlink, "edit.unlink")                           \
    X(EditSplit, "edit.split")                             \
    X(EditMerge, "edit.merge")                             \
    X(EditLink, "edit.link")                               \
    X(EditCheck, "edit.check")                             \
    X(EditUncheck, "edit.uncheck")                         \
    X(EditEmptyCell, "edit.empty_cell")                    \
    X(EditNothingToLink, "edit.nothing_to_link")           \
    X(EditLinking, "edit.linking")                         \
    X(EditNothingToUndo, "edit.nothing_to_undo")           \
    X(EditNothingToRedo, "edit.nothing_to_redo")           \
    X(ColumnLatin, "column.latin")                         \
    X(ColumnScript, "column.script")                       \
    X(ColumnLatinTooltip, "column.latin_tooltip")          \
    X(ColumnScriptTooltip, "column.script_tooltip")        \
    X(FactsKind, "facts.kind")                             \
    X(FactsFact, "facts.fact")                             \
    X(FactsClick, "facts.click")                           \
    X(FindLabel, "find.label")                             \
    X(FindHint, "find.hint")                               \
    X(FindNoMatch, "find.no_match")                        \
    X(FindPosition, "find.position")                       \
    X(PairsButton, "pairs.button")                         \
    X(PairsTooltip, "pairs.tooltip")                       \
    X(PairsAsAll, "pairs.as_all")                          \
    X(PairsAlignedAs, "pairs.aligned_as")                  \
    X(SessionOpenTitle, "session.open_title")              \
    X(SessionOpenQuestion, "session.open_question")        \
    X(SessionReplaces, "session.replaces")                 \
    X(SessionKeepHint, "session.keep_hint")                \
    X(SessionOpenAnswer, "session.open_answer")            \
    X(SessionCannotOpen, "session.cannot_open")

enum class Msg : uint16_t {
#define SYNOPTIC_MESSAGE_NAME(name, key) name,
    SYNOPTIC_MESSAGES(SYNOPTIC_MESSAGE_NAME)
#undef SYNOPTIC_MESSAGE_NAME
};

constexpr size_t kMessageCount = 0
#define SYNOPTIC_MESSAGE_ONE(name, key) +1
    SYNOPTIC_MESSAGES(SYNOPTIC_MESSAGE_ONE)
#undef SYNOPTIC_MESSAGE_ONE
    ;

// The message's key in the catalogs ("export.button").
const char* message_key(Msg message);

} // namespace synoptic::i18n
