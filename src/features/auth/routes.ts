/** The auth pages (Taro page paths). */
export const authRoutes = {
  staffLogin: '/features/auth/pages/staff-login/index',
  /** Where a staff member changes their password (forced while on a one-time password). */
  changePassword: '/features/auth/pages/change-password/index',
  /** The forced first change after the admin's one-time password. */
  changePasswordRequired: '/features/auth/pages/change-password/index?required=1',
};
