// The page's own words in Chinese and English. Names come from the API (`name`, `nameEn`); the letters stay Chinese.
const words = {
  zh: {
    title: '粤桂科技合作看板',
    nav: '视图',
    partners: '合作伙伴',
    matrix: '城市矩阵',
    gaps: '合作空白',
    money: '资金',
    letters: '来函',
    language: 'English',
    languageLabel: '切换为英文界面',
    live: '实时更新',
    liveUpdated: (version) => `图已更新（版本 ${version}），视图已刷新`,
    loading: '加载中…',
    failed: '无法读取数据：',
    search: '搜索城市、省区或机构（中文、英文、别名）',
    searchLabel: '搜索地点或机构',
    noResults: '无匹配结果',
    pickEntity: '输入名称以选择城市、省区或机构。',
    partnersOf: (name, bloc) => `${name}在${bloc}的合作伙伴`,
    partnersNone: '没有记载的合作伙伴。',
    network: (name, count) => `${name}的合作网络图：${count}条合作关系；下方列表给出同样内容`,
    partner: '合作方',
    local: '本方主体',
    artefact: '共同载体',
    types: '关系类型',
    status: '状态',
    evidence: '出处',
    openQuote: (section) => `打开来函原文${section ? `（${section}）` : ''}`,
    citation: '参考文献',
    rows: '广西城市',
    columns: '粤港澳大湾区城市',
    matrixCaption: '广西城市 × 大湾区城市：每格为合作联系数，空格为空白',
    gap: '空白',
    includePlans: '含计划（下一步）',
    cellLabel: (row, column, count) => (count ? `${row} × ${column}：${count}条联系` : `${row} × ${column}：空白，无联系`),
    cellTitle: (row, column) => `${row} × ${column}`,
    links: '联系',
    close: '关闭',
    sectorGaps: '缺少跨区域载体的领域',
    institutionGaps: '在另一板块缺少合作伙伴的机构',
    planGaps: '尚无后续的计划',
    recommendations: '推荐的合作伙伴',
    score: '得分',
    byYear: '按年份',
    byBloc: '按板块',
    byFund: '按资金与出资方',
    shownOf: (shown, total) => `显示金额最大的 ${shown} 条，共 ${total} 条`,
    key: '分组',
    count: '关系数',
    amountSum: '金额合计（元）',
    duplicates: '可能重复报告的金额（元）',
    recipient: '接受方',
    amount: '金额',
    oneOff: '一次性',
    perYear: '每年',
    cumulative: '累计',
    periodUnknown: '口径未记载',
    year: '年份',
    unknown: '未知',
    moneyNote: '金额为来函所述；“未知”收纳未注明年份或板块的金额，从不丢弃。',
    letterList: '来函列表',
    facts: (count) => `本文记载的事实：${count}处高亮`,
    factsHere: '此处记载的事实',
    quoteMissing: '原文中找不到该引文。',
    openPartners: '查看其合作伙伴',
    from: '起点',
    to: '终点',
  },
  en: {
    title: 'Guangxi–Greater Bay Area cooperation',
    nav: 'Views',
    partners: 'Partners',
    matrix: 'City matrix',
    gaps: 'Gaps',
    money: 'Money',
    letters: 'Letters',
    language: '中文',
    languageLabel: 'Switch the interface to Chinese',
    live: 'Live updates',
    liveUpdated: (version) => `The graph changed (version ${version}); the view was refreshed`,
    loading: 'Loading…',
    failed: 'The data could not be read: ',
    search: 'Search a city, province or institution (Chinese, English, aliases)',
    searchLabel: 'Search a place or body',
    noResults: 'No match',
    pickEntity: 'Type a name to pick a city, province or institution.',
    partnersOf: (name, bloc) => `Partners of ${name} in ${bloc}`,
    partnersNone: 'No partnership is recorded.',
    network: (name, count) => `Partnership network of ${name}: ${count} ties; the list below holds the same`,
    partner: 'Partner',
    local: 'Local actor',
    artefact: 'Shared artefact',
    types: 'Relationship types',
    status: 'Status',
    evidence: 'Evidence',
    openQuote: (section) => `Open the letter at its quote${section ? ` (${section})` : ''}`,
    citation: 'Reference work',
    rows: 'Guangxi cities',
    columns: 'Greater Bay Area cities',
    matrixCaption: 'Guangxi cities × Greater Bay Area cities: links per pair; an empty cell is a gap',
    gap: 'gap',
    includePlans: 'Include plans (next steps)',
    cellLabel: (row, column, count) => (count ? `${row} × ${column}: ${count} links` : `${row} × ${column}: gap, no link`),
    cellTitle: (row, column) => `${row} × ${column}`,
    links: 'Links',
    close: 'Close',
    sectorGaps: 'Sectors without a cross-region artefact',
    institutionGaps: 'Institutions without a partner in the other bloc',
    planGaps: 'Plans without follow-up',
    recommendations: 'Recommended partners',
    score: 'Score',
    byYear: 'By year',
    byBloc: 'By bloc',
    byFund: 'By fund and funder',
    shownOf: (shown, total) => `The ${shown} largest of ${total}`,
    key: 'Group',
    count: 'Relationships',
    amountSum: 'Amount (yuan)',
    duplicates: 'Possibly reported twice (yuan)',
    recipient: 'Recipient',
    amount: 'Amount',
    oneOff: 'One-off',
    perYear: 'Per year',
    cumulative: 'Cumulative',
    periodUnknown: 'Period not recorded',
    year: 'Year',
    unknown: 'Unknown',
    moneyNote: 'Amounts as the letters state them; "Unknown" holds the amounts with no year or bloc, never dropped.',
    letterList: 'The letters',
    facts: (count) => `Facts this letter states: ${count} highlights`,
    factsHere: 'Facts stated here',
    quoteMissing: 'The quote is not in the text.',
    openPartners: 'Show its partners',
    from: 'From',
    to: 'To',
  },
};

