/** The quiz pages (Taro page paths). */
export const quizRoutes = {
  landing: '/features/quiz/pages/index/index',
  paper: (id: string) => `/features/quiz/pages/paper/index?id=${encodeURIComponent(id)}`,
  result: (id: string) => `/features/quiz/pages/result/index?id=${encodeURIComponent(id)}`,
  mistakes: '/features/quiz/pages/mistakes/index',
  leaderboard: '/features/quiz/pages/leaderboard/index',
  poster: (id: string) => `/features/quiz/pages/poster/index?id=${encodeURIComponent(id)}`,
  // Staff: the bank, one question (new, or to edit, optionally to resolve a report), import.
  bank: '/features/quiz/pages/bank/index',
  newQuestion: '/features/quiz/pages/question/index',
  question: (id: string, reportId?: string) =>
    `/features/quiz/pages/question/index?id=${encodeURIComponent(id)}` +
    (reportId ? `&report=${encodeURIComponent(reportId)}` : ''),
  import: '/features/quiz/pages/import/index',
  reports: '/features/quiz/pages/reports/index',
};
