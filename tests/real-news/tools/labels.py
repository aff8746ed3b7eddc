import json
N, H, Z, J, E, C = 'national', 'hunan', 'zhuzhou', 'jargon', 'enumeration', 'coinage'
def T(form, kind, canonical=None): return {'form': form, 'kind': kind, 'canonical': canonical or form}
A = []
def art(id, file, source, outlet, date, complete, terms, notq=(), extra=(), note=None):
    A.append(dict(id=id, file=file, source=source, outlet=outlet, date=date, complete=complete,
                  terms=terms, quotedNotTerms=list(notq), quotesInTerms=list(extra), note=note))

art('zzrb-2025-03-jingkai', 'jingkai-2025.txt', 'http://bk.zzlib.net:88/paper/daily/202503/441830.html', '株洲日报', '2025-03', True, [
    T('规模工业增加值', J, '规模以上工业增加值'), T('亩均税收', J), T('亩均技工贸总收入', J, '亩均技工贸总收入（技术、工业、贸易总收入/亩）'),
    T('经开区', J, '经济技术开发区'), T('党工委', J, '党的工作委员会'), T('创新成果转化年', Z), T('项目攻坚提质年', Z), T('对外开放提效年', Z),
    T('双百亿', Z), T('奋战双百亿、挺进三十强', Z), T('新经开', C, '新经开（新的株洲经开区）'), T('高质量发展', N), T('稳中有进', N),
    T('先进制造业集群', J), T('绿色园区', J), T('招商引资', J), T('要素保障', J), T('营商环境', J), T('北斗规模应用', N),
    T('专精特新', N), T('高新技术企业', J), T('规模工业企业', J, '规模以上工业企业'), T('履约率', J), T('开竣工', J, '开工、竣工')],
    note='The stored copy shows no headline; title left null.')

art('chinanews-2025-08-laojiu', 'laojiu-2025.txt', 'http://www.hn.chinanews.com.cn/news/zfqy/2025/0826/515028.html', '中国新闻网湖南（湖南日报稿）', '2025-08-26', True, [
    T('城镇老旧小区改造', J), T('民生实事', J, '重点民生实事'), T('雨污分流', J), T('民生补短提质攻坚', H, '民生补短提质攻坚（七大攻坚之一）'),
    T('工作专班', J), T('十四五', N, '“十四五”规划（2021—2025）')],
    notq=['以前设施老、停车难,下水道常散发异味。今年5月改造后,路面翻新了,雨污分流了,停车方便了,居住条件和生活环境大大改善。', '新装'])

art('voc-2024-07-yanling-peach', 'yanling-2024.txt', 'https://dsj.voc.com.cn/article/202407/202407261820045891.html', '华声在线', '2024-07-26', True, [
    T('地理标志证明商标', J), T('农产品地理标志', J), T('一县一特', H), T('中国优质黄桃之乡', Z), T('精深加工', J)],
    notq=['寻中华始祖·品炎陵黄桃', '国家商标品牌建设优秀案例', '娜妹子'],
    note='The page adds an English translation after the Chinese text; only the Chinese text is used.')

art('rednet-2024-04-youxian-oil', 'youxian-oil-2024.txt', 'https://zz.rednet.cn/content/646848/52/13742843.html', '红网', '2024-04-18', True, [
    T('天下油茶半在湘', H), T('乡村振兴战略', N), T('六个千亿产业', H, '湖南农业六个千亿产业'), T('一县一品', N), T('智慧农业', J), T('中国油茶之乡', Z)],
    notq=['钓鱼台', '大国农品', '湘东油库'])

art('rednet-2024-06-lowalt-lecture', 'lowalt-lecture-2024.txt', 'https://zz.rednet.cn/content/646840/56/13993881.html', '红网', '2024-06-12', True, [
    T('低空经济', N), T('全国两会', N), T('政府工作报告', J), T('通航', J, '通用航空'), T('新质生产力', N)],
    notq=['委员大讲堂', '航空产业发展及低空经济的株洲机遇'],
    note='The stored copy shows no headline; title left null.')

