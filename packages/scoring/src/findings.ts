/**
 * The catalogue of finding codes. Codes are a stable contract (`<dimension>.<kind>`): scenario
 * authors key reactions on them, so never rename one; add new codes instead.
 */
import type { Dimension, Severity } from "./types.ts";

export interface FindingSpec {
  dimension: Dimension;
  effect: "+" | "-";
  severity: Severity;
  /** Chinese explanation; "{t}" is replaced by the quoted text */
  message: string;
  suggestion?: string;
}

const spec = (
  dimension: Dimension,
  effect: "+" | "-",
  severity: Severity,
  message: string,
  suggestion?: string,
): FindingSpec =>
  suggestion === undefined
    ? { dimension, effect, severity, message }
    : { dimension, effect, severity, message, suggestion };

export const FINDING_CODES = {
  "courtesy.greeting": spec("courtesy", "+", 1, "以称呼问候开头（“{t}”），体现平等尊重。"),
  "courtesy.thanks": spec("courtesy", "+", 1, "对群众表示感谢（“{t}”）。"),
  "courtesy.apology": spec("courtesy", "+", 1, "在有过失或给群众造成不便时致歉（“{t}”）。"),
  "courtesy.missing-greeting": spec(
    "courtesy",
    "-",
    1,
    "回复没有称呼和问候，显得生硬。",
    "开头加上“您好”或“尊敬的网友”。",
  ),
  "courtesy.bare-acknowledgement": spec(
    "courtesy",
    "-",
    3,
    "只有“{t}”之类的收悉套语，没有回应群众反映的具体问题。",
    "说明查到了什么、做了什么、何时办结、由谁负责，并留下联系方式。",
  ),
  "empathy.acknowledge": spec("empathy", "+", 1, "体察群众的处境和感受（“{t}”）。"),
  "empathy.missing": spec(
    "empathy",
    "-",
    1,
    "没有回应群众的处境和感受。",
    "用一句话承认问题给对方带来的影响，例如“给您的出行带来了不便”。",
  ),
  "ownership.claims": spec("ownership", "+", 1, "主动认领问题（“{t}”），体现首接负责。"),
  "ownership.buck-passing": spec(
    "ownership",
    "-",
    2,
    "“{t}”属于推诿：把群众推给别的部门或推回给群众自己。",
    "首接负责：即使不属本单位职责，也写明已转哪个单位、谁跟进、何时答复，并告知办理进度。",
  ),
  "ownership.referral": spec(
    "ownership",
    "-",
    2,
    "“{t}”只说转给了别的部门，没有跟踪办理结果。",
    "写明转交的具体单位、办理时限，并承诺跟踪督办、向群众反馈结果。",
  ),
  "specificity.findings": spec("specificity", "+", 1, "交代了调查核实的情况（“{t}”）。"),
  "specificity.action": spec("specificity", "+", 1, "写明了具体措施（“{t}”）。"),
  "specificity.date": spec("specificity", "+", 1, "给出了具体日期或时限（“{t}”）。"),
  "specificity.number": spec("specificity", "+", 1, "用具体数字说明情况（“{t}”）。"),
  "specificity.unit": spec("specificity", "+", 1, "写明了责任单位（“{t}”）。"),
  "specificity.contact": spec("specificity", "+", 1, "留下了联系方式（“{t}”），群众可以继续跟进。"),
  "specificity.follow-up": spec("specificity", "+", 1, "承诺跟踪、回访或反馈结果（“{t}”）。"),
  "specificity.next-step": spec("specificity", "+", 1, "说明了下一步安排（“{t}”）。"),
  "specificity.risk-element": spec("specificity", "+", 1, "风险评估要素（“{t}”）。"),
  "specificity.classification": spec("specificity", "+", 1, "分类分办要素（“{t}”）。"),
  "specificity.policy-element": spec(
    "specificity",
    "+",
    1,
    "政策解读要素（“{t}”）：对象、条件、时间或渠道。",
  ),
  "specificity.empty-promise": spec(
    "specificity",
    "-",
    2,
    "“{t}”是空头承诺：没有时间、措施和责任单位。",
    "把“尽快”换成具体的日期和措施，例如“5月10日前由某街道办事处完成维修”。",
  ),
  "specificity.no-substance": spec(
    "specificity",
    "-",
    3,
    "回复没有与所反映问题相关的具体内容（调查结果、措施、时限、责任单位、联系方式）。",
    "针对群众反映的事项写明：查到了什么、做了什么、何时办结、由谁负责、如何联系。",
  ),
  "officialese.empty": spec(
    "officialese",
    "-",
    1,
    "“{t}”是官话套话，后面没有具体内容。",
    "删去套话，直接写做了什么、何时、由谁负责。",
  ),
  "officialese.platitude": spec(
    "officialese",
    "-",
    2,
    "“{t}”是空洞说教，不回答问题。",
    "用事实说话，避免空洞说教。",
  ),
  "officialese.dense": spec(
    "officialese",
    "-",
    2,
    "套话密度过高，大段文字没有实质内容。",
    "以事实说话：每一段都应回答群众的一个具体问题。",
  ),
  "hostility.condescension": spec(
    "hostility",
    "-",
    3,
    "“{t}”居高临下、不耐烦，伤害群众感情。",
    "平等对话，耐心说明依据和办理途径。",
  ),
  "hostility.sarcasm": spec("hostility", "-", 3, "“{t}”带有讥讽意味。", "删去讥讽，就事论事。"),
  "hostility.threat": spec(
    "hostility",
    "-",
    3,
    "“{t}”是在威胁反映问题的群众。",
    "不得以追责、删帖等方式威胁群众；如有违法信息，依法处理并另行说明依据。",
  ),
  "hostility.labelling": spec(
    "hostility",
    "-",
    3,
    "“{t}”给群众贴标签，激化矛盾。",
    "不给群众贴“无理取闹”“别有用心”之类的标签，回应诉求本身。",
  ),
  "factualCaution.unverified-claim": spec(
    "factualCaution",
    "-",
    3,
    "“{t}”是尚未核实的信息，却被当作事实发布。",
    "未经核实的数字和说法不要发布；写“正在核实，将及时发布”。",
  ),
  "factualCaution.denial": spec(
    "factualCaution",
    "-",
    3,
    "“{t}”否认了已经核实的事实，有蒙混过关之嫌。",
    "承认已核实的事实，说明处置措施。",
  ),
  "factualCaution.absolute": spec(
    "factualCaution",
    "-",
    1,
    "“{t}”话说得太满，事件尚在调查时容易被事实推翻。",
    "用“经初步核查”“目前掌握的情况是”等审慎表述。",
  ),
  "factualCaution.unknowns-stated": spec("factualCaution", "+", 1, "坦承尚未查明的情况（“{t}”）。"),
  "factualCaution.next-update": spec("factualCaution", "+", 1, "承诺持续发布权威信息（“{t}”）。"),
  "factualCaution.verified-fact": spec("factualCaution", "+", 1, "发布了已核实的事实（“{t}”）。"),
  "factualCaution.rumour-rebutted": spec("factualCaution", "+", 1, "用已核实的事实回应网传说法（“{t}”）。"),
  "factualCaution.hedged": spec("factualCaution", "+", 1, "对数字和结论做了审慎限定（“{t}”）。"),
  "factualCaution.no-next-update": spec(
    "factualCaution",
    "-",
    2,
    "危机通报没有说明下一次发布的时间或方式。",
    "写明“后续情况将及时发布”或具体的下一次通报时间。",
  ),
  "clarity.long-sentence": spec(
    "clarity",
    "-",
    1,
    "句子过长（{n}字），群众难以读懂。",
    "拆成几个短句，每句只说一件事。",
  ),
  "clarity.jargon": spec("clarity", "-", 1, "“{t}”是内部术语，群众未必理解。", "换成群众听得懂的说法。"),
  "clarity.structure": spec("clarity", "+", 1, "分条说明（“{t}”），层次清楚。"),
  "privacy.phone": spec(
    "privacy",
    "-",
    3,
    "公开回复中出现了群众的电话号码“{t}”。",
    "删除或打码（如 138****0000），改为私下联系。",
  ),
  "privacy.id-number": spec(
    "privacy",
    "-",
    3,
    "公开回复中出现了身份证号码“{t}”。",
    "删除身份证号码，绝不公开。",
  ),
  "privacy.plate": spec("privacy", "-", 3, "公开回复中出现了群众的车牌号“{t}”。", "删除或打码车牌号。"),
  "privacy.address": spec(
    "privacy",
    "-",
    3,
    "公开回复中出现了群众的详细住址“{t}”。",
    "只写到小区或路段，不写门牌号。",
  ),
  "privacy.name": spec(
    "privacy",
    "-",
    3,
    "公开回复中出现了群众的姓名“{t}”。",
    "用“网友”“您”称呼，不公开姓名。",
  ),
  "relevance.on-topic": spec("relevance", "+", 1, "回应了群众所反映的事项（“{t}”）。"),
  "relevance.off-topic": spec(
    "relevance",
    "-",
    3,
    "回复与群众反映的事项关联很弱，没有回答所问的问题。",
    "先复述群众反映的具体问题，再逐项回应。",
  ),
  "relevance.empty-reply": spec("relevance", "-", 3, "回复为空。", "针对群众反映的事项作出实质答复。"),
} as const satisfies Record<string, FindingSpec>;

export type FindingCode = keyof typeof FINDING_CODES;
