import type { ScenarioDefinition } from "../format.ts";

/** A small crisis drill for engine tests: a rumour, timers (absolute and afterEntry), branches. */
export const rumourFixture = {
  schemaVersion: 1,
  id: "fixture-rumour",
  version: 1,
  title: "测试：仓库冒烟传言",
  summary: "测试用场景。",
  category: "crisis",
  competencies: ["crisis"],
  difficulty: 1,
  estimatedMinutes: 5,
  maxSimMinutes: 600,
  setting: "测试市",
  startStage: "s-alert",
  deadlines: [{ ruleId: "GOLDEN-4H" }, { ruleId: "YQ-80-first-info" }],
  facts: [
    { id: "f-smoke", text: "仓库冒烟，消防已到场。", verified: true, initiallyKnown: true },
    { id: "f-none-hurt", text: "现场2人轻微擦伤，已送医治疗。", verified: true },
    { id: "f-rumour", text: "网传有人死亡。", verified: false },
  ],
  injects: [
    {
      id: "i-post",
      channel: "feed",
      at: 0,
      author: "网友甲",
      text: "仓库冒黑烟了，听说死了人！",
      metrics: { reposts: 10, comments: 5 },
      rumour: true,
    },
    { id: "i-boss", channel: "instruction", at: 30, author: "局长", text: "尽快核实并发布权威信息。" },
    {
      id: "i-followup",
      channel: "feed",
      when: { actionDone: "a-verify" },
      author: "网友乙",
      text: "官方到底怎么说？",
    },
  ],
  stages: [
    {
      id: "s-alert",
      title: "发现舆情",
      description: "网上出现仓库冒烟的视频和死亡传言。",
      actions: [
        {
          id: "a-verify",
          label: "电话核实现场情况",
          cost: 40,
          reveals: ["f-none-hurt"],
          feedback: "现场确认2人轻微擦伤。",
          target: "s-respond",
        },
        { id: "a-ignore", label: "暂不理会", cost: 20, effects: { heat: 10 } },
      ],
      timers: [
        {
          id: "t-escalate",
          label: "传言发酵，上级督办",
          at: 120,
          target: "s-escalated",
          effects: { heat: 15 },
        },
      ],
    },
    {
      id: "s-respond",
      title: "发布权威信息",
      description: "已核实情况，需要对外发布。",
      tasks: [
        {
          id: "k-statement",
          label: "撰写情况通报",
          taskType: "crisis-statement",
          prompt: "请撰写首次情况通报。",
          message: "网传仓库起火死了人。",
          respondsTo: "i-post",
          cost: 30,
          deadlineRules: ["GOLDEN-4H", "YQ-80-first-info"],
          publishes: true,
          branches: [{ guard: { taskScoreAtLeast: { task: "k-statement", min: 70 } }, target: "s-good" }],
          target: "s-weak",
        },
      ],
      actions: [{ id: "a-call-fire", label: "联系消防了解进展", cost: 15, once: false }],
      timers: [
        { id: "t-respond-late", label: "迟迟未发声，媒体追问", afterEntry: 180, target: "s-escalated" },
      ],
    },
    {
      id: "s-escalated",
      title: "舆情升级",
      description: "媒体开始追问，热度上升。",
      tasks: [
        {
          id: "k-late-statement",
          label: "补发情况通报",
          taskType: "crisis-statement",
          prompt: "请补发情况通报。",
          message: "为什么这么久不回应？",
          cost: 30,
          deadlineRules: ["YQ-80-first-info"],
          publishes: true,
          target: "s-weak",
        },
      ],
    },
    {
      id: "s-good",
      title: "处置得当",
      description: "通报及时准确。",
      final: { outcome: "success", narrative: "及时发布权威信息，传言平息。" },
    },
    {
      id: "s-weak",
      title: "处置一般",
      description: "通报发布，但效果一般。",
      final: { outcome: "partial", narrative: "通报内容或时机不理想。" },
    },
  ],
} satisfies ScenarioDefinition;

/** A 12345 ticket drill without a rumour: no spread model, an action loop, a timeout. */
export const ticketFixture = {
  schemaVersion: 1,
  id: "fixture-ticket",
  version: 2,
  title: "测试：欠薪工单",
  summary: "测试用场景。",
  category: "appeal",
  competencies: ["appeal", "netizen-reply"],
  difficulty: 1,
  estimatedMinutes: 5,
  maxSimMinutes: 1500,
  startStage: "t-receive",
  deadlines: [{ ruleId: "HL-GBT33358-mailbox" }],
  facts: [{ id: "f-owed", text: "工地拖欠 12 名工人工资。", verified: true }],
  injects: [
    {
      id: "i-ticket",
      channel: "ticket",
      author: "12345热线",
      text: "市民反映某工地拖欠工资三个月。",
      ticket: { ticketNo: "T-001", caller: "李先生", phone: "13800000000" },
    },
  ],
  stages: [
    {
      id: "t-receive",
      title: "受理工单",
      description: "收到欠薪工单。",
      actions: [
        { id: "a-check", label: "联系劳动监察核实", cost: 60, reveals: ["f-owed"], target: "t-reply" },
        { id: "a-note", label: "记录备忘", cost: 10, once: false },
      ],
    },
    {
      id: "t-reply",
      title: "答复市民",
      description: "核实后答复市民。",
      tasks: [
        {
          id: "k-reply",
          label: "答复市民",
          taskType: "netizen-reply",
          prompt: "请答复市民。",
          message: "工地拖欠工资三个月，没人管。",
          respondsTo: "i-ticket",
          cost: 20,
          deadlineRules: ["HL-GBT33358-mailbox"],
          target: "t-done",
        },
      ],
      actions: [{ id: "a-back", label: "再核实一次", cost: 30, target: "t-receive", once: false }],
    },
    {
      id: "t-done",
      title: "办结",
      description: "工单办结。",
      final: { outcome: "success", narrative: "答复及时，诉求得到回应。" },
    },
  ],
} satisfies ScenarioDefinition;
