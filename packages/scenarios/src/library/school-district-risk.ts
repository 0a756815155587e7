import type { ScenarioDefinition } from "../format.ts";

const scenario = {
  schemaVersion: 1,
  id: "school-district-risk",
  version: 1,
  title: "新校开学前的学区调整：先评估，再公布",
  summary:
    "江滨实验小学琴川分校9月开学，教育局拟把翠湖苑、锦绣华庭两个小区从实验小学本部划入分校。方案公布前，按照重大事项稳定风险评估制度，你要摸清受影响的群体和风险点，写出稳评报告，提出化解措施和沟通方案，再决定怎么公布。家长群里的风声已经起来了。",
  category: "risk",
  competencies: ["risk", "policy", "netizen-reply"],
  difficulty: 3,
  estimatedMinutes: 22,
  maxSimMinutes: 10080,
  setting: "江滨市",
  startStage: "drafting",
  deadlines: [{ ruleId: "HL-GBT33358-mailbox", from: 600 }],
  facts: [
    {
      id: "f-plan",
      text: "调整方案：2024年起，翠湖苑、锦绣华庭两个小区的新生由江滨实验小学本部划入新建的实验小学琴川分校（9月开学，36个班）。",
      verified: true,
      initiallyKnown: true,
    },
    {
      id: "f-numbers",
      text: "生源数据：实验小学本部现有54个班，超出设计规模6个班；两个小区2024年适龄儿童186人，2025年预计203人；两个小区在本部就读的在校生有412人。",
      verified: true,
    },
    {
      id: "f-parents",
      text: "家长座谈：不少家庭2021—2023年购房时看重实验小学学区；最担心的是二孩与哥哥姐姐不在同一所学校、分校师资不如本部、孩子上学要穿过虞山路。",
      verified: true,
    },
    {
      id: "f-developer",
      text: "翠湖苑开发商2021年销售时在广告中宣称“实验小学学区房”，当时市场监管局已责令整改；部分业主认为是“政府默许的承诺”。",
      verified: true,
    },
    {
      id: "f-route",
      text: "通学路线：分校距两个小区约1.2公里，需穿越虞山路；虞山路路口已有信号灯，交警可设上下学护学岗，公交公司可调整一条线路在校门口设站。",
      verified: true,
    },
    {
      id: "f-teachers",
      text: "分校与本部实行一体化管理：校长由本部副校长兼任，首批教师中三分之一为本部骨干教师，课程、教研和考核统一。",
      verified: true,
    },
    {
      id: "f-transition",
      text: "过渡政策（需局党委决定）：已在本部就读学生不受影响；2024年起入学的新生，如有哥哥姐姐在本部就读，可申请到本部就读；设三年过渡期评估。",
      verified: true,
    },
    {
      id: "f-rumour-price",
      text: "家长群传言：翠湖苑被踢出实验小学学区，房价要跌一半，已在读的孩子也要转走。",
      verified: false,
    },
  ],
  injects: [
    {
      id: "i-director",
      channel: "instruction",
      at: 0,
      author: "市教育局局长 陶建华",
      authorNote: "上级指示",
      text: "琴川分校学区方案要在4月上旬向社会公布，赶在招生报名前。按市委要求，涉及学区划分的重大事项必须先做稳定风险评估。请你牵头，三天内拿出稳评报告，提出化解措施和公布方案。",
    },
    {
      id: "i-template",
      channel: "instruction",
      at: 60,
      author: "市委政法委维稳办",
      authorNote: "稳评要求",
      text: "稳评报告应包括：事项概况、合法性合理性、受影响群体和诉求、风险点及等级（高/中/低）、化解措施及责任单位、舆情应对和信息发布方案、评估结论。须有实地调查和群众意见。",
    },
    {
      id: "i-community",
      channel: "phone",
      at: 200,
      author: "翠湖苑社区书记",
      text: "小区里已经有人在打听“是不是要划走”，业主群讨论得很热。你们要是来开座谈会，我可以帮忙召集家长代表，早点把话说开比较好。",
    },
    {
      id: "i-letter",
      channel: "mailbox",
      at: 600,
      author: "翠湖苑一位家长",
      title: "学区调整能不能听听我们的意见",
      text: "局长您好：听说翠湖苑要从实验小学划出去。我们家2022年咬牙买的这套房，就是冲着实验小学。老大现在在实验小学读三年级，老二明年上学，如果分到新学校，两个孩子一早一晚两头跑，我们根本接送不过来。新学校的老师从哪来？孩子还要过虞山路。希望政府做决定之前听听我们的意见，不要等公布了再说。",
    },
    {
      id: "i-rumour",
      channel: "feed",
      at: 1440,
      author: "翠湖苑业主群截图",
      authorNote: "网友转发",
      text: "【内部消息】翠湖苑、锦绣华庭被踢出实验小学学区，已经在读的也要转走，房价至少跌一半！大家明天一起去教育局问个明白！",
      metrics: { reposts: 860, comments: 1240, likes: 700, views: 68000 },
      rumour: true,
    },
    {
      id: "i-ticket",
      channel: "ticket",
      at: 1500,
      author: "市便民服务中心（12345）",
      title: "咨询学区调整是否影响在读学生",
      text: "来电人称孩子在实验小学本部读二年级，家住锦绣华庭，听说要转到分校，问是不是真的，什么时候公布。",
      ticket: {
        ticketNo: "JB12345-20240327-0841",
        caller: "沈梦婷",
        phone: "13771934508",
        category: "咨询·教育",
        address: "琴川街道锦绣华庭",
        acceptedAt: "3月27日 09:05",
        timeLimit: "3个工作日",
      },
    },
    {
      id: "i-agent",
      channel: "news",
      at: 2000,
      author: "某房产自媒体",
      text: "《江滨学区大变动？翠湖苑业主慌了》：中介称该小区本周挂牌量增加了三成，部分业主降价抛售。",
    },
    {
      id: "i-developer-call",
      channel: "phone",
      when: { actionDone: "check-developer" },
      author: "市场监管局广告监测科",
      text: "翠湖苑开发商2021年“实验小学学区房”的广告我们当时就责令撤下了，罚款5万元。业主要是拿这个说事，需要提前准备好口径：学区由教育部门按年度划定，开发商无权承诺。",
    },
    {
      id: "i-gathering",
      channel: "feed",
      when: { actionDone: "announce-direct" },
      author: "江滨随手拍",
      authorNote: "本地短视频号",
      text: "教育局门口来了上百位家长，举着“还我学区”的纸牌，说方案一夜之间就公布了，事先没人问过他们。",
      metrics: { reposts: 2400, comments: 3100, likes: 5200, views: 330000 },
    },
    {
      id: "i-party-committee",
      channel: "instruction",
      at: 4400,
      author: "市教育局局长 陶建华",
      authorNote: "上级指示",
      text: "招生报名时间不能再拖了。稳评报告和公布方案今天必须定下来。",
    },
  ],
  stages: [
    {
      id: "drafting",
      title: "公布之前：摸清情况，写稳评报告",
      description:
        "方案初稿已经有了，但谁会受影响、他们最在意什么、哪里可能出问题，还没有人系统调查过。家长群里已有风声，局长要求三天内拿出稳评报告。调查越扎实，报告越有分量，但时间也有限。",
      actions: [
        {
          id: "pull-data",
          label: "调取学位和生源数据",
          cost: 60,
          reveals: ["f-numbers"],
          feedback:
            "本部超出设计规模6个班；两个小区明年新生186人，另有412名在读学生。在读生是否受影响，是家长最先会问的问题。",
        },
        {
          id: "meet-parents",
          label: "到两个小区召开家长座谈会",
          cost: 180,
          reveals: ["f-parents"],
          effects: { heat: -5 },
          feedback:
            "座谈会来了30多位家长，情绪一开始很激动，说开了反而平和。大家最在意三件事：二孩能不能同校、分校老师从哪来、孩子过虞山路安不安全。",
        },
        {
          id: "check-developer",
          label: "会同市场监管局核查开发商“学区房”宣传",
          cost: 60,
          reveals: ["f-developer"],
          feedback:
            "翠湖苑开发商2021年曾宣传“实验小学学区房”，已被责令整改。部分业主会把它当作“承诺”，这是高风险点。",
        },
        {
          id: "check-route",
          label: "会同交警、公交公司踏勘通学路线",
          cost: 90,
          reveals: ["f-route"],
          feedback: "路线1.2公里，需过虞山路；交警同意设护学岗，公交公司可调一条线路在校门口设站。",
        },
        {
          id: "check-teachers",
          label: "了解分校师资和管理安排",
          cost: 45,
          reveals: ["f-teachers"],
          feedback:
            "分校由本部副校长兼任校长，首批三分之一教师来自本部骨干，实行一体化管理。这是回应“师资不如本部”最有力的事实。",
        },
      ],
      tasks: [
        {
          id: "risk-report",
          label: "撰写稳定风险评估报告",
          taskType: "risk-assessment",
          prompt:
            "撰写《琴川分校学区调整方案稳定风险评估报告》要点（400字左右）：受影响群体及诉求；主要风险点及等级（高/中/低）；每个风险的化解措施和责任单位；信息发布与沟通方案（先沟通后公布、谁来解读、何时何地、咨询渠道）；评估结论和建议（可实施/调整后实施/暂缓）。",
          message:
            "拟将翠湖苑、锦绣华庭两个小区由江滨实验小学本部划入新建的琴川分校，4月上旬公布。家长群已有“被踢出学区、在读也要转走、房价跌一半”的传言。",
          cost: 60,
          deadlineRules: [],
          weights: { specificity: 2, relevance: 1.5 },
          target: "decision",
          exemplar:
            "一、受影响群体：两个小区2024—2025年新生家庭约390户；在本部就读的412名学生家庭；有二孩的家庭；两个小区业主（房价预期）。\n二、风险点：1.“在读生也要转走”的误解（高），在读生不受影响须在公布时第一句讲清；2.二孩不同校、接送困难（高），建议设同胞就读过渡政策；3.开发商“学区房”宣传引发“政府违约”质疑（中），由市场监管局说明2021年已查处、学区按年度划定；4.分校师资疑虑（中），公布本部骨干教师比例和一体化管理；5.通学安全（中），交警设护学岗、公交设站；6.集体上访和网络炒作（中），房产自媒体借机渲染。\n三、沟通方案：公布前一周由教育局、街道、社区召开两个小区家长座谈，听取意见；由分管局长作为第一解读人，在政府网站和公众号同步发布方案和问答，设咨询电话和现场咨询日；12345统一口径。\n四、结论：调整后实施。建议增加同胞就读和三年过渡评估条款，完成沟通后再公布。",
        },
      ],
      timers: [
        {
          id: "t-forced",
          label: "三天期限已过仍无稳评报告，局里直接公布方案",
          at: 4320,
          guard: { not: { taskDone: "risk-report" } },
          target: "backlash",
          effects: { heat: 30 },
        },
      ],
    },
    {
      id: "decision",
      title: "评估之后：调整方案，先沟通再公布",
      description:
        "稳评报告已经交上去。现在要决定怎么落地：是否采纳过渡政策，是否在公布前再和家长代表沟通一次，以及由谁、用什么方式把方案讲清楚。也可以不管这些，按原方案直接公布——招生时间确实很紧。",
      actions: [
        {
          id: "adopt-transition",
          label: "提请局党委采纳过渡政策（在读不动、同胞可同校、三年评估）",
          cost: 120,
          reveals: ["f-transition"],
          feedback: "局党委同意：在读学生不受影响；有哥哥姐姐在本部就读的新生可申请到本部；三年后评估。",
        },
        {
          id: "pre-hearing",
          label: "公布前召开家长代表沟通会，通报方案和过渡政策",
          cost: 180,
          effects: { heat: -10 },
          feedback:
            "沟通会上，家长代表对在读不动、同胞同校表示认可，仍对分校师资有疑问。几位代表答应在业主群里帮忙解释。",
        },
        {
          id: "answer-ticket",
          label: "统一12345答复口径，答复在读生家长咨询",
          cost: 30,
          effects: { heat: -3 },
          feedback: "12345中心收到统一口径：在读学生不受影响，方案将于近期正式公布。来电咨询家长情绪平稳。",
        },
        {
          id: "announce-direct",
          label: "不再沟通，按原方案直接发布招生公告",
          cost: 30,
          effects: { heat: 30, publishes: "evasive" },
          feedback: "公告只有一张划片表，没有解释，也没有过渡政策。当天下午，上百位家长来到教育局门口。",
          target: "backlash",
        },
      ],
      tasks: [
        {
          id: "announcement",
          label: "以第一解读人身份发布方案解读",
          taskType: "policy-interpretation",
          prompt:
            "以分管副局长（第一解读人）身份写一篇方案解读（300字左右），在政府网站和公众号与方案同步发布：为什么调整、调整什么、哪些人受影响、哪些人不受影响、过渡安排、分校条件、通学安全、从何时起、到哪里咨询。用家长听得懂的话。",
          message:
            "翠湖苑、锦绣华庭两个小区新生划入实验小学琴川分校；家长关心在读生是否转走、二孩能否同校、分校师资、过虞山路的安全，以及开发商曾宣传的“学区房”。",
          cost: 40,
          deadlineRules: [],
          weights: { clarity: 2, specificity: 1.5 },
          publishes: true,
          branches: [
            {
              guard: {
                all: [
                  { taskScoreAtLeast: { task: "announcement", min: 70 } },
                  { taskScoreAtLeast: { task: "risk-report", min: 65 } },
                  { actionDone: "adopt-transition" },
                  { actionDone: "pre-hearing" },
                ],
              },
              target: "end-success",
            },
            { guard: { taskScoreAtLeast: { task: "announcement", min: 45 } }, target: "end-partial" },
          ],
          target: "backlash",
          exemplar:
            "各位家长：今年9月，江滨实验小学琴川分校将开学。本部现在有54个班，比设计规模多6个班，教室和操场都很紧张，所以我们把翠湖苑、锦绣华庭两个小区的新生划到分校。\n先说大家最关心的：已经在本部读书的孩子，一个都不动。2024年起入学的新生，如果哥哥姐姐正在本部读书，可以申请到本部上学。三年后我们会再评估。\n分校和本部是一个学校：校长由本部副校长兼任，首批老师三分之一是本部骨干，课程、教研、考核都统一。学校离两个小区约1.2公里，交警在虞山路路口设上下学护学岗，公交112路在校门口设站。\n需要说明的是，学区由教育部门按年度划定，开发商无权承诺学区。\n4月8日至12日每天9点到17点，我们在两个小区设咨询点，也可以拨打教育局招生咨询电话0512-5218 7702或12345。",
        },
      ],
      timers: [
        {
          id: "t-missed",
          label: "迟迟不公布，错过招生报名节点",
          afterEntry: 2880,
          target: "end-partial",
        },
      ],
    },
    {
      id: "backlash",
      title: "未评估先公布：家长聚集在教育局门口",
      description:
        "方案在没有充分沟通的情况下公布，“在读也要转走”的传言和“开发商承诺的学区被政府取消”的说法叠加，上百位家长聚集在教育局门口，领导信箱和12345被挤爆。现在只能补课：现场接待、回应家长来信、把该讲清的讲清。",
      actions: [
        {
          id: "receive-parents",
          label: "局领导现场接待家长代表，承诺补充过渡政策",
          cost: 120,
          reveals: ["f-transition"],
          effects: { heat: -10 },
          feedback:
            "接待持续了两个小时。承诺在读不动、同胞可同校后，大部分家长散去，但有人说“要是早点来问我们，何必闹到这一步”。",
        },
      ],
      tasks: [
        {
          id: "parent-reply",
          label: "回复领导信箱的家长来信",
          taskType: "netizen-reply",
          prompt:
            "回复翠湖苑家长的领导信箱来信（250字左右），将在信箱公开：回应她提到的每一个担心（在读的老大、明年上学的老二、师资、过虞山路），说明政策和时间，承认沟通不到位，给出咨询方式。不要公开她的身份信息。",
          message:
            "听说翠湖苑要从实验小学划出去。我们家2022年咬牙买的这套房，就是冲着实验小学。老大在实验小学读三年级，老二明年上学，如果分到新学校，两个孩子一早一晚两头跑，我们接送不过来。新学校的老师从哪来？孩子还要过虞山路。希望政府做决定之前听听我们的意见。",
          respondsTo: "i-letter",
          cost: 25,
          deadlineRules: ["HL-GBT33358-mailbox"],
          weights: { empathy: 1.5, specificity: 1.5 },
          publishes: true,
          branches: [
            {
              guard: {
                all: [
                  { taskScoreAtLeast: { task: "parent-reply", min: 60 } },
                  { actionDone: "receive-parents" },
                ],
              },
              target: "end-partial",
            },
          ],
          target: "end-failure",
          exemplar:
            "您好，谢谢您的来信，也向您道歉：方案公布前我们没有充分听取家长意见，让您和很多家长着急了。\n您家老大在本部读三年级，会一直在本部读到毕业，不受任何影响。老二明年入学，因为哥哥（姐姐）在本部就读，可以申请到本部上学，申请办法将在4月15日前公布，两个孩子可以在同一所学校。\n分校由本部副校长兼任校长，首批老师三分之一来自本部骨干，课程和教研统一。虞山路路口交警会设上下学护学岗，公交也会在校门口设站。\n如还有疑问，可以拨打教育局招生咨询电话0512-5218 7702，我们也会在小区设咨询点当面解答。",
        },
      ],
      timers: [
        {
          id: "t-stalemate",
          label: "一天内没有回应，家长赴市政府上访",
          afterEntry: 1440,
          target: "end-failure",
          effects: { heat: 15 },
        },
      ],
    },
    {
      id: "end-success",
      title: "结局：方案平稳落地",
      description: "先评估、后沟通、再公布。",
      final: {
        outcome: "success",
        narrative:
          "你的稳评报告抓住了“在读是否转走”“二孩同校”“开发商宣传”三个高风险点，过渡政策在公布前落实，家长代表先于公告听到了方案。解读用家长的语言讲清了谁受影响、谁不受影响，“房价跌一半”的帖子无人跟帖。招生报名期间两个小区的咨询电话以问具体手续为主，没有发生聚集。",
      },
    },
    {
      id: "end-partial",
      title: "结局：方案实施了，代价不小",
      description: "风险被部分化解。",
      final: {
        outcome: "partial",
        narrative:
          "方案最终落地，但过程有明显的短板：或者稳评报告对关键群体和风险点考虑不全，或者过渡政策在冲突之后才补上，或者公布时间一拖再拖、错过了招生节点。家长们接受了结果，但对教育局的信任打了折扣，“都是闹了以后才改”成了业主群里的共识。",
      },
    },
    {
      id: "end-failure",
      title: "结局：方案搁置，信任受损",
      description: "稳评缺位，风险爆发。",
      final: {
        outcome: "failure",
        narrative:
          "没有评估、没有沟通的方案，把家长的担心变成了对抗。门口的聚集持续了两天，领导信箱里上百封来信得到的是同一段模板回复，房产自媒体借机炒作。市里最终决定方案暂缓一年实施，分校开学时只招到了一半学生。学区划分正是稳评制度点名的敏感事项：风险要在决策前找出来，而不是在公布后由群众替你找出来。",
      },
    },
  ],
  reactions: [
    {
      id: "r-high",
      scoreBetween: [75, 100],
      comments: [
        { author: "翠湖苑老二妈", text: "老大不动、老二能申请本部，我们家的问题解决了，谢谢。" },
        { author: "锦绣华庭业主", text: "讲得很清楚，咨询点我周六去问问。" },
        { author: "琴川爸爸", text: "本部骨干老师三分之一，这个能写进来挺好。" },
        { author: "路过的网友", text: "这才是好好说话的通知。" },
        { author: "虞山老街坊", text: "护学岗一定要落实啊。" },
      ],
    },
    {
      id: "r-mid",
      scoreBetween: [50, 74],
      comments: [
        { author: "锦绣华庭业主", text: "在读不动就好，那新学校到底怎么样，能去看看吗？" },
        { author: "翠湖苑业主", text: "同胞同校怎么申请，材料要哪些？" },
        { author: "琴川爸爸", text: "公交站什么时候设好？" },
        { author: "路过的网友", text: "总体能接受，细节再补补。" },
      ],
    },
    {
      id: "r-low",
      scoreBetween: [0, 49],
      comments: [
        { author: "翠湖苑业主", text: "看完还是不知道我家老大要不要转。" },
        { author: "锦绣华庭业主", text: "通篇“优化教育资源配置”，跟我们有什么关系？" },
        { author: "琴川爸爸", text: "什么都没回答。" },
        { author: "房产观察", text: "怪不得业主要去教育局。" },
        { author: "翠湖苑老二妈", text: "我的问题一个都没回。" },
      ],
    },
    {
      id: "r-officialese",
      findingCodes: ["officialese.empty"],
      comments: [
        { author: "翠湖苑业主", text: "“统筹兼顾、稳妥推进”，官话套话，说了等于没说。" },
        { author: "琴川爸爸", text: "能不能直接说在读的孩子动不动？" },
        { author: "锦绣华庭业主", text: "通知写给谁看的？" },
        { author: "路过的网友", text: "满屏大词，没有一句干货。" },
      ],
    },
    {
      id: "r-buck",
      findingCodes: ["ownership.buck-passing"],
      comments: [
        { author: "翠湖苑业主", text: "又在踢皮球，让我们去找开发商？" },
        { author: "锦绣华庭业主", text: "学区是你们划的，怎么成了别人的事？" },
        { author: "琴川爸爸", text: "“请咨询所在学校”，学校说等教育局通知。" },
        { author: "路过的网友", text: "到底谁说了算？" },
      ],
    },
    {
      id: "r-hostile",
      findingCodes: ["hostility.labelling", "hostility.threat"],
      comments: [
        { author: "翠湖苑老二妈", text: "家长关心孩子上学，就成了“炒作学区房”？" },
        { author: "锦绣华庭业主", text: "先扣帽子再说话，这态度怎么沟通。" },
        { author: "琴川爸爸", text: "我们只是想被听见。" },
        { author: "路过的网友", text: "威胁家长不要“聚集”，不如先把话说清。" },
      ],
    },
    {
      id: "r-privacy",
      findingCodes: ["privacy.phone", "privacy.name", "privacy.address"],
      comments: [
        { author: "翠湖苑业主", text: "怎么把人家电话和门牌都公开了？" },
        { author: "锦绣华庭业主", text: "来信人信息被挂出来，以后谁敢写信。" },
        { author: "路过的网友", text: "回复可以公开，个人信息不行。" },
        { author: "琴川爸爸", text: "赶紧删掉吧。" },
      ],
    },
  ],
  spread: { population: 60000, seeds: 10 },
} satisfies ScenarioDefinition;

export default scenario;
