#!/usr/bin/python3
"""Reads Tessera's CSV tables with pandas.read_csv (Debian's python3-pandas) and checks them against references.

Usage: read_tables_with_pandas.py MANIFEST.json

The manifest lists cases {"csv", "reference", "dialect": "standard"|"european", "comment": bool, "headers": [...]}.
A reference (written by TestTablesPandas from the tables Tessera computed, not from the CSV) holds "headers",
"numeric" (per column) and "rows" whose numeric cells are C99 hex floats ("0x1.8p+1", "inf", "-inf", "nan") and text
cells plain strings. For each case the CSV is read the way docs/tables.md recommends and checked:
  - the header row, units included, equals the reference's headers (and contains every name in "headers");
  - every numeric column is float64 and every value is the identical double (bit for bit, -0.0 and NaN included);
  - every text column holds the same strings (empty cells read as NaN; pandas may type whole numbers and true/false).
Prints one line per case; exits 1 with the first difference.
"""
import json
import math
import struct
import sys

import numpy as np
import pandas as pd


def same_double(a, b):
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return struct.pack("<d", a) == struct.pack("<d", b)


def as_text(value):
    """A text cell as written: pandas types text columns of whole numbers as int64 and true/false as bool."""
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return value


def read(case):
    kwargs = {"float_precision": "round_trip", "keep_default_na": False, "na_values": ["NaN", ""]}
    if case["dialect"] == "european":
        kwargs.update(sep=";", decimal=",")
    if case["comment"]:
        kwargs["comment"] = "#"
    return pd.read_csv(case["csv"], encoding="utf-8", **kwargs)


def check(case):
    with open(case["reference"], encoding="utf-8") as f:
        ref = json.load(f)
    df = read(case)
    headers = list(df.columns)
    if headers != ref["headers"]:
        return "headers differ: %r vs %r" % (headers, ref["headers"])
    for name in case.get("headers", []):
        if name not in headers:
            return "header %r missing" % name
    if len(df) != len(ref["rows"]):
        return "%d rows, expected %d" % (len(df), len(ref["rows"]))
    for c, name in enumerate(headers):
        column = df.iloc[:, c]
        if ref["numeric"][c]:
            if column.dtype != "float64":
                return "column %r has dtype %s, expected float64" % (name, column.dtype)
            for r, cell in enumerate(ref["rows"]):
                expected = math.nan if cell[c] == "" else float.fromhex(cell[c])
                if not same_double(float(column.iloc[r]), expected):
                    return "row %d column %r: %r, expected %r" % (r, name, column.iloc[r], expected)
        else:
            for r, cell in enumerate(ref["rows"]):
                value = column.iloc[r]
                if cell[c] == "":
                    if not (isinstance(value, float) and math.isnan(value)):
                        return "row %d column %r: %r, expected an empty cell" % (r, name, value)
                elif as_text(value) != cell[c]:
                    return "row %d column %r: %r, expected %r" % (r, name, value, cell[c])
    return None


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        cases = json.load(f)
    print("pandas", pd.__version__)
    for case in cases:
        error = check(case)
        print("%s (%s%s): %s" % (case["csv"], case["dialect"], ", comment header" if case["comment"] else "",
                                 error or "ok"))
        if error:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
