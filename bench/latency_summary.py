#!/usr/bin/env python3
"""Percentiles of a constant-rate run, printed as "count p50 p99 p99.9 bad" (milliseconds).

  latency_summary.py hyperfoil OUT PHASE   Hyperfoil's Maven plugin output (-Dhyperfoil.percentiles=true): the
                                           recorded distribution of PHASE, and its non-2xx and socket errors;
                                           then the requests of every phase (for CPU per request)
  latency_summary.py pgbench LOG...        pgbench -R -l logs: each transaction's time plus its schedule lag,
                                           the wait a user would feel when the database falls behind the rate
"""
import re
import sys


def percentile(sorted_values, q):
    if not sorted_values:
        return 0.0
    index = max(0, min(len(sorted_values) - 1, int(-(-q * len(sorted_values) // 1)) - 1))
    return sorted_values[index]


def hyperfoil(path, phase):
    lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
    every_phase = sum(int(m.group(1)) for m in (re.search(r"RunMojo\] ([0-9]+) requests in", line) for line in lines) if m)
    heading = re.compile(r"RunMojo\] ([A-Za-z0-9_-]+)/[A-Za-z0-9_-]+: *$")   # "main/request: " opens a phase's figures
    start = next(i for i, line in enumerate(lines) if (m := heading.search(line)) and m.group(1) == phase)
    rows, bad, count = [], 0, 0
    for line in lines[start + 1:]:
        if heading.search(line):
            break
        m = re.match(r"\s*([0-9.]+)\s+([0-9.]+)\s+([0-9]+)", line)
        if m:
            rows.append((float(m.group(2)), float(m.group(1)) / 1000.0))   # (percentile, ms): the plugin prints µs
        m = re.search(r"Total count\s*=\s*([0-9]+)", line)
        if m:
            count = int(m.group(1))
        m = re.search(r"Non-2xx or 3xx responses: ([0-9]+)", line)
        if m:
            bad += int(m.group(1))
        m = re.search(r"Socket errors: errors ([0-9]+), timeouts ([0-9]+)", line)
        if m:
            bad += int(m.group(1)) + int(m.group(2))

    def at(q):
        return next((ms for p, ms in rows if p >= q), rows[-1][1] if rows else 0.0)

    print(f"{count} {at(0.5):.2f} {at(0.99):.2f} {at(0.999):.2f} {bad} {every_phase}")


def pgbench(paths):
    values = []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            fields = line.split()
            if len(fields) >= 7 and fields[2] != "skipped":
                values.append((int(fields[2]) + int(fields[6])) / 1000.0)
    values.sort()
    print(f"{len(values)} {percentile(values, 0.5):.2f} {percentile(values, 0.99):.2f} {percentile(values, 0.999):.2f} 0")


if __name__ == "__main__":
    if sys.argv[1] == "hyperfoil":
        hyperfoil(sys.argv[2], sys.argv[3])
    else:
        pgbench(sys.argv[2:])
