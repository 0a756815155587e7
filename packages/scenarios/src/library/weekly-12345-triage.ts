import type { ScenarioDefinition } from "../format.ts";

const TICKETS = [
  "上周（1月22日—28日）12345工单摘录（共12件）：",
  "1.【0122-0113】白塔镇新港花苑：夜里11点后闻到刺鼻的化学品味道，已经连续三晚，孩子一直咳嗽。",
  "2.【0122-0457】琴川街道某住宅工地：12名钢筋工10—12月工资未发，包工头电话打不通。",
  "3.【0123-0208】白塔镇江口路：凌晨两点左右有股酸味，开窗就呛。",
  "4.【0123-0611】虞山街道枫林苑：楼道里电动车飞线充电，物业说管不了，担心起火。",
  "5.【0124-0135】咨询：今年春节城区烟花爆竹禁放范围有没有变化。",
  "6.【0124-0720】梅李镇装饰城：一家装修公司拖欠8名工人工资约6万元，老板说年后再说。",
  "7.【0125-0302】白塔镇永和村：晚上河边有股臭味，像是有厂在偷排。",
  "8.【0125-0419】咨询：春节期间12路公交末班车是否调整。",
  "9.【0126-0054】琴川街道锦绣华庭：有人把电动车推进一楼大厅充电，已经反映过两次。",
  "10.【0126-0833】开发区物流园：快递分拣员反映加班费被克扣，年前要辞职回家。",
  "11.【0127-0266】梅李镇新塘村：自来水发黄，持续两天。",
  "12.【0128-0190】白塔镇新港花苑：又闻到那股气味，邻居说是化工区的，问到底有没有人管。",
].join("\n");

