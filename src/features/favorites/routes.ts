/** 我的收藏 (Taro page path). */
export const favoriteRoutes = {
  list: '/features/favorites/pages/index/index',
};
