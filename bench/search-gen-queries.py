#!/usr/bin/env python3
"""Queries with ground truth for bench/search-vs-pagefind.sh on a generated corpus.

    search-gen-queries.py --corpus DIR/site --built OUT --shared SHARED [--per-kind 12] [--seed 1]
                          --out queries.json

Reads the Markdown that SHARED/bench/gen_corpus.py wrote (DIR/site/content/articles/<slug>/*.md),
proposes queries taken from seeded random articles and computes, for each, every article of the
site it is typed on whose title, summary or text holds it. A query is kept only if 1 to 10
articles hold it, so that all of them belong in an engine's top 10, and only if the summaries
change nothing (the article pages do not show the summary, so Pagefind, which indexes the pages,
cannot find it there). OUT, the built site, says which articles each language site has (a 繁體 page
may be derived from zh-Hans.md and a 简体 one from zh-Hant.md) and gives the stop words.

The kinds, and what "holds" means:
  en-word       two to five words, in another form than in the article they were taken from
                where there is one (plural to singular, or another form the corpus writes); every
                stem must occur
  en-phrase     3 to 5 consecutive words of a sentence, in quotes (up to 8 while more than 10
                articles hold them); their stems, in that order
  hans-word     two topic names (简体) of an article on the 简体 site, or up to four while more than
                10 articles hold them all (a large corpus); each must occur
  hant-word     the same in 繁體 on the 繁體 site
  substring     two to four parts (2 or 3 characters) of topic names of four characters or more,
                one per name, likewise
  sentence      one clause of a Chinese article (8 to 24 characters), whole
  cross-script  简体 topic names or clauses on the 繁體 site, and 繁體 ones on the 简体 site
Chinese is compared in Traditional script through the generator's own character table (checked to
be one-to-one), so a query in either script holds where its Traditional form does. English words
are folded (NFKD, marks dropped, lower case) and stemmed with the snowballstemmer package (Snowball's
English stemmer, Porter2, which Triglot and Pagefind both use). Words that occur in an author's
title are not used: Pagefind indexes the byline's titles, Triglot does not.
"""
import argparse
import functools
import html
import json
import os
import random
import re
import sys
import unicodedata

import snowballstemmer

STEM = snowballstemmer.stemmer("english")
HAN = re.compile(r"^[\u3400-\u9fff]+$")
CLAUSE_BREAK = re.compile(r"[，。：；？！、（）“”‘’《》「」\s—…\[\]*#>0-9a-zA-Z.,;:!?()-]+")
WORD = re.compile(r"[^\W_]+")
KINDS = ("en-word", "en-phrase", "hans-word", "hant-word", "substring", "sentence", "cross-script")


def front_matter(path):
    """(fields, body) of a generated Markdown file: title and summary are JSON strings."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    _, head, body = text.split("---\n", 2)
    fields = {}
    for line in head.splitlines():
        key, _, value = line.partition(": ")
        if key in ("title", "summary"):
            fields[key] = json.loads(value)
    return fields, body


def visible(markdown):
    """The lines a reader sees: no link targets, emphasis, heading, quote or list markers."""
    out = []
    for line in markdown.splitlines():
        line = re.sub(r"\]\([^)]*\)", "", line).replace("[", "")
        line = line.replace("*", "")
        line = re.sub(r"^(#+|>|-|\d+\.)\s*", "", line)
        if line.strip():
            out.append(line.strip())
    return out


@functools.lru_cache(maxsize=None)
def stem(word):
    """A word as both engines index it: folded (NFKD, marks dropped, lower case) and stemmed."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return STEM.stemWord(folded.lower())


def stems(text):
    return [stem(w) for w in WORD.findall(text)]


