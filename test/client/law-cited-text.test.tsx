import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { QUESTIONS, mistake } from './support/quiz-fixtures';
import { ArticleLink, CitedText } from '@/features/law';
import MistakesPage from '@/features/quiz/pages/mistakes/index';
import { session } from '@/services/session';

const article = (law: string, no: number) => ({
  url: `/features/law/pages/article/index?law=${law}&no=${no}`,
});

beforeEach(() => taroTest.reset());

describe('citations are taps', () => {
  test('a quiz explanation’s citation opens its article (错题本)', async () => {
    session.save(sessionFor('consumer'));
    // As the built-in bank words it (server/src/features/quiz/bank/questions.ts).
    const explanation = '消费者权益保护法第九条规定自主选择权，经营者不得强迫消费者购买。';
    fakeApi({ 'GET /quiz/mistakes': ok({ items: [mistake(QUESTIONS[0], { explanation })] }) });
    render(<MistakesPage />);
    const card = await screen.findByLabelText(QUESTIONS[0].stem);
    fireEvent.click(within(card).getByText('CCC标志'));
    fireEvent.click(within(card).getByText('提交'));
    const link = within(card).getByText('消费者权益保护法第九条');
    expect(link.parentElement!.textContent).toBe(explanation);
    fireEvent.click(link);
    expect(Taro.navigateTo).toHaveBeenCalledWith(article('consumer-protection', 9));
  });

  test('every citation in a text is its own tap; a bare 第X条 and other words stay text', () => {
    const text =
      '依据《市场监督管理投诉举报处理暂行办法》第十五条（四），并按消保法实施条例第四十六条告知；第二十一条另有规定。';
    const { container } = render(<CitedText text={text} />);
    const links = Array.from(container.querySelectorAll('.cited-text__link'));
    expect(links.map((link) => link.textContent)).toEqual([
      '《市场监督管理投诉举报处理暂行办法》第十五条',
      '消保法实施条例第四十六条',
    ]);
    expect(container.textContent).toBe(text);
    fireEvent.click(links[1]);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith(article('consumer-regulation', 46));
    fireEvent.click(links[0]);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith(article('complaint-report-measures', 15));
  });

  test('a structured reference links when the library has its law, else stays text', () => {
    render(
      <>
        <ArticleLink law="《消费者权益保护法》" article="第五十六条" />
        <ArticleLink law="单用途商业预付卡管理办法" article="第十五条第一款" />
      </>,
    );
    fireEvent.click(screen.getByText('《单用途商业预付卡管理办法》第十五条第一款'));
    expect(Taro.navigateTo).not.toHaveBeenCalled();
    fireEvent.click(screen.getByText('《消费者权益保护法》第五十六条'));
    expect(Taro.navigateTo).toHaveBeenCalledWith(article('consumer-protection', 56));
  });
});
