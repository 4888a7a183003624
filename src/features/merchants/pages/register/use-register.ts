import { useState } from 'react';
import type { Membership } from '@api/merchants';
import { useDraft } from '@/hooks/use-draft';
import { useRemote } from '@/hooks/use-remote';
import { ApiError } from '@/services/request';
import { cachedRegion, fetchRegion } from '@/services/region';
import { chooseOnMap } from '@/services/device';
import { merchantsApi } from '../../api';
import {
  creditCodeError,
  EMPTY_REGISTER_DRAFT,
  toRegisterBody,
  typeFromCreditCode,
  validateRegister,
  type RegisterDraft,
  type RegisterErrors,
  type RegisterField,
} from '../../register-rules';
import { readyToSend } from '@/services/ready-to-send';
import { serverFieldErrors, submitNotice, type SubmitNotice } from '@/services/form-errors';

/** The server's answer, and the name as the user typed it (the register may know another). */
export interface Submission {
  membership: Membership;
  typedName: string;
}

/** Draft fields and the body fields whose errors they show. */
const FIELD_OF: Partial<Record<keyof RegisterDraft, RegisterField>> = {
  creditCode: 'creditCode',
  name: 'name',
  type: 'type',
  industry: 'industry',
  town: 'town',
  address: 'address',
  location: 'location',
  hours: 'hours',
  publicPhone: 'publicPhone',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  licence: 'licencePhoto',
};

const filled = (value: unknown) =>
  typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;

/** 商家入驻: the county profile for the pickers, the draft, the rules and the submission. */
export function useRegister() {
  const region = useRemote(fetchRegion, cachedRegion());
  const draft = useDraft<RegisterDraft>('merchant-register', EMPTY_REGISTER_DRAFT);
  const [touched, setTouched] = useState<Partial<Record<keyof RegisterDraft, true>>>({});
  const [codeLeft, setCodeLeft] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<RegisterErrors>({});
  const [notice, setNotice] = useState<SubmitNotice>();
  const [sending, setSending] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [result, setResult] = useState<Submission>();
  const value = draft.value;

  // Rules apply to every field; a field shows its problem once it has content, was edited,
  // or the user tried to send. The server's word on a field stands until that field changes.
  const rules = validateRegister(value, region.data);
  const errors: RegisterErrors = {};
  for (const [draftField, field] of Object.entries(FIELD_OF) as [
    keyof RegisterDraft,
    RegisterField,
  ][]) {
    const visible = submitted || touched[draftField] || filled(value[draftField]);
    const message = server[field] ?? (visible ? rules[field] : undefined);
    if (message) errors[field] = message;
  }
  const codeMessage =
    server.creditCode ?? creditCodeError(value.creditCode, { left: codeLeft, submitted });
  if (codeMessage) errors.creditCode = codeMessage;
  else delete errors.creditCode;

  const change = (patch: Partial<RegisterDraft>) => {
    const next = { ...patch };
    if (patch.creditCode !== undefined) {
      next.creditCode = patch.creditCode.toUpperCase();
      const implied = value.typeChosen ? undefined : typeFromCreditCode(next.creditCode);
      if (implied) next.type = implied;
    }
    draft.update(next);
    const keys = Object.keys(patch) as (keyof RegisterDraft)[];
    setTouched((current) => ({
      ...current,
      ...Object.fromEntries(keys.map((key) => [key, true])),
    }));
    setServer((current) => {
      const rest = { ...current };
      for (const key of keys) if (FIELD_OF[key]) delete rest[FIELD_OF[key]!];
      return rest;
    });
  };

  const pickLocation = async () => {
    const spot = await chooseOnMap();
    if (!spot) return;
    const label = spot.name || spot.address;
    const patch: Partial<RegisterDraft> = {
      location: { lat: spot.latitude, lng: spot.longitude, label },
    };
    const place = (spot.address || spot.name || '').slice(0, 120);
    if (!value.address.trim() && place) patch.address = place;
    change(patch);
  };

  const submit = async () => {
    setSubmitted(true);
    setNotice(undefined);
    if (!readyToSend(validateRegister(value, region.data), uploading)) return;
    setSending(true);
    try {
      const membership = await merchantsApi.register(toRegisterBody(value), draft.idempotencyKey);
      draft.clear();
      setTouched({});
      setSubmitted(false);
      setResult({ membership, typedName: value.name.trim() });
    } catch (caught) {
      const fields = serverFieldErrors(caught) as RegisterErrors;
      if (caught instanceof ApiError && caught.code === 'INVALID_CREDIT_CODE') {
        fields.creditCode = caught.message;
      }
      setServer(fields);
      if (Object.keys(fields).length === 0)
        setNotice(
          submitNotice(caught, {
            already: '这份申请可能已经提交成功，请到「我的商家」查看进度。',
          }),
        );
    } finally {
      setSending(false);
    }
  };

  return {
    region,
    value,
    errors,
    change,
    chooseType: (type: RegisterDraft['type']) => change({ type, typeChosen: true }),
    leaveCreditCode: () => setCodeLeft(true),
    pickLocation,
    clearLocation: () => change({ location: undefined }),
    setUploading,
    submit,
    sending,
    uploading,
    notice,
    result,
  };
}
