import { expect, openApp, test } from './fixtures';
import { mapIdle, renderedFeatures } from './map-helpers';

test.describe('plan versus outcome', () => {
  test('the outcome layer is off by default, toggles on, and follows the timeline', async ({ page }) => {
    await openApp(page, '#date=1951-01-03T12:00&map=8/37.4/127.3');
    const outcomeOnMap = async (): Promise<string[]> => {
      await mapIdle(page);
      return [...new Set((await renderedFeatures(page, ['outcome-point', 'outcome-line'])).map((feature) => String(feature.properties.eventId)))].sort();
    };
    expect(await outcomeOnMap()).toEqual([]);

    await page.getByLabel('Show what happened (outcome, from other sources)').check();
    await expect(page).toHaveURL(/outcome=1/);
    const early = await outcomeOnMap();
    expect(early).toContain('seoul-abandoned');
    expect(early).not.toContain('incheon-occupied');

    await page.getByRole('slider', { name: 'Date and hour' }).focus();
    await page.keyboard.press('End');
    const late = await outcomeOnMap();
    expect(late).toEqual(expect.arrayContaining(['incheon-occupied', 'seoul-abandoned', 'line-d']));
    // The telegram's own layers are untouched by the toggle.
    expect((await renderedFeatures(page, ['situation-demarcation'])).length).toBeGreaterThan(0);
  });

  test('a place card sets the order beside what happened, with every account and its sources', async ({ page }) => {
    await openApp(page, '#place=incheon');
    const card = page.getByRole('complementary', { name: 'Incheon' });
    await expect(card.getByRole('region', { name: 'Ordered and what happened' })).toHaveCount(0);
    await page.getByLabel('Show what happened (outcome, from other sources)').check();
    const both = card.getByRole('region', { name: 'Ordered and what happened' });
    await expect(both).toContainText('The telegram');
    await expect(both).toContainText('takes Gimpo airport and Incheon port');
    const occupied = both.getByTestId('outcome-event').filter({ hasText: 'sources disagree' }).first();
    await expect(occupied).toBeVisible();
    const versions = occupied.getByTestId('outcome-version');
    expect(await versions.count()).toBeGreaterThan(1);
    for (const version of await versions.all()) await expect(version.locator('.sources li').first()).toBeVisible();
  });
});
