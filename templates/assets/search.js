/*
 * Triglot's search page. Reads the query from ?q=, cuts it into terms exactly as the build did
 * (org.triglot.search.SearchText: words folded and stemmed, Chinese as character pairs, the two
 * Chinese scripts folded by OpenCC's tables), downloads only the index shards of those terms and the
 * fragments of the results it shows, ranks by the BM25F scores stored in the postings, and lists
 * the results with the matched words marked. Nothing is loaded from another host.
 */
(function () {
  'use strict';

  const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  /** The digit values of the posting alphabet, by UTF-16 code. */
  const DIGIT = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

  const PAGE = 10;
  /** Longest Chinese run used whole; a longer one (a sentence) is matched by a sample of pairs. */
  const MOST_PAIRS = 8;
  /** How many candidates a phrase query checks against their text, at most, for its first page. */
  const PHRASE_CHECKS = 80;
  /**
   * About how many bytes (compressed) a document's positions of a pair cost in a position shard,
   * and a fragment: what decides whether a pair's positions are worth fetching.
   */
  const POSITION_BYTES = 5;
  const FRAGMENT_BYTES = 2500;
  /** About how many bytes of positions a query fetches at most; the text checks do the rest. */
  const POSITION_BUDGET = 100000;
  /** How many of the best candidates a Chinese run typed without quotes is looked for in, at most. */
  const SOFT_CHECKS = 60;

  const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  /** A CJK run, or a word: a run of letters, digits and marks that are not CJK. */
  const PIECES =
    /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+)|((?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+)/gu;
  /** What may stand between two characters of a Chinese run in a text: no word, no CJK. */
  const BETWEEN = '[^\\p{L}\\p{N}\\p{M}]*';
  const MARKS = /\p{M}+/gu;

  function makeEngine(config, fetchJson) {
    const stopWords = new Set(config.stopWords);
    const shards = new Map();
    const positionShards = new Map();
    const fragments = new Map();
    const stems = new Map();
    const candidates = new Map();
    const runPatterns = new Map();
    let sharing = null;
    const fieldTokens = new WeakMap();
    const fieldTerms = new WeakMap();
    const textTerms = new Map();
    let foldTables = null;

    function shard(n) {
      if (!shards.has(n)) shards.set(n, fetchJson(config.index + 't/' + n + '.json'));
      return shards.get(n);
    }

    function positionShard(n) {
      if (!positionShards.has(n)) {
        positionShards.set(n, fetchJson(config.index + 'p/' + n + '.json'));
      }
      return positionShards.get(n);
    }

    function longPositions(k) {
      const key = 'l' + k;
      if (!positionShards.has(key)) {
        positionShards.set(key, fetchJson(config.index + 'l/' + k + '.json'));
      }
      return positionShards.get(key);
    }

    function fragment(id) {
      if (!fragments.has(id)) fragments.set(id, fetchJson(config.index + 'f/' + id + '.json'));
      return fragments.get(id);
    }

    function fold() {
      if (!config.fold) return Promise.resolve({ candidates: {}, keys: {} });
      if (!foldTables) foldTables = fetchJson(config.fold);
      return foldTables;
    }

    function foldWord(word) {
      return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
    }

    /** A folded word's stem; a text repeats its words, so each is stemmed once. */
    function stem(folded) {
      let stemmed = stems.get(folded);
      if (stemmed === undefined) {
        stemmed = globalThis.TriglotStem.stem(folded);
        stems.set(folded, stemmed);
      }
      return stemmed;
    }

    /** A word of a text as a phrase compares it: folded and stemmed, stop words kept. */
    function textTerm(word) {
      let term = textTerms.get(word);
      if (term === undefined) {
        const folded = foldWord(word);
        term = folded ? stem(folded) : '';
        textTerms.set(word, term);
      }
      return term;
    }

    /**
     * A text as a phrase without Chinese compares it: each word's {@link textTerm}, each CJK
     * character itself (which no word's term equals).
     */
    function termsOf(text) {
      const out = [];
      for (const m of text.matchAll(PIECES)) {
        if (m[1] === undefined) out.push(textTerm(m[0]));
        else for (const c of m[1]) out.push(c);
      }
      return out;
    }

    /** A word as the index holds it, or '' for a stop word. */
    function wordTerm(word) {
      const folded = foldWord(word);
      if (!folded || stopWords.has(folded)) return '';
      return stem(folded);
    }

    /** Words and CJK runs of a text, with their offsets (UTF-16) in it. */
    function pieces(text) {
      const out = [];
      for (const m of text.matchAll(PIECES)) {
        const start = m.index;
        const end = start + m[0].length;
        if (m[1] !== undefined) {
          const chars = [];
          let i = start;
          for (const c of m[0]) {
            chars.push({ c, start: i, end: i + c.length });
            i += c.length;
          }
          out.push({ cjk: true, chars, start, end });
        } else {
          out.push({ cjk: false, word: m[0], start, end });
        }
      }
      return out;
    }

    /** The spellings a Chinese character stands for (itself among them), from the fold tables. */
    function candidatesOf(tables, c) {
      let out = candidates.get(c);
      if (!out) {
        const listed = tables.candidates[c];
        out = listed ? Array.from(listed) : [];
        if (!out.includes(c)) out.push(c);
        candidates.set(c, out);
      }
      return out;
    }

    function keyOf(tables, term) {
      let key = '';
      for (const c of term) key += tables.keys[c] || c;
      return key;
    }

    function shardOf(key, count = config.shards) {
      let hash = 0x811c9dc5;
      for (let i = 0; i < key.length; i++) {
        hash ^= key.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
      }
      return (hash >>> 0) % count;
    }

    /** Which pairs of a run of n characters a query uses: all, or a spread sample of a long run. */
    function pairPositions(n) {
      const all = [];
      for (let p = 0; p + 1 < n; p++) all.push(p);
      if (all.length <= MOST_PAIRS) return all;
      const picked = new Set();
      for (let k = 0; k < MOST_PAIRS; k++) {
        picked.add(Math.round((k * (all.length - 1)) / (MOST_PAIRS - 1)));
      }
      return Array.from(picked).sort((a, b) => a - b);
    }

    /**
     * The query's clauses (each a set of alternative terms, one of which a document must hold),
     * its quoted phrases (which a result's text must contain), their chains (the word pairs of each
     * run of words in a phrase, in order: in a result, each stands one position after the one
     * before it) and its Chinese runs of three characters or more (results holding them whole
     * rank first).
     */
    function parse(query, tables) {
      const phrases = [];
      const rest = query.replace(/"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』/g, (m, a, b, c, d) => {
        const phrase = a ?? b ?? c ?? d ?? '';
        if (phrase.trim()) phrases.push(phrase);
        return ' ';
      });
      const clauses = [];
      const runs = [];
      const words = new Set();
      const add = (terms) => {
        const unique = Array.from(new Set(terms));
        clauses.push({ terms: unique });
      };
      // Each two words that follow each other in a quoted phrase: a pair term of the index.
      const pairs = new Set();
      const chains = [];
      [...phrases, rest].forEach((text, index) => {
        const quoted = index < phrases.length;
        let previous = null;
        let chain = [];
        // A quoted word is looked up alone only if it pairs with no neighbour: a pair's
        // documents hold both its words, and common words have the longest posting lists.
        const alone = new Set();
        const paired = new Set();
        const endChain = () => {
          if (chain.length >= 2) chains.push(chain);
          chain = [];
        };
        for (const piece of pieces(text)) {
          if (piece.cjk) {
            previous = null;
            endChain();
            const chars = piece.chars.map((x) => x.c);
            runs.push(chars);
            const options = chars.map((c) => candidatesOf(tables, c));
            if (chars.length === 1) {
              add(options[0]);
              continue;
            }
            for (const p of pairPositions(chars.length)) {
              const terms = [];
              for (const a of options[p]) for (const b of options[p + 1]) terms.push(a + b);
              add(terms);
            }
          } else {
            const term = wordTerm(piece.word);
            if (term) {
              words.add(term);
              if (!quoted) add([term]);
              else alone.add(term);
              if (quoted && previous) {
                pairs.add(previous + ' ' + term);
                chain.push(previous + ' ' + term);
                paired.add(previous).add(term);
              }
              previous = term;
            }
          }
        }
        endChain();
        for (const term of alone) if (!paired.has(term)) add([term]);
      });
      for (const pair of pairs) clauses.push({ terms: [pair], pair: true });
      return {
        clauses,
        phrases,
        chains,
        runs: runs.filter((r) => r.length >= 3),
        words,
        cjkRuns: runs,
      };
    }

    /**
     * A posting list: its document ids, increasing, and each one's score ({@code Int32Array} and
     * {@code Uint8Array} of {@code size}).
     */
    function decode(list) {
      const ids = new Int32Array(list.length >> 1);
      const scores = new Uint8Array(list.length >> 1);
      let size = 0;
      let id = -1;
      const at = [0];
      while (at[0] < list.length) {
        id += number(list, at);
        ids[size] = id;
        scores[size++] = DIGIT[list.charCodeAt(at[0]++)];
      }
      return { ids: ids.subarray(0, size), scores: scores.subarray(0, size), size };
    }

    /** Reads one base-32 number of a posting or position list at {@code at[0]}, moving it on. */
    function number(list, at) {
      let value = 0;
      let v;
      while ((v = DIGIT[list.charCodeAt(at[0]++)]) >= 32) value = value * 32 + (v - 32);
      return value * 32 + v;
    }

    /**
     * A pair's positions in the documents that {@code wanted} marks: {@code ids} are its posting
     * list's, in the list's order; the others are read past.
     */
    function decodePositions(list, ids, wanted) {
      const out = new Map();
      const at = [0];
      for (const id of ids) {
        const keep = wanted[id] === 1;
        const positions = [];
        let position = 0;
        for (let n = number(list, at); n > 0; n--) {
          position += number(list, at);
          if (keep) positions.push(position);
        }
        if (keep) out.set(id, positions);
      }
      return out;
    }

    /**
     * The candidates in which, for every chain of the query, the pairs whose positions were
     * fetched stand where the phrase puts them (one position apart for neighbours), decided from
     * the position shards without fetching any text. The rarest two pairs of each chain come
     * first; then, while more than a page of candidates is left, the next rarest, as long as its
     * positions cost fewer bytes than the text of the candidates they could rule out, and all of
     * them no more than POSITION_BUDGET.
     * {@code pairDocs}: each pair's posting list.
     */
    async function followingEachOther(ranked, chains, pairDocs, tables) {
      const cost = (pair) => pairDocs.get(pair).size * POSITION_BYTES;
      let spent = 0;
      // Whether the positions of pairs are worth fetching; if they are, their cost is spent.
      const afford = (pairs, candidates) => {
        const bytes = pairs.reduce((sum, pair) => sum + cost(pair), 0);
        const ok =
          spent + bytes <= POSITION_BUDGET
          && bytes < Math.min(candidates.length, PHRASE_CHECKS) * FRAGMENT_BYTES;
        if (ok) spent += bytes;
        return ok;
      };
      const options = chains.map((chain) =>
        chain
          .map((pair, offset) => ({ pair, offset }))
          .sort((a, b) => pairDocs.get(a.pair).size - pairDocs.get(b.pair).size),
      );
      const used = options.map((o) => o.splice(0, 2));
      if (!afford(used.flat().map((o) => o.pair), ranked)) return ranked;
      const where = new Map();
      const fetchPositions = (pairs, candidates) => {
        const candidate = new Uint8Array(config.documents);
        for (const d of candidates) candidate[d.id] = 1;
        return Promise.all(
          pairs.map(async (pair) => {
            const n = shardOf(keyOf(tables, pair), config.positionShards);
            let list = (await positionShard(n))[pair] || '';
            if (list.startsWith('@')) {
              // A long list, in a file of its own: fetched if the budget still holds it (a
              // character of positions costs about a byte compressed), or left unchecked.
              const [k, length] = list.slice(1).split(':').map(Number);
              if (spent - cost(pair) + length > POSITION_BUDGET) {
                where.set(pair, null);
                return;
              }
              spent += length - cost(pair);
              list = await longPositions(k);
            }
            where.set(pair, decodePositions(list, pairDocs.get(pair).ids, candidate));
          }),
        );
      };
      // A chain's check: its pairs that have positions, in the phrase's order.
      const holds = (id, check) => {
        if (!check.length) return true;
        const [first, ...others] = check.map((c) => where.get(c.pair).get(id));
        if (!first || others.some((o) => !o)) return false;
        for (const p of first) {
          if (others.every((o, k) => o.includes(p + check[k + 1].offset - check[0].offset))) {
            return true;
          }
        }
        return false;
      };
      const keep = (candidates) => {
        const checks = used.map((u) =>
          u.filter((c) => where.get(c.pair) !== null).sort((a, b) => a.offset - b.offset),
        );
        return candidates.filter((d) => checks.every((check) => holds(d.id, check)));
      };
      await fetchPositions(used.flat().map((o) => o.pair), ranked);
      let candidates = keep(ranked);
      while (candidates.length > PAGE) {
        let next = -1;
        options.forEach((o, c) => {
          if (o.length && (next < 0 || cost(o[0].pair) < cost(options[next][0].pair))) next = c;
        });
        if (next < 0 || !afford([options[next][0].pair], candidates)) break;
        const option = options[next].shift();
        used[next].push(option);
        await fetchPositions([option.pair], candidates);
        candidates = keep(candidates);
      }
      return candidates;
    }

    /**
     * Documents matching each clause (with the best alternative's score), fetched shard by shard:
     * each a posting list.
     */
    async function postings(clauses, tables) {
      const needed = new Set();
      for (const clause of clauses) {
        for (const term of clause.terms) needed.add(shardOf(keyOf(tables, term)));
      }
      const loaded = new Map();
      await Promise.all(Array.from(needed).map(async (n) => loaded.set(n, await shard(n))));
      return clauses.map((clause) => {
        const lists = [];
        for (const term of clause.terms) {
          const list = loaded.get(shardOf(keyOf(tables, term)))[term];
          if (list) lists.push(decode(list));
        }
        if (lists.length <= 1) return lists[0] || decode('');
        // Alternative spellings: one list, each document with its best score.
        const best = new Uint8Array(config.documents);
        for (const list of lists) {
          for (let k = 0; k < list.size; k++) {
            if (best[list.ids[k]] < list.scores[k]) best[list.ids[k]] = list.scores[k];
          }
        }
        let size = 0;
        for (let id = 0; id < best.length; id++) if (best[id]) size++;
        const ids = new Int32Array(size);
        const scores = new Uint8Array(size);
        for (let id = 0, k = 0; id < best.length; id++) {
          if (best[id]) {
            ids[k] = id;
            scores[k++] = best[id];
          }
        }
        return { ids, scores, size };
      });
    }

    /** A text as a sequence of comparable tokens: stemmed words and single CJK characters. */
    function tokens(text, tables) {
      const out = [];
      for (const piece of pieces(text)) {
        if (piece.cjk) {
          for (const x of piece.chars) {
            out.push({ cjk: true, set: candidatesOf(tables, x.c), start: x.start, end: x.end });
          }
        } else {
          out.push({
            cjk: false,
            term: textTerm(piece.word),
            start: piece.start,
            end: piece.end,
          });
        }
      }
      return out;
    }

    function same(a, b) {
      if (a.cjk !== b.cjk) return false;
      if (!a.cjk) return a.term === b.term;
      return a.set.some((c) => b.set.includes(c));
    }

    /** Where in {@code haystack} the token sequence {@code needle} occurs: start indexes. */
    function occurrences(haystack, needle) {
      const found = [];
      if (!needle.length) return found;
      for (let i = 0; i + needle.length <= haystack.length; i++) {
        let k = 0;
        while (k < needle.length && same(haystack[i + k], needle[k])) k++;
        if (k === needle.length) found.push(i);
      }
      return found;
    }

    /**
     * The characters a text may write where a query writes {@code c}: those whose spellings share
     * one with c's (so 发 finds 發 and 髮, and 發 finds 发).
     */
    function spellings(tables, c) {
      if (!sharing) {
        sharing = new Map();
        for (const [simplified, listed] of Object.entries(tables.candidates)) {
          for (const t of listed) {
            if (!sharing.has(t)) sharing.set(t, new Set());
            sharing.get(t).add(simplified);
          }
        }
      }
      const out = new Set();
      for (const y of candidatesOf(tables, c)) {
        out.add(y);
        for (const x of sharing.get(y) || []) out.add(x);
      }
      return Array.from(out).join('');
    }

    /**
     * A Chinese run as a pattern over raw text: each character as any of its spellings, with only
     * spaces and punctuation between them, which is what the token comparison of a run amounts to;
     * null for a phrase that is not all Chinese.
     */
    function runPattern(phrase, tables) {
      if (!runPatterns.has(phrase)) {
        const parts = pieces(phrase);
        let pattern = null;
        if (parts.length && parts.every((p) => p.cjk)) {
          const chars = parts.flatMap((p) => p.chars.map((x) => '[' + spellings(tables, x.c) + ']'));
          pattern = new RegExp(chars.join(BETWEEN), 'u');
        }
        runPatterns.set(phrase, pattern);
      }
      return runPatterns.get(phrase);
    }

    /** Whether the title, the summary or the text of a fragment holds {@code phrase}. */
    function inField(f, phrase, tables) {
      const pattern = runPattern(phrase, tables);
      if (pattern) {
        return [f.title, f.summary, f.text].some((field) => field && pattern.test(field));
      }
      const needle = tokens(phrase, tables);
      const texts = [f.title, f.summary, f.text].filter((field) => field);
      if (!needle.some((t) => t.cjk)) {
        // Words only: compared as terms, without the offsets and spellings of full tokens.
        let fields = fieldTerms.get(f);
        if (!fields) {
          fields = texts.map(termsOf);
          fieldTerms.set(f, fields);
        }
        const terms = needle.map((t) => t.term);
        return fields.some((hay) => {
          for (let i = 0; i + terms.length <= hay.length; i++) {
            let k = 0;
            while (k < terms.length && hay[i + k] === terms[k]) k++;
            if (k === terms.length) return true;
          }
          return false;
        });
      }
      let fields = fieldTokens.get(f);
      if (!fields) {
        fields = texts.map((t) => tokens(t, tables));
        fieldTokens.set(f, fields);
      }
      return fields.some((hay) => occurrences(hay, needle).length > 0);
    }

    /**
     * The ranges of {@code text} to mark: words whose stem the query holds, quoted phrases, and
     * every pair of characters of a Chinese query run.
     */
    function marks(text, query, tables) {
      const hay = tokens(text, tables);
      const ranges = [];
      for (const t of hay) {
        if (!t.cjk && t.term && query.words.has(t.term)) ranges.push([t.start, t.end]);
      }
      const needles = [];
      for (const phrase of query.phrases) needles.push(tokens(phrase, tables));
      for (const run of query.cjkRuns) {
        const runTokens = run.map((c) => ({ cjk: true, set: candidatesOf(tables, c) }));
        if (runTokens.length === 1) needles.push(runTokens);
        for (let p = 0; p + 1 < runTokens.length; p++) needles.push(runTokens.slice(p, p + 2));
      }
      for (const needle of needles) {
        for (const at of occurrences(hay, needle)) {
          ranges.push([hay[at].start, hay[at + needle.length - 1].end]);
        }
      }
      ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const merged = [];
      for (const r of ranges) {
        const last = merged[merged.length - 1];
        if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
        else merged.push([r[0], r[1]]);
      }
      return merged;
    }

    /**
     * Runs a query: the ranked ids of the matching documents ({@code total} of them) and the
     * fragments of the first {@code limit}.
     */
    async function search(text, limit) {
      const tables = await fold();
      const query = parse(text, tables);
      if (!query.clauses.length) return { query, tooShort: text.trim().length > 0, total: 0, hits: [] };
      const lists = await postings(query.clauses, tables);
      if (query.clauses.some((c, i) => c.pair && lists[i].size === 0)) {
        // Two words of a quoted phrase never follow each other anywhere: nothing holds it.
        return { query, tooShort: false, total: 0, hits: [], ranked: [], tables };
      }
      const present = lists.filter((l) => l.size > 0);
      const sums = new Int32Array(config.documents);
      const matched = new Uint16Array(config.documents);
      for (const list of present) {
        for (let k = 0; k < list.size; k++) {
          sums[list.ids[k]] += list.scores[k];
          matched[list.ids[k]]++;
        }
      }
      // Documents holding every clause, or, if none does (and no phrase asks for all), those
      // holding most of them.
      const wanted = present.length;
      let least = query.phrases.length ? wanted : 1;
      if (!query.phrases.length && matched.includes(wanted)) least = wanted;
      let ranked = [];
      for (let id = 0; wanted > 0 && id < matched.length; id++) {
        if (matched[id] >= least) ranked.push({ id, score: sums[id], matched: matched[id] });
      }
      ranked.sort((a, b) => b.matched - a.matched || b.score - a.score || a.id - b.id);
      let total = ranked.length;
      if (query.phrases.length) {
        // Quoted phrases must occur. The word pairs have left only the documents where each two
        // words of a phrase follow each other; where a phrase has three words or more, their
        // positions leave those where its pairs follow each other too. Then the candidates' text
        // is checked, best first, a page at a time, until a page of results holds the phrases or
        // PHRASE_CHECKS candidates are checked.
        if (ranked.length > PAGE && query.chains.length && config.positionShards) {
          const pairDocs = new Map();
          query.clauses.forEach((c, i) => c.pair && pairDocs.set(c.terms[0], lists[i]));
          ranked = await followingEachOther(ranked, query.chains, pairDocs, tables);
        }
        const held = (f) => query.phrases.every((p) => inField(f, p, tables));
        // Those left unchecked follow: very likely results too, as their word pairs match.
        const { kept, checked } = await verify(ranked, held, limit, PHRASE_CHECKS);
        ranked = kept.concat(ranked.slice(checked));
        total = ranked.length;
      } else if (query.runs.length) {
        // Chinese typed without quotes: results holding each run whole rank first. Candidates are
        // checked a page at a time until a page of them holds it, or SOFT_CHECKS are checked.
        const held = (f) => query.runs.every((r) => inField(f, r.join(''), tables));
        const { kept, checked } = await verify(ranked, held, limit, SOFT_CHECKS);
        const whole = new Set(kept);
        ranked = kept.concat(
          ranked.slice(0, checked).filter((d) => !whole.has(d)),
          ranked.slice(checked),
        );
      }
      const hits = await Promise.all(
        ranked.slice(0, limit).map(async (d) => ({ id: d.id, fragment: await fragment(d.id) })),
      );
      return { query, tooShort: false, total, hits, ranked, tables };
    }

    /**
     * The candidates whose fragment passes {@code held}, in rank order, checked a page at a time
     * until {@code enough} pass or {@code most} are checked; and how many were checked.
     */
    async function verify(ranked, held, enough, most) {
      const kept = [];
      let checked = 0;
      while (checked < ranked.length && checked < most && kept.length < enough) {
        const batch = ranked.slice(checked, checked + PAGE);
        checked += batch.length;
        const found = await Promise.all(batch.map(async (d) => held(await fragment(d.id))));
        batch.forEach((d, i) => found[i] && kept.push(d));
      }
      return { kept, checked };
    }

    async function more(result, from, limit) {
      return Promise.all(
        result.ranked
          .slice(from, from + limit)
          .map(async (d) => ({ id: d.id, fragment: await fragment(d.id) })),
      );
    }

    return { search, more, marks, parse };
  }

  // ---- The page ----

  // A fresh engine over any fetch, for a benchmark that times a query after its files arrived.
  globalThis.triglotSearchEngine = makeEngine;

  const configElement = document.getElementById('search-config');
  if (!configElement) return;
  const config = JSON.parse(configElement.textContent);
  const engine = makeEngine(config, (url) =>
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    }),
  );
  globalThis.triglotSearch = engine;

  const form = document.querySelector('.search-form');
  const input = document.getElementById('search-q');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const moreButton = document.getElementById('search-more');
  const plural = new Intl.PluralRules(config.lang);
  let generation = 0;
  let current = null;
  let shown = 0;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (m, name) => (name in values ? values[name] : m));
  }

  function countText(total, query) {
    const category = plural.select(total);
    const template = config.strings.count[category] || config.strings.count.other;
    return fill(template, { count: total.toLocaleString(config.lang), query });
  }

  /** Appends {@code text} to {@code parent} with the ranges marked. */
  function marked(parent, text, ranges, from, to) {
    let at = from;
    for (const [s, e] of ranges) {
      if (e <= from || s >= to) continue;
      const start = Math.max(s, from);
      const end = Math.min(e, to);
      if (start > at) parent.append(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      parent.append(mark);
      at = end;
    }
    if (at < to) parent.append(text.slice(at, to));
  }

  /** The part of the text around its first marked range, about {@code size} characters. */
  function excerpt(text, ranges, size) {
    if (!ranges.length) return [0, Math.min(text.length, size)];
    let start = Math.max(0, ranges[0][0] - Math.floor(size / 3));
    if (start > 0) {
      const space = text.lastIndexOf(' ', ranges[0][0]);
      if (space > start - 20 && space < ranges[0][0]) start = space + 1;
    }
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const space = text.indexOf(' ', end);
      if (space > 0 && space - end < 20) end = space;
    }
    return [start, end];
  }

  function item(hit, result) {
    const f = hit.fragment;
    const li = document.createElement('li');
    li.className = 'search-result';
    const heading = document.createElement('h2');
    heading.className = 'search-result-title';
    const link = document.createElement('a');
    link.href = f.url;
    marked(link, f.title, engine.marks(f.title, result.query, result.tables), 0, f.title.length);
    heading.append(link);
    li.append(heading);
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = f.authors ? f.authors + ' · ' + f.date : f.date;
    li.append(meta);
    const body = f.text || f.summary;
    const ranges = engine.marks(body, result.query, result.tables);
    const snippet = document.createElement('p');
    snippet.className = 'search-snippet';
    const [from, to] = excerpt(body, ranges, CJK.test(body) ? 110 : 220);
    if (from > 0) snippet.append('… ');
    marked(snippet, body, ranges, from, to);
    if (to < body.length) snippet.append(' …');
    li.append(snippet);
    return li;
  }

  async function run(text) {
    const mine = ++generation;
    list.replaceChildren();
    moreButton.hidden = true;
    if (!text.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = config.strings.searching;
    try {
      const result = await engine.search(text, PAGE);
      if (mine !== generation) return;
      current = result;
      if (result.tooShort) {
        status.textContent = config.strings.tooShort;
        return;
      }
      status.textContent = result.total
        ? countText(result.total, text.trim())
        : fill(config.strings.none, { query: text.trim() });
      list.replaceChildren(...result.hits.map((hit) => item(hit, result)));
      shown = result.hits.length;
      moreButton.hidden = shown >= result.total;
    } catch (e) {
      if (mine === generation) status.textContent = config.strings.failed;
      throw e;
    }
  }

  moreButton.addEventListener('click', async () => {
    if (!current) return;
    const mine = generation;
    const hits = await engine.more(current, shown, PAGE);
    if (mine !== generation) return;
    const items = hits.map((hit) => item(hit, current));
    list.append(...items);
    shown += hits.length;
    moreButton.hidden = shown >= current.total;
    const next = items[0] && items[0].querySelector('a');
    if (next) next.focus();
  });

  function fromUrl() {
    const q = new URLSearchParams(location.search).get('q') || '';
    input.value = q;
    return run(q);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value;
    const url = new URL(location.href);
    url.searchParams.set('q', q);
    history.pushState(null, '', url);
    run(q);
  });
  addEventListener('popstate', fromUrl);
  fromUrl();
})();
