// Browser test of `chancery serve`'s web UI in real headless Chromium (Debian's chromium
// package, driven by playwright-core from tests/browser/package-lock.json).
//
// The real `chancery serve` runs on a free loopback port over a temporary SQLite store
// holding the bundled examples. Read view: the founding dispatch (read from ../shared at
// test time) is pasted and analysed; its annotations must match what /api/extract
// returned, an event's details and a quote's speaker must show. Explore view: the table
// is filtered (the URL holds the filters, a reload keeps them), a dyad timeline opens,
// the network and the offline world map draw, the CSV download parses.
// Screenshots of the main views go to $CHANCERY_SCREENSHOT_DIR (build/screenshots).
//
// Run by CTest (tests/browser/CMakeLists.txt sets the environment). Without Chromium it
// exits 77 (CTest: skipped) with a message, unless CI is set: then it fails.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

const env = (name) => {
  const v = process.env[name];
  if (!v) {
    console.error(`browser test: ${name} is not set (run through ctest)`);
    process.exit(1);
  }
  return v;
};
const EXE = env("CHANCERY_EXE");
const DATA_DIR = env("CHANCERY_DATA_DIR");
const SHARED_DIR = env("CHANCERY_SHARED_DIR");
const SOURCE_DIR = env("CHANCERY_SOURCE_DIR");
const NPM_DIR = env("CHANCERY_BROWSER_NPM");
const SHOTS = env("CHANCERY_SCREENSHOT_DIR");
const CHROMIUM = process.env.CHANCERY_CHROMIUM || "/usr/bin/chromium";
const IN_CI = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";

if (!existsSync(CHROMIUM)) {
  const message = `browser test: no Chromium at ${CHROMIUM} (Debian's chromium package; scripts/setup.sh installs it)`;
  if (IN_CI) {
    console.error(message + " — failing, since CI is set");
    process.exit(1);
  }
  console.error(message + " — skipped (CI is not set)");
  process.exit(77);
}
const { chromium } = createRequire(path.join(NPM_DIR, "package.json"))("playwright-core");

const SEED = path.join(SHARED_DIR, "seed", "000_b236a2b85e7853d3.txt");

let tmp, server, base, browser, page;
const pageErrors = [];  // uncaught errors and console errors of the page

// Starts `chancery serve` on port 0 and reads the port from its first line.
function startServer(db) {
  return new Promise((resolve, reject) => {
    const child = spawn(EXE, ["serve", "--db", db, "--port", "0", "--data", DATA_DIR], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    const timer = setTimeout(() => reject(new Error("chancery serve printed no start line in 30 s")), 30000);
    child.on("exit", (code) => reject(new Error(`chancery serve exited (${code}) before serving`)));
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) {
        clearTimeout(timer);
        child.removeAllListeners("exit");
        resolve({ child, url: `http://127.0.0.1:${m[1]}/` });
      }
    });
  });
}

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines.
function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field); rows.push(row); row = []; field = "";
    } else field += c;
  }
  if (field !== "" || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function json(url, options) {
  const r = await fetch(new URL(url, base), options);
  assert.equal(r.status, 200, `${url}: HTTP ${r.status}`);
  return r.json();
}

async function shot(name) {
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

// Rows of the Explore table once it has loaded (the status line says "N events").
async function tableRows() {
  await page.waitForFunction(() => /^\d+ events/.test(document.getElementById("explore-status").textContent));
  return page.$$eval("#rows tr", (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
}

before(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), "chancery-browser-"));
  mkdirSync(SHOTS, { recursive: true });
  const db = path.join(tmp, "store.db");
  const ingest = spawnSync(EXE, ["ingest", "--db", db, "--data", DATA_DIR, path.join(SOURCE_DIR, "examples")], { encoding: "utf8" });
  assert.equal(ingest.status, 0, "ingest failed: " + ingest.stderr);
  server = await startServer(db);
  base = server.url;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--disable-gpu", "--disable-dev-shm-usage"] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") pageErrors.push(m.text() + " (" + m.location().url + ")"); });
});

