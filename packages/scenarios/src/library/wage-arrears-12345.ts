import type { ScenarioDefinition } from "../format.ts";

const scenario = {
  schemaVersion: 1,
  id: "wage-arrears-12345",
  version: 1,
  title: "春节前的讨薪工单：18名工人的42万元工资",
  summary:
    "腊月里，12345转来一张工单：某住宅项目劳务班组18名工人四个月工资未发，工人们担心拿不到钱回不了家。你是市人社局劳动保障监察大队的承办人，要首接负责、认领问题，联动住建局查清欠薪链条，督促足额发放，按时答复并回访，别让工单变成工地门口的聚集。",
  category: "appeal",
  competencies: ["appeal", "netizen-reply"],
  difficulty: 2,
  estimatedMinutes: 18,
  maxSimMinutes: 28800,
  setting: "江滨市",
  startStage: "received",
  deadlines: [{ ruleId: "LOCAL-12345-dept" }, { ruleId: "LOCAL-12345-dept-complaint" }],
  facts: [
    {
      id: "f-ticket",
      text: "工单反映：琴川街道“悦澜府”二期工地一个劳务班组的工人四个月工资未发，春节前拿不到钱无法回家。",
      verified: true,
      initiallyKnown: true,
    },
    {
      id: "f-detail",
      text: "诉求人所在木工班组共18人，2023年9月至12月工资合计约42.6万元未发；班组长胡某称总包单位一直没结劳务费。",
      verified: true,
    },
    {
      id: "f-site",
      text: "现场核查：项目总包为江滨宏达建设有限公司，已按规定开设农民工工资专用账户，存有工资保证金50万元；考勤表、工资表与诉求人所说的18人、42.6万元一致。",
      verified: true,
    },
    {
      id: "f-chain",
      text: "住建局：建设单位江滨锦程置业拖欠总包工程进度款约860万元，是这次欠薪的源头；住建局可约谈建设单位并暂缓其后续预售资金拨付。",
      verified: true,
    },
    {
      id: "f-plan",
      text: "联合约谈结果：总包于1月22日前通过工资专用账户足额发放18人工资42.6万元，不足部分先动用工资保证金；建设单位1月25日前向总包支付进度款300万元；监察大队全程跟踪。",
      verified: true,
    },
    {
      id: "f-paid",
      text: "1月22日，42.6万元通过银行代发到18名工人本人账户，工人逐一签字确认；保证金动用部分由总包在15日内补足。",
      verified: true,
    },
    { id: "f-rumour-fled", text: "工地上传言：老板已经跑路了，钱肯定要不回来。", verified: false },
  ],
  injects: [
    {
      id: "i-ticket",
      channel: "ticket",
      at: 0,
      author: "市便民服务中心（12345）",
      title: "春节前工资被拖欠四个月",
      text: "来电人称在琴川街道“悦澜府”二期工地做木工，班组十几个人从九月份干到现在一分钱工资没拿到，找包工头说上面没给钱，找项目部说跟他们没关系。快过年了，家里等着钱用，车票都不敢买，请政府帮忙把工资要回来。",
      ticket: {
        ticketNo: "JB12345-20240119-0356",
        caller: "杨德明",
        phone: "18751406623",
        category: "投诉举报·劳动保障",
        address: "琴川街道悦澜府二期工地",
        acceptedAt: "1月19日 09:12",
        timeLimit: "13个工作日（欠薪类优先办理）",
      },
    },
    {
      id: "i-foreman",
      channel: "phone",
      at: 30,
      author: "劳务班组长 胡某",
      text: "不是我不给，总包那边劳务费从十月份就没结过，我自己还垫了生活费。工人天天堵我，我也没办法，你们去找宏达建设。",
    },
    {
      id: "i-director",
      channel: "instruction",
      at: 60,
      author: "市人社局局长 顾文斌",
      authorNote: "上级指示",
      text: "春节前根治欠薪冬季专项行动正在进行，市里要求在建项目欠薪“动态清零”。这张工单你首接负责，需要住建局配合的直接联系，有困难随时报告，不要让工人带着欠条过年。",
    },
    {
      id: "i-repeat-call",
      channel: "ticket",
      when: { all: [{ timeAtLeast: 1440 }, { not: { actionDone: "claim" } }] },
      author: "市便民服务中心（12345）",
      title: "重复来电：讨薪工单无人联系",
      text: "来电人再次反映，昨天打过12345，到现在没有任何部门联系他，工友们很着急，有人说要去工地门口拉横幅。",
      ticket: {
        ticketNo: "JB12345-20240120-0112",
        caller: "杨德明",
        phone: "18751406623",
        category: "重复件·催办",
        acceptedAt: "1月20日 08:47",
        timeLimit: "催办件，当日反馈",
      },
    },
    {
      id: "i-rumour",
      channel: "feed",
      at: 1500,
      author: "木工小杨的女儿",
      text: "我爸在琴川一个楼盘干了四个月木工，一分钱没拿到。工地上都在说老板跑路了，过年回不了家了。12345打了也不知道有没有用……",
      metrics: { reposts: 260, comments: 430, likes: 1100 },
    },
    {
      id: "i-developer",
      channel: "phone",
      when: { actionDone: "joint-meeting" },
      author: "锦程置业财务负责人",
      text: "我们资金确实紧张，但农民工工资这块我们不敢拖。300万进度款我们已经在走流程了，月底前一定付给宏达。",
    },
    {
      id: "i-gathering",
      channel: "feed",
      when: { all: [{ timeAtLeast: 2880 }, { not: { actionDone: "use-deposit" } }] },
      author: "江滨随手拍",
      authorNote: "本地短视频号",
      text: "琴川悦澜府工地门口，十几个工人举着“还我血汗钱”的牌子，说干了四个月没拿到工资，打了两次12345也没人管。",
      metrics: { reposts: 1700, comments: 2100, likes: 4300, views: 210000 },
    },
    {
      id: "i-media",
      channel: "news",
      when: { all: [{ timeAtLeast: 3000 }, { not: { actionDone: "use-deposit" } }] },
      author: "江滨日报民生热线",
      text: "我们接到工人爆料，悦澜府工地欠薪，想了解人社部门是否介入、何时能发钱，请在今天下班前答复。",
    },
    {
      id: "i-paid-call",
      channel: "phone",
      when: { factKnown: "f-paid" },
      author: "诉求人杨师傅",
      text: "钱收到了！一共两万三千多，跟工资表对得上。工友们都说谢谢，我们后天就买票回家。",
    },
    {
      id: "i-supervision",
      channel: "instruction",
      at: 4320,
      author: "市12345督办科",
      authorNote: "督办",
      text: "欠薪类工单列入春节前重点督办清单，请承办单位在办结前上传发放凭证并完成回访，回访结果计入部门考核。",
    },
  ],
  stages: [
    {
      id: "received",
      title: "工单到达：先认领，再查清",
      description:
        "1月19日上午，工单派到监察大队。包工头说总包不给钱，项目部说跟他们没关系，诉求人已经被“推”了一圈。你的第一步是认领问题、联系诉求人，然后查清欠薪链条：谁欠谁、欠多少、有没有工资专用账户和保证金。",
      actions: [
        {
          id: "claim",
          label: "认领工单并电话联系诉求人",
          cost: 20,
          reveals: ["f-detail"],
          feedback:
            "杨师傅说班组18个人，9到12月的工资合计大概42万多，考勤是项目部的人记的。他听说你们会来现场，语气缓和了不少。",
        },
        {
          id: "verify-site",
          label: "到工地现场核查考勤、工资表和专用账户",
          cost: 180,
          reveals: ["f-site"],
          feedback: "现场核查：总包宏达建设开设了工资专用账户，有50万元工资保证金；考勤和工资表与诉求相符。",
        },
        {
          id: "contact-zhujian",
          label: "联系住建局建筑市场监管科",
          cost: 30,
          reveals: ["f-chain"],
          feedback:
            "住建局：建设单位锦程置业拖欠总包进度款约860万元，住建局同意联合约谈，并可暂缓其后续预售资金拨付。",
        },
        {
          id: "pass-buck",
          label: "回复诉求人“属于合同纠纷，请通过劳动仲裁或法院解决”",
          cost: 15,
          effects: { heat: 15 },
          feedback:
            "诉求人在电话里说“你们也踢皮球”，随后再次拨打12345投诉。欠薪属于劳动保障监察的职责范围，让工人自己去打官司，是典型的推诿。",
        },
        {
          id: "joint-meeting",
          label: "会同住建局约谈总包和建设单位",
          cost: 240,
          guard: { all: [{ actionDone: "verify-site" }, { actionDone: "contact-zhujian" }] },
          reveals: ["f-plan"],
          feedback:
            "约谈会议确定：总包1月22日前通过专用账户足额发放42.6万元，不足部分先动用保证金；建设单位1月25日前支付进度款300万元。监察大队全程跟踪。",
          target: "coordinating",
        },
      ],
      tasks: [
        {
          id: "ack-reply",
          label: "给诉求人发送受理告知",
          taskType: "netizen-reply",
          prompt:
            "通过12345平台给诉求人发送受理告知（120字左右）：表明你们负责到底，说明接下来要做什么、大概什么时候有结果、怎么联系承办人。",
          message:
            "我在悦澜府二期工地做木工，班组十几个人从九月干到现在没拿到工资，找包工头说上面没给钱，找项目部说跟他们没关系。快过年了，请政府帮忙把工资要回来。",
          respondsTo: "i-ticket",
          cost: 15,
          deadlineRules: ["LOCAL-12345-dept"],
          weights: { ownership: 2, specificity: 1.5 },
          exemplar:
            "杨师傅您好，我是市人社局劳动保障监察大队的承办人。您反映的悦澜府二期工地欠薪问题由我们负责办理，请放心。今天下午我们会到工地核对考勤和工资表，并会同住建局约谈总包和建设单位，力争在春节前把工资发到大家手上。办理进展我会及时电话告诉您，有新情况也可以打监察大队电话0512-5218 3301找我。",
        },
      ],
      timers: [
        {
          id: "t-no-action",
          label: "两天过去仍未约谈，工人到工地门口聚集",
          at: 2880,
          target: "escalation",
          effects: { heat: 25 },
        },
      ],
    },
    {
      id: "coordinating",
      title: "联合处置：把约谈结果落到账上",
      description:
        "约谈有了结果，但会议纪要不等于钱到账。接下来要盯住总包按期发放、必要时动用工资保证金，对拖延的单位依法下达整改指令，并做好发放现场的核对。",
      actions: [
        {
          id: "order-rectify",
          label: "对总包下达《劳动保障监察限期整改指令书》",
          cost: 60,
          feedback:
            "指令书要求宏达建设1月22日前足额支付，逾期将依法处理并纳入欠薪失信联合惩戒名单。总包当天回函确认。",
        },
        {
          id: "use-deposit",
          label: "启动工资保证金，督促银行代发到工人个人账户",
          cost: 600,
          reveals: ["f-paid"],
          effects: { heat: -20 },
          feedback:
            "1月22日，42.6万元代发到18名工人本人账户，工人逐一签字确认。保证金动用部分由总包15日内补足。",
          target: "payout",
        },
        {
          id: "wait-developer",
          label: "等建设单位的进度款到位后再让总包发放",
          cost: 1440,
          effects: { heat: 10 },
          feedback:
            "建设单位的款还在“走流程”，工人又等了一天，工地群里“老板跑路了”的说法越传越真。工资保证金就是为这种情况准备的。",
        },
      ],
      timers: [
        {
          id: "t-stalled",
          label: "约谈后两天仍未发放，工人聚集",
          afterEntry: 2880,
          target: "escalation",
          effects: { heat: 20 },
        },
      ],
    },
    {
      id: "escalation",
      title: "工地门口的横幅：工单变成了舆情",
      description:
        "十几名工人举着“还我血汗钱”的牌子站在工地门口，视频在本地短视频号上传播，江滨日报民生热线要求当天答复。现在需要马上到现场、当场拿出发放方案，并在网上说清楚政府在做什么。",
      actions: [
        {
          id: "site-emergency",
          label: "赶赴现场，会同住建局当场协调并启动工资保证金",
          cost: 240,
          reveals: ["f-detail", "f-site", "f-chain", "f-plan", "f-paid"],
          effects: { heat: -10 },
          feedback:
            "现场协调后，总包当天动用保证金，42.6万元于次日代发到18名工人账户。工人散去，但“打了两次12345没人管”的视频已经传开。",
        },
      ],
      tasks: [
        {
          id: "public-response",
          label: "在官方账号回应欠薪视频",
          taskType: "netizen-reply",
          prompt:
            "以市人社局名义在本地短视频号评论区和官方微博公开回应（200字左右）：承认办理不及时，讲清已查明的欠薪情况、发放安排和时间、责任单位，给出欠薪举报渠道。不要公开诉求人的姓名和电话。",
          message:
            "琴川悦澜府工地门口，十几个工人举着“还我血汗钱”的牌子，说干了四个月没拿到工资，打了两次12345也没人管。",
          respondsTo: "i-gathering",
          cost: 25,
          deadlineRules: ["YQ-61-other"],
          weights: { ownership: 2, specificity: 1.5 },
          publishes: true,
          branches: [
            {
              guard: {
                all: [{ taskScoreAtLeast: { task: "public-response", min: 55 } }, { factKnown: "f-paid" }],
              },
              target: "payout",
            },
          ],
          target: "end-failure",
          exemplar:
            "关于悦澜府二期工地工人反映欠薪的情况说明：工人们最早在1月19日通过12345反映，我们跟进不够快，让大家在寒风里等，对不起。经核查，该工地一个木工班组18人2023年9月至12月工资共42.6万元未发，原因是建设单位拖欠总包进度款。今天我局会同住建局到现场协调，总包已动用工资保证金，明天将通过银行把工资全部发到工人本人账户，我局全程监督。对拖欠单位我们已下达限期整改指令，逾期将依法处理。遇到欠薪可拨打12345或市劳动保障监察举报电话0512-5218 3301。",
        },
      ],
      timers: [
        {
          id: "t-petition",
          label: "一天内未拿出方案，工人到市政府上访",
          afterEntry: 1440,
          target: "end-failure",
          effects: { heat: 20 },
        },
      ],
    },
    {
      id: "payout",
      title: "钱到账之后：答复与回访",
      description:
        "工资已经发到工人手上，但工单还没有办结。请给诉求人写一份正式答复（说明查明的情况、处理结果和后续保障），再按要求回访，听听他对办理结果是否满意。",
      actions: [
        {
          id: "callback",
          label: "电话回访诉求人并记录满意度",
          cost: 20,
          guard: { taskDone: "final-reply" },
          feedback: "回访完成，诉求人对办理结果作出评价，工单提交办结。",
          branches: [
            {
              guard: {
                all: [
                  { taskScoreAtLeast: { task: "final-reply", min: 70 } },
                  { not: { actionDone: "site-emergency" } },
                  { not: { actionDone: "pass-buck" } },
                ],
              },
              target: "end-success",
            },
            { guard: { taskScoreAtLeast: { task: "final-reply", min: 40 } }, target: "end-partial" },
          ],
          target: "end-failure",
        },
      ],
      tasks: [
        {
          id: "final-reply",
          label: "撰写工单办理答复",
          taskType: "netizen-reply",
          prompt:
            "撰写12345工单的正式答复（250字左右），将在平台存档并告知诉求人：查明的事实、处理过程、结果（金额、日期、方式）、对责任单位的处理、今后再遇欠薪怎么办、承办人联系方式。语气诚恳，不要写成公文套话。",
          message:
            "工单：琴川街道悦澜府二期工地木工班组四个月工资未发，找包工头、项目部都被推脱，春节前急需拿到工资回家。",
          respondsTo: "i-ticket",
          cost: 30,
          deadlineRules: ["LOCAL-12345-dept-complaint"],
          weights: { specificity: 2, ownership: 1.5 },
          exemplar:
            "杨师傅您好！您1月19日反映的悦澜府二期工地欠薪问题，现将办理情况答复如下：\n一、查明情况。我局1月19日下午到工地核查，您所在木工班组18人2023年9月至12月工资共42.6万元未发放，考勤表、工资表与您反映的一致。欠薪原因是建设单位锦程置业拖欠总包宏达建设工程进度款。\n二、处理结果。1月20日我局会同住建局约谈总包和建设单位，并向总包下达限期整改指令。1月22日，总包动用工资保证金，将42.6万元全部通过银行代发到18名工友本人账户，大家已签字确认。建设单位承诺1月25日前支付进度款，住建局跟踪落实，保证金由总包15日内补足。\n三、今后如再遇到拖欠工资，可拨打12345或劳动保障监察举报电话0512-5218 3301，我们会第一时间处理。\n感谢您对我们工作的信任，祝您和工友们回家一路平安、春节愉快！\n市人社局劳动保障监察大队",
        },
      ],
      timers: [
        {
          id: "t-no-callback",
          label: "工单超期未答复或未回访",
          afterEntry: 2880,
          target: "end-partial",
        },
      ],
    },
    {
      id: "end-success",
      title: "结局：工资到账，工单“满意”办结",
      description: "诉求闭环办结。",
      final: {
        outcome: "success",
        narrative:
          "你在第一时间认领工单并联系了诉求人，核查、约谈、动用保证金环环相扣，42.6万元在1月22日发到18名工人手上，工地门口没有出现聚集。答复写清了事实、金额、日期和责任单位，回访时诉求人评价“非常满意”。这张工单被12345中心作为“首接负责、网上问政与网下施政联动”的案例推送。",
      },
    },
    {
      id: "end-partial",
      title: "结局：钱发了，但过程有扣分",
      description: "问题解决，闭环不完整。",
      final: {
        outcome: "partial",
        narrative:
          "工人最终拿到了工资，但办理过程有明显短板：或者拖到工人聚集、视频上网才到现场，或者答复缺少具体的金额、日期和责任单位，或者迟迟没有回访，工单被督办科标注为超期。诉求人的评价是“基本满意”，他说“钱是拿到了，就是太折腾”。",
      },
    },
    {
      id: "end-failure",
      title: "结局：推诿之下，工单变成上访",
      description: "诉求未解决，事态升级。",
      final: {
        outcome: "failure",
        narrative:
          "工人们在工单里被推来推去，或者在聚集发生后仍拿不出发放方案，最终十几名工人到市政府门口讨薪，视频和“打了两次12345没人管”的说法被大量转发。市里启动问责，人社局被要求说明首接负责为什么没有落实。欠薪问题的关键从来不是弄清“归谁管”，而是先把钱发到工人手上。",
      },
    },
  ],
  reactions: [
    {
      id: "r-high",
      scoreBetween: [75, 100],
      comments: [
        { author: "木工小杨的女儿", text: "谢谢！我爸说明天钱就到账，终于能回家过年了。" },
        { author: "工地老乡", text: "写得清楚，哪天发、谁来发都说了，这回放心了。" },
        { author: "江滨随手拍", text: "后续我们会跟进，看钱到没到账。" },
        { author: "路过的网友", text: "态度不错，还承认了跟进慢，点个赞。" },
        { author: "打工人老李", text: "举报电话存下了，希望别的工地也这么办。" },
      ],
    },
    {
      id: "r-mid",
      scoreBetween: [50, 74],
      comments: [
        { author: "工地老乡", text: "说是明天发，那保证金不够怎么办？" },
        { author: "路过的网友", text: "早干嘛去了，要上了视频才动。" },
        { author: "打工人老李", text: "希望说到做到。" },
        { author: "木工小杨的女儿", text: "具体几点能到账啊？" },
      ],
    },
    {
      id: "r-low",
      scoreBetween: [0, 49],
      comments: [
        { author: "工地老乡", text: "说了一大堆，钱呢？" },
        { author: "打工人老李", text: "又是“正在协调”，协调到过完年吗？" },
        { author: "路过的网友", text: "看不出来有谁负责。" },
        { author: "木工小杨的女儿", text: "我爸看完更着急了。" },
        { author: "江滨随手拍", text: "官方回应了，但好像什么都没说。" },
      ],
    },
    {
      id: "r-buck",
      findingCodes: ["ownership.buck-passing"],
      comments: [
        { author: "工地老乡", text: "又在踢皮球，让我们自己去打官司？" },
        { author: "打工人老李", text: "包工头推总包，总包推开发商，你们推法院。" },
        { author: "路过的网友", text: "欠薪不归人社管归谁管？" },
        { author: "木工小杨的女儿", text: "打了两次12345就得到这个？" },
      ],
    },
    {
      id: "r-officialese",
      findingCodes: ["officialese.empty"],
      comments: [
        { author: "打工人老李", text: "“高度重视”“积极协调”，官话套话，说了等于没说。" },
        { author: "工地老乡", text: "我们要的是钱，不是重视。" },
        { author: "路过的网友", text: "每年过年前都是这一套。" },
        { author: "江滨随手拍", text: "能给个日期吗？" },
      ],
    },
    {
      id: "r-hostile",
      findingCodes: ["hostility.labelling", "hostility.threat"],
      comments: [
        { author: "工地老乡", text: "讨自己的工资也成了“扰乱秩序”？" },
        { author: "打工人老李", text: "先把欠的钱发了，再说别的。" },
        { author: "路过的网友", text: "这话对着工人说，太寒心了。" },
        { author: "木工小杨的女儿", text: "我爸他们只是想回家过年。" },
      ],
    },
    {
      id: "r-privacy",
      findingCodes: ["privacy.phone", "privacy.name", "privacy.address"],
      comments: [
        { author: "路过的网友", text: "怎么把人家电话都公开了？" },
        { author: "打工人老李", text: "点名道姓地挂出来，以后谁还敢反映问题。" },
        { author: "木工小杨的女儿", text: "请把我爸的名字和电话删掉！" },
        { author: "江滨随手拍", text: "回应可以，个人信息要保护。" },
      ],
    },
  ],
} satisfies ScenarioDefinition;

export default scenario;
