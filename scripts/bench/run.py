"""`make bench`: seed, serve under gunicorn with production settings, load with wrk, report.

    python scripts/bench/run.py            (the Makefile sets the environment; see `make bench`)

Every figure is also a ratio to the baseline: a bare Django view (cms/bench_urls.py) served by
the same gunicorn, settings and middleware, measured just before and just after each row (on
a shared machine the load drifts within a run). Throughput comes from wrk on
loopback; "cold" feeds from a sequential client that empties the cache (Redis) before each
request, since every such request must build the feed from the database. Writes
docs/bench/results.json and the results section of docs/performance.md.
"""

import http.client
import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.bench")

HOST, PORT = "127.0.0.1", int(os.environ.get("BENCH_PORT", "8763"))
DURATION = os.environ.get("BENCH_DURATION", "3s")
# Fast rows (cached, warm, 304) alternate with the baseline this many times; the median round counts.
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
# Rows whose requests take a good part of a second get longer, so their percentiles rest on enough requests.
SLOW_DURATION = os.environ.get("BENCH_SLOW_DURATION", "10s")
BASELINE_DURATION = os.environ.get("BENCH_BASELINE_DURATION", "3s")
# Two connections per worker: every worker always has the next request waiting, no deeper queue.
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", str(2 * (os.cpu_count() or 1))))
# Browsers send it; without it an address outside /sv/ and /nb/ looks up the site's default language.
ACCEPT_LANGUAGE = "sv-SE,sv;q=0.9,en;q=0.5"
COLD_REQUESTS = int(os.environ.get("BENCH_COLD_REQUESTS", "15"))
RESULTS = ROOT / "docs" / "bench" / "results.json"
LUA = Path(__file__).with_name("wrk.lua")
PY = str(Path(sys.executable))


def run(*args, **kwargs):
    return subprocess.run(args, cwd=ROOT, check=True, **kwargs)


def workers():
    return os.cpu_count() or 1


def start_server():
    log = open(tempfile.gettempdir() + "/samspel-bench-gunicorn.log", "w")  # noqa: SIM115
    server = subprocess.Popen(
        [
            str(Path(PY).with_name("gunicorn")),
            "cms.wsgi",
            f"--workers={workers()}",
            f"--bind={HOST}:{PORT}",
            "--access-logfile=-" if os.environ.get("BENCH_ACCESS_LOG") else "--log-level=warning",
        ],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    for _ in range(300):
        try:
            if get("/bench/baseline/")[0] == 200:
                return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("gunicorn did not start: see " + log.name)


def get(path, headers=None, method="GET", body=None):
    connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
    headers = {"Host": "localhost", "Accept-Language": ACCEPT_LANGUAGE, **(headers or {})}
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    content = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), content, response.headers.get_all("Set-Cookie") or []


def drain():
    """Wait until the workers have answered what wrk left queued when it stopped."""
    for _ in range(workers() + 1):
        get("/bench/baseline/")


def align_to_minute(seconds_needed):
    """Cached pages expire at each whole minute (home/page_cache.py): keep a timed row inside one minute."""
    left = 60 - time.time() % 60
    if left < seconds_needed:
        time.sleep(left + 0.5)


def seconds(duration):
    return float(duration.rstrip("s"))


