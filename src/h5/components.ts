/**
 * What `@tarojs/components` is in the H5 build (config/index.ts): Taro's plain React components
 * (`useHtmlComponents`) for what every page draws by the hundred — View, Text, Image, ScrollView —
 * as they cost a fraction of a web component each to create; Taro's web components for the form
 * controls, whose behaviour the pages rely on: Input's `nativeProps` (the numeric keypad) and its
 * inner <input>, Button's look under our own classes.
 */
export * from '@tarojs/components-react';
export { Button, Input } from '@tarojs/components/lib/react';
