// The one App instance of the page, shared by the main loop and the API the
// page's JavaScript calls (src/web/api.cpp).
#pragma once
#include "app/app.h"

namespace synoptic::web {

app::App& the_app();

} // namespace synoptic::web
