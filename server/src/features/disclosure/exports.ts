import type { PublicBatch, PublicRow } from '@api/disclosure';
import {
  DISCLOSURE_OUTCOME_LABELS,
  DISCLOSURE_STATUS_LABELS,
} from '@/domain/disclosure-vocabulary';

/** What the exports show: the public view and the rows of its ranked businesses. */
export interface ExportView {
  batch: PublicBatch;
  rows: Map<string, PublicRow[]>;
}

export const LEGAL_BASIS =
  '依据《市场监督管理投诉举报处理暂行办法》第三十四条、第三十五条和《中华人民共和国消费者权益保护法实施条例》第二十九条、第三十八条公示。不含投诉人个人信息。';

const rate = (r?: number) => (r === undefined ? '—' : `${r}%`);
const days = (d?: number) => (d === undefined ? '—' : String(d));

/** A CSV cell: quoted when needed, and a leading = + - @ defused (spreadsheet formulas). */
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: (string | number)[]) => cells.map(cell).join(',');

/** The batch as CSV, with a BOM so that Excel reads the Chinese correctly. */
export function batchCsv({ batch, rows }: ExportView): string {
  const out: string[] = [
    line([batch.title, `${batch.periodFrom}至${batch.periodTo}`, `第${batch.version}版`]),
    line([batch.issuer, DISCLOSURE_STATUS_LABELS[batch.status]]),
  ];
  if (batch.withdrawnReason) out.push(line(['撤回原因', batch.withdrawnReason]));
  out.push(
    '',
    line(['行业', '受理投诉', '调解成功', '调解成功率', '办结用时中位数（天）']),
    ...batch.industries.map((i) =>
      line([i.industry, i.accepted, i.settled, rate(i.settlementRate), days(i.medianDaysToClose)]),
    ),
    '',
    line([
      '排名',
      '经营者',
      '统一社会信用代码',
      '行业',
      '受理投诉',
      '调解成功',
      '调解成功率',
      '办结用时中位数（天）',
    ]),
    ...batch.businesses.map((b) =>
      line([
        b.rank,
        b.name,
        b.creditCode,
        b.industry,
        b.accepted,
        b.settled,
        rate(b.settlementRate),
        days(b.medianDaysToClose),
      ]),
    ),
    '',
    line(['经营者', '统一社会信用代码', '行业', '问题类别', '受理日期', '处理结果', '经营者说明']),
  );
  for (const b of batch.businesses) {
    for (const r of rows.get(b.merchantId) ?? []) {
      out.push(
        line([
          b.name,
          b.creditCode,
          r.industry,
          r.category,
          r.acceptedOn,
          DISCLOSURE_OUTCOME_LABELS[r.outcome] + (r.corrected ? '（已更正）' : ''),
          r.statement ?? '',
        ]),
      );
    }
  }
  out.push('', line([LEGAL_BASIS]));
  return `\uFEFF${out.join('\r\n')}\r\n`;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string | number) =>
  String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

function table(head: string[], body: (string | number)[][], caption?: string): string {
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const tr = body
    .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  const cap = caption ? `<caption>${escapeHtml(caption)}</caption>` : '';
  return `<table>${cap}<thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table>`;
}

const STYLE = `
body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#111;line-height:1.6}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:24px 0 8px}
.meta,.basis{color:#444;font-size:13px}.withdrawn{border:2px solid #c00;padding:8px;color:#c00}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:13px}
caption{text-align:left;font-weight:bold;padding:4px 0}
th,td{border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eee}
@media print{body{margin:0}a{color:inherit;text-decoration:none}
table{page-break-inside:auto}tr{page-break-inside:avoid}thead{display:table-header-group}
h2{page-break-after:avoid}.no-print{display:none}}
`;

/** A print-friendly page of the batch (every text escaped). */
export function batchPrintPage({ batch, rows }: ExportView): string {
  const parts: string[] = [
    `<h1>${escapeHtml(batch.title)}</h1>`,
    `<p class="meta">发布单位：${escapeHtml(batch.issuer)}，公示期间：${escapeHtml(
      `${batch.periodFrom}至${batch.periodTo}`,
    )}，第${batch.version}版，${escapeHtml(DISCLOSURE_STATUS_LABELS[batch.status])}</p>`,
  ];
  if (batch.changeNote) parts.push(`<p class="meta">更正说明：${escapeHtml(batch.changeNote)}</p>`);
  if (batch.withdrawnReason) {
    parts.push(
      `<p class="withdrawn">本批次已撤回。撤回原因：${escapeHtml(batch.withdrawnReason)}</p>`,
    );
  }
  if (batch.industries.length > 0) {
    parts.push(
      '<h2>分行业统计</h2>',
      table(
        ['行业', '受理投诉', '调解成功', '调解成功率', '办结用时中位数（天）'],
        batch.industries.map((i) => [
          i.industry,
          i.accepted,
          i.settled,
          rate(i.settlementRate),
          days(i.medianDaysToClose),
        ]),
      ),
      `<h2>投诉${batch.minComplaintsPerBusiness}件以上的经营者</h2>`,
      table(
        ['排名', '经营者', '统一社会信用代码', '行业', '受理投诉', '调解成功', '调解成功率'],
        batch.businesses.map((b) => [
          b.rank,
          b.name,
          b.creditCode,
          b.industry,
          b.accepted,
          b.settled,
          rate(b.settlementRate),
        ]),
      ),
    );
    for (const b of batch.businesses) {
      parts.push(
        table(
          ['问题类别', '受理日期', '处理结果', '经营者说明'],
          (rows.get(b.merchantId) ?? []).map((r) => [
            r.category,
            r.acceptedOn,
            DISCLOSURE_OUTCOME_LABELS[r.outcome] + (r.corrected ? '（已更正）' : ''),
            r.statement ?? '',
          ]),
          `${b.name}（${b.creditCode}）`,
        ),
      );
    }
  }
  parts.push(`<p class="basis">${escapeHtml(LEGAL_BASIS)}</p>`);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(batch.title)}</title><style>${STYLE}</style></head>
<body>
${parts.join('\n')}
</body></html>
`;
}
