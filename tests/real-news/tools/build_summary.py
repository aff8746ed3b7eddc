import json, re
R = '/tmp/raw/'
def body(f, pre=()):
    raw = open(R + f, encoding='utf-8').read()
    title, rest = raw.split('\n', 1)
    lines = [l.strip() for l in rest.split('\n') if l.strip()]
    return (title or None), '\n'.join(list(pre) + lines)
S = []
def item(id, f, source, outlet, date, reference, reporters, correspondents, sourceLine, facts, subtitle=None, pre=(), note=None, title_override=None):
    title, text = body(f, pre)
    if title_override is not None: title = title_override
    d = dict(id=id, source=source, outlet=outlet, date=date, title=title, subtitle=subtitle, text=text, reference=reference,
             reporters=reporters, correspondents=correspondents, sourceLine=sourceLine,
             facts=[{'label': l, 'text': t} for l, t in facts])
    if note: d['note'] = note
    S.append(d)

item('zzrb-2025-03-jingkai', 'jingkai-2025.txt', 'http://bk.zzlib.net:88/paper/daily/202503/441830.html', '株洲日报', '2025-03',
     '3月4日株洲经开区党工委扩大会议提出，2025年新增工业产值110亿元以上、规模工业增加值增长25%以上、固定资产投资超过120亿元，以三个主题年活动为抓手冲刺“双百亿”，争创国家级经开区。',
     ['李逸峰'], ['谢珂'], '株洲日报',
     [('日期', '3月4日'), ('机构', '株洲经开区党工委(扩大)会议'), ('金额', '新增工业产值110亿元以上'), ('数量', '实现规模工业增加值增长25%以上'),
      ('金额', '完成固定资产投资120亿元以上'), ('数量', '全年签约引进北斗重点产业项目20个以上'), ('数量', '高新技术企业突破60家'), ('数量', '新建厂房10万平方米以上')],
     note='Headline not shown in the stored copy (title null).')
item('rednet-2024-04-youxian-oil', 'youxian-oil-2024.txt', 'https://zz.rednet.cn/content/646848/52/13742843.html', '红网', '2024-04-18',
     '4月，湘天华真茶油品牌专列在长沙地铁6号线首发，为攸县茶油做推广。攸县种油茶已有800余年，号称“中国油茶之乡”，全县油茶林52万亩，油茶产业综合年产值超过19亿元。',
     [], ['刘卫红'], '红网时刻新闻',
     [('地点', '长沙地铁6号线'), ('机构', '湘天华'), ('数量', '全长48公里'), ('数量', '攸县油茶栽培已有800余年历史'), ('数量', '全县拥有油茶林面积52万亩'),
      ('金额', '油茶产业综合年产值达19亿元以上'), ('数量', '帮扶贫困户1000多户')])
item('rednet-2024-06-lowalt-lecture', 'lowalt-lecture-2024.txt', 'https://zz.rednet.cn/content/646840/56/13993881.html', '红网', '2024-06-12',
     '6月12日，株洲市政协举办2024年第四期“委员大讲堂”，请南方通用航空发动机公司副总经理张建讲低空经济给株洲带来的机遇。株洲有全国仅有的中小型航空发动机特色产业基地，并获批国家通航产业综合示范区。',
     ['曹缇'], ['郭青燕'], '红网时刻新闻',
     [('日期', '6月12日'), ('机构', '株洲市政协'), ('数量', '2024年第四期'), ('人物', '张建'), ('机构', '湖南南方通用航空发动机有限公司'), ('人物', '聂方红'),
      ('机构', '国家通航产业综合示范区')],
     note='Headline not shown in the stored copy (title null).')
item('rednet-2025-11-shifeng', 'shifeng-2025.txt', 'https://hn.rednet.cn/content/646955/61/15461012.html', '红网', '2025-11-27',
     '红网组图介绍株洲石峰区的生态转变：该区搬迁治理清水塘老工业区、让绿心地区工业企业退出，淘汰工业企业300余家，湘江石峰段水质由III类升到II类，九郎山、清水塘城市公园等成了城市后花园。',
     ['冯帅'], [], '红网',
     [('地点', '石峰区'), ('数量', '59 平方公里在石峰区'), ('地点', '九郎山森林公园'), ('地点', '清水塘老工业区'), ('数量', '一举淘汰工业企业300余家'),
      ('数量', '湘江石峰段水质从III类提升至II类')],
     note='Photo set: most paragraphs after the first are captions.')
item('163-2024-09-chenzhou-tradein', 'chenzhou-2024.txt', 'https://hunan.news.163.com/chenzhou/24/0915/17/JC54C4BE04369DDC.html', '网易湖南', '2024-09-15',
     '9月14日，郴州市2024年家电以旧换新活动在友阿国际广场启动。年底前个人购买2级及以上能效的8类家电，可按售价的15%或20%获补贴，每件最高2000元，已有94家企业申报参加。',
     [], [], None,
     [('日期', '9月14日下午'), ('地点', '友阿国际广场'), ('机构', '郴州市商务局'), ('日期', '今年12月31日'), ('数量', '8类家电产品'), ('金额', '每件补贴最高2000元'),
      ('数量', '全市已有94家企业第一批申报参与活动')],
     note='Headline not shown in the stored copy (title null); no byline on the page.')
item('people-2023-11-railexpo', 'railexpo-2023.txt', 'http://tibet.cn/cn/Instant/local/202312/t20231205_7533174.html', '人民网（中国西藏网转载）', '2023-11-30',
     '第三届轨博会开幕前，人民网等十余家媒体于11月底探访株洲中车株洲所等企业。株洲轨道交通装备产业链上有企业425家，本地配套率超过80%，2022年产业集群规模达1507亿元。',
     ['向宇', '杨欣晔'], [], '人民网',
     [('日期', '11月30日'), ('机构', '中车株洲所'), ('数量', '链上企业达425家'), ('数量', '其中规上企业273家'), ('数量', '本地配套率80%以上'), ('金额', '总体规模达到1507亿元')],
     note='387 characters, a little under 400; 杨欣晔 is an intern (实习生).')
