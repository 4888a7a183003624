import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Radio, TextArea } from '@nutui/nutui-react-taro';
import { BoundInput } from '@/components/form-field';
import { gatedPage } from '@/components/access-gate';
import { ImportPreview } from '../../components/import-preview';
import { YearList } from '../../components/year-list';
import { useCalendar, type Format } from './use-calendar';
import './index.scss';

const PLACEHOLDER: Record<Format, string> = {
  notice:
    '粘贴国务院办公厅通知全文，如：\n一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。\n二、春节：…',
  list: '每行一个日期和“休”或“班”，如：\n2027-01-01 休\n2027-02-06 班',
};

/** A labelled input; its problem shows once something is typed. */
function Field({
  calendar,
  name,
  label,
  ...input
}: {
  calendar: ReturnType<typeof useCalendar>;
  name: 'year' | 'source';
  label: string;
  placeholder: string;
  maxLength: number;
  type?: 'number';
}) {
  const problem = calendar.live.fields[name];
  return (
    <>
      <View className="calendar__field">
        <Text className="calendar__label">{label}</Text>
        <BoundInput
          form={{ value: calendar.form, change: calendar.update }}
          name={name}
          {...input}
        />
      </View>
      {calendar.form[name] !== '' && problem && (
        <Text className="calendar__problem">{problem}</Text>
      )}
    </>
  );
}

function Importer() {
  const c = useCalendar();
  const { form, live } = c;

  const confirmImport = async () => {
    if (c.preview?.replaces) {
      const { confirm } = await Taro.showModal({
        title: `替换${form.year}年安排`,
        content: `${form.year}年已导入过，确认后将整体替换为本次内容，并记录操作人。`,
      });
      if (!confirm) return;
    }
    await c.importNow();
  };

  return (
    <>
      <YearList list={c.list} error={c.loadError} onRetry={() => void c.reload()} />

      <View className="section calendar__form">
        <View className="section-title">导入一年的安排</View>
        <Text className="muted">
          依据国务院办公厅每年发布的《关于××年部分节假日安排的通知》。通知未发布的年份请勿导入。
          整份有一处错误则全部不导入；先预览，确认无误后再导入。
        </Text>
        <Field
          calendar={c}
          name="year"
          label="年份"
          type="number"
          placeholder="如 2027"
          maxLength={4}
        />
        <Radio.Group
          direction="horizontal"
          shape="button"
          value={form.format}
          onChange={(format) => c.update({ format: format as Format })}
        >
          <Radio value="notice" shape="button">
            通知全文
          </Radio>
          <Radio value="list" shape="button">
            日期列表
          </Radio>
        </Radio.Group>
        <TextArea
          className="calendar__text"
          name="text"
          value={form.text}
          placeholder={PLACEHOLDER[form.format]}
          maxLength={20000}
          rows={8}
          onChange={(text) => c.update({ text })}
        />
        <Field
          calendar={c}
          name="source"
          label="来源"
          placeholder="通知标题、文号、发布日期或网址"
          maxLength={300}
        />
        {form.text.trim() !== '' && !live.fields.year && (
          <Text className={live.errors.length ? 'calendar__problem' : 'calendar__fine'}>
            {live.errors.length
              ? `识别到 ${live.days} 个日期，有 ${live.errors.length} 处需要修改（预览查看详情）`
              : `✓ 识别到 ${live.days} 个日期，可以预览`}
          </Text>
        )}
        <View className="calendar__buttons">
          <Button
            type="primary"
            fill="outline"
            disabled={!c.canPreview}
            loading={c.busy && !c.preview}
            onClick={() => void c.previewNow()}
          >
            预览
          </Button>
          <Button
            type="primary"
            disabled={!c.canImport}
            loading={c.busy && !!c.preview}
            onClick={() => void confirmImport()}
          >
            导入
          </Button>
        </View>
        {c.serverError && (
          <View className="calendar__problem" role="alert">
            {c.serverError}
          </View>
        )}
      </View>

      {c.preview && <ImportPreview result={c.preview} />}
      {c.saved && (
        <View className="section calendar__done" role="status">
          <View className="section-title">已导入{c.saved.year}年节假日安排</View>
          <Text>
            放假 {c.saved.holidays.length} 天，调休上班 {c.saved.workdays.length}{' '}
            天。此后该年的期限按此计算。
          </Text>
        </View>
      )}
    </>
  );
}

/** 我的 → 节假日日历 (staff): which years deadlines can be computed for, and importing one. */
export default gatedPage('calendar', { staffOnly: true }, Importer);
