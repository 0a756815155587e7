/**
 * Factual caution: polarity of statements against verified facts, rumour rebuttals, unverified
 * figures, dated next updates; and tasks to which no deadline rule applies.
 */
import { describe, expect, it } from "vitest";
import { scoreResponse } from "../src/index.ts";
import type { ScoreContext } from "../src/types.ts";

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

const FIRE_MESSAGE = "网传白塔镇化工企业爆炸起火，“死了十几个人”，毒气飘进城区，白塔镇要整体撤离，是真的吗？";
const FIRE: ScoreContext = {
  facts: {
    verified: [
      "起火点为企业成品仓库，无人员死亡，2人轻伤（手部轻度烫伤），已送市第二人民医院治疗，生命体征平稳；22时40分明火已扑灭。",
    ],
    unverified: ["网传：爆炸“死了十几个人”。", "网传：毒气飘进城区，白塔镇要整体撤离。"],
  },
};

describe("a statement of true negative facts is not a denial", () => {
  const rows: [name: string, reply: string][] = [
    [
      "short",
      "经核实，火灾未造成人员死亡，2人轻伤已送医治疗，生命体征平稳，明火已于22时40分扑灭。网传“死了十几个人”“毒气飘进城区”与事实不符。我们将于明天上午9时前发布最新进展，市民如有疑问可拨打12345热线咨询。",
    ],
    [
      "full",
      "经核实，火灾未造成人员死亡，2人轻伤已送医治疗，生命体征平稳，明火已于22时40分扑灭。网传“死了十几个人”“毒气飘进城区”与事实不符。生态环境局正在对周边空气开展监测，起火原因正在调查。我们将于明天上午9时前发布最新进展，市民如有疑问可拨打12345热线咨询。",
    ],
  ];
  for (const [name, reply] of rows) {
    it(name, () => {
      const r = scoreResponse({ task: "crisis-statement", message: FIRE_MESSAGE, reply, context: FIRE });
      expect(codes(r)).not.toContain("factualCaution.denial");
      expect(codes(r)).not.toContain("factualCaution.unverified-claim");
      expect(codes(r)).toEqual(
        expect.arrayContaining([
          "factualCaution.verified-fact",
          "factualCaution.next-update",
          "factualCaution.rumour-rebutted",
        ]),
      );
      expect(r.total).toBeGreaterThanOrEqual(75);
      for (const f of r.findings) expect(reply.slice(f.start, f.end)).toBe(f.text);
    });
  }
});

describe("denial compares polarity with the verified fact", () => {
  const rows: [verified: string, reply: string, denial: boolean][] = [
    ["无人员死亡，2人轻伤", "火灾未造成人员死亡。", false],
    ["无人员死亡，2人轻伤", "火灾中没有人受伤。", true],
    ["无人员死亡，2人轻伤", "事故造成1人死亡。", true],
    ["城区供水不受影响", "城区供水不受影响，请市民放心。", false],
    ["污水未流入河道", "经检测，污水未流入河道。", false],
    ["没有污水流入河道", "经检测，没有污水流入河道，下游取水口水质正常。", false],
    ["大桥主体结构不存在安全隐患", "经检测，大桥主体结构不存在安全隐患。", false],
    ["城北化工园区一储罐发生爆炸", "园区并未发生爆炸，生产秩序正常。", true],
    ["城北化工园区一储罐发生爆炸", "网传城北化工园区储罐爆炸纯属谣言。", true],
    ["育英小学42名学生午餐后出现腹痛呕吐", "育英小学午餐后学生腹痛呕吐的说法不属实。", true],
    ["起火点为企业成品仓库", "目前没有发现新的起火点。", false],
  ];
  for (const [verified, reply, denial] of rows) {
    it(`${verified} / ${reply} → ${denial ? "denial" : "no denial"}`, () => {
      const r = scoreResponse({
        task: "crisis-statement",
        message: "网传园区出事了",
        reply,
        context: { facts: { verified: [verified] } },
      });
      expect(codes(r).includes("factualCaution.denial")).toBe(denial);
      if (denial) expect(r.total).toBeLessThanOrEqual(35);
    });
  }
});

