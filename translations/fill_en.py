#!/usr/bin/env python3
"""Completes the English catalogue: the source strings are English, so every English
translation is its source text. A source with %n (Qt's plural forms) is written in the plural;
its singular comes from translations/en_plural.tsv (source TAB singular TAB plural). Run after
`cmake --build build --target update_translations`."""
import sys
import xml.etree.ElementTree as ET

from tsv_table import read_table

path = sys.argv[1] if len(sys.argv) > 1 else "translations/dpia_en.ts"
plurals = read_table("translations/en_plural.tsv", "SOURCE<TAB>ONE<TAB>MANY")
for source, forms in plurals.items():
    if len(forms) != 2:
        sys.exit(f"translations/en_plural.tsv: {source!r} needs ONE<TAB>MANY")
missing = []
tree = ET.parse(path)
for message in tree.iter("message"):
    source = message.find("source")
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        forms = plurals.get(source.text)
        if forms is None:
            missing.append(source.text)
            forms = [source.text, source.text]
        for form, text in zip(translation.findall("numerusform"), forms):
            form.text = text
    else:
        translation.text = source.text
    translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as handle:
    text = handle.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                 '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    handle.seek(0)
    handle.write(text)
    handle.truncate()
for source in missing:
    print("no singular and plural in translations/en_plural.tsv:", repr(source))
sys.exit(1 if missing else 0)
