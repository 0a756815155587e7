/**
 * The demo organisation: 江滨市, a fictional county-level city. Each unit lists its responsible
 * leader (第一责任人) first, then its cadres. Names and positions are invented.
 */
import type { UnitKind } from "../schema.ts";

export interface DemoPerson {
  name: string;
  position: string;
  level: "leader" | "cadre" | "staff";
  username?: string;
}

export interface DemoUnit {
  key: string;
  name: string;
  kind: UnitKind;
  people: DemoPerson[];
  children?: DemoUnit[];
}

const L = (name: string, position: string): DemoPerson => ({ name, position, level: "leader" });
const C = (name: string, position: string): DemoPerson => ({ name, position, level: "cadre" });
const S = (name: string, position: string): DemoPerson => ({ name, position, level: "staff" });

export const DEMO_CITY: DemoUnit = {
  key: "city",
  name: "江滨市",
  kind: "city",
  people: [L("周建国", "市委副书记")],
  children: [
    {
      key: "swb",
      name: "市委办公室",
      kind: "department",
      people: [L("钱文华", "主任"), C("孙立新", "信息科科长"), S("李晓雯", "科员")],
    },
    {
      key: "zzb",
      name: "市委组织部",
      kind: "department",
      people: [
        L("吴振华", "常务副部长"),
        { ...C("郑雅琴", "干部教育科科长"), username: "demo-reviewer" },
        { ...C("王浩然", "信息中心主任"), username: "demo-admin" },
      ],
    },
    {
      key: "xcb",
      name: "市委宣传部",
      kind: "department",
      people: [L("冯志强", "副部长（网信办主任）"), C("陈静怡", "网络舆情科科长"), S("褚天宇", "科员")],
    },
    {
      key: "dx",
      name: "市委党校",
      kind: "department",
      people: [
        L("卫国平", "常务副校长"),
        { ...C("蒋丽萍", "公共管理教研室主任"), username: "demo-instructor" },
        C("沈一鸣", "讲师"),
      ],
    },
    {
      key: "zfb",
      name: "市政府办公室",
      kind: "department",
      people: [L("韩东升", "主任"), C("杨帆", "督查科科长"), S("朱小燕", "科员")],
    },
    {
      key: "bmzx",
      name: "市便民服务中心（12345）",
      kind: "department",
      people: [
        L("秦海燕", "主任"),
        C("尤佳", "受理科科长"),
        C("许明轩", "督办科科长"),
        S("何婷婷", "话务员"),
        S("吕思源", "工单员"),
      ],
    },
    {
      key: "jyj",
      name: "市教育局",
      kind: "department",
      people: [
        L("施卫东", "局长"),
        C("张晓光", "基础教育科科长"),
        C("孔令杰", "办公室主任"),
        S("曹雨萱", "科员"),
      ],
    },
    {
      key: "sthjj",
      name: "市生态环境局",
      kind: "department",
      people: [
        L("严永刚", "局长"),
        { ...C("陈思远", "宣传与信访科科长"), username: "demo-learner" },
        C("华建平", "执法大队副大队长"),
        S("金梦琪", "科员"),
      ],
    },
    {
      key: "zjj",
      name: "市住房和城乡建设局",
      kind: "department",
      people: [L("魏晓东", "局长"), C("陶志远", "建筑市场科科长"), S("姜楠", "科员")],
    },
    {
      key: "rsj",
      name: "市人力资源和社会保障局",
      kind: "department",
      people: [L("戚红梅", "局长"), C("谢振宇", "劳动保障监察大队大队长"), S("邹晓琳", "科员")],
    },
    {
      key: "cgj",
      name: "市城市管理局",
      kind: "department",
      people: [L("喻德明", "局长"), C("柏文涛", "市容科科长"), S("水清清", "科员")],
    },
    {
      key: "qyz",
      name: "青阳镇",
      kind: "town",
      people: [L("窦国强", "镇党委书记"), C("章雪梅", "镇长"), C("云飞", "副镇长")],
      children: [
        {
          key: "qyz-office",
          name: "青阳镇党政办公室",
          kind: "office",
          people: [L("苏文斌", "主任"), S("潘佳琪", "干事")],
        },
        {
          key: "qyz-qyc",
          name: "青阳村",
          kind: "village",
          people: [L("葛福林", "村党委书记"), C("奚晓峰", "村委会主任")],
        },
        {
          key: "qyz-xqc",
          name: "新桥村",
          kind: "village",
          people: [L("范根宝", "村党总支书记"), S("彭丽", "村委委员")],
        },
      ],
    },
    {
      key: "btz",
      name: "白塔镇",
      kind: "town",
      people: [L("郎建华", "镇党委书记"), C("鲁晓明", "镇长")],
      children: [
        {
          key: "btz-office",
          name: "白塔镇党政办公室",
          kind: "office",
          people: [L("韦志刚", "主任"), S("昌雨欣", "干事")],
        },
        {
          key: "btz-btc",
          name: "白塔村",
          kind: "village",
          people: [L("马永福", "村党委书记"), C("苗春燕", "村委会主任")],
        },
        { key: "btz-dhc", name: "东湖村", kind: "village", people: [L("凤德才", "村党支部书记")] },
      ],
    },
    {
      key: "mlz",
      name: "梅李镇",
      kind: "town",
      people: [L("花卫民", "镇党委书记"), C("方晓芸", "副镇长")],
      children: [
        {
          key: "mlz-office",
          name: "梅李镇党政办公室",
          kind: "office",
          people: [L("俞建军", "主任"), S("任思琪", "干事")],
        },
        {
          key: "mlz-zsc",
          name: "赵市村",
          kind: "village",
          people: [L("袁国良", "村党委书记"), C("柳燕", "村委会委员")],
        },
      ],
    },
    {
      key: "ysjd",
      name: "虞山街道",
      kind: "street",
      people: [L("酆志勇", "街道党工委书记"), C("鲍丽华", "街道办事处主任")],
      children: [
        {
          key: "ysjd-office",
          name: "虞山街道综合办公室",
          kind: "office",
          people: [L("史晓军", "主任"), S("唐欣怡", "干事")],
        },
        {
          key: "ysjd-qhsq",
          name: "琴湖社区",
          kind: "community",
          people: [L("费玉珍", "社区党委书记"), S("廉凯", "网格员")],
        },
        { key: "ysjd-njsq", name: "南泾社区", kind: "community", people: [L("岑晓东", "社区党委书记")] },
      ],
    },
    {
      key: "qcjd",
      name: "琴川街道",
      kind: "street",
      people: [L("薛建明", "街道党工委书记"), C("雷雅婷", "街道办事处副主任")],
      children: [
        { key: "qcjd-office", name: "琴川街道综合办公室", kind: "office", people: [L("贺永强", "主任")] },
        {
          key: "qcjd-sysq",
          name: "书院社区",
          kind: "community",
          people: [L("倪美华", "社区党委书记"), S("汤浩", "网格员")],
        },
      ],
    },
  ],
};

/** Roles of the demo accounts; every other cadre is a learner. */
export const DEMO_ROLES: Record<string, ("learner" | "instructor" | "reviewer" | "admin")[]> = {
  "demo-learner": ["learner"],
  "demo-instructor": ["instructor", "learner"],
  "demo-reviewer": ["reviewer"],
  "demo-admin": ["admin", "instructor", "reviewer"],
};

export const DEMO_PASSWORD = "demo12345";
