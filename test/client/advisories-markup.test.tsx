import { render } from '@testing-library/react';
import { MarkupView } from '@/features/advisories';

const texts = (nodes: NodeListOf<Element>) => Array.from(nodes, (node) => node.textContent);

describe('MarkupView: the safe markup of an advisory, drawn with Taro components', () => {
  test('paragraphs, line breaks, bulleted and numbered lists with their markers, bold', () => {
    const body = [
      '春节将至，**预付卡**消费请注意：',
      '保留好票据',
      '',
      '- 选择证照齐全的商家',
      '- 不要一次充值**过多**',
      '',
      '1. 签订书面合同',
      '2、保存付款凭证',
    ].join('\n');
    const { container } = render(<MarkupView body={body} />);

    const paragraphs = container.querySelectorAll('.markup-view__paragraph');
    expect(paragraphs).toHaveLength(1);
    expect(texts(paragraphs[0].querySelectorAll('.markup-view__line'))).toEqual([
      '春节将至，预付卡消费请注意：',
      '保留好票据',
    ]);
    expect(texts(container.querySelectorAll('.markup-view__bold'))).toEqual(['预付卡', '过多']);

    const bullets = container.querySelector('.markup-view__list--bullets')!;
    expect(texts(bullets.querySelectorAll('.markup-view__marker'))).toEqual(['•', '•']);
    expect(texts(bullets.querySelectorAll('.markup-view__item-text'))).toEqual([
      '选择证照齐全的商家',
      '不要一次充值过多',
    ]);
    const numbers = container.querySelector('.markup-view__list--numbers')!;
    expect(texts(numbers.querySelectorAll('.markup-view__marker'))).toEqual(['1.', '2.']);
    expect(texts(numbers.querySelectorAll('.markup-view__item-text'))).toEqual([
      '签订书面合同',
      '保存付款凭证',
    ]);
  });

  test('HTML and script in the body are shown as text, never interpreted', () => {
    const body =
      '<script>window.hacked = true</script>\n<img src=x onerror="window.hacked = true">\n<b>粗体</b>';
    const { container } = render(<MarkupView body={body} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('.markup-view__bold')).toBeNull();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
    expect(texts(container.querySelectorAll('.markup-view__line'))).toEqual([
      '<script>window.hacked = true</script>',
      '<img src=x onerror="window.hacked = true">',
      '<b>粗体</b>',
    ]);
  });

  test('a lone ** stays as it is; an empty body draws nothing', () => {
    const { container, rerender } = render(<MarkupView body="满100减**20" />);
    expect(container.querySelector('.markup-view__line')!.textContent).toBe('满100减**20');
    expect(container.querySelector('.markup-view__bold')).toBeNull();
    rerender(<MarkupView body={'\n\n'} />);
    expect(container.querySelector('.markup-view')!.childElementCount).toBe(0);
  });
});