art('rednet-2025-11-shifeng', 'shifeng-2025.txt', 'https://hn.rednet.cn/content/646955/61/15461012.html', '红网', '2025-11-27', True, [
    T('两型社会', N, '资源节约型、环境友好型社会'), T('绿心', H, '长株潭生态绿心'), T('清水塘老工业区', Z, '清水塘老工业区（搬迁改造）'),
    T('蓝天、碧水、净土', N, '蓝天碧水净土保卫战')],
    notq=['高消耗、高排放、高污染', '全国十大空气严重污染城市', '黑乎乎、灰蒙蒙', '绿油油、水灵灵'])

art('163-2024-09-chenzhou-tradein', 'chenzhou-2024.txt', 'https://hunan.news.163.com/chenzhou/24/0915/17/JC54C4BE04369DDC.html', '网易湖南', '2024-09-15', True, [
    T('以旧换新', J, '（家电）以旧换新')],
    notq=['拥抱绿色智能 乐享品质生活', '多重补贴优惠', '一站式'],
    note='The stored copy shows no headline; title left null.')

art('people-2023-11-railexpo', 'railexpo-2023.txt', 'http://tibet.cn/cn/Instant/local/202312/t20231205_7533174.html', '人民网（中国西藏网转载）', '2023-11-30', True, [
    T('轨博会', Z, '中国国际轨道交通和装备制造产业博览会'), T('电力机车之都', Z), T('大国重器', N), T('一杯咖啡的时间', C, '一杯咖啡的时间，在方圆5平方公里内集齐一台电力机车的上万个零部件'),
    T('产业链供应链', J), T('规上企业', J, '规模以上企业'), T('专精特新', N), T('小巨人', N, '专精特新“小巨人”企业'), T('单项冠军', N, '制造业单项冠军'),
    T('高新技术企业', J), T('本地配套率', J), T('产业集群', J)],
    notq=['湘', '智慧轨道 联通未来', '加速之路'],
    extra=['一杯咖啡的时间,在方圆5平方公里范围内,可以集齐生产一台电力机车所需的上万个零部件'])

art('rednet-2024-01-chengfa', 'chengfa-2024.txt', 'https://zz.rednet.cn/content/646845/53/13459195.html', '红网', '2024-01-19', True, [
    T('开竣工', J, '开工、竣工'), T('海绵城市', J), T('高质量发展', N), T('攻坚战', J)],
    notq=['同心栽好梧桐树,诚意引来凤凰栖。'],
    note='Body complete in the stored copy; its closing 作者 line is cut.')

art('rednet-2023-02-luyuan', 'luyuan-2023.txt', 'https://zz.rednet.cn/m/content/646746/83/12278068.html', '红网', '2023-02-01', True, [
    T('乡村振兴示范乡镇', H), T('乡村振兴', N), T('十四五', N, '“十四五”规划（2021—2025）'), T('AAAAA级景区', J, '国家5A级旅游景区'),
    T('以强带弱、以建促产、以产富民、以富引美、以美善治', E), T('绣花功夫', N), T('美丽乡村', N)])

art('hnrb-2024-06-beidou', 'beidou-hnrb-2024.txt', 'https://epaper.voc.com.cn/hnrb/html/2024-06/28/content_1692208.htm?div=-1', '湖南日报', '2024-06-28', False, [
    T('高质量发展', N), T('千行百业', J), T('策源地', J), T('重点产业倍增计划', H), T('成果转化', J), T('规模应用', J, '北斗规模应用'),
    T('产业集聚', J), T('商业航天', J), T('招商', J, '招商引资')],
    notq=['直播地球', '地球', '上下游就在上下楼,工作推进很方便。', '产业主体之间连接越多、越强、越有活力,产业生态的生命力就越旺盛。', '导航'],
    note='Stored copy cut after about 900 characters; headline not shown.')

