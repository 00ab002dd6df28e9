#!/usr/bin/env python3
"""Reads files written by tightrope's writers with pandas (and pyarrow/polars when installed) and checks
them bit for bit against raw float64 dumps: the README's Python recipe, verified. Not part of CI (it needs
python3-pandas). Run through `node scripts/check-python-readers.mjs`, which writes the files first.

    python3 scripts/read-exports.py DIR
"""
import json
import sys

import numpy as np
import pandas as pd

d = sys.argv[1]
raw = lambda name: np.fromfile(f"{d}/{name}.f64", dtype="<f8")
same = lambda a, b: len(a) == len(b) and bool((np.asarray(a, dtype="<f8").view("<u8") == np.asarray(b, dtype="<f8").view("<u8")).all())
results = []

def check(what, ok):
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {what}")

# CSV: skip the "# tightrope {…}" line; round_trip parses every float exactly
header = json.loads(open(f"{d}/spikes.csv").readline()[len("# tightrope "):])
spikes = pd.read_csv(f"{d}/spikes.csv", skiprows=1, float_precision="round_trip")
check(f"spikes.csv: {len(spikes)} spikes, dt = {header['dt']} ms, t bit-exact", same(spikes.t, raw("spikes-t")))
check("spikes.csv: step / round(1/dt) == t", same(spikes.step / round(1 / header["dt"]), raw("spikes-t")))
traces = pd.read_csv(f"{d}/traces.csv", skiprows=1, float_precision="round_trip")
check(f"traces.csv (round_trip): {len(traces)} samples bit-exact, -0, NaN, ±inf included", same(traces.value, raw("traces-value")))
default = pd.read_csv(f"{d}/traces.csv", skiprows=1)
bad = int((np.asarray(default.value, dtype="<f8").view("<u8") != raw("traces-value").view("<u8")).sum())
print(f"info pandas' default float parser: {bad} of {len(default)} values differ in their bits (hence float_precision='round_trip')")
v = traces[(traces.population == "E") & (traces.variable == "v")].pivot(index="t", columns="neuron", values="value")
check(f"pivot to one column per neuron: {v.shape}", v.shape[0] > 0)

# JSON: {"tightrope": header, "columns": {...}}; non-finite floats are the strings "NaN", "Infinity", "-Infinity"
doc = json.load(open(f"{d}/traces.json"))
tj = pd.DataFrame(doc["columns"]).astype({"t": float, "value": float})
check(f"traces.json: {len(tj)} samples bit-exact", same(tj.value, raw("traces-value")))
sj = pd.DataFrame(json.load(open(f"{d}/spikes.json"))["columns"])
check("spikes.json: t bit-exact", same(sj.t.astype(float), raw("spikes-t")))

for fmt, read in (("parquet", lambda p: pd.read_parquet(p)), ("arrow", lambda p: pd.read_feather(p))):
    try:
        t = read(f"{d}/traces.{fmt}")
        check(f"traces.{fmt} with pandas: bit-exact", same(t.value, raw("traces-value")))
    except ImportError as e:
        print(f"skip traces.{fmt} with pandas: {str(e).splitlines()[0]}")
try:
    import polars as pl
    check("traces.parquet with polars: bit-exact", same(pl.read_parquet(f"{d}/traces.parquet")["value"].to_numpy(), raw("traces-value")))
    check("traces.arrow with polars: bit-exact", same(pl.read_ipc(f"{d}/traces.arrow")["value"].to_numpy(), raw("traces-value")))
    check("spikes.csv with polars: t bit-exact", same(pl.read_csv(f"{d}/spikes.csv", skip_rows=1)["t"].to_numpy(), raw("spikes-t")))
except ImportError:
    print("skip polars: not installed")

failed = sum(1 for r in results if r is False)
print(f"{sum(1 for r in results if r)} passed, {failed} failed")
sys.exit(1 if failed else 0)
