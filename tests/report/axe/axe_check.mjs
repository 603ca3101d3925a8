// Runs axe-core with the WCAG 2.1 A and AA rules on each HTML file given, in headless
// Chromium (Debian's, named by CHROMIUM), and exits 1 when any rule is violated. Used by
// the ctest report.axe (run_axe.sh); prints each violation with the nodes it found.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM,
  // As root (CI) Chromium needs its sandbox off; the pages are our own files.
  args: ['--no-sandbox'],
});
let failed = false;
try {
  for (const file of process.argv.slice(2)) {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.addScriptTag({ path: axePath });
    const results = await page.evaluate(
      (values) => window.axe.run(document, { runOnly: { type: 'tag', values } }),
      tags,
    );
    console.log(`${file}: ${results.passes.length} rules passed, ` +
                `${results.violations.length} violated, ${results.incomplete.length} to review`);
    for (const violation of results.violations) {
      failed = true;
      console.log(`  VIOLATION ${violation.id} (${violation.impact}): ${violation.help}`);
      for (const node of violation.nodes.slice(0, 5)) {
        console.log(`    ${node.target.join(' ')}: ${node.failureSummary.replace(/\n/g, ' ')}`);
      }
      if (violation.nodes.length > 5) {
        console.log(`    ... and ${violation.nodes.length - 5} more`);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
