// The page's program: a GLFW window on the page's canvas (emscripten's own
// GLFW), Dear ImGui on WebGL2, and the browser's main loop driving frames.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdio>

#include "app/app.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "web/bridge.h"
#include "web/icu_data.h"

extern "C" const unsigned char synoptic_font_noto_sans[];
extern "C" const size_t synoptic_font_noto_sans_size;
extern "C" const unsigned char synoptic_font_noto_sans_arabic[];
extern "C" const size_t synoptic_font_noto_sans_arabic_size;

namespace {

GLFWwindow* g_window = nullptr;
bool g_first_frame_reported = false;
// Emscripten 3.1.6's GLFW knows no HiDPI: the window is sized in device
// pixels (the page's CSS keeps the canvas at the viewport's size, and GLFW
// scales mouse positions to the backbuffer), fonts and style scaled to match.
float g_pixel_ratio = 1;

// Emscripten 3.1.6's GLFW passes raw wheel deltas (~100x too fast, wrong
// sign); read the browser's wheel event instead.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    const double unit = e->deltaMode == DOM_DELTA_PIXEL ? 100.0 : e->deltaMode == DOM_DELTA_LINE ? 3.0 : 1.0;
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheel -= float(e->deltaY / unit);
    io.MouseWheelH -= float(e->deltaX / unit);
    return EM_TRUE;
}

// The app's keys (undo, redo, the cell cursor and row edits), from GLFW's
// key events (ImGui's backend chains to this).
synoptic::app::Key app_key(int key) {
    using synoptic::app::Key;
    switch (key) {
    case GLFW_KEY_UP: return Key::Up;
    case GLFW_KEY_DOWN: return Key::Down;
    case GLFW_KEY_LEFT: return Key::Left;
    case GLFW_KEY_RIGHT: return Key::Right;
    case GLFW_KEY_PAGE_UP: return Key::PageUp;
    case GLFW_KEY_PAGE_DOWN: return Key::PageDown;
    case GLFW_KEY_HOME: return Key::Home;
    case GLFW_KEY_END: return Key::End;
    case GLFW_KEY_TAB: return Key::Tab;
    case GLFW_KEY_EQUAL: case GLFW_KEY_KP_ADD: return Key::Plus;
    case GLFW_KEY_MINUS: case GLFW_KEY_KP_SUBTRACT: return Key::Minus;
    case GLFW_KEY_0: case GLFW_KEY_KP_0: return Key::Zero;
    case GLFW_KEY_F3: return Key::F3;
    case GLFW_KEY_F: return Key::F;
    case GLFW_KEY_J: return Key::J;
    case GLFW_KEY_K: return Key::K;
    case GLFW_KEY_ENTER: case GLFW_KEY_KP_ENTER: return Key::Enter;
    case GLFW_KEY_ESCAPE: return Key::Escape;
    case GLFW_KEY_MENU: return Key::Menu;
    case GLFW_KEY_SPACE: return Key::Space;
    case GLFW_KEY_C: return Key::C;
    case GLFW_KEY_L: return Key::L;
    case GLFW_KEY_M: return Key::M;
    case GLFW_KEY_S: return Key::S;
    case GLFW_KEY_U: return Key::U;
    case GLFW_KEY_Y: return Key::Y;
    case GLFW_KEY_Z: return Key::Z;
    default: return Key::Other;
    }
}

void on_key(GLFWwindow*, int key, int, int action, int mods) {
    // A held key that moves repeats; a held edit or undo key acts once.
    const bool moves = key == GLFW_KEY_UP || key == GLFW_KEY_DOWN || key == GLFW_KEY_LEFT || key == GLFW_KEY_RIGHT ||
                       key == GLFW_KEY_PAGE_UP || key == GLFW_KEY_PAGE_DOWN || key == GLFW_KEY_J || key == GLFW_KEY_K ||
                       key == GLFW_KEY_SPACE || key == GLFW_KEY_TAB;
    if (action != GLFW_PRESS && !(action == GLFW_REPEAT && moves)) return;
    synoptic::app::KeyPress press{app_key(key)};
    // Shift+F10 opens a context menu, as on every desktop.
    if (key == GLFW_KEY_F10 && (mods & GLFW_MOD_SHIFT)) press.key = synoptic::app::Key::Menu;
    if (press.key == synoptic::app::Key::Other) return;
    press.command = (mods & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER)) != 0;
    press.shift = (mods & GLFW_MOD_SHIFT) != 0;
    press.alt = (mods & GLFW_MOD_ALT) != 0;
    synoptic::app::key_pressed(synoptic::web::the_app(), press);
}