class Corpus:
    """The articles' texts per site, with and without summaries, and who holds a query."""

    def __init__(self, corpus, built, to_hant):
        self.to_hant = to_hant
        self.sites = {}
        for lang in ("en", "zh-hans", "zh-hant"):
            folder = os.path.join(built, lang, "articles")
            self.sites[lang] = sorted(
                d for d in os.listdir(folder) if os.path.isfile(os.path.join(folder, d, "index.html")))
        with open(os.path.join(built, "en", "search", "index.html"), encoding="utf-8") as f:
            config = re.search(r'<script type="application/json" id="search-config">(.*?)</script>', f.read(), re.S)
        self.stop = set(json.loads(html.unescape(config.group(1)))["stopWords"])

        # variant "full": title, summary and text; "page": what an article page shows (no summary).
        self.en = {"full": {}, "page": {}}  # slug -> stems, in order
        self.hant = {"full": {}, "page": {}}  # slug -> Traditional text
        self.hans = {}  # slug -> zh-Hans.md's full text, where there is one
        self.sentences, self.words = {}, {}  # English sentences; stem -> a form written in lower case
        mismatched = 0
        articles = os.path.join(corpus, "content", "articles")
        for slug in sorted(os.listdir(articles)):
            texts = {}
            for name in ("en.md", "zh-Hans.md", "zh-Hant.md"):
                path = os.path.join(articles, slug, name)
                if os.path.isfile(path):
                    fields, body = front_matter(path)
                    lines = visible(body)
                    texts[name] = {"full": "\n".join([fields.get("title", ""), fields.get("summary", "")] + lines),
                                   "page": "\n".join([fields.get("title", "")] + lines)}
            if "en.md" in texts:
                for v in ("full", "page"):
                    self.en[v][slug] = stems(texts["en.md"][v])
                full = texts["en.md"]["full"]
                self.sentences[slug] = re.split(r"(?<=[.;:?!])\s+|\n", full)
                self.words[slug] = {}
                for w in WORD.findall(full):
                    if w.islower():  # names and capitalised headings left out
                        self.words[slug].setdefault(stem(w), w)
            if "zh-Hans.md" in texts:
                self.hans[slug] = texts["zh-Hans.md"]["full"]
                for v in ("full", "page"):
                    self.hant[v][slug] = to_hant(texts["zh-Hans.md"][v])
                if "zh-Hant.md" in texts and texts["zh-Hant.md"]["full"] != self.hant["full"][slug]:
                    mismatched += 1
            elif "zh-Hant.md" in texts:
                for v in ("full", "page"):
                    self.hant[v][slug] = texts["zh-Hant.md"][v]
        if mismatched:
            print(f"warning: {mismatched} zh-Hant.md files are not the generator's conversion of zh-Hans.md",
                  file=sys.stderr)
        self.by_stem = {}  # variant -> {stem: English articles}
        self.joined = {}  # variant -> {slug: " stem stem ... "}, for phrases
        self.texts = {}  # (lang, variant) -> {slug: Traditional text}
        self.pieces = {}  # (lang, variant, Traditional text) -> the articles holding it

    def chinese(self, lang, variant="full"):
        """A Chinese site's articles: every page, on either site, says what its Traditional text says."""
        key = (lang, variant)
        if key not in self.texts:
            self.texts[key] = {s: self.hant[variant][s] for s in self.sites[lang] if s in self.hant[variant]}
        return self.texts[key]

    def stem_index(self, variant):
        """Each stem of the English site's text (in the variant): the articles that have it."""
        if variant not in self.by_stem:
            table = {}
            for s in self.sites["en"]:
                for x in set(self.en[variant].get(s, [])):
                    table.setdefault(x, set()).add(s)
            self.by_stem[variant] = table
        return self.by_stem[variant]

    def phrase_holders(self, variant, seq):
        """The English articles whose stems hold seq in order: of those that have every stem."""
        if not seq:
            return set()
        index = self.stem_index(variant)
        if variant not in self.joined:
            self.joined[variant] = {s: " " + " ".join(st) + " " for s, st in self.en[variant].items()}
        joined = self.joined[variant]
        wanted = " " + " ".join(seq) + " "
        return {s for s in set.intersection(*(index.get(st, set()) for st in seq)) if wanted in joined[s]}

    def piece_holders(self, lang, variant, piece):
        """The articles of a Chinese site whose Traditional text holds piece (scanned once)."""
        key = (lang, variant, piece)
        if key not in self.pieces:
            self.pieces[key] = {s for s, text in self.chinese(lang, variant).items() if piece in text}
        return self.pieces[key]

    def holders(self, lang, q, variant="full"):
        """The articles of lang's site holding q."""
        if lang == "en":
            if q.startswith('"'):
                return self.phrase_holders(variant, stems(q.strip('"')))
            wanted = {st for st in stems(q) if st not in self.stop}
            if not wanted:
                return set(self.sites["en"])
            index = self.stem_index(variant)
            return set.intersection(*(index.get(st, set()) for st in wanted))
        return set.intersection(*(self.piece_holders(lang, variant, self.to_hant(p)) for p in q.split()))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True, help="the generated site folder (holds content/)")
    ap.add_argument("--built", required=True, help="the site Triglot built from it")
    ap.add_argument("--shared", required=True, help="the shared folder holding bench/gen_corpus.py")
    ap.add_argument("--per-kind", type=int, default=12)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    sys.path.insert(0, os.path.join(args.shared, "bench"))
    import gen_corpus  # noqa: E402  (the generator's topic names and character table)

    to_hant, s2t = gen_corpus.to_hant, gen_corpus.S2T
    if len(set(s2t.values())) != len(s2t) or set(s2t) & set(s2t.values()):
        sys.exit("gen_corpus's S2T table is not one-to-one: the Chinese ground truth would be wrong")
    corpus = Corpus(args.corpus, args.built, to_hant)
    sites = corpus.sites

    # Author titles (Pagefind indexes them in the byline, Triglot does not): their words and
    # characters are not used in queries.
    title_words, title_text = set(), ""
    with open(os.path.join(args.corpus, "content", "authors.yaml"), encoding="utf-8") as f:
        for line in f:
            if line.strip().startswith("title:"):
                for lang, value in re.findall(r'(en|zh-Hans|zh-Hant): ("(?:[^"\\]|\\.)*")', line):
                    value = json.loads(value)
                    if lang == "en":
                        title_words.update(stems(value))
                    else:
                        title_text += to_hant(value) + "\n"

    rng = random.Random(args.seed)
    queries = []

    def propose(kind, lang, q, note=None):
        """Keeps q if 1 to 10 articles hold it, and the same ones without their summaries."""
        if any(x["lang"] == lang and x["q"] == q for x in queries):
            return
        expected = corpus.holders(lang, q)
        if 1 <= len(expected) <= 10 and corpus.holders(lang, q, "page") == expected:
            entry = {"kind": kind, "lang": lang, "q": q, "expected": sorted(expected)}
            if note:
                entry["note"] = note
            queries.append(entry)

    # ---- English ----
    en_slugs = [s for s in sites["en"] if s in corpus.words]
    docs_of = corpus.stem_index("full")  # stem -> articles
    forms = {}  # stem -> forms written in lower case
    for s in en_slugs:
        for st, w in corpus.words[s].items():
            forms.setdefault(st, set()).add(w)

    def usable(st):
        return st not in corpus.stop and st not in title_words and len(st) >= 4 and not st.isdigit()

    def other_form(word):
        """Another form of the word with its stem: one the corpus writes, else the singular of a
        plural; None if there is neither."""
        st = stem(word)
        others = sorted(forms.get(st, set()) - {word})
        if others:
            return rng.choice(others)
        if re.search(r"[^su]s$", word) and stem(word[:-1]) == st:
            return word[:-1]
        return None

    # Rarer words of one article (each in at most 100 articles, or a tenth of them where that is
    # more): two, or up to four until at most 10 articles hold them all (the generated
    # vocabulary is small, so a large corpus has no word in only a few articles), and every other
    # query a common one besides; each in another form than the article's where the corpus has one.
    rare_limit = max(100, len(en_slugs) // 10)
    rare = sorted(st for st in docs_of if usable(st) and len(docs_of[st]) <= rare_limit)
    common_floor = max(300, len(en_slugs) * 3 // 10)
    common = sorted(st for st in docs_of if usable(st) and len(docs_of[st]) > common_floor and len(forms.get(st, ())) > 1)

    def en_word(k):
        a = rng.choice(rare)
        slug = rng.choice(sorted(docs_of[a]))
        words = corpus.words[slug]
        pool = [st for st in rare if st != a and st in words]
        if a not in words or not pool:
            return
        chosen, held = [a], docs_of[a]
        while pool and len(chosen) < 4 and (len(chosen) < 2 or len(held) > 10):
            b = pool.pop(rng.randrange(len(pool)))
            chosen.append(b)
            held = held & docs_of[b]
        if k % 2:
            pool = [st for st in common if st in words]
            if not pool:
                return
            chosen.append(rng.choice(pool))
        query = [other_form(words[st]) or words[st] for st in chosen]
        if all(q == words[st] for q, st in zip(query, chosen)):
            return
        propose("en-word", "en", " ".join(query), "text: " + ", ".join(words[st] for st in chosen))

    def en_phrase(_):
        slug = rng.choice(en_slugs)
        parts = [p for p in re.split(r"[,;:()—]", rng.choice(corpus.sentences[slug])) if p.strip()]
        if not parts:
            return
        words = WORD.findall(rng.choice(parts))
        n = rng.randint(3, 5)
        if len(words) < n:
            return
        i = rng.randrange(len(words) - n + 1)
        # Longer, up to eight words, while more than 10 articles hold it (a large corpus repeats
        # its sentence patterns).
        while i + n < len(words) and n < 8 and len(corpus.holders("en", '"' + " ".join(words[i:i + n]) + '"')) > 10:
            n += 1
        chosen = words[i:i + n]
        seq = [stem(w) for w in chosen]
        if any(usable(st) for st in seq) and not any(st in title_words for st in seq if st not in corpus.stop):
            propose("en-phrase", "en", '"' + " ".join(chosen) + '"')

    # ---- Chinese ----
    topics_hans = sorted({t[2] for t in gen_corpus.TOPICS}, key=lambda x: (len(x), x))
    inner = {}  # topic name -> its parts of 2 or 3 characters that are no topic name themselves
    for t in topics_hans:
        if len(t) >= 4:
            parts = {t[i:i + n] for n in (2, 3) for i in range(len(t) - n + 1)}
            inner[t] = sorted(p for p in parts if p not in topics_hans and to_hant(p) not in title_text)

    def article(lang, script):
        """A random article of lang's site, with its text in the script queries are typed in."""
        texts = corpus.chinese(lang)
        pool = [s for s in texts if s in corpus.hans] if script == "hans" else list(texts)
        slug = rng.choice(pool)
        return slug, (corpus.hans[slug] if script == "hans" else texts[slug])

    def written(script, text):
        return text if script == "hans" else to_hant(text)

    def fewest(lang, script, options):
        """Two of options (Chinese pieces, 简体), or up to four while more than 10 articles of lang's
        site hold them all, written in script; None if there are fewer than two."""
        if len(options) < 2:
            return None
        pool = list(options)
        chosen = [pool.pop(rng.randrange(len(pool))) for _ in range(2)]
        while pool and len(chosen) < 4 and len(corpus.holders(lang, " ".join(chosen))) > 10:
            chosen.append(pool.pop(rng.randrange(len(pool))))
        return " ".join(written(script, t) for t in chosen)

    def topic_pair(lang, script):
        """Topic names that an article of lang's site holds, two or more (fewest), in the given
        script, or None."""
        _, text = article(lang, script)
        return fewest(lang, script, [t for t in topics_hans if written(script, t) in text])

    def clause(lang, script):
        """A clause of an article of lang's site, in the given script, or None."""
        _, text = article(lang, script)
        clauses = [c for c in CLAUSE_BREAK.split(text) if 8 <= len(c) <= 24 and HAN.match(c)]
        return rng.choice(clauses) if clauses else None

    def words(kind, lang, script):
        def make(_):
            q = topic_pair(lang, script)
            if q:
                propose(kind, lang, q)
        return make

    def substring(k):
        lang, script = (("zh-hans", "hans"), ("zh-hant", "hant"))[k % 2]
        _, text = article(lang, script)
        names = [t for t in inner if inner[t] and written(script, t) in text]
        q = fewest(lang, script, [rng.choice(inner[t]) for t in names])
        if q:
            propose("substring", lang, q, "inside topic names")

    def sentence(k):
        lang, script = (("zh-hans", "hans"), ("zh-hant", "hant"))[k % 2]
        q = clause(lang, script)
        if q:
            propose("sentence", lang, q)

    def cross(k):
        # 简体 typed on the 繁體 site and 繁體 on the 简体 site, topic names and clauses in turn; the
        # query is taken from the other site's article.
        lang, source, script = (("zh-hant", "zh-hans", "hans"), ("zh-hans", "zh-hant", "hant"))[k % 2]
        q = topic_pair(source, script) if (k // 2) % 2 == 0 else clause(source, script)
        if q:
            propose("cross-script", lang, q)

    makers = {"en-word": en_word, "en-phrase": en_phrase,
              "hans-word": words("hans-word", "zh-hans", "hans"), "hant-word": words("hant-word", "zh-hant", "hant"),
              "substring": substring, "sentence": sentence, "cross-script": cross}
    for kind in KINDS:
        before = len(queries)
        for _ in range(20000):
            if len(queries) - before >= args.per_kind:
                break
            makers[kind](len(queries) - before)
        else:
            print(f"warning: only {len(queries) - before} {kind} queries", file=sys.stderr)

    out = {
        "about": f"Generated by bench/search-gen-queries.py (seed {args.seed}) from {args.corpus}",
        "site": f"generated, {len(sites['en'])} articles",
        "queries": queries,
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(f"{len(queries)} queries -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