item('rednet-2024-01-chengfa', 'chengfa-2024.txt', 'https://zz.rednet.cn/content/646845/53/13459195.html', '红网', '2024-01-19',
     '1月19日，株洲城发集团举行2024年一季度重点项目集中开竣工活动，3个项目总投资约19.58亿元：铁路综合物流基地和枫溪湿地修复工程开工，建宁大桥西桥头南北辅道竣工通车。',
     ['聂千川'], ['袁紫君'], '红网时刻新闻',
     [('日期', '1月19日'), ('机构', '株洲城发集团'), ('金额', '总投资约19.58亿元'), ('金额', '总投资约16.7亿元'), ('金额', '投资2.88亿元'), ('人物', '阳望平'),
      ('地点', '石峰区清水塘片区'), ('人物', '夏春良')],
     note='The stored copy ends after 来源:红网 (its 作者 line is cut).')
item('rednet-2023-02-luyuan', 'luyuan-2023.txt', 'https://zz.rednet.cn/m/content/646746/83/12278068.html', '红网', '2023-02-01',
     '1月29日，湖南省乡村振兴局公示“十四五”期间省级乡村振兴示范乡镇创建名单，全省157个乡镇入选，株洲有11个，其中包括境内有炎帝陵景区的炎陵县鹿原镇。',
     ['郭裕房', '龙子琳', '邹越'], [], '红网时刻新闻',
     [('日期', '1月29日'), ('机构', '湖南省乡村振兴局'), ('数量', '157个乡镇'), ('数量', '株洲市共11个乡镇'), ('地点', '炎陵县鹿原镇'),
      ('数量', '行政区域面积192.32平方千米'), ('数量', '辖1个社区、21个行政村')],
     note='Names in the dateline bracket carry no 记者/通讯员 label; listed as reporters.')
item('hnrb-2025-08-shen', 'shen-2025.txt', 'http://www.zhijiangrongmei.cn/content/14544620', '湖南日报（芷江融媒体中心转载）', '2025-08-26',
     '8月25日，湖南省委书记沈晓明在长沙会见李大宏率领的海外华文媒体代表团，介绍湖南正加快实现“三高四新”美好蓝图，希望媒体宣传推介湖南；李大宏表示要把湖南科创、文旅成果传播出去。',
     ['刘燕娟', '张璐', '唐俊'], [], '湖南日报',
     [('日期', '25日'), ('人物', '沈晓明'), ('地点', '长沙'), ('人物', '李大宏'), ('机构', '香港大公文汇传媒集团'), ('人物', '刘红兵')],
     note='Headline not shown (title null); year inferred (2025) from the page around it; 唐俊 is the photographer.')
item('chinanews-2025-08-laojiu', 'laojiu-2025.txt', 'http://www.hn.chinanews.com.cn/news/zfqy/2025/0826/515028.html', '中国新闻网湖南（湖南日报稿）', '2025-08-26',
     '湖南已连续6年把城镇老旧小区改造列为重点民生实事。今年全省1700个小区列入改造清单，截至8月已开工1561个，开工率91.82%；“十四五”期间预计改造2.01万个小区。',
     ['刘笑雪', '曹婕妤', '吴晓萱'], [], '湖南日报',
     [('数量', '1700个城镇老旧小区'), ('数量', '目前已开工改造1561个小区'), ('数量', '开工率达91.82%'), ('数量', '2.01万个小区'), ('地点', '郴州市苏仙区北园小区'),
      ('人物', '梁玉华'), ('机构', '省民生补短提质攻坚工作专班')],
     subtitle='今年全省已开工改造1561个小区', pre=('湖南日报 刘笑雪 曹婕妤 吴晓萱', '2025年08月26日 18:28'),
     note='Only about 350 characters (under 400). The page repeats its headline and subheadline at the top of the body; kept as given.')
item('voc-2024-07-yanling-peach', 'yanling-2024.txt', 'https://dsj.voc.com.cn/article/202407/202407261820045891.html', '华声在线', '2024-07-26',
     '7月25日炎陵黄桃文化季发布会介绍，今年炎陵黄桃种植9.6万亩，预计产量8.6万吨，已陆续开园上市；县里引进和培育了20余家精深加工企业，加工产值已达2.12亿元。',
     ['康蒙', '李希平', '万姗姗'], [], '华声在线',
     [('日期', '7月25日'), ('机构', '第二届炎陵黄桃文化季新闻发布会'), ('数量', '种植面积达9.6万亩'), ('数量', '预计产量8.6万吨'), ('数量', '20余家炎陵黄桃精深加工企业'),
      ('金额', '加工产值已达2.12亿元')],
     pre=('2024-07-26 18:20:04 [来源:华声在线] [撰稿:万姗姗]',),
     note='Only about 330 characters (under 400). The page follows with an English translation, left out. 李希平 is an intern; 万姗姗 is the 撰稿 credit.')

with open('/work/wt-gold-news/tests/real-news/summary/set.jsonl', 'w', encoding='utf-8') as f:
    for d in S: f.write(json.dumps(d, ensure_ascii=False) + '\n')
for d in S:
    n = len(re.findall(r'[\w]', d['reference']))
    bad = [t for _, t in d['facts'] if t not in (d['title'] or '') + '\n' + d['text']]
    print(d['id'], len(d['text']), 'ref', n, 'badfacts', bad)