const enums = {
  zh: {
    IMPLEMENTED: '已实施', ONGOING: '推进中', PLANNED: '计划',
    DIRECT: '直接合作', SHARED_ARTEFACT: '共同载体', SHARED_HUB: '共同载体',
    GUANGXI: '广西', GREATER_BAY_AREA: '粤港澳大湾区', OTHER: '其他', UNKNOWN: '未知',
    Guangxi: '广西', GreaterBayArea: '粤港澳大湾区', Other: '其他',
    NO_GREATER_BAY_AREA_PARTNER: '无大湾区合作伙伴', SINGLE_GUANGXI_PARTNER: '仅一个广西合作伙伴',
    ONE_OFF: '一次性', PER_YEAR: '每年', CUMULATIVE: '累计',
  },
  en: {
    IMPLEMENTED: 'done', ONGOING: 'under way', PLANNED: 'planned',
    DIRECT: 'Direct cooperation', SHARED_ARTEFACT: 'Shared artefact', SHARED_HUB: 'Shared artefact',
    GUANGXI: 'Guangxi', GREATER_BAY_AREA: 'Greater Bay Area', OTHER: 'Other', UNKNOWN: 'Unknown',
    Guangxi: 'Guangxi', GreaterBayArea: 'Greater Bay Area', Other: 'Other',
    NO_GREATER_BAY_AREA_PARTNER: 'No Greater Bay Area partner', SINGLE_GUANGXI_PARTNER: 'A single Guangxi partner',
    ONE_OFF: 'one-off', PER_YEAR: 'per year', CUMULATIVE: 'cumulative',
  },
};

const storageKey = 'cooperation-dashboard-language';

export let language = (() => {
  try {
    return window.localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
})();

export function setLanguage(next) {
  language = next;
  document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN';
  try {
    window.localStorage.setItem(storageKey, next);
  } catch {
    // A private window without storage keeps the choice for the session only.
  }
}

export function t(key, ...args) {
  const word = words[language][key];
  return typeof word === 'function' ? word(...args) : word;
}

/** An enum value or bucket key in the page's language, else as the API spells it. */
export function term(value) {
  return enums[language][value] ?? value;
}

/** An entity's name in the page's language: the English name when asked and known. */
export function nameOf(entity) {
  if (!entity) return '';
  return language === 'en' ? entity.nameEn || entity.name : entity.name;
}
