#!/usr/bin/env python3
"""Applies Dutch translations from translations/nl.tsv (source TAB translation, with \\n for
newlines) to dpia_nl.ts. Keeps translation memory reviewable in one plain file; Qt Linguist
can be used as well. Reports sources that still lack a translation."""
import sys
import xml.etree.ElementTree as ET

ts_path = "translations/dpia_nl.ts"
table = {}
with open("translations/nl.tsv", encoding="utf-8") as handle:
    for number, line in enumerate(handle, 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        source, sep, target = line.partition("\t")
        if not sep or not target:
            sys.exit(f"translations/nl.tsv:{number}: expected SOURCE<TAB>TRANSLATION")
        table[source.replace("\\n", "\n")] = target.replace("\\n", "\n")

tree = ET.parse(ts_path)
missing = []
for message in tree.iter("message"):
    source = message.find("source").text
    translation = message.find("translation")
    if source in table:
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = table[source]
        else:
            translation.text = table[source]
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
