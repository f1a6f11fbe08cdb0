// Driver of bench/search-vs-pagefind.sh: serves a built site that holds both Triglot's search index
// and Pagefind's (pagefind/), runs every query of a query file through both engines in headless
// Chromium, and prints recall, bytes downloaded and latency per kind of query, then the size of
// each engine's index per language.
//
//   node bench/search-vs-pagefind.mjs --site OUT --queries FILE --modules DIR/node_modules
//        [--chromium /usr/bin/chromium] [--json RESULTS.json] [--title TEXT] [--note TEXT]...
//
// A query file is {"site": ..., "queries": [{"kind", "lang", "q", "expected": [slug, ...]}]} (see
// bench/search-queries.json). --modules is where puppeteer-core is installed; the script downloads
// no browser.
//
// Every query runs once per engine, each in a fresh incognito browser context (a cold HTTP cache)
// on that language's search page, /<lang>/search/ without ?q= (so its html lang picks
// Pagefind's language index, and Triglot's page fetches nothing until asked):
//   - Triglot: await triglotSearch.search(q, 10): shards, the fragments of the ten results shown
//     and, for a query with Chinese in it, the script-folding tables;
//   - Pagefind: import('/pagefind/pagefind.js'), pf.search(q), then data() of the first ten
//     results, as its own UI does: its runtime (pagefind.js, its web worker, the WebAssembly
//     module, pagefind-entry.json) and its index (pf_meta, pf_index chunks, pf_fragment files).
// Bytes are counted by the server: every byte it writes on the socket (headers and body,
// compressed as sent) for the requests made after the page had loaded, up to the answer. The
// server counts rather than the DevTools protocol because Pagefind fetches from a web worker,
// whose requests the page's Network domain does not see. Cold time: from the call to the answer
// (over loopback, so it is mostly parsing and computing). Warm time: the same query again on the
// same page, everything already fetched (median of three runs).
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

// ---- Arguments ----

const args = { chromium: '/usr/bin/chromium', note: [] };
for (let i = 2; i < process.argv.length; i += 2) {
  const name = process.argv[i].replace(/^--/, '');
  const value = process.argv[i + 1];
  if (value === undefined) throw new Error('missing value for ' + process.argv[i]);
  if (name === 'note') args.note.push(value);
  else args[name] = value;
}
for (const needed of ['site', 'queries', 'modules']) {
  if (!args[needed]) {
    console.error('usage: node bench/search-vs-pagefind.mjs --site OUT --queries FILE --modules DIR'
      + ' [--chromium PATH] [--json FILE] [--title TEXT] [--note TEXT]');
    process.exit(2);
  }
}
args.site = resolve(args.site);
const puppeteer = createRequire(join(args.modules, 'noop.js'))('puppeteer-core');
const queryFile = JSON.parse(readFileSync(args.queries, 'utf8'));
const queries = queryFile.queries;

// ---- A static server with gzip, counting the bytes it sends ----

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
// Compressed on the fly (once, then kept), as a static host would. Pagefind's own files
// (*.pf_meta, *.pf_index, *.pf_fragment, wasm.*.pagefind) are gzip already and go out as they are.
const GZIP = new Set(['.html', '.js', '.mjs', '.json', '.css', '.xml', '.svg']);
const gzipped = new Map();
/** Responses sent since the last reset: {path, bytes}. */
let sent = [];

function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(args.site, path));
  if (file !== args.site && !file.startsWith(args.site + sep)) return null;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return statSync(join(file, 'index.html')).isFile() ? join(file, 'index.html') : null;
    return stat.isFile() ? file : null;
  } catch {
    return null;
  }
}

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  const startBytes = req.socket.bytesWritten;
  res.on('finish', () => sent.push({ path, bytes: req.socket.bytesWritten - startBytes }));
  const file = fileFor(path);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
    return;
  }
  const ext = extname(file);
  const headers = {
    'content-type': TYPES[ext] || 'application/octet-stream',
    'cache-control': 'public, max-age=3600',
  };
  let body;
  if (GZIP.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)));
    body = gzipped.get(file);
    headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
  } else {
    body = readFileSync(file);
  }
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(body);
});

// ---- The two engines, as run in the page ----

/**
 * Runs in the page: Triglot's engine, cold; then warm, three times: each a fresh engine (nothing
 * decoded, tokenized or stemmed yet) fed from memory with the files the cold run fetched, so that
 * warm is the time to answer once the query's files have arrived, parsing included.
 */
