/**
 * Builds the archive's real content, as a reader gets it, and checks the first reports: the Seoul
 * and Tokyo summits, their leaders and agreements, and the agreement history across reports.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlProblems } from '../support/html-validate.ts';
import { brokenLinks, projectRoot, readSite, runBuild, text, type Site } from '../support/site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'sda-content-'));
const outDir = path.join(work, 'dist');
let site: Site;

const SEOUL = '/articles/2022/biden-yoon-seoul-summit/';
const TOKYO = '/articles/2022/biden-kishida-tokyo-summit/';

beforeAll(() => {
  const build = runBuild(path.join(projectRoot, 'content'), outDir);
  if (build.code !== 0) throw new Error(`Build of content/ failed:\n${build.output}`);
  site = readSite(outDir);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the archive built from content/', () => {
  it('has no broken internal link or anchor', () => {
    expect(brokenLinks(site)).toEqual([]);
  });

  it('passes html-validate (recommended preset) on every page', async () => {
    expect(await htmlProblems(site)).toEqual([]);
  });

  it('names the source of every article', () => {
    const articles = [...site.pages.keys()].filter((p) => p.startsWith('/articles/'));
    expect(articles.length).toBeGreaterThanOrEqual(4);
    for (const urlPath of articles) {
      expect(text(site.page(urlPath).querySelector('.article__source')), urlPath).toBe(
        'Source: SpaceNews, by Park Si-soo',
      );
    }
  });

  it.each([
    [SEOUL, 'seoul-2022', 'Seoul', '2022-05-21', ['joe-biden', 'yoon-suk-yeol'], 'President of South Korea'],
    [TOKYO, 'tokyo-2022', 'Tokyo', '2022-05-23', ['joe-biden', 'fumio-kishida'], 'Prime Minister of Japan'],
  ])('shows the summit box on %s', (urlPath, summit, city, date, leaders, office) => {
    const box = site.page(urlPath).querySelector('.summit-box')!;
    expect(box.querySelector(`a[href="/summits/${summit}/"]`)).not.toBeNull();
    expect(text(box)).toContain(city);
    expect(box.querySelector(`time[datetime="${date}"]`)).not.toBeNull();
    for (const leader of leaders) expect(box.querySelector(`a[href="/leaders/${leader}/"]`)).not.toBeNull();
    expect(text(box)).toContain(office);
  });

  it('lists the agreements of the Tokyo summit with kind and status', () => {
    const items = site.page(TOKYO).querySelectorAll('.article-agreements li');
    const implementation = items.find((li) =>
      li.querySelector('a[href="/agreements/us-japan-artemis-implementation-agreement/"]'),
    );
    expect(text(implementation)).toContain('Implementation agreement');
    expect(text(implementation?.querySelector('.status'))).toBe('In negotiation');
  });

  it('tracks the Civil Space Dialogue from dormancy to its revival', () => {
    const page = site.page('/agreements/us-rok-civil-space-dialogue/');
    const history = page.querySelectorAll('.timeline li.timeline__entry--agreement');
    expect(history.map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual(['2016-04', '2022-05-21']);
    expect(text(history[0]!.querySelector('.status'))).toBe('Dormant');
    expect(text(history[0]!.querySelector('time'))).toBe('April 2016');
    expect(text(history[1]!.querySelector('.status'))).toBe('Announced');
  });

  it('gives every country, program, leader and summit a page with its facts', () => {
    expect(text(site.page('/countries/south-korea/').querySelector('.term-details'))).toContain('Republic of Korea');
    expect(text(site.page('/programs/lunar-gateway/').querySelector('.term-details'))).toContain('NASA');
    const kishida = site.page('/leaders/fumio-kishida/');
    expect(kishida.querySelector('.term-details [lang="ja"]')?.textContent).toBe('岸田文雄');
    expect(text(site.page('/leaders/yoon-suk-yeol/').querySelector('.term-details [lang="ko"]'))).toBe('윤석열');
    for (const program of ['artemis', 'lunar-gateway', 'korean-positioning-system']) {
      expect(site.pages.has(`/programs/${program}/`), program).toBe(true);
    }
    const summits = site
      .page('/summits/')
      .querySelectorAll('.term-index a')
      .map((a) => a.getAttribute('href'));
    expect(summits).toEqual(['/summits/tokyo-2022/', '/summits/seoul-2022/']);
  });
});
