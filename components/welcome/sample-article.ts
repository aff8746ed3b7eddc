/**
 * The sample article of the welcome page: the start of a real 株洲日报 report (2025-02-09, also in
 * tests/fixtures), bundled so the page works offline and before the reader has opened any news.
 */
export const SAMPLE_ARTICLE = {
  "title": "陈恢清主持召开市政府常务会议",
  "paragraphs": [
    "株洲日报讯（全媒体记者/陈正明）　2月8日，市长陈恢清主持召开市政府常务会议，传达学习习近平总书记近期重要讲话精神，研究养老服务、森林防火、“引洮润株”引调水工程、教育等工作。",
    "会议传达学习习近平总书记在春节前夕赴辽宁看望慰问基层干部群众时、2025年春节团拜会上的重要讲话精神。会议强调，要坚定信心，对标看齐，抓好开局，全力推进“七大攻坚”和“八项重点任务”，深入实施“三个年”活动，持续用力打造“三个高地”，奋力实现一季度开门红。",
    "会议原则通过《株洲市进一步推进养老服务高质量发展的十条措施》，指出要深化思想认识，立足实际构建养老服务网络，全面优化服务供给，大力发展养老产业，注重资源统筹，完善监管体系，让老年人老有所养、老有所依、老有所乐、老有所安。"
  ]
} as const;
