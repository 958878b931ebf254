import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RulePack } from '../../lib/rules/types.js';
import { hasChromium, overlayMarks, waitFor } from './support/browser.js';
import { openExtensionPage, seriousAccessibilityProblems } from './support/extension-pages.js';
import { SELF_AT_RISK, TEST_PACK, useExtensionBrowser } from './support/test-pack.js';

const storedPacks = (page: Page) => page.evaluate(async () => (await chrome.storage.local.get('personalPacks')).personalPacks as RulePack[]);

describe.skipIf(!hasChromium)('the options page', () => {
  const browser = useExtensionBrowser();

  async function options(): Promise<{ page: Page; errors: Error[] }> {
    const opened = await openExtensionPage(browser(), 'options.html');
    await waitFor(() => opened.page.getByRole('heading', { name: 'Rules', exact: true }).isVisible(), 'the options page');
    return opened;
  }

  async function typedNote(text: string): Promise<Page> {
    const { page } = await browser().open('/fields.html');
    await page.locator('#note').click();
    await page.keyboard.type(text);
    return page;
  }

  it('writes a rule with the form, marks the tester text as one types, saves it, and a page is marked by it', async () => {
    const { page, errors } = await options();
    await page.getByRole('button', { name: 'Write a new rule' }).click();
    const save = page.getByRole('button', { name: 'Save rule' });
    // An empty rule cannot be saved: trying shows what is missing and moves focus to it.
    await save.click();
    await waitFor(() => page.getByText("'title' must not be empty").isVisible(), 'the missing title');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rule-title');
    expect(await page.getByRole('heading', { name: 'New rule' }).isVisible()).toBe(true);

    await page.getByLabel('Title').fill("'Made bad choices'");
    await page.getByLabel('Id', { exact: true }).fill('my-bad-choices');
    await page.getByLabel('Category').fill('general-responsibility-shifting');
    await page.getByLabel('Patterns', { exact: true }).fill('made+ (bad|poor) {choic}');
    // A mistake in the pattern is named beside the field as one types.
    await waitFor(() => page.getByText(/Line 1: unknown word class \{choic\}/).isVisible(), 'the pattern problem');
    await page.getByLabel('Patterns', { exact: true }).fill('made+ (bad|poor|unwise) (choice|decision)+');
    await page.getByLabel('Needs (optional)').fill('child');
    await page.getByLabel('Explanation').fill('This can make it sound as if the child chose the harm. Say what the adults did.');
    await page.getByLabel('Suggestions').fill('was exploited');
    await page.getByLabel('Source').fill('Team training — https://example.org/training');
    await page.getByLabel('Examples it must mark').fill('Amy, 14, made bad choices.\nThe YP makes poor decisions.');
    await page.getByLabel('Examples it must not mark').fill('The driver made bad choices.\nShe made a cake.');

    const tester = page.getByLabel('Try the rule: type or paste sample text');
    await tester.fill('Visit to Amy, aged 14. She made unwise choices at the weekend.');
    await waitFor(() => page.getByText('1 phrase marked.').isVisible(), 'the tester to mark the text');
    expect(await page.locator('.tester-preview mark').allTextContents()).toEqual(['made unwise choices']);
    await tester.fill('The adult made bad choices.');
    await waitFor(() => page.getByText('Nothing marked.').isVisible(), 'the tester to leave an adult alone');

    expect(await page.locator('.example-results .ok').count()).toBe(4);
    expect(await page.getByText('Ready to save.').isVisible()).toBe(true);
    await save.click();
    await waitFor(() => page.getByRole('heading', { name: "'Made bad choices'" }).isVisible(), 'the saved rule in the list');
    expect((await storedPacks(page)).flatMap((p) => p.rules.map((r) => r.id))).toContain('my-bad-choices');

    const note = await typedNote('Visit to Amy, aged 14. She made bad choices at the weekend.');
    await waitFor(async () => (await overlayMarks(note, 'my-bad-choices').count()) > 0, 'the new rule to mark the page');
    expect(errors).toEqual([]);
    await note.close();
    await page.close();
  });

  it('shows a broken pack’s problems with their places, changes nothing, and the old rules still mark text', async () => {
    const { page } = await options();
    const before = await storedPacks(page);
    const broken = { ...TEST_PACK, id: 'broken-pack', version: 'one', rules: [{ ...TEST_PACK.rules[0]!, id: 'Bad Id', patterns: ['put+ (herself'] }] };
    await page.getByLabel('Import a rule pack (a .json file)').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const alert = page.getByRole('alert').filter({ hasText: 'broken.json was not imported' });
    await waitFor(() => alert.isVisible(), 'the import problems');
    const problems = await alert.getByRole('listitem').allTextContents();
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^broken\.json \/version: /), expect.stringMatching(/^broken\.json \/rules\/0\/id: /)]));

    await page.getByLabel('Import a rule pack (a .json file)').setInputFiles({ name: 'syntax.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "id": "x",\n}') });
    await waitFor(() => page.getByRole('alert').filter({ hasText: 'syntax.json:3:1: not valid JSON' }).isVisible(), 'the syntax error with its line');
    expect(await storedPacks(page)).toEqual(before);

    const note = await typedNote('Amy, 14, put herself at risk.');
    await waitFor(async () => (await overlayMarks(note, SELF_AT_RISK).count()) > 0, 'the old rules still marking');
    await note.close();
    await page.close();
  });

  it('exports a pack as a file that imports back identically', async () => {
    const { page } = await options();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: `Export ${TEST_PACK.name}` }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe(`${TEST_PACK.id}.json`);
    const text = await new Promise<string>((resolve, reject) => {
      void file.createReadStream().then((stream) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        stream.on('error', reject);
      });
    });
    const exported = JSON.parse(text) as RulePack;
    const stored = (await storedPacks(page)).find((p) => p.id === TEST_PACK.id);
    expect(exported).toEqual(stored);

    await page.getByLabel('Import a rule pack (a .json file)').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await waitFor(() => page.getByRole('status').filter({ hasText: `Replaced your pack “${TEST_PACK.name}”` }).isVisible(), 'the re-import');
    expect((await storedPacks(page)).find((p) => p.id === TEST_PACK.id)).toEqual(exported);
    await page.close();
  });

  it('finds rules by search and filters, and a switch turns a rule off in open pages at once', async () => {
    const note = await typedNote('Visit to Amy, aged 14. She was sexting an older man.');
    await waitFor(async () => (await overlayMarks(note, 'ypi-sexting').count()) > 0, 'the sexting mark');
    const { page } = await options();
    await page.getByLabel('Search').fill('sexting');
    await page.getByLabel('Pack', { exact: true }).selectOption({ label: `${TEST_PACK.name} (yours)` });
    const rows = page.locator('.rule-row');
    await waitFor(async () => (await rows.count()) === 1, 'one rule shown');
    const toggle = page.getByRole('switch', { name: "'Sexting' (ypi-sexting) on" });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await waitFor(async () => (await overlayMarks(note, 'ypi-sexting').count()) === 0, 'the mark to go from the open page');
    await page.getByLabel('Showing').selectOption('off');
    await waitFor(async () => (await rows.count()) === 1, 'the rule listed as off');
    // Switched on, the rule leaves the list of rules that are off.
    await page.getByRole('switch', { name: "'Sexting' (ypi-sexting) on" }).click();
    await waitFor(async () => (await overlayMarks(note, 'ypi-sexting').count()) > 0, 'the mark to come back');
    await note.close();
    await page.close();
  });

  it('duplicates a built-in rule into a personal pack to adapt it', async () => {
    const { page } = await options();
    await page.getByLabel('Search').fill('consensual');
    const duplicate = page.getByRole('button', { name: /^Duplicate to adapt: / }).first();
    await duplicate.click();
    await waitFor(() => page.getByText(/This is your copy of/).isVisible(), 'the editor with the copy');
    expect(await page.getByLabel('Patterns', { exact: true }).inputValue()).not.toBe('');
    expect(await page.getByText('Ready to save.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.close();
  });

  it('validates site patterns, keeps the child setting, and asks before losing an unsaved rule', async () => {
    const { page } = await options();
    const neverRunOn = page.getByLabel('Never run on');
    await neverRunOn.fill('https://intranet.example.org/*\nexample.org');
    await waitFor(() => page.getByText(/Line 2: "example.org" is not a match pattern/).isVisible(), 'the pattern problem');
    expect(await page.getByRole('button', { name: 'Save site lists' }).isDisabled()).toBe(true);
    await neverRunOn.fill('https://intranet.example.org/*');
    await page.getByRole('button', { name: 'Save site lists' }).click();
    await page.getByLabel('Who the notes are about').selectOption('always');
    await waitFor(
      () => page.evaluate(async () => JSON.stringify((await chrome.storage.sync.get('settings')).settings)),
      'the settings to be saved',
    ).then((saved) => {
      expect(JSON.parse(saved)).toMatchObject({ subjectIsChild: 'always', sites: { block: ['https://intranet.example.org/*'] } });
    });
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Reset settings to defaults' }).click();
    await waitFor(async () => (await page.getByLabel('Who the notes are about').inputValue()) === 'detect', 'the reset');

    await page.getByRole('button', { name: 'Write a new rule' }).click();
    await page.getByLabel('Title').fill('Half written');
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);
    await page.close();
  });

  it('reports corrupt stored settings and works with the defaults', async () => {
    const { page } = await options();
    await page.evaluate(() => chrome.storage.sync.set({ settings: 'not settings' }));
    await waitFor(() => page.getByRole('alert').filter({ hasText: 'Your saved settings could not be read' }).isVisible(), 'the notice');
    expect(await page.locator('.rule-row').count()).toBeGreaterThan(100);
    await page.evaluate(() => chrome.storage.sync.remove('settings'));
    await page.close();
  });

  it('has no serious or critical accessibility problems, in the lists or the rule editor', async () => {
    const { page } = await options();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.getByRole('button', { name: 'Write a new rule' }).click();
    await page.getByLabel('Patterns', { exact: true }).fill('put+ {reflexiv}');
    await page.getByLabel('Try the rule: type or paste sample text').fill('Sample');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
