import { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { PledgeKind } from '@api/pledges';
import { SubmitBar } from '@/components/submit-bar';
import { LoadState } from '@/components/load-state';
import { GatedPage } from '@/components/access-gate';
import { KIND_LABELS } from '../../labels';
import { pledgeRoutes } from '../../routes';
import { normalisePledgeTerms, offlineReturnText } from '@/domain/pledge-text';
import { toTerms } from '../../pledge-rules';
import { TermsForm } from './terms-form';
import { SignatureStep } from './signature-step';
import { useSign } from './use-sign';
import './index.scss';

type Form = ReturnType<typeof useSign>;

/**
 * The text exactly as the server will store, hash and certify it: the same domain function over
 * the same normalised terms and the merchant's registered name.
 */
function Preview({ form }: { form: Form }) {
  return (
    <View className="section">
      <View className="section-title">承诺全文预览</View>
      <LoadState {...form.merchant} onRetry={() => void form.merchant.reload()} skeletonRows={8}>
        {(merchant) => (
          <Text className="sign__text" aria-label="承诺全文">
            {offlineReturnText(merchant.name, normalisePledgeTerms(toTerms(form.value.terms)))}
          </Text>
        )}
      </LoadState>
      <Text className="muted">
        请仔细阅读。签名提交后承诺内容即固定，不能修改；如需变更，可撤回后以新条款重新承诺。
      </Text>
    </View>
  );
}

function Initiative({ form }: { form: Form }) {
  return (
    <LoadState {...form.region} onRetry={() => void form.region.reload()} skeletonRows={8}>
      {(region) => (
        <View className="section">
          <View className="section-title">{region.initiative.title}</View>
          <Text className="sign__text" aria-label="倡议全文">
            {region.initiative.text}
          </Text>
        </View>
      )}
    </LoadState>
  );
}

/** A step's way on, then back (or a note). */
function StepActions(props: {
  next: string;
  onNext: () => void;
  back?: string;
  onBack?: () => void;
  note?: string;
}) {
  return (
    <View className="sign__actions">
      <Button block type="primary" onClick={props.onNext}>
        {props.next}
      </Button>
      {props.back && (
        <Button block fill="outline" onClick={props.onBack}>
          {props.back}
        </Button>
      )}
      {props.note && <Text className="muted">{props.note}</Text>}
    </View>
  );
}

function Steps({ form }: { form: Form }) {
  const offline = form.kind === 'offline-return';
  return (
    <>
      <View className="sign__head">
        <Text className="sign__title">签署{KIND_LABELS[form.kind]}</Text>
        {form.merchant.data && <Text className="muted">商家：{form.merchant.data.name}</Text>}
        {form.merchant.error?.status === 404 && (
          <View className="sign__notice" role="alert">
            {form.merchant.error.message}
          </View>
        )}
      </View>
      {form.step === 'terms' && (
        <>
          <TermsForm
            terms={form.value.terms}
            errors={form.termErrors}
            onChange={form.changeTerms}
          />
          <StepActions
            next="下一步：预览承诺全文"
            onNext={form.toPreview}
            note="填写内容会自动保存在本机。"
          />
        </>
      )}
      {form.step === 'preview' && (
        <>
          <Preview form={form} />
          <StepActions
            next="确认无误，去签名"
            onNext={() => form.setStep('sign')}
            back="返回修改条款"
            onBack={() => form.setStep('terms')}
          />
        </>
      )}
      {form.step === 'read' && (
        <>
          <Initiative form={form} />
          <StepActions next="我已阅读，去签名" onNext={() => form.setStep('sign')} />
        </>
      )}
      {form.step === 'sign' && (
        <>
          {offline ? <Preview form={form} /> : null}
          <SignatureStep form={form} />
          <SubmitBar
            form={form}
            className="sign__actions"
            mine={{ label: '查看本店承诺', url: pledgeRoutes.mine(form.merchantId) }}
            label="确认签署"
          >
            <Button
              block
              fill="outline"
              disabled={form.sending}
              onClick={() => form.setStep(offline ? 'preview' : 'read')}
            >
              上一步
            </Button>
          </SubmitBar>
        </>
      )}
    </>
  );
}

function SignForm({ merchantId, kind }: { merchantId: string; kind: PledgeKind }) {
  const form = useSign(merchantId, kind);
  return <Steps form={form} />;
}

/** 签署承诺: the merchant's verified owner signs the return promise or the county initiative. */
export default function SignPage() {
  const { merchantId, kind } = useRouter().params;
  const valid = merchantId && (kind === 'offline-return' || kind === 'initiative');
  return (
    <GatedPage className="sign" signInReason="签署承诺前请先登录；仅已核验的商家负责人可以签署。">
      {valid ? (
        <SignForm merchantId={merchantId} kind={kind} />
      ) : (
        <View className="section" role="alert">
          链接不完整，请从「我的商家」重新进入。
        </View>
      )}
    </GatedPage>
  );
}
