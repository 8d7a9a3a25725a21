import type { Page } from 'playwright-core';

/** Page object of the schedule screens. */
export class SchedulePage {
  constructor(private readonly page: Page) {}

  async open(view: string, month: string): Promise<void> {
    await this.page.evaluate(([v, m]) => (window.location.hash = `#/schedule/${v}?m=${m}`), [view, month]);
    if (view === 'month' || view === 'board') {
      const [y, mo] = month.split('-');
      await this.page
        .getByTestId('month-title')
        .filter({ hasText: `Tháng ${Number(mo)}/${y}` })
        .waitFor();
    }
  }

  day(date: string) {
    return this.page.locator(`.day[data-date="${date}"]`);
  }

  chipOn(date: string) {
    return this.day(date).locator('.chip');
  }

  panel() {
    return this.page.getByTestId('item-panel');
  }

  async select(date: string): Promise<void> {
    await this.chipOn(date).first().click();
    await this.panel().waitFor();
  }

  dialog() {
    return this.page.getByRole('dialog');
  }
}
