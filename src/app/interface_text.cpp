#include "app/i18n/interface_languages.h"
#include "imgui.h"
#include "views/views.h"

namespace synoptic::app {
namespace {

// Past this many formatted texts (a long session of changing counts) the
// cache starts again rather than grow.
constexpr size_t kMaxFormattedTexts = 4096;

// FNV-1a over the message and its arguments: formatted texts are kept by it.
struct ArgumentHash {
    uint64_t value = 1469598103934665603ull;
    void add(const void* data, size_t size) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (size_t i = 0; i < size; ++i) value = (value ^ bytes[i]) * 1099511628211ull;
    }
};

uint64_t hash_of(Msg message, std::initializer_list<i18n::MessageArg> args) {
    ArgumentHash h;
    h.add(&message, sizeof message);
    for (const i18n::MessageArg& arg : args) {
        h.add(arg.name, std::char_traits<char>::length(arg.name));
        const size_t kind = arg.value.index();
        h.add(&kind, sizeof kind);
        if (auto* i = std::get_if<int64_t>(&arg.value)) h.add(i, sizeof *i);
        else if (auto* d = std::get_if<double>(&arg.value)) h.add(d, sizeof *d);
        else {
            const std::string_view s = std::get<std::string_view>(arg.value);
            h.add(s.data(), s.size());
        }
    }
    return h.value;
}

InterfaceText& ready(App& app) {
    InterfaceText& t = app.interface_text;
    if (!t.english) t.english = std::make_unique<i18n::Catalog>(i18n::load_catalog("en").value());
    // English, checked by the unit tests, until the host chooses.
    if (!t.catalog) set_interface_language(app, t.english->language());
    return t;
}

std::string for_drawing(App& app, std::string logical) {
    return app.interface_text.catalog->right_to_left() ? visual_text(logical, true) : logical;
}

} // namespace

Result<bool> set_interface_language(App& app, std::string_view language) {
    Result<i18n::Catalog> catalog = i18n::load_catalog(language);
    if (!catalog) return catalog.error();
    InterfaceText& t = app.interface_text;
    const bool changed = t.catalog && t.catalog->language() != language;
    t.catalog = std::make_unique<i18n::Catalog>(std::move(catalog).value());
    t.shown.assign(i18n::kMessageCount, std::string());
    t.labels.assign(i18n::kMessageCount, std::string());
    t.wrapped.assign(i18n::kMessageCount, TextLayout{});
    t.formatted.clear();
    t.status = TextLayout{};
    if (changed && app.host.interface_language_changed) app.host.interface_language_changed(std::string(language));
    return true;
}

const i18n::Catalog& interface_catalog(App& app) { return *ready(app).catalog; }

bool interface_right_to_left(App& app) { return interface_catalog(app).right_to_left(); }

const char* ui(App& app, Msg message) {
    InterfaceText& t = ready(app);
    t.drawn.set(size_t(message));
    std::string& shown = t.shown[size_t(message)];
    if (shown.empty()) shown = for_drawing(app, t.catalog->text(message));
    return shown.c_str();
}

const char* ui(App& app, Msg message, std::initializer_list<i18n::MessageArg> args) {
    InterfaceText& t = ready(app);
    t.drawn.set(size_t(message));
    const uint64_t key = hash_of(message, args);
    auto found = t.formatted.find(key);
    if (found != t.formatted.end()) return found->second.c_str();
    if (t.formatted.size() >= kMaxFormattedTexts) t.formatted.clear();
    return t.formatted.emplace(key, for_drawing(app, t.catalog->format(message, args))).first->second.c_str();
}

const char* ui_label(App& app, Msg message) {
    InterfaceText& t = ready(app);
    t.drawn.set(size_t(message));
    std::string& label = t.labels[size_t(message)];
    if (label.empty()) label = std::string(ui(app, message)) + "###" + i18n::message_key(message);
    return label.c_str();
}

std::string ui_logical(App& app, Msg message, std::initializer_list<i18n::MessageArg> args) {
    InterfaceText& t = ready(app);
    return args.size() == 0 ? t.catalog->text(message) : t.catalog->format(message, args);
}

const char* ui_english(App& app, Msg message) { return ready(app).english->text(message).c_str(); }

void ui_wrapped(App& app, Msg message) {
    InterfaceText& t = ready(app);
    t.drawn.set(size_t(message));
    draw_wrapped(app, t.wrapped[size_t(message)], t.catalog->text(message), ImGui::GetContentRegionAvail().x);
}

Msg fact_status_message(FactStatus status) {
    switch (status) {
    case FactStatus::Shared: return Msg::StatusShared;
    case FactStatus::Partial: return Msg::StatusPartial;
    case FactStatus::Conflict: return Msg::StatusConflict;
    }
    return Msg::StatusPartial;
}

Msg anchor_kind_message(AnchorKind kind) {
    switch (kind) {
    case AnchorKind::Number: return Msg::KindNumber;
    case AnchorKind::Date: return Msg::KindDate;
    case AnchorKind::Name: return Msg::KindName;
    case AnchorKind::Concept: return Msg::KindConcept;
    case AnchorKind::Url: return Msg::KindUrl;
    case AnchorKind::Handle: return Msg::KindHandle;
    case AnchorKind::Quote: return Msg::KindQuote;
    case AnchorKind::Stem: return Msg::KindStem;
    case AnchorKind::Cognate: return Msg::KindCognate;
    case AnchorKind::Gloss: return Msg::KindGloss;
    }
    return Msg::KindStem;
}

Msg align_mode_message(AlignMode mode) {
    return mode == AlignMode::Comparable ? Msg::ModeNameComparable : Msg::ModeNameParallel;
}

} // namespace synoptic::app
