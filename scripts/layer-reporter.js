// Jest reporter: a count per layer (Jest project) and one closing line that CI can read.
class LayerReporter {
  constructor() {
    this.layers = new Map();
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
    console.log(`\n${passed} passed, ${failed} failed`);
  }
}

module.exports = LayerReporter;
