#!/usr/bin/env python3
"""Every word the interface draws comes from the catalogs (src/app/i18n):
fails when a view hands Dear ImGui a string literal with words in it, which
no translation would reach.

    no_literal_words.py SRC_APP_DIR
"""
import pathlib
import re
import sys

# ImGui calls whose first argument is drawn as text (a label, a tooltip).
DRAWN = re.compile(r'ImGui::(Text\w*|Button|SmallButton|Selectable|MenuItem|BeginMenu|Checkbox|BeginTabItem|'
                   r'SetTooltip|BeginPopupModal|TableSetupColumn|TableHeader|Combo|BeginCombo|RadioButton)'
                   r'\(\s*"((?:[^"\\]|\\.)*)"')

def words(literal):
    literal = literal.split('###')[0]
    if literal.startswith('##'):
        return ''
    literal = re.sub(r'%[-0-9.]*[a-z]+', ' ', literal)  # printf conversions
    return ' '.join(re.findall(r'[A-Za-z]{2,}', literal))

def main():
    root = pathlib.Path(sys.argv[1])
    found = []
    for path in sorted(root.rglob('*.cpp')):
        text = path.read_text(encoding='utf-8')
        for match in DRAWN.finditer(text):
            if words(match.group(2)):
                line = text.count('\n', 0, match.start()) + 1
                found.append(f'{path}:{line}: ImGui::{match.group(1)}("{match.group(2)}")')
    for f in found:
        print('words drawn outside the catalogs:', f)
    sys.exit(1 if found else 0)

if __name__ == '__main__':
    main()