art('rednet-2023-11-changwu', 'changwu-2023.txt', 'https://zz.rednet.cn/m/content/646755/62/13301522.html', '红网', '2023-11-28', False, [
    T('实体经济', J), T('防范化解金融风险', N), T('生态优先、绿色发展', N), T('国资国企改革', J), T('高质量发展', N),
    T('绝对忠诚、极端负责、高效服务、廉洁自律', E), T('现代化新株洲', Z), T('十四五', N, '“十四五”规划（2021—2025）'), T('调区扩区', J),
    T('产教联合体', J), T('土地收储', J), T('盘活存量', J), T('产教融合', J)],
    note='Stored copy cut in the last paragraph.')

art('ce-2025-02-xiangtan-report', 'xiangtan-2025.txt', 'http://district.ce.cn/newarea/roll/202502/10/t20250210_39287473_1.shtml', '中国经济网（湘潭市政府工作报告）', '2025-02-10', False, [
    T('十四五', N, '“十四五”规划（2021—2025）'), T('十五五', N, '“十五五”规划（2026—2030）'), T('二十届三中全会', N, '党的二十届三中全会'),
    T('进一步全面深化改革', N), T('习近平新时代中国特色社会主义思想', N), T('必须统筹', N, '五个“必须统筹”'),
    T('稳中求进', N, '稳中求进工作总基调'), T('以进促稳', N), T('新发展理念', N), T('新发展格局', N), T('三高四新', H), T('守正创新', N), T('先立后破', N),
    T('两条线三回归', H), T('聚焦、激活、变革、优化', E), T('规划、政策、机制、项目、模式、工具', E), T('化债', J, '化解地方政府债务'),
    T('中国式现代化湖南篇章', H), T('规模以上工业增加值', J), T('一般公共预算收入', J), T('社会消费品零售总额', J), T('城镇调查失业率', J),
    T('居民人均可支配收入', J)],
    note='Page 2 of the report as stored (starts at 2025年工作安排); cut after the targets.')

art('icswb-2026-01-changsha-report', 'changsha-2026.txt', 'https://gfjyzk.icswb.com/newspaper_article-detail-1833409.html', '长沙晚报', '2026-01', False, [
    T('十四五', N, '“十四五”规划（2021—2025）'), T('十五五', N, '“十五五”规划（2026—2030）'), T('习近平新时代中国特色社会主义思想', N), T('三高四新', H),
    T('八个走在前、作示范', H), T('七个坚定不移', H), T('七大攻坚', H), T('三促三稳三提', H, '三促三稳三提（长沙）'), T('3×3', H, '“3×3”重点工作（长沙）'),
    T('规模以上工业增加值', J), T('一般公共预算收入', J), T('稳住经济大盘', J)],
    note='Changsha government work report (adopted 2026-01-09); stored copy cut early in part one. Changsha programmes are labelled hunan.')

art('xhn-2025-12-lowalt-proposal', 'lowalt-xhn-2025.txt', 'https://www.hunantoday.cn/news/xhn/202512/31203664.html', '新湖南（湖南日报·新湖南客户端）', '2025-12-24', False, [
    T('低空经济', N), T('专精特新', N), T('龙头企业', J), T('通航', J, '通用航空'), T('智联网', J), T('通用机场', J), T('长株潭低空交通圈', C),
    T('5G+北斗', J), T('双循环', N), T('柔性引进', J), T('产教融合', J), T('eVTOL', J, '电动垂直起降飞行器')],
    notq=['核心枢纽+县域节点', '多元应用场景拓展', '本地+外地', '‘阿若拉’+北斗', '人才+金融', '空天技术学院'],
    extra=['通航基建+智联网', 'eVTOL产业学院'],
    note='Stored copy cut in the last paragraph; headline not shown.')