void fit_canvas_to_window() {
    const int width = int(EM_ASM_DOUBLE({ return window.innerWidth; }) * g_pixel_ratio);
    const int height = int(EM_ASM_DOUBLE({ return window.innerHeight; }) * g_pixel_ratio);
    int current_w = 0, current_h = 0;
    glfwGetWindowSize(g_window, &current_w, &current_h);
    if (width == current_w && height == current_h) return;
    // Emscripten 3.1.6's glfwSetWindowSize asks for fullscreen instead when
    // the size is the screen's (a browser window as large as the screen, a
    // headless browser), which a page may not do unasked: the canvas kept
    // its old size, drawn stretched, and the console told of a refused
    // permission. So the canvas is sized as glfwSetWindowSize does otherwise.
    EM_ASM({
        Browser.setCanvasSize($0, $1);
        GLFW.active.width = $0;
        GLFW.active.height = $1;
    }, width, height);
}

// The fonts at the reader's text size (Ctrl+Plus / Ctrl+Minus): the atlas is
// built again rather than scaled, so larger text stays sharp.
float g_text_size = 0;

void load_fonts_at_text_size(synoptic::app::App& app) {
    if (app.text_size == g_text_size) return;
    const bool first = g_text_size == 0;
    g_text_size = app.text_size;
    synoptic::app::load_fonts({synoptic_font_noto_sans, synoptic_font_noto_sans_size},
                              {synoptic_font_noto_sans_arabic, synoptic_font_noto_sans_arabic_size},
                              g_text_size * g_pixel_ratio);
    if (first) return; // the backend makes the texture on its first frame
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    app.layouts = synoptic::app::LayoutCache{}; // wrapped at the old size
}

void frame() {
    const double started = emscripten_get_now();
    // Between frames: what the last frame's views asked for, then an
    // alignment if the document needs one (never from inside drawing).
    synoptic::app::App& app = synoptic::web::the_app();
    load_fonts_at_text_size(app);
    synoptic::app::run_requests(app);
    synoptic::app::align_if_needed(app);
    synoptic::app::prepare_find(app);
    synoptic::app::report_changes(app);
    fit_canvas_to_window();
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    synoptic::app::draw_frame(app);
    ImGui::Render();

    int width = 0, height = 0;
    glfwGetFramebufferSize(g_window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.11f, 0.12f, 0.14f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    // The program's own work this frame (commands, alignment, drawing), for
    // benchmarks: the browser's frame interval hides it under its own pace.
    EM_ASM({ if (Module.onFrameDone) Module.onFrameDone($0); }, emscripten_get_now() - started);
    if (!g_first_frame_reported) {
        g_first_frame_reported = true;
        EM_ASM({ if (Module.onFirstFrame) Module.onFirstFrame(); });
    }
}

} // namespace

int main() {
    if (auto icu = synoptic::web::register_icu_data(); !icu) {
        std::fprintf(stderr, "synoptic: %s\n", icu.error().message.c_str());
        return 1;
    }
    synoptic::web::choose_interface_language_from_page();
    if (!glfwInit()) {
        std::fprintf(stderr, "synoptic: could not initialise GLFW\n");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // Where WebGL is switched off entirely (WebKit without it exposes no
    // WebGL interfaces), emscripten's context creation throws instead of
    // failing, so the page says first whether WebGL2 can exist at all.
    const bool webgl2_possible = EM_ASM_INT({ return Module.webgl2Possible !== false; });
    g_window = webgl2_possible ? glfwCreateWindow(1280, 800, "Synoptic", nullptr, nullptr) : nullptr;
    if (!g_window) {
        // No dead page: the host shows the same document as the HTML report
        // (the API still works; alignments are made on its request).
        std::printf("synoptic: WebGL2 is not available in this browser; showing the comparison as a report\n");
        EM_ASM({ if (Module.onNoWebGL) Module.onNoWebGL(); });
        return 0;
    }
    glfwMakeContextCurrent(g_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing is written behind the user's back
    ImGui::StyleColorsDark();
    g_pixel_ratio = float(EM_ASM_DOUBLE({ return Math.min(3, Math.max(1, window.devicePixelRatio || 1)); }));
    synoptic::web::the_app().ui_scale = g_pixel_ratio;
    ImGui::GetStyle().ScaleAllSizes(g_pixel_ratio);
    load_fonts_at_text_size(synoptic::web::the_app());
    glfwSetKeyCallback(g_window, on_key); // before the backend, which keeps and calls it
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    glfwSetScrollCallback(g_window, nullptr);
    emscripten_set_wheel_callback("#canvas", nullptr, EM_TRUE, on_wheel);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    EM_ASM({ if (Module.onReady) Module.onReady(); });
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
