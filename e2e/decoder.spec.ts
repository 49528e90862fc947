import { expect, openApp, test } from './fixtures';
import { mapIdle, renderedFeatures } from './map-helpers';

test.describe('the transliteration decoder', () => {
  test('the decode box turns a typed spelling into ranked chains', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Decode a spelling' }).click();
    const panel = page.getByRole('region', { name: 'Decode a spelling' });
    await panel.getByLabel(/Spelling/).fill('Genzan');
    await panel.getByRole('button', { name: 'Decode', exact: true }).click();
    const candidates = panel.getByRole('list', { name: 'Candidates for Genzan' }).getByTestId('decoder-candidate');
    await expect(candidates.first()).toContainText('元山');
    await expect(candidates.first()).toContainText('Wonsan');
    await expect(candidates.first()).toContainText('reading distance');
    // The chain opens and marks its weakest step.
    await candidates.first().getByText(/Chain \(weakest step/).click();
    await expect(candidates.first().locator('.decoder-chain li')).toHaveCount(5);
    await expect(candidates.first().locator('.decoder-chain li.weakest')).toHaveCount(1);

    // Another spelling, from this telegram.
    await panel.getByLabel(/Spelling/).fill('Odzio');
    await panel.getByRole('button', { name: 'Decode', exact: true }).click();
    await expect(panel.getByRole('list', { name: 'Candidates for Odzio' }).getByTestId('decoder-candidate').first()).toContainText('橫城');
  });

  test('an unidentified place shows the machine suggestions, and draws them faintly on the map on demand', async ({ page }) => {
    await openApp(page, '#place=mokudo');
    const card = page.getByTestId('place-card');
    const section = card.getByRole('region', { name: 'Decoder suggestions' });
    await expect(section.getByRole('heading', { name: /Machine suggestions/ })).toBeVisible();
    await expect(section).toContainText('Not identifications');
    await expect(section.getByTestId('decoder-candidate').first()).toContainText('木洞');
    await expect(section.getByTestId('decoder-candidate').first()).toContainText('from the area the text implies');

    await mapIdle(page);
    expect(await renderedFeatures(page, ['decoder-suggestion'])).toEqual([]);
    await section.getByRole('button', { name: 'Show suggestions on the map' }).click();
    await expect(section.getByRole('button', { name: 'Hide suggestions on the map' })).toHaveAttribute('aria-pressed', 'true');
    await mapIdle(page);
    const drawn = await renderedFeatures(page, ['decoder-suggestion']);
    expect(drawn.length).toBeGreaterThan(0);
    expect(new Set(drawn.map((feature) => feature.properties.placeId))).toEqual(new Set(['mokudo']));

    // Closing the card takes them off the map.
    await card.getByRole('button', { name: 'Close place card' }).click();
    await mapIdle(page);
    expect(await renderedFeatures(page, ['decoder-suggestion'])).toEqual([]);
  });

  test('a high-confidence place has no decoder section', async ({ page }) => {
    await openApp(page, '#place=hoengseong');
    await expect(page.getByTestId('place-card')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Decoder suggestions' })).toHaveCount(0);
  });
});
