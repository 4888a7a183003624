// app.ts imports the icon library's config module directly (see there); its types are the index's.
declare module '@nutui/icons-react-taro/dist/es/icons/configure.js' {
  export { configure } from '@nutui/icons-react-taro';
}
