import { describe, expect, it } from "vitest";
import {
  DEADLINE_RULES,
  DIMENSION_LABELS,
  DIMENSIONS,
  FINDING_CODES,
  getDeadlineRule,
  RUBRIC_VERSION,
  RUBRICS,
  scoreBand,
  scoreResponse,
  TASK_TYPES,
} from "../src/index.ts";
import type { ScoreInput } from "../src/types.ts";
import { BASE_CASES } from "./fixtures/base.ts";

const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

const REQUIRED_CODES = [
  "ownership.buck-passing",
  "ownership.claims",
  "officialese.empty",
  "hostility.condescension",
  "hostility.threat",
  "hostility.labelling",
  "factualCaution.unverified-claim",
  "factualCaution.denial",
  "factualCaution.unknowns-stated",
  "factualCaution.next-update",
  "privacy.phone",
  "privacy.id-number",
  "privacy.plate",
  "privacy.address",
  "privacy.name",
  "specificity.date",
  "specificity.number",
  "specificity.unit",
  "specificity.contact",
  "specificity.action",
  "specificity.follow-up",
  "courtesy.greeting",
  "courtesy.thanks",
  "courtesy.apology",
  "empathy.acknowledge",
  "relevance.off-topic",
  "clarity.long-sentence",
  "clarity.jargon",
  "courtesy.bare-acknowledgement",
  "specificity.empty-promise",
];

