#!/usr/bin/env node
// Build the static HTML fixture pages for ZhuDu's DOM / e2e tests.
//
//   node scripts/build-fixtures.mjs
//
// Input:  tests/fixtures/articles.json (the eight articles of the 株洲日报 front
//         page of 2025-02-10, reconstructed by hand from
//         shared/seed/zhuzhou-daily-2025-02-10-front-page.txt).
// Output: tests/fixtures/pages/*.html and tests/fixtures/routes.json.
//
// Plain Node ESM, no dependencies, no network, deterministic output (no dates,
// no randomness), so the generated files can be committed and diffed.
//
// The page markup follows the reconstructed skeletons in the site research note
// (www = CmsTop style, zzrb = Founder new-generation e-paper). Those skeletons
// are reconstructions, not captures of the live site; the fixtures say so.

import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const PAGES = join(FIXTURES, 'pages');

const WWW = 'http://www.zznews.gov.cn';
const ZZRB = 'http://zzrb.zznews.gov.cn';
const MOBILE = 'http://m.zznews.gov.cn';
const IND = '\u3000\u3000'; // full-width paragraph indentation
const ZZSZ = `${WWW}/news/xinwen/zzsz/`;
const NODE01 = `${ZZRB}/202502/10/node01.html`;
const SEED = 'shared/seed/zhuzhou-daily-2025-02-10-front-page.txt';

// ---------------------------------------------------------------------------
// Input

const raw = JSON.parse(readFileSync(join(FIXTURES, 'articles.json'), 'utf8'));
if (!Array.isArray(raw) || raw.length !== 8) throw new Error('articles.json: expected 8 articles');

const articles = raw.map((a, i) => {
  for (const k of ['slug', 'pretitle', 'title', 'subtitle']) {
    if (typeof a[k] !== 'string') throw new Error(`article ${i}: ${k} must be a string`);
  }
  if (!/^[a-z0-9-]+$/.test(a.slug)) throw new Error(`article ${i}: bad slug ${a.slug}`);
  const n = i + 1;
  const nn = String(n).padStart(2, '0');
  const wwwId = 400000 + n;
  const zzrbId = 1700000 + n;
  return {
    ...a,
    n,
    wwwId,
    zzrbId,
    www: `${WWW}/news/2025/0210/${wwwId}.shtml`,
    zzrb: `${ZZRB}/content/202502/10/c${zzrbId}.html`,
    wwwFile: `pages/www-${a.slug}.html`,
    zzrbFile: `pages/zzrb-c${zzrbId}.html`,
    time: `2025-02-10 07:${String(28 + 2 * n).padStart(2, '0')}`,
    nn,
  };
});
const bySlug = Object.fromEntries(articles.map((a) => [a.slug, a]));

// ---------------------------------------------------------------------------
// Helpers

const esc = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text that may sit inside <!-- ... -->: no "--" allowed. */
function comment(text) {
  if (text.includes('--')) throw new Error(`comment contains "--": ${text}`);
  return `<!--\n${text.replace(/^/gm, '  ')}\n-->`;
}

/** The 芦淞 article ends with a photo caption plus credit. */
const isCaption = (p) => /　记者\/\S+ 摄$/.test(p);
/** Section headings inside the commentary (靠学习 …, 靠生态 …). */
const isHeading = (p) => /^靠[\u4e00-\u9fff]{2} [\u4e00-\u9fff]+$/.test(p);

const captionOf = (a) => a.paragraphs.find(isCaption) || '';

