import type { Region } from '@api/region';
import { PRIVACY_VERSIONS } from '@/domain/privacy';

/** One document shown in the app: its title, version and sections of plain paragraphs. */
export interface Document {
  title: string;
  version: string;
  sections: { heading: string; paragraphs: string[] }[];
}

/** The county's names as the texts use them, with stand-ins until the profile has loaded. */
function names(region: Region | undefined) {
  const bureau = region?.bureau ?? '本县市场监督管理局';
  const council = region?.council ?? '本县消费者权益保护委员会';
  const hotlines = (region?.hotlines ?? []).map(
    (h) => `${h.name}：${h.number}${h.hours ? `（${h.hours}）` : ''}`,
  );
  const local = region?.hotlines.find((h) => h.number !== '12315') ?? region?.hotlines[0];
  return { bureau, council, hotlines, contact: local ? `${local.name} ${local.number}` : bureau };
}

/**
 * 隐私政策: what the app collects, why, for how long, who sees it (个人信息保护法 第十七条).
 * 个人信息保护法 is not in shared/reference: the article numbers cited here (第十五、十七、十九、
 * 二十三、二十五、三十一、四十四至四十七条) were checked against the official Chinese text quoted at
 * https://www.chinadataregulation.com/translations/pipl/ (full text: https://flk.npc.gov.cn).
 */
export function privacyPolicy(region: Region | undefined): Document {
  const { bureau, council, hotlines, contact } = names(region);
  return {
    title: '隐私政策',
    version: PRIVACY_VERSIONS.privacy,
    sections: [
      {
        heading: '谁在处理你的信息',
        paragraphs: [
          `“放心消费”由${bureau}提供，用于查询商家、办理消费投诉、商家承诺和 3·15 活动。${bureau}是你的个人信息的处理者，${council}参与投诉调解。`,
          '按照《个人信息保护法》第十七条，我们在你使用前告诉你下面这些事。',
        ],
      },
      {
        heading: '收集什么、为什么收集',
        paragraphs: [
          '登录：微信提供的用户标识和一个昵称，用来认出你的账号，让你查看自己的投诉和消息。我们不获取你的微信头像和手机号。',
          '投诉：你的姓名、手机号码、联系地址，购买经过、诉求和证据照片。这是受理和调解投诉、联系你所必需的。不需要身份证号码。',
          '商家入驻：联系人姓名、手机号码和营业执照照片，用来核验商家；在地图上选择的门店位置会显示在商家页面。',
          '承诺和倡议：签名人的姓名、职务和手写签名，作为商家承诺的凭证。',
          '位置：只在你点“离我最近”时使用，用来计算商家离你多远，随这次查询发送，不存入数据库。',
          '相机和照片：只在你点“扫一扫”或上传照片时使用。上传的照片会去掉拍摄地点等附加信息。',
          '答题：答题记录和昵称；排行榜只显示昵称。',
          '访问记录：扫码来源和访问时间，用于统计活动效果；服务器日志记有网络地址和访问时间，用于安全和排查故障。',
        ],
      },
      {
        heading: '保存多久',
        paragraphs: [
          '按照《个人信息保护法》第十九条，只保存到实现上述目的所必需的最短时间。',
          `投诉、承诺、商家核验等办理记录是行政工作记录，按${bureau}的档案管理规定保存，期满后删除或匿名化。防止重复提交的临时记录 24 小时后自动删除。`,
        ],
      },
      {
        heading: '谁能看到',
        paragraphs: [
          `${bureau}和${council}办理投诉、核验商家的工作人员能看到完整信息；工作人员每次查看都记入审计日志。`,
          '被投诉的商家只能看到遮挡后的姓名和手机号（如 张*、138****5678），用来与你协商。',
          '所有人都能看到：核验通过的承诺证书（商家、签名人姓名、职务和签名）、示范单位名单、排行榜昵称。',
          '姓名、手机号码、地址加密保存。我们不公开你的信息（《个人信息保护法》第二十五条），不出售，也不提供给其他单位，法律法规另有规定的除外（第二十三条）。',
        ],
      },
      {
        heading: '你的权利',
        paragraphs: [
          '你可以查阅、复制、更正、补充你的信息，要求删除，或撤回同意（《个人信息保护法》第十五条、第四十四条至第四十七条）。撤回同意不影响撤回前已经进行的处理；法律法规要求保存的办理记录，在保存期内只作存储和必要的保护。',
          `在“我的投诉”中可以查看自己提交的信息。其他请求请联系：${contact}，我们会核实身份后及时办理。`,
          '不满十四周岁的未成年人，请在父母或其他监护人同意和陪同下使用（《个人信息保护法》第三十一条）。',
        ],
      },
      {
        heading: '联系我们',
        paragraphs: hotlines.length > 0 ? hotlines : [bureau],
      },
      {
        heading: '版本',
        paragraphs: [
          `本政策 ${PRIVACY_VERSIONS.privacy} 版。内容有重要变化时会更新版本，并再次请你同意。`,
        ],
      },
    ],
  };
}

/** 用户协议: what the service is and what using it asks of each side. */
export function userTerms(region: Region | undefined): Document {
  const { bureau, contact } = names(region);
  return {
    title: '用户协议',
    version: PRIVACY_VERSIONS.terms,
    sections: [
      {
        heading: '服务内容',
        paragraphs: [
          `“放心消费”是${bureau}提供的公益服务，免费使用：查询商家和放心消费示范单位、提交和跟踪消费投诉、商家签署无理由退货承诺、识假辨假答题和消费提示。`,
        ],
      },
      {
        heading: '如实填写',
        paragraphs: [
          '投诉和商家入驻请填写真实信息。投诉按《市场监督管理投诉举报处理暂行办法》办理，信息不全或不真实的可能不予受理。',
          '不要冒用他人身份，不要上传与事情无关的他人信息、违法内容或广告。',
        ],
      },
      {
        heading: '商家承诺',
        paragraphs: [
          '商家签署的承诺经工作人员核验后公开展示，商家应当照承诺执行。撤回承诺须提前公示，公示期内承诺继续有效。',
        ],
      },
      {
        heading: '办理结果',
        paragraphs: [
          '投诉是否受理、调解结果等以工作人员的办理决定和双方签署的调解书为准。对处理有异议的，可以依法通过其他途径解决。',
        ],
      },
      {
        heading: '服务变更',
        paragraphs: ['系统维护时服务可能短暂中断。本协议有重要变化时会更新版本，并再次请你同意。'],
      },
      {
        heading: '个人信息和联系我们',
        paragraphs: [`你的个人信息按《隐私政策》处理。有问题请联系：${contact}。`],
      },
      {
        heading: '版本',
        paragraphs: [`本协议 ${PRIVACY_VERSIONS.terms} 版。`],
      },
    ],
  };
}