async function triglotInPage(q) {
  const texts = new Map();
  const fetchOnce = globalThis.fetch;
  globalThis.fetch = async (url, init) => {
    const response = await fetchOnce(url, init);
    texts.set(String(url), await response.clone().text());
    return response;
  };
  const t0 = performance.now();
  let r;
  try {
    r = await globalThis.triglotSearch.search(q, 10);
  } finally {
    globalThis.fetch = fetchOnce;
  }
  const cold = performance.now() - t0;
  const config = JSON.parse(document.getElementById('search-config').textContent);
  const fromMemory = async (url) => {
    if (!texts.has(url)) throw new Error('the warm run asked for a file the cold run did not: ' + url);
    return JSON.parse(texts.get(url));
  };
  const warm = [];
  for (let i = 0; i < 3; i++) {
    const engine = globalThis.triglotSearchEngine(config, fromMemory);
    const t = performance.now();
    await engine.search(q, 10);
    warm.push(performance.now() - t);
  }
  return { cold, warm, total: r.total, urls: r.hits.map((h) => h.fragment.url) };
}

/** Runs in the page: Pagefind's JS API, cold (import included) then warm. */
async function pagefindInPage(q) {
  const run = async (pf) => {
    const r = await pf.search(q);
    const data = await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
    return { total: r.results.length, urls: data.map((d) => d.url) };
  };
  const t0 = performance.now();
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({ excerptLength: 30 });
  const r = await run(pf);
  const cold = performance.now() - t0;
  const warm = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await run(pf);
    warm.push(performance.now() - t);
  }
  return { cold, warm, total: r.total, urls: r.urls };
}

const PAGEFIND_RUNTIME = /^\/pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[^/]*)$/;
/** Triglot's script-folding tables: fetched by the first query with Chinese in it, then cached. */
const TRIGLOT_FOLD = /^\/assets\/search-fold\.[^/]*\.json$/;

function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

/** The value at quantile {@code q} (nearest rank) of the finite {@code values}. */
function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  return v[Math.min(v.length - 1, Math.ceil(q * v.length) - 1)];
}

function slugOf(url) {
  const m = /\/articles\/([^/]+)\//.exec(url || '');
  return m ? m[1] : url;
}

async function measure(browser, base, engine, query) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message || e)));
    await page.goto(`${base}/${query.lang}/search/`, { waitUntil: 'load' });
    await page.waitForFunction(() => globalThis.triglotSearch !== undefined, { timeout: 10000 });
    sent = [];
    let out;
    try {
      out = await page.evaluate(engine === 'triglot' ? triglotInPage : pagefindInPage, query.q);
    } catch (e) {
      out = { cold: NaN, warm: [], total: 0, urls: [], error: String(e.message || e).split('\n')[0] };
    }
    const requests = sent.filter((s) => s.path !== '/favicon.ico');
    const bytes = requests.reduce((sum, s) => sum + s.bytes, 0);
    // What the engine needs besides the index proper: Pagefind's runtime, or Triglot's fold tables.
    const extra = engine === 'triglot' ? TRIGLOT_FOLD : PAGEFIND_RUNTIME;
    const runtime = requests.filter((s) => extra.test(s.path)).reduce((sum, s) => sum + s.bytes, 0);
    const slugs = out.urls.map(slugOf);
    return {
      cold: out.cold,
      warm: median(out.warm),
      total: out.total,
      slugs,
      found: query.expected.filter((s) => slugs.includes(s)),
      others: slugs.filter((s) => !query.expected.includes(s)).length,
      bytes,
      indexBytes: bytes - runtime,
      requests: requests.map((s) => `${s.path} ${s.bytes}`),
      error: out.error || errors[0],
    };
  } finally {
    await context.close();
  }
}

// ---- Index sizes on disk ----

function walk(dir) {
  let files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files = files.concat(walk(path));
    else files.push(path);
  }
  return files;
}

/** Files, bytes as stored, and bytes as a host sends them (gzip for text, Pagefind's as stored). */
function sizes(files) {
  let raw = 0;
  let wire = 0;
  for (const f of files) {
    const data = readFileSync(f);
    raw += data.length;
    wire += GZIP.has(extname(f)) ? gzipSync(data).length : data.length;
  }
  return { files: files.length, raw, wire };
}

