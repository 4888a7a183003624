/**
 * The map, drawn on weapp only (H5 shows the coordinates or a plot instead). Its H5 twin,
 * weapp-map.h5.tsx, draws nothing: importing Taro's web map would put it and hammer.js (74 KB)
 * into every H5 page that shares Taro's component module with a map page.
 */
export { Map as WeappMap } from '@tarojs/components';
