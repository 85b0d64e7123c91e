#!/usr/bin/env python3
"""Builds a language identification test set of real sentences on this
machine: the translated strings of the message catalogs in
/usr/share/locale/<lang>/LC_MESSAGES/*.mo (via msgunfmt) for kk ru tr ar de
fr uk fa, and their English msgids for en. Only strings of at least
MIN_CHARS characters that read as text (letters, at least three words, no
format directives dominating) are kept, at most PER_LANG a language, picked
evenly across catalogs. Not committed: the catalogs are under their
packages' licenses; the set is rebuilt where it is needed.

usage: make_langid_set.py OUT.tsv [PER_LANG] [MIN_CHARS]
Output: language<TAB>text, one paragraph a line."""
import glob, os, random, re, subprocess, sys

LANGS = ["kk", "ru", "tr", "ar", "de", "fr", "uk", "fa"]
out_path = sys.argv[1]
per_lang = int(sys.argv[2]) if len(sys.argv) > 2 else 300
min_chars = int(sys.argv[3]) if len(sys.argv) > 3 else 40

def entries(mo):
    try:
        po = subprocess.run(["msgunfmt", "--no-wrap", mo], capture_output=True, text=True, timeout=60).stdout
    except Exception:
        return []
    out, msgid, msgstr, cur = [], None, None, None
    def unq(s):
        s = s.strip()
        if s.startswith('"') and s.endswith('"'):
            s = s[1:-1]
        return s.replace('\\n', ' ').replace('\\"', '"').replace('\\t', ' ')
    for line in po.splitlines():
        if line.startswith("msgid "):
            if msgid is not None and msgstr:
                out.append((msgid, msgstr))
            msgid, msgstr, cur = unq(line[6:]), "", "id"
        elif line.startswith("msgstr "):
            msgstr, cur = unq(line[7:]), "str"
        elif line.startswith("msgstr[0] "):
            msgstr, cur = unq(line[10:]), "str"
        elif line.startswith('"'):
            if cur == "id": msgid += unq(line)
            elif cur == "str": msgstr += unq(line)
        else:
            cur = None if not line.startswith("msgstr[") else "skip"
    if msgid is not None and msgstr:
        out.append((msgid, msgstr))
    return out

def texty(s):
    s = re.sub(r"%[-+ #0-9.]*[a-zA-Z]|\{[^}]*\}|<[^>]*>|_", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    letters = sum(ch.isalpha() for ch in s)
    if len(s) < min_chars or letters < 0.6 * len(s) or len(s.split()) < 3:
        return None
    return s

def pick(pool):
    # evenly across catalogs: round-robin over shuffled per-catalog lists
    random.seed(7)
    for v in pool.values(): random.shuffle(v)
    picked, seen = [], set()
    while len(picked) < per_lang and any(pool.values()):
        for k in list(pool):
            if pool[k]:
                s = pool[k].pop()
                if s not in seen:
                    seen.add(s); picked.append(s)
                    if len(picked) >= per_lang: break
    return picked

rows = []
english = {}
for lang in LANGS:
    pool = {}
    for mo in sorted(glob.glob(f"/usr/share/locale/{lang}/LC_MESSAGES/*.mo")):
        cat = os.path.basename(mo)
        for msgid, msgstr in entries(mo):
            t = texty(msgstr)
            if t and msgstr != msgid and msgid:
                pool.setdefault(cat, []).append(t)
            e = texty(msgid)
            if e and msgid: english.setdefault(cat, set()).add(e)
    for s in pick(pool): rows.append((lang, s))
rows += [("en", s) for s in pick({k: sorted(v) for k, v in english.items()})]
with open(out_path, "w", encoding="utf-8") as f:
    for lang, s in rows:
        f.write(f"{lang}\t{s}\n")
counts = {}
for lang, _ in rows: counts[lang] = counts.get(lang, 0) + 1
print(out_path, counts)
