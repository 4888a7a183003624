import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Tag, TextArea } from '@nutui/nutui-react-taro';
import { ChipGroup } from '@/components/chip-group';
import { ImportBadRows, ImportCounts, ImportFileChooser } from '@/components/import-parts';
import { gatedPage } from '@/components/access-gate';
import { quizRoutes } from '../../routes';
import { IMPORT_CSV_COLUMNS, IMPORT_CSV_EXAMPLES } from '../../staff-vocabulary';
import type { ImportFormat } from './import-text';
import { useQuizImport } from './use-quiz-import';
import './index.scss';

const FORMATS: readonly ImportFormat[] = ['csv', 'json'];

const JSON_EXAMPLE = `[{"id":"q201","type":"single","topic":"识假辨假","subtopic":"3C认证","difficulty":1,"stem":"…","options":[{"key":"A","text":"…"},{"key":"B","text":"…"}],"answer":["A"],"explanation":"…"}]`;

function FormatHelp() {
  return (
    <View className="section quiz-import__help">
      <View className="section-title">文件格式</View>
      <Text className="quiz-import__subtitle">CSV（UTF-8 编码，第一行为表头）</Text>
      <Text className="quiz-import__code">{IMPORT_CSV_COLUMNS.join(',')}</Text>
      <Text className="muted">示例：</Text>
      {IMPORT_CSV_EXAMPLES.map((row) => (
        <Text key={row} className="quiz-import__code">
          {row}
        </Text>
      ))}
      <View className="quiz-import__rules">
        <Text>· type 填 单选 / 多选 / 判断；difficulty 填 1（易）、2（中）、3（难）</Text>
        <Text>· 选项写在 A–H 列，不用的列留空；answer 写正确选项的字母，如 A 或 AC</Text>
        <Text className="quiz-import__em">
          · 判断题的 A–H 列可留空（自动为 A 对 / B 错），answer 填 对 或 错
        </Text>
        <Text>· id 必填（小写字母、数字和 -，如 q201）；已有的 id 会更新，新的 id 会新增</Text>
        <Text>· 整份文件有一行出错则全部不导入，修改后重新预检即可</Text>
      </View>
      <Text className="quiz-import__subtitle">JSON（题目数组）</Text>
      <Text className="quiz-import__code">{JSON_EXAMPLE}</Text>
    </View>
  );
}

function Importer() {
  const importer = useQuizImport();
  const sending = importer.busy !== undefined;
  const { preview, result, rejection } = importer;

  if (result) {
    return (
      <View className="section quiz-import__done" role="status">
        <View className="section-title">导入完成</View>
        <ImportCounts block="quiz-import" result={result} />
        <View className="quiz-import__buttons">
          <Button
            type="primary"
            onClick={() =>
              void Taro.navigateBack().catch(() => Taro.redirectTo({ url: quizRoutes.bank }))
            }
          >
            返回题库
          </Button>
          <Button fill="outline" onClick={importer.reset}>
            再导入一份
          </Button>
        </View>
      </View>
    );
  }

  return (
    <>
      <ImportFileChooser
        title="选择文件或粘贴内容"
        intro="支持 CSV 和 JSON。"
        buttonsClassName="quiz-import__buttons"
        picker={importer.picker}
        accept=".csv,.json,.txt,text/csv,application/json"
        label="题目文件"
        disabled={sending}
        choose={importer.fileName ? '重新选择文件' : '选择文件'}
      >
        {importer.fileName ? (
          <View className="quiz-import__file">
            <Text className="quiz-import__file-name">{importer.fileName}</Text>
            <Button size="small" fill="none" onClick={importer.reset}>
              改为粘贴
            </Button>
          </View>
        ) : (
          <TextArea
            className="quiz-import__paste"
            name="content"
            value={importer.text}
            placeholder="或把 CSV / JSON 内容粘贴到这里"
            maxLength={-1}
            rows={6}
            onChange={importer.paste}
          />
        )}
      </ImportFileChooser>

      {importer.text && (
        <View className="section quiz-import__check">
          <View className="quiz-import__row">
            <Text>格式</Text>
            <ChipGroup
              value={importer.format}
              options={FORMATS}
              labelOf={(format) => format.toUpperCase()}
              onChange={(format) => importer.chooseFormat(format as ImportFormat)}
            />
          </View>
          {importer.problem ? (
            <Text className="quiz-import__problem">{importer.problem}</Text>
          ) : (
            <Text className="quiz-import__fine">✓ 约 {importer.count} 道题，可以预检</Text>
          )}
          <View className="quiz-import__buttons">
            <Button
              fill="outline"
              type="primary"
              loading={importer.busy === 'dry'}
              disabled={!importer.ready || sending}
              onClick={() => void importer.dryRun()}
            >
              预检
            </Button>
            <Button
              type="primary"
              loading={importer.busy === 'real'}
              disabled={!importer.ready || !preview || sending}
              onClick={() => void importer.commit()}
            >
              导入
            </Button>
          </View>
          {!preview && !rejection && (
            <Text className="muted">先预检：检查每一行并统计新增、更新的题目，不会写入题库。</Text>
          )}
        </View>
      )}

      {preview && !rejection && (
        <View className="section quiz-import__preview" role="status">
          <View className="quiz-import__row">
            <Text className="section-title">预检通过</Text>
            <Tag type="success">未写入</Tag>
          </View>
          <ImportCounts block="quiz-import" result={preview} />
          <Text className="muted">确认无误后点“导入”写入题库。</Text>
        </View>
      )}

      {rejection && (
        <View className="section quiz-import__rejected" role="alert">
          <Text className="quiz-import__problem">{rejection.message}</Text>
          {rejection.rows.length > 0 && (
            <ImportBadRows
              title={`请修改以下 ${rejection.rows.length} ${importer.format === 'json' ? '道题' : '行'}后重新预检：`}
              rows={rejection.rows}
            />
          )}
        </View>
      )}

      <FormatHelp />
    </>
  );
}

/** 导入题目 (staff): bring questions in from CSV or JSON, checked first, all or nothing. */
export default gatedPage('quiz-import', { staffOnly: true }, Importer);
