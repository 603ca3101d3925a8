"""Reads the plain translation tables of translations/ (nl.tsv, en_plural.tsv): one line a
source string, SOURCE TAB TEXT [TAB TEXT], with \\n for newlines and # for comments."""
import sys


def read_table(path, usage):
    """{source: [text, ...]}; exits naming the line when a line has no text after its source."""
    table = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            source, sep, target = line.partition("\t")
            if not sep or not target:
                sys.exit(f"{path}:{number}: expected {usage}")
            table[source.replace("\\n", "\n")] = [
                text.replace("\\n", "\n") for text in target.split("\t")]
    return table
