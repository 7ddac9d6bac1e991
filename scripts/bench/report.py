"""The benchmark's table and the results section of docs/performance.md (scripts/bench/run.py measures)."""

from pathlib import Path

REPORT = Path(__file__).resolve().parents[2] / "docs" / "performance.md"
START, END = "<!-- bench:results:start -->", "<!-- bench:results:end -->"


def table(rows, rounds):
    lines = [
        "| what | how | requests/s | p50 ms | p95 ms | baseline requests/s | ratio to baseline |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for name, how, result in rows:
        if result is None:
            lines.append(f"| {name} | {how} | – | – | – | – | no validators |")
            continue
        ratio = result["rps"] / result["baseline_rps"]
        flag = " (errors)" if result["errors"] or result["bad_status"] else ""
        lines.append(
            f"| {name} | {how} | {result['rps']:.0f} | {result['p50_ms']:.1f} | {result['p95_ms']:.1f} | "
            f"{result['baseline_rps']:.0f} | {ratio:.3f}{flag} |"
        )
    baseline = rows[0][2]
    lines.append(
        f"\nThe baseline ranged from {baseline['min_rps']:.0f} to {baseline['max_rps']:.0f} requests/s "
        "over the run; each row is compared with the baselines measured just before and after it. "
        f"Cached, warm and 304 rows ran {rounds} times, each time followed by a baseline; the row shows "
        "the round with the median ratio (every round's ratio is in docs/bench/results.json). "
        "Uncached pages have a new address each time, so the page cache misses; their content, kept under "
        "the page cache's rules (home/fragments.py), is read. Cold rows are one client with the cache "
        "emptied before each request: nothing kept, the page or feed built from the database alone."
    )
    return "\n".join(lines)


def write_report(text):
    if not REPORT.exists():
        REPORT.write_text(f"# Performance\n\n{START}\n{END}\n")
    content = REPORT.read_text()
    if START not in content:
        content += f"\n{START}\n{END}\n"
    head, rest = content.split(START, 1)
    tail = rest.split(END, 1)[1]
    REPORT.write_text(f"{head}{START}\n{text}\n{END}{tail}")
