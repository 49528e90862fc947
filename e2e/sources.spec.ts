import { expect, openApp, test } from './fixtures';

const GRADE_ORDER = ['archival primary', 'official history', 'scholarly', 'press', 'reference work', 'forum or blog'];

test.describe('sources on the cards', () => {
  test('a place card lists its sources from the bibliography, strongest grade first, with no mirror as a source', async ({ page }) => {
    await openApp(page, '#place=incheon');
    const sources = page.getByRole('complementary', { name: 'Incheon' }).getByRole('region', { name: 'Identification' }).locator('ul.sources').first().locator(':scope > li');
    await expect(sources.first()).toContainText('archival primary');
    await expect(sources.first()).toContainText('Wilson Center Digital Archive');
    const grades = await sources.locator('.grade-badge').allTextContents();
    expect(grades.length).toBeGreaterThan(3);
    const ranks = grades.map((grade) => GRADE_ORDER.indexOf(grade));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    await expect(sources.filter({ hasText: 'official history' })).toContainText('Mossman');
    const links = await sources.getByRole('link', { name: 'online' }).evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    for (const href of links) expect(href).not.toMatch(/\/\/\d+\.\d+\.\d+\.\d+|elb\.amazonaws|zxc\.wiki|wiki7|clateway|:\d+\//);
  });

  test('an account that rests only on forum posts says so, and a doubtful account says why', async ({ page }) => {
    await openApp(page, '#place=hangang-bridge&outcome=1');
    const card = page.getByRole('complementary', { name: 'Hangang Bridge' });
    const crossing = card.getByTestId('outcome-version').filter({ hasText: 'frozen Han east and west of Seoul' });
    await expect(crossing.getByText('Doubtful account.')).toBeVisible();
    await expect(crossing).toContainText('Only forum or blog posts support this account');
  });

  test('Suien is a mention of Suwon: one place, its own medium confidence, and the legend explains the grades', async ({ page }) => {
    await openApp(page, '#place=suwon');
    const card = page.getByRole('complementary', { name: 'Suwon' });
    const own = card.getByRole('region', { name: 'Mentions identified on their own' });
    await expect(own).toContainText('“Suien”');
    await expect(own.locator('.confidence-badge')).toHaveText('medium');
    await expect(card).toContainText('Mention 1 of 2');
    await page.getByText('How sources are graded').click();
    await expect(page.locator('.source-grades')).toContainText('forum posts, blogs');
  });
});
