#!/usr/bin/env python3
"""Writes the zip fixtures of the CNIL import tests from full-export.json (run it from
anywhere; the zips are committed, this script says how they were made)."""
import os
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
pia = open(os.path.join(here, "full-export.json"), "rb").read()


def write(name, entries, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(os.path.join(here, name), "w", method) as z:
        for entry in entries:
            if isinstance(entry, zipfile.ZipInfo):
                z.writestr(entry, b"target.txt")
            else:
                z.writestr(entry[0], entry[1])


for lang, folder in (("en", "Attachments"), ("fr", "Pièces jointes"), ("nl", "Bijlagen")):
    write("export-" + lang + ".zip",
          [("pia.json", pia), (folder + "/verwerkersovereenkomst.pdf", b"%PDF-1.4 test\n"),
           (folder + "/scherm.png", b"\x89PNG\r\n\x1a\nfake")])
write("bomb.zip", [("pia.json", pia), ("Bijlagen/zeros.bin", b"\0" * (4 * 1024 * 1024))])
write("huge.zip", [("pia.json", pia), ("Bijlagen/huge.bin", b"\0" * (65 * 1024 * 1024))])
write("traversal.zip", [("pia.json", pia), ("Bijlagen/../../evil.txt", b"x")])
write("absolute.zip", [("pia.json", pia), ("/etc/evil.txt", b"x")])
link = zipfile.ZipInfo("Bijlagen/link")
link.create_system = 3
link.external_attr = (0o120777 << 16)
write("symlink.zip", [("pia.json", pia), link])
write("stray.zip", [("pia.json", pia), ("elders/notities.txt", b"x")])
write("no-pia.zip", [("Bijlagen/a.txt", b"x")])
import warnings
warnings.simplefilter("ignore")
write("duplicate.zip", [("pia.json", pia), ("Bijlagen/a.txt", b"x"), ("Bijlagen/a.txt", b"y")])

# A name flagged as UTF-8 that is not: the two bytes of "é" replaced by two invalid ones
# (same length, so both headers stay consistent).
write("not-utf8.zip", [("pia.json", pia), ("Bijlagen/caf\u00e9.txt", b"x")])
path = os.path.join(here, "not-utf8.zip")
data = open(path, "rb").read().replace("caf\u00e9".encode(), b"caf\xff\xfe")
open(path, "wb").write(data)
