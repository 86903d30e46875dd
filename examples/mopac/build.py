#!/usr/bin/env python3
"""Writes the MOPAC example's data from the real Metropolitan Police series.

    python3 examples/mopac/build.py

Reads source/mps_monthly_force_totals_2010-04_2022-01.csv (the Metropolitan Police Service's
monthly recorded crime, London Datastore, Open Government Licence v3.0) and writes
data/monthly.csv (long layout) and data/peers.csv. Deterministic: the illustrative parts
come from a fixed seed, and the same source gives byte-identical files. Needs only the
Python standard library. See README.md for what is real and what is illustrative.
"""

import csv
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "source", "mps_monthly_force_totals_2010-04_2022-01.csv")

# Source measure name -> example measure id. Every one of these is real.
REAL = {
    "Total notifiable offences (MPS, all boroughs)": "total-notifiable-offences",
    "Domestic Burglary (MPS)": "domestic-burglary",
    "All Burglary (MPS)": "all-burglary",
    "Robbery of Personal Property (MPS)": "robbery",
    "Violence with Injury (MPS)": "violence-with-injury",
    "All Violence Against the Person (MPS)": "violence-against-the-person",
    "Possession of Article with Blade or Point (MPS)": "knife-possession",
}

# Knife possession stops at September 2021 in the example (the real series runs to January
# 2022), so that the report has a measure whose data end before the reporting quarter does.
LAST_MONTH = {"knife-possession": "2021-09"}

# The peer group: the Met and seven other large forces, by their full names. Populations are
# rounded mid-2020 estimates of the force areas (approximate), held constant.
FORCE = "Metropolitan Police Service"
POPULATION = {
    FORCE: 8_991_000,
    "Greater Manchester Police": 2_848_000,
    "West Midlands Police": 2_940_000,
    "West Yorkshire Police": 2_345_000,
    "Merseyside Police": 1_434_000,
    "Thames Valley Police": 2_432_000,
    "Avon and Somerset Constabulary": 1_728_000,
    "Lancashire Constabulary": 1_516_000,
}

# Illustrative peer levels at the comparison month (per 1,000 residents, 12 months), and a
# yearly drift in per cent, so that the group moves but not in lockstep.
PEER_LEVELS = {
    "all-crime": {
        "Greater Manchester Police": (128.0, 4.0),
        "West Midlands Police": (117.0, 6.5),
        "West Yorkshire Police": (126.0, 3.0),
        "Merseyside Police": (98.0, 2.0),
        "Thames Valley Police": (69.0, -1.5),
        "Avon and Somerset Constabulary": (81.0, 1.0),
        "Lancashire Constabulary": (96.0, 2.5),
    },
    "robbery": {
        "Greater Manchester Police": (1.72, 3.0),
        "West Midlands Police": (2.05, 8.0),
        "West Yorkshire Police": (0.98, -2.0),
        "Merseyside Police": (0.92, -4.0),
        "Thames Valley Police": (0.55, -6.0),
        "Avon and Somerset Constabulary": (0.58, -3.0),
        "Lancashire Constabulary": (0.61, 1.0),
    },
}

PEER_SOURCE = {"all-crime": "total-notifiable-offences", "robbery": "robbery"}
PEER_LAST = "2021-09"  # peer figures lag the force's own by a quarter, as published figures do
PEER_MONTHS = 24


def months(first, last):
    y, m = map(int, first.split("-"))
    out = []
    while True:
        key = f"{y:04d}-{m:02d}"
        out.append(key)
        if key == last:
            return out
        m += 1
        if m == 13:
            y, m = y + 1, 1


def shift(month, n):
    y, m = map(int, month.split("-"))
    total = y * 12 + (m - 1) + n
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def read_source():
    series = {}
    with open(SOURCE, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            measure = REAL[row["Measure"]]
            series.setdefault(measure, {})[row["Month"]] = int(row["Count"])
    return series


def officer_hours(all_months):
    """Illustrative: police officer hours on duty a month, about 4.5 to 5.3 million.

    The strength path follows the Met's published shape (about 32,000 officers in 2010,
    falling to about 30,000 by 2018, then the national uplift to about 34,000 by early 2022);
    hours an officer a month dip in August (leave) and December. Not real figures.
    """
    rng = random.Random(20220310)
    out = {}
    for key in all_months:
        y, m = map(int, key.split("-"))
        t = (y - 2010) + (m - 4) / 12.0
        if t < 8.5:
            strength = 32_100 - 250 * t
        else:
            strength = 29_975 + 1_150 * (t - 8.5)
        hours = 152.0
        hours *= {8: 0.93, 12: 0.95, 7: 0.97, 1: 1.01, 3: 1.02}.get(m, 1.0)
        value = strength * hours * (1 + rng.gauss(0, 0.008))
        out[key] = int(round(value))
    return out


def rolling12(series, month):
    keys = [shift(month, -i) for i in range(12)]
    if any(k not in series for k in keys):
        return None
    return sum(series[k] for k in keys)


def write_monthly(series, ratio, path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["measure", "month", "value", "numerator", "denominator"])
        for measure in sorted(series):
            last = LAST_MONTH.get(measure)
            for month in sorted(series[measure]):
                if last is not None and month > last:
                    continue
                w.writerow([measure, month, series[measure][month], "", ""])
        for measure, (numerator, denominator) in sorted(ratio.items()):
            for month in sorted(numerator):
                w.writerow([measure, month, "", numerator[month], denominator[month]])


def write_peers(series, path):
    rng = random.Random(20211231)
    first = shift(PEER_LAST, -(PEER_MONTHS - 1))
    span = months(first, PEER_LAST)
    rows = []
    for key, source in PEER_SOURCE.items():
        own = series[source]
        # The Met's own value: its real 12-month count per 1,000 residents.
        met = {m: rolling12(own, m) * 1000.0 / POPULATION[FORCE] for m in span}
        # Peers follow the Met's own shape through the pandemic (scaled to their level) with a
        # drift of their own and a little noise: illustrative, not published figures.
        for force, (level, drift) in PEER_LEVELS[key].items():
            for i, m in enumerate(span):
                shape = met[m] / met[PEER_LAST]
                years_before = (len(span) - 1 - i) / 12.0
                trend = (1 + drift / 100.0) ** (-years_before)
                value = level * shape * trend * (1 + rng.gauss(0, 0.004))
                rows.append((key, force, m, round(value, 3), POPULATION[force]))
        for m in span:
            rows.append((key, FORCE, m, round(met[m], 3), POPULATION[FORCE]))
    rows.sort(key=lambda r: (r[0], r[1] != FORCE, r[1], r[2]))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["measure", "force", "month", "value", "population"])
        for r in rows:
            w.writerow(r)


def main():
    series = read_source()
    all_months = sorted(series["total-notifiable-offences"])
    series["officer-hours"] = officer_hours(all_months)
    # A ratio from two real series: the share of violence against the person that caused injury.
    ratio = {
        "violence-injury-share": (series["violence-with-injury"], series["violence-against-the-person"]),
    }
    os.makedirs(os.path.join(HERE, "data"), exist_ok=True)
    write_monthly(series, ratio, os.path.join(HERE, "data", "monthly.csv"))
    write_peers(series, os.path.join(HERE, "data", "peers.csv"))


if __name__ == "__main__":
    main()