/** Names from a dateline such as 株洲日报讯（全媒体记者/黎世伟 通讯员/尹铭哲 凌晨）. */
function authorsOf(a) {
  const first = a.paragraphs[0];
  const m = first.match(/^株洲日报讯（([^）]*)）/) || first.match(/^株洲日报(全媒体记者\/.+)$/);
  if (!m) return '';
  return m[1]
    .split(/\s*(?:全媒体记者|通讯员)\//)
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * Inline wrappers that CmsTop editors paste into bodies. Several cut a word in
 * two on purpose (投|资, 根|源, 新质|生产力, 引调|水, 应急|处突, 选|商, 北斗规|模, 热火朝|天),
 * so a word's characters sit in different elements.
 * [paragraph index, exact text to wrap, open tag, close tag]
 */
const INLINE = {
  yanling: [
    [0, '“开门红”', '<span style="color:#c00000;">', '</span>'],
    [1, '分两期建设，一期投', '<strong>', '</strong>'],
  ],
  xuncha: [
    [4, '要系统整改。', '<strong>', '</strong>'],
    [4, '要源头治理。', '<strong>', '</strong>'],
    [4, '由表及里深挖根', '<span style="font-weight:bold;">', '</span>'],
  ],
  tongzhan: [
    [4, '要强化政治引领。', '<strong>', '</strong>'],
    [4, '因地制宜培育和发展新质', '<span style="color:#c00000;">', '</span>'],
  ],
  changwu: [
    [0, '“引洮润株”引调', '<span style="font-family:宋体;">', '</span>'],
    [4, '加强全过程管理，不断提升基层防火能力和应急', '<strong>', '</strong>'],
  ],
  renda: [
    [0, '市人大常委会主任尚斌', '<strong>', '</strong>'],
    [2, '推动株洲人', '<span style="color:#333333;">', '</span>'],
  ],
  zhaoshang: [
    [6, '精准选', '<strong>', '</strong>'],
    [9, '未来产业研究专班', '<span style="text-decoration:underline;">', '</span>'],
  ],
  beidou: [
    [3, '“参谋部”“发动机”“推进器”', '<strong>', '</strong>'],
    [2, '开展北斗规', '<span style="color:#0066cc;">', '</span>'],
  ],
  lusong: [
    [1, '“第一单”', '<strong>', '</strong>'],
    [3, '一派热火朝', '<font color="#333333">', '</font>'],
  ],
};

/** Paragraph i of article a as escaped HTML with its inline wrappers applied. */
function inlineHtml(a, i) {
  let html = esc(a.paragraphs[i]);
  for (const [pi, text, open, close] of INLINE[a.slug] || []) {
    if (pi !== i) continue;
    const at = html.indexOf(esc(text));
    if (at < 0) throw new Error(`${a.slug} p${i}: inline target not found: ${text}`);
    html = html.slice(0, at) + open + esc(text) + close + html.slice(at + esc(text).length);
  }
  return html;
}

/** Inline SVG "photo" as a data: URI (no network). */
function photoDataUri(w, h, label) {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    `<rect width="100%" height="100%" fill="#cfd8dc"/>` +
    `<rect x="${w * 0.08}" y="${h * 0.55}" width="${w * 0.84}" height="${h * 0.3}" fill="#90a4ae"/>` +
    `<circle cx="${w * 0.25}" cy="${h * 0.4}" r="${h * 0.12}" fill="#b0bec5"/>` +
    `<circle cx="${w * 0.55}" cy="${h * 0.38}" r="${h * 0.14}" fill="#b0bec5"/>` +
    `<circle cx="${w * 0.8}" cy="${h * 0.42}" r="${h * 0.11}" fill="#b0bec5"/>` +
    `<desc>${label}</desc></svg>`;
  return 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
}

// ---------------------------------------------------------------------------
// www.zznews.gov.cn (CmsTop style, research §2.6 / §8.3)

const NAV = [
  ['首页', `${WWW}/`],
  ['株洲时政', ZZSZ],
  ['县市区', `${WWW}/news/xinwen/xsq/`],
  ['经济', `${WWW}/news/xinwen/jj/`],
  ['民生', `${WWW}/news/xinwen/ms/`],
  ['文化', `${WWW}/news/xinwen/wh/`],
  ['教育', `${WWW}/news/xinwen/jy/`],
  ['图片', `${WWW}/pic/`],
  ['视频', `${WWW}/video/`],
  ['数字报', NODE01],
  ['专题', `${WWW}/special/`],
];

const WWW_CSS = `
body{margin:0;background:#f2f2f2;color:#333;font:14px/1.6 "Microsoft YaHei","微软雅黑","PingFang SC",SimSun,"宋体",sans-serif}
a{color:#333;text-decoration:none}
a:hover{color:#c00000;text-decoration:underline}
ul{margin:0;padding:0;list-style:none}
h1,h2,h3{margin:0}
.w1000{width:1000px;margin:0 auto}
.clearfix:after{content:"";display:block;clear:both}
.topbar{background:#f7f7f7;border-bottom:1px solid #e3e3e3;color:#777;font-size:12px;line-height:28px}
.topbar .r{float:right}
.header{background:#fff;height:92px}
.logo{float:left;padding-top:16px}
.logo a{color:#b80000;font:bold 34px/1.2 "STKaiti","KaiTi","楷体",serif;letter-spacing:4px}
.logo a:hover{text-decoration:none}
.logo span{display:block;color:#999;font-size:12px;letter-spacing:1px}
.header form{float:right;padding-top:32px}
.header input[type=text]{width:200px;height:24px;border:1px solid #ccc;padding:0 6px}
.header button{height:28px;border:0;background:#b80000;color:#fff;padding:0 14px;cursor:pointer}
.nav{background:#b80000;height:40px}
.nav li{float:left}
.nav li a{display:block;padding:0 16px;color:#fff;font-size:15px;line-height:40px}
.nav li.on a,.nav li a:hover{background:#8a0000;text-decoration:none}
.position{margin:12px auto;color:#666;font-size:13px}
.position a{color:#666}
.main{background:#fff;padding:24px 40px 30px;border:1px solid #e6e6e6}
.article-pretitle{margin:6px 0 0;color:#555;font-size:16px;text-align:center}
.article-title{margin:8px 0;color:#111;font-size:26px;line-height:1.45;text-align:center}
.article-subtitle{margin:2px 0 10px;color:#444;font-size:18px;font-weight:normal;text-align:center}
.article-infos{margin-bottom:22px;padding-bottom:10px;border-bottom:1px dashed #ccc;color:#888;font-size:12px;text-align:center}
.article-infos span{margin:0 8px}
.article-infos .fontsize a{margin:0 2px;color:#888}
.article-content{color:#222;line-height:2}
.article-content.fontSizeSmall{font-size:16px}
.article-content.fontSizeBig{font-size:19px}
.article-content p{margin:0 0 14px;word-wrap:break-word}
.article-content img{max-width:100%}
p.editor{margin:20px 0;color:#888;font-size:13px;text-align:right}
.related{margin-top:20px;border-top:2px solid #b80000;padding-top:8px}
.related h3{color:#b80000;font-size:16px;margin-bottom:8px}
.related li{padding-left:12px;line-height:30px;border-bottom:1px dotted #ddd;background:url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='4' height='4'%3E%3Crect width='4' height='4' fill='%23b80000'/%3E%3C/svg%3E") no-repeat 0 13px}
.related li span{float:right;color:#999;font-size:12px}
.footer{margin-top:24px;padding:18px 0;background:#333;color:#bbb;font-size:12px;line-height:24px;text-align:center}
.footer a{color:#bbb}
.footer p{margin:0}
`;

function wwwHeader(current) {
  const nav = NAV.map(
    ([name, href]) => `      <li${name === current ? ' class="on"' : ''}><a href="${esc(href)}">${esc(name)}</a></li>`,
  ).join('\n');
  return `<div class="topbar">
  <div class="w1000"><span class="r"><a href="${NODE01}">株洲日报数字报</a> | <a href="${WWW}/">设为首页</a></span>2025年2月10日　星期一　农历乙巳年正月十三</div>
</div>
<div class="header">
  <div class="w1000 clearfix">
    <div class="logo"><a href="${WWW}/">株洲新闻网</a><span>www.zznews.gov.cn</span></div>
    <form action="http://app.zznews.gov.cn/" method="get" target="_blank">
      <input type="hidden" name="app" value="search"><input type="hidden" name="controller" value="index"><input type="hidden" name="action" value="search">
      <input type="text" name="wd" placeholder="请输入关键词"><button type="submit">搜索</button>
    </form>
  </div>
</div>
<div class="nav">
  <div class="w1000">
    <ul class="clearfix">
${nav}
    </ul>
  </div>
</div>`;
}

function wwwFooter() {
  return `<div class="footer">
  <div class="w1000">
    <p><a href="${WWW}/about/">关于我们</a> | <a href="${WWW}/about/contact.shtml">联系我们</a> | <a href="${WWW}/about/copyright.shtml">版权声明</a> | <a href="${WWW}/sitemap/">网站地图</a></p>
    <p>Copyright &copy; 2025 株洲新闻网 All Rights Reserved　版权所有　未经授权禁止复制或建立镜像</p>
    <p>主办：株洲日报社　湘ICP备00000000号-1　<!-- ICP number is a placeholder, not the real registration --></p>
    <p>日报热线：28829110</p>
  </div>
</div>`;
}

const EDITORS = ['周敏', '谭晓', '刘洁', '李珊'];

function wwwPage({ top, title, current = '株洲时政', crumbs, articleHtml, extraCss = '', scripts = '', htmlAttrs = 'lang="zh-CN"' }) {
  return `<!DOCTYPE html>
${comment(top)}
<html ${htmlAttrs}>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(title)}</title>
<meta name="keywords" content="株洲新闻网,株洲日报,株洲时政">
<style>${WWW_CSS}${extraCss}</style>
</head>
<body>
${wwwHeader(current)}
<div class="position w1000">当前位置：${crumbs}</div>
<div class="main w1000">
${articleHtml}
</div>
${wwwFooter()}
${scripts}
</body>
</html>
`;
}

function crumbsFor(channel = true) {
  return (
    `<a href="${WWW}/">首页</a> &gt; ` + (channel ? `<a href="${ZZSZ}">株洲时政</a> &gt; ` : '') + '正文'
  );
}

function headlineHtml(a) {
  return [
    a.pretitle ? `  <p class="article-pretitle">${esc(a.pretitle)}</p>` : '',
    `  <h1 class="article-title">${esc(a.title)}</h1>`,
    a.subtitle ? `  <h2 class="article-subtitle">${esc(a.subtitle)}</h2>` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function infosHtml(a, editor) {
  return `  <div class="article-infos">
    <span class="date">${a.time}</span>
    <span class="source">来源：株洲日报</span>
    <span class="editor">编辑：${esc(editor)}</span>
    <span class="fontsize">字号：<a href="javascript:;" data-size="fontSizeBig">大</a><a href="javascript:;" data-size="fontSizeSmall">小</a></span>
  </div>`;
}

/** A www article block: headline, infos, the body paragraphs as given, and what follows the body. */
function articleBlock(a, editor, bodyLines, after = `  <p class="editor">[责任编辑：${editor}]</p>`) {
  return `<div class="article">
${headlineHtml(a)}
${infosHtml(a, editor)}
  <div class="article-content fontSizeSmall BSHARE_POP">
${bodyLines.join('\n')}
  </div>
${after}
</div>`;
}

function wwwBodyHtml(a) {
  const out = [];
  a.paragraphs.forEach((p, i) => {
    if (isCaption(p)) {
      out.push(
        `    <p style="text-align:center;"><img src="${photoDataUri(600, 400, 'placeholder photo')}" width="600" height="400" alt=""></p>`,
        `    <p style="text-align:center;">${esc(p)}</p>`,
      );
    } else if (isHeading(p)) {
      out.push(`    <p>${IND}<strong>${esc(p)}</strong></p>`);
    } else {
      out.push(`    <p>${IND}${inlineHtml(a, i)}</p>`);
    }
  });
  return out.join('\n');
}

function relatedHtml(a) {
  const others = [1, 2, 3, 4].map((k) => articles[(a.n - 1 + k) % articles.length]);
  return `  <div class="related">
    <h3>相关新闻</h3>
    <ul>
${others.map((o) => `      <li><span>2025-02-10</span><a href="${o.www}" target="_blank">${esc(o.title)}</a></li>`).join('\n')}
    </ul>
  </div>`;
}

function fontSizeScript(contentid) {
  return `<script>
var APP_URL = 'http://app.zznews.gov.cn/', contentid = ${contentid};
(function () {
  // CmsTop-style font-size buttons: they re-class .article-content (fontSizeSmall / fontSizeBig).
  var box = document.querySelector('.article-content');
  var links = document.querySelectorAll('.fontsize a');
  for (var i = 0; i < links.length; i++) {
    links[i].onclick = function () {
      box.className = 'article-content ' + this.getAttribute('data-size') + ' BSHARE_POP';
      return false;
    };
  }
})();
</script>`;
}

function wwwArticle(a) {
  const editor = EDITORS[(a.n - 1) % EDITORS.length];
  const top = `ZhuDu fixture: www.zznews.gov.cn article "${a.slug}" (seed article ${a.nn} of 8), served at ${a.www}
Exercises: CmsTop-style article markup (research note section 8.3): h1.article-title, p.article-pretitle,
h2.article-subtitle, div.article-infos (span.date / span.source / span.editor), body in
div.article-content.fontSizeSmall.BSHARE_POP with paragraphs indented by two U+3000, inline <strong>/<span style>/<font>
wrappers that cut words across element boundaries, p.editor, related-news list, header nav and footer.
LOW CONFIDENCE: the www article markup is a reconstruction of generic CmsTop markup, not a capture of the live site.
Editor names, times, the ICP number and nav channel dirs other than /news/xinwen/zzsz/ are fixture placeholders.
Text: ${SEED}, reconstructed in tests/fixtures/articles.json.
Generated by scripts/build-fixtures.mjs; do not edit by hand.`;
  const articleHtml = `<div class="article">
${headlineHtml(a)}
${infosHtml(a, editor)}
  <div class="article-content fontSizeSmall BSHARE_POP">
${wwwBodyHtml(a)}
  </div>
  <p class="editor">[责任编辑：${esc(editor)}]</p>
${relatedHtml(a)}
</div>`;
  return wwwPage({
    top,
    title: `${a.title}_株洲时政_株洲新闻网`,
    crumbs: crumbsFor(),
    articleHtml,
    scripts: fontSizeScript(a.wwwId),
  });
}

// ---------------------------------------------------------------------------
// zzrb.zznews.gov.cn e-paper (Founder new generation, research §4.1 / §8.1 / §8.2)

const ZZRB_CSS = `
body{margin:0;background:#e9e4da;color:#333;font:14px/1.6 "Microsoft YaHei","微软雅黑",SimSun,"宋体",sans-serif}
a{color:#1a4d8f;text-decoration:none}
a:hover{text-decoration:underline}
ul{margin:0;padding:0;list-style:none}
.container{width:1170px;margin:0 auto;background:#fff;min-height:600px}
.header{padding:10px 20px;background:#8b0000;color:#fff}
.header .paper-name{font:bold 28px/1.3 "STKaiti","KaiTi","楷体",serif;letter-spacing:6px;margin-right:16px}
.header .pull-right{float:right;line-height:42px}
.header .pull-right a{color:#fff;margin-left:10px}
.text-center{text-align:center}
.row:after{content:"";display:block;clear:both}
.detail-art{padding:24px 60px 30px}
#PreTitle{margin:0;color:#555;font-size:16px}
#Title{margin:10px 0;color:#111;font-size:28px;line-height:1.4}
#SubTitle{margin:0 0 12px;color:#444;font-size:17px}
#SubTitle:empty{display:none}
.attachment{margin:10px auto;text-align:center}
.attachment img{max-width:100%}
.attachment p{color:#555;font-size:13px}
.tools{margin:10px 0;color:#888;font-size:12px;text-align:right}
.tools a{margin-left:8px;cursor:pointer}
#ozoom{font-size:16px;line-height:2}
#ozoom p{margin:0 0 12px}
.pager{padding:14px 60px 30px;border-top:1px solid #eee}
.pager a{display:block;line-height:28px}
`;

function zzrbHeader(extra = '') {
  return `  <div class="header row">
    <div class="pull-right"><a href="../../../202502/10/node01.html">返回版面</a><a href="../../../202502/10/node01.html">往期回顾</a>${extra}</div>
    <span class="paper-name">株洲日报</span><span class="paper-date">2025年02月10日 星期一</span>　<span id="layout">第01版：要闻</span>
  </div>`;
}

function zzrbArticle(a) {
  const prev = articles[a.n - 2];
  const next = articles[a.n];
  const caption = captionOf(a);
  const attachment = caption
    ? `      <div class="attachment">
        <img src="${photoDataUri(640, 420, 'placeholder photo')}" width="640" height="420" alt="">
        <p>${esc(caption)}</p>
      </div>`
    : `      <div class="attachment"></div>`;
  const paras = a.paragraphs
    .map((p) => (isCaption(p) ? null : isHeading(p) ? `<P>${IND}<B>${esc(p)}</B></P>` : `<P>${IND}${esc(p)}</P>`))
    .filter(Boolean);
  const top = `ZhuDu fixture: zzrb.zznews.gov.cn e-paper article "${a.slug}" (seed article ${a.nn} of 8), served at ${a.zzrb}
Exercises: Founder new-generation e-paper article (research note sections 4.1 and 8.1): p#PreTitle, h2#Title,
p#SubTitle (empty when the article has none), div.attachment outside the body (photo caption and credit for the
Lusong article), div#ozoom > founder-content (undefined custom element) with enpcontent comment markers and upper-case
<P> paragraphs indented by two U+3000, the enpproperty metadata comment, zoom buttons that change #ozoom style.zoom,
and the previous/next article pager. Ids, custom tag and URL shape are evidenced; wrappers and nav are guesses.
Text: ${SEED}, reconstructed in tests/fixtures/articles.json.
Generated by scripts/build-fixtures.mjs; do not edit by hand.`;
  return `<!DOCTYPE html>
${comment(top)}
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.title)}-株洲日报</title>
<style>${ZZRB_CSS}</style>
</head>
<body>
<div class="container">
${zzrbHeader()}
  <div class="row">
    <div class="detail-art">
      <p id="PreTitle" class="text-center">${esc(a.pretitle)}</p>
      <h2 id="Title" class="text-center">${esc(a.title)}</h2>
      <p id="SubTitle" class="text-center">${esc(a.subtitle)}</p>
      <div class="tools">字号：<a id="zoomIn">放大</a><a id="zoomReset">默认</a><a id="zoomOut">缩小</a></div>
${attachment}
      <div id="ozoom" style="zoom:100%">
        <founder-content>
<!--enpcontent-->${paras.join('\n')}<!--/enpcontent-->
        </founder-content>
      </div>
      <!--enpproperty <articleid>${a.zzrbId}</articleid><date>2025-02-10</date><author>${esc(authorsOf(a))}</author><title>${esc(a.title)}</title><keyword></keyword><subtitle>${esc(a.subtitle)}</subtitle><introtitle>${esc(a.pretitle)}</introtitle><siteid>1</siteid><nodeid>01</nodeid><nodename>要闻</nodename><founder-date>2025-02-10</founder-date><founder-title>${esc(a.title)}</founder-title><founder-author>${esc(authorsOf(a))}</founder-author><founder-pagenum>01</founder-pagenum>/enpproperty-->
    </div>
  </div>
  <div class="pager">
    ${prev ? `<a class="preArt" href="c${prev.zzrbId}.html">上一篇：${esc(prev.title)}</a>` : `<span class="preArt">上一篇：无</span>`}
    ${next ? `<a class="nextArt" href="c${next.zzrbId}.html">下一篇：${esc(next.title)}</a>` : `<span class="nextArt">下一篇：无</span>`}
  </div>
</div>
<script>
(function () {
  // Founder zoom buttons rewrite #ozoom's inline style.zoom.
  var box = document.getElementById('ozoom');
  var z = 100;
  function set(v) { z = Math.max(60, Math.min(200, v)); box.style.zoom = z + '%'; }
  document.getElementById('zoomIn').onclick = function () { set(z + 10); };
  document.getElementById('zoomOut').onclick = function () { set(z - 10); };
  document.getElementById('zoomReset').onclick = function () { set(100); };
})();
</script>
</body>
</html>
`;
}

// Front-page hotspots on a 500 x 740 page image: [x1, y1, x2, y2] per article.
const HOTSPOTS = {
  yanling: [10, 100, 250, 260],
  xuncha: [255, 100, 490, 300],
  tongzhan: [10, 265, 250, 470],
  changwu: [255, 305, 490, 470],
  renda: [10, 475, 170, 620],
  zhaoshang: [175, 475, 490, 620],
  beidou: [10, 625, 250, 730],
  lusong: [255, 625, 490, 730],
};

function pageImageUri() {
  let body = `<rect width="500" height="740" fill="#fbfaf6"/><rect x="10" y="10" width="480" height="80" fill="#8b0000"/>`;
  for (const a of articles) {
    const [x1, y1, x2, y2] = HOTSPOTS[a.slug];
    body += `<rect x="${x1}" y="${y1}" width="${x2 - x1}" height="${y2 - y1}" fill="none" stroke="#bbb"/>`;
    body += `<rect x="${x1 + 8}" y="${y1 + 8}" width="${x2 - x1 - 16}" height="14" fill="#555"/>`;
    for (let y = y1 + 32; y < y2 - 8; y += 9) {
      body += `<rect x="${x1 + 8}" y="${y}" width="${x2 - x1 - 16}" height="3" fill="#ccc"/>`;
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="500" height="740" viewBox="0 0 500 740">${body}</svg>`;
  return 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
}

function zzrbNode01() {
  const top = `ZhuDu fixture: zzrb.zznews.gov.cn e-paper page view (front page, 2025-02-10), served at ${NODE01}
Exercises: Founder new-generation page view (research note sections 4.2 and 8.2): ul#layoutlist page list,
a page image img[usemap="#PagePicMap"] (inline data: SVG, no network) with map/area hotspots that link the
eight article pages (hotspots carry no text and must be left alone), the title list
.news-list ul li.resultList a h4, masthead furniture, a.nextArt. Relative links as on the real site.
The zzrb page DOM was not observed; markup is assembled from Founder sibling sites. Page names of pages
02 to 04 are not known and are left without a section name.
Text: ${SEED}, reconstructed in tests/fixtures/articles.json.
Generated by scripts/build-fixtures.mjs; do not edit by hand.`;
  const areas = articles
    .map((a) => {
      const [x1, y1, x2, y2] = HOTSPOTS[a.slug];
      if (a.slug === 'zhaoshang') {
        // One polygon hotspot, as some Founder skins emit.
        return `        <area shape="poly" coords="${x1},${y1},${x2},${y1},${x2},${y2},${x1},${y2}" href="../../content/202502/10/c${a.zzrbId}.html">`;
      }
      return `        <area shape="rect" coords="${x1},${y1},${x2},${y2}" href="../../content/202502/10/c${a.zzrbId}.html">`;
    })
    .join('\n');
  const list = articles
    .map(
      (a) =>
        `        <li class="resultList"><a href="../../content/202502/10/c${a.zzrbId}.html"><h4>${esc(a.title)}</h4></a></li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
${comment(top)}
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>株洲日报 - 数字报 - 第01版：要闻</title>
<style>${ZZRB_CSS}
.masthead{padding:8px 20px;background:#f6f1e7;color:#6b5a3a;font-size:12px}
.masthead span{margin-right:14px}
.col-left{float:left;width:170px;padding:16px}
.col-mid{float:left;width:520px;padding:16px 0}
.col-right{float:left;width:400px;padding:16px}
#layoutlist li{border-bottom:1px solid #eee;line-height:32px}
#layoutlist li.active a{color:#8b0000;font-weight:bold}
.newspaper-pic img{display:block;border:1px solid #ccc}
.news-list h3{margin:0 0 8px;color:#8b0000;font-size:16px}
.news-list li{border-bottom:1px dotted #ddd}
.news-list h4{margin:0;padding:8px 0;font-size:15px;font-weight:normal}
a.nextArt{display:inline-block;margin-top:10px}
</style>
</head>
<body>
<div class="container">
  <div class="header row">
    <div class="pull-right"><a href="../../images/202502/10/01/page01.pdf">PDF下载</a></div>
    <span class="paper-name">株洲日报</span><span class="paper-date">2025年02月10日 星期一</span>　<span id="layout">第01版：要闻</span>
  </div>
  <div class="masthead">
    <span>中共株洲市委主管、主办　株洲日报社出版</span><span>农历乙巳年正月十三</span><span>第23906期</span><span>今日4版</span><span>国内统一连续出版物号 CN 43-0005</span>
  </div>
  <div class="row">
    <div class="col-left nav-list">
      <ul id="layoutlist">
        <li class="active"><a href="node01.html">第01版：要闻</a></li>
        <li><a href="node02.html">第02版</a></li>
        <li><a href="node03.html">第03版</a></li>
        <li><a href="node04.html">第04版</a></li>
      </ul>
    </div>
    <div class="col-mid">
      <div class="newspaper-pic">
        <img class="preview" src="${pageImageUri()}" usemap="#PagePicMap" width="500" height="740" alt="">
      </div>
      <map name="PagePicMap" id="PagePicMap">
${areas}
      </map>
    </div>
    <div class="col-right">
      <div class="news-list">
        <h3>本版新闻</h3>
        <ul>
${list}
        </ul>
      </div>
      <a class="nextArt" href="node02.html">下一版</a>
    </div>
  </div>
</div>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------
// www list page and home page

function wwwList() {
  const top = `ZhuDu fixture: www.zznews.gov.cn channel list page (株洲时政), served at ${ZZSZ}
Exercises: list entries ul.list li.item > a[title] + span (research note section 2.3), CmsTop pagination div.page
with span.now, nav and footer. Only the eight seed headlines are used: all eight dated 2025-02-10 and linking the
www articles, plus four of them again dated 2025-02-11 linking the e-paper copies, twelve items in all.
Text: ${SEED}, reconstructed in tests/fixtures/articles.json.
Generated by scripts/build-fixtures.mjs; do not edit by hand.`;
  const repost = ['tongzhan', 'changwu', 'beidou', 'lusong'].map((s) => bySlug[s]);
  const item = (a, href, date) =>
    `      <li class="item"><a href="${href}" title="${esc(a.title)}" target="_blank">${esc(a.title)}</a><span>${date}</span></li>`;
  const items = [
    ...repost.map((a) => item(a, a.zzrb, '2025-02-11')),
    ...articles.map((a) => item(a, a.www, '2025-02-10')),
  ].join('\n');
  const articleHtml = `<div class="channel">
  <h2 class="channel-title">株洲时政</h2>
  <ul class="list">
${items}
  </ul>
  <div class="page"><span class="now">1</span><a href="index_2.shtml">2</a><a href="index_3.shtml">3</a><a href="index_2.shtml">下一页</a><a href="index_20.shtml">尾页</a></div>
</div>`;
  return wwwPage({
    top,
    title: '株洲时政_株洲新闻网',
    crumbs: `<a href="${WWW}/">首页</a> &gt; 株洲时政`,
    articleHtml,
    extraCss: `
.channel-title{padding-bottom:8px;border-bottom:2px solid #b80000;color:#b80000;font-size:18px}
ul.list{margin:10px 0}
ul.list li.item{padding-left:14px;border-bottom:1px dotted #ddd;font-size:15px;line-height:38px}
ul.list li.item span{float:right;color:#999;font-size:13px}
.page{margin:20px 0;text-align:center}
.page a,.page span{display:inline-block;margin:0 3px;padding:0 10px;border:1px solid #ddd;line-height:26px}
.page .now{background:#b80000;border-color:#b80000;color:#fff}
`,
  });
}

function wwwIndex() {
  const top = `ZhuDu fixture: www.zznews.gov.cn home page, served at ${WWW}/
Exercises: home page with logo text, nav bar, a headline block (h2 headline with pretitle and lead), a news list,
an e-paper block, and the hidden friend-link box div#yq_3 (style display:none, research note section 2.4) that
must not be annotated. Home layout apart from #yq_3 is not observed and is a plausible guess.
Text: ${SEED}, reconstructed in tests/fixtures/articles.json.
Generated by scripts/build-fixtures.mjs; do not edit by hand.`;
  const lead = bySlug.tongzhan;
  const leadText = lead.paragraphs[0].replace(/^株洲日报讯（[^）]*）　/, '');
  const news = articles
    .filter((a) => a !== lead)
    .map((a) => `      <li><span>02-10</span><a href="${a.www}" target="_blank" title="${esc(a.title)}">${esc(a.title)}</a></li>`)
    .join('\n');
  const articleHtml = `<div class="headline">
  <p class="pre">${esc(lead.pretitle)}</p>
  <h2><a href="${lead.www}" target="_blank">${esc(lead.title)}</a></h2>
  <p class="lead">${esc(leadText.slice(0, 90))}…<a href="${lead.www}">[详细]</a></p>
</div>
<div class="cols clearfix">
  <div class="col news">
    <h3><a href="${ZZSZ}">株洲时政</a><a class="more" href="${ZZSZ}">更多&gt;&gt;</a></h3>
    <ul>
${news}
    </ul>
  </div>
  <div class="col paper">
    <h3><a href="${NODE01}">株洲日报数字报</a></h3>
    <p><a href="${NODE01}">2025年02月10日　第01版：要闻</a></p>
    <p>${esc(bySlug.lusong.title)}　<a href="${bySlug.lusong.zzrb}">阅读</a></p>
    <p>日报热线：28829110</p>
  </div>
</div>
<div id="yq_3" style="display:none">
  <a href="http://www.people.com.cn/" target="_blank">人民网</a>
  <a href="http://www.xinhuanet.com/" target="_blank">新华网</a>
  <a href="https://www.rednet.cn/" target="_blank">红网</a>
  <a href="https://www.hunan.gov.cn/" target="_blank">湖南省人民政府</a>
  <a href="http://www.zhuzhou.gov.cn/" target="_blank">株洲市人民政府</a>
</div>`;
  return wwwPage({
    top,
    title: '株洲新闻网_株洲权威新闻门户',
    current: '首页',
    crumbs: '首页',
    articleHtml,
    extraCss: `
.headline{padding:10px 0 18px;border-bottom:1px solid #eee;text-align:center}
.headline .pre{margin:0;color:#666}
.headline h2{margin:6px 0;font-size:28px}
.headline h2 a{color:#b80000}
.headline .lead{margin:0 60px;color:#555;text-align:left}
.cols .col{float:left;box-sizing:border-box;padding:14px 0}
.cols .news{width:62%;padding-right:30px}
.cols .paper{width:38%}
.cols h3{padding-bottom:6px;border-bottom:2px solid #b80000;font-size:17px}
.cols h3 .more{float:right;color:#999;font-size:12px;font-weight:normal}
.cols li{line-height:32px;border-bottom:1px dotted #ddd}
.cols li span{float:right;color:#999;font-size:12px}
`,
  });
}

// ---------------------------------------------------------------------------
// Mobile (no evidence the host exists)

function mobilePage(a) {
  const murl = `${MOBILE}/news/2025/0210/${a.wwwId}.shtml`;
  const top = `ZhuDu fixture: mobile article template for "${a.slug}", served at ${murl}
NO EVIDENCE that m.zznews.gov.cn or any mobile template exists (research note sections 1 and 3); the host, URL and
markup are invented to exercise a narrow viewport: meta viewport, single column, body in div.m-content
(not .article-content), so the extension has to fall back to its heuristic body finder.
Text: ${SEED}, reconstructed in tests/fixtures/articles.json.
Generated by scripts/build-fixtures.mjs; do not edit by hand.`;
  const paras = a.paragraphs.map((p, i) => `    <p>${IND}${inlineHtml(a, i)}</p>`).join('\n');
  return `<!DOCTYPE html>
${comment(top)}
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>${esc(a.title)}-株洲新闻网手机版</title>
<style>
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#fff;color:#222;font:16px/1.75 -apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif}
a{color:#b80000;text-decoration:none}
.m-top{position:sticky;top:0;z-index:10;display:flex;align-items:center;height:46px;padding:0 12px;background:#b80000;color:#fff}
.m-top a{color:#fff}
.m-top .back{width:40px;font-size:20px}
.m-top .logo{flex:1;font-weight:bold;text-align:center;letter-spacing:2px}
.m-top .menu{width:40px;text-align:right}
.m-article{max-width:640px;margin:0 auto;padding:14px 16px 30px}
.m-pre{margin:0;color:#666;font-size:14px}
.m-title{margin:6px 0;font-size:22px;line-height:1.4}
.m-sub{margin:0 0 8px;color:#555;font-size:16px;font-weight:normal}
.m-info{margin-bottom:14px;color:#999;font-size:12px}
.m-info span{margin-right:10px}
.m-content p{margin:0 0 14px;text-align:justify}
.m-foot{padding:16px;background:#f4f4f4;color:#999;font-size:12px;text-align:center}
</style>
</head>
<body>
<header class="m-top"><a class="back" href="${MOBILE}/">‹</a><a class="logo" href="${MOBILE}/">株洲新闻网</a><a class="menu" href="${MOBILE}/nav/">☰</a></header>
<article class="m-article">
  ${a.pretitle ? `<p class="m-pre">${esc(a.pretitle)}</p>` : ''}
  <h1 class="m-title">${esc(a.title)}</h1>
  ${a.subtitle ? `<h2 class="m-sub">${esc(a.subtitle)}</h2>` : ''}
  <div class="m-info"><span>2025-02-10</span><span>来源：株洲日报</span></div>
  <div class="m-content">
${paras}
  </div>
</article>
<footer class="m-foot">株洲新闻网　<a href="${a.www}">电脑版</a></footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------
// Hostile pages

const HOSTILE_BASE = `${WWW}/test/`;

function hostileNoChinese() {
  const top = `ZhuDu fixture: hostile page with NO Han characters at all (English / Latin script only), served at
${HOSTILE_BASE}hostile-no-chinese.html
Exercises: the content script must start, find nothing to annotate, add nothing and throw nothing.
Latin letters with diacritics (pinyin with tone marks) are included on purpose; they are not Han.
Content paraphrases seed facts in English. Generated by scripts/build-fixtures.mjs; do not edit by hand.`;
  const html = `<!DOCTYPE html>
${comment(top)}
<html lang="en">
<head>
<meta charset="utf-8">
<title>Zhuzhou News in English: US Twinsen project signs in Yanling</title>
<style>
body{margin:0;background:#fafafa;color:#222;font:16px/1.7 Georgia,"Times New Roman",serif}
.wrap{max-width:760px;margin:0 auto;padding:24px}
h1{font-size:28px;line-height:1.3}
.meta{color:#777;font-size:13px}
table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:4px 8px}
</style>
</head>
<body>
<div class="wrap">
  <p class="meta"><a href="${WWW}/">Zhuzhou News Network</a> &gt; City affairs</p>
  <h1 class="article-title">US Twinsen new-materials project signs in Yanling</h1>
  <p class="meta"><span class="date">2025-02-10 07:30</span> &middot; <span class="source">Source: Zhuzhou Daily</span></p>
  <div class="article-content">
    <p>Yanling County (Yánlíng Xiàn) opened the Year of the Snake with a new investment: on 6 February a new-materials project of Twinsen Inc., backed by a Chinese American investor with 1.26 billion yuan, signed to settle in the Yanling high-tech zone.</p>
    <p>The project plans 100 mu of land in two phases. Phase one invests 400 million yuan on about 30 mu and should be in production by the end of the year; phase two invests 860 million yuan from 2026 on 70 mu.</p>
    <p>Once complete, annual revenue may reach 1.5 billion yuan, with about 30 million yuan in new taxes and 150 new jobs. From first talks to signing took only nine days.</p>
    <table>
      <tr><th>Phase</th><th>Investment</th><th>Land</th></tr>
      <tr><td>One</td><td>0.4 billion yuan</td><td>30 mu</td></tr>
      <tr><td>Two</td><td>0.86 billion yuan</td><td>70 mu</td></tr>
    </table>
    <p>Place names in pinyin: Zhūzhōu, Yánlíng, Lúsōng, Tiānyuán. Accented Latin: café, naïve, Ångström, São Paulo, Łódź, Ærø.</p>
    <p>Punctuation that is not Han: “curly quotes”, ‘single’, dash – and — ellipsis … and full stop.</p>
  </div>
  <p class="meta">Copyright &copy; 2025 Zhuzhou News Network. Hotline 28829110.</p>
</div>
</body>
</html>
`;
  if (/\p{Script=Han}/u.test(html)) throw new Error('hostile-no-chinese contains Han characters');
  return html;
}

/** Visible text length of a paragraph as it will render (entities not used in paragraph text). */
function hostileHuge() {
  const top = `ZhuDu fixture: hostile HUGE article, served at ${HOSTILE_BASE}hostile-huge.html
Exercises: one www-style article (CmsTop layout) whose body holds well over 200,000 characters of Chinese text:
the eight seed articles' paragraphs repeated in rounds, each paragraph numbered. Tests performance limits,
chunked / idle-time annotation and any size cap in the extension.
Text: ${SEED}, reconstructed in tests/fixtures/articles.json.
Generated by scripts/build-fixtures.mjs; do not edit by hand.`;
  const TARGET = 210000;
  const paras = [];
  let total = 0;
  let k = 0;
  for (let round = 1; total < TARGET; round++) {
    for (const a of articles) {
      for (const p of a.paragraphs) {
        k++;
        const text = `${IND}【第${round}轮·第${k}段】${p}`;
        paras.push(`    <p>${esc(text)}</p>`);
        total += text.length;
      }
    }
  }
  const a = { ...bySlug.yanling, pretitle: '株洲日报2025年2月10日第01版稿件汇编', title: '长文压力测试：一版全部稿件循环', subtitle: `共${k}段` };
  const articleHtml = articleBlock(a, EDITORS[0], paras);
  return {
    total,
    html: wwwPage({ top, title: '长文压力测试_株洲新闻网', crumbs: crumbsFor(), articleHtml, scripts: fontSizeScript(499001) }),
  };
}

function sentencesOf(list) {
  return list
    .flatMap((a) => a.paragraphs)
    .filter((p) => !isCaption(p) && !isHeading(p))
    .flatMap((p) => p.replace(/^株洲日报讯（[^）]*）　/, '').split(/(?<=[。？！])/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 8 && s.length <= 90 && /[。？！]$/.test(s));
}

/** JSON safe to drop inside an inline <script>. */
const scriptJson = (v) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

function hostileMutating() {
  const a = bySlug.changwu;
  const top = `ZhuDu fixture: hostile MUTATING article, served at ${HOSTILE_BASE}hostile-mutating.html
Exercises: the page rewrites itself forever from inline setInterval timers (3, 4 and 5 ms):
#mut-target paragraph text replaced with another seed sentence (childList), #mut-chardata text node data
changed in place (characterData), li nodes appended to and removed from #mut-list, classes toggled on
.article-content (fontSizeSmall / fontSizeBig) and on #mut-target, #mut-box innerHTML reset to constant markup,
and a data-tick attribute bumped. Tests MutationObserver throttling, no feedback loops, no leaks, no crash.
Article text is the changwu seed article (contains 应急处突 and 引调水).
Text: ${SEED}, reconstructed in tests/fixtures/articles.json.
Generated by scripts/build-fixtures.mjs; do not edit by hand.`;
  const sentences = sentencesOf(articles);
  const body = a.paragraphs.map((p, i) => {
    if (i === 2) return `    <p id="mut-target" class="mut-a">${IND}${inlineHtml(a, i)}</p>`;
    if (i === 5) return `    <p id="mut-chardata">${IND}${esc(p)}</p>`;
    return `    <p>${IND}${inlineHtml(a, i)}</p>`;
  });
  body.splice(
    6,
    0,
    `    <ul id="mut-list" class="mut-list"><li>${esc(sentences[0])}</li></ul>`,
    `    <div id="mut-box" class="mut-box"><p>${IND}会议研究“引洮润株”引调水工程有关工作。</p></div>`,
  );
  const constant = `<p>${IND}会议研究我市森林火灾高风险区综合治理能力提升项目有关工作，不断提升基层防火能力和<strong>应急处突</strong>水平。</p><p>${IND}会议研究“引洮润株”引调水工程有关工作。</p>`;
  const articleHtml = articleBlock(a, EDITORS[3], body);
  const script = `<script>
(function () {
  // Seed sentences to cycle through.
  var S = ${scriptJson(sentences)};
  var CONST = ${scriptJson(constant)};
  var content = document.querySelector('.article-content');
  var target = document.getElementById('mut-target');
  var chardata = document.getElementById('mut-chardata').firstChild;
  var list = document.getElementById('mut-list');
  var box = document.getElementById('mut-box');
  var i = 0, j = 0, k = 0;

  // 3 ms: replace a paragraph's text (childList) and edit a text node in place (characterData).
  setInterval(function () {
    i = (i + 1) % S.length;
    target.textContent = '\\u3000\\u3000' + S[i];
    chardata.data = '\\u3000\\u3000' + S[(i * 7 + 3) % S.length];
  }, 3);

  // 4 ms: append and remove nodes, toggle classes, bump an attribute.
  setInterval(function () {
    j++;
    var li = document.createElement('li');
    li.textContent = S[(j * 13) % S.length];
    list.appendChild(li);
    while (list.childNodes.length > 6) list.removeChild(list.firstChild);
    content.classList.toggle('fontSizeBig');
    content.classList.toggle('fontSizeSmall');
    target.classList.toggle('mut-a');
    target.classList.toggle('mut-b');
    content.setAttribute('data-tick', String(j));
  }, 4);

  // 5 ms: reset one container's innerHTML to constant markup.
  setInterval(function () {
    k++;
    box.innerHTML = CONST;
    if (k % 2) {
      var extra = document.createElement('p');
      extra.className = 'mut-extra';
      extra.textContent = '\\u3000\\u3000' + S[(k * 5) % S.length];
      box.appendChild(extra);
    }
  }, 5);
})();
</script>`;
  return wwwPage({
    top,
    title: `${a.title}_株洲时政_株洲新闻网`,
    crumbs: crumbsFor(),
    articleHtml,
    extraCss: `
.mut-b{background:#fffbe6}
.mut-list{margin:0 0 14px 2em;list-style:disc}
.mut-box{padding:8px 12px;border-left:3px solid #b80000;background:#fafafa}
`,
    scripts: fontSizeScript(a.wwwId) + '\n' + script,
  });
}

function hostileWeirdDom() {
  const top = `ZhuDu fixture: hostile WEIRD DOM page, served at ${HOSTILE_BASE}hostile-weird-dom.html
Exercises: a same-origin srcdoc iframe with Chinese; a sandboxed (opaque-origin) srcdoc iframe; input value and
placeholder, textarea, select/option, button and a contenteditable div, all with Chinese (form controls and
editable regions must not be rewritten); open and closed shadow roots attached by inline script and a
declarative shadow root, with Chinese; a table with Chinese cells; existing ruby markup (must not be
double-annotated); one character per span; many adjacent text nodes built by script; zero-width and
soft-hyphen breaks inside words; br-separated lines; svg text with Chinese; Chinese inside script, style,
noscript and template (must be ignored); hidden and display:none Chinese; emoji, ZWJ sequences, flags,
skin tones, an ideographic variation sequence and astral Han characters such as U+20BB7 (surrogate pairs); a
window message listener (ZhuDu must post the page nothing).
Text: ${SEED}, reconstructed in tests/fixtures/articles.json.
Generated by scripts/build-fixtures.mjs; do not edit by hand.`;
  const srcdoc = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>内嵌框架</title></head><body><p>${IND}株洲北斗时空信息研究院于去年5月底揭牌。</p><p>${IND}要紧紧围绕“十件大事”开展工作。</p></body></html>`;
  const sandboxed = `<!DOCTYPE html><meta charset="utf-8"><p>${IND}沙箱框架：芦淞市场群38个市场昨开市。</p>`;
  const spans = [...'芦淞市场群开市第一天就有大批客商赶来选款进货。'].map((c) => `<span>${c}</span>`).join('');
  const html = `<!DOCTYPE html>
${comment(top)}
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>奇异DOM测试页_株洲新闻网</title>
<style>
body{margin:0 auto;max-width:900px;padding:20px;color:#222;font:16px/1.8 "Microsoft YaHei",sans-serif}
section{margin:0 0 18px;padding:10px 14px;border:1px solid #ddd}
section h2{margin:0 0 6px;color:#b80000;font-size:15px}
table{border-collapse:collapse}
td,th{border:1px solid #bbb;padding:4px 10px}
.editable{min-height:40px;padding:6px;border:1px dashed #999}
.styled:before{content:"株洲"}
iframe{width:100%;height:90px;border:1px solid #ccc}
</style>
</head>
<body>
<h1 class="article-title">奇异DOM测试页</h1>
<div class="article-content">

<section id="s-iframe">
  <h2>同源 srcdoc 框架</h2>
  <iframe id="iframe-same" title="同源框架" srcdoc="${esc(srcdoc)}"></iframe>
  <iframe id="iframe-sandboxed" title="沙箱框架" sandbox="" srcdoc="${esc(sandboxed)}"></iframe>
</section>

<section id="s-forms">
  <h2>表单控件</h2>
  <p><input id="input-zh" type="text" value="因地制宜培育和发展新质生产力" placeholder="请输入关键词"></p>
  <p><textarea id="textarea-zh" rows="3" cols="60">会议研究我市森林火灾高风险区综合治理能力提升项目有关工作，不断提升基层防火能力和应急处突水平。</textarea></p>
  <p><select id="select-zh"><option>株洲时政</option><option selected>县市区</option><option>数字报</option></select> <button id="button-zh" type="button">搜索新闻</button></p>
  <div id="editable-zh" class="editable" contenteditable="true">${IND}会议研究“引洮润株”引调水工程有关工作，指出要加快完成立项工作。</div>
</section>

<section id="s-shadow">
  <h2>影子根</h2>
  <div id="host-open"><span slot="extra">投影到开放影子根的轻量子节点：市长陈恢清。</span></div>
  <div id="host-closed"></div>
  <div id="host-declarative"><template shadowrootmode="open"><p>声明式影子根：株洲北斗时空信息研究院。</p><slot></slot></template><span>声明式影子根的轻量子节点：北斗规模应用。</span></div>
</section>

<section id="s-table">
  <h2>表格</h2>
  <table id="table-zh">
    <caption>美国双子星项目分期</caption>
    <thead><tr><th>分期</th><th>投资</th><th>占地</th><th>建设内容</th></tr></thead>
    <tbody>
      <tr><td>一期</td><td>4亿元</td><td>约30亩</td><td>新材料生产线2条</td></tr>
      <tr><td>二期</td><td>8.6亿元</td><td>70亩</td><td>新材料生产线10条</td></tr>
    </tbody>
  </table>
</section>

<section id="s-ruby">
  <h2>已有注音</h2>
  <p id="ruby-existing"><ruby>株<rp>（</rp><rt>zhū</rt><rp>）</rp>洲<rp>（</rp><rt>zhōu</rt><rp>）</rp></ruby>日报讯，<ruby><rb>炎</rb><rb>陵</rb><rt>yán</rt><rt>líng</rt></ruby>县蛇年招商引资迎来“开门红”。</p>
</section>

<section id="s-split">
  <h2>拆分文本</h2>
  <p id="one-char-spans">${spans}</p>
  <p id="adjacent-text-nodes"></p>
  <p id="zero-width">新\u200B质\u200B生\u200D产\u200C力，应\u00AD急\u00AD处\u00AD突，引<wbr>调<wbr>水。</p>
  <p id="br-lines">${IND}市领导陈恢清、何恩广、阳望平、罗厚清参加会议。<br>${IND}会议还研究了其他事项。<br/>${IND}株洲高新区在会上作经验交流发言。</p>
  <p id="inline-mix">市<b>长</b>陈<i>恢</i>清<a href="${bySlug.changwu.www}">主持召开</a><em>市政府</em><code>常务会议</code>。</p>
</section>

<section id="s-svg">
  <h2>SVG 文本</h2>
  <svg id="svg-zh" width="420" height="60" viewBox="0 0 420 60" role="img" aria-label="株洲日报">
    <rect width="420" height="60" fill="#fdf3f3"/>
    <text x="10" y="38" font-size="24" fill="#b80000">株洲日报<tspan fill="#333">数字报</tspan></text>
  </svg>
</section>

<section id="s-emoji">
  <h2>表情与增补字符</h2>
  <p id="emoji-mix">🐍蛇年开门红🧧！𠮷野家在株洲？👨‍👩‍👧一家人逛芦淞👍🏽，🇨🇳中国风；葛\u{E0100}城与𠀋𪚲𫠠；全角数字２０２５年；Ａｂｃ株洲。</p>
</section>

<section id="s-ignored">
  <h2>不应处理的内容</h2>
  <p hidden id="hidden-attr">隐藏属性中的中文：新质生产力。</p>
  <p style="display:none" id="display-none">隐藏样式中的中文：应急处突。</p>
  <p class="styled" id="pseudo-content">伪元素前缀。</p>
  <img id="img-alt" alt="芦淞市场群开市" width="40" height="30" src="${photoDataUri(40, 30, 'x')}">
  <noscript><p>请启用脚本以浏览株洲新闻网。</p></noscript>
  <template id="tpl-zh"><p>模板中的中文：株洲日报讯。</p></template>
  <pre id="pre-zh">预格式化：  株洲  日报  </pre>
  <p lang="ja" id="lang-ja">日本語の文：株洲市の市場が開いた。</p>
  <p lang="zh-Hant" id="lang-hant">繁體字：株洲日報數字報。</p>
</section>

</div>
<script>
(function () {
  var s = '脚本字符串中的中文不应被注音：株洲新闻网';
  void s;
  var open = document.getElementById('host-open').attachShadow({ mode: 'open' });
  open.innerHTML = '<style>p{color:#036}</style><p>开放影子根：紧紧围绕以科技创新引领产业创新、因地制宜培育和发展新质生产力。</p><slot name="extra"></slot>';
  var closed = document.getElementById('host-closed').attachShadow({ mode: 'closed' });
  closed.innerHTML = '<p>封闭影子根：不断提升基层防火能力和应急处突水平。</p>';
  // Many adjacent text nodes (the HTML parser would merge them, so build them here).
  var p = document.getElementById('adjacent-text-nodes');
  var text = '会议研究“引洮润株”引调水工程有关工作，确保项目顺利推进。';
  for (var i = 0; i < text.length; i++) p.appendChild(document.createTextNode(text.charAt(i)));
  p.appendChild(document.createTextNode(''));
  p.insertBefore(document.createTextNode(''), p.firstChild);
  // A page that listens to every message posted to it: an extension must post none (ZhuDu's content script once did, through WXT).
  window.__heardMessages = [];
  window.addEventListener('message', function (event) { window.__heardMessages.push(JSON.stringify(event.data)); });
  window.__weirdDomReady = true;
})();
</script>
</body>
</html>
`;
  return html;
}

function hostileCss() {
  const a = bySlug.lusong;
  const top = `ZhuDu fixture: hostile CSS article, served at ${HOSTILE_BASE}hostile-css.html
Exercises: a normal www article (the Lusong seed article) under aggressive page CSS:
* { line-height: 3 !important; font-size: 19px !important }, div/span z-index 2147483647 and position relative,
body user-select none, [class],[id] { all: revert } resets, p letter-spacing 0.3em and color red !important,
span { display: inline-block !important }, :not(:defined) rules that hit custom elements, ruby/rt/rp overrides,
[hidden] forced visible, a transformed body (makes it the containing block of position:fixed descendants),
body as the scroll container, and a fixed full-page overlay with pointer-events:none and a huge z-index.
The extension's own UI (popups, ruby) must still render legibly and stay clickable.
Text: ${SEED}, reconstructed in tests/fixtures/articles.json.
Generated by scripts/build-fixtures.mjs; do not edit by hand.`;
  const editor = EDITORS[2];
  const articleHtml = `<div class="article">
${headlineHtml(a)}
${infosHtml(a, editor)}
  <div class="article-content fontSizeSmall BSHARE_POP">
${wwwBodyHtml(a)}
  </div>
  <p class="editor">[责任编辑：${esc(editor)}]</p>
${relatedHtml(a)}
</div>
<div id="hostile-overlay" aria-hidden="true"></div>`;
  const hostile = `
/* ===== hostile rules below ===== */
html{overflow:hidden;height:100%}
body{height:100%;overflow:auto;transform:translateZ(0);user-select:none;-webkit-user-select:none;-moz-user-select:none}
*{line-height:3 !important;font-size:19px !important}
*,*::before,*::after{box-sizing:content-box !important}
[class],[id]{all:revert}
div,span{z-index:2147483647 !important;position:relative !important}
span{display:inline-block !important;vertical-align:baseline !important}
p{letter-spacing:.3em !important;color:red !important}
:not(:defined){display:inline-block !important;outline:2px dashed #f0f !important;font-family:serif !important}
ruby{display:inline-flex !important;flex-direction:column-reverse !important}
rt{display:inline !important;font-size:8px !important;color:#0c0 !important;letter-spacing:1em !important}
rp{display:inline !important}
[hidden]{display:block !important}
[style*="position"]{top:auto !important}
iframe,dialog,[popover]{border:5px solid lime !important}
#hostile-overlay{position:fixed !important;top:0;left:0;right:0;bottom:0;z-index:2147483647 !important;pointer-events:none;background:rgba(255,235,59,.18);outline:4px solid rgba(255,0,0,.4)}
`;
  return wwwPage({
    top,
    title: `${a.title}_株洲时政_株洲新闻网`,
    crumbs: crumbsFor(),
    articleHtml,
    extraCss: hostile,
    scripts: fontSizeScript(a.wwwId),
  });
}


// ---------------------------------------------------------------------------
// Live pages, a page that squats ZhuDu's old element name, and articles in frames

function hostileTicker() {
  const a = bySlug.yanling;
  const top = `ZhuDu fixture: hostile LIVE page with tickers, served at ${HOSTILE_BASE}hostile-ticker.html
Exercises: a ticker that rewrites its paragraph through el.firstChild.nodeValue every 150 ms, and one that
holds its text node and writes node.data; both hold Chinese that ruby mode annotates. With ruby on, each
ticker must keep ticking (its new text shown) and its paragraph must not flicker between annotated and
plain. window.__tickerWrites counts the writes; #ticker-first and #ticker-held show the latest.
Text: ${SEED}, reconstructed in tests/fixtures/articles.json.
Generated by scripts/build-fixtures.mjs; do not edit by hand.`;
  const body = a.paragraphs.map((p, i) => `    <p>${IND}${inlineHtml(a, i)}</p>`);
  body.splice(1, 0, `    <p id="ticker-first">第0条：株洲市场价格平稳。</p>`, `    <p id="ticker-held">第0次：炎陵黄桃销售火热。</p>`);
  const articleHtml = articleBlock(a, EDITORS[0], body, '');
  const script = `<script>
(function () {
  var first = document.getElementById('ticker-first');
  var held = document.getElementById('ticker-held').firstChild;
  var n = 0;
  window.__tickerWrites = 0;
  setInterval(function () {
    n++;
    first.firstChild.nodeValue = '第' + n + '条：株洲市场价格平稳。';
    held.data = '第' + n + '次：炎陵黄桃销售火热。';
    window.__tickerWrites++;
  }, 150);
})();
</script>`;
  return wwwPage({ top, title: `${a.title}_株洲时政_株洲新闻网`, crumbs: crumbsFor(), articleHtml, scripts: script });
}

function hostileSquat() {
  const a = bySlug.beidou;
  const top = `ZhuDu fixture: hostile page that SQUATS ZhuDu's element names, served at ${HOSTILE_BASE}hostile-squat.html
Exercises: before ZhuDu starts, the page defines custom elements zhudu-tooltip and zhudu-card (each attaching
its own closed shadow root, so a second attachShadow would throw) and a div[data-zhudu-ui="card"] of its own outside
the article. The card must still show.
Text: ${SEED}, reconstructed in tests/fixtures/articles.json.
Generated by scripts/build-fixtures.mjs; do not edit by hand.`;
  const body = a.paragraphs.map((p, i) => `    <p>${IND}${inlineHtml(a, i)}</p>`);
  const articleHtml = `${articleBlock(a, EDITORS[1], body, '')}
<div data-zhudu-ui="page-owned">页面自己的元素</div>`;
  const script = `<script>
(function () {
  function Squatter() { return Reflect.construct(HTMLElement, [], Squatter); }
  Squatter.prototype = Object.create(HTMLElement.prototype);
  Squatter.prototype.connectedCallback = function () { if (!this.shadowRoot) this.attachShadow({ mode: 'closed' }); };
  customElements.define('zhudu-tooltip', Squatter);
  function Squatter2() { return Reflect.construct(HTMLElement, [], Squatter2); }
  Squatter2.prototype = Object.create(HTMLElement.prototype);
  customElements.define('zhudu-card', Squatter2);
  window.__squatted = true;
})();
</script>`;
  return wwwPage({ top, title: `${a.title}_株洲时政_株洲新闻网`, crumbs: crumbsFor(), articleHtml, scripts: script });
}

const FRAMES_BASE = `${WWW}/test/frames/`;

function framesFrameset() {
  const top = `ZhuDu fixture: a FRAMESET page, served at ${FRAMES_BASE}frameset.html
Exercises: the top document is a frameset with no text; a narrow nav frame (channel list, same origin) and an
article frame holding the www yanling article. ZhuDu runs in both frames; the popup must say the article is
in a frame and read it, not "No Chinese text found".
Generated by scripts/build-fixtures.mjs; do not edit by hand.`;
  return `<!DOCTYPE html>
${comment(top)}
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>株洲新闻网（框架版）</title>
</head>
<frameset cols="22%,78%">
  <frame name="nav" src="${ZZSZ}">
  <frame name="article" src="${bySlug.yanling.www}">
</frameset>
</html>
`;
}

function framesIframe() {
  const a = bySlug.yanling;
  const top = `ZhuDu fixture: an article inside a same-origin IFRAME and a SRCDOC iframe, served at ${FRAMES_BASE}iframe.html
Exercises: the top page has a short header only; the article is in an iframe (the www renda article) and
a srcdoc iframe holds a paragraph of the yanling article. Hover works inside both frames; the popup reads the
iframe's article.
Generated by scripts/build-fixtures.mjs; do not edit by hand.`;
  const srcdoc = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><p>${IND}${esc(a.paragraphs[0])}</p></body></html>`;
  return `<!DOCTYPE html>
${comment(top)}
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>框架内的文章_株洲新闻网</title>
<style>body{margin:0;font:16px/1.8 "Microsoft YaHei",sans-serif} header{padding:8px 16px;background:#b80000;color:#fff} iframe{display:block;width:100%;border:0} #article-frame{height:1400px} #srcdoc-frame{height:220px}</style>
</head>
<body>
<header>株洲新闻网</header>
<iframe id="srcdoc-frame" title="摘录" srcdoc="${esc(srcdoc)}"></iframe>
<iframe id="article-frame" title="文章" src="${bySlug.renda.www}"></iframe>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------
// Write everything

mkdirSync(PAGES, { recursive: true });
const written = new Map(); // file name -> html
const routes = {};
const put = (file, html, url) => {
  if (!html.startsWith('<!DOCTYPE html>\n<!--')) throw new Error(`${file}: bad prologue`);
  if (!html.includes('<meta charset="utf-8">')) throw new Error(`${file}: no meta charset`);
  written.set(file, html);
  if (url) routes[url] = `pages/${file}`;
};

for (const a of articles) {
  put(`www-${a.slug}.html`, wwwArticle(a), a.www);
  put(`zzrb-c${a.zzrbId}.html`, zzrbArticle(a), a.zzrb);
}
put('zzrb-node01.html', zzrbNode01(), NODE01);
put('www-list-zzsz.html', wwwList(), ZZSZ);
put('www-index.html', wwwIndex(), `${WWW}/`);
const mobileArticle = bySlug.yanling;
put(`mobile-${mobileArticle.slug}.html`, mobilePage(mobileArticle), `${MOBILE}/news/2025/0210/${mobileArticle.wwwId}.shtml`);

const huge = hostileHuge();
const hostilePages = {
  'hostile-no-chinese.html': hostileNoChinese(),
  'hostile-huge.html': huge.html,
  'hostile-mutating.html': hostileMutating(),
  'hostile-weird-dom.html': hostileWeirdDom(),
  'hostile-css.html': hostileCss(),
  'hostile-ticker.html': hostileTicker(),
  'hostile-squat.html': hostileSquat(),
};
const hostile = [];
for (const [file, html] of Object.entries(hostilePages)) {
  put(file, html, HOSTILE_BASE + file);
  hostile.push(HOSTILE_BASE + file);
}

put('frames-frameset.html', framesFrameset(), `${FRAMES_BASE}frameset.html`);
put('frames-iframe.html', framesIframe(), `${FRAMES_BASE}iframe.html`);

for (const [file, html] of written) writeFileSync(join(PAGES, file), html);
for (const f of readdirSync(PAGES)) {
  if (f.endsWith('.html') && !written.has(f)) rmSync(join(PAGES, f)); // drop stale outputs
}

const manifest = {
  routes,
  articles: articles.map((a) => ({ slug: a.slug, title: a.title, www: a.www, zzrb: a.zzrb })),
  hostile,
};
writeFileSync(join(FIXTURES, 'routes.json'), JSON.stringify(manifest, null, 2) + '\n');

console.log(`wrote ${written.size} pages to ${PAGES}`);
console.log(`hostile-huge paragraph text: ${huge.total} characters`);