function indexSizes(langs) {
  const assets = readdirSync(join(args.site, 'assets')).map((f) => join(args.site, 'assets', f));
  const fold = assets.filter((f) => /\/search-fold\.[^/]*\.json$/.test(f));
  const rows = [];
  for (const lang of langs) {
    // Triglot: the digest folders under <lang>/search/ (the search page itself left out), and for
    // a Chinese site the folding tables (one file that both Chinese sites share).
    const searchDir = join(args.site, lang, 'search');
    const triglotFiles = walk(searchDir).filter((f) => relative(searchDir, f) !== 'index.html');
    const triglot = sizes(lang.startsWith('zh') ? triglotFiles.concat(fold) : triglotFiles);
    // Pagefind: its meta file, index chunks and fragments for the language.
    const pfDir = join(args.site, 'pagefind');
    const pfFiles = walk(pfDir).filter((f) => {
      const name = relative(pfDir, f);
      return name.startsWith(`pagefind.${lang}_`) || name.startsWith(`index${sep}${lang}_`)
        || name.startsWith(`fragment${sep}${lang}_`);
    });
    rows.push({ lang, triglot, pagefind: sizes(pfFiles) });
  }
  const runtime = {
    triglot: sizes(assets.filter((f) => /\/search(-stem)?\.[0-9a-f]+\.js$/.test(f))),
    pagefind: sizes(walk(join(args.site, 'pagefind'))
      .filter((f) => PAGEFIND_RUNTIME.test('/' + relative(args.site, f).split(sep).join('/')))),
  };
  return { rows, runtime };
}

// ---- Report ----

const KINDS = ['en-word', 'en-phrase', 'hans-word', 'hant-word', 'substring', 'sentence', 'cross-script'];

function pad(text, width, left = false) {
  const s = String(text);
  return left ? s.padEnd(width) : s.padStart(width);
}
const kb = (bytes) => (Number.isFinite(bytes) ? (bytes / 1024).toFixed(1) : '-');
const ms = (t) => (Number.isFinite(t) ? (t < 10 ? t.toFixed(1) : t.toFixed(0)) : '-');
const pct = (found, expected) => `${found} ${expected ? `(${Math.round((100 * found) / expected)}%)` : ''}`;

function table(results) {
  const head = [pad('kind', 13, true), pad('n', 3), pad('exp', 4), pad('Triglot', 10), pad('Pagefind', 10),
    pad('T+', 4), pad('PF+', 4),
    pad('T KB', 6), pad('T idx', 6), pad('PF KB', 6), pad('PF idx', 7), pad('T cold', 7), pad('T warm', 7), pad('PF cold', 8), pad('PF warm', 8)];
  const lines = [head.join(' ')];
  const kinds = KINDS.filter((k) => results.some((r) => r.query.kind === k))
    .concat([...new Set(results.map((r) => r.query.kind))].filter((k) => !KINDS.includes(k)));
  const row = (label, rs) => {
    const expected = rs.reduce((s, r) => s + r.query.expected.length, 0);
    const tFound = rs.reduce((s, r) => s + r.triglot.found.length, 0);
    const pFound = rs.reduce((s, r) => s + r.pagefind.found.length, 0);
    return [pad(label, 13, true), pad(rs.length, 3), pad(expected, 4), pad(pct(tFound, expected), 10),
      pad(pct(pFound, expected), 10),
      pad(rs.reduce((s, r) => s + r.triglot.others, 0), 4), pad(rs.reduce((s, r) => s + r.pagefind.others, 0), 4),
      pad(kb(median(rs.map((r) => r.triglot.bytes))), 6), pad(kb(median(rs.map((r) => r.triglot.indexBytes))), 6),
      pad(kb(median(rs.map((r) => r.pagefind.bytes))), 6),
      pad(kb(median(rs.map((r) => r.pagefind.indexBytes))), 7),
      pad(ms(median(rs.map((r) => r.triglot.cold))), 7), pad(ms(median(rs.map((r) => r.triglot.warm))), 7),
      pad(ms(median(rs.map((r) => r.pagefind.cold))), 8), pad(ms(median(rs.map((r) => r.pagefind.warm))), 8)].join(' ');
  };
  for (const kind of kinds) lines.push(row(kind, results.filter((r) => r.query.kind === kind)));
  lines.push(row('all', results));
  return lines.join('\n');
}

