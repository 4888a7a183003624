// Jest reporter: a count per layer (Jest project), the safety nets' figures (test/support/figures.ts)
// and one closing line that CI can read.
const fs = require('node:fs');
const path = require('node:path');

const FIGURES_FILE = path.join(__dirname, '..', 'test-results', 'figures.txt');

class LayerReporter {
  constructor() {
    this.layers = new Map();
  }

  onRunStart() {
    // Under scripts/test.mjs two Jest processes share the file: it clears it once, before both.
    if (!process.env.FX_LAYER_SUMMARY) fs.rmSync(FIGURES_FILE, { force: true });
  }

  onTestResult(test, result) {
    const name = test.context.config.displayName?.name ?? 'default';
    const layer = this.layers.get(name) ?? { passed: 0, failed: 0, files: 0 };
    layer.passed += result.numPassingTests;
    layer.failed += result.numFailingTests + (result.testExecError ? 1 : 0);
    layer.files += 1;
    this.layers.set(name, layer);
  }

  onRunComplete() {
    const summary = process.env.FX_LAYER_SUMMARY;
    if (summary) {
      // scripts/test.mjs prints one summary for both of its Jest processes.
      const layers = [...this.layers].map(([name, layer]) => ({ name, ...layer }));
      fs.writeFileSync(summary, JSON.stringify(layers));
      return;
    }
    let passed = 0;
    let failed = 0;
    console.log('\nTests per layer:');
    for (const [name, layer] of this.layers) {
      passed += layer.passed;
      failed += layer.failed;
      console.log(
        `  ${name.padEnd(16)} ${String(layer.passed).padStart(4)} passed, ${layer.failed} failed (${layer.files} files)`,
      );
    }
    const figures = fs.existsSync(FIGURES_FILE) ? fs.readFileSync(FIGURES_FILE, 'utf8').trim() : '';
    if (figures) {
      console.log('\nSafety nets:');
      for (const line of figures.split('\n').sort()) console.log(`  ${line}`);
    }
    console.log(`\n${passed} passed, ${failed} failed`);
  }
}

module.exports = LayerReporter;
