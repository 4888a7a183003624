import type { SubmissionResult } from '@api/quiz';
import type { Region } from '@api/region';
import { apiBase, API_PREFIX } from '@/services/api-base';
import { POSTER_HEIGHT, POSTER_WIDTH } from '@/components/poster/poster-ops';
import { useCanvasPoster } from '@/components/poster/use-canvas-poster';
import { quizApi } from '../../api';
import { campaignLine } from '../../quiz-vocabulary';
import { quizPosterLayout, type QuizPosterData } from '../../poster/poster-layout';

export const CANVAS_ID = 'quiz-poster';

/** The poster's data from a result and the county profile. */
export function posterData(
  result: SubmissionResult,
  region: Region | undefined,
  nickname?: string,
): QuizPosterData {
  return {
    campaign: campaignLine(region),
    score: result.score,
    correctCount: result.correctCount,
    total: result.total,
    secondsUsed: result.secondsUsed,
    nickname,
  };
}

/** The absolute URL of the quiz QR code (GET /quiz/qrcode, public). */
export const qrcodeUrl = () => `${apiBase()}${API_PREFIX}${quizApi.qrcodePath()}`;

/** The result poster on the shared canvas hook: its layout, its QR code and its file name. */
export function usePoster(data: QuizPosterData | undefined) {
  return useCanvasPoster({
    canvasId: CANVAS_ID,
    width: POSTER_WIDTH,
    height: POSTER_HEIGHT,
    ops: data ? quizPosterLayout(data) : undefined,
    qrcodeUrl: qrcodeUrl(),
    fileName: `识假辨假答题成绩-${data?.score ?? ''}分.png`,
  });
}
