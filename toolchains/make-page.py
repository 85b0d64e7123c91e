#!/usr/bin/env python3
"""Assembles dist/synoptic.html: the shell page with the program's JavaScript
inlined, the wasm gzip-compressed and base64-encoded in a data block (inflated
by the browser's DecompressionStream), and the demo articles as JSON. Prints
the size of each part."""
import argparse, base64, gzip, json, os, sys

def main():
    p = argparse.ArgumentParser()
    for name in ("shell", "js", "wasm", "demo", "version", "out", "report"):
        p.add_argument("--" + name, required=True)
    p.add_argument("--part", action="append", default=[],
                   help="NAME=FILE[,FILE]: data compiled into the wasm, reported on its own")
    a = p.parse_args()

    shell = open(a.shell, encoding="utf-8").read()
    js = open(a.js, encoding="utf-8").read()
    wasm = open(a.wasm, "rb").read()
    wasm_gz = gzip.compress(wasm, compresslevel=9, mtime=0)
    wasm_b64 = base64.b64encode(wasm_gz).decode("ascii")

    demo = []
    for name in sorted(os.listdir(a.demo)):
        with open(os.path.join(a.demo, name), encoding="utf-8") as f:
            demo.append({"name": name, "text": f.read()})
    # "</" must not end the data block early.
    demo_json = json.dumps(demo, ensure_ascii=False).replace("</", "<\\/")
    if "</script" in js:
        sys.exit("make-page: the program's JavaScript contains </script>")

    parts = {"{{VERSION}}": a.version, "{{PROGRAM_JS}}": js, "{{WASM_GZIP_BASE64}}": wasm_b64,
             "{{DEMO_ARTICLES_JSON}}": demo_json}
    page = shell
    for key, value in parts.items():
        if key not in page:
            sys.exit("make-page: %s missing from the shell" % key)
        page = page.replace(key, value)
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(page)

    total = len(page.encode("utf-8"))
    parts_in_wasm = []
    for part in a.part:
        name, files = part.split("=", 1)
        raw = b"".join(open(f, "rb").read() for f in files.split(","))
        parts_in_wasm.append((name, len(raw), len(gzip.compress(raw, 9))))
    lines = ["dist/synoptic.html       %9d bytes" % total,
             "  wasm, gzip+base64      %9d bytes (raw wasm %d)" % (len(wasm_b64), len(wasm))]
    if parts_in_wasm:
        code = len(wasm) - sum(raw for _, raw, _ in parts_in_wasm)
        lines.append("    code and other data  %9d bytes raw" % code)
        for name, raw, gz in parts_in_wasm:
            lines.append("    %-20s %9d bytes raw (gzip %d)" % (name, raw, gz))
    lines += ["  program JavaScript     %9d bytes" % len(js.encode("utf-8")),
              "  demo articles (JSON)   %9d bytes" % len(demo_json.encode("utf-8")),
              "  shell (HTML, CSS, JS)  %9d bytes" % len(shell.encode("utf-8"))]
    open(a.report, "w").write("\n".join(lines) + "\n")
    print("\n".join(lines))

if __name__ == "__main__":
    main()