const scenario = {
  schemaVersion: 1,
  id: "weekly-12345-triage",
  version: 1,
  title: "周一民意研判：从12张工单里找出苗头",
  summary:
    "周一上午，你在市便民服务中心研判科，要把上周的12345工单归类梳理，找出热点和苗头性问题，12时前向市委办、市政府办报送研判专报，并推动承办部门提前处置。工单看上去零散：异味、讨薪、电动车充电、春节咨询……其中有一个问题，如果这周不管，下周可能就是一场舆情。",
  category: "opinion",
  competencies: ["opinion", "appeal", "risk"],
  difficulty: 2,
  estimatedMinutes: 18,
  maxSimMinutes: 7200,
  setting: "江滨市",
  startStage: "batch",
  deadlines: [],
  facts: [
    {
      id: "f-batch",
      text: "上周12345共受理工单12件（摘录）：异味4件、欠薪及劳动报酬3件、电动车违规充电2件、春节咨询2件、供水1件。",
      verified: true,
      initiallyKnown: true,
    },
    {
      id: "f-trend",
      text: "同比环比：白塔镇异味类工单上周4件，前四周平均每周0.5件；欠薪类环比增加60%，集中在建筑工地和装修行业；电动车违规充电本月累计8件，冬季多发。",
      verified: true,
    },
    {
      id: "f-map",
      text: "地图定位：4件异味工单都在白塔化工集中区下风向2公里范围内，反映时间都在22时至次日3时之间。",
      verified: true,
    },
    {
      id: "f-eco",
      text: "生态环境局答复：白塔化工集中区在线监测近一周未报警，但在线监测只覆盖6家重点企业，夜间没有安排现场执法。",
      verified: true,
    },
    {
      id: "f-water",
      text: "水务集团答复：新塘村自来水发黄是1月26日管网冲洗所致，27日晚已恢复，已逐户告知。属个案，不构成趋势。",
      verified: true,
    },
    {
      id: "f-source",
      text: "夜查结果：白塔化工集中区江滨鑫源化工有限公司夜间生产时废气处理设施的活性炭超期未更换，废气未经有效处理排放；已责令停产整改并立案调查。",
      verified: true,
    },
    { id: "f-rumour-cancer", text: "网传：白塔化工厂夜里偷排，周边成了“癌症村”。", verified: false },
  ],
  injects: [
    {
      id: "i-director",
      channel: "instruction",
      at: 0,
      author: "市便民服务中心主任 许静",
      authorNote: "上级指示",
      text: "上周工单已经导出，今天12时前把研判专报报给市委办、市政府办。春节前是讨薪、安全和环境问题的高发期，重点看有没有集中、重复、可能发酵的苗头，建议要具体到承办单位和时限。",
    },
    {
      id: "i-new-ticket",
      channel: "ticket",
      at: 120,
      author: "市便民服务中心（12345）",
      title: "白塔镇异味（今日新件）",
      text: "来电人称住白塔镇新港花苑，昨晚又闻到刺鼻气味，孩子咳嗽去了医院。业主群里有人说是化工厂夜里偷排，大家准备去镇政府。",
      ticket: {
        ticketNo: "JB12345-20240129-0071",
        caller: "钱晓燕",
        phone: "13921705582",
        category: "投诉·环境污染",
        address: "白塔镇新港花苑",
        acceptedAt: "1月29日 08:12",
        timeLimit: "13个工作日",
      },
    },
    {
      id: "i-eco-call",
      channel: "phone",
      when: { actionDone: "contact-eco" },
      author: "市生态环境局执法大队",
      text: "在线监测没报警，但说实话，夜里我们没人去。你们如果有集中的时间和地点，我们可以今晚就去夜查。",
    },
    {
      id: "i-feed",
      channel: "feed",
      at: 300,
      author: "白塔新港业主",
      text: "连续一个礼拜了，每天半夜都是一股化学品的味道，12345打了好几次。有没有人知道是哪个厂？",
      metrics: { reposts: 140, comments: 320, likes: 560 },
    },
    {
      id: "i-vice-mayor",
      channel: "instruction",
      when: { taskScoreAtLeast: { task: "triage-report", min: 60 } },
      author: "分管副市长 何建明",
      authorNote: "专报批示",
      text: "专报收悉。白塔夜间异味问题请生态环境局今晚组织夜查，查明来源后向群众公开；节前欠薪问题请人社局牵头专项处置。便民服务中心跟踪办理情况，周五报结果。",
    },
    {
      id: "i-hrss-call",
      channel: "phone",
      when: { actionDone: "dispatch-wages" },
      author: "市人社局劳动保障监察大队",
      text: "三件欠薪件已经分别派人去了，装修公司那件今天就能约谈。你们研判的“节前欠薪集中”我们已经纳入冬季专项，感谢提醒。",
    },
    {
      id: "i-rumour",
      channel: "feed",
      when: { all: [{ timeAtLeast: 1440 }, { not: { actionDone: "dispatch-eco" } }] },
      author: "江滨热点速递",
      authorNote: "本地营销号",
      text: "白塔化工厂天天夜里偷排，周边已经成了“癌症村”！居民投诉一个月没人管！",
      metrics: { reposts: 1900, comments: 1400, likes: 1600, views: 210000 },
      rumour: true,
    },
    {
      id: "i-media",
      channel: "news",
      when: { all: [{ timeAtLeast: 1600 }, { not: { actionDone: "dispatch-eco" } }] },
      author: "江滨日报",
      text: "我们收到白塔镇居民关于夜间异味的大量反映，想了解12345是否接到相关工单、有关部门是否已处置。",
    },
  ],
  stages: [
    {
      id: "batch",
      title: "周一上午：归类、找热点、报专报",
      description:
        "上周的工单摘录已经摆在面前。研判不是把工单按部门分一分就完事：要看哪些问题集中、重复、在时间和地点上有规律，哪些是季节性的，哪些只是个案，再据此提出具体的处置建议。12时前必须报出专报。",
      actions: [
        {
          id: "pull-trend",
          label: "调取同比、环比数据",
          cost: 30,
          reveals: ["f-trend"],
          feedback:
            "白塔镇异味类工单从前四周平均每周0.5件涨到上周4件；欠薪类环比+60%；电动车违规充电冬季多发。",
        },
        {
          id: "map-tickets",
          label: "在地图上定位异味工单的地点和时间",
          cost: 30,
          reveals: ["f-map"],
          feedback: "4件异味工单都在白塔化工集中区下风向2公里内，全部在22时到凌晨3时之间。这不是偶然。",
        },
        {
          id: "contact-eco",
          label: "电话联系生态环境局了解监测情况",
          cost: 30,
          reveals: ["f-eco"],
          feedback: "在线监测没报警，但只覆盖6家重点企业，夜间没有现场执法。监测的盲区恰好和工单时间重合。",
        },
        {
          id: "check-water",
          label: "联系水务集团核实新塘村水质问题",
          cost: 20,
          reveals: ["f-water"],
          feedback: "管网冲洗所致，已恢复并逐户告知，属个案。",
        },
        {
          id: "forward-all",
          label: "不做研判，按部门把工单逐件转办了事",
          cost: 30,
          effects: { heat: 10 },
          feedback:
            "12件工单分别转到了6个部门，每个部门只看到自己的一两件，没有人看到“白塔夜间异味”是一个整体问题。",
        },
      ],
      tasks: [
        {
          id: "triage-report",
          label: "撰写民意研判专报",
          taskType: "triage",
          prompt:
            "根据上周工单撰写《12345民意研判专报》（400字左右）：把工单分类归并；指出热点问题和苗头性、倾向性问题（说明依据：数量变化、时间地点规律、季节因素）；区分需预警的问题和个案；对每个问题提出承办单位、处置建议和时限。",
          message: TICKETS,
          cost: 45,
          deadlineRules: [],
          weights: { specificity: 2, relevance: 1.5 },
          target: "dispatch",
          exemplar:
            "12345民意研判专报（1月22日—28日）\n一、总体情况：上周摘录工单12件，分为五类：异味4件、欠薪及劳动报酬3件、电动车违规充电2件、春节咨询2件、供水1件。\n二、预警事项（建议立即处置）：白塔镇夜间异味。4件工单（含新港花苑重复反映）全部位于白塔化工集中区下风向2公里内，时间集中在22时至次日3时；前四周平均每周0.5件，上周升至4件，今日又有新件，群众已有“偷排”猜测并酝酿到镇政府反映。生态环境局在线监测仅覆盖6家重点企业、夜间无现场执法，存在监管盲区。建议生态环境局今晚开展夜查，3日内查明来源并向群众公开，白塔镇做好居民沟通。\n三、热点问题：1.节前欠薪。3件（工地、装修、物流），环比+60%，建议人社局纳入冬季专项，春节前逐件办结，对包工头失联的工地启动工资保证金。2.电动车违规充电。2件，本月累计8件，冬季火灾风险高，建议住建局督促物业、消防救援大队开展楼道专项检查。\n四、季节性咨询：春节烟花爆竹禁放范围、公交末班车调整，建议公安局、交通运输局在1月31日前统一发布，12345同步更新知识库。\n五、个案：新塘村水发黄系管网冲洗所致，已恢复，不构成趋势，继续观察。\n便民服务中心将于周五跟踪报告办理情况。",
        },
      ],
      timers: [
        {
          id: "t-noon",
          label: "12时已过仍未报送专报",
          at: 240,
          guard: { not: { taskDone: "triage-report" } },
          target: "late",
          effects: { heat: 10 },
        },
      ],
    },
    {
      id: "late",
      title: "专报超时：主任催要",
      description:
        "12时已过，专报还没有报出去。中心主任打来电话：市委办在等，白塔镇的居民已经在业主群里约着去镇政府。现在补报还来得及，但每拖一小时，处置的窗口就小一点。",
      actions: [
        {
          id: "quick-map",
          label: "快速定位异味工单并联系生态环境局",
          cost: 30,
          reveals: ["f-map", "f-eco"],
          feedback: "异味工单集中在化工区下风向、都在夜间；生态环境局夜间没有执法。",
        },
      ],
      tasks: [
        {
          id: "late-report",
          label: "补报民意研判专报",
          taskType: "triage",
          prompt: "补报研判专报（300字左右）：分类归并，突出预警事项及依据，给出承办单位、处置建议和时限。",
          message: TICKETS,
          cost: 40,
          deadlineRules: [],
          weights: { specificity: 2 },
          branches: [{ guard: { taskScoreAtLeast: { task: "late-report", min: 50 } }, target: "dispatch" }],
          target: "end-failure",
          exemplar:
            "12345民意研判专报（补报）\n预警：白塔镇夜间异味4件，均在化工集中区下风向2公里内、22时至3时，数量由每周0.5件升至4件，今日又有新件，居民酝酿到镇政府反映；生态环境局夜间无执法。建议生态环境局今晚夜查，3日内公开结果。\n热点：节前欠薪3件，环比+60%，建议人社局春节前逐件办结；电动车违规充电2件，建议住建局、消防救援大队开展楼道检查。\n季节性咨询：春节禁放范围、公交末班车，建议公安局、交通运输局1月31日前统一发布。\n个案：新塘村水发黄已恢复，继续观察。报送超时，向领导说明。",
        },
      ],
      timers: [
        {
          id: "t-day-end",
          label: "当天仍未报送专报",
          afterEntry: 480,
          target: "end-failure",
          effects: { heat: 15 },
        },
      ],
    },
    {
      id: "dispatch",
      title: "专报之后：派单、督办、跟踪",
      description:
        "专报已经报出。研判的价值在于推动处置：把预警事项交给能解决问题的部门，盯住时限，周五向领导报告结果。",
      actions: [
        {
          id: "dispatch-eco",
          label: "向生态环境局派发预警督办单，要求当晚夜查",
          cost: 15,
          reveals: ["f-source"],
          effects: { heat: -15 },
          feedback:
            "当晚夜查发现鑫源化工夜间生产时活性炭超期未更换，已责令停产整改并立案。白塔镇第二天向居民通报了情况。",
        },
        {
          id: "dispatch-wages",
          label: "将欠薪类工单合并交人社局冬季专项",
          cost: 15,
          feedback: "人社局将三件欠薪件纳入冬季专项，逐件明确办结时间。",
        },
        {
          id: "dispatch-ev",
          label: "建议住建局、消防救援大队开展楼道充电专项检查",
          cost: 15,
          feedback: "消防救援大队本周抽查了两个被反映的小区，清理楼道电动车23辆。",
        },
        {
          id: "friday-report",
          label: "周五跟踪办理情况并向领导报告",
          cost: 60,
          feedback: "你把各项预警和热点的办理进展汇总成一页报给了市委办、市政府办。",
          branches: [
            {
              guard: {
                all: [
                  { taskScoreAtLeast: { task: "triage-report", min: 70 } },
                  { actionDone: "dispatch-eco" },
                  { actionDone: "dispatch-wages" },
                ],
              },
              target: "end-success",
            },
            { guard: { actionDone: "dispatch-eco" }, target: "end-partial" },
          ],
          target: "end-failure",
        },
      ],
      timers: [
        {
          id: "t-week",
          label: "一周过去",
          afterEntry: 5760,
          target: "end-partial",
        },
      ],
    },
    {
      id: "end-success",
      title: "结局：苗头在发酵之前被掐住",
      description: "研判预警发挥作用。",
      final: {
        outcome: "success",
        narrative:
          "你从零散的工单里看出了规律：同一片区、同一时段、数量骤增。专报把白塔夜间异味列为预警事项并给出了今晚夜查的建议，生态环境局当晚就查到了超期未换活性炭的企业，白塔镇第二天主动向居民通报。“偷排”的议论没有发展成舆情，节前欠薪件也全部在春节前办结。这份专报被市委办转发，作为“民意研判、提前预警”的样本。",
      },
    },
    {
      id: "end-partial",
      title: "结局：报了，但没把最要紧的事说透",
      description: "研判有效，但不够精准。",
      final: {
        outcome: "partial",
        narrative:
          "专报按时或基本按时报出，也推动了部分处置，但有所遗漏：或者把异味工单当作普通环境投诉逐件转办，夜查晚了几天；或者节前欠薪、楼道充电这些季节性风险没有给出具体的承办单位和时限。问题最终都得到了处理，只是比本可以做到的晚了一步。",
      },
    },
    {
      id: "end-failure",
      title: "结局：工单转完了，苗头变成了舆情",
      description: "研判缺位。",
      final: {
        outcome: "failure",
        narrative:
          "工单被逐件转办，或者专报迟迟没有报出、内容只是分类计数。没有人把白塔的四件异味工单连起来看，直到营销号发出“癌症村”的帖子、几十位居民聚到镇政府，生态环境局才连夜去查。事后复盘时，所有线索其实上周就已经在12345里了。",
      },
    },
  ],
  reactions: [
    {
      id: "r-high",
      scoreBetween: [75, 100],
      comments: [
        { author: "白塔新港业主", text: "听说昨晚环保局来查了，终于有人管了。" },
        { author: "白塔老住户", text: "查到是哪家厂了，希望整改到位。" },
        { author: "路过的网友", text: "12345这次反应挺快。" },
        { author: "江滨老K", text: "提前发现提前处理，点赞。" },
      ],
    },
    {
      id: "r-mid",
      scoreBetween: [50, 74],
      comments: [
        { author: "白塔新港业主", text: "处理是处理了，就是慢了点。" },
        { author: "白塔老住户", text: "以后夜里也要有人查。" },
        { author: "路过的网友", text: "希望不是一阵风。" },
        { author: "江滨老K", text: "结果要公开。" },
      ],
    },
    {
      id: "r-low",
      scoreBetween: [0, 49],
      comments: [
        { author: "白塔新港业主", text: "打了一个礼拜12345，没人管。" },
        { author: "江滨热点速递", text: "看来只能靠媒体了。" },
        { author: "白塔老住户", text: "工单转来转去，味道还是那个味道。" },
        { author: "路过的网友", text: "热线变成了“转线”。" },
      ],
    },
    {
      id: "r-buck",
      findingCodes: ["ownership.buck-passing"],
      comments: [
        { author: "白塔新港业主", text: "又在踢皮球，12345转镇里，镇里转环保。" },
        { author: "白塔老住户", text: "谁都说不归自己管。" },
        { author: "路过的网友", text: "转办不等于办了。" },
        { author: "江滨老K", text: "研判研判，研到哪去了？" },
      ],
    },
  ],
} satisfies ScenarioDefinition;

export default scenario;
