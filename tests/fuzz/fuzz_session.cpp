// libFuzzer target: the session file reader, which opens files a user was
// sent. Whatever the bytes: either an error with a message, or a document
// whose rows hold every sentence of its compared articles once, and which
// is written and read back as the same document.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/session/row_invariants.h"
#include "core/session/session_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const synoptic::Result<synoptic::Document> document = synoptic::read_session(bytes);
    if (!document) {
        if (document.error().message.empty()) std::abort();
        return 0;
    }
    if (synoptic::check_rows(document->state())) std::abort();
    const synoptic::Result<synoptic::Document> again = synoptic::read_session(synoptic::write_session(*document));
    if (!again || again->state() != document->state() || again->next_id() != document->next_id()) std::abort();
    return 0;
}
