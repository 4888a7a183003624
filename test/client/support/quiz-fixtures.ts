import type {
  Mistake,
  Paper,
  PaperQuestion,
  QuizStatus,
  ReviewItem,
  SubmissionResult,
} from '@api/quiz';

/** Shared data of the quiz client tests (not a test file itself). */
export const PAPER_ID = '01JPAPER000000000000000001';

export const QUESTIONS: PaperQuestion[] = [
  {
    id: 'q001',
    type: 'single',
    topic: '识假辨假',
    subtopic: '3C认证',
    difficulty: 1,
    stem: '购买电器时，哪个标志说明产品通过了强制性产品认证？',
    options: [
      { key: 'A', text: 'CCC标志' },
      { key: 'B', text: 'QS标志' },
      { key: 'C', text: '绿色食品标志' },
    ],
  },
  {
    id: 'q002',
    type: 'multiple',
    topic: '消费者权益',
    subtopic: '九项权利',
    difficulty: 2,
    stem: '以下哪些属于消费者的法定权利？',
    options: [
      { key: 'A', text: '安全保障权' },
      { key: 'B', text: '知悉真情权' },
      { key: 'C', text: '强制交易权' },
      { key: 'D', text: '自主选择权' },
    ],
  },
  {
    id: 'q003',
    type: 'true-false',
    topic: '投诉维权',
    subtopic: '12315',
    difficulty: 1,
    stem: '12315是全国统一的市场监管投诉举报热线。',
    options: [
      { key: 'A', text: '对' },
      { key: 'B', text: '错' },
    ],
  },
];

export const paper = (patch: Partial<Paper> = {}): Paper => ({
  paperId: PAPER_ID,
  expiresAt: new Date(Date.now() + 300_000).toISOString(),
  durationSeconds: 300,
  remainingToday: 2,
  questions: QUESTIONS,
  ...patch,
});

export const status = (patch: Partial<QuizStatus> = {}): QuizStatus => ({
  questionsPerPaper: 10,
  paperSeconds: 300,
  dailyPapers: 3,
  usedToday: 1,
  topics: [
    { topic: '识假辨假', questions: 40 },
    { topic: '消费者权益', questions: 35 },
    { topic: '投诉维权', questions: 25 },
  ],
  mistakes: 4,
  ...patch,
});

const ANSWERS: Record<string, string[]> = { q001: ['A'], q002: ['A', 'B', 'D'], q003: ['A'] };
const EXPLANATIONS: Record<string, string> = {
  q001: 'CCC是中国强制性产品认证标志，列入目录的产品必须获得认证。',
  q002: '消费者权益保护法规定了安全保障、知悉真情、自主选择等九项权利。',
  q003: '12315是市场监管部门的投诉举报热线。',
};

export const review = (chosen: Record<string, string[]>): ReviewItem[] =>
  QUESTIONS.map((question) => {
    const picked = chosen[question.id] ?? [];
    const correct = ANSWERS[question.id];
    return {
      question,
      chosen: picked,
      correct,
      isCorrect: picked.length === correct.length && picked.every((k) => correct.includes(k)),
      explanation: EXPLANATIONS[question.id],
    };
  });

export const result = (
  chosen: Record<string, string[]> = { q001: ['A'], q002: ['A', 'B'], q003: ['A'] },
  patch: Partial<SubmissionResult> = {},
): SubmissionResult => {
  const items = review(chosen);
  const correctCount = items.filter((item) => item.isCorrect).length;
  return {
    paperId: PAPER_ID,
    correctCount,
    total: items.length,
    score: Math.round((correctCount / items.length) * 100),
    submittedAt: '2027-03-15T02:00:00.000Z',
    secondsUsed: 83,
    ranked: true,
    review: items,
    ...patch,
  };
};

export const mistake = (question: PaperQuestion, patch: Partial<Mistake> = {}): Mistake => ({
  question,
  lastChosen: question.id === 'q001' ? ['B'] : ['A'],
  correct: ANSWERS[question.id],
  explanation: EXPLANATIONS[question.id],
  timesWrong: 2,
  lastWrongAt: '2027-03-14T02:00:00.000Z',
  ...patch,
});
