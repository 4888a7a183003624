// Resolves `import { Button } from '@nutui/nutui-react-taro'` to the component's own module,
// as babel-plugin-import does in the real build (the all-in-one bundle draws on a canvas at load).
const base = '@nutui/nutui-react-taro/dist/es/packages/';

module.exports = new Proxy(
  { __esModule: true },
  {
    get(target, name) {
      if (name in target || typeof name !== 'string') return target[name];
      return require(base + name.toLowerCase()).default;
    },
  },
);