function report(results, index, chromiumVersion) {
  const out = [];
  out.push(args.title || `Search: Triglot against Pagefind (${queryFile.site})`);
  for (const n of args.note) out.push('  ' + n);
  out.push(`  ${queries.length} queries; ${chromiumVersion}, headless, a fresh incognito context per query and engine`);
  out.push('');
  out.push(table(results));
  out.push('');
  out.push('  exp: expected articles in all; Triglot, Pagefind: how many of them were in that engine\'s top 10 (recall);');
  out.push('  T+, PF+: other articles in the top 10s (expected lists every article that holds the query).');
  out.push('  KB: median per query of what it downloaded after the page had loaded, as sent (gzip, headers included);');
  out.push('  T idx: Triglot\'s without the script-folding tables (fetched once, by the first Chinese query);');
  out.push('  PF idx: Pagefind\'s without its runtime (pagefind.js, worker, wasm, entry; Triglot\'s two scripts');
  out.push('  come with the page). Times: median ms in the page, over loopback; cold = first run with nothing');
  out.push('  cached; warm = once the files have arrived: Triglot, a fresh engine fed from memory with what the');
  out.push('  cold run fetched (parsing included); Pagefind, the same query again on its loaded instance.');
  out.push('');
  out.push('The tail: 90th percentile and most, per query, of KB downloaded and warm ms; the query at the most');
  for (const [engine, name] of [['triglot', 'Triglot'], ['pagefind', 'Pagefind']]) {
    const worst = (key) => results.reduce((w, r) => (r[engine][key] > (w ? w[engine][key] : -1) ? r : w), null);
    const big = worst('bytes');
    const slow = worst('warm');
    out.push(`  ${pad(name, 8, true)} KB p90 ${kb(quantile(results.map((r) => r[engine].bytes), 0.9))}, most `
      + `${kb(big[engine].bytes)} (${big.query.lang} ${JSON.stringify(big.query.q)}); warm ms p90 `
      + `${ms(quantile(results.map((r) => r[engine].warm), 0.9))}, most ${ms(slow[engine].warm)} `
      + `(${slow.query.lang} ${JSON.stringify(slow.query.q)})`);
  }
  out.push('');
  out.push('Index on disk per language (files, MB as stored, MB as sent: gzip for Triglot\'s JSON, Pagefind\'s as stored)');
  out.push(`  ${pad('lang', 8, true)} ${pad('Triglot', 28)}   ${pad('Pagefind', 28)}`);
  const mb = (s) => `${pad(s.files, 5)} files ${pad((s.raw / 1048576).toFixed(2), 6)} MB ${pad((s.wire / 1048576).toFixed(2), 6)} MB`;
  for (const r of index.rows) out.push(`  ${pad(r.lang, 8, true)} ${mb(r.triglot)}   ${mb(r.pagefind)}`);
  out.push(`  ${pad('runtime', 8, true)} ${mb(index.runtime.triglot)}   ${mb(index.runtime.pagefind)}`);
  out.push('  Triglot: <lang>/search/<digest>/ (t/ shards, p/ and l/ positions, f/ fragments), the Chinese sites with the shared');
  out.push('  assets/search-fold.*.json counted in each; runtime: search.js and search-stem.js. Pagefind: its');
  out.push('  pf_meta, index/ and fragment/ files of the language; runtime: pagefind.js, worker, wasm, entry.');
  const misses = (engine) => results.filter((r) => r[engine].found.length < r.query.expected.length || r[engine].error);
  for (const [engine, name] of [['triglot', 'Triglot'], ['pagefind', 'Pagefind']]) {
    const missed = misses(engine);
    out.push('');
    out.push(`${name} missed ${missed.length} of ${results.length} queries (an expected article not in its top 10)`);
    for (const r of missed) {
      const lost = r.query.expected.filter((s) => !r[engine].found.includes(s));
      out.push(`  [${r.query.kind}] ${r.query.lang} ${JSON.stringify(r.query.q)}: missing ${lost.join(', ')}`
        + (r[engine].error ? `; error: ${r[engine].error}` : '')
        + `; ${r[engine].total} results, top ${r[engine].slugs.length}: ${r[engine].slugs.join(' ') || '(none)'}`);
    }
  }
  return out.join('\n');
}

// ---- Main ----

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const userDataDir = mkdtempSync(join(tmpdir(), 'search-bench-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: args.chromium,
    headless: true,
    userDataDir,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--disable-extensions'],
  });
  const results = [];
  try {
    const version = await browser.version();
    for (const [i, query] of queries.entries()) {
      const triglot = await measure(browser, base, 'triglot', query);
      const pagefind = await measure(browser, base, 'pagefind', query);
      results.push({ query, triglot, pagefind });
      if (process.stderr.isTTY) process.stderr.write(`\r  query ${i + 1}/${queries.length}`);
    }
    if (process.stderr.isTTY) process.stderr.write('\n');
    const langs = readdirSync(args.site).filter((d) => fileFor(`/${d}/search/`));
    const index = indexSizes(langs);
    console.log(report(results, index, version));
    if (args.json) writeFileSync(args.json, JSON.stringify({ site: queryFile.site, results, index }, null, 1));
  } finally {
    await browser.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
