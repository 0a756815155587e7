import type { ScenarioDefinition } from "../format.ts";

const scenario = {
  schemaVersion: 1,
  id: "typhoon-rumours",
  version: 1,
  title: "台风“白鹭”来袭：“全市停水停电三天”传言",
  summary:
    "台风橙色预警发布当天下午，“全市停水停电三天”“梅李大堤决口”的消息在朋友圈和短视频平台疯传，超市开始排队抢水。你在市防汛防旱指挥部办公室负责信息发布，要核实供电、供水和堤防情况，及时辟谣，守住台风夜的信息秩序，并在过境后通报恢复情况。",
  category: "crisis",
  competencies: ["crisis", "netizen-reply", "appeal"],
  difficulty: 2,
  estimatedMinutes: 20,
  maxSimMinutes: 1800,
  setting: "江滨市",
  startStage: "warning",
  deadlines: [{ ruleId: "GOLDEN-4H" }, { ruleId: "YQ-80-first-info" }],
  facts: [
    {
      id: "f-typhoon",
      text: "市气象台14时发布台风橙色预警：台风“白鹭”预计今晚至明天上午影响我市，阵风9到10级，累计降雨100到150毫米。",
      verified: true,
      initiallyKnown: true,
    },
    {
      id: "f-power",
      text: "供电公司：没有全市停电计划。梅李镇沿江的永安、新桥、江口3个村因线路防护，今晚22时至明早6时将短时停电，已逐户通知；120名抢修人员24小时待命。",
      verified: true,
    },
    {
      id: "f-water",
      text: "水务集团：3座水厂均有双回路供电和备用发电机，台风期间正常供水；白塔镇地势较高的少数小区夜间水压可能偏低。",
      verified: true,
    },
    {
      id: "f-old-video",
      text: "“梅李大堤决口”视频经比对为外省2020年汛期的旧视频；江滨长江堤防今天巡查无险情，沿线每公里安排2名巡堤人员。",
      verified: true,
    },
    {
      id: "f-shelters",
      text: "全市开放42个避险安置点，今天18时前转移沿江低洼地区和危旧房群众1860人；教育局已通知明天全市中小学、幼儿园停课一天。",
      verified: true,
    },
    {
      id: "f-restored",
      text: "次日6时，梅李镇3个村已全部恢复供电；白塔镇一条被倒伏树木压断的线路影响约600户，预计9时前恢复；全市无人员伤亡报告。",
      verified: true,
    },
    { id: "f-rumour-cut", text: "网传：台风期间全市停水停电三天。", verified: false },
    { id: "f-rumour-dam", text: "网传：梅李大堤决口。", verified: false },
  ],
  injects: [
    {
      id: "i-warning",
      channel: "instruction",
      at: 0,
      author: "市防汛防旱指挥部",
      authorNote: "上级指示",
      text: "台风“白鹭”橙色预警已发布，全市启动防台风Ⅲ级应急响应。请办公室做好信息发布，及时回应群众关切，防止不实信息引发恐慌。",
    },
    {
      id: "i-rumour",
      channel: "feed",
      at: 15,
      author: "江滨生活圈",
      authorNote: "本地生活号，粉丝9万",
      text: "【内部消息】台风期间全市停水停电三天！电力局朋友说的，赶紧囤水、囤蜡烛、充电宝充满，晚了就买不到了！转发给家人！",
      metrics: { reposts: 3400, comments: 1200, likes: 2100, views: 310000 },
      rumour: true,
    },
    {
      id: "i-ticket-elder",
      channel: "ticket",
      at: 40,
      author: "市便民服务中心（12345）",
      title: "独居老人危旧房避险求助",
      text: "来电人称母亲82岁，一个人住在梅李镇江口村的老房子里，屋顶去年就漏，听说今晚台风很大，自己在外地赶不回来，请村里帮忙把老人接到安全的地方。",
      ticket: {
        ticketNo: "JB12345-20240912-1133",
        caller: "陆建英",
        phone: "15850217734",
        category: "求助",
        address: "梅李镇江口村6组",
        acceptedAt: "14:40",
        timeLimit: "应急类，当日办结",
      },
    },
    {
      id: "i-queue",
      channel: "feed",
      at: 60,
      author: "琴川小鱼",
      text: "琴川路那家超市桶装水已经卖空了，排队的人一直排到门口，收银员说下午进了三次货。真要停三天吗？",
      metrics: { reposts: 600, comments: 880, likes: 1500 },
    },
    {
      id: "i-dam-video",
      channel: "feed",
      at: 90,
      author: "沿江钓鱼佬",
      text: "梅李大堤决口了？？视频里水哗哗往外冲，住沿江的赶紧跑！",
      metrics: { reposts: 1900, comments: 760, likes: 900, views: 150000 },
    },
    {
      id: "i-news",
      channel: "news",
      at: 120,
      author: "江滨广电融媒体",
      text: "我们17时的直播节目想请防指权威回应：会不会全市停水停电？大堤有没有出险？请提供口径或安排人员连线。",
    },
    {
      id: "i-bigv",
      channel: "feed",
      when: { all: [{ timeAtLeast: 180 }, { not: { taskDone: "rumour-statement" } }] },
      author: "江滨老K",
      authorNote: "本地大V，粉丝36万",
      text: "停水停电的消息传了一下午，官方号还在转发“防台小贴士”。到底停不停？超市都被搬空了。",
      metrics: { reposts: 1500, comments: 1800, likes: 5200, views: 260000 },
    },
    {
      id: "i-mayor",
      channel: "instruction",
      when: { all: [{ timeAtLeast: 245 }, { not: { taskDone: "rumour-statement" } }] },
      author: "分管副市长 钱卫东",
      authorNote: "上级指示",
      text: "抢购已经影响到转移安置物资的调运。马上把供电、供水的真实安排发出去，该停电的村写清楚，不停的地方说清楚。",
    },
    {
      id: "i-insulin",
      channel: "feed",
      at: 360,
      author: "江口村的小陆",
      text: "我家在梅李镇江口村，说今晚10点到明早6点停电。我爸每天要打胰岛素，药放在冰箱里，停电八个小时药会不会坏？村里有没有地方能放药？",
      metrics: { comments: 45, likes: 120 },
    },
    {
      id: "i-landfall",
      channel: "news",
      at: 600,
      author: "市气象台",
      text: "台风“白鹭”中心23时前后在我市东南方向约80公里处经过，沿江地区阵风10级，目前全市平均降雨62毫米。",
    },
    {
      id: "i-line-down",
      channel: "phone",
      at: 700,
      author: "供电公司调度",
      text: "白塔镇10千伏白南线被倒伏树木压断，约600户停电，抢修队已出发，风力减弱后即可作业。梅李3个村按计划停电中。",
    },
    {
      id: "i-morning",
      channel: "feed",
      at: 960,
      author: "白塔南苑业主",
      text: "一觉醒来还是没电，说好的只停沿江3个村呢？冰箱里的东西都要坏了。",
      metrics: { reposts: 120, comments: 330, likes: 600 },
    },
    {
      id: "i-recovery-inst",
      channel: "instruction",
      at: 965,
      author: "市防汛防旱指挥部",
      authorNote: "上级指示",
      text: "台风已减弱远离，请办公室上午发布灾后情况通报，说明供电供水恢复、安置群众返家、学校复课等安排。",
    },
  ],
  stages: [
    {
      id: "warning",
      title: "预警当天下午：停水停电传言",
      description:
        "14时，台风橙色预警发布。15分钟后，“全市停水停电三天”的截图开始刷屏，超市排起长队，又有人转发“梅李大堤决口”的视频。防台风本身需要群众做准备，但恐慌性抢购和错误信息会干扰转移安置。请先核实，再用事实辟谣，同时告诉群众真正需要准备什么。",
      actions: [
        {
          id: "call-power",
          label: "联系供电公司核实停电安排",
          cost: 30,
          reveals: ["f-power"],
          feedback: "供电公司：没有全市停电计划，只有梅李镇沿江3个村今晚22时至明早6时短时停电，已逐户通知。",
        },
        {
          id: "call-water",
          label: "联系水务集团核实供水保障",
          cost: 30,
          reveals: ["f-water"],
          feedback: "水务集团：3座水厂双回路供电加备用发电机，正常供水；白塔镇高处小区夜间水压可能偏低。",
        },
        {
          id: "check-video",
          label: "核实“大堤决口”视频来源并询问堤防巡查情况",
          cost: 45,
          reveals: ["f-old-video"],
          feedback: "经比对，视频为外省2020年汛期旧视频；江滨堤防今天巡查无险情。",
        },
        {
          id: "ask-hq",
          label: "向防指领导请示发布口径（转移安置、停课）",
          cost: 20,
          reveals: ["f-shelters"],
          feedback:
            "防指同意统一发布：42个安置点、已转移1860人、明天全市中小学幼儿园停课一天，可以一并公布。",
        },
        {
          id: "evasive-reply",
          label: "在评论区统一回复“请以官方发布为准，不信谣不传谣”",
          cost: 10,
          effects: { heat: 8, publishes: "evasive" },
          feedback:
            "网友追问“官方发布在哪？”，这条回复被截图转发，评论区更加着急。没有事实的“不信谣”说服不了任何人。",
        },
      ],
      tasks: [
        {
          id: "rumour-statement",
          label: "发布防台风权威信息并辟谣",
          taskType: "crisis-statement",
          prompt:
            "以江滨市防汛防旱指挥部办公室名义写一条微博/微信发布（300字左右）：说清供电、供水的真实安排（哪里停、几点到几点、哪里不停），回应“大堤决口”视频，告诉群众该做哪些合理准备、遇到困难找谁，写明下一次发布时间。",
          message:
            "网传“台风期间全市停水停电三天，赶紧囤水囤蜡烛”，超市桶装水被抢空；另有“梅李大堤决口”视频在传播。",
          respondsTo: "i-rumour",
          cost: 30,
          deadlineRules: ["GOLDEN-4H", "YQ-80-first-info"],
          weights: { factualCaution: 1.5, specificity: 1.5 },
          publishes: true,
          branches: [
            {
              guard: {
                all: [{ taskScoreAtLeast: { task: "rumour-statement", min: 70 } }, { factKnown: "f-power" }],
              },
              target: "defence",
            },
          ],
          target: "defence",
          exemplar:
            "【关于台风期间供电供水的说明】网传“台风期间全市停水停电三天”不属实。\n供电：全市没有停电计划。只有梅李镇沿江的永安、新桥、江口3个村，因线路防护今晚22时至明早6时短时停电，供电公司已逐户通知，120名抢修人员24小时待命。如遇突发断电，请拨打95598。\n供水：3座水厂均有备用电源，台风期间正常供水。白塔镇地势较高的个别小区夜间水压可能偏低，可提前接一桶水备用，不必大量囤水。\n堤防：网传“梅李大堤决口”视频是外省2020年的旧视频，我市堤防今天巡查无险情。\n全市已开放42个避险安置点，明天全市中小学、幼儿园停课一天。需要转移帮助的，请联系所在村（社区）或拨打12345。我们将于今晚21时发布最新情况。\n江滨市防汛防旱指挥部办公室",
        },
      ],
      timers: [
        {
          id: "t-panic",
          label: "4小时未发布权威信息，抢购蔓延",
          at: 240,
          guard: { not: { taskDone: "rumour-statement" } },
          target: "panic",
          effects: { heat: 20 },
        },
      ],
    },
    {
      id: "panic",
      title: "抢购蔓延：信息真空被谣言填满",
      description:
        "18时，多家超市桶装水、蜡烛售罄，有人在药店门口排队买充电宝。本地大V质问官方为何只发“防台小贴士”，分管副市长指出抢购已影响安置物资调运。天黑前必须把准确信息送到群众手里。",
      actions: [
        {
          id: "urgent-verify",
          label: "紧急向供电、水务、堤防部门核实",
          cost: 40,
          guard: { not: { factKnown: "f-power" } },
          reveals: ["f-power", "f-water", "f-old-video"],
          feedback:
            "核实结果：无全市停电停水计划，仅梅李3个村夜间短时停电；大堤视频为外地旧视频。这些信息下午就能拿到。",
        },
        {
          id: "call-market",
          label: "联系市场监管局保供稳价，公布主要超市补货情况",
          cost: 30,
          effects: { heat: -5, publishes: "authoritative" },
          feedback:
            "市场监管局发布主要超市补货和价格巡查情况，桶装水价格平稳，排队有所缓解，但“停三天”的说法仍在群里流传。",
        },
      ],
      tasks: [
        {
          id: "late-statement",
          label: "紧急发布辟谣信息",
          taskType: "crisis-statement",
          prompt:
            "抢购已经蔓延。请以市防指办公室名义紧急发布说明：用具体的时间、地点和单位讲清停电停水安排，回应大堤视频，说明保供情况，坦承发布偏晚，写明下一次发布时间。",
          message: "网传“全市停水停电三天”导致超市抢购，桶装水售罄；网友质问官方为何迟迟不回应。",
          respondsTo: "i-bigv",
          cost: 25,
          deadlineRules: ["YQ-80-first-info"],
          weights: { factualCaution: 1.5, specificity: 1.5 },
          publishes: true,
          branches: [{ guard: { taskScoreAtLeast: { task: "late-statement", min: 50 } }, target: "defence" }],
          target: "end-failure",
          exemplar:
            "【紧急说明：我市没有“停水停电三天”的安排】今天下午起网上流传的“全市停水停电三天”不属实，我们说明得晚了，让大家着急了。\n今晚实际安排是：仅梅李镇永安、新桥、江口3个村22时至明早6时短时停电，已逐户通知；其他地区正常供电。3座水厂有备用电源，全市正常供水。网传的“梅李大堤决口”视频是外省旧视频，我市堤防巡查无险情。\n市场监管局已督促各超市补货，桶装水价格平稳，请大家按需购买。需要转移帮助请联系村（社区）或拨打12345。我们将于今晚21时发布最新情况。\n江滨市防汛防旱指挥部办公室",
        },
      ],
      timers: [
        {
          id: "t-chaos",
          label: "天黑后仍无权威说明",
          at: 540,
          guard: { not: { taskDone: "late-statement" } },
          target: "end-failure",
          effects: { heat: 15 },
        },
      ],
    },
    {
      id: "defence",
      title: "台风夜：转移安置与持续发布",
      description:
        "权威信息已经发出，接下来是台风夜。停电村的群众有具体困难，12345的求助工单需要马上落实，夜里可能出现计划外停电。持续发布、逐件落实，才能让第一份通报的可信度保持下去。",
      actions: [
        {
          id: "transfer-elder",
          label: "将独居老人求助工单转办梅李镇并要求2小时内反馈",
          cost: 15,
          feedback:
            "梅李镇应急办接单，江口村网格员和村医40分钟后上门，老人已转移到村委会安置点，有床铺和热饭。请记得回访家属。",
        },
        {
          id: "publish-outage-list",
          label: "发布停电村名单、时段和抢修电话",
          cost: 20,
          guard: { factKnown: "f-power" },
          effects: { heat: -8, publishes: "authoritative" },
          feedback: "清单式发布被多个村民群转发，“原来只有这三个村”成了评论区高赞。",
        },
        {
          id: "publish-shelters",
          label: "发布42个避险安置点地图与联系电话",
          cost: 20,
          guard: { factKnown: "f-shelters" },
          effects: { heat: -5, publishes: "authoritative" },
          feedback: "安置点地图上线后，12345关于“去哪里避险”的来电明显减少。",
        },
      ],
      tasks: [
        {
          id: "insulin-reply",
          label: "回复停电村网友的用药求助",
          taskType: "netizen-reply",
          prompt:
            "江口村网友在官方微博下留言，父亲需要冷藏胰岛素，担心停电8小时药品变质。请以市防指办公室名义公开回复（150字左右）：给出可行的办法和负责的单位、联系方式，不要泄露网友家庭信息。",
          message:
            "我家在梅李镇江口村，说今晚10点到明早6点停电。我爸每天要打胰岛素，药放在冰箱里，停电八个小时药会不会坏？村里有没有地方能放药？",
          respondsTo: "i-insulin",
          cost: 20,
          deadlineRules: [],
          publishes: true,
          exemplar:
            "您好，感谢留言，您的担心我们理解。未开封的胰岛素需要冷藏，已开封正在使用的一般可在常温（不超过25℃）下保存，具体以说明书为准。今晚停电期间，江口村委会安置点配有发电机和冷藏柜，村卫生室医生21时前会联系停电村需要冷藏药品的家庭，帮助集中保管。我们已把您的留言转给梅李镇应急办，工作人员会通过私信与您联系，请留意。如有紧急情况请拨打12345或120。",
        },
      ],
      timers: [
        {
          id: "t-passed",
          label: "台风过境，天亮",
          at: 960,
          target: "recovery",
        },
      ],
    },
    {
      id: "recovery",
      title: "过境之后：恢复情况通报",
      description:
        "次日6时，台风减弱远离。梅李3个村的计划停电结束，但白塔镇有一条线路被树压断，约600户还没来电，有业主质疑“说好只停3个村”。防指要求上午发布灾后情况通报。",
      actions: [
        {
          id: "check-restore",
          label: "核实供电供水恢复和灾情统计",
          cost: 45,
          reveals: ["f-restored"],
          feedback:
            "梅李3村6时已全部复电；白塔镇白南线约600户预计9时前恢复；全市无人员伤亡，安置群众正在陆续返家。",
        },
        {
          id: "callback-elder",
          label: "回访独居老人家属",
          cost: 20,
          feedback:
            "家属表示老人在安置点住了一夜，村里今天上午会帮忙检查屋顶，对处理结果表示满意。工单按“满意”办结。",
        },
      ],
      tasks: [
        {
          id: "recovery-statement",
          label: "发布灾后情况通报",
          taskType: "crisis-statement",
          prompt:
            "以市防指办公室名义发布台风过境后的情况通报（250字左右）：供电供水恢复情况（包括计划外停电的原因和恢复时间）、人员伤亡、安置群众返家、学校复课安排、后续求助渠道。",
          message:
            "白塔南苑业主：一觉醒来还是没电，说好的只停沿江3个村呢？冰箱里的东西都要坏了。群众关心台风过后何时全面恢复正常。",
          respondsTo: "i-morning",
          cost: 25,
          deadlineRules: ["YQ-61-other"],
          publishes: true,
          branches: [
            {
              guard: {
                all: [
                  { taskScoreAtLeast: { task: "recovery-statement", min: 65 } },
                  { taskScoreAtLeast: { task: "rumour-statement", min: 70 } },
                ],
              },
              target: "end-success",
            },
            { guard: { taskScoreAtLeast: { task: "recovery-statement", min: 40 } }, target: "end-partial" },
          ],
          target: "end-failure",
          exemplar:
            "【台风“白鹭”过境情况通报】截至今天7时，台风“白鹭”已减弱远离我市，全市平均降雨78毫米，无人员伤亡报告。\n供电：梅李镇3个村今天6时已按计划恢复供电。白塔镇10千伏白南线夜间被倒伏树木压断，约600户停电，这是计划外停电，给大家带来不便，抱歉。抢修队已在现场，预计9时前恢复。\n供水：全市供水正常。\n安置：1860名转移群众正在陆续返家，危旧房住户由镇村先检查房屋后再返回。明天全市中小学、幼儿园正常上课。\n如仍有停电或房屋受损，请拨打95598或12345。我们将于今天12时前通报白塔镇复电进展。\n江滨市防汛防旱指挥部办公室",
        },
      ],
      timers: [
        {
          id: "t-no-report",
          label: "上午未发布灾后通报",
          afterEntry: 360,
          target: "end-partial",
        },
      ],
    },
    {
      id: "end-success",
      title: "结局：风过城安，信息有序",
      description: "台风过境，信息秩序良好。",
      final: {
        outcome: "success",
        narrative:
          "辟谣发布赶在抢购扩散之前，并且用“哪3个村、几点到几点、打哪个电话”代替了空洞的“不信谣”。“停三天”的截图在发布后两小时内转发明显回落，超市排队当晚缓解。台风夜的求助逐件落实，过境后的通报坦承了计划外停电并给出恢复时间，群众对防指发布的信任延续到了下一次预警。",
      },
    },
    {
      id: "end-partial",
      title: "结局：平安过境，但信息工作有缺口",
      description: "防御任务完成，信息发布留有遗憾。",
      final: {
        outcome: "partial",
        narrative:
          "台风平安过境，但信息发布留下缺口：辟谣偏晚或不够具体，抢购持续了一个下午；或者过境后的恢复通报迟迟未发，白塔镇计划外停电引出“说好只停3个村”的质疑。信息发布的可信度是在每一次具体、按时的通报中积累的，下一次预警时群众会记得这一次。",
      },
    },
    {
      id: "end-failure",
      title: "结局：谣言跑在了台风前面",
      description: "抢购和恐慌干扰了防台工作。",
      final: {
        outcome: "failure",
        narrative:
          "直到天黑，群众也没有得到清楚的停电停水安排，或者得到的是一句“以官方发布为准”。抢购蔓延到药店和加油站，安置物资调运受阻，“大堤决口”视频被转发上万次。台风本身没有造成伤亡，但这次信息失序被写进了防指的复盘报告：权威信息必须早于谣言到达群众手里。",
      },
    },
  ],
  reactions: [
    {
      id: "r-high",
      scoreBetween: [75, 100],
      comments: [
        { author: "琴川小鱼", text: "原来只停3个村，那我不去排队了，谢谢说明。" },
        { author: "梅李老周", text: "停电时间写得清清楚楚，村里也来通知过了，点赞。" },
        { author: "江滨老K", text: "这才叫辟谣，有时间有地点有电话。" },
        { author: "白塔阿姨", text: "大堤视频是旧的啊，吓死我了，转给家里群。" },
        { author: "沿江钓鱼佬", text: "好的，晚上9点再来看。" },
      ],
    },
    {
      id: "r-mid",
      scoreBetween: [50, 74],
      comments: [
        { author: "琴川小鱼", text: "说不停电，那我们小区要是停了找谁？" },
        { author: "白塔南苑业主", text: "水压低是低多少？高层住户要不要接水？" },
        { author: "路过的网友", text: "总算出来说话了。" },
        { author: "梅李老周", text: "安置点在哪能不能列一下？" },
      ],
    },
    {
      id: "r-low",
      scoreBetween: [0, 49],
      comments: [
        { author: "超市排队中", text: "看完还是不知道停不停，继续排队。" },
        { author: "江滨生活圈", text: "官方说得含含糊糊，大家自己做好准备吧。" },
        { author: "白塔阿姨", text: "就不能说句明白话吗？" },
        { author: "网友7788", text: "不信谣不传谣，那真的信息呢？" },
        { author: "沿江钓鱼佬", text: "大堤到底怎么样了，一个字没提。" },
      ],
    },
    {
      id: "r-officialese",
      findingCodes: ["officialese.empty"],
      comments: [
        { author: "琴川小鱼", text: "“全力以赴”“严阵以待”，到底停不停电？" },
        { author: "老江滨", text: "官话套话，说了等于没说。" },
        { author: "网友7788", text: "防台小贴士都背熟了，就想知道今晚有没有电。" },
        { author: "白塔阿姨", text: "能不能讲人话。" },
      ],
    },
    {
      id: "r-buck",
      findingCodes: ["ownership.buck-passing"],
      comments: [
        { author: "梅李老周", text: "又在踢皮球，防指让问供电，供电让问防指。" },
        { author: "江口村的小陆", text: "让我们自己联系这个那个，停电了电话都打不通。" },
        { author: "路过的网友", text: "一句“请咨询相关部门”就完了？" },
        { author: "江滨老K", text: "谁负责就说谁负责，别绕。" },
      ],
    },
    {
      id: "r-hostile",
      findingCodes: ["hostility.labelling", "hostility.threat"],
      comments: [
        { author: "超市排队中", text: "买桶水也成了“扰乱秩序”？" },
        { author: "老江滨", text: "先把话说清楚，再说谁造谣。" },
        { author: "琴川小鱼", text: "大家就是担心，这口气让人不舒服。" },
        { author: "网友7788", text: "动不动就追究责任，吓唬谁呢。" },
      ],
    },
    {
      id: "r-unverified",
      findingCodes: ["factualCaution.unverified-claim"],
      comments: [
        { author: "较真的网友", text: "说“绝对不会停电”，那白塔昨晚怎么停了？" },
        { author: "白塔南苑业主", text: "话别说太满，停了就说停了。" },
        { author: "江滨老K", text: "没核实的别写进通报，打脸更难看。" },
        { author: "路过的网友", text: "这个数字靠谱吗？" },
      ],
    },
    {
      id: "r-next-update",
      findingCodes: ["factualCaution.next-update"],
      comments: [
        { author: "梅李老周", text: "21点还有通报，好，等着。" },
        { author: "白塔阿姨", text: "知道几点再说就安心了。" },
        { author: "琴川小鱼", text: "有更新记得@一下我们小区群。" },
        { author: "沿江钓鱼佬", text: "这样靠谱，不懂的先说不懂。" },
      ],
    },
    {
      id: "r-privacy",
      findingCodes: ["privacy.phone", "privacy.name", "privacy.address"],
      comments: [
        { author: "江口村的小陆", text: "怎么把我们家住哪都写出来了？" },
        { author: "网友7788", text: "怎么把人家电话都公开了。" },
        { author: "较真的网友", text: "求助信息私信处理就行，别公开个人信息。" },
        { author: "老江滨", text: "好心办坏事，赶紧删了重发吧。" },
      ],
    },
  ],
  spread: { population: 800000, seeds: 40 },
} satisfies ScenarioDefinition;

export default scenario;
