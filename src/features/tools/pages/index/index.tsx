import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import '../../tools.scss';

const TOOLS = [
  {
    title: '条码查询',
    description: '核对商品条码（EAN-13/EAN-8）的校验位，看前缀由哪个编码组织分配',
    url: '/features/tools/pages/barcode/index',
  },
  {
    title: 'SC编号校验',
    description: '拆解食品生产许可证编号，看食品类别、省份和各段含义',
    url: '/features/tools/pages/sc/index',
  },
  {
    title: '信用代码校验',
    description: '核对统一社会信用代码是否有效，并查看该商家是否已在本平台登记',
    url: '/features/tools/pages/credit-code/index',
  },
];

/** 工具箱: offline checks of the numbers printed on goods and licences. */
export default function ToolsPage() {
  return (
    <PageShell className="tools">
      <Text className="tool__intro">以下工具在手机上直接核对，无需联网。</Text>
      <View className="section">
        {TOOLS.map((tool) => (
          <Cell
            key={tool.url}
            className="tap-target"
            title={tool.title}
            description={tool.description}
            extra="›"
            clickable
            onClick={() => void Taro.navigateTo({ url: tool.url })}
          />
        ))}
      </View>
    </PageShell>
  );
}
