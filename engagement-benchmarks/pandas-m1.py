#!/usr/bin/env python3
"""M1, due consideration, for every ward of an Engagement SDK JSON file, with pandas.

The comparison the issue reports ("a pandas script computes M1 for every ward of the 2,100-ward
file in 7.8 s end to end"), written out so that anyone can rerun it:

    python3 engagement-benchmarks/pandas-m1.py national-2100.json > m1-pandas.csv

It reads the SDK's JSON format with json.load, builds data frames and computes M1 per ward with
the rules of docs/spec/measures.md §2 (and the SDK's DueConsiderationMeasure): over the financial year
2012/13, as of its end (31 March 2013),

  * raised: the community inputs whose area is the ward, dated within the period;
  * recorded: those of them that some decision record, dated on or after the input and not after
    the as-of date, presents (presentedInputs) and whose first consideration of the input in that
    decision is considered, has a decided outcome (anything but DEFERRED) and a non-blank reason;
  * score: recorded / raised, or empty when nothing was raised.

It prints one CSV line per ward (ward,raised,recorded,score) to standard output, and the time of
each step to standard error: json.load, importing pandas (timed apart, before the computation, as
a script imports it before it computes), M1 for every ward, the output, and end to end.
--no-pandas computes the same figures with plain dictionaries, as a check of the rules where
pandas is not installed. --again N computes M1 for every ward N more times after printing and
gives the median and the quickest: the computation once Python has run it, its frames and
groupings built each time.
"""
import csv
import json
import sys
import time
from datetime import date

PERIOD_FROM = date(2012, 4, 1)
PERIOD_TO = date(2013, 3, 31)
AS_OF = PERIOD_TO


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def considerations(doc):
    """One row per decision and input it considers (its first consideration of the input)."""
    as_of = AS_OF.isoformat()
    for d in doc.get("decisions", []):
        if d["date"] > as_of:
            continue
        presented = set(d.get("presentedInputs", []))
        seen = set()
        for c in d.get("considerations", []):
            i = c["input"]
            if i in seen:
                continue
            seen.add(i)
            yield (i, d["date"], i in presented, bool(c.get("considered", False)),
                   c.get("outcome"), c.get("reason"))


def m1_pandas(doc):
    import pandas as pd

    areas = pd.DataFrame(doc["areas"])
    wards = areas.loc[areas["level"] == "WARD", "id"]
    inputs = pd.DataFrame(doc["inputs"], columns=["id", "area", "date"])
    inputs = inputs[(inputs["date"] >= PERIOD_FROM.isoformat())
                    & (inputs["date"] <= PERIOD_TO.isoformat())
                    & inputs["area"].isin(wards)]
    cons = pd.DataFrame(list(considerations(doc)),
                        columns=["input", "decided_on", "presented", "considered", "outcome",
                                 "reason"])
    reason = cons["reason"].fillna("").str.strip()
    cons = cons[cons["presented"] & cons["considered"] & cons["outcome"].notna()
                & (cons["outcome"] != "DEFERRED") & (reason != "")]
    joined = inputs.merge(cons, left_on="id", right_on="input")
    recorded_ids = joined.loc[joined["decided_on"] >= joined["date"], "id"].unique()
    inputs = inputs.assign(recorded=inputs["id"].isin(recorded_ids))
    per_ward = inputs.groupby("area").agg(raised=("id", "size"), recorded=("recorded", "sum"))
    per_ward = per_ward.reindex(wards, fill_value=0)
    for ward, row in per_ward.iterrows():
        raised, recorded = int(row["raised"]), int(row["recorded"])
        yield ward, raised, recorded, (recorded / raised if raised else None)


def m1_plain(doc):
    wards = [a["id"] for a in doc["areas"] if a["level"] == "WARD"]
    ward_set = set(wards)
    lo, hi = PERIOD_FROM.isoformat(), PERIOD_TO.isoformat()
    inputs = {}
    for i in doc.get("inputs", []):
        if lo <= i["date"] <= hi and i["area"] in ward_set:
            inputs.setdefault(i["id"], i)
    recorded = set()
    for i, decided_on, presented, considered, outcome, reason in considerations(doc):
        inp = inputs.get(i)
        if (inp is not None and presented and considered and outcome not in (None, "DEFERRED")
                and (reason or "").strip() and decided_on >= inp["date"]):
            recorded.add(i)
    counts = {w: [0, 0] for w in wards}
    for i in inputs.values():
        c = counts[i["area"]]
        c[0] += 1
        c[1] += i["id"] in recorded
    for w in wards:
        raised, rec = counts[w]
        yield w, raised, rec, (rec / raised if raised else None)


def main(argv):
    plain = "--no-pandas" in argv
    again = 0
    args = [a for a in argv[1:] if a != "--no-pandas"]
    if len(args) >= 2 and args[0] == "--again":
        try:
            again = int(args[1])
        except ValueError:
            sys.exit("--again takes a whole number, not " + args[1])
        args = args[2:]
    if len(args) != 1 or args[0].startswith("--") or again < 0:
        sys.exit("usage: pandas-m1.py [--no-pandas] [--again N] FILE.json")
    t0 = time.perf_counter()
    doc = load(args[0])
    t1 = time.perf_counter()
    if not plain:
        import pandas  # noqa: F401 -- imported here so that the computation's time leaves it out
    t2 = time.perf_counter()
    m1 = m1_plain if plain else m1_pandas
    rows = list(m1(doc))
    t3 = time.perf_counter()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["ward", "raised", "recorded", "score"])
    for ward, raised, recorded, score in rows:
        out.writerow([ward, raised, recorded, "" if score is None else repr(score)])
    sys.stdout.flush()
    t4 = time.perf_counter()
    imported = "" if plain else f"import pandas {t2 - t1:.2f} s, "
    print(f"json.load {t1 - t0:.2f} s, {imported}M1 per ward ({'plain' if plain else 'pandas'})"
          f" {t3 - t2:.2f} s, output {t4 - t3:.2f} s, end to end {t4 - t0:.2f} s"
          f" for {len(rows)} wards", file=sys.stderr)
    if again > 0:
        times = []
        for _ in range(again):
            start = time.perf_counter()
            list(m1(doc))
            times.append(time.perf_counter() - start)
        times.sort()
        middle = again // 2
        median = times[middle] if again % 2 else (times[middle - 1] + times[middle]) / 2
        print(f"M1 per ward again, {again} times: median {median:.4f} s, best {times[0]:.4f} s",
              file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
