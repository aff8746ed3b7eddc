/**
 * Words of Zhuzhou and Hunan news that CC-CEDICT lacks, so that the segmenter keeps them whole:
 * administrative and economic terms, Zhuzhou's products and place-brands, and set phrases of
 * government prose. Readings and meanings come from elsewhere (the reader, the glossary); this list
 * only says "this is one word".
 */
export const LOCAL_WORDS: readonly string[] = [
  // Administration and economy.
  '高新区', '经开区', '开发区', '园区', '党工委', '管委会', '两型', '城市群', '上下游', '新能源',
  '招引', '引资', '规上', '专项债', '化债', '营商环境', '产业链', '供应链', '创新链', '人才链',
  '低空经济', '引洮润株', '首日', '客商', '团拜', '上新', '春装', '开门红', '文化节', '绿心', '空天',
  // Zhuzhou's own.
  '黄桃', '中车', '株硬', '红网', '诗派', '金帝', '天泽',
  // Set phrases of government prose.
  '老有所养', '老有所依', '老有所乐', '老有所安', '老有所为', '老有所学', '幼有所育', '学有所教', '病有所医', '住有所居',
  '云卷云舒', '独步一时',
];
