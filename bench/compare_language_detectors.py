# ruff: noqa  (a throwaway measuring script, kept to reproduce the reported figures)
"""Compare py3langid and lingua-language-detector on 3,000 demo ads (a development tool).

Needs lingua-language-detector installed (not a dependency of the product):
    .venv/bin/pip install "lingua-language-detector>=2.1,<3"
    .venv/bin/python bench/compare_language_detectors.py
"""

import collections
import time

from thbwatch.demo.corpus import iter_corpus
from thbwatch.extract import language as L

ads = []
for ad, t in iter_corpus(3000, 11):
    body = ad.get("text") or ad.get("description") or ""
    ads.append((ad["title"] + "\n\n" + body, ad["language"]))
titles = [(t.split("\n\n")[0], l) for t, l in ads]


def run(name, fn, data):
    fn(data[0][0])
    t = time.perf_counter()
    res = [fn(x) for x, _ in data]
    dt = time.perf_counter() - t
    ok = collections.Counter()
    tot = collections.Counter()
    for (x, l), r in zip(data, res):
        tot[l] += 1
        ok[l] += r == l
    worst = min(ok[l] / tot[l] for l in tot)
    print(
        f"| {name:34s} | {sum(ok.values()) / len(data):.4f} | {worst:.3f} | {len(data) / dt:7.0f} | {dt / len(data) * 1e6:6.1f} |"
    )


ident = L._identifier()
from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

langs = []
for code in L.EUROPEAN_LANGUAGES:
    try:
        langs.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
    except Exception:
        if code == "no":
            langs += [Language.BOKMAL, Language.NYNORSK]
print("lingua languages", len(langs))
low = (
    LanguageDetectorBuilder.from_languages(*langs)
    .with_low_accuracy_mode()
    .with_preloaded_language_models()
    .build()
)
high = LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()


def code(l):
    if l is None:
        return None
    if l in (Language.BOKMAL, Language.NYNORSK):
        return "no"
    return l.iso_code_639_1.name.lower()


print("| detector | accuracy | worst language | ads/s | us/ad |")
for n in (150, 200, 300, 10**6):
    L.MAX_CHARS = n
    run(
        f"py3langid, first {n} chars" if n < 10**6 else "py3langid, whole ad",
        L.detect_language,
        ads,
    )
L.MAX_CHARS = 300
for n in (300,):
    run(f"lingua low accuracy, first {n}", lambda x: code(low.detect_language_of(x[:n])), ads)
    run(f"lingua high accuracy, first {n}", lambda x: code(high.detect_language_of(x[:n])), ads)
print("titles only:")
run("py3langid", L.detect_language, titles)
run("lingua low", lambda x: code(low.detect_language_of(x)), titles)
run("lingua high", lambda x: code(high.detect_language_of(x)), titles)
