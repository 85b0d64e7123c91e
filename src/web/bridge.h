// The one App instance of the page, shared by the main loop and the API the
// page's JavaScript calls (src/web/api.cpp).
#pragma once
#include "app/app.h"

namespace synoptic::web {

app::App& the_app();

// The interface's language from what the page passes (Module.interfaceLanguages:
// the reader's remembered choice, then the browser's languages); after ICU's data.
void choose_interface_language_from_page();

} // namespace synoptic::web
