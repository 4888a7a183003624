import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell';
import { openPage, TapCells } from '@/components/tap-cells';
import { toolRoutes } from '../../routes';
import '../../tools.scss';

const TOOLS = [
  {
    title: '条码查询',
    description: '核对商品条码（EAN-13/EAN-8）的校验位，看前缀由哪个编码组织分配',
    url: toolRoutes.barcode,
  },
  {
    title: 'SC编号校验',
    description: '拆解食品生产许可证编号，看食品类别、省份和各段含义',
    url: toolRoutes.sc,
  },
  {
    title: '信用代码校验',
    description: '核对统一社会信用代码是否有效，并查看该商家是否已在本平台登记',
    url: toolRoutes.creditCode,
  },
];

/** 工具箱: offline checks of the numbers printed on goods and licences. */
export default function ToolsPage() {
  return (
    <PageShell className="tools">
      <Text className="tool__intro">以下工具在手机上直接核对，无需联网。</Text>
      <View className="section">
        <TapCells
          items={TOOLS.map(({ url, ...tool }) => ({
            key: url,
            ...tool,
            extra: '›',
            onTap: openPage(url),
          }))}
        />
      </View>
    </PageShell>
  );
}
