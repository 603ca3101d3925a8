#!/usr/bin/env python3
"""The mapping table of docs/INTERCHANGE.md, made from resources/interchange/minbzk.json.

    python3 resources/interchange/minbzk_table.py           # rewrite the table in the doc
    python3 resources/interchange/minbzk_table.py --check   # exit 1 when the doc differs (ctest)

The table sits between the markers <!-- minbzk-table:begin --> and <!-- minbzk-table:end -->.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
MAPPING = ROOT / "resources" / "interchange" / "minbzk.json"
DOC = ROOT / "docs" / "INTERCHANGE.md"
BEGIN = "<!-- minbzk-table:begin -->"
END = "<!-- minbzk-table:end -->"


def values(pairs):
    return "; ".join(f"`{form}` → `{option}`" for form, option in pairs)


def rows(form):
    out = []
    for field in form["fields"]:
        question = field["question"]
        if "flags" in field:
            for task, options in field["flags"]:
                if isinstance(options, str):
                    how = f"`true` → option `{options}` chosen"
                else:
                    how = "`true` → any of " + ", ".join(f"`{o}`" for o in options) + " chosen"
                out.append((task, f"`{question}`", how))
            continue
        if "columns" in field:
            out.append((field["task"], f"`{question}`", "repeatable group → one row each"
                        if field["columns"][0].get("column") else
                        "repeatable group → one paragraph each"))
            for column in field["columns"]:
                if not column.get("column"):
                    continue
                how = "list joined with `, `" if column.get("list") else ""
                if column.get("options"):
                    how = (how + "; " if how else "") + values(column["options"])
                out.append((column["task"], f"`{question}.{column['column']}`", how))
            continue
        how = "list joined with `, `" if field.get("list") else ""
        if field.get("options"):
            how = (how + "; " if how else "") + values(field["options"])
        out.append((field["task"], f"`{question}`", how))
    return out


def table():
    mapping = json.loads(MAPPING.read_text(encoding="utf-8"))
    lines = []
    for form in mapping["forms"]:
        lines.append(f"\n**{form['urn']}** ({form['name']})\n")
        lines.append("| task | question (.column) | values |")
        lines.append("| --- | --- | --- |")
        for task, question, how in rows(form):
            lines.append(f"| {task} | {question} | {how} |")
    return "\n".join(lines) + "\n"


def main():
    doc = DOC.read_text(encoding="utf-8")
    start = doc.index(BEGIN) + len(BEGIN)
    stop = doc.index(END)
    wanted = doc[:start] + "\n" + table() + "\n" + doc[stop:]
    if "--check" in sys.argv:
        if wanted != doc:
            print(f"{DOC}: the mapping table differs from {MAPPING}; run "
                  f"python3 resources/interchange/minbzk_table.py")
            return 1
        return 0
    DOC.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
