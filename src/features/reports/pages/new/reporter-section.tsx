import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Switch } from '@nutui/nutui-react-taro';
import { FormField, TextField } from '@/components/form-field';
import { complaintRoutes } from '@/features/complaints';
import type { ReportDraft } from './report-rules';
import type { NewReportForm } from './use-new-report';

const KINDS: { kind: ReportDraft['reporterKind']; title: string; text: string }[] = [
  {
    kind: 'anonymous',
    title: '匿名举报',
    text: '不留姓名和电话，也不关联您的账号。只能凭举报编号和查询码查询进度。',
  },
  {
    kind: 'real-name',
    title: '实名举报',
    text: '留下姓名和电话（需登录）。作出是否立案的决定后5个工作日内告诉您（第三十一条）。',
  },
];

/** 3 举报人: anonymous or real-name, explained plainly; and whether to hear the result. */
export function ReporterSection({ form }: { form: NewReportForm }) {
  const { value, errors, change } = form;
  return (
    <View className="section">
      <View className="section-title">3 举报人</View>
      <FormField label="举报方式" required error={errors.reporterKind}>
        <View className="new-report__kinds" role="radiogroup" aria-label="举报方式">
          {KINDS.map(({ kind, title, text }) => (
            <View
              key={kind}
              className={`new-report__kind tap-target ${value.reporterKind === kind ? 'is-on' : ''}`}
              role="radio"
              aria-checked={value.reporterKind === kind}
              onClick={() => void form.chooseKind(kind)}
            >
              <Text className="new-report__kind-title">{title}</Text>
              <Text className="new-report__kind-text">{text}</Text>
            </View>
          ))}
        </View>
      </FormField>
      {value.reporterKind === 'real-name' && (
        <>
          <TextField
            form={form}
            name="name"
            label="姓名"
            required
            placeholder="您的真实姓名"
            maxLength={20}
          />
          <TextField
            form={form}
            name="phone"
            label="手机号码"
            required
            type="number"
            placeholder="11位手机号码"
            maxLength={11}
          />
        </>
      )}
      <View className="new-report__reply">
        <View className="new-report__reply-text">
          <Text>希望收到处理结果</Text>
          <Text className="muted">
            {value.reporterKind === 'anonymous'
              ? '办结后可凭编号和查询码查看结果'
              : '办结后告诉您处理结果'}
          </Text>
        </View>
        <Switch
          checked={value.wantsReply}
          aria-label="希望收到处理结果"
          onChange={(wantsReply) => change({ wantsReply })}
        />
      </View>
      <Text className="muted new-report__legal">
        无论匿名还是实名，市场监管部门都会为举报人保密，不会告诉被举报的商家（第三十三条）。
      </Text>
    </View>
  );
}

/** 第七条: a report is not a complaint; money back needs a complaint. */
export function NotAComplaint() {
  return (
    <View className="new-report__not-complaint">
      <Text>
        举报是向监管部门反映违法行为，与投诉分别处理（第七条），不处理退款赔偿。要商家退款、赔偿，请
      </Text>
      <View
        className="new-report__complaint-link"
        role="link"
        onClick={() => void Taro.navigateTo({ url: complaintRoutes.new() })}
      >
        去投诉 ›
      </View>
    </View>
  );
}