describe("unverified claims: asserted, not rebutted", () => {
  const rows: [name: string, facts: ScoreContext["facts"], reply: string, flagged: boolean][] = [
    [
      "rumour quoted and refuted without 网传",
      { verified: ["无人员死亡"], unverified: ["死亡12人"] },
      "关于“死亡12人”的说法，经核实与事实不符。",
      false,
    ],
    [
      "rumour refuted at the end of the sentence",
      FIRE.facts,
      "所谓“毒气飘进城区”“白塔镇要整体撤离”，均不属实。",
      false,
    ],
    [
      "unverified claim asserted",
      { verified: ["无人员死亡"], unverified: ["死亡12人"] },
      "事故造成死亡12人。",
      true,
    ],
    ["casualty figure no verified fact has", { verified: ["2人轻伤"] }, "事故死亡人数为3人，2人轻伤。", true],
    ["casualty figure in Chinese numerals", { verified: ["2人轻伤"] }, "事故造成三人死亡。", true],
    [
      "casualty figure a verified fact has",
      { verified: ["3人受伤已送医院救治"] },
      "事故造成3人受伤。",
      false,
    ],
    [
      "figure still being verified",
      { verified: ["2人轻伤"], unverified: ["死亡12人"] },
      "网传死亡12人，目前正在核实。",
      false,
    ],
  ];
  for (const [name, facts, reply, flagged] of rows) {
    it(name, () => {
      const r = scoreResponse({
        task: "crisis-statement",
        message: "网传事故死了人",
        reply,
        context: { facts },
      });
      expect(codes(r).includes("factualCaution.unverified-claim")).toBe(flagged);
    });
  }
});

describe("next updates, dated or not", () => {
  const body = "白塔镇化工企业仓库起火，明火已扑灭，起火原因正在调查。";
  const rows: [update: string, dated: boolean][] = [
    ["今晚21时我们将再发布一次最新情况。", true],
    ["我们将于明天上午9时前发布最新进展。", true],
    ["下一次通报将在今晚8点。", true],
    ["3小时后通报进展。", true],
    ["相关情况我们将持续发布。", false],
    ["后续情况将及时发布。", false],
  ];
  const fc = (reply: string) =>
    scoreResponse({ task: "crisis-statement", message: FIRE_MESSAGE, reply }).dimensions.factualCaution;
  const undated = fc(`${body}后续情况将及时发布。`);
  for (const [update, dated] of rows) {
    it(`${update} → next update${dated ? " with a time" : ""}`, () => {
      const reply = body + update;
      const r = scoreResponse({ task: "crisis-statement", message: FIRE_MESSAGE, reply });
      expect(codes(r)).toContain("factualCaution.next-update");
      expect(codes(r)).not.toContain("factualCaution.no-next-update");
      if (dated) expect(r.dimensions.factualCaution).toBeGreaterThan(undated);
      else expect(r.dimensions.factualCaution).toBe(undated);
    });
  }
  it("a past release is not a next update", () => {
    const r = scoreResponse({
      task: "crisis-statement",
      message: FIRE_MESSAGE,
      reply: `${body}今天上午发布的通告请市民关闭门窗。`,
    });
    expect(codes(r)).toContain("factualCaution.no-next-update");
  });
});

describe("no deadline rule applies", () => {
  const reply =
    "今日14时10分，城北化工园区一储罐发生爆炸，3人受伤已送医。事故原因正在调查，后续情况将及时发布。";
  const message = "网传城北化工园区一储罐爆炸。";
  const plain = scoreResponse({ task: "crisis-statement", message, reply });
  const rows: [name: string, context: ScoreContext][] = [
    ["deadlineRules: []", { deadlineRules: [] }],
    ["deadlineRules: [] with elapsed minutes", { elapsedMinutes: 30, deadlineRules: [] }],
    [
      "deadlineRules: [] with a start",
      { elapsedMinutes: 30, deadlineRules: [], startedAt: "2026-03-02T09:00:00+08:00" },
    ],
    ["an unknown rule only", { elapsedMinutes: 30, deadlineRules: ["NO-SUCH-RULE"] }],
    ["a rate, not a time limit, only", { elapsedMinutes: 30, deadlineRules: ["HL-GBT33358-connect"] }],
  ];
  for (const [name, context] of rows) {
    it(name, () => {
      const r = scoreResponse({ task: "crisis-statement", message, reply, context });
      expect(r.timeliness).toBeUndefined();
      expect(r.total).toBe(plain.total);
      expect(r.dimensions).toEqual(plain.dimensions);
    });
  }
});
