import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Per-user limit on commands, from rate-limiter-flexible (in memory, per process). */
export class RateLimiter {
  private readonly limiter: RateLimiterMemory;

  constructor(
    readonly points: number,
    readonly windowSeconds: number,
  ) {
    this.limiter = new RateLimiterMemory({ points, duration: windowSeconds });
  }

  /** Takes one use for the user: null when allowed, else the seconds until the next is. */
  async take(userId: string): Promise<number | null> {
    try {
      await this.limiter.consume(userId);
      return null;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
    }
  }
}

/** What this process has done since it started, for /status. */
export class Usage {
  readonly startedAt = Date.now();
  questionsServed = 0;
  commandsServed = 0;
}
