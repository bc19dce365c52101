"""NumPy and pandas on the ratings that write-ratings.cs writes: the peer rows of docs/benchmarks.md.

Run with Debian's system Python (python3-numpy, python3-pandas) and the OpenBLAS variables unset for this command:
    env -u OPENBLAS_L2_SIZE -u OPENBLAS_CORETYPE /usr/bin/python3 benchmarks/peers/peers.py artifacts/peers/ratings.u8
Each operation runs 3 times as warm-up, then 10 times; the best and the median time are printed.
"""
import statistics
import sys
import time

import numpy as np
import pandas as pd

path = sys.argv[1] if len(sys.argv) > 1 else "artifacts/peers/ratings.u8"
r = np.fromfile(path, dtype=np.uint8)
s = pd.Series(r)


def numpy_nps():
    promoters = np.count_nonzero(r >= 9)
    detractors = np.count_nonzero(r <= 6)
    return 100.0 * (promoters - detractors) / r.size


def numpy_bincount():
    return np.bincount(r, minlength=11)


def pandas_value_counts():
    return s.value_counts(sort=False)


def pandas_nps():
    return 100.0 * (int((s >= 9).sum()) - int((s <= 6).sum())) / len(s)


def measure(name, fn):
    for _ in range(3):
        fn()
    times = []
    for _ in range(10):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    best, median = min(times), statistics.median(times)
    print(f"{name}\t{best * 1e3:.1f} ms best\t{median * 1e3:.1f} ms median\t{r.size / median / 1e9:.2f} GB/s (median)")


print(f"numpy {np.__version__}, pandas {pd.__version__}, {r.size:,} ratings")
assert np.array_equal(numpy_bincount()[:11], np.bincount(r, minlength=11))
measure("numpy count_nonzero NPS", numpy_nps)
measure("numpy bincount", numpy_bincount)
measure("pandas NPS (comparisons)", pandas_nps)
measure("pandas value_counts", pandas_value_counts)
