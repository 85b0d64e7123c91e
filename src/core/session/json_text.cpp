#include "core/session/json_text.h"

#include <string>
#include <vector>

namespace synoptic {
namespace {

using nlohmann::json;

// Builds the document value by value, as nlohmann's own DOM parser does, but
// counts the depth and keeps the error instead of throwing it.
class JsonBuilder : public nlohmann::json_sax<json> {
public:
    explicit JsonBuilder(size_t max_depth) : max_depth_(max_depth) {}

    bool null() override { return add(json(nullptr)); }
    bool boolean(bool value) override { return add(json(value)); }
    bool number_integer(number_integer_t value) override { return add(json(value)); }
    bool number_unsigned(number_unsigned_t value) override { return add(json(value)); }
    bool number_float(number_float_t value, const string_t&) override { return add(json(value)); }
    bool string(string_t& value) override { return add(json(std::move(value))); }
    bool binary(binary_t&) override { return false; } // JSON text has none
    bool start_object(std::size_t) override { return open(json::object()); }
    bool key(string_t& name) override {
        member_ = &(*open_.back())[name];
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override {
        error_position_ = position;
        return false;
    }

    json& root() { return root_; }
    bool too_deep() const { return too_deep_; }
    size_t error_position() const { return error_position_; }

private:
    json* place(json value) {
        if (open_.empty()) {
            root_ = std::move(value);
            return &root_;
        }
        json& container = *open_.back();
        if (container.is_array()) {
            container.push_back(std::move(value));
            return &container.back();
        }
        *member_ = std::move(value);
        return member_;
    }
    bool add(json value) {
        place(std::move(value));
        return true;
    }
    bool open(json container) {
        if (open_.size() >= max_depth_) {
            too_deep_ = true;
            return false;
        }
        open_.push_back(place(std::move(container)));
        return true;
    }
    bool close() {
        open_.pop_back();
        return true;
    }

    const size_t max_depth_;
    json root_;
    std::vector<json*> open_; // the arrays and objects being filled, innermost last
    json* member_ = nullptr;  // the object member the next value goes to
    bool too_deep_ = false;
    size_t error_position_ = 0;
};

} // namespace

Result<json> parse_json(std::string_view text, size_t max_depth) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return Error{"it is empty"};
    JsonBuilder builder(max_depth);
    if (json::sax_parse(text, &builder)) return std::move(builder.root());
    if (builder.too_deep()) return Error{"its data is nested more than " + std::to_string(max_depth) + " levels deep"};
    if (builder.error_position() >= text.size())
        return Error{"it ends too early, as if cut off after " + std::to_string(text.size()) + " bytes"};
    return Error{"it is not valid JSON (the error is at byte " + std::to_string(builder.error_position()) + ")"};
}

} // namespace synoptic
