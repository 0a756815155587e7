import type { ScenarioDefinition } from "../format.ts";

const scenario = {
  schemaVersion: 1,
  id: "after-school-policy",
  version: 1,
  title: "课后服务新方案：第一解读人怎么讲",
  summary:
    "江滨市将印发《义务教育学校课后服务实施方案》，秋季学期起全市中小学课后服务延长到17:30，并增加延时托管。你是市教育局分管副局长，按“谁起草谁解读”的要求担任第一解读人：摸清家长关切，写好与方案同步发布的解读，并回答网友的追问。家长群里“变相强制收费”的说法已经冒头。",
  category: "policy",
  competencies: ["policy", "netizen-reply"],
  difficulty: 2,
  estimatedMinutes: 15,
  maxSimMinutes: 10800,
  setting: "江滨市",
  startStage: "prep",
  deadlines: [{ ruleId: "LOCAL-wzwz-consult", from: 100 }],
  facts: [
    {
      id: "f-policy",
      text: "方案要点：秋季学期起，全市义务教育学校每周一至周五提供课后服务，每天两个时段，结束时间不早于17:30；另设延时托管到18:00，供确有需要的家庭申请。",
      verified: true,
      initiallyKnown: true,
    },
    {
      id: "f-concerns",
      text: "近三个月12345和局长信箱中与课后服务有关的诉求共312件：接送时间（41%）、收费（23%）、是否强制参加（15%）、会不会讲新课（11%）、内容单一（10%）。",
      verified: true,
    },
    {
      id: "f-fee",
      text: "收费标准（经发改委核定）：课后服务每生每课时2元，一学期约400元，财政按每生每学期200元补助；家庭经济困难学生、残疾学生免费；按月收取，中途退出按实际课时退费。",
      verified: true,
    },
    {
      id: "f-voluntary",
      text: "参加课后服务坚持家长自愿，学校不得以任何形式强制或变相强制；课后服务时间不讲新课，第一时段辅导作业，第二时段开展体育、艺术、科技等社团活动。",
      verified: true,
    },
    {
      id: "f-teachers",
      text: "教师实行弹性上下班，参加课后服务的教师可在上午错峰到校；学校可引进少年宫、体育俱乐部等经审核的校外资源，减轻教师负担。",
      verified: true,
    },
    {
      id: "f-signup",
      text: "报名方式：8月26日至30日通过“江滨教育”小程序报名，开学后第一周为体验周，体验后可调整或退出；咨询电话为各校公布的课后服务专线和市教育局0512-5218 7702。",
      verified: true,
    },
    {
      id: "f-rumour-forced",
      text: "家长群传言：课后服务强制参加，不交钱孩子三点半就被赶出校门、老师不管。",
      verified: false,
    },
  ],
  injects: [
    {
      id: "i-office",
      channel: "instruction",
      at: 0,
      author: "市政府办公室",
      authorNote: "上级指示",
      text: "《江滨市义务教育学校课后服务实施方案》拟于8月20日印发。按照重大政策“第一解读人”要求，请市教育局主要或分管负责同志作为第一解读人，在方案公布的同时发布政策解读，并参加江滨日报专访。",
    },
    {
      id: "i-letter",
      channel: "mailbox",
      at: 100,
      author: "一位双职工家长",
      title: "课后服务能不能再晚一点",
      text: "局长您好：我和爱人都在开发区上班，五点半下班，到学校最快也要六点。现在学校三点半放学，我们每天只能花钱找托管班。听说今年课后服务要调整，想问问到底几点结束？收多少钱？托管班的老师会不会给孩子讲新课，不参加的会不会吃亏？",
    },
    {
      id: "i-principal",
      channel: "phone",
      at: 200,
      author: "琴川实验小学校长",
      text: "延长到五点半我们支持，但老师从早上七点半到下午五点半，一天十个小时，意见不小。解读里能不能把弹性上下班和引进校外资源讲一讲？不然老师以为全压在他们身上。",
    },
    {
      id: "i-interview",
      channel: "news",
      at: 300,
      author: "江滨日报教育版",
      text: "方案印发当天我们想做一个第一解读人专访，请提供解读稿，并准备回答家长最关心的“收费”和“是否强制”两个问题。",
    },
    {
      id: "i-parents",
      channel: "feed",
      at: 600,
      author: "虞山二年级妈妈",
      text: "听说课后服务要延长，这是好事，可是要交多少钱？不参加的话会不会被老师“特殊照顾”？有没有官方说法？",
      metrics: { reposts: 60, comments: 210, likes: 520 },
    },
    {
      id: "i-ticket",
      channel: "ticket",
      at: 800,
      author: "市便民服务中心（12345）",
      title: "咨询课后服务收费和报名",
      text: "来电人的孩子今年上一年级，问课后服务是不是必须参加、收费多少、在哪里报名，低保家庭是否减免。",
      ticket: {
        ticketNo: "JB12345-20240815-0633",
        caller: "孙雅琴",
        phone: "15190342271",
        category: "咨询·教育",
        address: "白塔镇白塔新村",
        acceptedAt: "8月15日 10:02",
        timeLimit: "3个工作日",
      },
    },
    {
      id: "i-rumour",
      channel: "feed",
      at: 1440,
      author: "江滨家长圈",
      authorNote: "本地自媒体，粉丝5万",
      text: "注意！今年课后服务变相强制收费，不交钱三点半就把孩子赶出校门，老师只管交了钱的。一学期好几百，家长们怎么看？",
      metrics: { reposts: 1300, comments: 1600, likes: 1100, views: 120000 },
      rumour: true,
    },
    {
      id: "i-followup-q",
      channel: "feed",
      when: { any: [{ taskDone: "interpretation" }, { taskDone: "interpretation-late" }] },
      author: "琴川一年级爸爸",
      text: "看了解读，还有两个问题：我家孩子如果只参加第一时段，四点半能接吗，钱怎么算？体验周觉得不合适退出，已交的钱能退吗？",
      metrics: { comments: 85, likes: 310 },
    },
  ],
  stages: [
    {
      id: "prep",
      title: "方案印发前：摸清关切，准备解读",
      description:
        "方案即将印发，解读要和方案同步发出。好的解读不是把文件再念一遍，而是回答家长真正在问的问题：几点结束、多少钱、是不是自愿、讲不讲新课、怎么报名、老师怎么安排。先把这些问题和答案找齐。",
      actions: [
        {
          id: "review-appeals",
          label: "梳理近三个月12345和局长信箱的相关诉求",
          cost: 45,
          reveals: ["f-concerns"],
          feedback: "312件诉求中，接送时间、收费、是否强制排在前三位。解读的结构应当跟着这三个问题走。",
        },
        {
          id: "check-fee",
          label: "与发改委、财政局核对收费和补助标准",
          cost: 30,
          reveals: ["f-fee"],
          feedback:
            "每课时2元，一学期约400元，财政每生每学期补助200元；困难家庭、残疾学生免费；按月收取，可按课时退费。",
        },
        {
          id: "check-rules",
          label: "与基础教育科逐条核对“自愿参加、不讲新课”等要求",
          cost: 30,
          reveals: ["f-voluntary", "f-signup"],
          feedback: "方案明确家长自愿、不得变相强制、不讲新课；8月26日至30日小程序报名，开学第一周为体验周。",
        },
        {
          id: "meet-schools",
          label: "召开校长座谈会，听取教师安排意见",
          cost: 90,
          reveals: ["f-teachers"],
          feedback: "校长们希望解读讲清弹性上下班和校外资源引进，避免老师误以为“延时全靠自己”。",
        },
        {
          id: "copy-document",
          label: "直接把方案条文摘要作为解读发布",
          cost: 20,
          effects: { heat: 10, publishes: "evasive" },
          feedback:
            "摘要里都是“坚持公益普惠”“统筹校内外资源”，家长在留言区问“所以到底几点、多少钱？”，没有人回答。",
        },
      ],
      tasks: [
        {
          id: "interpretation",
          label: "撰写与方案同步发布的政策解读",
          taskType: "policy-interpretation",
          prompt:
            "以市教育局分管副局长（第一解读人）的身份写一篇政策解读（400字左右），在政府网站和“江滨教育”公众号与方案同步发布：为什么出台、变化是什么、对谁有什么影响、几点结束、收多少钱、是否自愿、讲不讲新课、老师怎么安排、从何时起、怎么报名、到哪里咨询。用家长的语言。",
          message:
            "家长关心：课后服务几点结束、收费多少、是不是强制参加、会不会讲新课、低保家庭是否减免、在哪里报名；教师关心工作时长。",
          respondsTo: "i-letter",
          cost: 40,
          deadlineRules: [],
          weights: { clarity: 2, specificity: 1.5 },
          publishes: true,
          target: "questions",
          exemplar:
            "各位家长、老师：\n为什么要调整？很多双职工家庭五点半才下班，三点半放学后孩子没人接，只能找校外托管。这次方案就是为了解决“接娃难”。\n有什么变化？从秋季学期起，全市中小学周一到周五都提供课后服务，分两个时段：第一时段老师辅导孩子完成作业，第二时段开展体育、艺术、科技社团，结束时间不早于17:30。确有需要的家庭还可以申请延时托管到18:00。课后服务时间不讲新课。\n要交多少钱？每课时2元，一学期大约400元，市财政再给每个孩子每学期补助200元。低保等家庭经济困难学生和残疾学生免费。费用按月收，中途退出按实际课时退。\n是不是必须参加？完全自愿。学校不得以任何形式强制或变相强制，不参加的孩子正常放学。\n老师怎么办？参加课后服务的老师可以弹性上下班，学校也会引进经过审核的少年宫、体育俱乐部等资源。\n怎么报名？8月26日至30日在“江滨教育”小程序报名，开学第一周是体验周，觉得不合适可以调整或退出。有疑问请拨打学校课后服务专线或市教育局0512-5218 7702。",
        },
      ],
      timers: [
        {
          id: "t-vacuum",
          label: "方案解读迟迟未发，误读在家长群扩散",
          at: 2880,
          target: "rumours",
          effects: { heat: 20 },
        },
      ],
    },
    {
      id: "rumours",
      title: "解读缺位：“变相强制收费”刷屏",
      description:
        "方案已经印发，但解读没有同步跟上。自媒体称课后服务“变相强制收费，不交钱三点半赶出校门”，转发过千。现在发出的解读要同时澄清误读，而且必须比传言更具体、更可信。",
      actions: [
        {
          id: "urgent-check",
          label: "紧急核对收费、自愿参加和报名规定",
          cost: 30,
          reveals: ["f-fee", "f-voluntary", "f-signup"],
          feedback: "核对完成：自愿参加、不讲新课；每课时2元，困难家庭免费；可按课时退费。",
        },
      ],
      tasks: [
        {
          id: "interpretation-late",
          label: "发布政策解读并澄清误读",
          taskType: "policy-interpretation",
          prompt:
            "以第一解读人身份发布政策解读（400字左右），正面回应“变相强制收费”的说法：讲清自愿原则、收费标准和减免、退费办法、几点结束、报名方式、咨询和投诉渠道。",
          message:
            "网传“课后服务变相强制收费，不交钱三点半就把孩子赶出校门，老师只管交了钱的”；家长追问收费标准和是否自愿。",
          respondsTo: "i-rumour",
          cost: 40,
          deadlineRules: [],
          weights: { clarity: 2, factualCaution: 1.5 },
          publishes: true,
          branches: [
            { guard: { taskScoreAtLeast: { task: "interpretation-late", min: 50 } }, target: "questions" },
          ],
          target: "end-failure",
          exemplar:
            "关于课后服务，家长们最担心的是“是不是强制收费”。在这里明确说：参加课后服务完全自愿，不参加的孩子三点半正常放学，学校不得以任何形式强制或变相强制，更不能区别对待。如发现有学校这样做，请拨打市教育局监督电话0512-5218 7702，我们一经查实严肃处理。\n收费标准：每课时2元，一学期约400元，市财政每生每学期另补助200元；低保等困难家庭学生和残疾学生免费；按月收，中途退出按实际课时退。\n时间和内容：周一到周五，结束时间不早于17:30，可申请延时托管到18:00；第一时段辅导作业，第二时段社团活动，不讲新课。\n报名：8月26日至30日在“江滨教育”小程序报名，开学第一周体验，可调整或退出。解读发布晚了，让大家着急了，后续问题我们会在留言区逐条回复。",
        },
      ],
      timers: [
        {
          id: "t-silent",
          label: "一天内仍无解读，误读定型",
          afterEntry: 1440,
          target: "end-failure",
          effects: { heat: 15 },
        },
      ],
    },
    {
      id: "questions",
      title: "解读发布后：回答网友追问",
      description:
        "解读已经发布，留言区里家长开始问具体情况。第一解读人的工作不是发完就结束，还要把追问一条条答好。",
      actions: [
        {
          id: "brief-12345",
          label: "向12345中心提供统一答复口径",
          cost: 20,
          effects: { heat: -5 },
          feedback: "12345中心当天收到问答口径，来电咨询能够当场答复，无需再转办。",
        },
      ],
      tasks: [
        {
          id: "qa-reply",
          label: "回复家长追问",
          taskType: "netizen-reply",
          prompt: "在解读下回复这位家长的追问（150字左右）：逐一回答，给出具体做法和办理渠道。",
          message:
            "看了解读，还有两个问题：我家孩子如果只参加第一时段，四点半能接吗，钱怎么算？体验周觉得不合适退出，已交的钱能退吗？",
          respondsTo: "i-followup-q",
          cost: 15,
          deadlineRules: ["LOCAL-wzwz-consult"],
          publishes: true,
          branches: [
            {
              guard: {
                all: [
                  { taskScoreAtLeast: { task: "qa-reply", min: 65 } },
                  { taskScoreAtLeast: { task: "interpretation", min: 70 } },
                ],
              },
              target: "end-success",
            },
            { guard: { taskScoreAtLeast: { task: "qa-reply", min: 40 } }, target: "end-partial" },
          ],
          target: "end-failure",
          exemplar:
            "您好，谢谢追问。可以只参加第一时段，第一时段结束（约16:30）后您到校接孩子即可，费用只按第一时段的课时收，一学期大约200元，报名时在小程序里选择“仅第一时段”。开学第一周是体验周，体验周内退出不收费；之后退出按实际上过的课时结算，多交的部分原路退回。具体时段以孩子学校8月底公布的作息表为准。我们已把您的问题转给市教育局基础教育科，开学前会在“江滨教育”公众号发布退费和时段选择的操作说明；有问题可以打学校课后服务专线，也可以拨打市教育局0512-5218 7702。",
        },
      ],
      timers: [
        {
          id: "t-unanswered",
          label: "追问无人回复",
          afterEntry: 2880,
          target: "end-partial",
        },
      ],
    },
    {
      id: "end-success",
      title: "结局：政策讲明白了，家长放心报名",
      description: "第一解读人履职到位。",
      final: {
        outcome: "success",
        narrative:
          "解读与方案同步发布，结构跟着家长最关心的三个问题走：几点结束、多少钱、是不是自愿。收费、减免、退费和报名都有具体数字和渠道，“变相强制收费”的帖子在解读发出后很快没人转了。留言区的追问得到逐条回复，报名首周全市参加率达到86%，12345相关来电比去年同期下降近一半。",
      },
    },
    {
      id: "end-partial",
      title: "结局：讲了，但没完全讲透",
      description: "政策落地，疑问残留。",
      final: {
        outcome: "partial",
        narrative:
          "解读发布了，但或者晚于方案、让误读先跑了一段，或者写得像文件摘要、缺少家长要的数字和办法，或者追问没有及时回复。报名顺利进行，但开学前后12345关于“到底收多少钱”“能不能退”的来电仍然集中，学校老师替你回答了很多本该在解读里讲清的问题。",
      },
    },
    {
      id: "end-failure",
      title: "结局：误读定型，好政策被说成“变相收费”",
      description: "第一解读人缺位。",
      final: {
        outcome: "failure",
        narrative:
          "在方案印发后的关键时间里，家长没有听到第一解读人清楚的声音，或者听到的是一段官样文章。“变相强制收费”的说法先入为主，多所学校报名率不到一半，一些家长到学校质问老师，市政府办要求教育局作出书面说明。政策本身是为家长解决接娃难，却因为没讲清楚变成了负面话题。",
      },
    },
  ],
  reactions: [
    {
      id: "r-high",
      scoreBetween: [75, 100],
      comments: [
        { author: "虞山二年级妈妈", text: "几点、多少钱、能不能退都写了，终于看懂了。" },
        { author: "开发区双职工", text: "能到六点太好了，不用再找托管班。" },
        { author: "琴川一年级爸爸", text: "自愿参加写得很明白，放心了。" },
        { author: "白塔家长", text: "困难家庭免费这条很暖心。" },
        { author: "一位老师", text: "弹性上下班也讲到了，谢谢。" },
      ],
    },
    {
      id: "r-mid",
      scoreBetween: [50, 74],
      comments: [
        { author: "虞山二年级妈妈", text: "大体明白了，社团具体有哪些？" },
        { author: "琴川一年级爸爸", text: "退费怎么算还是没看懂。" },
        { author: "开发区双职工", text: "延时托管要另外交钱吗？" },
        { author: "白塔家长", text: "报名截止后还能补报吗？" },
      ],
    },
    {
      id: "r-low",
      scoreBetween: [0, 49],
      comments: [
        { author: "虞山二年级妈妈", text: "看了三遍，还是不知道要交多少钱。" },
        { author: "江滨家长圈", text: "通篇没提是不是强制，懂的都懂。" },
        { author: "琴川一年级爸爸", text: "这是解读还是把文件又抄了一遍？" },
        { author: "开发区双职工", text: "几点结束都没说清。" },
      ],
    },
    {
      id: "r-officialese",
      findingCodes: ["officialese.empty"],
      comments: [
        { author: "虞山二年级妈妈", text: "“公益普惠、提质增效”，官话套话，说了等于没说。" },
        { author: "开发区双职工", text: "请说人话：几点？多少钱？" },
        { author: "琴川一年级爸爸", text: "满篇口号，没有一个数字。" },
        { author: "白塔家长", text: "家长要的是办法，不是口号。" },
      ],
    },
    {
      id: "r-buck",
      findingCodes: ["ownership.buck-passing"],
      comments: [
        { author: "琴川一年级爸爸", text: "又在踢皮球，“具体咨询所在学校”，学校说等通知。" },
        { author: "虞山二年级妈妈", text: "政策是你们定的，怎么都让学校答？" },
        { author: "开发区双职工", text: "问了三个地方三个说法。" },
        { author: "白塔家长", text: "到底谁来解释？" },
      ],
    },
    {
      id: "r-privacy",
      findingCodes: ["privacy.phone", "privacy.name", "privacy.address"],
      comments: [
        { author: "白塔家长", text: "怎么把人家电话都公开了？" },
        { author: "虞山二年级妈妈", text: "低保家庭的信息也能随便写出来？" },
        { author: "路过的网友", text: "家长信息要保护啊。" },
        { author: "琴川一年级爸爸", text: "赶紧删掉吧。" },
      ],
    },
  ],
} satisfies ScenarioDefinition;

export default scenario;