art('chinadaily-2025-09-lukou', 'lukou-2025.txt', 'https://cn.chinadaily.com.cn/a/202509/12/WS68c3bb4fa310f07257748132.html', '中国日报网（来源：鲁网）', '2025-09-12', False, [
    T('驻村', J), T('第一书记', J, '驻村第一书记'), T('村集体经济', J), T('乡村振兴', N), T('党课', J), T('坝坝会', J), T('绿水青山', N, '绿水青山就是金山银山'), T('生态文明', N)],
    notq=['振兴花', '不感冒', '流动的乡村党校'],
    note='Stored copy cut mid-article.')

art('hnrb-2025-08-shen', 'shen-2025.txt', 'http://www.zhijiangrongmei.cn/content/14544620', '湖南日报（芷江融媒体中心转载）', '2025-08-26', True, [
    T('三高四新', H), T('高质量发展', N), T('全球研发中心城市', H), T('讲好中国故事', N)],
    note='Year not printed on the stored page; 2025 inferred from the 2025 items around it.')

# ---- mining ----
art('rednet-2025-10-qidagongjian', 'qidagongjian-2025.txt', 'https://zz.rednet.cn/content/646954/54/15340746.html', '红网', '2025-10', False, [
    T('七大攻坚', H), T('调度会', J), T('引洮润株', Z), T('政策性资金', J), T('北斗规模应用', N), T('连环债', J), T('三资', J, '“三资”（资金、资产、资源）'),
    T('债务化解', J, '化债'), T('十五五', N, '“十五五”规划（2026—2030）'), T('上位规划', J), T('高质量发展', N),
    T('巩固拓展脱贫攻坚成果同乡村振兴有效衔接', N), T('湘超', H, '湖南省足球联赛（湘超联赛）'), T('轨博会', Z, '中国国际轨道交通和装备制造产业博览会')],
    note='Stored copy cut in the last paragraph; headline not shown.')

art('gxt-2026-02-chen-interview', 'chen-2026.txt', 'http://gxt.hunan.gov.cn/gxt/ztzl/2026hnlh/dbsy25p/202602/t20260206_33912185.html', '湖南省工业和信息化厅（湖南日报专访）', '2026-02-06', False, [
    T('十五五', N, '“十五五”规划（2026—2030）'), T('中国式现代化', N), T('四个排头兵', Z), T('三个高地', H), T('科创中城', Z), T('一港一园一区一中心', Z),
    T('新质生产力', N), T('新三样', Z, '株洲“新三样”（北斗、低空经济、新能源装备）'), T('北斗规模应用', N), T('老树发新芽', C), T('千亿级产业集群', J),
    T('正确政绩观', N), T('高质量发展', N), T('共同富裕', N), T('物质文明和精神文明相协调', N)],
    notq=['‘十五五’是中国式现代化建设的关键时期,面临重大发展机遇。株洲基础相对较好,有条件为全省发展作贡献。'],
    note='Stored copy cut in the closing paragraph.')

art('zjjnews-2023-10-beidou-summit', 'beidou-summit-2023.txt', 'http://zjjnews.cn/news/hunan/news_202545.html', '湖南日报（张家界日报网转载）', '2023-10-27', False, [
    T('北斗规模应用', N), T('策源地', J), T('千亿产业', J), T('市场化、产业化、国际化', E), T('院士工作站', J), T('专精特新', N), T('全产业链', J),
    T('从“天边”走到“身边”', C, '让北斗从天边走到身边')],
    extra=['天边', '身边'],
    note='Title line 2 is the subtitle. Stored copy cut mid-article.')

