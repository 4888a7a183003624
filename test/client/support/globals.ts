// Build-time constants that Taro's webpack config normally defines for its runtime.
const flags = [
  'ENABLE_INNER_HTML',
  'ENABLE_ADJACENT_HTML',
  'ENABLE_SIZE_APIS',
  'ENABLE_TEMPLATE_CONTENT',
  'ENABLE_CLONE_NODE',
  'ENABLE_CONTAINS',
  'ENABLE_MUTATION_OBSERVER',
];
for (const flag of flags) (globalThis as Record<string, unknown>)[flag] = true;
(globalThis as Record<string, unknown>).DEPRECATED_ADAPTER_COMPONENT = false;
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
