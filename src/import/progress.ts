/** Progress of one file: records a second, bytes done of the file's size, and the time left at that pace. */
export class Progress {
  private readonly started = Date.now();
  private lastLog = Date.now();
  private done_ = 0;
  private total = 0;

  constructor(
    private readonly name: string,
    private readonly log: (message: string) => void,
    private readonly everyMs: number,
  ) {}

  bytes(done: number, total: number): void {
    this.done_ = done;
    this.total = total;
  }

  record(records: number): void {
    const now = Date.now();
    if (now - this.lastLog < this.everyMs) return;
    this.lastLog = now;
    this.log(`${this.name}: ${this.line(records, now)}`);
  }

  done(records: number): void {
    const seconds = (Date.now() - this.started) / 1000;
    this.log(`${this.name}: ${records.toLocaleString("en-US")} record${records === 1 ? "" : "s"} read in ${seconds.toFixed(1)} s`);
  }

  private line(records: number, now: number): string {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const parts = [`${records.toLocaleString("en-US")} records`, `${Math.round(records / seconds).toLocaleString("en-US")}/s`];
    if (this.total > 0) {
      parts.push(`${megabytes(this.done_)} of ${megabytes(this.total)} MB`);
      const left = this.done_ > 0 ? ((this.total - this.done_) * seconds) / this.done_ : NaN;
      if (Number.isFinite(left)) parts.push(`about ${duration(left)} left`);
    }
    return parts.join(", ");
  }
}

const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(1);

function duration(seconds: number): string {
  if (seconds < 90) return `${Math.ceil(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
