#!/usr/bin/env python3
"""Compares commands by running them in alternation, round after round,
and prints each one's median wall time and its ratio to the first's.

    scripts/alternate.py ROUNDS [--input FILE] COMMAND...

Each COMMAND is one string (split on spaces, no shell); FILE, if given, is
fed to every run's standard input. Running A, B, A, B... rather than all
the A runs and then all the B runs keeps this machine's drifting speed out
of the comparison (it moves by a third over minutes). Three untimed runs of
each command come first. For side-by-side checks of a change, e.g. the
release binary before and after:

    scripts/alternate.py 40 --input names.txt "/tmp/before lookup --json" ".build/release/incident-map lookup --json"
"""
import statistics
import subprocess
import sys
import time


def run(command, data):
    start = time.perf_counter()
    subprocess.run(command.split(), input=data, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    arguments = sys.argv[1:]
    if len(arguments) < 2 or not arguments[0].isdigit():
        sys.exit(__doc__)
    rounds, commands, data = int(arguments[0]), arguments[1:], b""
    if commands[0] == "--input":
        data, commands = open(commands[1], "rb").read(), commands[2:]
    for command in commands:
        for _ in range(3):
            run(command, data)
    times = {command: [] for command in commands}
    for _ in range(rounds):
        for command in commands:
            times[command].append(run(command, data))
    first = statistics.median(times[commands[0]])
    for command in commands:
        median = statistics.median(times[command])
        quartiles = statistics.quantiles(times[command], n=4)
        print(f"{median * 1000:9.2f} ms median (quartiles {quartiles[0] * 1000:.2f}–{quartiles[2] * 1000:.2f})"
              f"  ÷ first {median / first:.3f}  {command}")


if __name__ == "__main__":
    main()
