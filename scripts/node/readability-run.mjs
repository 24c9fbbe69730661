// Runs Mozilla Readability.js over dev sets laid out as <id>/source.html[.gz] + expected.txt and prints
// bag-of-tokens P/R/F1 (the tokeniser of shared/data/README.md) and pages/second (jsdom parse + Readability).
// Usage: node readability-run.mjs [--limit N] DIR...
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const args = process.argv.slice(2);
let limit = Infinity;
const dirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--limit') limit = parseInt(args[++i], 10);
  else dirs.push(args[i]);
}

function tokens(text) {
  return text.toLowerCase().split(/\s+/u).map(t => t.replace(/\p{P}/gu, '')).filter(t => t.length > 0);
}

function bag(out, exp) {
  const o = tokens(out), e = tokens(exp);
  if (o.length === 0 && e.length === 0) return [1, 1, 1];
  if (o.length === 0 || e.length === 0) return [0, 0, 0];
  const counts = new Map();
  for (const t of e) counts.set(t, (counts.get(t) || 0) + 1);
  let overlap = 0;
  for (const t of o) {
    const c = counts.get(t);
    if (c > 0) { overlap++; counts.set(t, c - 1); }
  }
  const p = overlap / o.length, r = overlap / e.length;
  return [p, r, p + r === 0 ? 0 : 2 * p * r / (p + r)];
}

const quiet = new VirtualConsole();
for (const dir of dirs) {
  const ids = fs.readdirSync(dir).filter(d => fs.existsSync(path.join(dir, d, 'expected.txt'))).sort().slice(0, limit);
  const pages = ids.map(id => {
    const plain = path.join(dir, id, 'source.html');
    const html = fs.existsSync(plain) ? fs.readFileSync(plain, 'utf8')
      : zlib.gunzipSync(fs.readFileSync(path.join(dir, id, 'source.html.gz'))).toString('utf8');
    return { id, html, expected: fs.readFileSync(path.join(dir, id, 'expected.txt'), 'utf8') };
  });
  let sp = 0, sr = 0, sf = 0, failures = 0;
  const start = process.hrtime.bigint();
  for (const page of pages) {
    let text = '';
    try {
      const dom = new JSDOM(page.html, { url: 'https://example.com/', virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      text = article && article.textContent ? article.textContent : '';
      dom.window.close();
    } catch (e) {
      failures++;
    }
    const [p, r, f] = bag(text, page.expected);
    sp += p; sr += r; sf += f;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const n = pages.length;
  console.log(`${path.basename(dir)}\tReadability.js\t${n}\t${(sf / n).toFixed(4)}\t${(sp / n).toFixed(4)}\t${(sr / n).toFixed(4)}\t${(n / seconds).toFixed(1)}\t${failures}`);
}
