import { describe, expect, it } from 'vitest';
import { blockText, htmlToArticle } from '../../pipeline/ingest/html.ts';
import { parseHTML } from 'linkedom';

const PAGE = (extraBody = '') => `<!doctype html>
<html><head>
<title>Tanzania lands $600 million gas loan | Coast Herald</title>
<meta property="og:title" content="Tanzania lands $600 million gas loan">
<meta property="og:site_name" content="Coast Herald">
<meta property="og:url" content="https://herald.example/og-url">
<link rel="canonical" href="https://herald.example/business/gas-loan">
<meta property="article:published_time" content="2025-02-14T08:30:00+03:00">
<script>document.write("SCRIPT TEXT"); fetch("https://tracker.example/p");</script>
<style>p { color: red } .x::after { content: "STYLE TEXT" }</style>
<link rel="stylesheet" href="https://cdn.example/site.css">
</head>
<body>
<nav><a href="/">Home</a> <a href="/business">Business NAV TEXT</a></nav>
<form action="/subscribe"><label>FORM TEXT Email</label><input name="e"><button>Subscribe</button></form>
<article>
  <h1>Tanzania lands $600 million gas loan</h1>
  <time datetime="2025-02-13">Feb 13</time>
  <p onclick="alert('ONCLICK')">DAR ES SALAAM: Tanzania signed a $600 million loan with a group of African lenders on Thursday to build a gas processing plant, the energy ministry said.</p>
  <figure><img src="https://cdn.example/photo.jpg"><figcaption>Photo: the plant site CAPTION TEXT</figcaption></figure>
  ${extraBody}
  <p>The plant is expected to create <b>1,500</b> jobs and start production in 2028. Officials said exports could reach $1 billion a year.</p>
  <iframe src="https://video.example/embed">IFRAME TEXT</iframe>
  <ul><li>Loan tenor: 12 years</li><li>Lead arranger: a regional bank</li></ul>
  <p>Construction begins in June, the ministry added.</p>
</article>
<aside><h3>Related stories</h3><a href="/other">RELATED LINK TEXT</a></aside>
<footer>FOOTER TEXT © Coast Herald</footer>
</body></html>`;

describe('htmlToArticle', () => {
  it('keeps the article text only, one paragraph per line, with page metadata', () => {
    const a = htmlToArticle(PAGE());
    expect(a).toEqual({
      title: 'Tanzania lands $600 million gas loan',
      published: '2025-02-14',
      url: 'https://herald.example/business/gas-loan',
      outlet: 'Coast Herald',
      text: [
        'Feb 13',
        'DAR ES SALAAM: Tanzania signed a $600 million loan with a group of African lenders on Thursday to build a gas processing plant, the energy ministry said.',
        'The plant is expected to create 1,500 jobs and start production in 2028. Officials said exports could reach $1 billion a year.',
        'Loan tenor: 12 years',
        'Lead arranger: a regional bank',
        'Construction begins in June, the ministry added.',
      ].join('\n'),
    });
    for (const junk of ['SCRIPT', 'STYLE', 'NAV TEXT', 'FORM TEXT', 'CAPTION', 'IFRAME', 'RELATED', 'FOOTER', 'ONCLICK']) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('drops other stories inside the <article>: a "related" block, a share bar and a list of links', () => {
    const inside = [
      '<div class="related-stories"><h3>Related</h3><p><a href="/a">UAE pledges $10bn RELATED BLOCK</a></p></div>',
      '<div id="share-bar">SHARE BAR Twitter Facebook</div>',
      '<ul><li><a href="/x">IMF approves $1.1bn LINK LIST</a></li><li><a href="/y">China lends $2bn LINK LIST</a></li></ul>',
    ].join('');
    const a = htmlToArticle(PAGE(inside));
    for (const junk of ['RELATED BLOCK', 'SHARE BAR', 'LINK LIST']) expect(a.text).not.toContain(junk);
    // A list of facts (items that are not only links) stays.
    expect(a.text).toContain('Loan tenor: 12 years');
    expect(a.text.split('\n')).toHaveLength(6);
  });

  it('keeps a story whose own wrapper has a widget-like class ("content share-enabled")', () => {
    const para = (i: number) => `<p>Paragraph ${i}: Tanzania signed a $600 million loan with a group of African lenders on Thursday to build a gas processing plant near the coast, the energy ministry said, adding that work would begin in June.</p>`;
    const html = `<html><body><div class="content share-enabled">${[1, 2, 3, 4].map(para).join('')}</div></body></html>`;
    expect(htmlToArticle(html).text.split('\n').filter((l) => l.startsWith('Paragraph'))).toHaveLength(4);
  });

  // Speed is the bench's to measure; the test's timeout only catches a page that never finishes (a runaway pattern).
  it('survives a 3 MB data: URI image', { timeout: 30_000 }, () => {
    const image = `<img src="data:image/png;base64,${'iVBORw0KGgo'.repeat(300_000)}">`;
    const a = htmlToArticle(PAGE(image));
    expect(a.text).not.toContain('base64');
    expect(a.text.split('\n')).toHaveLength(6);
  });

  it('falls back to <title>, og:url and <time> when other metadata is missing', () => {
    const html = `<html><head><title>Small page</title><meta property="og:url" content="https://x.example/a"></head>
      <body><p>One short paragraph about a grant.</p><time datetime="2024-06-01T00:00:00Z">June 1</time></body></html>`;
    expect(htmlToArticle(html)).toMatchObject({ title: 'Small page', published: '2024-06-01', url: 'https://x.example/a', outlet: null });
  });

  it('reads fragments and garbage without throwing', () => {
    expect(htmlToArticle('<p>First.</p><p>Second.</p>').text).toBe('First.\nSecond.');
    expect(htmlToArticle('<<<&&&>>>').text).toBe('<<<&&&>>>');
    expect(htmlToArticle('').text).toBe('');
  });

  it('ignores non-http canonical links', () => {
    const html = '<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><p>Text.</p></body></html>';
    expect(htmlToArticle(html).url).toBeNull();
  });
});

describe('blockText', () => {
  it('breaks lines at blocks and <br>, collapses spaces inside them', () => {
    const { document } = parseHTML('<html><body><div>  One\n  line <span>joined</span></div><p>Two<br>Three</p></body></html>');
    expect(blockText(document.body as never)).toBe('One line joined\nTwo\nThree');
  });
});

describe('htmlToArticle on hostile pages', () => {
  // The timeout only catches a page that never finishes (recursion or a runaway pattern), not slowness.
  it.each([200, 5000, 20000])('reads a page nested %i <div>s deep', { timeout: 30_000 }, (depth) => {
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep text about a grant.</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(htmlToArticle(html).text).toBe('Deep text about a grant.');
  });
});
