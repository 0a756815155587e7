import type { ScenarioDefinition } from "../format.ts";

const scenario = {
  schemaVersion: 1,
  id: "village-affairs-complaint",
  version: 1,
  title: "村务公开栏八个月没更新：流转费去哪了？",
  summary:
    "梅李镇新塘村一位村民在网络问政平台留言：村务公开栏八个月没更新，土地流转费、集体鱼塘承包款、修村道的钱都不清楚，怀疑村干部私分。你是梅李镇党政办负责网络问政的干部，要认领问题、查清账目、推动补公开，用事实答复村民，并把“键对键”变成“面对面”。",
  category: "appeal",
  competencies: ["appeal", "netizen-reply", "risk"],
  difficulty: 2,
  estimatedMinutes: 16,
  maxSimMinutes: 20160,
  setting: "江滨市",
  startStage: "received",
  deadlines: [{ ruleId: "LOCAL-wzwz-complaint" }],
  facts: [
    {
      id: "f-complaint",
      text: "留言反映：新塘村村务公开栏八个月未更新；土地流转费、集体鱼塘承包款和修村道的费用不公开，怀疑村干部私分。",
      verified: true,
      initiallyKnown: true,
    },
    {
      id: "f-board",
      text: "现场查看：新塘村村务公开栏最后一次更新是2023年6月，村“阳光村务”微信平台也已7个月未更新，违反“村务一般每季度公开一次、涉及群众切身利益的事项随时公开”的规定。",
      verified: true,
    },
    {
      id: "f-accounts",
      text: "镇经管站查账：2023年土地流转租金186万元全部进入村集体账户，按每亩1100元标准于2024年1月通过银行代发到1032户；集体鱼塘2022年经村民代表会议同意公开招标发包，承包款每年12万元按时入账。未发现私分。",
      verified: true,
    },
    {
      id: "f-gap",
      text: "查账同时发现：2023年村道修缮工程支出43万元，有村民代表会议决议和招投标记录，但结算后一直未公示。",
      verified: true,
    },
    {
      id: "f-rectify",
      text: "镇党委决定：责令新塘村3日内补公开2023年度财务收支、土地流转租金分配、鱼塘承包和村道工程结算；对村党总支书记进行诫勉谈话；全镇开展村务公开专项检查。",
      verified: true,
    },
    { id: "f-rumour-split", text: "村里传言：村干部私分了土地流转费。", verified: false },
  ],
  injects: [
    {
      id: "i-message",
      channel: "mailbox",
      at: 0,
      author: "新塘村村民",
      title: "网络问政：新塘村的账什么时候公开？",
      text: "我是梅李镇新塘村的村民。村委会门口的公开栏从去年夏天到现在一直没换过，上面贴的还是去年6月的东西。我们村的地流转出去好几年了，每年租金到底多少、发了多少，大家心里都没数。村里的鱼塘谁在包、一年多少钱也没人说。去年修村道，听说花了四十多万，也没见公布。问村干部就说“都在账上”，账在哪？大家私下都在说钱被干部分了。请镇里给我们一个明白。",
    },
    {
      id: "i-party-secretary",
      channel: "instruction",
      at: 60,
      author: "梅李镇党委书记 王志强",
      authorNote: "上级指示",
      text: "村务管理是矛盾多发的领域，这件事不要等它发酵。你牵头，经管站、纪委配合，7个工作日内查清答复。查出问题就整改，查清没问题也要把账亮出来。",
    },
    {
      id: "i-village-head",
      channel: "phone",
      at: 120,
      author: "新塘村党总支书记",
      text: "留言的应该是前年没包到鱼塘的那户，一直对村里有意见，故意搞事情。账都是清楚的，你们别理他就行。",
    },
    {
      id: "i-photo",
      channel: "feed",
      at: 200,
      author: "新塘老杨",
      text: "这是我们村的村务公开栏，日期还是2023年6月，风吹日晒字都看不清了。#梅李# #村务公开#",
      metrics: { reposts: 95, comments: 160, likes: 430 },
    },
    {
      id: "i-rumour",
      channel: "feed",
      at: 900,
      author: "梅李乡亲群截图",
      authorNote: "网友转发",
      text: "新塘村的流转费每亩少发了三四百，听说被村干部拿去分了，有没有人一起去镇里问问？",
      metrics: { reposts: 210, comments: 380, likes: 260 },
      rumour: true,
    },
    {
      id: "i-ticket",
      channel: "ticket",
      at: 1500,
      author: "市便民服务中心（12345）",
      title: "咨询土地流转租金发放标准",
      text: "来电人称是新塘村村民，去年流转费每亩1100元，听说隔壁村是1300元，问标准是谁定的、差价去哪了。",
      ticket: {
        ticketNo: "JB12345-20240408-0917",
        caller: "杨国庆",
        phone: "13915287460",
        category: "咨询·农村集体资产",
        address: "梅李镇新塘村9组",
        acceptedAt: "4月8日 10:21",
        timeLimit: "3个工作日",
      },
    },
    {
      id: "i-audit-call",
      channel: "phone",
      when: { actionDone: "audit" },
      author: "镇经管站站长",
      text: "账查完了。流转费、鱼塘承包款都对得上，没有私分。隔壁村流转的是高标准农田，租金标准不一样，合同里写得清楚。问题在公开：村道工程43万结算了一年都没公示，老百姓起疑心不奇怪。",
    },
    {
      id: "i-media",
      channel: "news",
      when: { all: [{ timeAtLeast: 5760 }, { not: { actionDone: "face-to-face" } }] },
      author: "江滨日报“阳光村务”专栏",
      text: "我们在做村务公开的系列报道，注意到新塘村村民的网络问政留言，想了解镇里的调查进展和整改措施。",
    },
  ],
  stages: [
    {
      id: "received",
      title: "留言到达：先认领，再到村里看",
      description:
        "网络问政平台把留言转到镇里。村书记在电话里说留言人“故意搞事情”，但公开栏照片已经在网上传开。你要做的是认领问题、联系留言人、到村里看一看，而不是判断留言人的动机。",
      actions: [
        {
          id: "call-villager",
          label: "通过平台联系留言人，了解具体诉求",
          cost: 20,
          feedback:
            "留言人说他不是要告谁，只想看到账：流转费每亩多少、鱼塘谁包的、修路花了多少。他愿意参加村里的公开会。",
        },
        {
          id: "site-check",
          label: "到新塘村查看公开栏和“阳光村务”平台",
          cost: 90,
          reveals: ["f-board"],
          feedback: "公开栏最后更新是2023年6月，微信平台7个月没更新。村务公开确实没有按规定做。",
          target: "investigating",
        },
        {
          id: "buck-reply",
          label: "回复留言人“村务属于村民自治事项，请向村委会反映”",
          cost: 15,
          effects: { heat: 15, publishes: "evasive" },
          feedback:
            "留言人在平台追评：“就是问村委会问不出来才找镇里。”乡镇对村务公开负有指导和监督职责，这样回复是推诿。",
        },
        {
          id: "label-villager",
          label: "采纳村书记说法，认定留言人“因私怨恶意举报”",
          cost: 10,
          effects: { heat: 20 },
          feedback:
            "还没查账就给留言人定性，消息很快传回村里，更多村民站到了留言人一边。判断留言人的动机不是你的工作，查清事实才是。",
        },
      ],
      timers: [
        {
          id: "t-drift",
          label: "两天没人到村里，镇领导催办",
          at: 2880,
          target: "investigating",
          effects: { heat: 10 },
        },
      ],
    },
    {
      id: "investigating",
      title: "查账与整改：把账亮出来",
      description:
        "公开不到位已经确认，钱有没有问题还要查账。查清之后，不管结果如何，都要把账在村民面前亮出来，并在网络问政平台公开答复。",
      actions: [
        {
          id: "audit",
          label: "请镇经管站调取村集体账目专项核查",
          cost: 240,
          reveals: ["f-accounts", "f-gap"],
          feedback:
            "查账结果：流转费和鱼塘承包款都入了账、按标准发放，未发现私分；但村道工程43万元结算后一直未公示。",
        },
        {
          id: "rectify",
          label: "提请镇党委责令补公开并约谈村书记",
          cost: 60,
          guard: { factKnown: "f-gap" },
          reveals: ["f-rectify"],
          feedback: "镇党委决定：3日内补公开四类事项，对村党总支书记诫勉谈话，全镇开展村务公开专项检查。",
        },
        {
          id: "face-to-face",
          label: "在新塘村召开村民代表“面对面”会，现场逐项公开账目",
          cost: 180,
          guard: { actionDone: "audit" },
          effects: { heat: -15 },
          feedback:
            "会上经管站逐项讲解了流转费、鱼塘和村道工程的账，留言人和几位村民提了十几个问题，都当场答复。有人说：“早这样贴出来，谁还会瞎猜。”",
        },
      ],
      tasks: [
        {
          id: "public-reply",
          label: "在网络问政平台公开答复",
          taskType: "netizen-reply",
          prompt:
            "撰写网络问政公开答复（300字左右）：查明的事实（公开栏情况、流转费和鱼塘款的去向和数字、村道工程情况），坦率承认公开不到位，说明整改措施和时间、在哪里可以看到公开的账目、还有疑问找谁。不要给留言人贴标签，不要公开其个人信息。",
          message:
            "新塘村村务公开栏八个月没更新；土地流转费、鱼塘承包款、修村道四十多万都没公布；问村干部说“都在账上”；大家私下说钱被干部分了。请镇里给个明白。",
          respondsTo: "i-message",
          cost: 30,
          deadlineRules: ["LOCAL-wzwz-complaint"],
          weights: { specificity: 2, factualCaution: 1.5 },
          publishes: true,
          target: "followup",
          exemplar:
            "您好，感谢您对村里事务的关心。收到留言后，镇党政办、经管站和纪委到新塘村进行了核查，情况如下：\n一、公开栏确实从2023年6月起没有更新，“阳光村务”平台也7个月未更新，这是村里的问题，镇里督促指导也不到位，向您和村民们道歉。\n二、经管站查了村集体账目：2023年土地流转租金186万元全部进入村集体账户，按每亩1100元标准于今年1月通过银行发到1032户；隔壁村流转的是高标准农田，合同租金标准不同。集体鱼塘2022年经村民代表会议同意公开招标发包，每年12万元按时入账。没有发现私分。\n三、去年村道修缮工程支出43万元，有村民代表会议决议和招投标记录，但结算后一直未公示，这也是问题。\n整改：4月12日前，村里在公开栏和微信平台补公开2023年度财务收支、流转费分配、鱼塘承包和村道工程结算；镇党委已对村书记诫勉谈话，并在全镇开展村务公开检查。4月13日上午9点，我们在村委会召开村民代表会，逐项讲账，欢迎您参加。如有疑问，可拨打镇经管站电话0512-5219 4410。",
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
      id: "followup",
      title: "回访：村民认不认这个账",
      description: "公开答复已发出。回访留言人，听他对答复和补公开是否认可，办结这件留言。",
      actions: [
        {
          id: "callback",
          label: "回访留言人并记录评价",
          cost: 20,
          feedback: "回访完成，留言人给出了评价。",
          branches: [
            {
              guard: {
                all: [
                  { taskScoreAtLeast: { task: "public-reply", min: 70 } },
                  { actionDone: "face-to-face" },
                  { actionDone: "rectify" },
                  { not: { actionDone: "label-villager" } },
                ],
              },
              target: "end-success",
            },
            { guard: { taskScoreAtLeast: { task: "public-reply", min: 45 } }, target: "end-partial" },
          ],
          target: "end-failure",
        },
      ],
      timers: [
        {
          id: "t-no-callback",
          label: "答复后未回访",
          afterEntry: 4320,
          target: "end-partial",
        },
      ],
    },
    {
      id: "end-success",
      title: "结局：账亮出来了，心结解开了",
      description: "网上问政与网下施政联动。",
      final: {
        outcome: "success",
        narrative:
          "你没有接受“恶意举报”的说法，而是到村里看、请经管站查账，把没有私分的事实和公开不到位的问题一起讲清楚。补公开按时贴上了公开栏，“面对面”会上村民的问题当场有了回答，留言人回访时评价“满意”，还在平台追评“账看到了，谢谢镇里”。全镇的村务公开专项检查又发现了4个村的类似问题。",
      },
    },
    {
      id: "end-partial",
      title: "结局：答复了，但疑心没全消",
      description: "事实查清，沟通不足。",
      final: {
        outcome: "partial",
        narrative:
          "账查清了，答复也发了，但村民没能“看到”账：或者答复里缺少具体数字和整改时间，或者没有到村里面对面讲，或者答复后没有回访。“私分”的传言少了，“镇里和村里是一伙的”的说法还在村民群里流传。",
      },
    },
    {
      id: "end-failure",
      title: "结局：推诿与定性，小事拖成了信访",
      description: "村务矛盾升级。",
      final: {
        outcome: "failure",
        narrative:
          "留言被“村民自治”推了回去，或者留言人被认定为“恶意举报”，或者答复超期。二十多位村民到镇政府要求查账，本地媒体的“阳光村务”专栏点了新塘村的名。其实账本身没有大问题，问题出在不公开、不回应——稳定风险评估点名村务管理，正是因为这样的小事最容易积成大事。",
      },
    },
  ],
  reactions: [
    {
      id: "r-high",
      scoreBetween: [75, 100],
      comments: [
        { author: "新塘老杨", text: "每亩多少、发了多少户都写了，这样大家就明白了。" },
        { author: "梅李乡亲", text: "修路的钱也认了没公示，实在。" },
        { author: "路过的网友", text: "13号的会我也去听听。" },
        { author: "新塘村民", text: "早这样公开，哪来那么多闲话。" },
      ],
    },
    {
      id: "r-mid",
      scoreBetween: [50, 74],
      comments: [
        { author: "新塘老杨", text: "说没私分，那账本能不能给我们看看？" },
        { author: "梅李乡亲", text: "隔壁村为什么多两百，还是没讲清。" },
        { author: "新塘村民", text: "整改什么时候贴出来？" },
        { author: "路过的网友", text: "回了就比不回强。" },
      ],
    },
    {
      id: "r-low",
      scoreBetween: [0, 49],
      comments: [
        { author: "新塘老杨", text: "“经核查未发现问题”，核查了什么？" },
        { author: "梅李乡亲", text: "一个数字都没有，让人怎么信。" },
        { author: "新塘村民", text: "镇里跟村里一个口径。" },
        { author: "路过的网友", text: "这回复等于没回。" },
      ],
    },
    {
      id: "r-buck",
      findingCodes: ["ownership.buck-passing"],
      comments: [
        { author: "新塘老杨", text: "又在踢皮球，让我们去找村委会，村委会就是问不出来啊。" },
        { author: "梅李乡亲", text: "镇里不管村务公开，那谁管？" },
        { author: "新塘村民", text: "一句“村民自治”就打发了。" },
        { author: "路过的网友", text: "皮球踢回原点。" },
      ],
    },
    {
      id: "r-hostile",
      findingCodes: ["hostility.labelling", "hostility.threat"],
      comments: [
        { author: "新塘村民", text: "问个账就成了“别有用心”？" },
        { author: "梅李乡亲", text: "先查账，再说人家动机。" },
        { author: "新塘老杨", text: "以后谁还敢提意见。" },
        { author: "路过的网友", text: "这口气，怪不得村民不信。" },
      ],
    },
    {
      id: "r-privacy",
      findingCodes: ["privacy.phone", "privacy.name", "privacy.address"],
      comments: [
        { author: "新塘村民", text: "怎么把留言人是哪个组的都写出来了？" },
        { author: "路过的网友", text: "怎么把人家电话都公开了。" },
        { author: "梅李乡亲", text: "在村里以后要被人戳脊梁骨的。" },
        { author: "新塘老杨", text: "赶紧删了吧。" },
      ],
    },
  ],
} satisfies ScenarioDefinition;

export default scenario;
