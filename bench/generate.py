#!/usr/bin/env python3
"""Synthetic content in the real format, for the build benchmark.

generate.py N OUT  writes OUT/Content (criteria, 12 benchmarks, N models with ~3 KB write-ups and ~20
measurements each, some gaps and qualitative entries), OUT/hugo (the same bodies as Hugo pages plus one
list page with a table of all models) and OUT/bodies (the bare Markdown bodies, for the cmark floor).
Deterministic: the same N gives the same files."""
import os, random, shutil, sys

N = int(sys.argv[1]); OUT = sys.argv[2]
rng = random.Random(N)
root = os.path.dirname(os.path.abspath(__file__))
shutil.rmtree(OUT, ignore_errors=True)
content = os.path.join(OUT, "Content")
for d in ("criteria", "benchmarks", "models", "metrics"):
    os.makedirs(os.path.join(content, d))
os.makedirs(os.path.join(OUT, "bodies"))
hugo = os.path.join(OUT, "hugo")
os.makedirs(os.path.join(hugo, "content", "models"))
os.makedirs(os.path.join(hugo, "layouts", "_default"))

for name in ("toxicity", "factuality", "bias", "stereotypes"):
    shutil.copy(os.path.join(root, "..", "Content", "criteria", name + ".md"), os.path.join(content, "criteria"))

criteria = ["toxicity", "factuality", "bias", "stereotypes"]
benchmarks = []
for i in range(12):
    c = criteria[i % 4]
    kind = ["higher", "lower", "target"][i % 3]
    bid = f"bench-{i:02d}"
    benchmarks.append((bid, kind))
    extra = "target: 50\n" if kind == "target" else ""
    chance = "chance: 25\n" if kind == "higher" and i % 2 == 0 else ""
    open(os.path.join(content, "benchmarks", bid + ".md"), "w").write(
        f"---\nname: Benchmark {i}\ncriterion: {c}\ndirection: {kind}\n{extra}range: [0, 100]\n{chance}unit: \"%\"\n"
        f"setup: synthetic setup {i}\nharness:\n  - task: task_{i}\n    metric: acc\n  - task_prefix: task_{i}_\n    metric: acc\n---\n\n"
        f"Synthetic benchmark {i} for the performance benchmark. It measures nothing.\n")

words = ("model evaluation toxicity truthful bias stereotype benchmark alignment reward classifier data "
         "prompt answer measure table figure paper harness score result sample group gender religion").split()

def sentence():
    w = [rng.choice(words) for _ in range(rng.randint(8, 16))]
    i = rng.randrange(len(w)); w[i] = f"*{w[i]}*"
    j = rng.randrange(len(w)); w[j] = f"**{w[j]}**"
    if rng.random() < 0.3:
        k = rng.randrange(len(w)); w[k] = f"[{w[k]}](https://example.org/{rng.randint(1, 999)})"
    if rng.random() < 0.3:
        k = rng.randrange(len(w)); w[k] = f"`{w[k]}`"
    return " ".join(w).capitalize() + "."

def writeup():
    parts = [" ".join(sentence() for _ in range(4)), ""]
    parts += ["- " + sentence() for _ in range(3)] + [""]
    parts += ["> " + sentence(), ""]
    for c in criteria:
        parts += [f"## {c.capitalize()}", "", " ".join(sentence() for _ in range(3)), ""]
    parts += ["### Notes", "", "1. " + sentence(), "2. " + sentence(), "", "```", "lm_eval --model hf --tasks task_1", "```", ""]
    text = "\n".join(parts)
    while len(text) < 3000:
        text += "\n" + " ".join(sentence() for _ in range(3)) + "\n"
    return text

rows = []
for n in range(N):
    slug = f"model-{n:05d}"
    name = f"Model {n:05d}"
    body = writeup()
    alignment = rng.choice(["none", "[curated-data]", "[reward-model]", "[curated-data, safety-classifier]"])
    paper = "none" if n % 7 == 0 else f"https://example.org/papers/{n}"
    open(os.path.join(content, "models", slug + ".md"), "w").write(
        f"---\nname: {name}\norganization: Lab {n % 37}\nreleased: 2023-0{1 + n % 9}-01\nparameters: {1 + n % 70}B\n"
        f"license: Apache-2.0\ntraining_data: synthetic\nalignment: {alignment}\npaper: {paper}\n---\n\n{body}")
    open(os.path.join(OUT, "bodies", slug + ".md"), "w").write(body)
    open(os.path.join(hugo, "content", "models", slug + ".md"), "w").write(
        f"---\ntitle: \"{name}\"\norganization: \"Lab {n % 37}\"\n---\n\n{body}")
    ms = []
    for bid, kind in rng.sample(benchmarks, 8 if n % 11 == 0 else 12):
        if rng.random() < 0.08:
            ms.append(f'{{"benchmark": "{bid}", "qualitative": "figure only", "source": {{"title": "Paper {n}", "url": "https://example.org/papers/{n}", "locator": "Figure 2", "kind": "paper"}}}}')
            continue
        ms.append(f'{{"benchmark": "{bid}", "value": {rng.uniform(0, 100):.2f}, "stderr": {rng.uniform(0, 3):.3f}, "n_shot": 0, "source": {{"title": "Paper {n}", "url": "https://example.org/papers/{n}", "locator": "Table {rng.randint(1, 20)}", "kind": "paper"}}}}')
        if len(ms) < 20 and rng.random() < 0.7:
            ms.append(f'{{"benchmark": "{bid}", "subset": "group-{rng.randint(1, 5)}", "value": {rng.uniform(0, 100):.2f}, "source": {{"title": "Paper {n}", "locator": "Table 3", "kind": "secondary"}}}}')
    # de-duplicate subset keys
    seen, unique = set(), []
    for m in ms:
        key = m.split('"value"')[0].split('"qualitative"')[0]
        if key in seen: continue
        seen.add(key); unique.append(m)
    open(os.path.join(content, "metrics", slug + ".json"), "w").write('{"measurements": [\n  ' + ",\n  ".join(unique) + "\n]}\n")
    rows.append((slug, name, n % 37))

open(os.path.join(hugo, "config.toml"), "w").write('baseURL = "/"\ntitle = "Leaderboard"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n[markup.goldmark.renderer]\nunsafe = false\n')
open(os.path.join(hugo, "layouts", "_default", "single.html"), "w").write(
    "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1><p>{{ .Params.organization }}</p>{{ .Content }}</body></html>\n")
open(os.path.join(hugo, "layouts", "_default", "list.html"), "w").write(
    "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><table><thead><tr><th>Model</th><th>Organization</th></tr></thead><tbody>"
    "{{ range .Site.RegularPages }}<tr><td><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></td><td>{{ .Params.organization }}</td></tr>{{ end }}</tbody></table></body></html>\n")
open(os.path.join(hugo, "layouts", "index.html"), "w").write(open(os.path.join(hugo, "layouts", "_default", "list.html")).read())
print(f"generated {N} models in {OUT}")
