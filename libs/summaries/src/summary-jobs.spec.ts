import { windowClosesAt } from './summary-jobs.service';

describe('windowClosesAt', () => {
  const WINDOW = 2000;
  const start = Date.UTC(2026, 2, 31, 17, 0, 0);

  it('closes after every change of its window, within one window, the same for all of them', () => {
    const closes = windowClosesAt('RCM/2025', start, WINDOW);
    expect(closes).toBeGreaterThan(start);
    expect(closes - start).toBeLessThanOrEqual(WINDOW);
    // Every moment up to the close shares it; the close itself starts the next window.
    for (let now = start; now < closes; now += 97)
      expect(windowClosesAt('RCM/2025', now, WINDOW)).toBe(closes);
    expect(windowClosesAt('RCM/2025', closes, WINDOW)).toBe(closes + WINDOW);
  });

  it('spreads the closes of summaries changed at once over the window', () => {
    const summaries = Array.from({ length: 30 }, (_, i) => `P${i}/2025`);
    const due = summaries.map((summary) => windowClosesAt(summary, start, WINDOW) - start);
    // All of them within the window, over most of it rather than at one instant.
    expect(Math.min(...due)).toBeGreaterThan(0);
    expect(Math.max(...due)).toBeLessThanOrEqual(WINDOW);
    expect(Math.max(...due) - Math.min(...due)).toBeGreaterThan(WINDOW / 2);
    expect(new Set(due).size).toBeGreaterThan(25);
  });

  it('without a window (1 ms), is due at once', () => {
    expect(windowClosesAt('RCM/2025', start, 1)).toBe(start + 1);
  });
});
