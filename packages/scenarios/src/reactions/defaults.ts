import type { ReactionPool } from "../format.ts";

/**
 * Netizen comments used when a scenario brings no pools of its own. Pools matched by a finding
 * code are drawn first (they say why netizens react); score bands fill the rest.
 */
export const DEFAULT_REACTIONS: ReactionPool[] = [
  {
    id: "default-buck-passing",
    findingCodes: ["ownership.buck-passing"],
    comments: [
      { author: "路过的老张", text: "又在踢皮球，到底归谁管？" },
      { author: "江边看客", text: "“请找相关部门”——你们不就是相关部门吗？" },
      { author: "小区业主群", text: "转来转去，最后谁也不负责。" },
      { author: "热心市民王女士", text: "打了三次电话都说不归他们管，寒心。" },
    ],
  },
  {
    id: "default-officialese",
    findingCodes: ["officialese.empty"],
    comments: [
      { author: "吃瓜群众", text: "高度重视、积极协调……然后呢？什么时候解决？" },
      { author: "夜班护士", text: "全是套话，一句具体的都没有。" },
      { author: "老街坊", text: "这种通报我能背下来了，换个地名照样用。" },
    ],
  },
  {
    id: "default-hostility",
    findingCodes: ["hostility"],
    comments: [
      { author: "不说话的大多数", text: "这是什么态度？我们只是想知道真相。" },
      { author: "追更中", text: "说网民别有用心？截图了，等着看。" },
      { author: "本地大V观察", text: "这条回应会让事情更糟，已经有人在转发骂了。" },
    ],
  },
  {
    id: "default-unverified",
    findingCodes: ["factualCaution.unverified-claim"],
    comments: [
      { author: "较真的网友", text: "这个数字哪来的？跟现场视频对不上。" },
      { author: "新闻系学生", text: "还没调查完就下结论？" },
    ],
  },
  {
    id: "default-next-update",
    findingCodes: ["factualCaution.next-update"],
    comments: [
      { author: "附近居民", text: "说了几点再通报，那就等等看。" },
      { author: "上班族小李", text: "有时间表就好，别到时候又没下文。" },
    ],
  },
  {
    id: "default-low",
    scoreBetween: [0, 44],
    comments: [
      { author: "围观网友", text: "等于什么都没说。" },
      { author: "楼下便利店", text: "回应了个寂寞。" },
      { author: "愤怒的家长", text: "我们要的是答复，不是敷衍。" },
      { author: "理性吃瓜", text: "越是这样越让人怀疑。" },
    ],
  },
  {
    id: "default-middle",
    scoreBetween: [45, 69],
    comments: [
      { author: "观望中", text: "总算回应了，但关键问题还没说清楚。" },
      { author: "社区志愿者", text: "希望后面能把处理结果公布出来。" },
      { author: "老家在这边", text: "态度还行，具体怎么办？" },
    ],
  },
  {
    id: "default-high",
    scoreBetween: [70, 100],
    comments: [
      { author: "附近居民", text: "说清楚了，谢谢及时通报。" },
      { author: "理性吃瓜", text: "有数据有时间，比之前的传言靠谱。" },
      { author: "热心市民王女士", text: "联系方式也给了，这样处理挺好。" },
      { author: "江边看客", text: "等下一次通报，别信谣不传谣。" },
    ],
  },
];
