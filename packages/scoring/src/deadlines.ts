/**
 * Response deadlines, one entry per row of the shared response-rules table (official and local
 * regulations, quoted verbatim), plus the practitioners' "黄金4小时" rule of thumb.
 */

export type DeadlineUnit = "seconds" | "minutes" | "hours" | "days" | "working_days" | "rate";
export type Binding =
  | "national"
  | "recommended_national_standard"
  | "local_example"
  | "provincial_example"
  | "rule_of_thumb";

export interface DeadlineRule {
  ruleId: string;
  /** Chinese label shown to learners */
  label: string;
  document: string;
  /** document number, e.g. 国办发〔2016〕80号; "n/a" for local examples without one */
  docNo: string;
  binding: Binding;
  scope: string;
  trigger: string;
  /** the deadline as written in the source */
  value: number;
  unit: DeadlineUnit;
  /** the deadline in minutes; for working days, the calendar approximation (see timeliness.ts) */
  deadlineMinutes: number;
  /** an extended maximum (e.g. 15 working days with notice), when the source gives one */
  extendedValue?: number;
  /** verbatim quote from the source */
  quote: string;
  sourceUrl: string;
  /** true for rules that are not a time limit (a connection rate): not scored by elapsed time */
  notTimed?: boolean;
  note?: string;
}

const H = 60;
const DAY = 24 * H;
/** Without a start date, N working days are taken as N × 7/5 calendar days (rounded up). */
export const workingDaysAsMinutes = (n: number) => Math.ceil((n * 7) / 5) * DAY;

