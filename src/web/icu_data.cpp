#include "web/icu_data.h"

#include <unicode/udata.h>
#include <unicode/uloc.h>

extern "C" const unsigned char synoptic_icu_data[]; // toolchains/icu-data.cmake

namespace synoptic::web {

Result<bool> register_icu_data() {
    UErrorCode status = U_ZERO_ERROR;
    udata_setCommonData(synoptic_icu_data, &status);
    if (U_FAILURE(status))
        return Error{std::string("ICU data could not be registered: ") + u_errorName(status)};
    return true;
}

} // namespace synoptic::web
