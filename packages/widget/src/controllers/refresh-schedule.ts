/** The shortest interval `refresh` accepts, in seconds: polling faster helps no reader. */
export const MIN_REFRESH_SECONDS = 15;
/** After failures the wait doubles, up to this many intervals, and returns to one on success. */
const MAX_BACKOFF = 8;

/**
 * When a live card checks its `src` again: every interval while the page is visible, never while
 * it is hidden (a due check runs as soon as the reader comes back), backing off after failures.
 */
export class RefreshSchedule {
  readonly #run: () => Promise<boolean>;
  #intervalMs = 0;
  #failures = 0;
  #dueAt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** @param run - One check; resolves to whether it succeeded. */
  constructor(run: () => Promise<boolean>) {
    this.#run = run;
  }

  /** Starts counting afresh, `seconds` between checks (at least 15); 0 or less stops. */
  start(seconds: number): void {
    this.stop();
    if (!(seconds > 0)) return;
    this.#intervalMs = Math.max(MIN_REFRESH_SECONDS, seconds) * 1000;
    this.#failures = 0;
    document.addEventListener('visibilitychange', this.#arm);
    this.#plan();
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#intervalMs = 0;
    document.removeEventListener('visibilitychange', this.#arm);
  }

  #plan(): void {
    this.#dueAt = Date.now() + this.#intervalMs * Math.min(2 ** this.#failures, MAX_BACKOFF);
    this.#arm();
  }

  /** Sets the timer for what is left of the wait, or clears it while the page is hidden. */
  #arm = (): void => {
    clearTimeout(this.#timer);
    if (!document.hidden && this.#intervalMs)
      this.#timer = setTimeout(this.#check, Math.max(0, this.#dueAt - Date.now()));
  };

  #check = async (): Promise<void> => {
    const ok = await this.#run();
    if (!this.#intervalMs) return; // stopped meanwhile
    this.#failures = ok ? 0 : this.#failures + 1;
    this.#plan();
  };
}
