import { View, Text, Picker } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import type { ComplaintCategory } from '@api/complaints';
import { FormField, TextField } from '@/components/form-field';
import { ChipGroup } from '@/components/chip-group';
import { FACTS_MAX, FACTS_MIN, length, purchaseOverThreeYears } from '../../complaint-rules';
import { COMPLAINT_CATEGORIES, formatDate, todayInChina } from '../../labels';
import type { NewComplaintForm } from './use-new-complaint';

/** A date chosen with the system picker; the button says the date, or what to choose. */
function DateChoice(props: {
  name: string;
  value?: string;
  start: string;
  end: string;
  placeholder: string;
  onChange: (date: string) => void;
}) {
  return (
    <Picker
      mode="date"
      value={props.value || props.end}
      start={props.start}
      end={props.end}
      onChange={(event) => props.onChange(String(event.detail.value))}
    >
      <View className="option-picker tap-target" role="button" aria-label={`选择${props.name}`}>
        <Text className={props.value ? '' : 'muted'}>
          {props.value ? formatDate(props.value) : props.placeholder}
        </Text>
        <Text className="option-picker__arrow">▾</Text>
      </View>
    </Picker>
  );
}

/** Step 2 经过: what kind of problem, when, how much, and what happened. */
export function FactsStep({ form }: { form: NewComplaintForm }) {
  const { value, errors, change } = form;
  const count = length(value.facts);
  const today = todayInChina();
  const old = purchaseOverThreeYears(value.purchaseDate, today);
  return (
    <View className="section">
      <View className="section-title">发生了什么</View>
      <FormField label="投诉类别" required error={errors.category}>
        <ChipGroup
          className="new-complaint__chips"
          value={value.category}
          options={COMPLAINT_CATEGORIES}
          onChange={(category) => change({ category: category as ComplaintCategory })}
        />
      </FormField>
      <FormField label="消费日期" required error={errors.purchaseDate}>
        <DateChoice
          name="消费日期"
          value={value.purchaseDate}
          start="2000-01-01"
          end={today}
          placeholder="请选择购买或接受服务的日期"
          onChange={(purchaseDate) => change({ purchaseDate })}
        />
      </FormField>
      <FormField
        label="发现问题的日期"
        required={old}
        error={errors.discoveredOn}
        hint={
          old
            ? '三年从您知道或应当知道权益受损之日起算，不从消费日期起算'
            : '选填，发现问题晚于消费日期时填写'
        }
      >
        <DateChoice
          name="发现问题的日期"
          value={value.discoveredOn}
          start={value.purchaseDate || '2000-01-01'}
          end={today}
          placeholder="请选择发现问题的日期"
          onChange={(discoveredOn) => change({ discoveredOn })}
        />
        {value.discoveredOn && (
          <View
            className="new-complaint__clear-date tap-target"
            role="button"
            onClick={() => change({ discoveredOn: '' })}
          >
            清除发现日期
          </View>
        )}
      </FormField>
      <TextField
        form={form}
        name="amount"
        label="消费金额（元）"
        required
        type="digit"
        placeholder="如 199.00"
        maxLength={11}
      />
      <TextField
        form={form}
        name="orderNo"
        label="订单号/小票号"
        hint="选填，有的话方便商家核对"
        placeholder="小票、发票或网购订单上的编号"
        maxLength={64}
      />
      <FormField
        label="事情经过"
        required
        error={errors.facts}
        hint="写清楚买了什么、出了什么问题、和商家沟通的情况"
      >
        <TextArea
          className="new-complaint__facts"
          value={value.facts}
          placeholder={`请如实描述（${FACTS_MIN}–${FACTS_MAX}字）`}
          maxLength={FACTS_MAX}
          autoSize
          onChange={(text) => change({ facts: text })}
        />
        <Text
          className={`new-complaint__counter ${count < FACTS_MIN ? 'is-short' : ''}`}
          aria-label="字数"
        >
          {count}/{FACTS_MAX}
        </Text>
      </FormField>
    </View>
  );
}
