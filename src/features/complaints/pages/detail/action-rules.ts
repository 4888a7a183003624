import type {
  MessageBody,
  RatingBody,
  RejectReason,
  TerminateReason,
  TransitionAction,
  TransitionBody,
  MediationMethod,
} from '@api/complaints';
import { COMPLAINT_LIMITS as LIMITS } from '@/domain/complaint-limits';
import { moneyTextError, toMoney } from '@/domain/money';
import { textLength } from '@/domain/text-length';

/** What a caller may do, as the server lists it in `allowedActions`. */
export type ActionKey = TransitionAction | MessageBody['kind'] | 'rate';

/** Everything any action dialog can ask for, as typed. */
export interface ActionInput {
  message: string;
  amount: string;
  rejectReason?: RejectReason;
  terminateReason?: TerminateReason;
  method?: MediationMethod;
  evidence: { id: string; url: string }[];
  score: number;
}

export const EMPTY_INPUT: ActionInput = { message: '', amount: '', evidence: [], score: 0 };

/** A request ready to send: a transition, a message or a rating. */
export type ActionRequest =
  | { kind: 'transition'; body: TransitionBody }
  | { kind: 'message'; body: MessageBody }
  | { kind: 'rating'; body: RatingBody };

const optionalNote = (text: string) => (text.trim() ? { note: text.trim() } : {});

/** The action's problem with the input (Chinese, for the dialog), or its request. */
export function buildAction(
  action: ActionKey,
  input: ActionInput,
): { error: string } | { request: ActionRequest } {
  const text = input.message.trim();
  const n = textLength(input.message);
  const tooLong = (max: number) => (n > max ? `最多${max}个字` : undefined);
  const transition = (body: TransitionBody) => ({ request: { kind: 'transition' as const, body } });
  const message = (body: MessageBody) => ({ request: { kind: 'message' as const, body } });

  switch (action) {
    case 'accept':
    case 'close':
    case 'withdraw':
    case 'resume': {
      const long = tooLong(LIMITS.note);
      return long ? { error: long } : transition({ action, ...optionalNote(text) });
    }
    case 'reject':
      if (!input.rejectReason) return { error: '请选择不予受理的理由' };
      return tooLong(LIMITS.note)
        ? { error: tooLong(LIMITS.note)! }
        : transition({ action, reason: input.rejectReason, ...optionalNote(text) });
    case 'terminate':
      if (!input.terminateReason) return { error: '请选择终止调解的理由' };
      return tooLong(LIMITS.note)
        ? { error: tooLong(LIMITS.note)! }
        : transition({ action, reason: input.terminateReason, ...optionalNote(text) });
    case 'mediate':
      if (!input.method) return { error: '请选择调解方式' };
      return transition({ action, method: input.method, ...optionalNote(text) });
    case 'pause-for-testing': {
      if (n < LIMITS.pauseNote.min) {
        return { error: `请说明检测鉴定的事项（至少${LIMITS.pauseNote.min}个字）` };
      }
      const long = tooLong(LIMITS.pauseNote.max);
      return long ? { error: long } : transition({ action, note: text });
    }
    case 'settle': {
      const { min, max } = LIMITS.agreement;
      if (n < min) return { error: `请填写调解协议内容（至少${min}个字）` };
      if (n > max) return { error: `调解协议最多${max}个字` };
      const money = moneyTextError(input.amount, '挽回金额');
      if (money) return { error: money };
      return transition({ action, agreement: text, amountRecovered: toMoney(input.amount) });
    }
    case 'note':
    case 'reply':
      if (n < 1) return { error: '请填写内容' };
      return tooLong(LIMITS.message)
        ? { error: tooLong(LIMITS.message)! }
        : message({ kind: action, message: text });
    case 'proposal': {
      if (n < 1) return { error: '请写明和解方案' };
      if (tooLong(LIMITS.message)) return { error: tooLong(LIMITS.message)! };
      if (!input.amount.trim()) return message({ kind: action, message: text });
      const money = moneyTextError(input.amount, '和解金额');
      if (money) return { error: money };
      return message({ kind: action, message: text, amount: toMoney(input.amount) });
    }
    case 'evidence':
      if (input.evidence.length === 0) return { error: '请添加至少一张照片' };
      if (tooLong(LIMITS.message)) return { error: tooLong(LIMITS.message)! };
      return message({
        kind: action,
        message: text || '补充证据照片',
        evidence: input.evidence.map((photo) => photo.id),
      });
    case 'rate':
      if (input.score < 1 || input.score > 5) return { error: '请点选1–5颗星' };
      if (n > LIMITS.ratingComment) return { error: `评价最多${LIMITS.ratingComment}个字` };
      return {
        request: {
          kind: 'rating',
          body: text ? { score: input.score, comment: text } : { score: input.score },
        },
      };
  }
}