art('rednet-2024-08-gaoxin-ranking', 'gaoxin-2024.txt', 'https://zz.rednet.cn/content/646842/58/14181494.html', '红网', '2024-08-14', False, [
    T('高质量发展', N), T('先手棋', J), T('双轨路径', C), T('高端化', J), T('特色化', J), T('新质生产力', N), T('国家级高新区', J, '国家高新技术产业开发区'),
    T('一区三园', Z), T('先进制造业集群', J), T('2+2', Z, '“2+2”主特产业体系（株洲高新区）')],
    notq=['百强榜单'],
    note='Stored copy cut mid-article.')

art('zzrb-2024-02-tuanbai', 'tuanbai-2024.txt', 'http://bk.zzlib.net:88/paper/daily/202402/408674.html', '株洲日报', '2024-02', False, [
    T('文旅推荐官', J), T('小青桔', Z, '小青桔（株洲志愿者品牌）'), T('先进制造业当家', Z), T('科技创新为主驱动力', Z), T('三个高地', H), T('第一方阵', J),
    T('百亿项目', J), T('制造名城', Z), T('青年友好型城市', J), T('三微六位', Z), T('民生实事', J), T('厂BA', C), T('轨博会', Z, '中国国际轨道交通和装备制造产业博览会'), T('幸福株洲', Z)],
    notq=['硬实力'],
    note='Stored copy cut mid-speech.')

art('gxj-2025-12-plan15', 'plan15-2025.txt', 'http://gxj.zhuzhou.gov.cn//c16477/20251223/i2456023.html', '株洲市工业和信息化局（转载株洲日报）', '2025-12-23', False, [
    T('十五五', N, '“十五五”规划（2026—2030）'), T('十四五', N, '“十四五”规划（2021—2025）'), T('二十届四中全会', N, '党的二十届四中全会'),
    T('习近平新时代中国特色社会主义思想', N), T('三高四新', H), T('培育制造名城、建设幸福株洲', Z), T('聚焦、裂变、创新、升级、品牌', E),
    T('土地财政', J), T('先进制造业当家', Z), T('创新为主驱动力', Z), T('成本领先', Z), T('人均可支配收入', J)],
    note='Stored copy cut in section one of the long document.')

art('zzrb-2023-01-report', 'report-2023.txt', 'http://bk.zzlib.net:88/paper/daily/202301/377441.html', '株洲日报（2023年株洲市政府工作报告续版）', '2023-01', False, [
    T('海绵城市', J), T('全国文明城市', J), T('三微', Z, '“三微”实事'), T('老旧小区改造', J), T('乡村振兴', N), T('巩固拓展脱贫攻坚成果同乡村振兴有效衔接', N),
    T('农村人居环境整治', N), T('幸福屋场', Z), T('六大强农', H), T('粮食安全', N), T('村级集体经济', J), T('薄弱村', J), T('三社合一', J),
    T('村电共治', Z), T('整县推进', J), T('客货邮融合', J), T('长株潭都市圈', H), T('强省会', H), T('融城', J), T('绿心', H, '长株潭生态绿心'),
    T('产教融合', J), T('湘赣边区域合作', H)],
    notq=['进京达沪', '飞天'],
    note='Continuation page (starts mid-sentence after 上接01版); cut mid-list. Headline not shown.')

art('zzrb-2023-09-chaling', 'chaling-2023.txt', 'http://bk.zzlib.net:88/paper/daily/202309/394540.html', '株洲日报', '2023-09', False, [
    T('湘赣边', H), T('中心县', J), T('二〇三五年远景目标', N), T('中华诗词之乡', Z)],
    notq=['高才绝识,独步一时', '站C位', '达到不了的远方', '一州形胜雄三楚,四相文章冠两朝', '茶陵诗派'],
    note='Stored copy cut in the first section of a long feature.')