const GB = "政府热线服务规范";
const YQ61 = "国务院办公厅关于在政务公开工作中进一步做好政务舆情回应的通知";
const YQ80 = "《关于全面推进政务公开工作的意见》实施细则";
const WZWZ = "某地网络问政平台管理办法 (local example)";
const DEPT = "某局12345转办件办理规定 (local example)";

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    ruleId: "YQ-61-major-presser",
    label: "重大突发事件政务舆情：最迟24小时内举行新闻发布会",
    document: YQ61,
    docNo: "国办发〔2016〕61号",
    binding: "national",
    scope: "政务舆情",
    trigger: "涉及特别重大、重大突发事件",
    value: 24,
    unit: "hours",
    deadlineMinutes: 24 * H,
    quote: "对涉及特别重大、重大突发事件的政务舆情，要快速反应、及时发声，最迟应在24小时内举行新闻发布会",
    sourceUrl: "https://www.kankanews.com/detail/dZ2ePMXkVwR",
  },
  {
    ruleId: "YQ-61-other",
    label: "其他政务舆情：48小时内予以回应",
    document: YQ61,
    docNo: "国办发〔2016〕61号",
    binding: "national",
    scope: "政务舆情",
    trigger: "其他政务舆情",
    value: 48,
    unit: "hours",
    deadlineMinutes: 48 * H,
    quote: "对其他政务舆情应在48小时内予以回应，并根据工作进展情况，持续发布权威信息",
    sourceUrl: "https://www.kankanews.com/detail/dZ2ePMXkVwR",
  },
  {
    ruleId: "YQ-80-first-info",
    label: "重大突发事件：最迟5小时内发布权威信息",
    document: YQ80,
    docNo: "国办发〔2016〕80号",
    binding: "national",
    scope: "政务舆情",
    trigger: "涉及特别重大、重大突发事件",
    value: 5,
    unit: "hours",
    deadlineMinutes: 5 * H,
    quote: "要快速反应，最迟要在5小时内发布权威信息，在24小时内举行新闻发布会",
    sourceUrl: "http://news.xianzhaiwang.cn/toutiao/500726.html",
  },
  {
    ruleId: "YQ-80-presser",
    label: "重大突发事件：24小时内举行新闻发布会",
    document: YQ80,
    docNo: "国办发〔2016〕80号",
    binding: "national",
    scope: "政务舆情",
    trigger: "涉及特别重大、重大突发事件",
    value: 24,
    unit: "hours",
    deadlineMinutes: 24 * H,
    quote:
      "在24小时内举行新闻发布会，并根据工作进展情况，持续发布权威信息，有关地方和部门主要负责人要带头主动发声",
    sourceUrl: "http://news.xianzhaiwang.cn/toutiao/500726.html",
  },
  {
    ruleId: "HL-GBT33358-answer",
    label: "12345电话受理：15秒内接听",
    document: GB,
    docNo: "GB/T 33358-2016",
    binding: "recommended_national_standard",
    scope: "12345电话受理",
    trigger: "来电",
    value: 15,
    unit: "seconds",
    deadlineMinutes: 15 / 60,
    quote: "电话受理时应在15秒之内接听，连续24小时内呼叫接通率应大于等于95%",
    sourceUrl: "https://hy.voc.com.cn/view.php?cid=144&tid=141062",
  },
  {
    ruleId: "HL-GBT33358-sms",
    label: "短信及其他媒体受理：3分钟内响应",
    document: GB,
    docNo: "GB/T 33358-2016",
    binding: "recommended_national_standard",
    scope: "短信及其它媒体受理",
    trigger: "来信",
    value: 3,
    unit: "minutes",
    deadlineMinutes: 3,
    quote: "短信及其它媒体受理时，响应时间应不超过3分钟",
    sourceUrl: "https://hy.voc.com.cn/view.php?cid=144&tid=141062",
  },
  {
    ruleId: "HL-GBT33358-mailbox",
    label: "信箱受理：24小时内响应",
    document: GB,
    docNo: "GB/T 33358-2016",
    binding: "recommended_national_standard",
    scope: "信箱受理",
    trigger: "来信",
    value: 24,
    unit: "hours",
    deadlineMinutes: 24 * H,
    quote: "信箱受理时，响应时间应不超过24小时 (secondary wiki summary, traditional-script original)",
    sourceUrl: "https://wiki.szjm666.com/item/279780.html",
  },
  {
    ruleId: "HL-GBT33358-connect",
    label: "12345电话：连续24小时呼叫接通率不低于95%",
    document: GB,
    docNo: "GB/T 33358-2016",
    binding: "recommended_national_standard",
    scope: "12345电话受理",
    trigger: "24h window",
    value: 95,
    unit: "rate",
    deadlineMinutes: 24 * H,
    quote: "Within 24 consecutive hours the call success rate should be no less than 95 percent",
    sourceUrl: "https://global.chinadaily.com.cn/opinion/2016-12/26/content_27771947.htm",
    notTimed: true,
    note: "接通率指标，不是单次答复时限，不按用时评分。",
  },
  {
    ruleId: "LOCAL-wzwz-consult",
    label: "网上留言（咨询/建议类）：5个工作日内办结",
    document: WZWZ,
    docNo: "n/a",
    binding: "local_example",
    scope: "网上留言",
    trigger: "咨询/建议类",
    value: 5,
    unit: "working_days",
    deadlineMinutes: workingDaysAsMinutes(5),
    quote: "属于咨询、建议类的，需在5个工作日内办结；属于投诉类的，需在7个工作日内办结",
    sourceUrl: "http://www.yunhepan.com/news/259236_2.shtml",
  },
  {
    ruleId: "LOCAL-wzwz-complaint",
    label: "网上留言（投诉类）：7个工作日内办结",
    document: WZWZ,
    docNo: "n/a",
    binding: "local_example",
    scope: "网上留言",
    trigger: "投诉类",
    value: 7,
    unit: "working_days",
    deadlineMinutes: workingDaysAsMinutes(7),
    quote: "办理期限最长不得超过15个工作日 ... 非本部门职责 ... 在收到该留言的24小时内报知网络问政平台栏目组",
    sourceUrl: "http://www.yunhepan.com/news/259236_2.shtml",
  },
  {
    ruleId: "LOCAL-wzwz-max",
    label: "网上留言延期：最长15个工作日，并先向群众说明",
    document: WZWZ,
    docNo: "n/a",
    binding: "local_example",
    scope: "网上留言",
    trigger: "延期",
    value: 15,
    unit: "working_days",
    deadlineMinutes: workingDaysAsMinutes(15),
    quote: "必须以跟帖形式先向留言群众说明情况和办结时限",
    sourceUrl: "http://www.yunhepan.com/news/259236_2.shtml",
  },
  {
    ruleId: "LOCAL-12345-dept",
    label: "12345工单（咨询/求助类）：3个工作日内办结和答复",
    document: DEPT,
    docNo: "n/a",
    binding: "local_example",
    scope: "12345工单",
    trigger: "咨询/求助类",
    value: 3,
    unit: "working_days",
    deadlineMinutes: workingDaysAsMinutes(3),
    quote:
      "对于咨询类和求助类事项能当天答复的当天答复，不能当天答复的，应在3个工作日内办结和答复诉求人；对于建议批评、投诉举报类事项，应在收到转办件工单的次日起13个工作日内办结",
    sourceUrl: "http://fsou.com/html/text/lar/172733/17273310_2.html",
  },
  {
    ruleId: "LOCAL-12345-dept-complaint",
    label: "12345工单（建议批评/投诉举报类）：13个工作日内办结",
    document: DEPT,
    docNo: "n/a",
    binding: "local_example",
    scope: "12345工单",
    trigger: "建议批评/投诉举报类",
    value: 13,
    unit: "working_days",
    deadlineMinutes: workingDaysAsMinutes(13),
    quote: "应急类事项，应在收到转办件工单的当日 ... 及时答复诉求人",
    sourceUrl: "http://fsou.com/html/text/lar/172733/17273310_2.html",
  },
  {
    ruleId: "LOCAL-AH-website-suggest",
    label: "政府网站留言（意见建议）：7个工作日内反馈，复杂的可延至15个工作日",
    document: "安徽省关于进一步加强政府网站信息内容建设的实施意见 (as reported)",
    docNo: "n/a",
    binding: "provincial_example",
    scope: "政府网站留言",
    trigger: "意见建议",
    value: 7,
    unit: "working_days",
    deadlineMinutes: workingDaysAsMinutes(7),
    extendedValue: 15,
    quote:
      "对有价值、有意义的意见建议，应在7个工作日内反馈处理意见，情况复杂的可延长至15个工作日；对咨询投诉、反映问题等 ... 在15个工作日内予以答复",
    sourceUrl: "http://www.fyzhizao.com/news/40586.htm",
  },
  {
    ruleId: "LOCAL-zhuzhou-transport",
    label: "网民留言（咨询类）：当天受理、当天回复",
    document: "株洲市交通事务中心网民留言办理工作实施办法",
    docNo: "n/a",
    binding: "local_example",
    scope: "网民留言",
    trigger: "咨询类",
    value: 1,
    unit: "days",
    deadlineMinutes: DAY,
    quote: "咨询类留言要当天受理，当天回复；需要调查或核实情况的，要先回复受理 ... 一般办理事项不超过5天",
    sourceUrl: "http://jtswzx.zhuzhou.gov.cn/c16936/20240320/i2176593.html",
    note: "原文为“当天”（same_day）；无起始时刻时按24小时计，有起始时刻时截至当日24时。",
  },
  {
    ruleId: "GOLDEN-4H",
    label: "黄金4小时（业内经验法则，非官方规定）",
    document: "危机传播实务经验法则",
    docNo: "n/a",
    binding: "rule_of_thumb",
    scope: "舆情处置",
    trigger: "突发事件首次发声",
    value: 4,
    unit: "hours",
    deadlineMinutes: 4 * H,
    quote: "事发后最初4小时决定舆论走向：业内经验法则，并非任何文件规定的时限。",
    sourceUrl: "",
    note: "训练目标，与官方的5小时、24小时、48小时时限并列展示，不可当作官方时限引用。",
  },
];

const BY_ID = new Map(DEADLINE_RULES.map((r) => [r.ruleId, r]));

export function getDeadlineRule(ruleId: string): DeadlineRule | undefined {
  return BY_ID.get(ruleId);
}

/** "国办发〔2016〕80号" for official rules, the document title for local ones. */
export function citationOf(rule: DeadlineRule): string {
  if (rule.binding === "rule_of_thumb") return "业内经验法则“黄金4小时”（非官方规定）";
  return rule.docNo !== "n/a"
    ? rule.docNo
    : rule.document.replace(/\s*\((?:local example|as reported)\)\s*/, "");
}
