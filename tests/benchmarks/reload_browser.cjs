// The browser side of reload_benchmark.py: opens one page in headless Chromium, saves a new sentence into the page's
// Markdown file, and reports when the page shows it. One JSON object per line on standard output; every time is
// milliseconds since the epoch from the system clock, as the Python side's time.time() is.
//   node reload_browser.cjs '{"playwright": ..., "url": ..., "file": ..., "rounds": 20, "pause": 1500}'
"use strict";
const fs = require("fs");
const path = require("path");

const settings = JSON.parse(process.argv[2]);
const { chromium } = require(settings.playwright);
const now = () => performance.timeOrigin + performance.now();
const markerPattern = /Reload marker (\d+)\./;

// Runs in every document before its own scripts: stamps the live-reload message (server-sent event or WebSocket) and the
// first frame in which the page's text holds a marker it did not hold before, with the navigation and asset timings.
const pageProbe = () => {
  const stamp = () => performance.timeOrigin + performance.now();
  const report = (kind, data) => window.reloadBenchmarkReport(JSON.stringify({ kind, ...data }));
  const OriginalEventSource = window.EventSource;
  window.EventSource = class extends OriginalEventSource {
    constructor(...parameters) {
      super(...parameters);
      this.addEventListener("reload", () => report("message", { at: stamp() }));
    }
  };
  const OriginalWebSocket = window.WebSocket;
  window.WebSocket = class extends OriginalWebSocket {
    constructor(...parameters) {
      super(...parameters);
      this.addEventListener("message", (event) => {
        if (String(event.data).includes('"reload"')) report("message", { at: stamp() });
      });
    }
  };
  let shown = null;
  const look = () => {
    const match = document.body && document.body.textContent.match(/Reload marker (\d+)\./);
    if (!match || match[1] === shown) return;
    shown = match[1];
    const found = stamp();
    requestAnimationFrame(() => {
      const navigation = performance.getEntriesByType("navigation")[0];
      const assets = performance.getEntriesByType("resource").filter((entry) => entry.initiatorType !== "xmlhttprequest" && !entry.name.includes("live"));
      report("visible", {
        marker: Number(shown), found, frame: stamp(), navigationStart: performance.timeOrigin,
        responseStart: navigation ? performance.timeOrigin + navigation.responseStart : null,
        responseEnd: navigation ? performance.timeOrigin + navigation.responseEnd : null,
        assets: assets.length,
        assetsFetched: assets.filter((entry) => entry.transferSize > 0).length,
        assetsEnd: assets.length ? performance.timeOrigin + Math.max(...assets.map((entry) => entry.responseEnd)) : null,
        scrollY: window.scrollY,
      });
    });
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener("DOMContentLoaded", look);
};

(async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  const page = await browser.newPage();
  let waiting = null;
  let lastMessage = null;
  await page.exposeFunction("reloadBenchmarkReport", (json) => {
    const event = JSON.parse(json);
    if (event.kind === "message") {
      lastMessage = event.at;
    } else if (waiting && event.marker === waiting.marker) {
      waiting.resolve(event);
    }
  });
  await page.addInitScript(pageProbe);
  const shows = (marker, timeout) => new Promise((resolve, reject) => {
    waiting = { marker, resolve };
    setTimeout(() => reject(new Error(`marker ${marker} not shown within ${timeout} ms`)), timeout);
  });

  const original = fs.readFileSync(settings.file, "utf8");
  const firstShown = shows(Number(original.match(markerPattern)[1]), 60000);
  await page.goto(settings.url);
  await firstShown;
  // Scrolled halfway, so that the report shows whether a reload keeps the reader's place.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  for (let round = 1; round <= settings.rounds; round++) {
    await new Promise((resolve) => setTimeout(resolve, settings.pause));
    const text = original.replace(markerPattern, `Reload marker ${round}.`);
    const byRename = round % 3 === 0;
    const shown = shows(round, 30000);
    lastMessage = null;
    const saved = now();
    if (byRename) {
      // As VS Code and other atomic saves do: a temporary file beside the article, renamed over it.
      const temporary = path.join(path.dirname(settings.file), `.${path.basename(settings.file)}.tmp`);
      fs.writeFileSync(temporary, text);
      fs.renameSync(temporary, settings.file);
    } else {
      // As vim, nano and most editors do by default: truncate the file and write the new text into it.
      fs.writeFileSync(settings.file, text);
    }
    const visible = await shown;
    console.log(JSON.stringify({ round, save: byRename ? "rename" : "in place", saved, message: lastMessage, ...visible }));
  }
  fs.writeFileSync(settings.file, original);
  await browser.close();
})().catch((failure) => {
  console.error(failure.stack || String(failure));
  process.exit(1);
});
