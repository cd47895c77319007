#!/usr/bin/env python3
"""Latency of the public portal's main pages against a running Gongkai (demo content).

Usage: start the app (dotnet run --project src/Gongkai -c Release -- --urls http://127.0.0.1:5080),
then: python3 bench/portal-latency.py http://127.0.0.1:5080 [requests-per-page]
Prints p50/p95/max in milliseconds per page, sequential requests after a warm-up.
Standard library only; loopback only.
"""
import json
import statistics
import sys
import time
import urllib.request

base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5080"
count = int(sys.argv[2]) if len(sys.argv) > 2 else 200


def get(path):
    with urllib.request.urlopen(base + path) as response:
        return response.read()


items = json.loads(get("/api/v1/bodies/qinghe/items?page=1"))["items"]
catalogue = json.loads(get("/api/v1/bodies/shiyan-xiaoxue/catalogue"))
weekly = next(c["id"] for root in catalogue for c in root["children"] if c["name"] == "每周工作")
pages = {
    "home /": "/",
    "body home": "/bodies/qinghe",
    "catalogue table": "/bodies/canlian/catalogue",
    "category listing, page 2": f"/bodies/shiyan-xiaoxue/catalogue/{weekly}?page=2",
    "item page": f"/items/{items[0]['id']}",
    "item history": f"/items/{items[0]['id']}/history",
    "API items page": "/api/v1/bodies/qinghe/items?page=2",
    "Atom feed": "/bodies/qinghe/feed.atom",
}
print(f"{'page':28} {'p50':>8} {'p95':>8} {'max':>8}  (ms, {count} sequential requests)")
for name, path in pages.items():
    for _ in range(20):
        get(path)
    timings = []
    for _ in range(count):
        start = time.perf_counter()
        get(path)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"{name:28} {statistics.median(timings):8.2f} {p95:8.2f} {timings[-1]:8.2f}")
