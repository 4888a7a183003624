/** The message-centre pages (Taro page paths). */
export const messageRoutes = {
  index: '/features/messages/pages/index/index',
};