def wrk(path, mode="plain", duration=None, **lua_env):
    """wrk on one address: requests per second and latency percentiles in milliseconds."""
    env = {**os.environ, "BENCH_MODE": mode, "BENCH_ACCEPT_LANGUAGE": ACCEPT_LANGUAGE, **lua_env}
    drain()
    if mode in ("plain", "etag"):
        align_to_minute(seconds(duration or DURATION) + 3)
        get(path)  # stored again if the minute turned
    out = subprocess.run(
        [
            "wrk",
            "-t1",
            f"-c{CONNECTIONS}",
            f"-d{duration or DURATION}",
            "--timeout=30s",
            "-s",
            str(LUA),
            f"http://{HOST}:{PORT}{path}",
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    data = json.loads(out[out.index("BENCHJSON") + len("BENCHJSON") :].strip().splitlines()[0])
    return {
        "rps": round(data["requests"] / (data["duration_us"] / 1e6), 1),
        "p50_ms": round(data["p50_us"] / 1000, 2),
        "p95_ms": round(data["p95_us"] / 1000, 2),
        "requests": data["requests"],
        "errors": data["errors"],
        "bad_status": data["bad_status"],
    }


def cold(path):
    """Sequential requests, the cache emptied before each: every one is built from the database alone."""
    from django.core.cache import cache

    times = []
    for _ in range(COLD_REQUESTS):
        cache.clear()
        started = time.perf_counter()
        status, headers, body, _ = get(path)
        times.append(time.perf_counter() - started)
        assert status == 200, (path, status)
    times.sort()
    return {
        "rps": round(len(times) / sum(times), 1),
        "p50_ms": round(statistics.median(times) * 1000, 2),
        "p95_ms": round(times[max(0, round(0.95 * len(times)) - 1)] * 1000, 2),
        "requests": len(times),
        "errors": 0,
        "bad_status": 0,
        "concurrency": 1,
    }


def submission(form_path):
    """POST an application: the form page's CSRF cookie and token, a new e-mail address each time."""
    status, headers, body, cookies = get(form_path)
    assert status == 200, status
    html = body.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    cookie = "; ".join(c.split(";", 1)[0] for c in cookies)
    fields = {"csrfmiddlewaretoken": token}
    form = html[html.index("csrfmiddlewaretoken") :]
    for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', form):
        fields.setdefault(name, value)
    fields.update(
        {
            "name": "Bench Sökande",
            "email": "__EMAIL__",
            "country": "SE",
            "region": "jamtland-harjedalen",
            "art_form": "Dans",
            "consent": "on",
        }
    )
    for name in re.findall(r'<textarea[^>]*name="([^"]+)"', form):
        fields.setdefault(name, "Jag vill utveckla en föreställning.")
    for name in re.findall(r'<input[^>]*type="checkbox"[^>]*name="([^"]+)"', form):
        fields.setdefault(name, "on")
    for select in re.findall(
        r'<select[^>]*name="([^"]+)"[^>]*>\s*(?:<option value="">[^<]*</option>\s*)?'
        r'<option value="([^"]+)"',
        form,
    ):
        fields.setdefault(*select)
    from urllib.parse import urlencode

    fields.pop("website", None)  # the honeypot stays empty
    body = urlencode(fields)
    probe = body.replace("__EMAIL__", f"bench-probe-{time.time_ns()}%40example.com")
    status, headers, _, _ = get(
        form_path,
        method="POST",
        body=probe,
        headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"},
    )
    if status != 302:
        raise SystemExit(f"The application form did not accept the bench's post (status {status}).")
    return body, cookie


def machine():
    from django.db import connection

    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "")
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    memory = next(int(line.split()[1]) for line in meminfo if line.startswith("MemTotal"))
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gib": round(memory / 1024 / 1024, 1),
        "python": platform.python_version(),
        "postgresql": postgres,
        "os": platform.platform(),
        "load_average_before": round(os.getloadavg()[0], 2),
        "gunicorn_workers": workers(),
        "wrk": (
            f"1 thread, {CONNECTIONS} connections; {ROUNDS} rounds of {DURATION} for cached, warm and "
            f"304 rows, {SLOW_DURATION} for uncached pages and the POST"
        ),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def cpu_ticks():
    """(steal, total) CPU time of the whole machine since boot, from /proc/stat."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]
    except OSError:
        return 0, 0
    ticks = [int(field) for field in fields]  # user nice system idle iowait irq softirq steal
    return (ticks[7] if len(ticks) == 8 else 0), sum(ticks)


def steal_percent(before, after):
    """The share of the run's CPU time the hypervisor gave to other guests: every row is slower by it,
    and unevenly, so a run with much of it says less than a quiet one."""
    total = after[1] - before[1]
    return round(100 * (after[0] - before[0]) / total, 1) if total else 0.0


def warm_up(paths):
    """Each worker renders each address once before it is timed, as on a site that has been up a while."""
    for path in paths:
        for n in range(workers() * 2):
            get(f"{path}?bench=warm-{n}")
            get(path)


def measure():
    """Every row next to a baseline of its own: on a shared machine the load drifts within a run."""
    from scripts.bench.addresses import addresses

    found = addresses()
    warm_up(["/bench/baseline/", *found["pages"].values(), *found["feeds"].values(), found["form"]])
    baselines = [wrk("/bench/baseline/", duration=BASELINE_DURATION)]
    rows = []

    def against_baseline(result):
        # The ratio is to the mean of the baselines measured just before and just after the row.
        after = wrk("/bench/baseline/", duration=BASELINE_DURATION)
        if result is not None:
            result["baseline_rps"] = round((baselines[-1]["rps"] + after["rps"]) / 2, 1)
        baselines.append(after)
        return result

    def add(name, how, result):
        rows.append((name, how, against_baseline(result)))

    def add_rounds(name, how, run_row):
        # A fast row moves with the machine by more than the targets' margins from one few-second
        # run to the next: alternated with the baseline, it is the round with the median ratio.
        rounds = sorted(
            (against_baseline(run_row()) for _ in range(ROUNDS)), key=lambda r: r["rps"] / r["baseline_rps"]
        )
        result = dict(rounds[len(rounds) // 2])
        result["round_ratios"] = [round(r["rps"] / r["baseline_rps"], 3) for r in rounds]
        rows.append((name, how, result))

    for name, path in found["pages"].items():
        add_rounds(name, "cached", lambda path=path: wrk(path))
        add(name, "uncached", wrk(path, mode="unique", duration=SLOW_DURATION))
        # The first render after a deploy or a publish: nothing kept, neither the page nor its content.
        add(name, "cold", cold(path))
    for name, path in found["feeds"].items():
        add(name, "cold", cold(path))
        status, headers, _, _ = get(path)
        add_rounds(name, "warm", lambda path=path: wrk(path))
        validator = headers.get("ETag")
        if validator:
            add_rounds(name, "304", lambda path=path, v=validator: wrk(path, mode="etag", BENCH_ETAG=v))
        else:
            add(name, "304", None)
    body, cookie = submission(found["form"])
    post = wrk(found["form"], mode="post", duration=SLOW_DURATION, BENCH_BODY=body, BENCH_COOKIE=cookie)
    add("application submission", "POST", post)
    rps = sorted(b["rps"] for b in baselines)
    baseline = {
        "rps": statistics.median(rps),
        "p50_ms": statistics.median(b["p50_ms"] for b in baselines),
        "p95_ms": statistics.median(b["p95_ms"] for b in baselines),
        "runs": len(baselines),
        "min_rps": rps[0],
        "max_rps": rps[-1],
        "baseline_rps": statistics.median(rps),
        "errors": sum(b["errors"] for b in baselines),
        "bad_status": sum(b["bad_status"] for b in baselines),
    }
    return [("baseline (bare Django view)", f"median of {len(baselines)}", baseline), *rows]


def ensure_database():
    """The benchmark's own database on the local PostgreSQL, created when missing."""
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(os.environ["DATABASE_URL"])
    server = {k: config[k.upper()] for k in ("host", "port", "user", "password") if config.get(k.upper())}
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as connection:
        if not connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone():
            connection.execute(f'CREATE DATABASE "{config["NAME"]}"')


def main():
    import django

    ensure_database()
    run(PY, "scripts/bench/seed.py")
    run(PY, "manage.py", "collectstatic", "--noinput", "-v0")
    django.setup()
    from django.core.cache import cache

    cache.clear()
    info = machine()
    server = start_server()
    ticks = cpu_ticks()
    try:
        rows = measure()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    info["cpu_steal_percent"] = steal_percent(ticks, cpu_ticks())
    from scripts.bench.feed_build import measure as feed_build
    from scripts.bench.report import table, write_report

    builds = [feed_build(language) for language in ("sv", "nb")]
    baseline = rows[0][2]["rps"]
    text = table(rows, ROUNDS)
    built = ", ".join(
        f"{b['language']}: min {b['min_ms']:.0f} ms, median {b['median_ms']:.0f} ms "
        f"({b['min_cpu_ms']:.0f} ms CPU in Python, {b['queries']} queries, {b['vevents']} VEVENTs)"
        for b in builds
    )
    summary = (
        f"Run of {info['date']} on {info['cpu']}, {info['cores']} cores, {info['ram_gib']} GiB RAM; "
        f"Python {info['python']}, PostgreSQL {info['postgresql']}; gunicorn with {info['gunicorn_workers']} "
        f"sync workers; wrk {info['wrk']}; load average {info['load_average_before']} when it started; "
        f"{info['cpu_steal_percent']} % of the CPU time taken by the hypervisor (steal) during the run.\n\n"
        f"{text}\n\nCold build of the feed of all events, in-process (scripts/bench/feed_build.py): {built}."
    )
    print(summary)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "machine": info,
                "baseline_rps": baseline,
                "rows": [{"what": n, "how": h, **(r or {"skipped": "no validators"})} for n, h, r in rows],
                "feed_build": builds,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    write_report(summary)


if __name__ == "__main__":
    main()