art('rednet-2025-11-caifeng', 'caifeng-2025.txt', 'https://xc.rednet.cn/content/646955/74/15505631.html', '红网', '2025-11', False, [
    T('招商引资', J), T('革命老区', J), T('串珍珠', C), T('生态雨林', C), T('产业集群', J), T('营商环境', J), T('暖实力', C)],
    notq=['链', '湘', '亲历者', '传声筒', '现在的招商引资,早已不是‘捡到篮子里都是菜’了。',
          '过去我们提到株洲,总会首先想到其享誉世界的轨道交通产业。但这次,空天产业、新材料、智能传感等新兴领域,让我们更直观地感受到了湖南产业发展的多元性与前瞻性。',
          '暖', '隐形竞争力', '是环境,是服务,是一种‘暖实力’。'],
    note='Stored copy cut mid-article; headline not shown (first line is a caption).')

art('hnwindow-2024-youxian-report', 'youxian-report-2024.txt', 'https://app.hnwindow.net/portal/article/index/id/32661.html', 'hnwindow.net（攸县2024年政府工作报告摘登）', '2024', False, [
    T('习近平新时代中国特色社会主义思想', N), T('三高四新', H), T('三个高地', H), T('三大会战', Z, '攸县“三大会战”'), T('六大行动', Z, '攸县“六大行动”'),
    T('中部百强县', J), T('四上', J, '“四上”企业（规上工业、限上批零住餐、资质以上建筑和房地产、规上服务业）'), T('经营主体', J), T('个转企', J),
    T('一件事一次办', H), T('林长制', J), T('高标准农田', J), T('真抓实干', J, '真抓实干督查激励'), T('五好', H, '“五好”园区'),
    T('绿色园区', J), T('一主一特', J), T('两品一标', J), T('一县一品', N), T('乡村振兴', N), T('全域旅游', J), T('主特产业', J)],
    note='Stored copy cut in part one; headline not shown (first lines are photo captions).')


# ---- blind set 2 (2026-12-07): labelled by hand from the stored page texts only, before any measurement and
# without opening the glossary data; canonical names chosen independently of the earlier sets ----
N_EARLIER = len(A)

art('blind2-gxt-2025-06-guimo', 'b2-gxt-guimo-2025.txt', 'http://gxt.hunan.gov.cn/gxt/xxgk_71033/gzdt/dfgz/202506/t20250623_33717433.html',
    '湖南省工业和信息化厅', '2025-06-23', True, [
    T('规模工业增加值', J, '规模以上工业增加值'), T('规模工业', J, '规模以上工业（规上工业）'), T('产业育新培强攻坚', H, '产业育新培强攻坚（湖南“七大攻坚”之一）'),
    T('3+3+2', Z, '“3+3+2”现代化产业体系（株洲）'), T('现代化产业体系', N), T('链群', J, '产业链群（产业链与产业集群）'), T('新质生产力', N),
    T('高质量发展', N), T('固投', J, '固定资产投资（固投）'), T('先进制造业当家', Z)],
    note='Site header (date line) and footer left out; the article text ends before the footer.')

art('blind2-rednet-2025-12-yuhua', 'b2-rednet-yuhua-2025.txt', 'https://cs.rednet.cn/m/content/646956/68/15565678.html',
    '红网', '2025-12-24', True, [
    T('十四五', N, '“十四五”规划（2021—2025）'), T('十五五', N, '“十五五”规划（2026—2030）'), T('高质量发展', N), T('民生实事', J),
    T('获得感', N, '获得感、幸福感、安全感'), T('决战项目主战场,决胜产业新高地', H, '决战项目主战场，决胜产业新高地（长沙雨花区工作主题）'),
    T('质的有效提升和量的合理增长', N)],
    note='Changsha district (雨花区) item; labelled hunan like other Hunan cities’ programmes. Page chrome (download bar, time, source/editor lines) left out.')

