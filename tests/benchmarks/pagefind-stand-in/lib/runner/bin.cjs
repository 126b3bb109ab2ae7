// A stand-in for Pagefind's command line, for measuring the generator without the indexer: it writes pagefind.js and
// an entry file naming no language (which the generator reads after Pagefind) where Pagefind would write its index,
// and nothing anywhere else. Like Pagefind, --output-subdir is
// inside the --site folder and --output-path is relative to the working folder.
const fs = require("fs");
const path = require("path");

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const site = option("--site");
if (site === undefined) {
  console.error("pagefind stand-in: --site is required");
  process.exit(1);
}

const outputPath = option("--output-path");
const output = outputPath !== undefined ? path.resolve(outputPath) : path.join(path.resolve(site), option("--output-subdir") ?? "pagefind");
fs.mkdirSync(output, { recursive: true });
fs.writeFileSync(path.join(output, "pagefind.js"), "// stand-in\n");
fs.writeFileSync(path.join(output, "pagefind-entry.json"), '{"version":"0.0.0-stand-in","languages":{}}');
