/**
 * Words after which a personal name follows in news prose: bylines (记者/黎世伟 通讯员/尹铭哲) and
 * titles (副书记曾寿仁, 市长陈恢清). One list for the reading of surnames (pinyin/names.ts) and for
 * cutting names as words (words/person-names.ts).
 */
export const NAME_TITLES: readonly string[] = [
  '全媒体记者', '通讯员', '实习生', '记者', '摄影', '编辑',
  '董事长', '理事长', '秘书长', '总经理', '负责人', '市领导', '县领导', '区领导',
  '书记', '市长', '县长', '区长', '镇长', '乡长', '村长', '省长', '州长',
  '主任', '主席', '部长', '局长', '厅长', '处长', '科长', '院长', '校长', '所长', '站长', '馆长',
  '社长', '会长', '行长', '组长', '队长', '团长', '经理', '总监', '总裁', '店主', '教授', '老师',
  '委员', '代表', '同志',
];
