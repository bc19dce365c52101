"""The pandas peer of TableImportBenchmarks: read_csv with declared dtypes, then to_datetime on every time column.

Usage: CXCORE_BENCH_DATA_DIR=/tmp/x dotnet run -c Release --project benchmarks/CxCore.Benchmarks -- --filter '*TableImport*'
       /usr/bin/python3 benchmarks/pandas/import_peer.py /tmp/x/touchpoints-1000000.csv /tmp/x/tickets-1000000.csv
Prints the best of five runs of each step, in seconds and rows per second.
"""
import sys
import time

import pandas as pd

TOUCHPOINT_DTYPES = {
    "event_id": "string", "customer_id": "string", "occurred_at": "string", "channel": "category",
    "department": "category", "stage": "category", "initiator": "category", "outcome": "category", "topic": "string",
}
TICKET_DTYPES = {
    "Id": "int64", "Requester id": "string", "Group": "category", "Status": "category", "Priority": "category",
    "Via": "category", "Created at": "string", "Updated at": "string", "Solved at": "string", "Reopens": "int64",
    "First reply time in minutes": "float64", "First reply time in minutes within business hours": "float64",
    "First resolution time in minutes": "float64", "First resolution time in minutes within business hours": "float64",
    "Full resolution time in minutes": "float64", "Full resolution time in minutes within business hours": "float64",
}


def best(f, runs=5):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        n = f()
        times.append(time.perf_counter() - t0)
    return min(times), n


def touchpoints(path, parse):
    df = pd.read_csv(path, dtype=TOUCHPOINT_DTYPES, keep_default_na=False)
    if parse:
        df["occurred_at"] = pd.to_datetime(df["occurred_at"], format="%Y-%m-%dT%H:%M:%S%z", utc=True)
    return len(df)


def tickets(path, parse):
    df = pd.read_csv(path, dtype=TICKET_DTYPES, keep_default_na=False, na_values={c: [""] for c in TICKET_DTYPES if TICKET_DTYPES[c] == "float64"})
    if parse:
        for c in ("Created at", "Updated at", "Solved at"):
            local = pd.to_datetime(df[c].replace("", None), format="%Y-%m-%d %H:%M:%S")
            # Wall-clock times in the hour that repeats when clocks go back (a million tickets 13 minutes apart span 24
            # years of Novembers) name two instants: NaT, as CxCore rejects them (AmbiguousLocalTime) rather than guess.
            df[c] = local.dt.tz_localize("America/New_York", ambiguous="NaT", nonexistent="NaT")
    return len(df)


print(f"pandas {pd.__version__}")
for name, f, path in (("touchpoints", touchpoints, sys.argv[1]), ("tickets", tickets, sys.argv[2])):
    for parse in (False, True):
        seconds, n = best(lambda: f(path, parse))
        print(f"{name:12} {'read_csv + to_datetime' if parse else 'read_csv only':24} {seconds:8.3f} s  {n / seconds / 1e6:6.3f} M rows/s")
