import { View, Text } from '@tarojs/components';
import { Button, Step, Steps } from '@nutui/nutui-react-taro';
import { FormNotice } from '@/components/form-notice';
import { gatedPage } from '@/components/access-gate';
import { SubmitButton } from '@/components/submit-bar';
import { STEP_TITLES } from '../../complaint-rules';
import { complaintRoutes } from '../../routes';
import { ContactStep } from './contact-step';
import { FactsStep } from './facts-step';
import { MerchantStep } from './merchant-step';
import { RequestStep } from './request-step';
import { Submitted } from './result';
import { useNewComplaint } from './use-new-complaint';
import './index.scss';

const STEPS = [MerchantStep, FactsStep, RequestStep, ContactStep];

function ComplaintForm() {
  const form = useNewComplaint();
  if (form.result) return <Submitted created={form.result} subscribed={form.result.subscribed} />;

  const { step } = form;
  const Current = STEPS[step] ?? MerchantStep;
  const last = step === STEPS.length - 1;

  return (
    <>
      <View className="new-complaint__steps">
        {/* 'dynamic' makes NutUI mark the current step; the default status never does. */}
        <Steps
          value={step + 1}
          status="dynamic"
          layout="double"
          onStepClick={(value) => value - 1 < step && form.goTo(value - 1)}
        >
          {STEP_TITLES.map((title, index) => (
            <Step key={title} value={index + 1} title={title} />
          ))}
        </Steps>
      </View>

      <Current form={form} />

      <FormNotice
        notice={form.notice}
        mine={{ label: '查看我的投诉', url: complaintRoutes.mine }}
      />

      <View className="new-complaint__nav">
        {step > 0 && (
          <Button className="new-complaint__back" disabled={form.sending} onClick={form.back}>
            上一步
          </Button>
        )}
        {last ? (
          <SubmitButton
            className="new-complaint__forward"
            block={false}
            busy={form.sending}
            onSubmit={form.submit}
          >
            {form.sending ? '正在提交…' : '提交投诉'}
          </SubmitButton>
        ) : (
          <Button className="new-complaint__forward" type="primary" onClick={form.next}>
            下一步
          </Button>
        )}
      </View>
      <Text className="muted new-complaint__saved">
        填写的内容会自动保存在本机，网络不好或退出后再进来也不会丢失。
      </Text>
    </>
  );
}

/** 我要投诉: a guided form in four steps, saved as a draft on every change. */
export default gatedPage(
  'new-complaint',
  { signInReason: '投诉前请先登录，方便您随时查看办理进度。' },
  ComplaintForm,
);
