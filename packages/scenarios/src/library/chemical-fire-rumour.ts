import type { ScenarioDefinition } from "../format.ts";

const scenario = {
  schemaVersion: 1,
  id: "chemical-fire-rumour",
  version: 1,
  title: "化工企业仓库火情与“死亡、毒气”谣言",
  summary:
    "夜间白塔镇化工集中区一家企业仓库起火，火光视频和“死了十几个人、毒气飘进城区”的传言同时在网上扩散。你是市应急管理局舆情处置专班成员，要在黄金4小时内核实情况、发出首次权威信息，并在24小时内组织网上新闻发布会。",
  category: "crisis",
  competencies: ["crisis", "netizen-reply"],
  difficulty: 3,
  estimatedMinutes: 20,
  maxSimMinutes: 1800,
  setting: "江滨市",
  startStage: "outbreak",
  deadlines: [{ ruleId: "GOLDEN-4H" }, { ruleId: "YQ-80-first-info" }, { ruleId: "YQ-80-presser" }],
  facts: [
    {
      id: "f-fire-basic",
      text: "21时40分左右，白塔镇化工集中区江滨恒泰新材料有限公司厂区内起火，市消防救援大队已出动处置。",
      verified: true,
      initiallyKnown: true,
    },
    {
      id: "f-casualties",
      text: "起火点为企业成品仓库，无人员死亡，2人轻伤（手部轻度烫伤），已送市第二人民医院治疗，生命体征平稳；22时40分明火已扑灭。",
      verified: true,
    },
    {
      id: "f-bang",
      text: "视频中的响声是仓库内包装桶受热破裂所致，不是生产装置爆炸；仓库存放包装材料和树脂类成品，不涉及剧毒化学品。",
      verified: true,
    },
    {
      id: "f-air",
      text: "市生态环境局22时20分起在下风向布设3个监测点，前两轮监测氯化氢、挥发性有机物等指标均在正常范围。",
      verified: true,
    },
    {
      id: "f-water",
      text: "消防废水已截留在企业应急池内，未流入周边河道；白塔水厂取水口位于上游，供水不受影响。",
      verified: true,
    },
    {
      id: "f-cause",
      text: "起火原因尚在调查，由市应急管理局牵头、消防救援大队和公安部门参与。",
      verified: true,
    },
    { id: "f-rumour-deaths", text: "网传：爆炸“死了十几个人”。", verified: false },
    { id: "f-rumour-gas", text: "网传：毒气飘进城区，白塔镇要整体撤离。", verified: false },
  ],
  injects: [
    {
      id: "i-video",
      channel: "feed",
      at: 0,
      author: "白塔小陈",
      authorNote: "网友",
      text: "白塔化工区那边烧起来了！！火光把半边天都照红了，刚才还砰砰响了好几声，住得近的注意安全 #江滨#",
      metrics: { reposts: 320, comments: 410, likes: 880, views: 46000 },
    },
    {
      id: "i-duty-call",
      channel: "phone",
      at: 5,
      author: "市应急管理局值班室",
      text: "恒泰新材料厂区起火，消防救援大队已出动6车30人，现场具体情况还在了解，人员伤亡暂不清楚。请专班做好舆情应对准备。",
    },
    {
      id: "i-rumour",
      channel: "feed",
      at: 25,
      author: "江滨热点速递",
      authorNote: "本地营销号，粉丝12万",
      text: "突发！白塔恒泰化工厂大爆炸，听里面的人说死了十几个，毒气正往城区飘，白塔镇要全部撤离！家里有老人小孩的赶紧关窗，转给你关心的人！",
      metrics: { reposts: 2600, comments: 1900, likes: 3100, views: 380000 },
      rumour: true,
    },
    {
      id: "i-propaganda",
      channel: "instruction",
      at: 30,
      author: "市委宣传部网评办",
      authorNote: "上级指示",
      text: "白塔火情相关视频和“死亡十几人”的说法正在快速传播。请专班立即核实伤亡、物质和环境监测情况，抓住黄金4小时（实务经验），最迟5小时内发布权威信息，口径发布前报宣传部备案。",
    },
    {
      id: "i-ticket-air",
      channel: "ticket",
      at: 50,
      author: "市便民服务中心（12345）",
      title: "白塔镇居民咨询空气是否安全",
      text: "来电人称家住白塔镇，闻到一股塑料烧焦的味道，网上说有毒气，家里有两岁孩子，问要不要连夜去亲戚家，希望政府尽快说明空气到底有没有问题。",
      ticket: {
        ticketNo: "JB12345-20240316-0871",
        caller: "周丽华",
        phone: "13962418806",
        category: "咨询",
        address: "白塔镇新港花苑",
        acceptedAt: "22:48",
        timeLimit: "当日",
      },
    },
    {
      id: "i-company-call",
      channel: "phone",
      at: 70,
      author: "恒泰新材料公司负责人",
      text: "我们就是成品仓库烧了，人都撤出来了，千万别往外说‘爆炸’，对公司影响太大。能不能先不发通报，等明天再说？",
    },
    {
      id: "i-news-query",
      channel: "news",
      at: 90,
      author: "江滨日报融媒体中心",
      text: "记者已赶到白塔化工区外围，请问官方何时发布情况？伤亡人数和起火原因是否已有结论？我们希望在凌晨推送一条权威消息。",
    },
    {
      id: "i-water-rumour",
      channel: "feed",
      at: 120,
      author: "梅李一家人",
      authorNote: "微信群截图转发",
      text: "群里说化工厂的水流进河里了，明天自来水不能喝，大家赶紧去超市囤矿泉水！",
      metrics: { reposts: 540, comments: 260, likes: 300, views: 52000 },
    },
    {
      id: "i-bigv-silence",
      channel: "feed",
      when: { all: [{ timeAtLeast: 200 }, { not: { taskDone: "first-statement" } }] },
      author: "江滨老K",
      authorNote: "本地大V，粉丝36万",
      text: "火都灭了一个多小时了，官方还是一个字都没有。死没死人、有没有毒，总得给老百姓一句准话吧？越不说大家越慌。",
      metrics: { reposts: 1800, comments: 2200, likes: 6400, views: 420000 },
    },
    {
      id: "i-vice-mayor",
      channel: "instruction",
      when: { all: [{ timeAtLeast: 245 }, { not: { taskDone: "first-statement" } }] },
      author: "分管副市长 何建明",
      authorNote: "上级指示",
      text: "已经过了4个小时还没有发声，非常被动。现在就把已核实的情况发出去，不清楚的就说正在调查，不要等全部查清。一小时内我要看到通报。",
    },
    {
      id: "i-provincial-media",
      channel: "news",
      when: { all: [{ timeAtLeast: 300 }, { not: { taskDone: "first-statement" } }] },
      author: "省级媒体夜班编辑",
      text: "我们注意到网上关于江滨化工厂“死亡十几人”的说法，已联系贵市多个部门未获回复。如无权威信息，我们将以“网传”形式报道。",
    },
    {
      id: "i-air-followup",
      channel: "feed",
      when: { all: [{ taskDone: "first-statement" }, { not: { factKnown: "f-air" } }] },
      author: "虞山街道张老师",
      text: "通报看了，没死人就好。可空气到底有没有毒，一句都没提？孩子明天还要上学，学校开不开窗？",
      metrics: { reposts: 90, comments: 340, likes: 1200 },
    },
    {
      id: "i-presser-plan",
      channel: "instruction",
      at: 600,
      author: "市委宣传部",
      authorNote: "上级指示",
      text: "按国办发〔2016〕80号要求，重大突发事件须在24小时内召开新闻发布会。请专班明天上午准备网上新闻发布会，由应急管理局主要负责同志出席，生态环境局、消防救援大队配合答问。",
    },
    {
      id: "i-morning-smell",
      channel: "feed",
      at: 720,
      author: "琴川晨跑",
      text: "早上在白塔大桥那边还能闻到一点焦味，风往东吹的。有没有最新的监测数据？",
      metrics: { reposts: 40, comments: 150, likes: 420 },
    },
  ],
  stages: [
    {
      id: "outbreak",
      title: "事发：火光视频与“死亡十几人”传言",
      description:
        "22时，白塔镇化工集中区火光视频开始刷屏，营销号称“死了十几个人、毒气往城区飘”。你手上只有“某企业厂区起火、消防已出动”这一条确切信息。先核实，再发声；但时间不等人，黄金4小时（实务经验）与5小时权威发布时限（国办发〔2016〕80号）已经开始计时。",
      actions: [
        {
          id: "verify",
          label: "核实情况（联系消防、企业、医院）",
          cost: 60,
          description: "向消防救援大队、企业和市第二人民医院逐一核实伤亡、起火部位和存放物质。",
          reveals: ["f-casualties", "f-bang"],
          feedback:
            "核实结果：起火点为成品仓库，无人员死亡，2人手部轻度烫伤，已送市第二人民医院，生命体征平稳；22时40分明火扑灭。视频中的响声为包装桶受热破裂，不是装置爆炸。",
        },
        {
          id: "call-eco",
          label: "联系市生态环境局（空气、水体监测）",
          cost: 30,
          reveals: ["f-air", "f-water"],
          feedback:
            "生态环境局答复：22时20分起在下风向布设3个监测点，前两轮数据正常；消防废水已截留在企业应急池，未入河，白塔水厂取水口在上游，供水不受影响。",
        },
        {
          id: "ask-leader",
          label: "请示分管领导并报宣传部备案口径",
          cost: 20,
          reveals: ["f-cause"],
          feedback:
            "何副市长同意“边核实边发布”：已核实的先发，原因调查由应急管理局牵头，通报中写明下一次发布时间。宣传部要求口径发布前10分钟报备。",
        },
        {
          id: "holding-post",
          label: "先发一条简短消息：“已到场处置，情况正在核实”",
          cost: 15,
          effects: { heat: -5, publishes: "holding" },
          feedback:
            "简讯发出，部分网友表示“至少知道有人在管”，但追问伤亡和毒气的评论仍在增加。简讯只能争取时间，不能代替权威通报。",
        },
        {
          id: "delay-company",
          label: "按企业要求，等明天查清原因再统一发布",
          cost: 60,
          effects: { heat: 15, publishes: "evasive" },
          feedback:
            "你选择了等待。营销号的帖子一小时内又多了上千次转发，评论区开始出现“肯定在捂盖子”的说法。企业的诉求不能成为迟报的理由。",
        },
      ],
      tasks: [
        {
          id: "first-statement",
          label: "起草并发布首次情况通报",
          taskType: "crisis-statement",
          prompt:
            "以江滨市应急管理局名义起草首次情况通报（300字左右），在官方微博、微信发布。只写已核实的事实，说明尚不清楚的内容，回应网传说法，告诉群众现在该做什么，并写明下一次发布的时间。",
          message:
            "网传：“白塔恒泰化工厂大爆炸，死了十几个，毒气正往城区飘，白塔镇要全部撤离！”大量网友追问伤亡人数、空气是否有毒、要不要撤离。",
          respondsTo: "i-rumour",
          cost: 30,
          deadlineRules: ["GOLDEN-4H", "YQ-80-first-info"],
          weights: { factualCaution: 2, specificity: 1.5 },
          publishes: true,
          branches: [
            {
              guard: {
                all: [
                  { taskScoreAtLeast: { task: "first-statement", min: 70 } },
                  { factKnown: "f-casualties" },
                ],
              },
              target: "follow-up",
            },
          ],
          target: "follow-up",
          exemplar:
            "【白塔镇化工集中区火情通报】今天21时40分左右，白塔镇化工集中区江滨恒泰新材料有限公司一处成品仓库起火。市消防救援大队接警后立即到场，22时40分明火已扑灭，目前正在清理现场。\n经核实，火灾造成2名员工手部轻度烫伤，已送市第二人民医院治疗，生命体征平稳。网传“死了十几个人”与事实不符，这次火灾无人死亡。视频中的响声是仓库内包装桶受热破裂发出的，起火仓库存放包装材料和树脂类成品，不涉及剧毒化学品。\n市生态环境局22时20分起在下风向设了3个监测点，前两轮监测数据均在正常范围；消防废水已截留在企业应急池内，河道水质和全市供水正常。大家无需撤离，也无需囤水。附近居民如闻到焦味，可暂时关闭门窗。\n起火原因正在调查。我们将于明天早上8时前发布监测数据和调查进展，有疑问请拨打12345。\n江滨市应急管理局",
        },
      ],
      timers: [
        {
          id: "t-silence-4h",
          label: "黄金4小时已过仍未发布首次通报",
          at: 240,
          guard: { not: { taskDone: "first-statement" } },
          target: "escalation",
          effects: { heat: 20 },
        },
      ],
    },
    {
      id: "escalation",
      title: "失声4小时：谣言全面发酵",
      description:
        "4个小时过去，官方仍无一字回应。本地大V质问“越不说越慌”，省级媒体准备以“网传”形式报道，分管副市长要求一小时内见到通报。5小时的权威发布时限即将到期，现在每多拖一刻，后面都要付出更多解释成本。",
      actions: [
        {
          id: "verify-late",
          label: "紧急核实伤亡、物质与监测数据",
          cost: 45,
          guard: { not: { factKnown: "f-casualties" } },
          reveals: ["f-casualties", "f-bang"],
          feedback:
            "核实结果：成品仓库起火，无人员死亡，2人轻伤；响声为包装桶受热破裂。这些情况两小时前就能查清。",
        },
        {
          id: "deny-all",
          label: "先发一句“网传系谣言，请勿相信”",
          cost: 10,
          effects: { heat: 10, publishes: "evasive" },
          feedback: "只有否定没有事实的“辟谣”被网友截图嘲讽：“那到底怎么回事？”评论区情绪更加对立。",
        },
      ],
      tasks: [
        {
          id: "late-statement",
          label: "补发情况通报（已超过黄金4小时）",
          taskType: "crisis-statement",
          prompt:
            "你已错过黄金4小时。请立即以江滨市应急管理局名义补发情况通报：讲清已核实的事实，坦承发布迟缓，回应网传的“死亡十几人”“毒气进城”，写明下一次发布时间。",
          message:
            "网传“白塔化工厂爆炸死了十几个、毒气进城、全镇撤离”，本地大V质问官方为何4小时不发声，省级媒体准备以“网传”报道。",
          respondsTo: "i-bigv-silence",
          cost: 25,
          deadlineRules: ["YQ-80-first-info", "GOLDEN-4H"],
          weights: { factualCaution: 2, specificity: 1.5 },
          publishes: true,
          branches: [
            { guard: { taskScoreAtLeast: { task: "late-statement", min: 55 } }, target: "follow-up" },
          ],
          target: "end-failure",
          exemplar:
            "【白塔镇化工集中区火情情况通报】昨晚21时40分左右，白塔镇化工集中区江滨恒泰新材料有限公司成品仓库起火，22时40分明火扑灭。经核实，事故造成2名员工轻度烫伤，正在市第二人民医院治疗，生命体征平稳。网传“死了十几个”与事实不符，这次火灾无人死亡。仓库存放包装材料和树脂成品，响声为包装桶受热破裂。市生态环境局下风向3个监测点数据均正常。消防废水已截留在企业应急池，供水正常，无需撤离。\n这次通报发得晚了，让大家担心了，我们深表歉意。起火原因正在调查，我们将于今天上午8时前发布下一次通报，12345热线24小时接受咨询。\n江滨市应急管理局",
        },
      ],
      timers: [
        {
          id: "t-lost",
          label: "事发8小时仍无权威信息",
          at: 480,
          guard: { not: { taskDone: "late-statement" } },
          target: "end-failure",
          effects: { heat: 20 },
        },
      ],
    },
    {
      id: "follow-up",
      title: "持续发布，准备网上新闻发布会",
      description:
        "首次通报已经发出。接下来要做的是：补齐群众最关心、尚未讲清的信息（空气、饮水、伤员、原因调查），按时续报，并在事发24小时内召开网上新闻发布会。评论区的走向取决于你前面那份通报写得怎么样。",
      actions: [
        {
          id: "check-follow",
          label: "补充核实（伤亡、物质、空气和水质监测）",
          cost: 45,
          guard: { not: { all: [{ factKnown: "f-casualties" }, { factKnown: "f-air" }] } },
          reveals: ["f-casualties", "f-bang", "f-air", "f-water"],
          feedback:
            "补充核实：无人员死亡，2人轻伤；仓库不涉及剧毒化学品；监测数据正常，废水截留在企业应急池，未入河。这些正是网友追问的内容。",
        },
        {
          id: "update-monitoring",
          label: "发布空气与水质监测续报",
          cost: 20,
          guard: { factKnown: "f-air" },
          effects: { heat: -12, publishes: "authoritative" },
          feedback:
            "续报附上3个监测点的逐小时数据和水厂取水口位置示意图，“囤水”“撤离”的讨论明显减少，多个本地账号转发了续报。",
        },
        {
          id: "police-rumour",
          label: "请公安机关依法调查首发谣言的营销号",
          cost: 30,
          effects: { heat: -3 },
          feedback:
            "公安机关已对首发账号依法调查，账号删帖。注意：辟谣靠的是事实本身，对造谣者的处理应由公安机关依法发布，不要把普通转发、担心询问的网友说成“造谣者”。",
        },
        {
          id: "prepare-presser",
          label: "准备发布会口径和答问材料",
          cost: 60,
          feedback:
            "口径材料整理了五个方面：事故经过、伤员情况、环境监测、供水保障、原因调查及企业整改。预计记者会追问“为什么有爆炸声”“为什么这么晚才通报”。",
        },
        {
          id: "hold-presser",
          label: "召开网上新闻发布会",
          cost: 90,
          satisfies: ["YQ-80-presser"],
          effects: { heat: -8, publishes: "authoritative" },
          feedback: "发布会在政府网站和官方视频号同步直播，你作为答问人员上台回答记者和网友提问。",
          target: "presser",
        },
      ],
      timers: [
        {
          id: "t-no-presser",
          label: "事发24小时未召开新闻发布会",
          at: 1440,
          target: "end-no-presser",
          effects: { heat: 10 },
        },
      ],
    },
    {
      id: "presser",
      title: "网上新闻发布会答问",
      description:
        "发布会正在直播。江滨日报记者提问：“昨晚网上有‘爆炸’‘死人’‘毒气’的说法，官方的通报为什么用了几个小时？现在空气和水到底安不安全？起火原因查清了吗？企业会不会被追责？”请你当场作答。",
      tasks: [
        {
          id: "presser-answer",
          label: "回答记者提问",
          taskType: "press-answer",
          prompt:
            "以市应急管理局负责同志身份回答记者提问（250字左右）：说明时间线，坦承不足，给出监测数据和供水情况，讲清原因调查的进度和下一步安排，不要回避“企业是否追责”。",
          message:
            "记者提问：昨晚网上有“爆炸”“死人”“毒气”的说法，官方通报为什么用了几个小时？现在空气和水安不安全？起火原因查清了吗？企业会不会被追责？",
          respondsTo: "i-news-query",
          cost: 20,
          deadlineRules: ["YQ-80-presser"],
          weights: { factualCaution: 1.5, specificity: 1.5 },
          publishes: true,
          branches: [
            {
              guard: {
                all: [
                  { taskScoreAtLeast: { task: "presser-answer", min: 70 } },
                  { taskScoreAtLeast: { task: "first-statement", min: 70 } },
                ],
              },
              target: "end-success",
            },
            { guard: { taskScoreAtLeast: { task: "presser-answer", min: 40 } }, target: "end-partial" },
          ],
          target: "end-failure",
          exemplar:
            "谢谢您的提问。先说时间线：昨晚21时40分起火，22时40分明火扑灭，我们在核实伤亡和监测数据后发布了首次通报。这中间有一段时间群众没有听到官方声音，让大家担心了，我们要改进，今后这类事件先发已核实的情况，再滚动更新。\n关于安全：生态环境局在下风向3个点连续监测，截至今天上午9时，所有指标都在正常范围；消防废水全部截留在企业应急池，由有资质的单位转运处理，自来水取水口在上游，水质检测合格。\n起火原因还在调查，初步排查方向是仓库电气线路，结论出来后会第一时间公布。企业已停产整改，如调查发现违规行为，将依法依规严肃追责，调查结果向社会公开。有疑问可以拨打12345或应急管理局值班电话0512-5218 6000。",
        },
      ],
      timers: [
        {
          id: "t-presser-over",
          label: "发布会结束",
          afterEntry: 180,
          target: "end-partial",
        },
      ],
    },
    {
      id: "end-success",
      title: "结局：谣言退潮，公信力守住",
      description: "舆情平稳消退。",
      final: {
        outcome: "success",
        narrative:
          "首次通报在黄金4小时内发出，且只写了已核实的事实：无人死亡、2人轻伤、监测数据正常，并写明了下一次发布时间。营销号帖子的转发在通报发布后约两小时明显回落，多家本地媒体直接引用了官方通报。发布会在24小时内召开，答问坦承不足、给出数据和追责安排，评论区转向关注原因调查。这次处置被市委宣传部作为“和谣言赛跑”的正面案例通报。",
      },
    },
    {
      id: "end-partial",
      title: "结局：事实讲清了，但信任打了折扣",
      description: "舆情基本平息，留有遗憾。",
      final: {
        outcome: "partial",
        narrative:
          "伤亡和环境监测的事实最终讲清了，谣言没有进一步扩散，但过程留下了遗憾：首次通报或发得偏晚、或缺少监测数据和下一次发布时间，发布会答问也有含糊之处。部分网友仍在追问“为什么一开始不说”，“官方通报要等几个小时”成了这次事件的记忆点。复盘时请对照时间线，看哪一步能提前、哪句话能更具体。",
      },
    },
    {
      id: "end-no-presser",
      title: "结局：24小时内未召开新闻发布会",
      description: "舆情虽有回落，但程序缺位。",
      final: {
        outcome: "partial",
        narrative:
          "首次通报让伤亡谣言有所回落，但直到事发24小时仍未召开新闻发布会，不符合国办发〔2016〕80号对重大突发事件的要求。原因调查、企业责任、后续监测等问题没有统一出口，网上出现多个版本的“内部消息”，省级媒体报道中引用了“当地未举行发布会”。续报和发布会是权威信息的持续供给，不能停在第一份通报上。",
      },
    },
    {
      id: "end-failure",
      title: "结局：失声与失信，舆情失控",
      description: "谣言主导了叙事。",
      final: {
        outcome: "failure",
        narrative:
          "在最关键的几个小时里官方没有给出可信的事实，或者给出的通报空洞、回避、甚至与事实不符。“死了十几个人”的帖子被转发上万次，超市出现抢购矿泉水，省级媒体以“网传”形式做了报道。此后的每一次发布都要先解释“为什么现在才说”，公信力的损失远大于火灾本身。复盘重点：先发已核实的情况，说明未知的部分，写明下一次发布时间，不要等全部查清。",
      },
    },
  ],
  reactions: [
    {
      id: "r-high",
      scoreBetween: [75, 100],
      comments: [
        { author: "白塔土著", text: "没死人就好，数据也公布了，心里踏实多了。" },
        { author: "琴川阿May", text: "这个通报写得清楚，几点起火几点灭的都有，点赞。" },
        { author: "江滨老K", text: "这才像样，早上8点等你们的续报。" },
        { author: "梅李小周", text: "那个营销号可以删帖了吧，吓得我妈半夜打电话。" },
        { author: "虞山跑者", text: "监测点位能不能也公布一下？不过总体算及时的。" },
      ],
    },
    {
      id: "r-mid",
      scoreBetween: [50, 74],
      comments: [
        { author: "白塔居民", text: "说了没死人，那空气到底怎么样？能不能说具体点。" },
        { author: "路过的网友", text: "来了来了，总算有个说法了。" },
        { author: "小区群主", text: "水能不能喝也说一下啊，群里都在囤水。" },
        { author: "琴川老王", text: "起火原因呢？别最后不了了之。" },
      ],
    },
    {
      id: "r-low",
      scoreBetween: [0, 49],
      comments: [
        { author: "吃瓜群众", text: "通篇看完不知道到底死没死人。" },
        { author: "白塔妈妈", text: "我就想知道孩子明天能不能开窗，这么难回答吗？" },
        { author: "江滨热点速递", text: "官方说了等于没说，大家自己判断吧。" },
        { author: "匿名用户", text: "越这样越让人觉得有问题。" },
        { author: "梅李阿强", text: "几个小时憋出这么几句？" },
      ],
    },
    {
      id: "r-officialese",
      findingCodes: ["officialese.empty"],
      comments: [
        { author: "白塔小陈", text: "“高度重视”“全力处置”，然后呢？" },
        { author: "老江滨", text: "官话套话，说了等于没说。" },
        { author: "网友8848", text: "模板又来了，换个地名就能用。" },
        { author: "琴川阿May", text: "求求说点人话，空气有没有毒？" },
      ],
    },
    {
      id: "r-buck",
      findingCodes: ["ownership.buck-passing"],
      comments: [
        { author: "白塔居民", text: "又在踢皮球，应急局说找环保局，环保局说找企业？" },
        { author: "江滨老K", text: "出了事先想着撇清关系，这态度不行。" },
        { author: "梅李小周", text: "到底谁管？给个准话。" },
        { author: "路人甲", text: "不归你们管那归谁管？" },
      ],
    },
    {
      id: "r-hostile",
      findingCodes: ["hostility.labelling", "hostility.threat"],
      comments: [
        { author: "白塔妈妈", text: "我们担心问一句就成了“别有用心”？" },
        { author: "老江滨", text: "事情没讲清楚，先吓唬网友，这是什么逻辑。" },
        { author: "网友8848", text: "截图了，看看以后谁还敢说话。" },
        { author: "琴川老王", text: "造谣的该查，可普通老百姓转发一下担心一下也有错？" },
      ],
    },
    {
      id: "r-unverified",
      findingCodes: ["factualCaution.unverified-claim"],
      comments: [
        { author: "较真的网友", text: "原因还没查就说是“意外”，这么快就定性了？" },
        { author: "白塔土著", text: "这个数字哪来的？前面不是说还在核实吗？" },
        { author: "江滨老K", text: "没查清的事别急着下结论，反转了更难看。" },
        { author: "路过的网友", text: "先别说“绝对安全”，把数据放出来。" },
      ],
    },
    {
      id: "r-next-update",
      findingCodes: ["factualCaution.next-update"],
      comments: [
        { author: "虞山跑者", text: "写了早上8点还有通报，那我先睡了。" },
        { author: "白塔居民", text: "知道什么时候更新就不慌了，等消息。" },
        { author: "琴川阿May", text: "不清楚的说不清楚，能理解，等续报。" },
        { author: "梅李小周", text: "这样挺好，有进展就说。" },
      ],
    },
    {
      id: "r-privacy",
      findingCodes: ["privacy.phone", "privacy.name", "privacy.address"],
      comments: [
        { author: "白塔妈妈", text: "怎么把打电话那位的名字和电话都公开了？" },
        { author: "网友8848", text: "这是泄露个人信息吧，赶紧删了。" },
        { author: "老江滨", text: "以后谁还敢打12345？" },
        { author: "较真的网友", text: "回复群众可以，别把人家隐私挂出来。" },
      ],
    },
  ],
  spread: { population: 600000, seeds: 30 },
} satisfies ScenarioDefinition;

export default scenario;
