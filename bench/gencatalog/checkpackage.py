#!/usr/bin/env python3
"""Checks what onewindow-gencatalog writes against docs/catalog-package.md.

    checkpackage.py FULL.json [DELTA.json]

The full package alone: structure, code widths, unique codes, every dictionary and department code an item
uses exists, form keys unique per level, promisedLimitDays within legalLimitDays. With a delta as well: its
versions follow the full one and every replaced or removed code exists in the full package.
"""
import collections
import json
import re
import statistics
import sys

KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
FIELD_TYPES = {"text", "number", "date", "choice", "multiChoice", "address", "phone", "residentId", "uscc",
               "postalCode", "bool", "group"}


def fail(message):
    sys.exit("FAIL: " + message)


def check_fields(where, fields):
    keys = [f["key"] for f in fields]
    if len(keys) != len(set(keys)):
        fail(f"{where}: duplicate form keys {keys}")
    for f in fields:
        if not KEY.match(f["key"]) or f["type"] not in FIELD_TYPES or not f["label"]:
            fail(f"{where}: bad field {f}")
        if f["type"] in ("choice", "multiChoice") and not f.get("options"):
            fail(f"{where}: {f['key']} has no options")
        if f["type"] == "group":
            check_fields(where + "." + f["key"], f["fields"])
        if "visibleWhen" in f and f["visibleWhen"]["field"] not in keys:
            fail(f"{where}: {f['key']} depends on a missing field")


def check_item(item, tables, departments):
    where = f"item {item['code']} ({item['name']})"
    if not 1 <= len(item["code"]) <= 50 or len(item["baseCode"]) > 12 or len(item["implCode"]) > 36:
        fail(f"{where}: code widths")
    if item["version"] < 1 or not item["name"] or item["department"] not in departments:
        fail(f"{where}: version, name or department")
    if item["itemType"] not in tables["itemType"] or not item["levels"]:
        fail(f"{where}: itemType or levels")
    if any(level not in tables["level"] for level in item["levels"]):
        fail(f"{where}: levels")
    if item["reviewType"] not in ("instant", "promised"):
        fail(f"{where}: reviewType")
    if not 0 <= item["promisedLimitDays"] <= item["legalLimitDays"]:
        fail(f"{where}: limit days")
    if item["reviewType"] == "instant" and item["promisedLimitDays"] != 0:
        fail(f"{where}: instant item with promised days")
    if not 2 <= len(item["materials"]) <= 8:
        fail(f"{where}: {len(item['materials'])} materials")
    ids = [m["id"] for m in item["materials"]]
    if len(ids) != len(set(ids)):
        fail(f"{where}: duplicate material ids")
    for m in item["materials"]:
        if not m["forms"] or any(f not in tables["materialForm"] for f in m["forms"]):
            fail(f"{where}: material {m['id']} forms")
        if m["type"] not in tables["materialType"] or m["necessity"] not in tables["necessity"]:
            fail(f"{where}: material {m['id']} type or necessity")
        if m["copies"] < 0:
            fail(f"{where}: material {m['id']} copies")
    for fee in item["fees"]:
        if not re.match(r"^\d+\.\d\d$", fee["amount"]):
            fail(f"{where}: fee amount")
    if set(item["flags"]) != {"cityWide", "courier", "appointment", "online"}:
        fail(f"{where}: flags")
    if not item["legalBasis"] or not item["steps"]:
        fail(f"{where}: legalBasis or steps")
    check_fields(where, item["form"]["fields"])


def main():
    full = json.load(open(sys.argv[1], encoding="utf-8"))
    if full["format"] != "onewindow-catalog" or full["formatVersion"] != 1 or full["kind"] != "full":
        fail("full package header")
    tables = {name: {e["code"] for e in entries} for name, entries in full["dictionaries"].items()}
    departments = {d["code"] for d in full["departments"]}
    items = full["items"]
    codes = [i["code"] for i in items]
    if len(codes) != len(set(codes)):
        fail("duplicate codes")
    for item in items:
        check_item(item, tables, departments)
    sizes = [len(json.dumps(i, ensure_ascii=False, separators=(",", ":")).encode()) for i in items]
    names = collections.Counter(i["name"] for i in items)
    print(f"full: {len(items)} items, version {full['version']}, {len(departments)} departments, "
          f"{len(names)} distinct names")
    if sizes:
        print(f"item bytes: min {min(sizes)}, median {statistics.median(sizes):.0f}, "
              f"mean {statistics.mean(sizes):.0f}, max {max(sizes)}")
        print("cityWide {:.1%}, instant {:.1%}, with fees {:.1%}".format(
            sum(i["flags"]["cityWide"] for i in items) / len(items),
            sum(i["reviewType"] == "instant" for i in items) / len(items),
            sum(bool(i["fees"]) for i in items) / len(items)))

    if len(sys.argv) > 2:
        delta = json.load(open(sys.argv[2], encoding="utf-8"))
        if delta["kind"] != "delta" or delta["baseVersion"] != full["version"]:
            fail("delta kind or baseVersion")
        if delta["version"] != delta["baseVersion"] + 1:
            fail("delta version")
        by_code = {i["code"]: i for i in items}
        replaced = [i for i in delta["items"] if i["code"] in by_code]
        for item in delta["items"]:
            check_item(item, tables, departments)
        for item in replaced:
            if item["version"] <= by_code[item["code"]]["version"]:
                fail(f"delta item {item['code']}: version not bumped")
            if item == {**by_code[item["code"]], "version": item["version"]}:
                fail(f"delta item {item['code']}: nothing but the version changed")
        removed = delta.get("removed", [])
        if any(code not in by_code for code in removed):
            fail("delta removes a code the full package does not have")
        if set(removed) & {i["code"] for i in delta["items"]}:
            fail("delta both replaces and removes a code")
        delta_codes = [i["code"] for i in delta["items"]]
        if len(delta_codes) != len(set(delta_codes)) or len(removed) != len(set(removed)):
            fail("delta repeats a code")
        print(f"delta: {delta['baseVersion']} -> {delta['version']}, {len(replaced)} replaced, "
              f"{len(delta['items']) - len(replaced)} added, {len(removed)} removed")
    print("OK")


if __name__ == "__main__":
    main()