after(async () => {
  if (browser) await browser.close();
  if (server) {
    server.child.kill("SIGTERM");
    await new Promise((r) => server.child.once("exit", r));
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("web UI in headless Chromium", { concurrency: false }, () => {
  let doc;  // what /api/extract says about the founding dispatch

  test("Read: the founding dispatch is highlighted as the engine read it", async () => {
    const text = readFileSync(SEED, "utf8");
    doc = await json("api/extract", { method: "POST", body: text });
    assert.ok(doc.events.length > 0 && doc.quotes.length > 0 && doc.entities.length > 0, "the engine found nothing to show");

    await page.goto(base + "?view=read");
    await page.fill("#input", text);
    await page.click("#analyse");
    await page.waitForSelector("#doc .evt");
    const marked = await page.$$eval("#doc span", (spans) => {
      const count = (cls) => spans.filter((s) => s.classList.contains(cls)).length;
      return { ent: count("ent"), tmx: count("tmx"), quo: count("quo"), evt: count("evt"), text: document.getElementById("doc").textContent };
    });
    assert.equal(marked.text, text, "the rendered text is not the input");
    assert.ok(marked.ent >= doc.entities.length, `${marked.ent} entity spans for ${doc.entities.length} entities`);
    assert.ok(marked.quo >= doc.quotes.length, `${marked.quo} quote spans for ${doc.quotes.length} quotes`);
    assert.ok(marked.evt >= new Set(doc.events.map((e) => e.evidence.start)).size, `${marked.evt} event spans`);
    if (doc.timexes.length) assert.ok(marked.tmx > 0, "no date highlighted");
    // Every entity mention's text is inside a highlighted entity span.
    const entityText = await page.$$eval("#doc span.ent", (spans) => spans.map((s) => s.textContent).join("|"));
    for (const e of doc.entities) for (const m of e.mentions) {
      const first = Array.from(m.text)[0];
      assert.ok(entityText.includes(first), `mention '${m.text}' not highlighted`);
    }
    const meta = await page.textContent("#meta");
    assert.match(meta, new RegExp(`${doc.events.length} events`));
    await shot("read.png");
  });

  test("Read: clicking an event shows its actors, code, date, place and evidence", async () => {
    const v = doc.events.find((e) => e.location && e.source && e.target) || doc.events[0];
    const cps = Array.from(doc.text);
    const evidence = cps.slice(v.evidence.start, v.evidence.end).join("");
    // The span that starts at the event's evidence: find it by its code-point offset.
    const index = await page.$$eval("#doc span", (spans, start) => {
      let at = 0;
      const doc = document.getElementById("doc");
      for (const node of doc.childNodes) {
        if (at === start && node.nodeType === 1 && node.classList.contains("evt")) return [...doc.querySelectorAll("span")].indexOf(node);
        at += Array.from(node.textContent).length;
      }
      return -1;
    }, v.evidence.start);
    assert.ok(index >= 0, "no event span at the evidence of " + v.id);
    await page.locator("#doc span").nth(index).click();
    const box = page.locator(`#detail .event[data-event="${v.id}"]`);
    await box.waitFor();
    const field = async (name) => (await box.locator(`[data-field="${name}"]`).textContent()).trim();
    assert.ok((await field("code")).startsWith(v.code + " "), "code: " + (await field("code")));
    assert.ok((await field("evidence")).includes(evidence), "evidence: " + (await field("evidence")));
    assert.equal(await field("date"), v.date || "—");
    if (v.source && v.source.actor) assert.ok((await field("source")).includes(v.source.actor));
    if (v.target && v.target.actor) assert.ok((await field("target")).includes(v.target.actor));
    if (v.location) assert.ok((await field("place")).startsWith(v.location.name), "place: " + (await field("place")));
    await page.locator("#detail").scrollIntoViewIfNeeded();
    await shot("read-event.png");
  });

  test("Read: hovering a quote shows its speaker", async () => {
    const q = doc.quotes.find((x) => x.speaker);
    assert.ok(q, "no quote with a speaker in the founding dispatch");
    const speaker = doc.entities.find((e) => e.id === q.speaker);
    // A span inside the quote: the first quote span whose text is part of the quote.
    const spans = page.locator("#doc span.quo");
    const texts = await spans.allTextContents();
    const i = texts.findIndex((t) => t.trim().length > 3 && q.text.includes(t));
    assert.ok(i >= 0, "the quote is not highlighted");
    await spans.nth(i).hover();
    const tip = page.locator("#tip");
    await tip.waitFor({ state: "visible" });
    const said = await tip.textContent();
    assert.match(said, /speaker: /);
    assert.ok(said.includes(speaker.canonical || speaker.name), "tip: " + said);
    await shot("read-quote.png");
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: "hidden" });
  });

  test("Read: an uploaded file is analysed too", async () => {
    const file = path.join(SOURCE_DIR, "examples", "en_ap_brussels.txt");
    const expected = await json("api/extract", { method: "POST", body: readFileSync(file, "utf8") });
    await page.goto(base + "?view=read");
    await page.setInputFiles("#file", file);
    await page.waitForFunction((n) => document.getElementById("meta").textContent.includes(n + " events"), expected.events.length);
    assert.equal(await page.textContent("#doc"), expected.text);
    assert.ok((await page.textContent("#meta")).startsWith(expected.lang + " "));
  });

  test("Explore: filters change the rows, live in the URL and survive a reload", async () => {
    await page.goto(base + "?view=explore");
    const all = await tableRows();
    assert.ok(all.length > 1, "the store holds too few events to filter");
    // The network and the offline map draw.
    await page.waitForSelector("#network svg circle");
    await page.waitForSelector("#map svg circle");
    assert.ok((await page.locator("#map svg path.land").count()) > 100, "the world map has too few countries");
    await shot("explore.png");

    // An actor on some rows but not all (column 3: source, 4: target; "RUSGOV name").
    const code = (cell) => cell.split(" ")[0];
    const actors = [...new Set(all.flatMap((r) => [code(r[3]), code(r[4])]).filter(Boolean))];
    const has = (r, a) => code(r[3]).startsWith(a) || code(r[4]).startsWith(a);
    const actor = actors.find((a) => all.some((r) => !has(r, a)));
    assert.ok(actor, "no actor to filter by");
    await page.fill('#filters input[name="actor"]', actor);
    await page.click("#filters button");
    await page.waitForURL((u) => u.searchParams.get("actor") === actor);
    const filtered = await tableRows();
    assert.ok(filtered.length > 0 && filtered.length < all.length, `${filtered.length} rows after the filter, ${all.length} before`);
    for (const r of filtered) assert.ok(has(r, actor), `row without ${actor}: ${r.join(" | ")}`);

    // A root code too: both filters in the URL, and a reload gives the same view.
    const root = filtered[0][2].slice(0, 2);
    await page.fill('#filters input[name="code"]', root);
    await page.click("#filters button");
    await page.waitForURL((u) => u.searchParams.get("code") === root && u.searchParams.get("actor") === actor);
    const both = await tableRows();
    assert.ok(both.length > 0);
    for (const r of both) assert.ok(r[2].startsWith(root) && has(r, actor));
    await page.reload();
    assert.equal(await page.inputValue('#filters input[name="actor"]'), actor);
    assert.equal(await page.inputValue('#filters input[name="code"]'), root);
    assert.deepEqual(await tableRows(), both);
  });

  test("Explore: a dyad's timeline opens from the table and from the network", async () => {
    await page.goto(base + "?view=explore");
    await tableRows();
    // The dyad of a row with a full date, so its timeline has a day to draw.
    const rows = await page.$$eval("#rows tr", (trs) => trs.map((tr) => [/^\d{4}-\d\d-\d\d$/.test(tr.children[1].textContent), !!tr.querySelector("a.dyad")]));
    const dated = rows.findIndex(([day, link]) => day && link);
    const link = page.locator("#rows tr").nth(dated >= 0 ? dated : rows.findIndex(([, link]) => link)).locator("a.dyad");
    await link.click();
    await page.waitForURL((u) => /^[A-Z0-9]+,[A-Z0-9]+$/.test(u.searchParams.get("dyad") || ""));
    const dyad = new URL(page.url()).searchParams.get("dyad");
    await page.waitForSelector("#timeline h3");
    assert.ok((await page.textContent("#timeline h3")).includes(dyad));
    const t = await json(`api/dyads/${dyad}/timeline`);
    assert.equal(await page.locator("#timeline-days tr").count(), t.days.length);
    const bars = await page.locator("#timeline svg rect.day").count();  // one per day and quad class present
    assert.equal(bars, t.days.reduce((n, d) => n + d.quad.filter((c) => c > 0).length, 0));
    assert.ok(t.days.length + t.undated > 0, "an empty timeline for a dyad of the table");
    if (dated >= 0) assert.ok(t.days.length > 0, "no day in the timeline of a dated row's dyad");
    await shot("timeline.png");

    await page.goto(base + "?view=explore");
    await tableRows();
    const edge = page.locator("#network line").first();
    await edge.waitFor();
    const edgeDyad = await edge.getAttribute("data-dyad");
    await edge.dispatchEvent("click");  // a thin line under labels: its handler, not the pointer's aim, is tested
    await page.waitForURL((u) => u.searchParams.get("dyad") === edgeDyad);
    await page.waitForSelector("#timeline h3");
  });

  test("Explore: clicking a place on the map or an actor in the network filters by it", async () => {
    await page.goto(base + "?view=explore");
    await tableRows();
    const circle = page.locator("#map svg circle").first();
    await circle.waitFor();
    const place = await circle.getAttribute("data-place");
    await circle.dispatchEvent("click");
    await page.waitForURL((u) => u.searchParams.get("place") === place);
    const rows = await tableRows();
    assert.ok(rows.length > 0, "no row at " + place);
    for (const r of rows) assert.equal(r[7], place);  // the place column

    await page.goto(base + "?view=explore");
    await tableRows();
    const node = page.locator("#network circle").first();
    await node.waitFor();
    const actor = await node.getAttribute("data-actor");
    await node.dispatchEvent("click");
    await page.waitForURL((u) => u.searchParams.get("actor") === actor);
    for (const r of await tableRows()) assert.ok(r[3].startsWith(actor) || r[4].startsWith(actor), r.join(" | "));
  });

  test("Explore: the CSV of the current view downloads and parses", async () => {
    await page.goto(base + "?view=explore");
    const rows = await tableRows();
    const actor = rows[0][3].split(" ")[0] || rows[0][4].split(" ")[0];
    await page.goto(base + "?view=explore&actor=" + actor);
    await tableRows();
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#csv")]);
    const file = path.join(tmp, "view.csv");
    await download.saveAs(file);
    const csv = parseCsv(readFileSync(file, "utf8"));
    const header = csv[0];
    assert.ok(header.length > 5, "header: " + header.join(","));
    const expected = await json("api/events?limit=1000&actor=" + actor);
    assert.equal(csv.length - 1, expected.events.length, "CSV rows vs the JSON query");
    for (const r of csv.slice(1)) assert.equal(r.length, header.length, "ragged row: " + r.join(","));
    const idColumn = header.findIndex((h) => /id$/i.test(h));
    assert.ok(idColumn >= 0, "no id column: " + header.join(","));
    assert.deepEqual(csv.slice(1).map((r) => Number(r[idColumn])).sort(), expected.events.map((e) => e.id).sort());
  });

  test("no script or console error on the page", () => {
    assert.deepEqual(pageErrors, []);
  });
});
