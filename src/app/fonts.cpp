#include "app/app.h"

#include "imgui.h"

namespace synoptic::app {

// The same scripts as the subsets cut in toolchains/fonts.cmake.
static const ImWchar kLatinCyrillicRanges[] = {
    0x0020, 0x024F, // Basic Latin .. Latin Extended-B (Turkish ğ ı ş İ, Kazakh Latin)
    0x02B0, 0x02FF, // spacing modifier letters (ʿ ʾ ʹ of romanizations)
    0x0300, 0x036F, // combining marks
    0x0400, 0x04FF, // Cyrillic with Kazakh letters
    0x1E00, 0x1EFF, // Latin Extended Additional (ḥ ṣ ṭ ạ of romanized Arabic)
    0x2000, 0x206F, // general punctuation (dashes, quotes)
    0x2070, 0x209F, // superscripts (ⁿ of romanized Arabic tanwin)
    0x20A0, 0x20BF, // currency signs
    0x2116, 0x2116, // №
    0x2122, 0x2122, // ™
    0xFFFD, 0xFFFD, // replacement character, shown for repaired input
    0,
};
static const ImWchar kArabicRanges[] = {
    0x0600, 0x06FF, 0x0750, 0x077F, // Arabic, Arabic Supplement
    0xFB50, 0xFDFF, 0xFE70, 0xFEFF, // presentation forms A and B (u_shapeArabic)
    0,
};

void load_fonts(FontBytes latin_cyrillic, FontBytes arabic, float pixel_size) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // the bytes are compiled into the program
    config.OversampleH = 2;
    config.OversampleV = 1;
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(latin_cyrillic.data),
                                   int(latin_cyrillic.size), pixel_size, &config,
                                   kLatinCyrillicRanges);
    // Noto Sans Arabic looks smaller than Noto Sans at the same pixel size.
    config.MergeMode = true;
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(arabic.data), int(arabic.size),
                                   pixel_size * 1.35f, &config, kArabicRanges);
    io.Fonts->Build();
}

} // namespace synoptic::app
