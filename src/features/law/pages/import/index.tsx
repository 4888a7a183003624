import dayjs from 'dayjs';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';
import { gatedPage } from '@/components/access-gate';
import { DateField } from '@/components/date-field';
import { FormField, TextField } from '@/components/form-field';
import { ImportBadRows, ImportFileChooser, type BadRow } from '@/components/import-parts';
import { LiteSwitch } from '@/components/lite-switch';
import { OptionPicker } from '@/components/option-picker';
import { LAW_KINDS, type LawKind } from '@/domain/law-vocabulary';
import type { LawPreview, LineProblem } from '../../import-preview';
import { lawRoutes } from '../../routes';
import { useLawImport } from './use-law-import';
import './index.scss';

const INTRO =
  'UTF-8 文本或 Markdown 文件：第一行“# 法规名称”，章写成“## 第一章 总则”，每一条单独起行、以“第一条 ”开头。条文须与官方公布的文本一字不差。';

const rowsOf = (problems: readonly LineProblem[]): BadRow[] =>
  problems.map((problem, index) => ({
    key: `${problem.line}-${index}`,
    title: `第 ${problem.line} 行`,
    problems: [{ message: problem.message }],
  }));

/** 预览: what the server will make of the file: title, chapters, article count, bad lines. */
function Preview({ preview }: { preview: LawPreview }) {
  return (
    <View className="section law-import__preview" aria-label="导入预览">
      <View className="section-title">预览</View>
      <Text className="law-import__title">{preview.title || '（没有标题）'}</Text>
      <Text>
        共 {preview.articleCount} 条
        {preview.chapters.some((chapter) => chapter.title)
          ? `，${preview.chapters.filter((chapter) => chapter.title).length} 章`
          : ''}
      </Text>
      {preview.chapters.some((chapter) => chapter.title) && (
        <View className="law-import__chapters">
          {preview.chapters.map((chapter, index) => (
            <View key={index} className="law-import__chapter">
              <Text>{chapter.title || '（章前条文）'}</Text>
              <Text className="muted">{chapter.articles} 条</Text>
            </View>
          ))}
        </View>
      )}
      {preview.problems.length > 0 && (
        <ImportBadRows title="以下各行需要修改后才能导入" rows={rowsOf(preview.problems)} />
      )}
      {preview.warnings.length > 0 && (
        <ImportBadRows title="请核对以下各行（不影响导入）" rows={rowsOf(preview.warnings)} />
      )}
      {preview.problems.length === 0 && <Text className="law-import__fine">✓ 格式检查通过</Text>}
    </View>
  );
}

function Imported({ importer }: { importer: ReturnType<typeof useLawImport> }) {
  const law = importer.imported!;
  return (
    <View className="section law-import__done" role="status">
      <View className="section-title">已导入</View>
      <Text className="law-import__title">{law.title}</Text>
      <Text className="muted">
        共 {law.articleCount} 条 · {dayjs(law.versionDate).format('YYYY年M月D日')}版
        {law.complete ? '' : ' · 摘录'}
      </Text>
      <Button
        block
        type="primary"
        onClick={() => void Taro.navigateTo({ url: lawRoutes.law(law.key) })}
      >
        查看《{law.title}》
      </Button>
      <Button block fill="outline" type="primary" onClick={importer.again}>
        再导入一部
      </Button>
    </View>
  );
}

function Importer() {
  const importer = useLawImport();
  const { value, errors, change, preview, refusal } = importer;
  if (importer.imported) return <Imported importer={importer} />;
  const today = new Date();
  return (
    <>
      <ImportFileChooser
        title="法规文件"
        intro={INTRO}
        buttonsClassName="law-import__buttons"
        picker={importer.picker}
        accept=".md,.txt,text/markdown,text/plain"
        label="法规文件"
        disabled={importer.sending}
        choose={importer.fileName ? '重新选择文件' : '选择文件'}
      >
        {importer.fileName ? (
          <View className="law-import__file">
            <Text className="law-import__file-name">{importer.fileName}</Text>
            <Button size="small" fill="none" onClick={importer.clearFile}>
              改为粘贴
            </Button>
          </View>
        ) : (
          <TextArea
            className="law-import__paste"
            name="markdown"
            value={importer.markdown}
            placeholder={
              '或把条文粘贴到这里，例如：\n# 某某省消费者权益保护条例\n## 第一章 总则\n第一条 为了……'
            }
            maxLength={-1}
            rows={6}
            onChange={importer.paste}
          />
        )}
        {errors.markdown && (
          <View className="law-import__error" role="alert">
            {errors.markdown}
          </View>
        )}
      </ImportFileChooser>

      {refusal && (
        <View className="section law-import__refusal" role="alert">
          <Text className="law-import__error">{refusal.message}</Text>
          {refusal.line !== undefined && refusal.text !== undefined && (
            <Text className="law-import__line">
              第 {refusal.line} 行：{refusal.text || '（空行）'}
            </Text>
          )}
        </View>
      )}

      {preview && <Preview preview={preview} />}

      <View className="section">
        <View className="section-title">法规信息</View>
        <TextField
          form={importer}
          name="shortTitle"
          label="简称"
          required
          hint="问答和其他页面引用时用的名称，如 福建省消费者权益保护条例"
          maxLength={60}
        />
        <TextField
          form={importer}
          name="key"
          label="编号"
          required
          hint="用于链接，小写字母、数字和“-”；再次导入同一编号会替换旧版本"
          placeholder="如 fujian-consumer-protection"
          maxLength={40}
        />
        <FormField label="效力级别" required error={errors.kind}>
          <OptionPicker
            title="效力级别"
            options={LAW_KINDS}
            value={value.kind}
            onChange={(kind) => change({ kind: kind as LawKind })}
          />
        </FormField>
        <FormField
          label="版本日期"
          required
          error={errors.versionDate}
          hint="公布或最近一次修正的日期"
        >
          <DateField
            value={value.versionDate}
            title="版本日期"
            start={new Date(1979, 0, 1)}
            end={today}
            onChange={(versionDate) => change({ versionDate })}
          />
        </FormField>
        <FormField
          label="完整收录"
          hint={value.complete ? '文件含全部条文' : '只含部分条文：页面会标“摘录”，并给出全文网址'}
        >
          <LiteSwitch
            checked={value.complete}
            label="完整收录"
            onChange={(complete) => change({ complete })}
          />
        </FormField>
      </View>

      <View className="section">
        <View className="section-title">来源</View>
        <TextField
          form={importer}
          name="sourceName"
          label="核对来源"
          required
          placeholder="如 福建省人大常委会公报"
          maxLength={60}
        />
        <TextField
          form={importer}
          name="sourceUrl"
          label="来源网址"
          required
          placeholder="https://"
          maxLength={300}
        />
        <TextField
          form={importer}
          name="fullTextUrl"
          label="全文网址"
          required
          hint="国家法律法规数据库或省人大网站上的全文"
          placeholder="https://flk.npc.gov.cn/…"
          maxLength={300}
        />
      </View>

      {importer.notice && (
        <View className="section law-import__refusal" role="alert">
          {importer.notice}
        </View>
      )}

      <View className="law-import__actions">
        <Button
          block
          type="primary"
          loading={importer.sending}
          disabled={importer.sending}
          onClick={() => void importer.send()}
        >
          导入
        </Button>
        <Text className="muted law-import__note">
          导入后即在法规库中公开；已内置的法律不能被替换。
        </Text>
      </View>
    </>
  );
}

/** 导入地方性法规 (staff): the file or pasted text, its preview, the law's details, 导入. */
export default gatedPage('law-import', { staffOnly: true }, Importer);
