import type { ScenarioDefinition } from "../format.ts";

const scenario = {
  schemaVersion: 1,
  id: "medical-reform-presser",
  version: 1,
  title: "综合医改网上新闻发布会：三位网友的提问",
  summary:
    "江滨市政府网站今天14时举行综合医改网上新闻发布会。上午，“医保个人账户被取消、钱被收走”的说法在网上流传。你是市卫健委主任（与医保局同志共同出席），作为政策第一解读人，要在会前核准数据，会上逐一回答网友关于门诊共济、医共体和检查结果互认的提问，会后看网上反响。",
  category: "policy",
  competencies: ["policy", "crisis"],
  difficulty: 2,
  estimatedMinutes: 20,
  maxSimMinutes: 1440,
  setting: "江滨市",
  startStage: "prep",
  deadlines: [{ ruleId: "GOLDEN-4H", from: 60 }],
  facts: [
    {
      id: "f-reform",
      text: "今年综合医改的三项重点：紧密型县域医共体建设、职工医保门诊共济保障、医疗机构检查检验结果互认。",
      verified: true,
      initiallyKnown: true,
    },
    {
      id: "f-questions",
      text: "发布会征集到网友提问312条：个人账户“变少”占38%，在乡镇卫生院看病能否看好占24%，换医院重复检查占19%，其他占19%。",
      verified: true,
    },
    {
      id: "f-account",
      text: "职工医保门诊共济：在职职工个人缴纳的2%仍全部划入个人账户，单位缴费部分不再划入，转入统筹基金，用于报销普通门诊费用；普通门诊起付线800元，在一级、二级医院报销60%、在三级医院报销50%，年度限额3000元；个人账户可用于配偶、父母、子女看病购药。",
      verified: true,
    },
    {
      id: "f-account-example",
      text: "医保局测算：一位月工资6000元的在职职工，个人账户每月少划入约138元，但一年内普通门诊花费超过800元的部分可以报销，全市去年有约31%的参保职工门诊费用超过起付线。",
      verified: true,
    },
    {
      id: "f-ygt",
      text: "全市组建3个紧密型医共体，2023年市级医院下派专家126名，在12个乡镇卫生院每周固定坐诊；基层就诊率由58%提高到65%；卫生院看不了的病通过医共体绿色通道转诊，不需重新挂号排队。",
      verified: true,
    },
    {
      id: "f-mutual",
      text: "自今年3月起，全市二级以上医院和医共体内47项检查检验结果互认，影像资料通过“江滨云影像”平台调阅；病情变化确需复查的，医生须向患者说明理由并记入病历。",
      verified: true,
    },
    { id: "f-rumour-account", text: "网传：医保个人账户被取消，卡里的钱要被收走。", verified: false },
  ],
  injects: [
    {
      id: "i-office",
      channel: "instruction",
      at: 0,
      author: "市政府办公室",
      authorNote: "上级指示",
      text: "综合医改网上新闻发布会今天14时在政府网站举行，卫健委主任作为第一解读人，医保局副局长共同出席。请重点回应网友最关心的问题，数据以会前核准的为准，答问要通俗，不要念稿子。",
    },
    {
      id: "i-medicare-call",
      channel: "phone",
      at: 30,
      author: "市医保局待遇保障科",
      text: "个人账户这个问题网上误解很大。我们有一个测算：月工资6000元的职工每月少划138元左右，但门诊能报销了。数据我发您，发布会上可以直接用。",
    },
    {
      id: "i-rumour",
      channel: "feed",
      at: 60,
      author: "江滨打工人",
      authorNote: "网友",
      text: "医保个人账户要取消了！卡里的钱都要被收走，赶紧去药店把钱花掉！我这个月卡里少了一百多，就是证据！",
      metrics: { reposts: 2300, comments: 1500, likes: 1800, views: 190000 },
      rumour: true,
    },
    {
      id: "i-letter",
      channel: "mailbox",
      at: 90,
      author: "一位退休教师",
      title: "医保卡里的钱为什么少了",
      text: "主任您好：我退休八年，医保卡每月进账一直是固定的，最近听邻居说以后都不打钱了，药店门口排了长队。我有高血压和糖尿病，每个月都要配药，请问对我们退休的有没有影响？",
    },
    {
      id: "i-preview",
      channel: "news",
      at: 150,
      author: "江滨日报",
      text: "我们将直播今天下午的医改发布会，并在“江滨新闻”客户端开设网友留言区。请问发布会能否现场回应“个人账户取消”的传言？",
    },
    {
      id: "i-q-account",
      channel: "feed",
      at: 240,
      author: "网友“开发区小林”",
      authorNote: "发布会留言区",
      text: "我在开发区上班，这个月医保卡进账从两百多变成了一百多，是不是个人账户要取消了？钱少了，我们职工到底是吃亏还是占便宜？",
      metrics: { likes: 860, comments: 120 },
    },
    {
      id: "i-q-township",
      channel: "feed",
      at: 245,
      author: "网友“白塔卫生院常客”",
      authorNote: "发布会留言区",
      text: "一直说要让我们在家门口看病，可是乡镇卫生院医生少、药也不全，看不好还是要跑市里。医共体到底给我们镇上带来了什么？",
      metrics: { likes: 540, comments: 70 },
    },
    {
      id: "i-q-tests",
      channel: "feed",
      at: 250,
      author: "网友“带娃跑医院的爸爸”",
      authorNote: "发布会留言区",
      text: "上个月孩子在中医院拍了片子，转到第一人民医院又让重新拍，说是规定。不是说检查结果互认吗？为什么还要重复检查？",
      metrics: { likes: 610, comments: 95 },
    },
    {
      id: "i-after",
      channel: "news",
      when: { actionDone: "publish-transcript" },
      author: "江滨日报",
      text: "发布会文字实录和问答已在客户端推送，阅读量超过12万。关于个人账户的问答被多个本地账号转载。",
    },
  ],
  stages: [
    {
      id: "prep",
      title: "发布会前：核准数据，准备答问",
      description:
        "距离14时的发布会还有4个小时。网上正流传“医保个人账户被取消”，药店门口出现排队。你要在会前弄清网友最关心什么、每个问题的准确数据和通俗说法。发布会到点就开始，不会等你。",
      actions: [
        {
          id: "collect-questions",
          label: "梳理网友征集的提问",
          cost: 45,
          reveals: ["f-questions"],
          feedback:
            "312条提问中，个人账户“变少”占38%，卫生院能否看好病占24%，重复检查占19%。三个问题都要准备。",
        },
        {
          id: "check-account",
          label: "与医保局核对门诊共济政策和测算",
          cost: 40,
          reveals: ["f-account", "f-account-example"],
          feedback:
            "核对完成：个人缴纳的2%仍划入个人账户，单位部分转入统筹用于门诊报销；有一个月薪6000元职工的测算可以直接用。",
        },
        {
          id: "check-ygt",
          label: "核对医共体建设数据",
          cost: 30,
          reveals: ["f-ygt"],
          feedback: "3个医共体、126名下派专家、基层就诊率58%到65%，转诊绿色通道不需重新排队。",
        },
        {
          id: "check-mutual",
          label: "核对检查检验结果互认规定",
          cost: 20,
          reveals: ["f-mutual"],
          feedback: "47项检查检验互认，影像可在云平台调阅；确需复查的，医生须说明理由并写进病历。",
        },
        {
          id: "early-rebuttal",
          label: "会前先由医保局发布简短说明：“个人账户没有取消”",
          cost: 20,
          guard: { factKnown: "f-account" },
          effects: { heat: -10, publishes: "authoritative" },
          satisfies: ["GOLDEN-4H"],
          feedback: "简短说明附上了“个人缴纳部分照常划入”的解释，药店排队有所缓解，发布会前的情绪降了一些。",
        },
        {
          id: "start-early",
          label: "准备就绪，进入发布会",
          cost: 10,
          feedback: "发布会开始，主持人介绍出席人员，网友提问陆续进入留言区。",
          target: "live",
        },
      ],
      timers: [
        {
          id: "t-showtime",
          label: "14时，发布会开始",
          at: 240,
          target: "live",
        },
      ],
    },
    {
      id: "live",
      title: "发布会进行中：逐一回答网友提问",
      description:
        "发布会正在直播，主持人从留言区选出三个点赞最多的问题请你回答。每个回答都会被截图、转载，要做到口语化、有数据、讲清“对我有什么影响”，不能念文件。发布会计划时长两小时。",
      tasks: [
        {
          id: "q-account",
          label: "回答：个人账户为什么变少了",
          taskType: "press-answer",
          prompt:
            "回答网友“开发区小林”的提问（200字左右）：讲清个人账户变化的原因、职工得到了什么（门诊报销）、举一个算账的例子，并澄清“个人账户被取消”的说法。",
          message:
            "这个月医保卡进账从两百多变成了一百多，是不是个人账户要取消了？钱少了，我们职工到底是吃亏还是占便宜？",
          respondsTo: "i-q-account",
          cost: 20,
          deadlineRules: ["GOLDEN-4H"],
          weights: { clarity: 1.5, specificity: 1.5 },
          publishes: true,
          branches: [
            {
              guard: {
                all: [{ taskDone: "q-account" }, { taskDone: "q-township" }, { taskDone: "q-tests" }],
              },
              target: "wrapup",
            },
          ],
          exemplar:
            "您好，谢谢小林的提问，这也是大家问得最多的问题。先说结论：个人账户还在，您自己缴的那2%一分不少，照样划进个人账户。变化在于单位缴的那部分，以前也划进个人账户，现在放进了大家共用的统筹基金，用来报销普通门诊。\n算笔账：月工资6000元的职工，个人账户每月大约少进138元，一年1600多元。但现在一年里普通门诊花费超过800元的部分，在一二级医院能报60%，最多报3000元。平时身体好的，个人账户还能给父母、配偶、子女看病买药用。去年全市约三成职工门诊费用超过了800元，这部分人得到的实惠更明显。所以不用去药店“突击花钱”，卡里的钱不会被收走。门诊报销在定点医院结算时直接减免，不用自己跑腿；如果对自己的账户有疑问，可以拨打市医保局咨询电话0512-5218 6630或12345，我们逐一帮您查。",
        },
        {
          id: "q-township",
          label: "回答：医共体给镇上带来了什么",
          taskType: "press-answer",
          prompt:
            "回答网友“白塔卫生院常客”的提问（200字左右）：承认基层的短板，用具体数据讲医共体带来了什么变化，看不好的病怎么转、转了还要不要重新排队，以及接下来的安排。",
          message:
            "一直说要让我们在家门口看病，可是乡镇卫生院医生少、药也不全，看不好还是要跑市里。医共体到底给我们镇上带来了什么？",
          respondsTo: "i-q-township",
          cost: 20,
          deadlineRules: [],
          weights: { specificity: 1.5 },
          publishes: true,
          branches: [
            {
              guard: {
                all: [{ taskDone: "q-account" }, { taskDone: "q-township" }, { taskDone: "q-tests" }],
              },
              target: "wrapup",
            },
          ],
          exemplar:
            "您好，谢谢您的提问。您说的情况确实存在，卫生院医生少、药不全，是我们一直在补的短板。医共体就是让市里的大医院和卫生院成为“一家人”。去年市级医院下派了126名专家，在包括白塔在内的12个乡镇卫生院每周固定坐诊，坐诊时间在卫生院门口和“健康江滨”公众号都能查到。卫生院的药品目录也和市级医院统一了，常用的慢病药在镇上就能配。卫生院看不了的病，医生通过医共体绿色通道直接帮您预约市里的专家，不用重新挂号排队。全市在基层看病的比例已经从58%提高到65%。今年6月底前，卫健委还会给每个卫生院配一名市级医院的常驻科室主任。对在卫生院看病有意见，可以拨打卫健委基层卫生科电话0512-5218 6610。",
        },
        {
          id: "q-tests",
          label: "回答：为什么换医院还要重复检查",
          taskType: "press-answer",
          prompt:
            "回答网友“带娃跑医院的爸爸”的提问（200字左右）：说明互认的范围和规则，哪些情况可以要求不重复检查、哪些情况医生可以复查，遇到不合理的重复检查怎么反映。",
          message:
            "上个月孩子在中医院拍了片子，转到第一人民医院又让重新拍，说是规定。不是说检查结果互认吗？为什么还要重复检查？",
          respondsTo: "i-q-tests",
          cost: 20,
          deadlineRules: [],
          weights: { specificity: 1.5, ownership: 1.5 },
          publishes: true,
          branches: [
            {
              guard: {
                all: [{ taskDone: "q-account" }, { taskDone: "q-township" }, { taskDone: "q-tests" }],
              },
              target: "wrapup",
            },
          ],
          exemplar:
            "您好，谢谢这位爸爸，孩子来回拍片子，家长心疼，我们理解。从今年3月起，全市二级以上医院和医共体内有47项检查检验结果互认，X光、CT等影像都在里面，医生可以通过“江滨云影像”平台直接调阅在别的医院拍的片子。所以“规定要重新拍”这种说法是不对的。当然，如果孩子病情有变化，医生确实需要复查，但必须向家长说明理由并写进病历。您遇到的情况，请把就诊时间和科室告诉12345或卫健委医政科0512-5218 6620，我们会去核查，如果是不合理的重复检查，会退还费用并通报医院。",
        },
      ],
      timers: [
        {
          id: "t-presser-end",
          label: "发布会结束",
          afterEntry: 120,
          target: "wrapup",
        },
      ],
    },
    {
      id: "wrapup",
      title: "会后：网上反响与持续发布",
      description:
        "发布会结束了，答问截图开始在本地账号流传。第一解读人的工作还没完：把问答实录发布出来，回复留言区里没来得及回答的问题，然后看网上的反响。",
      actions: [
        {
          id: "publish-transcript",
          label: "发布问答实录，并在留言区回复未答问题",
          cost: 60,
          effects: { heat: -5, publishes: "authoritative" },
          feedback: "问答实录和一张“个人账户怎么算”的图解一起发布，留言区的追问由卫健委、医保局分工回复。",
          branches: [
            {
              guard: {
                all: [
                  { taskScoreAtLeast: { task: "q-account", min: 70 } },
                  { taskScoreAtLeast: { task: "q-township", min: 60 } },
                  { taskScoreAtLeast: { task: "q-tests", min: 60 } },
                ],
              },
              target: "end-success",
            },
            { guard: { taskScoreAtLeast: { task: "q-account", min: 50 } }, target: "end-partial" },
          ],
          target: "end-failure",
        },
      ],
      timers: [
        {
          id: "t-review-good",
          label: "会后舆情研判",
          afterEntry: 240,
          guard: { taskScoreAtLeast: { task: "q-account", min: 50 } },
          target: "end-partial",
        },
        {
          id: "t-review",
          label: "会后舆情研判",
          afterEntry: 241,
          target: "end-failure",
        },
      ],
    },
    {
      id: "end-success",
      title: "结局：把医改讲进了群众心里",
      description: "第一解读人履职到位。",
      final: {
        outcome: "success",
        narrative:
          "会前核准了数据，会上三个回答都用了群众听得懂的话：个人账户“您缴的一分不少”、一笔138元换来门诊报销的账、126名专家在哪坐诊、重复检查找谁反映。“个人账户被取消”的帖子在发布会后转发明显回落，药店排队散了。问答实录被多个本地账号转载，这场发布会被市政府办作为“第一解读人”示范案例。",
      },
    },
    {
      id: "end-partial",
      title: "结局：讲了政策，没讲透账",
      description: "发布会平稳，效果有限。",
      final: {
        outcome: "partial",
        narrative:
          "发布会平稳完成，但部分回答偏向念政策，缺少具体的数字和“对我有什么影响”，或者会后没有及时发布实录、回复留言。“个人账户被取消”的说法少了，“钱少了是不是吃亏”的疑问还在。12345在接下来一周仍接到大量相同的咨询，需要再做一次专题解读。",
      },
    },
    {
      id: "end-failure",
      title: "结局：发布会没有回答群众的问题",
      description: "解读失效，误解加深。",
      final: {
        outcome: "failure",
        narrative:
          "三位网友的问题，得到的是“深化医改、惠民利民”之类的表述，或者干脆没有回答。发布会截图被配上“问东答西”的文字转发，药店门口的排队又持续了几天，退休人员涌向医保窗口询问。政策本身有实惠，但第一解读人没有把账算给群众听，误解反而加深了。",
      },
    },
  ],
  reactions: [
    {
      id: "r-high",
      scoreBetween: [75, 100],
      comments: [
        { author: "开发区小林", text: "原来我自己缴的没少，单位那部分拿去报门诊了，这么一算明白了。" },
        { author: "白塔卫生院常客", text: "专家坐诊时间能查到就好，下周去看看。" },
        { author: "带娃跑医院的爸爸", text: "已经打电话反映了，谢谢主任。" },
        { author: "退休老王", text: "不用去药店抢着花钱了，转给老伙计们看看。" },
        { author: "江滨日报", text: "这场发布会干货满满。" },
      ],
    },
    {
      id: "r-mid",
      scoreBetween: [50, 74],
      comments: [
        { author: "开发区小林", text: "大概懂了，那门诊报销怎么申请？" },
        { author: "退休老王", text: "退休的到底有没有影响，还是没说清。" },
        { author: "白塔卫生院常客", text: "说得挺好，看实际效果吧。" },
        { author: "路过的网友", text: "能不能出个图解？" },
      ],
    },
    {
      id: "r-low",
      scoreBetween: [0, 49],
      comments: [
        { author: "开发区小林", text: "问的是钱为什么少了，答的是改革意义。" },
        { author: "江滨打工人", text: "果然没正面回答，懂了。" },
        { author: "带娃跑医院的爸爸", text: "我的问题等于没回答。" },
        { author: "退休老王", text: "听完更糊涂了。" },
      ],
    },
    {
      id: "r-officialese",
      findingCodes: ["officialese.empty", "officialese.platitude"],
      comments: [
        { author: "开发区小林", text: "“深化改革、惠民利民”，官话套话，说了等于没说。" },
        { author: "路过的网友", text: "念稿子谁不会啊。" },
        { author: "白塔卫生院常客", text: "能说点我们听得懂的吗？" },
        { author: "退休老王", text: "一个数字都没有。" },
      ],
    },
    {
      id: "r-buck",
      findingCodes: ["ownership.buck-passing"],
      comments: [
        { author: "带娃跑医院的爸爸", text: "又在踢皮球，“具体请咨询医院”？" },
        { author: "开发区小林", text: "卫健委说问医保，医保说问单位。" },
        { author: "路过的网友", text: "发布会上都推来推去。" },
        { author: "白塔卫生院常客", text: "那开这个会干什么。" },
      ],
    },
    {
      id: "r-next-update",
      findingCodes: ["factualCaution.next-update"],
      comments: [
        { author: "退休老王", text: "说了后面还有图解，等着。" },
        { author: "开发区小林", text: "有具体的办理指南再发一下就好了。" },
        { author: "路过的网友", text: "持续更新这点不错。" },
        { author: "白塔卫生院常客", text: "坐诊表出来了记得公布。" },
      ],
    },
  ],
  spread: { population: 500000, seeds: 20 },
} satisfies ScenarioDefinition;

export default scenario;
