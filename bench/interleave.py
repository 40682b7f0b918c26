#!/usr/bin/env python3
"""Runs commands interleaved (round i runs every command once, in turn) and reports wall time, CPU time and peak
memory (max RSS) per command, plus the ratio of named pairs computed round by round, so a burst of load from other
processes hits both sides of a ratio alike. Standard library only.

Usage: interleave.py RUNS WARMUP OUT.json NAME=COMMAND... [--ratio A/B ...]
A COMMAND is split into words as a shell would (no shell features) and started directly, without a shell in between
(whose start-up would be counted to the command), from the current folder, with its output discarded.
"""
import json
import os
import shlex
import statistics
import subprocess
import sys
import time


def run(argv):
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"interleave: '{shlex.join(argv)}' exited {process.returncode}: {process.stderr.read().decode()[-500:]}")
    # ru_* of the one child: user + system CPU time of all its threads, and its peak resident set.
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def main():
    runs, warmup, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    commands, ratios = [], []
    args = iter(sys.argv[4:])
    for arg in args:
        if arg == "--ratio":
            ratios.append(tuple(next(args).split("/", 1)))
        else:
            name, command = arg.split("=", 1)
            commands.append((name, shlex.split(command)))
    for _ in range(warmup):
        for _, command in commands:
            run(command)
    samples = {name: [] for name, _ in commands}
    for _ in range(runs):
        for name, command in commands:
            samples[name].append(run(command))
    result = {"runs": runs, "commands": {}, "ratios": {}}
    for name, values in samples.items():
        walls = [w for w, _, _ in values]
        cpus = [c for _, c, _ in values]
        result["commands"][name] = {
            "wall_median_s": statistics.median(walls), "wall_min_s": min(walls), "wall_max_s": max(walls),
            "cpu_median_s": statistics.median(cpus), "peak_rss_bytes": max(m for _, _, m in values),
        }
    for a, b in ratios:
        per_round = [x[0] / y[0] for x, y in zip(samples[a], samples[b])]
        cpu_round = [x[1] / y[1] for x, y in zip(samples[a], samples[b])]
        result["ratios"][f"{a}/{b}"] = {"wall_median": statistics.median(per_round), "wall_max": max(per_round),
                                        "cpu_median": statistics.median(cpu_round)}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)


if __name__ == "__main__":
    main()