art('blind2-zzrb-2024-12-chuangwen', 'b2-zzrb-chuangwen-2024.txt', 'http://bk.zzlib.net:88/paper/daily/202412/438078.html',
    '株洲日报', '2024-12', True, [
    T('创文', J, '创建全国文明城市（创文）'), T('文明创建', J), T('文明实践', J, '新时代文明实践'), T('文明培育', J), T('精神文明建设', N),
    T('小切口', J), T('肉价随礼', C, '肉价随礼（茶陵龙匣村：人情礼金不超过一斤肉价的移风易俗约定）'), T('门前三小', Z, '门前三小（攸县庭院小菜园、小果园、小花园）'),
    T('牛皮癣', J, '牛皮癣（乱张贴的小广告）')],
    notq=['文明中国·看湖南', '文明中国'],
    note='Month from the e-paper address; e-paper navigation (上一篇/下一篇) left out.')

art('blind2-zjjnews-2025-02-hunanplan', 'b2-zjj-hunanplan-2025.txt', 'http://zjjnews.cn/news/hunan/news_211318.html',
    '张家界日报网（转载湖南省人民政府文件）', '2025-02-26', False, [
    T('习近平新时代中国特色社会主义思想', N), T('二十大', N, '党的二十大'), T('二十届二中、三中全会', N, '党的二十届二中、三中全会'),
    T('三高四新', H), T('十个统筹', H, '“十个统筹”（湖南省委）'), T('八大行动', H, '“八大行动”（湖南省委）'),
    T('总体平稳、稳中有进、结构优化、质态向好', E), T('稳中有进', N), T('规模工业增加值', J, '规模以上工业增加值'),
    T('社会消费品零售总额', J), T('一般公共预算收入', J), T('高质量发展', N)],
    note='Hunan provincial government notice (湘政发〔2025〕3号) carrying the 2025 plan. Stored copy cut in the targets paragraph; that partial sentence dropped.')

art('blind2-163-2026-02-diantihuanxin', 'b2-163-heitang-elevator-2026.txt', 'https://www.163.com/dy/article/KKS8RLDA0553TDXU.html',
    '网易号（株洲新闻网稿）', '2026-02-02', False, [
    T('国补', J, '国家补贴（国补）'), T('旧梯换新', J, '老旧电梯更新（旧梯换新）'), T('超长期特别国债', N)],
    notq=['稳稳的幸福', '窘境', '大修特修', '株洲晓雷爱心工作室',
          '得知这一惠及居民的重大利好政策,对外我们积极对接区住建局、区物业服务指导中心、桂花街道西子社区,得到了他们的大力支持和指导,对内我们成立小区电梯更换小组,争取所有业主的同意,着手处理电梯换新的手续和各类事宜。',
          '也有一些居民不理解,存在这样那样的质疑,做好邻里的思想工作是最关键的。'],
    extra=['超长期特别国债支持补贴'],
    note='Year not printed with the dateline (2月2日讯); 2026 from the 2025年7月 and 2025年11月 events it reports. Stored copy cut mid-article; partial sentence dropped.')

art('blind2-zzrb-2023-08-youxian', 'b2-zzrb-youxian-2023.txt', 'http://bk.zzlib.net:88/paper/daily/202308/392391.html',
    '株洲日报', '2023-08', False, [
    T('五小工业', N, '五小工业（小煤矿、小钢铁、小水泥等地方小型工业）'), T('县域经济', J), T('湖南十强', J, '湖南县域经济十强县'), T('撤县设市', J),
    T('高质量发展', N), T('赶考', J, '赶考（接受考验的政治比喻）'), T('引老乡回故乡建家乡', H, '引老乡回故乡建家乡（邵东）'), T('唯GDP论', J)],
    notq=['攸县的士', '攸县超市', '攸县宾馆', '高光'],
    extra=['十强'],
    note='Month from the e-paper address; headline not shown (first line is a photo caption). Stored copy cut mid-article; partial sentence dropped.')

