#!/usr/bin/env python3
"""Fills translations into a Qt .ts file from a JSON map, for batch translation work.

Usage: scripts/ts-apply.py translations/export-studio_ja.ts map.json
The map is {"context": {"source text": "translation" | ["plural form", ...]}} or, for a
source that carries a disambiguation, the key "source text|comment". Messages found in the
map lose their 'unfinished' mark; the rest are left untouched. Prints what is still missing.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    ts_path, map_path = sys.argv[1], sys.argv[2]
    with open(map_path, encoding="utf-8") as f:
        mapping = json.load(f)
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        table = mapping.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source")
            comment = message.findtext("comment")
            key = f"{source}|{comment}" if comment else source
            translation = message.find("translation")
            value = table.get(key)
            if value is None:
                if translation.get("type") == "unfinished":
                    missing.append(f"{name}: {key!r}")
                continue
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                forms = value if isinstance(value, list) else [value]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with open(ts_path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    for m in missing:
        print("missing:", m)


if __name__ == "__main__":
    main()
