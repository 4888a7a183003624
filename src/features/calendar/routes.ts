/** The holiday-calendar pages (Taro page paths). */
export const calendarRoutes = {
  index: '/features/calendar/pages/index/index',
};
