#!/usr/bin/env python3
"""Measures how long the built leaderboard page takes to sort in headless Chromium.
sort_check.py SITE_DIR  (a site built from bench/work/n10000/Content, e.g. /tmp/s10k). Prints page size, row count and the median of
five clicks on a criterion header (time from click to the re-ordered table); then how long each page
that lists every model takes to load (DOMContentLoaded, which waits for the first layout of the table)."""
import glob, os, statistics, sys
os.environ["SE_OFFLINE"] = "true"
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

site = os.path.abspath(sys.argv[1])
opts = webdriver.ChromeOptions()
for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"]:
    opts.add_argument(a)
d = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
try:
    d.get("file://" + site + "/index.html")
    rows = int(d.execute_script("return document.getElementById('filter-status').textContent.split(' of ')[1]").split()[0])
    times = []
    for key in ["toxicity", "factuality", "overall", "bias", "stereotypes"]:
        ms = d.execute_script("""
            const b = document.querySelector('th[data-key=' + arguments[0] + '] button');
            const t0 = performance.now(); b.click(); document.body.offsetHeight; return performance.now() - t0;""", key)
        times.append(ms)
    size = os.path.getsize(site + "/index.html")
    print(f"models={rows} (200 rows in the DOM at a time) index.html={size / 1e6:.1f} MB ({size / rows:.0f} bytes/row) sort median={statistics.median(times):.0f} ms max={max(times):.0f} ms")
    pages = ["index.html", "compare/index.html", "matrix/index.html"]
    pages += sorted(os.path.relpath(p, site) for p in glob.glob(site + "/criteria/*/index.html"))
    pages += sorted(os.path.relpath(p, site) for p in glob.glob(site + "/benchmarks/*/index.html"))[:1]
    for page in pages:
        d.get("file://" + site + "/" + page)
        loaded = d.execute_script("return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
        print(f"  {page:<36} {os.path.getsize(site + '/' + page) / 1e6:5.1f} MB  loaded in {loaded:5.0f} ms")
finally:
    d.quit()
