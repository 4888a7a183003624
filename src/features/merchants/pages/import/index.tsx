import { View, Text } from '@tarojs/components';
import { Button, Progress, Tag } from '@nutui/nutui-react-taro';
import type { MerchantImport } from '@api/merchants';
import {
  ImportBadRows,
  ImportCounts,
  ImportFileChooser,
  type BadRow,
} from '@/components/import-parts';
import { gatedPage } from '@/components/access-gate';
import { IMPORT_COLUMNS } from '../../import-csv';
import { useImport, type PickedFile } from './use-import';
import './index.scss';

/** The server's rejected rows as the page lists them: every problem under its row. */
const rejectedRows = (rejected: MerchantImport['rejected']): BadRow[] =>
  rejected.map((row) => ({
    key: String(row.row),
    title: `第 ${row.row} 行`,
    problems: row.problems,
  }));

/** The chosen file's check; its bad rows until the import starts (then the server's list). */
function FileCheck({ file, listRows }: { file: PickedFile; listRows: boolean }) {
  const { check } = file;
  const bad = check.badRows.length;
  const state = !check.ok ? '需要修改' : bad > 0 ? `${bad} 行有误` : '可以导入';
  return (
    <View className="section import__check">
      <View className="import__row">
        <Text className="import__file">{file.name}</Text>
        <Tag type={!check.ok ? 'danger' : bad > 0 ? 'warning' : 'success'}>{state}</Tag>
      </View>
      <Text>共 {check.rows} 行数据</Text>
      {check.garbled ? (
        <Text className="import__problem">
          文件不是 UTF-8 编码，中文无法识别。请在 Excel 中“另存为 → CSV
          UTF-8（逗号分隔）”后重新选择。
        </Text>
      ) : check.missing.length > 0 ? (
        <Text className="import__problem">表头缺少必填列：{check.missing.join('、')}</Text>
      ) : (
        <Text className="import__fine">✓ 表头正确</Text>
      )}
      {!check.garbled && check.missing.length === 0 && check.optionalMissing.length > 0 && (
        <Text className="muted">
          没有 {check.optionalMissing.join('、')} 列：已有商家的这些信息保持不变。
        </Text>
      )}
      {!check.garbled && check.unexpected.length > 0 && (
        <Text className="muted">以下列不在模板中，将被忽略：{check.unexpected.join('、')}</Text>
      )}
      {!check.garbled && check.rows === 0 && (
        <Text className="import__problem">文件中没有数据行</Text>
      )}
      {check.ok && bad === 0 && <Text className="import__fine">✓ 逐行检查未发现问题</Text>}
      {check.ok && bad > 0 && listRows && (
        <>
          <Text className="import__problem">
            逐行检查发现 {bad} 行有误，这些行不会导入。建议改好文件后重新选择；也可以先导入其余{' '}
            {check.rows - bad} 行。
          </Text>
          <ImportBadRows title="需要修改的行" rows={check.badRows} />
        </>
      )}
    </View>
  );
}

function JobProgress({ job }: { job: MerchantImport }) {
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  const state =
    job.status === 'running' ? '正在导入…' : job.status === 'done' ? '导入完成' : '导入中断';
  return (
    <View className="section import__progress">
      <View className="import__row">
        <Text className="section-title">{state}</Text>
        <Text>
          已处理 {job.done} / {job.total}
        </Text>
      </View>
      <Progress percent={job.status === 'done' ? 100 : percent} strokeWidth="12" />
      <ImportCounts
        block="import"
        result={{ created: job.inserted, updated: job.updated, unchanged: job.unchanged }}
        extra={[{ label: '驳回', value: job.rejected.length, mark: 'rejected' }]}
      />
      {job.status === 'failed' && (
        <Text className="import__problem">
          导入在处理过程中中断，已处理的行已保存。可修正后重新导入，已导入的行会显示为“未变”。
        </Text>
      )}
      {job.status !== 'running' && job.rejected.length > 0 && (
        <View className="import__rejected">
          <ImportBadRows title="未导入的行" rows={rejectedRows(job.rejected)} />
        </View>
      )}
    </View>
  );
}

function Importer() {
  const importer = useImport();
  const { file, job } = importer;
  const busy = importer.running || importer.starting;

  return (
    <>
      <ImportFileChooser
        title="选择文件"
        intro={`CSV 文件，UTF-8 编码，第一行为表头：${IMPORT_COLUMNS.join(',')}。已有的统一社会信用代码会更新，新的会新增。`}
        buttonsClassName="import__actions"
        picker={importer.picker}
        accept=".csv,text/csv"
        label="CSV 文件"
        disabled={busy}
        choose={file ? '重新选择文件' : '选择 CSV 文件'}
      />

      {file && <FileCheck file={file} listRows={!job} />}

      {file && !job && (
        <View className="import__actions import__start">
          <Button
            block
            type="primary"
            loading={importer.starting}
            disabled={!file.check.ok || busy || file.check.badRows.length >= file.check.rows}
            onClick={() => void importer.start()}
          >
            {file.check.badRows.length > 0 && file.check.ok
              ? `导入其余 ${file.check.rows - file.check.badRows.length} 行`
              : '开始导入'}
          </Button>
        </View>
      )}

      {job && <JobProgress job={job} />}
      {importer.shaky && (
        <View className="section import__problem">网络不稳定，正在重新查询导入进度…</View>
      )}
      {importer.stalled && (
        <View className="section import__stalled">
          <Text className="import__problem">暂时查询不到导入进度，导入仍在服务器上进行。</Text>
          <Button size="small" type="primary" onClick={importer.resume}>
            继续查询
          </Button>
        </View>
      )}
      {job && job.status !== 'running' && (
        <View className="import__actions import__start">
          <Button block fill="outline" onClick={importer.reset}>
            导入另一个文件
          </Button>
        </View>
      )}
    </>
  );
}

/** 导入商家名录 (staff): bring the bureau's merchant list in from a CSV file. */
export default gatedPage('import', { staffOnly: true }, Importer);
