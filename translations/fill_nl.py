#!/usr/bin/env python3
"""Applies Dutch translations from translations/nl.tsv (source TAB translation, with \\n for
newlines) to dpia_nl.ts. A source with %n (Qt's plural forms) has two translations, singular
TAB plural, so that no text needs "(s)" or "(en)". Keeps translation memory reviewable in one
plain file; Qt Linguist can be used as well. Reports sources that still lack a translation."""
import sys
import xml.etree.ElementTree as ET

from tsv_table import read_table

ts_path = "translations/dpia_nl.ts"
table = read_table("translations/nl.tsv", "SOURCE<TAB>TRANSLATION")

tree = ET.parse(ts_path)
missing = []
for message in tree.iter("message"):
    source = message.find("source").text
    translation = message.find("translation")
    if source in table:
        forms = table[source]
        if message.get("numerus") == "yes":
            if len(forms) != 2:
                sys.exit(f"translations/nl.tsv: {source!r} needs SINGULAR<TAB>PLURAL")
            for form, text in zip(translation.findall("numerusform"), forms):
                form.text = text
        else:
            if len(forms) != 1:
                sys.exit(f"translations/nl.tsv: {source!r} has no %n: one translation")
            translation.text = forms[0]
        translation.attrib.pop("type", None)
    elif translation.get("type") == "unfinished" or not (translation.text or "").strip():
        missing.append(source)
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
with open(ts_path, "r+", encoding="utf-8") as handle:
    text = handle.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                 '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    handle.seek(0)
    handle.write(text)
    handle.truncate()
for source in missing:
    print("untranslated:", repr(source))
sys.exit(1 if missing else 0)
