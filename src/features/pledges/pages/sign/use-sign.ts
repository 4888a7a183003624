import { useMemo, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { CreatePledgeBody, PledgeKind } from '@api/pledges';
import { useDraft } from '@/hooks/use-draft';
import { useRemote } from '@/hooks/use-remote';
import { readyToSend } from '@/services/ready-to-send';
import { serverFieldErrors, submitNotice, type SubmitNotice } from '@/services/form-errors';
import { cachedRegion, fetchRegion } from '@/services/region';
import { uploadImage } from '@/services/upload';
import { merchantsApi } from '@/features/merchants';
import { pledgesApi } from '../../api';
import { pledgeRoutes } from '../../routes';
import {
  emptyTerms,
  toTerms,
  validateSigner,
  validateTerms,
  type SignerErrors,
  type TermsDraft,
  type TermsErrors,
} from '../../pledge-rules';
import type { SignaturePadHandle } from '../../components/signature-pad';

export interface SignDraft {
  terms: TermsDraft;
  signerName: string;
  signerRole: string;
  /** The uploaded signature: a retry after a lost answer sends the very same body. */
  signatureUploadId?: string;
}

export type SignStep = 'terms' | 'preview' | 'read' | 'sign';

type FieldErrors = TermsErrors & SignerErrors;

/** Which form field a server path ("terms.refund.withinDays" …) belongs to. */
const FIELD_PATTERNS: [RegExp, keyof FieldErrors][] = [
  [/windowDays/, 'windowDays'],
  [/categories|scope/, 'categories'],
  [/excluded/, 'excluded'],
  [/withinDays|refund/, 'refundDays'],
  [/startsOn/, 'startsOn'],
  [/signerName/, 'signerName'],
  [/signerRole/, 'signerRole'],
];

/** The server's problems ("terms.refund.withinDays", "signature.signerName" …) by form field. */
export function pledgeFieldErrors(error: unknown): FieldErrors {
  return serverFieldErrors(
    error,
    (path) => FIELD_PATTERNS.find(([pattern]) => pattern.test(path))?.[1],
  );
}

export const SIGNATURE_MISSING = '请在签名框内手写签名';

const TERMS_FIELDS: (keyof TermsErrors)[] = [
  'windowDays',
  'categories',
  'excluded',
  'refundDays',
  'startsOn',
];

/** 签署承诺/倡议: terms (offline-return), the preview or the initiative text, the signature. */
export function useSign(merchantId: string, kind: PledgeKind) {
  const initial = useMemo<SignDraft>(
    () => ({ terms: emptyTerms(), signerName: '', signerRole: '负责人' }),
    [],
  );
  const draft = useDraft<SignDraft>(`pledge-sign.${merchantId}.${kind}`, initial);
  const region = useRemote(fetchRegion, cachedRegion());
  const merchant = useRemote(() => merchantsApi.get(merchantId));
  const [step, setStep] = useState<SignStep>(kind === 'initiative' ? 'read' : 'terms');
  const [server, setServer] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<SubmitNotice>();
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const [signatureError, setSignatureError] = useState<string>();
  const pad = useRef<SignaturePadHandle>(null);
  const value = draft.value;

  const termErrors: TermsErrors = { ...validateTerms(value.terms) };
  for (const field of TERMS_FIELDS) if (server[field]) termErrors[field] = server[field];
  const signerRules = validateSigner(value);
  const signerErrors: SignerErrors = {
    signerName:
      server.signerName ?? (tried || value.signerName ? signerRules.signerName : undefined),
    signerRole: server.signerRole ?? signerRules.signerRole,
  };

  const changeTerms = (patch: Partial<TermsDraft>) => {
    draft.update({ terms: { ...value.terms, ...patch } });
    setServer((current) => {
      const rest = { ...current };
      for (const field of TERMS_FIELDS) delete rest[field];
      return rest;
    });
  };
  const changeSigner = (patch: Partial<Pick<SignDraft, 'signerName' | 'signerRole'>>) => {
    draft.update(patch);
    setServer((current) => ({ ...current, signerName: undefined, signerRole: undefined }));
  };

  const toPreview = () => {
    if (readyToSend(validateTerms(value.terms))) setStep('preview');
  };

  const resign = () => {
    draft.update({ signatureUploadId: undefined });
    pad.current?.clear();
  };
  const clearPad = () => pad.current?.clear();
  const signatureDrawn = () => setSignatureError(undefined);

  const submit = async () => {
    if (sending) return;
    setTried(true);
    setNotice(undefined);
    if (kind === 'offline-return' && Object.keys(validateTerms(value.terms)).length > 0) {
      setStep('terms');
      void Taro.showToast({ title: '承诺条款需要修改（开始日期不能早于今天）', icon: 'none' });
      return;
    }
    // Every missing piece is marked at its field at once, as in every other form.
    const unsigned = !value.signatureUploadId && (pad.current?.isEmpty() ?? true);
    setSignatureError(unsigned ? SIGNATURE_MISSING : undefined);
    if (!readyToSend({ ...validateSigner(value), ...(unsigned ? { signature: true } : {}) }))
      return;
    setSending(true);
    let uploadId = value.signatureUploadId;
    try {
      if (!uploadId) {
        const path = await pad.current?.exportImage().catch(() => undefined);
        if (!path) {
          void Taro.showToast({ title: '签名没有保存下来，请重写一次', icon: 'none' });
          return;
        }
        uploadId = (await uploadImage(path, 'signature')).id;
      }
      const body: CreatePledgeBody = {
        merchantId,
        kind,
        ...(kind === 'offline-return' ? { terms: toTerms(value.terms) } : {}),
        signature: {
          uploadId,
          signerName: value.signerName.trim(),
          signerRole: value.signerRole.trim(),
        },
      };
      const created = await pledgesApi.create(body, draft.idempotencyKey);
      draft.clear();
      void Taro.redirectTo({ url: pledgeRoutes.certificate(created.id) });
    } catch (caught) {
      // Keep the uploaded signature: a retry sends the very same body with the same key.
      if (uploadId && uploadId !== value.signatureUploadId)
        draft.update({ signatureUploadId: uploadId });
      const fields = pledgeFieldErrors(caught);
      setServer(fields);
      if (TERMS_FIELDS.some((field) => fields[field]) && kind === 'offline-return')
        setStep('terms');
      if (Object.keys(fields).length === 0)
        setNotice(
          submitNotice(caught, { already: '这份承诺可能已经提交成功，请到「本店承诺」查看。' }),
        );
    } finally {
      setSending(false);
    }
  };

  return {
    kind,
    merchantId,
    merchant,
    region,
    value,
    idempotencyKey: draft.idempotencyKey,
    termErrors,
    signerErrors,
    changeTerms,
    changeSigner,
    step,
    setStep,
    toPreview,
    pad,
    resign,
    clearPad,
    signatureDrawn,
    signatureError,
    submit,
    sending,
    notice,
  };
}
