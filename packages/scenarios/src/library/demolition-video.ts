import type { ScenarioDefinition } from "../format.ts";

const scenario = {
  schemaVersion: 1,
  id: "demolition-video",
  version: 1,
  title: "“强拆老人”视频刷屏：讲清事实，也要认错",
  summary:
    "虞山街道东湖片区城市更新项目中，一段“几名穿马甲的人把哭喊的老人抬出屋、挖掘机随即推倒房子”的视频在网上刷屏，评论里出现“没签约就强拆”“老人被打进ICU”的说法。核实后你会发现：谣言有假，但现场的做法确实有错。你是市住建局（征收办）舆情处置负责人，要用事实说话，不蒙混过关。",
  category: "crisis",
  competencies: ["crisis", "netizen-reply", "risk"],
  difficulty: 3,
  estimatedMinutes: 20,
  maxSimMinutes: 3000,
  setting: "江滨市",
  startStage: "viral",
  deadlines: [{ ruleId: "GOLDEN-4H" }, { ruleId: "YQ-61-other" }],
  facts: [
    {
      id: "f-video",
      text: "视频拍摄于今天上午，地点为虞山街道东湖片区，画面中几名穿马甲的人员将一名老年女性抬出房屋，随后挖掘机拆除房屋。",
      verified: true,
      initiallyKnown: true,
    },
    {
      id: "f-project",
      text: "东湖片区城市更新项目2023年启动，涉及412户，已签约396户，签约率96%。",
      verified: true,
      initiallyKnown: true,
    },
    {
      id: "f-household",
      text: "涉事房屋户主（老人之子）今年2月已签订补偿安置协议，补偿款已到账并选定安置房；79岁的老人舍不得老屋，一直未搬离。",
      verified: true,
    },
    {
      id: "f-procedure",
      text: "当天拆除由街道委托的拆除公司实施，事先没有通知老人家属到场，屋内尚有老人的衣物和物品，现场街道工作人员没有制止。做法违反了“人员未安置妥当、物品未清点不得拆除”的工作规程。",
      verified: true,
    },
    {
      id: "f-injury",
      text: "老人左前臂擦伤，当天在市第一人民医院检查，无骨折，已处理伤口，下午由家属接回。",
      verified: true,
    },
    {
      id: "f-accountability",
      text: "市里决定：东湖片区即日起暂停拆除作业、开展全面排查；拆除公司负责人被约谈并暂停其作业资格；街道分管副主任停职检查，市纪委监委介入调查；街道负责为老人清点、赔偿受损物品。",
      verified: true,
    },
    { id: "f-rumour-icu", text: "网传：老人被打进ICU，生命垂危。", verified: false },
    { id: "f-rumour-unsigned", text: "网传：这户没签约、没拿到补偿就被强拆。", verified: false },
  ],
  injects: [
    {
      id: "i-video",
      channel: "feed",
      at: 0,
      author: "东湖村路人",
      text: "东湖这边拆房子，老太太哭着被几个人抬出来，人还没走远挖掘机就上去了……看着太心酸了。",
      metrics: { reposts: 4200, comments: 3600, likes: 9800, views: 820000 },
    },
    {
      id: "i-street-call",
      channel: "phone",
      at: 20,
      author: "虞山街道征收工作组",
      text: "这户是签了协议拿了钱的，我们是合法拆除。老太太是自己不肯走，我们是怕她有危险才抬出来的。建议直接发通报说视频断章取义。",
    },
    {
      id: "i-propaganda",
      channel: "instruction",
      at: 30,
      author: "市委宣传部网评办",
      authorNote: "上级指示",
      text: "“东湖强拆”视频播放量已破80万。请住建局牵头，尽快查清是否签约、老人伤情、现场程序，4小时内发布权威信息。通报要经得起推敲，不要为了平息舆论说过头话。",
    },
    {
      id: "i-rumour",
      channel: "feed",
      at: 40,
      author: "江滨真相哥",
      authorNote: "自媒体，粉丝8万",
      text: "据知情人说，这户根本没签字、一分钱补偿没拿到！老太太被打得送进ICU，现在还没脱离危险！这就是东湖的“城市更新”！",
      metrics: { reposts: 3100, comments: 2500, likes: 4100, views: 460000 },
      rumour: true,
    },
    {
      id: "i-ticket",
      channel: "ticket",
      at: 90,
      author: "市便民服务中心（12345）",
      title: "东湖片区居民询问补偿是否会变",
      text: "来电人是东湖片区还没搬的住户，看到视频很担心，问他们家是不是也会被这样拆，签了的协议还算不算数，补偿会不会变。",
      ticket: {
        ticketNo: "JB12345-20240521-2207",
        caller: "吴海燕",
        phone: "13584120957",
        category: "咨询·征收补偿",
        address: "虞山街道东湖片区",
        acceptedAt: "11:32",
        timeLimit: "3个工作日",
      },
    },
    {
      id: "i-local-media",
      channel: "news",
      at: 120,
      author: "江滨日报",
      text: "记者已联系到视频中老人的家属，家属称“签是签了，但拆之前没人通知我们”。请问官方对拆除程序有何说明？",
    },
    {
      id: "i-bigv",
      channel: "feed",
      when: { all: [{ timeAtLeast: 200 }, { not: { taskDone: "first-statement" } }] },
      author: "江滨老K",
      authorNote: "本地大V，粉丝36万",
      text: "东湖视频出来三个多小时了，老人到底怎么样？签没签约？政府一声不吭，只能让“知情人”替你们说了。",
      metrics: { reposts: 2200, comments: 2700, likes: 7600 },
    },
    {
      id: "i-national",
      channel: "news",
      when: { any: [{ timeAtLeast: 260 }, { actionDone: "cover-up" }] },
      author: "某全国性新闻客户端",
      text: "我们正在做“江滨东湖强拆”的报道，已经拿到家属提供的完整视频。请贵市就拆除程序、老人伤情和后续处理作出回应，今晚20时截稿。",
    },
    {
      id: "i-family",
      channel: "feed",
      at: 300,
      author: "东湖钱家孙女",
      text: "我是视频里老人的孙女。协议是我爸签的，钱也拿了，这一点我们不否认。可是奶奶舍不得老房子，大家都在慢慢劝她。今天没人跟我们说一声就来拆，奶奶的衣服、爷爷的遗像都还在屋里。她手臂擦伤了，现在整晚睡不着。我们只想要一个说法和一句道歉。",
      metrics: { reposts: 5200, comments: 4100, likes: 16000 },
    },
    {
      id: "i-discipline",
      channel: "instruction",
      when: { actionDone: "ask-leader" },
      author: "分管副市长 孙立平",
      authorNote: "上级指示",
      text: "该认的错要认，该追的责要追。已决定暂停东湖片区拆除作业，街道分管副主任停职检查，请纪委监委介入。通报里把这些写清楚，我同意对外发布。",
    },
    {
      id: "i-followup-ask",
      channel: "feed",
      when: { all: [{ timeAtLeast: 1440 }, { not: { actionDone: "publish-progress" } }] },
      author: "虞山老街坊",
      text: "一天过去了，东湖那事后续呢？说好的调查结果呢？老人的东西赔了没有？",
      metrics: { comments: 380, likes: 1300 },
    },
  ],
  stages: [
    {
      id: "viral",
      title: "视频刷屏：“强拆”“ICU”的说法同时扩散",
      description:
        "上午10时左右，东湖片区拆房视频开始刷屏，自媒体称“没签约就强拆”“老人被打进ICU”。街道说“合法拆除，视频断章取义”。在发声之前，你要查清三件事：签没签约、老人伤情、现场程序有没有问题。查到什么就说什么，错了就认。",
      actions: [
        {
          id: "verify-household",
          label: "调取该户补偿安置协议与资金拨付记录",
          cost: 45,
          reveals: ["f-household"],
          feedback: "户主（老人之子）2月已签约，补偿款已到账，选定了安置房；老人本人一直不愿搬离。",
        },
        {
          id: "check-procedure",
          label: "约谈街道征收工作组和拆除公司，调取现场记录",
          cost: 60,
          reveals: ["f-procedure"],
          feedback:
            "核查发现：当天拆除事先没有通知家属到场，屋内物品未清点，现场街道人员没有制止。街道说的“合法拆除”只对了一半，程序上确有过错。",
        },
        {
          id: "check-hospital",
          label: "联系市第一人民医院了解老人伤情",
          cost: 30,
          reveals: ["f-injury"],
          feedback: "老人左前臂擦伤，无骨折，伤口已处理，下午已由家属接回家。网传“ICU”不实。",
        },
        {
          id: "ask-leader",
          label: "向分管副市长汇报核查情况，请示处理意见",
          cost: 20,
          guard: { actionDone: "check-procedure" },
          reveals: ["f-accountability"],
          feedback:
            "副市长决定：暂停东湖片区拆除、全面排查，拆除公司负责人约谈，街道分管副主任停职检查，纪委监委介入，街道负责清点赔偿老人物品。",
        },
        {
          id: "cover-up",
          label: "按街道意见发布：“依法拆除，视频系断章取义”",
          cost: 15,
          effects: { heat: 30, publishes: "false" },
          feedback:
            "通报发出不到一小时，家属公开了完整视频和“拆之前没人通知”的说法，“断章取义”四个字被截图刷屏，全国性媒体随即介入。只讲对自己有利的一半事实，就是蒙混过关。",
          target: "escalation",
        },
      ],
      tasks: [
        {
          id: "first-statement",
          label: "起草并发布情况通报",
          taskType: "crisis-statement",
          prompt:
            "以江滨市住房和城乡建设局名义发布情况通报（300字左右）：讲清已核实的事实（签约情况、老人伤情、现场程序问题），对不实说法予以澄清，对做错的地方明确认错道歉，说明已采取的措施和下一次发布时间。不要公开家属的个人信息。",
          message:
            "网传视频：东湖片区拆房，老人被抬出屋后房子随即被推倒；自媒体称“这户没签约、没拿补偿就被强拆，老人被打进ICU”。",
          respondsTo: "i-rumour",
          cost: 30,
          deadlineRules: ["GOLDEN-4H", "YQ-61-other"],
          weights: { factualCaution: 2, ownership: 1.5 },
          publishes: true,
          target: "follow-up",
          exemplar:
            "【关于虞山街道东湖片区拆除房屋问题的情况通报】今天上午，网上出现东湖片区拆除房屋、一位老人被抬出的视频。经核查，该户户主今年2月已签订补偿安置协议，补偿款已到账。网传“没签约、没补偿”与事实不符。79岁的老人左前臂擦伤，在市第一人民医院检查后已回家休养。网传“送进ICU”也与事实不符。\n但是，当天拆除前没有通知家属到场，屋内物品未清点就动工，现场工作人员没有制止，违反了工作规程，伤害了老人和家属的感情。对此我们诚恳道歉。\n目前，东湖片区已暂停拆除作业并开展全面排查；拆除公司负责人已被约谈、暂停作业资格；街道分管副主任停职检查，市纪委监委已介入调查。街道将协助家属清点、赔偿受损物品。我们将于我们将于明天18时前发布调查进展。\n江滨市住房和城乡建设局",
        },
      ],
      timers: [
        {
          id: "t-silence",
          label: "黄金4小时未发声",
          at: 240,
          guard: { not: { taskDone: "first-statement" } },
          target: "escalation",
          effects: { heat: 20 },
        },
      ],
    },
    {
      id: "escalation",
      title: "舆情升级：全国性媒体介入",
      description:
        "家属的说法和完整视频开始传播，全国性新闻客户端拿到素材，要求今晚20时前回应。此时的通报要同时面对两件事：澄清不实的“ICU”“没签约”，以及正视已经被网友看到的程序过错。任何回避都会被当作掩盖。",
      actions: [
        {
          id: "urgent-verify",
          label: "紧急会商：核对协议、伤情和现场记录",
          cost: 60,
          reveals: ["f-household", "f-procedure", "f-injury"],
          feedback:
            "核对完成：已签约、补偿到账；老人擦伤无骨折；拆除前未通知家属、物品未清点，程序确有过错。",
        },
        {
          id: "urgent-leader",
          label: "紧急请示分管副市长处理意见",
          cost: 20,
          guard: { factKnown: "f-procedure" },
          reveals: ["f-accountability"],
          feedback: "副市长决定暂停拆除、停职检查、纪委介入，同意在通报中写明。",
        },
      ],
      tasks: [
        {
          id: "late-statement",
          label: "发布（或更正）情况通报",
          taskType: "crisis-statement",
          prompt:
            "舆情已经升级。请以市住建局名义发布情况通报（如之前发过“断章取义”的说法，须予以更正）：讲清签约、伤情、程序过错，认错道歉，写明问责与整改措施、下一次发布时间。",
          message:
            "家属称“签是签了，但拆之前没人通知我们，奶奶的东西还在屋里”；自媒体称“老人被打进ICU”；全国性媒体要求回应拆除程序和后续处理。",
          respondsTo: "i-national",
          cost: 30,
          deadlineRules: ["YQ-61-other"],
          weights: { factualCaution: 2, ownership: 2 },
          publishes: true,
          branches: [
            { guard: { taskScoreAtLeast: { task: "late-statement", min: 55 } }, target: "follow-up" },
          ],
          target: "end-failure",
          exemplar:
            "【关于东湖片区拆除房屋问题的情况通报】针对网上关注的东湖片区拆除房屋视频，现将核查情况通报如下：该户户主今年2月已签约，补偿款已到账；老人左前臂擦伤，经医院检查无骨折，已回家休养，“送进ICU”的说法不属实。此前通报中“视频断章取义”的表述不妥，我们予以更正并致歉：当天拆除前没有通知家属、没有清点屋内物品，现场人员未制止，是我们工作中的过错。东湖片区已暂停拆除，拆除公司负责人被约谈并暂停作业资格，街道分管副主任停职检查，市纪委监委已介入。街道正协助家属清点赔偿物品。我们将于明天18时前发布调查进展。\n江滨市住房和城乡建设局",
        },
      ],
      timers: [
        {
          id: "t-media-out",
          label: "截稿前仍无可信回应",
          afterEntry: 480,
          guard: { not: { taskDone: "late-statement" } },
          target: "end-failure",
          effects: { heat: 20 },
        },
      ],
    },
    {
      id: "follow-up",
      title: "通报之后：面对家属，持续发布",
      description:
        "通报已经发出。老人的孙女在网上发了一段长文，获得上万点赞；东湖片区其他住户也在打12345询问自己的补偿。接下来要把“道歉”落到具体行动上：上门看望、清点赔偿、公布调查进展，并在网上回应家属。",
      actions: [
        {
          id: "visit-family",
          label: "会同街道上门看望老人，当面道歉并清点物品",
          cost: 90,
          effects: { heat: -10 },
          feedback:
            "老人拉着工作人员的手说起老屋的来历。家属清点出衣物、遗像等物品，街道当场承诺三天内协商赔偿，并帮老人把遗像找了回来。",
        },
        {
          id: "publish-progress",
          label: "发布调查进展和东湖片区排查情况",
          cost: 30,
          guard: { factKnown: "f-accountability" },
          effects: { heat: -8, publishes: "authoritative" },
          feedback:
            "进展通报公布了排查的未搬离户数和逐户沟通安排，明确“未安置妥当不拆除”。评论区开始讨论补偿标准，而不是“强拆”。",
        },
        {
          id: "answer-residents",
          label: "安排征收办到东湖片区设咨询点，答复12345咨询",
          cost: 60,
          effects: { heat: -5 },
          feedback: "咨询点当天接待41户，重点说明已签协议继续有效、补偿标准不变、拆除前必须通知到户。",
        },
      ],
      tasks: [
        {
          id: "family-reply",
          label: "回应老人孙女的长文",
          taskType: "netizen-reply",
          prompt:
            "以市住建局名义在老人孙女的帖子下公开回复（200字左右）：真诚道歉，回应她提到的具体问题（未通知、物品、奶奶的伤和情绪），说明已经做了和将要做的事、负责人和时间，不要公开家庭成员姓名和住址。",
          message:
            "我是视频里老人的孙女。协议是我爸签的，钱也拿了，这一点我们不否认。可是奶奶舍不得老房子，大家都在慢慢劝她。今天没人跟我们说一声就来拆，奶奶的衣服、爷爷的遗像都还在屋里。她手臂擦伤了，现在整晚睡不着。我们只想要一个说法和一句道歉。",
          respondsTo: "i-family",
          cost: 20,
          deadlineRules: ["YQ-61-other"],
          weights: { empathy: 2, ownership: 1.5 },
          publishes: true,
          branches: [
            {
              guard: {
                all: [
                  { taskScoreAtLeast: { task: "family-reply", min: 70 } },
                  { taskScoreAtLeast: { task: "first-statement", min: 70 } },
                  { actionDone: "visit-family" },
                ],
              },
              target: "end-success",
            },
            { guard: { taskScoreAtLeast: { task: "family-reply", min: 45 } }, target: "end-partial" },
          ],
          target: "end-failure",
          exemplar:
            "您好，看了您的文字，我们很难过，也很惭愧。奶奶舍不得住了几十年的老屋，这份感情本该被好好对待；拆除前没有通知家里、没有等物品清点就动工，是我们的错，在这里向奶奶和您全家郑重道歉。\n今天下午街道和我局同志已上门看望奶奶，爷爷的遗像已经找回，其余物品正在和家里一起清点，三天内协商赔偿。奶奶的伤如需复查，街道安排专人陪同。东湖片区拆除已暂停，今后每一户都会先通知到人、清点到物再动工。调查进展会在明天18时前公布。如您还有什么想法，可以私信我们，我们专人对接。",
        },
      ],
      timers: [
        {
          id: "t-48h",
          label: "48小时回应期结束",
          at: 2880,
          target: "end-partial",
        },
      ],
    },
    {
      id: "end-success",
      title: "结局：认错、澄清、整改，信任慢慢回来",
      description: "舆情平息，整改落地。",
      final: {
        outcome: "success",
        narrative:
          "通报在黄金4小时内发出，既澄清了“没签约”“ICU”两个不实说法，又没有回避拆除前未通知、物品未清点的过错。道歉之后紧跟着暂停拆除、停职检查和上门看望，老人孙女在帖子里回复“谢谢你们来看奶奶”。“强拆”话题的讨论在第二天明显回落，转向对补偿和程序的理性讨论，东湖片区剩余16户中有9户在一周内签约。",
      },
    },
    {
      id: "end-partial",
      title: "结局：事实讲清了，温度不够",
      description: "舆情回落，但信任受损。",
      final: {
        outcome: "partial",
        narrative:
          "不实传言被澄清了，但回应或者来得偏晚，或者对程序过错讲得含糊、对家属的回应缺少具体行动。网上的愤怒降下来了，东湖片区的签约工作却停滞了一个多月，住户们说“签了也怕被这样拆”。稳定风险评估里“拆除前通知到户”这一条，本该在事前就落实。",
      },
    },
    {
      id: "end-failure",
      title: "结局：掩盖比过错更伤公信力",
      description: "舆情失控，问责升级。",
      final: {
        outcome: "failure",
        narrative:
          "“依法拆除、断章取义”的说法，或者长时间的沉默，被家属公布的完整视频击穿。全国性媒体以“江滨强拆调查”为题跟进报道，“ICU”谣言借着官方的失信继续传播。市里不得不二次通报、更换发言人，问责范围从街道扩大到住建局。复盘结论：政府的公信力是无价的，用事实说话，错了就认，切不可存蒙混过关的想法。",
      },
    },
  ],
  reactions: [
    {
      id: "r-high",
      scoreBetween: [75, 100],
      comments: [
        { author: "虞山老街坊", text: "没签约是谣言，没通知是事实，都说清楚了，这个态度可以。" },
        { author: "东湖钱家孙女", text: "谢谢你们今天来看奶奶，遗像找到了。" },
        { author: "江滨老K", text: "认错、停职、暂停拆除，说到做到再给你们点赞。" },
        { author: "路过的网友", text: "ICU那个谣言可以删了吧。" },
        { author: "东湖住户", text: "以后拆之前先通知到人，这条一定要落实。" },
      ],
    },
    {
      id: "r-mid",
      scoreBetween: [50, 74],
      comments: [
        { author: "虞山老街坊", text: "道歉是道歉了，那老人的东西怎么赔？" },
        { author: "东湖住户", text: "我们这些还没搬的会不会也这样？" },
        { author: "路过的网友", text: "停职检查之后呢？等结果。" },
        { author: "江滨真相哥", text: "先看后续吧。" },
      ],
    },
    {
      id: "r-low",
      scoreBetween: [0, 49],
      comments: [
        { author: "东湖住户", text: "通篇在说签了协议，老人被抬出来就不是问题了？" },
        { author: "江滨老K", text: "避重就轻，看完更生气了。" },
        { author: "路过的网友", text: "一句道歉都没有。" },
        { author: "虞山老街坊", text: "就这？" },
        { author: "江滨真相哥", text: "官方越这样，越说明有问题。" },
      ],
    },
    {
      id: "r-officialese",
      findingCodes: ["officialese.empty"],
      comments: [
        { author: "虞山老街坊", text: "“高度重视、依法依规、妥善处置”，官话套话，说了等于没说。" },
        { author: "路过的网友", text: "老人到底怎么样了，一句没说。" },
        { author: "东湖住户", text: "妥善处置是怎么处置？" },
        { author: "网友6601", text: "模板式通报。" },
      ],
    },
    {
      id: "r-buck",
      findingCodes: ["ownership.buck-passing"],
      comments: [
        { author: "东湖住户", text: "又在踢皮球，推给拆除公司就完了？" },
        { author: "江滨老K", text: "拆除公司是谁请的？街道不担责？" },
        { author: "路过的网友", text: "“第三方施工”四个字真好用。" },
        { author: "虞山老街坊", text: "出了事都是临时工和第三方。" },
      ],
    },
    {
      id: "r-hostile",
      findingCodes: ["hostility.labelling", "hostility.threat"],
      comments: [
        { author: "东湖钱家孙女", text: "我们只是要一句道歉，就成了“不明真相”？" },
        { author: "路过的网友", text: "先威胁拍视频的人，这操作绝了。" },
        { author: "虞山老街坊", text: "老百姓说句话就是“别有用心”？" },
        { author: "江滨老K", text: "截图保存，这种话也敢发。" },
      ],
    },
    {
      id: "r-unverified",
      findingCodes: ["factualCaution.unverified-claim"],
      comments: [
        { author: "较真的网友", text: "调查还没结束就说“不存在暴力”？" },
        { author: "江滨真相哥", text: "话说这么满，等着被打脸。" },
        { author: "路过的网友", text: "完整视频出来之前，别急着定性。" },
        { author: "虞山老街坊", text: "没查清的先别下结论。" },
      ],
    },
    {
      id: "r-next-update",
      findingCodes: ["factualCaution.next-update"],
      comments: [
        { author: "虞山老街坊", text: "明天18点见，看调查进展。" },
        { author: "东湖住户", text: "写了什么时候再通报，这点可以。" },
        { author: "路过的网友", text: "先等等后续。" },
        { author: "江滨老K", text: "持续发布，别发一条就没下文。" },
      ],
    },
    {
      id: "r-privacy",
      findingCodes: ["privacy.phone", "privacy.name", "privacy.address"],
      comments: [
        { author: "东湖钱家孙女", text: "为什么要把我家人的名字写出来？" },
        { author: "路过的网友", text: "怎么把人家电话都公开了？" },
        { author: "较真的网友", text: "当事人隐私要保护，这是基本常识。" },
        { author: "虞山老街坊", text: "回应就回应，别把人家信息挂出来。" },
      ],
    },
  ],
  spread: { population: 400000, seeds: 25 },
} satisfies ScenarioDefinition;

export default scenario;