describe("contract", () => {
  it("has every finding code scenario authors rely on, named <dimension>.<kind>", () => {
    for (const c of REQUIRED_CODES) expect(Object.keys(FINDING_CODES)).toContain(c);
    for (const [code, spec] of Object.entries(FINDING_CODES)) expect(code.split(".")[0]).toBe(spec.dimension);
  });
  it("labels every dimension in Chinese and has a rubric per task", () => {
    for (const d of DIMENSIONS) expect(DIMENSION_LABELS[d]).toMatch(/[\u4e00-\u9fff]/);
    for (const t of TASK_TYPES) expect(Object.keys(RUBRICS[t])).toEqual([...DIMENSIONS, "timeliness"]);
    expect(RUBRICS["crisis-statement"].factualCaution).toBeGreaterThan(
      RUBRICS["netizen-reply"].factualCaution,
    );
    expect(RUBRICS["netizen-reply"].ownership).toBeGreaterThan(RUBRICS["crisis-statement"].ownership);
  });
  it("records the rubric version and keeps every score in 0–100", () => {
    const c = BASE_CASES[0]!;
    const r = scoreResponse({ task: c.task, message: c.message, reply: c.good });
    expect(r.rubricVersion).toBe(RUBRIC_VERSION);
    for (const d of DIMENSIONS) expect(r.dimensions[d]).toBeGreaterThanOrEqual(0);
  });
  it("bands totals at 30/50/70/85", () => {
    expect([0, 29, 30, 49, 50, 69, 70, 84, 85, 100].map(scoreBand)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });
});

describe("findings", () => {
  it("point into the original text, also after full-width normalisation", () => {
    const reply =
      "您好！柳湾小区北门的路灯我局已于６月１２日完成维修，请拨打０７３１－８４５６１２３４。你这是无理取闹。";
    const r = scoreResponse({ task: "netizen-reply", message: "路灯坏了很久没人修，柳湾小区北门", reply });
    for (const f of r.findings) expect(reply.slice(f.start, f.end)).toBe(f.text);
    const date = r.findings.find((f) => f.code === "specificity.date");
    expect(date?.text).toBe("６月１２日");
    expect(r.findings.find((f) => f.code === "hostility.labelling")?.text).toBe("无理取闹");
  });
  it("have Chinese messages and suggestions on negative findings", () => {
    const r = scoreResponse({ task: "netizen-reply", message: "路灯坏了", reply: "不归我们管，请找物业。" });
    const buck = r.findings.filter((f) => f.code === "ownership.buck-passing");
    expect(buck.map((f) => f.text)).toEqual(["不归我们管", "请找"]);
    expect(buck[0]!.message).toMatch(/推诿/);
    expect(buck[0]!.suggestion).toMatch(/首接负责/);
  });
});

describe("gates", () => {
  it("an empty or blank reply scores 0 with a clear finding", () => {
    for (const reply of ["", "   \n\t　"]) {
      const r = scoreResponse({ task: "netizen-reply", message: "路灯坏了", reply });
      expect(r.total).toBe(0);
      expect(codes(r)).toEqual(["relevance.empty-reply"]);
    }
  });
  it("bare acknowledgements and referrals rank below every substantive reply", () => {
    for (const c of BASE_CASES) {
      const good = scoreResponse({ task: c.task, message: c.message, reply: c.good }).total;
      for (const bare of [
        "已阅",
        "留言已收悉",
        "您好！您的留言已收悉。",
        "来信收悉，已转交相关部门处理，请等待结果。",
        "您好，您反映的问题已转交相关部门调查处置。",
      ]) {
        const r = scoreResponse({ task: c.task, message: c.message, reply: bare });
        expect(r.total, `${c.name}: ${bare}`).toBeLessThan(good);
        expect(r.total).toBeLessThan(36);
      }
    }
    const ack = scoreResponse({
      task: "netizen-reply",
      message: BASE_CASES[0]!.message,
      reply: "留言已收悉",
    });
    expect(codes(ack)).toContain("courtesy.bare-acknowledgement");
  });
});

describe("variants of a good reply score lower, however long", () => {
  for (const c of BASE_CASES) {
    const base: Omit<ScoreInput, "reply"> = {
      task: c.task,
      message: c.message,
      context: { citizen: c.citizen },
    };
    const good = scoreResponse({ ...base, reply: c.good });
    const variants: Record<string, { reply: string; code: string }> = {
      hostile: {
        reply: `${c.good}你反复投诉属于无理取闹，再这样发帖，后果自负。`,
        code: "hostility.labelling",
      },
      condescending: {
        reply: `${c.good}这种事情你自己不会看公告吗？说了多少遍了。`,
        code: "hostility.condescension",
      },
      "buck-passing": {
        reply: c.good.replace(
          c.facts,
          "这个问题不归我们管，请找有关部门自行协商解决，我们也不清楚具体情况，您可以去别的部门问问看看。",
        ),
        code: "ownership.buck-passing",
      },
      officialese: {
        reply: c.good.replace(
          c.facts,
          "对此我们高度重视，将积极协调有关部门，进一步加强管理，认真研究解决，切实做好相关工作，不断完善长效机制，努力营造良好环境。",
        ),
        code: "officialese.empty",
      },
      "phone leak": {
        reply: c.good.replace("您好！", `您好！我们已记录您的电话${c.citizen.phone}，`),
        code: "privacy.phone",
      },
    };
    for (const [kind, v] of Object.entries(variants)) {
      it(`${c.name}: ${kind}`, () => {
        const r = scoreResponse({ ...base, reply: v.reply });
        expect(r.total).toBeLessThan(good.total);
        expect(codes(r)).toContain(v.code);
        if (kind !== "phone leak" && kind !== "hostile" && kind !== "condescending") {
          // as long as the original or longer: length does not buy points
          expect(v.reply.length).toBeGreaterThanOrEqual(c.good.length - 30);
        }
      });
    }
    it(`${c.name}: the good reply itself is band 4 or 5`, () => {
      expect(scoreBand(good.total)).toBeGreaterThanOrEqual(4);
    });
  }
  it("a phone leak is caught by pattern even without context.citizen", () => {
    const c = BASE_CASES[0]!;
    const reply = c.good.replace("您好！", `您好！您留的电话${c.citizen.phone}我们已记录，`);
    const r = scoreResponse({ task: c.task, message: c.message, reply });
    expect(r.findings.find((f) => f.code === "privacy.phone")?.text).toBe(c.citizen.phone);
    expect(r.total).toBeLessThanOrEqual(40);
  });
  it("name, ID number, plate and address leaks are findings", () => {
    const message = "我的车湘A8K2M1停在翠竹园6栋门口被刮了，我住6栋2单元502室。";
    const reply =
      "周建平先生您好，您的车辆湘A8K2M1被刮一事，经调查已调取监控并于3月2日联系车主赔偿，身份证430102199001011234已登记，您住的6栋2单元502室门口已加装摄像头。";
    const r = scoreResponse({
      task: "netizen-reply",
      message,
      reply,
      context: { citizen: { name: "周建平" } },
    });
    for (const c of ["privacy.name", "privacy.id-number", "privacy.plate", "privacy.address"])
      expect(codes(r)).toContain(c);
    expect(r.dimensions.privacy).toBeLessThan(30);
  });
});

describe("not gameable", () => {
  const c = BASE_CASES[0]!;
  const good = scoreResponse({ task: c.task, message: c.message, reply: c.good }).total;
  it("a reply answering a different question scores low with an off-topic finding", () => {
    const reply =
      "您好！关于您咨询的医保异地报销问题，根据市医保局规定，参保人员异地就医前须于出院前办理备案，报销比例为70%，可于工作日到市民服务中心二楼医保窗口办理，咨询电话0731-88990011。";
    const r = scoreResponse({ task: c.task, message: c.message, reply });
    expect(r.total).toBeLessThan(30);
    expect(codes(r)).toContain("relevance.off-topic");
  });
  it("a reply stuffed with polite phrases, dates and phone numbers scores low and says why", () => {
    const reply =
      "您好！非常感谢！衷心感谢！谢谢您！抱歉！2024年3月1日、2024年3月2日、2024年3月3日、2024年3月4日，电话0731-88888888、0731-88888889、13800000000，请知悉，谢谢！您好！";
    const r = scoreResponse({ task: c.task, message: c.message, reply });
    expect(r.total).toBeLessThan(30);
    expect(r.dimensions.specificity).toBeLessThan(20);
    expect(codes(r)).toEqual(expect.arrayContaining(["relevance.off-topic"]));
  });
  it("a long general statement that answers nothing scores low", () => {
    const para =
      "近年来，我市始终坚持以人民为中心的发展思想，高度重视民生工作，进一步加强城市管理，积极协调各方力量，统筹推进各项工作，不断完善长效机制，切实维护群众合法权益，努力营造和谐稳定的社会环境。";
    const reply = `您好！${para.repeat(6)}感谢您对我们工作的关心和支持！`;
    const r = scoreResponse({ task: c.task, message: c.message, reply });
    expect(reply.length).toBeGreaterThan(c.good.length * 3);
    expect(r.total).toBeLessThan(30);
    expect(codes(r)).toEqual(expect.arrayContaining(["officialese.empty", "relevance.off-topic"]));
  });
  it("repeating the good reply does not raise its score", () => {
    const r = scoreResponse({ task: c.task, message: c.message, reply: c.good + c.good + c.good });
    expect(r.total).toBeLessThanOrEqual(good);
  });
  it("padding a good reply with repeated dates and numbers earns (almost) nothing", () => {
    const padded = `${c.good}另于6月13日、6月14日、6月15日、6月16日，4盏、5盏、6盏。`;
    const r = scoreResponse({ task: c.task, message: c.message, reply: padded });
    expect(r.total).toBeLessThanOrEqual(good + 1);
  });
  it("an empty promise is a finding and scores below a concrete reply", () => {
    const reply = "您好！您反映的柳湾小区北门路灯损坏问题我们已收到，我们会尽快处理。";
    const r = scoreResponse({ task: c.task, message: c.message, reply });
    expect(codes(r)).toContain("specificity.empty-promise");
    expect(r.total).toBeLessThan(50);
  });
});

describe("crisis statements", () => {
  const message = "网传城北化工园区一储罐爆炸，现场浓烟滚滚，有人说死了十几个人，附近居民很恐慌。";
  const context = {
    facts: {
      verified: ["城北化工园区一储罐于今日14时10分发生爆炸", "3人受伤已送医院救治"],
      unverified: ["死亡12人"],
    },
  };
  const good =
    "今日14时10分，城北化工园区一储罐发生爆炸。经初步核实，3人受伤，已送市第一人民医院救治，目前无生命危险。消防救援支队已于14时30分控制火势，生态环境局正在对周边空气开展监测。事故原因正在调查，伤亡情况仍在核实中。后续情况将及时发布，请以官方发布为准。";
  it("a careful statement earns unknowns-stated and next-update", () => {
    const r = scoreResponse({ task: "crisis-statement", message, reply: good, context });
    expect(codes(r)).toEqual(
      expect.arrayContaining(["factualCaution.unknowns-stated", "factualCaution.next-update"]),
    );
    expect(scoreBand(r.total)).toBeGreaterThanOrEqual(4);
  });
  it("repeating an unverified figure is flagged and costs points", () => {
    const reply = good.replace("经初步核实，3人受伤", "事故造成死亡12人，3人受伤");
    const r = scoreResponse({ task: "crisis-statement", message, reply, context });
    expect(codes(r)).toContain("factualCaution.unverified-claim");
    expect(r.total).toBeLessThan(
      scoreResponse({ task: "crisis-statement", message, reply: good, context }).total,
    );
  });
  it("denying a verified fact is flagged and caps the total", () => {
    const reply =
      "网传城北化工园区储罐爆炸纯属谣言，园区并未发生爆炸，生产秩序正常。请广大市民不信谣、不传谣。";
    const r = scoreResponse({ task: "crisis-statement", message, reply, context });
    expect(codes(r)).toContain("factualCaution.denial");
    expect(r.total).toBeLessThanOrEqual(35);
  });
  it("timeliness against the 5-hour rule and the golden four hours", () => {
    const fast = scoreResponse({
      task: "crisis-statement",
      message,
      reply: good,
      context: { ...context, elapsedMinutes: 100, deadlineRules: ["YQ-80-first-info", "GOLDEN-4H"] },
    });
    const slow = scoreResponse({
      task: "crisis-statement",
      message,
      reply: good,
      context: { ...context, elapsedMinutes: 600, deadlineRules: ["YQ-80-first-info", "GOLDEN-4H"] },
    });
    expect(fast.timeliness?.rules.map((r) => r.met)).toEqual([true, true]);
    expect(slow.timeliness?.rules.every((r) => !r.met)).toBe(true);
    expect(slow.total).toBeLessThan(fast.total);
    expect(getDeadlineRule("GOLDEN-4H")?.binding).toBe("rule_of_thumb");
    expect(DEADLINE_RULES.length).toBe(16);
  });
  it("a scenario can override rubric weights", () => {
    const reply = good.replace("后续情况将及时发布，请以官方发布为准。", "");
    const base = scoreResponse({ task: "crisis-statement", message, reply, context });
    const heavy = scoreResponse({
      task: "crisis-statement",
      message,
      reply,
      context: { ...context, weights: { factualCaution: 0, courtesy: 60 } },
    });
    expect(heavy.total).not.toBe(base.total);
  });
});
