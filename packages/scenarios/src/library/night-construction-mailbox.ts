import type { ScenarioDefinition } from "../format.ts";

const scenario = {
  schemaVersion: 1,
  id: "night-construction-mailbox",
  version: 1,
  title: "市长信箱来信：工地夜夜施工到凌晨",
  summary:
    "枫林苑小区一位居民给市长信箱写信：隔壁“滨江壹号”工地连续多个晚上施工到凌晨两三点，孩子高三、老人失眠，打过几次电话都没用。你是市城市管理局（综合行政执法局）的承办人，要在24小时内受理回复，查清夜间施工是否合规，推动整改，在7个工作日内公开答复并复查回访。",
  category: "netizen-reply",
  competencies: ["netizen-reply", "appeal"],
  difficulty: 1,
  estimatedMinutes: 15,
  maxSimMinutes: 20160,
  setting: "江滨市",
  startStage: "letter",
  deadlines: [{ ruleId: "HL-GBT33358-mailbox" }, { ruleId: "LOCAL-wzwz-complaint" }],
  facts: [
    {
      id: "f-letter",
      text: "来信反映：琴川街道“滨江壹号”工地连续多晚施工到凌晨，混凝土泵车和渣土车噪声很大，影响枫林苑居民休息。",
      verified: true,
      initiallyKnown: true,
    },
    {
      id: "f-permit",
      text: "住建局记录：该工地只在3月12日至14日取得了3个晚上的夜间连续浇筑许可；3月15日以后的夜间施工均未经许可。",
      verified: true,
    },
    {
      id: "f-noise",
      text: "夜间检测：3月20日23时40分，在枫林苑靠近工地一侧测得噪声68分贝，超过夜间55分贝的标准；现场有泵车作业和渣土车进出。",
      verified: true,
    },
    {
      id: "f-commitment",
      text: "约谈结果：施工单位承诺22时至次日6时停止产生噪声的作业；渣土车改走江滨大道北侧出口；3月28日前在靠近枫林苑一侧加装6米高隔音屏；项目经理手机24小时可接居民反映。",
      verified: true,
    },
    {
      id: "f-penalty",
      text: "城管局对施工单位未经许可夜间施工的行为立案调查，依据《中华人民共和国噪声污染防治法》拟处罚款，并将夜间巡查频次提高到每晚一次，持续一个月。",
      verified: true,
    },
    { id: "f-claim-permit", text: "施工单位称“我们有夜间施工许可”。", verified: false },
  ],
  injects: [
    {
      id: "i-letter",
      channel: "mailbox",
      at: 0,
      author: "枫林苑居民",
      title: "滨江壹号工地天天半夜施工，我们还睡不睡觉了",
      text: "市长您好！我家住枫林苑，和滨江壹号工地就隔一条路。从上周开始，工地每天晚上都干到凌晨两三点，泵车轰轰响，渣土车进进出出，窗户关上也没用。我儿子今年高三，晚上睡不好白天上课打瞌睡；我母亲七十多了，已经连着一个礼拜吃安眠药。我们打过工地电话，也打过12345，工地说“有许可”，然后照干不误。请问半夜施工到底有没有人管？希望尽快解决。",
    },
    {
      id: "i-mailbox-office",
      channel: "instruction",
      at: 60,
      author: "市长信箱办公室",
      authorNote: "督办",
      text: "该件转你局办理。请于24小时内在信箱受理回复，7个工作日内办结并公开答复；涉及其他部门的，由你局牵头协调，不得退回。",
    },
    {
      id: "i-video",
      channel: "feed",
      at: 300,
      author: "枫林苑业主",
      text: "凌晨1点20分，滨江壹号还在浇混凝土，手机测了一下75分贝。已经第八天了。#江滨# #扰民#",
      metrics: { reposts: 180, comments: 260, likes: 740, views: 31000 },
    },
    {
      id: "i-zhujian",
      channel: "phone",
      when: { actionDone: "check-permit" },
      author: "市住建局建筑管理科",
      text: "滨江壹号只在3月12到14日批了三个晚上的连续浇筑，后面的没有报批。他们说“有许可”是拿旧的许可糊弄居民。执法这块你们牵头，我们配合约谈。",
    },
    {
      id: "i-ticket",
      channel: "ticket",
      at: 1500,
      author: "市便民服务中心（12345）",
      title: "工地夜间施工扰民（重复反映）",
      text: "来电人称住枫林苑12幢，滨江壹号工地夜里施工，已经反映过两次，问到底谁来管。",
      ticket: {
        ticketNo: "JB12345-20240321-1502",
        caller: "冯志刚",
        phone: "13606238815",
        category: "投诉·噪声扰民",
        address: "琴川街道枫林苑12幢",
        acceptedAt: "3月21日 14:10",
        timeLimit: "13个工作日",
      },
    },
    {
      id: "i-bounce",
      channel: "feed",
      when: { actionDone: "buck-reply" },
      author: "枫林苑业主",
      text: "市长信箱回复说夜间施工许可归住建局，让我去找住建局；住建局说执法归城管。转了一圈，今晚泵车照样响。",
      metrics: { reposts: 420, comments: 610, likes: 1900 },
    },
    {
      id: "i-contractor",
      channel: "phone",
      when: { actionDone: "talk-contractor" },
      author: "滨江壹号项目经理",
      text: "我们确实赶6月交付的节点，晚上浇混凝土是为了避开白天交通管制。但扰民是事实，我们接受整改，晚上十点以后不再作业。",
    },
    {
      id: "i-media",
      channel: "news",
      when: { all: [{ timeAtLeast: 4320 }, { not: { actionDone: "talk-contractor" } }] },
      author: "江滨日报民生热线",
      text: "我们收到多位枫林苑居民反映滨江壹号夜间施工问题，记者今晚将到现场暗访，请问执法部门是否已介入？",
    },
  ],
  stages: [
    {
      id: "letter",
      title: "来信到达：24小时内受理回复",
      description:
        "市长信箱办公室把来信转到你局，要求24小时内受理回复。来信人已经试过打工地电话和12345，信里的关键句是“到底有没有人管”。先回复她“有人管、谁在管、什么时候有结果”，再去查许可、测噪声。",
      actions: [
        {
          id: "check-permit",
          label: "向住建局查询该工地夜间施工许可",
          cost: 30,
          reveals: ["f-permit"],
          feedback:
            "住建局：只批了3月12日至14日三个晚上，3月15日以后的夜间施工都没有许可。工地说的“有许可”站不住。",
        },
        {
          id: "buck-reply",
          label: "在信箱回复“夜间施工许可由住建局负责，请向住建局反映”",
          cost: 15,
          effects: { heat: 15, publishes: "evasive" },
          feedback:
            "来信人在网上发帖“转了一圈，泵车照样响”，帖子被大量转发。市长信箱办公室提醒：转办件由承办单位牵头，不得推诿。",
        },
        {
          id: "night-inspection",
          label: "当晚带噪声检测仪到现场检测取证",
          cost: 240,
          reveals: ["f-noise"],
          feedback:
            "23时40分测得68分贝，超夜间标准13分贝；现场泵车作业、渣土车进出，执法队员已拍照录像并责令当晚停工。",
          target: "handling",
        },
      ],
      tasks: [
        {
          id: "ack-reply",
          label: "在市长信箱发布受理回复",
          taskType: "netizen-reply",
          prompt:
            "在市长信箱公开回复来信人（150字左右）：表示理解和歉意，说明由你局牵头办理，写明今晚或明晚将做什么、几天内给出结果，以及可以联系谁。不要公开来信人的姓名、楼号和电话。",
          message:
            "滨江壹号工地每天晚上都干到凌晨两三点，泵车轰轰响，渣土车进进出出。儿子高三睡不好，母亲七十多连着一个礼拜吃安眠药。打过工地电话也打过12345，工地说“有许可”，照干不误。半夜施工到底有没有人管？",
          respondsTo: "i-letter",
          cost: 15,
          deadlineRules: ["HL-GBT33358-mailbox"],
          weights: { ownership: 2, empathy: 1.5 },
          publishes: true,
          exemplar:
            "您好，来信收到。滨江壹号工地连续一周半夜施工，泵车和渣土车的噪声让孩子备考、老人失眠，换谁都受不了，让您反复打电话反映，我们很抱歉。这件事由市城市管理局牵头办理，住建局配合。今晚我们的执法队员会带检测仪到工地和枫林苑之间现场检测，如发现违规夜间施工将当场责令停止。核查和整改情况我们会在3月27日前在这里公开答复。办理期间如夜里仍有施工，请直接拨打城管24小时值班电话0512-5218 9900，我们会派人到场。",
        },
      ],
      timers: [
        {
          id: "t-slow",
          label: "两天仍未到现场核查",
          at: 2880,
          target: "handling",
          effects: { heat: 15 },
        },
      ],
    },
    {
      id: "handling",
      title: "核查与整改：把“有人管”落到实处",
      description:
        "问题已经摆在面前：工地只有3天许可，却连续施工了一周多。接下来要约谈施工单位拿出可核查的整改措施，依法处理违规行为，并在7个工作日内公开答复来信人。",
      actions: [
        {
          id: "talk-contractor",
          label: "会同住建局约谈施工单位",
          cost: 90,
          reveals: ["f-commitment"],
          effects: { heat: -10 },
          feedback:
            "施工单位承诺：22时后停止产生噪声的作业，渣土车改道，3月28日前加装6米隔音屏，项目经理手机24小时接听居民反映。",
        },
        {
          id: "file-case",
          label: "对未经许可夜间施工立案调查，加密夜间巡查",
          cost: 60,
          reveals: ["f-penalty"],
          feedback: "已立案调查，拟依法处以罚款；执法中队每晚巡查一次，持续一个月。",
        },
      ],
      tasks: [
        {
          id: "final-reply",
          label: "在市长信箱公开答复办理结果",
          taskType: "netizen-reply",
          prompt:
            "撰写公开答复（250字左右）：查明的情况（许可期限、检测数据）、已采取的措施（停工、约谈、处罚、巡查）、施工单位的整改承诺和完成时间、夜里再被吵到怎么办、回访安排。语言平实，不要堆砌“高度重视”。",
          message:
            "滨江壹号工地连续多晚施工到凌晨，工地称“有许可”；来信人问半夜施工到底有没有人管，希望尽快解决。",
          respondsTo: "i-letter",
          cost: 30,
          deadlineRules: ["LOCAL-wzwz-complaint"],
          weights: { specificity: 2, ownership: 1.5 },
          publishes: true,
          target: "recheck",
          exemplar:
            "您好，现将您反映的滨江壹号工地夜间施工问题办理情况答复如下：\n经向住建局核实，该工地只取得3月12日至14日三个晚上的夜间连续浇筑许可，3月15日以后的夜间施工均未经许可。工地所说的“有许可”，指的只是那三个晚上。3月20日23时40分，我局在枫林苑一侧测得噪声68分贝，超过夜间55分贝的标准，当晚已责令停工。\n3月21日，我局会同住建局约谈施工单位，对方承诺：每天22时至次日6时不再进行产生噪声的作业；渣土车改走江滨大道北侧出口；3月28日前在靠近枫林苑一侧加装6米高隔音屏。对前期违规夜间施工，我局已立案调查，将依法处罚。一个月内执法队员每晚到现场巡查。\n如夜间仍有施工噪声，请拨打城管24小时值班电话0512-5218 9900，我们30分钟内到场。3月29日我们会再做一次夜间检测并电话回访您。给您和家人带来的困扰，再次表示歉意。\n江滨市城市管理局",
        },
      ],
      timers: [
        {
          id: "t-overdue",
          label: "超过办理时限仍未答复",
          afterEntry: 10080,
          target: "end-failure",
          effects: { heat: 15 },
        },
      ],
    },
    {
      id: "recheck",
      title: "复查与回访：整改是否真的落地",
      description:
        "答复已公开。承诺的隔音屏、渣土车改道和22时停工，要靠夜间复查来验证；回访来信人，听听她家这几晚睡得怎么样。",
      actions: [
        {
          id: "callback",
          label: "电话回访来信人",
          cost: 20,
          feedback: "来信人说这三晚十点以后基本安静了，孩子能睡个整觉。她还问隔音屏什么时候装好。",
        },
        {
          id: "night-recheck",
          label: "夜间复查噪声与隔音屏安装情况",
          cost: 240,
          feedback: "复查：隔音屏已安装完毕，23时测得枫林苑一侧噪声49分贝，符合夜间标准；渣土车已改道。",
          branches: [
            {
              guard: {
                all: [
                  { taskScoreAtLeast: { task: "final-reply", min: 70 } },
                  { actionDone: "talk-contractor" },
                  { actionDone: "callback" },
                  { not: { actionDone: "buck-reply" } },
                ],
              },
              target: "end-success",
            },
            { guard: { taskScoreAtLeast: { task: "final-reply", min: 45 } }, target: "end-partial" },
          ],
          target: "end-failure",
        },
      ],
      timers: [
        {
          id: "t-no-recheck",
          label: "答复后迟迟未复查",
          afterEntry: 4320,
          target: "end-partial",
        },
      ],
    },
    {
      id: "end-success",
      title: "结局：夜里安静了，来信人“非常满意”",
      description: "件件有回音，事事有着落。",
      final: {
        outcome: "success",
        narrative:
          "受理回复在24小时内发出，写明了谁负责、何时到场；现场检测拿到了超标数据，约谈和立案让“有许可”的说法不攻自破。公开答复把许可期限、噪声数据、整改时间和值班电话一一写清，复查数据达标后你又回访了来信人。她在信箱留言“孩子终于能睡个好觉了”，评价为“非常满意”。",
      },
    },
    {
      id: "end-partial",
      title: "结局：问题缓解，过程不够到位",
      description: "整改落地，但沟通或闭环有缺口。",
      final: {
        outcome: "partial",
        narrative:
          "夜间施工基本停了，但过程中有明显的扣分点：受理回复来得晚、答复缺少具体数据和时间，或者答复之后没有复查回访。来信人的评价是“基本满意”，她说“最后是解决了，但我一直不知道你们到底做了什么”。",
      },
    },
    {
      id: "end-failure",
      title: "结局：转来转去，泵车照响",
      description: "诉求没有得到解决。",
      final: {
        outcome: "failure",
        narrative:
          "来信在部门之间转了一圈，答复要么超期，要么只有一句“已转相关部门”。工地照常夜间施工，居民把经历发到网上，“城管说找住建，住建说找城管”的帖子被本地媒体引用，市长信箱办公室对你局发出督办通报。来信人的评价是“非常不满意”。",
      },
    },
  ],
  reactions: [
    {
      id: "r-high",
      scoreBetween: [75, 100],
      comments: [
        { author: "枫林苑业主", text: "回复得很实在，今晚看看还吵不吵。" },
        { author: "枫林苑12幢", text: "原来只批了三天，难怪，支持处罚。" },
        { author: "路过的网友", text: "有值班电话、有时间，像样的回复。" },
        { author: "高三家长", text: "谢谢，孩子这几天终于能睡了。" },
      ],
    },
    {
      id: "r-mid",
      scoreBetween: [50, 74],
      comments: [
        { author: "枫林苑业主", text: "说会处理，处理到什么程度？" },
        { author: "枫林苑12幢", text: "隔音屏哪天装？" },
        { author: "路过的网友", text: "比“已转办”强一点。" },
        { author: "高三家长", text: "先看效果吧。" },
      ],
    },
    {
      id: "r-low",
      scoreBetween: [0, 49],
      comments: [
        { author: "枫林苑业主", text: "回复了等于没回复，今晚照样吵。" },
        { author: "枫林苑12幢", text: "又是“加强监管”，监管在哪？" },
        { author: "路过的网友", text: "这种回复看了更来气。" },
        { author: "高三家长", text: "我们要的是安静，不是一段话。" },
      ],
    },
    {
      id: "r-buck",
      findingCodes: ["ownership.buck-passing"],
      comments: [
        { author: "枫林苑业主", text: "又在踢皮球，城管推住建，住建推城管。" },
        { author: "路过的网友", text: "老百姓哪知道归谁管，你们内部不能协调吗？" },
        { author: "枫林苑12幢", text: "“请向有关部门反映”，我反映了啊。" },
        { author: "高三家长", text: "转了一圈又回到原点。" },
      ],
    },
    {
      id: "r-officialese",
      findingCodes: ["officialese.empty"],
      comments: [
        { author: "枫林苑业主", text: "官话套话，说了等于没说。" },
        { author: "路过的网友", text: "“高度重视”之后呢？" },
        { author: "枫林苑12幢", text: "一个数字、一个日期都没有。" },
        { author: "高三家长", text: "模板回复吧。" },
      ],
    },
    {
      id: "r-privacy",
      findingCodes: ["privacy.phone", "privacy.name", "privacy.address"],
      comments: [
        { author: "路过的网友", text: "怎么把人家电话都公开了？" },
        { author: "枫林苑业主", text: "楼号都写出来了，工地的人找上门怎么办？" },
        { author: "枫林苑12幢", text: "信息保护一下吧。" },
        { author: "高三家长", text: "这样以后谁还敢写信。" },
      ],
    },
  ],
} satisfies ScenarioDefinition;

export default scenario;