art('blind2-xhn-2026-02-jiaotong', 'b2-xhn-jiaotong-2026.txt', 'https://www.hunantoday.cn/news/xhn/202602/31613730.html',
    '新湖南（湖南日报·新湖南客户端）', '2026-02-24', False, [
    T('开年第一课', J), T('党组', J, '党组（机关党的领导机构）'), T('调研员', J, '调研员（公务员职级）'), T('民生实事', J),
    T('稳中有进', N), T('稳中向好', N), T('稳中提质', J), T('十五五', N, '“十五五”规划（2026—2030）'), T('有效投资', J),
    T('红线', J, '红线（不可逾越的底线）'), T('培育制造名城、建设幸福株洲', Z)],
    notq=['王牌', '底牌'],
    note='Headline not shown; the date line above the text left out. Stored copy cut in the last paragraph; partial sentence dropped.')

art('blind2-xhn-2024-09-sanxianghunong', 'b2-voc-sanxianghunong-2024.txt', 'https://m.voc.com.cn/rmt/article/11743225.html',
    '新湖南（株洲日报稿）', '2024-09-20', False, [
    T('三湘护农', H, '“三湘护农”专项行动（耕地保护）'), T('18亿亩耕地红线', N), T('非农化', N, '耕地“非农化”'), T('非粮化', N, '耕地“非粮化”'),
    T('复垦', J), T('永农', J, '永久基本农田（永农）'), T('核实处置', J, '永久基本农田核实处置'), T('土地流转', J), T('村集体经济', J)],
    notq=['沃野粮仓', '稻花香里说丰年', '趁着天气好,要为收割做准备,争取今年有个好收成。'],
    note='Page chrome (app bar, source, read count, time) left out. Stored copy cut mid-article; partial sentence dropped.')

art('blind2-hnrb-2026-01-zhizaogaodi', 'b2-hnrb-yuhongsheng-2026.txt', 'https://epaper.voc.com.cn/hnrb/html/2026-01/23/content_1771976.htm?div=-1',
    '湖南日报', '2026-01-23', True, [
    T('先进制造业高地', H, '国家重要先进制造业高地'), T('“龙头”+“特色”双轮驱动', H), T('抓龙头、铸链条、建集群', H),
    T('千亿级企业', J), T('5+5', H, '“5+5”国家先进制造业产业集群（湖南）'), T('北斗规模应用引领区', H), T('一市一特色', H), T('招商', J, '招商引资')],
    extra=['龙头', '特色'],
    note='Title line 1 is the kicker, line 2 of the text the main headline. E-paper navigation and footer left out.')

art('blind2-rednet-2023-10-changzhutan', 'b2-rednet-changzhutan-2023.txt', 'https://hn.rednet.cn/m/content/646754/55/13148110.html',
    '红网', '2023-10-11', False, [
    T('三高四新', H), T('长株潭一体化', H), T('一核', C, '“一核”（长株潭一体化中的株洲定位）'), T('制造业当家', Z, '先进制造业当家'),
    T('厂所结合', Z, '厂所结合（工厂与科研院所结合）'), T('长株潭都市圈', H), T('全产业链', J), T('千百十', Z, '产业发展“千百十”工程（株洲）'),
    T('新兴优势产业链', J), T('3+3+2', Z, '“3+3+2”现代化产业体系（株洲）'), T('现代化产业体系', N),
    T('科技创新高地', H, '具有核心竞争力的科技创新高地'), T('五链', J, '“五链”融合（产业链、创新链、人才链、资金链、政策链）'),
    T('一体化创新', C), T('一体化发展', H, '长株潭一体化')],
    notq=['锚定‘三高四新’美好蓝图 全面落实省委十二届四次全会精神'],
    note='Headline not shown (first line is a photo caption). The stored copy ends at a paragraph end without the page’s closing lines, so it is taken as cut off.')

json.dump(A[:N_EARLIER], open('/tmp/gold/labels.json', 'w'), ensure_ascii=False, indent=1)
json.dump(A[N_EARLIER:], open('/tmp/gold/labels-blind2.json', 'w'), ensure_ascii=False, indent=1)
print(N_EARLIER, len(A) - N_EARLIER)
