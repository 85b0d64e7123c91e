// ICU's data in the page is a subset compiled into the wasm; ICU must be told
// where it is before its first call.
#pragma once
#include "core/base/result.h"

namespace synoptic::web {

Result<bool> register_icu_data();

} // namespace synoptic::web
