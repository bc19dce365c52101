// Renders Vega-Lite specs to SVG with the vega and vega-lite packages, failing on any error or warning.
// Usage: node docs/charts/render.js <out-dir> <spec.vl.json>...
'use strict';
const fs = require('fs');
const path = require('path');
const vega = require('vega');
const vl = require('vega-lite');

async function render(file, outDir) {
  const spec = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof spec.$schema !== 'string' || !spec.$schema.includes('vega-lite/v5')) {
    throw new Error(`${file}: $schema is not Vega-Lite v5`);
  }
  const warnings = [];
  const logger = {
    level() { return this; },
    error(...args) { warnings.push('error: ' + args.join(' ')); return this; },
    warn(...args) { warnings.push('warning: ' + args.join(' ')); return this; },
    info() { return this; },
    debug() { return this; },
  };
  const compiled = vl.compile(spec, { logger }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger });
  const svg = await view.toSVG();
  if (warnings.length > 0) {
    throw new Error(`${file}:\n  ${warnings.join('\n  ')}`);
  }
  if (!svg.startsWith('<svg') || svg.length < 500) {
    throw new Error(`${file}: rendering produced no drawing`);
  }
  const out = path.join(outDir, path.basename(file).replace(/\.vl\.json$|\.json$/, '') + '.svg');
  fs.writeFileSync(out, svg);
  return out;
}

async function main() {
  const [outDir, ...files] = process.argv.slice(2);
  if (!outDir || files.length === 0) {
    console.error('usage: node render.js <out-dir> <spec.vl.json>...');
    process.exit(2);
  }
  fs.mkdirSync(outDir, { recursive: true });
  let failed = 0;
  for (const file of files) {
    try {
      console.log(`rendered ${file} -> ${await render(file, outDir)}`);
    } catch (e) {
      failed++;
      console.error(`FAILED ${e.message}`);
    }
  }
  if (failed > 0) {
    console.error(`${failed} of ${files.length} chart specs failed`);
    process.exit(1);
  }
}

main();
