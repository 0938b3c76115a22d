"""The benchmarks' machine reference (bench/machine.py), loaded as `thbwatch bench` loads it."""

from thbwatch.cli import load_benchmark


def test_the_machine_reference_names_the_machine_and_times_both_workloads() -> None:
    reference = load_benchmark("machine").run()
    assert reference["cpu"] and reference["python"].count(".") == 2
    assert reference["python_loop_ms"] > 0 and reference["regex_scan_ms"] > 0


def test_a_longer_workload_takes_longer_on_the_reference_clock() -> None:
    machine = load_benchmark("machine")
    short = machine._best_milliseconds(lambda: sum(range(10_000)), 3)
    long = machine._best_milliseconds(lambda: sum(range(1_000_000)), 3)
    assert long > 10 * short
