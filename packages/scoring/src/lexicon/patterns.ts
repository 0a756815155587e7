/**
 * Precompiled regular expressions over the NORMALISED text (digits and punctuation already
 * folded to ASCII). Compiled once at module load; never construct a RegExp per call.
 */

export type PatternKind =
  | "date"
  | "number"
  | "mobile"
  | "landline"
  | "maskedPhone"
  | "idNumber"
  | "plate"
  | "email"
  | "hotline"
  | "unitSuffix"
  | "address"
  | "threatRe"
  | "nextUpdateRe"
  | "nextUpdateTimedRe"
  | "nextUpdateNextRe"
  | "updateTimeRe"
  | "findingsRe";

const CN_NUM = "[一二三四五六七八九十两〇零百]";
const FUTURE_DAY = "(?:明天|明日|明早|明晚|后天)";
const TODAY = "(?:今晚|今天|今日|今早)";
const DAY_PART = "(?:上午|下午|晚上|早上|凌晨|中午)";
const CLOCK = `(?:\\d{1,2}[时点:](?:\\d{1,2}分?)?|${CN_NUM}{1,3}[时点])`;
const RELEASE = "(?:发布|通报|公布|召开新闻发布会|举行新闻发布会)(?![的了过])";

export const PATTERNS: Record<PatternKind, RegExp> = {
  // concrete dates and time limits; vague ones (近日, 近期) are deliberately absent
  date: new RegExp(
    [
      "(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号](?:\\d{1,2}[时点:](?:\\d{1,2}分?)?)?",
      "\\d{4}年\\d{1,2}月(?:底|中旬|上旬|下旬)?",
      "\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}",
      `(?:\\d+|${CN_NUM}+)个?(?:工作日|小时|天|日|周|星期|个月|分钟)(?:内|前|以内|之内)`,
      `${CN_NUM}{1,3}月${CN_NUM}{1,3}[日号]`,
      "(?:今天|明天|后天|本周[一二三四五六日]?|下周[一二三四五六日]?|本月底|月底前|年底前|本月内|本周内)(?:上午|下午|晚上)?(?:\\d{1,2}[时点:](?:\\d{1,2}分?)?)?",
      "(?:上午|下午|晚上|凌晨)\\d{1,2}[时点:](?:\\d{1,2}分?)?",
      "(?:今日|今天|昨日|昨天|当日|当天|明日)?\\d{1,2}时\\d{1,2}分",
    ].join("|"),
    "g",
  ),
  number: new RegExp(
    `(?<!第)(?:\\d+(?:\\.\\d+)?|${CN_NUM}+)\\s*(?:%|万|亿|千)?\\s*(?:元|米|公里|千米|平方米|平方|吨|户|人次|人(?!民)|名|家|处|辆|个|起|件|次|台|套|盏|棵|条|栋|间|所|项|批|份|小时|分钟|岁|亩|公斤|立方米|座|公顷|车次|例|班|位|只|根|块|张|m|km|kg)|\\d+(?:\\.\\d+)?%`,
    "g",
  ),
  mobile: /(?<![\d*])1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![\d*])/g,
  landline: /(?<![\d*-])(?:\(?0\d{2,3}\)?[- ]?)\d{7,8}(?![\d*])|(?<![\d*-])[2-8]\d{6,7}(?![\d*])/g,
  maskedPhone: /1[3-9]\d[*xX]{4}\d{4}/g,
  idNumber:
    /(?<![\dA-Za-z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g,
  plate:
    /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Za-hj-np-z][·•]?[A-HJ-NP-Za-hj-np-z0-9]{4,5}[A-HJ-NP-Za-hj-np-z0-9挂学警港澳]/g,
  email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g,
  hotline: /(?<!\d)(?:12345|12315|12369|12320|110|119|120)(?!\d)/g,
  // the suffix of a named responsible unit; the name is then extended to the left
  unitSuffix:
    /(?:局|委员会|办事处|居委会|村委会|管理处|指挥部|工作组|专班|大队|支队|中队|派出所|分局|公司|医院|政府|社区|街道|服务站|卫生院|管委会|执法队|供电所|项目部|服务中心|管理站|交警队|城管队|物业)/g,
  // a home address down to the flat (building + room): where the citizen lives, not where a
  // problem is (a street or a building alone is the subject of many complaints, not private)
  address: /(?:\d+|[一二三四五六七八九十]+)(?:栋|幢|号楼|座)-?(?:\d+单元)?-?\d{3,4}(?:室|号|房)?(?!\d)/g,
  // threats aimed at the citizen (the lexicon catches fixed forms; these catch the variations)
  threatRe:
    /(?:追究|处罚|起诉|拘留|查处)[^。!?;,\n]{0,6}(?:你|该网友|发帖人|留言人|该网民)|(?:你|该网友|发帖人|留言人|该网民)[^。!?;,\n]{0,12}(?:后果自负|法律责任|依法追究)/g,
  // "经劳动保障监察大队核实": a finding introduced by the unit that made it
  findingsRe: /经[^,。!?;\n]{1,20}?(?:核实|核查|调查|检测|检查|查看|排查|取样|核对|勘查|鉴定)/g,
  // "将于…发布/通报": a dated next update
  nextUpdateRe: /将于[^。!?;\n]{1,14}(?:发布|通报|公布|召开新闻发布会|说明)/g,
  // a future time, then the release: "明天上午9时前发布", "3小时后通报", "今晚21时我们将再发布";
  // "今天/今晚" may be past, so they count only with 前 or 将/会/再 before the verb
  nextUpdateTimedRe: new RegExp(
    [
      `(?:${FUTURE_DAY}${DAY_PART}?${CLOCK}?(?:前|之前|以前)?|(?:\\d+|${CN_NUM}+)个?(?:小时|工作日|天|日)(?:后|内|以内|之内)|届时)[^。!?;\\n]{0,8}?${RELEASE}`,
      `${TODAY}${DAY_PART}?${CLOCK}?(?:前|之前|以前)[^。!?;\\n]{0,8}?${RELEASE}`,
      `${TODAY}${DAY_PART}?${CLOCK}?[^。!?;\\n]{0,6}?(?:将|会|再)[^。!?;\\n]{0,4}?${RELEASE}`,
    ].join("|"),
    "g",
  ),
  // "下一次通报", "再发布一次" (not "请勿再发布")
  nextUpdateNextRe:
    /(?<!勿|不要|不得|别|禁止|不再)(?:下一次|下次|下一轮|再次|再)(?:通报|发布|公布|召开新闻发布会)/g,
  // a clock time or relative time that dates a next update standing next to it
  updateTimeRe: new RegExp(
    `(?:${TODAY}|${FUTURE_DAY})${DAY_PART}?${CLOCK}?|${DAY_PART}${CLOCK}|\\d{1,2}[时点](?:\\d{1,2}分)?|\\d{1,2}月\\d{1,2}[日号]|(?:\\d+|${CN_NUM}+)个?(?:小时|工作日|天|日)(?:后|内|以内|之内)`,
    "g",
  ),
};

/** Runs a global regex over text, calling fn for each match (resets lastIndex first). */
export function eachMatch(
  re: RegExp,
  text: string,
  fn: (start: number, end: number, m: RegExpExecArray) => void,
): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m.index, m.index + m[0].length, m);
  }
}

/** Digits only, for comparing phone/id numbers written with different separators. */
export function digitsOf(s: string): string {
  return s.replace(/[^\dXx]/g, "").toUpperCase();
}
