/**
 * Places a Zhuzhou reader meets in the news: the city, its districts and counties (and their main towns
 * and parks), and the province around it. Names outside this list are still found by their suffix
 * (区, 县, 市, 镇, 高新区…) in facts.ts; the list is for names the suffix rule misses or cuts wrong.
 */
export const PLACES: readonly string[] = [
  // Hunan and its neighbours in Zhuzhou news
  '湖南', '湖南省', '长沙', '湘潭', '长株潭', '衡阳', '岳阳', '常德', '郴州', '娄底', '湘江', '江西', '广东',
  // Zhuzhou city and its districts
  '株洲', '株洲市', '天元区', '芦淞区', '荷塘区', '石峰区', '渌口区', '天元', '芦淞', '荷塘', '石峰', '渌口',
  // County-level cities and counties
  '醴陵', '醴陵市', '攸县', '茶陵', '茶陵县', '炎陵', '炎陵县',
  // Parks and zones
  '株洲高新区', '炎陵高新区', '醴陵经开区', '云龙示范区', '株洲经开区', '神农城', '神农谷', '桃源洞', '酒埠江', '大京',
  // Landmarks and markets
  '芦淞市场群', '芦淞服饰', '团结大院', '北斗湖',
];
