#!/usr/bin/env python3
"""Completes the English catalogue: the source strings are English, so every English
translation is its source text. Run after `cmake --build build --target update_translations`."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/dpia_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    source = message.find("source")
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        for form in translation.findall("numerusform"):
            form.text = source.text
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
