/**
 * Layout work batched per animation frame: every scheduled job reads layout first, then all of them
 * write, so one frame never interleaves reads and writes (no forced reflows while someone types).
 */

export interface FrameJob {
  read(): void;
  write(): void;
}

export class FrameBatcher {
  private readonly jobs = new Set<FrameJob>();
  private requested = false;

  constructor(private readonly view: Window) {}

  schedule(job: FrameJob): void {
    this.jobs.add(job);
    if (this.requested) return;
    this.requested = true;
    this.view.requestAnimationFrame(() => this.flush());
  }

  cancel(job: FrameJob): void {
    this.jobs.delete(job);
  }

  private flush(): void {
    // Jobs scheduled while reading (a check that produces marks to draw) join this same frame.
    const ran: FrameJob[] = [];
    for (let round = 0; round < 3 && this.jobs.size > 0; round++) {
      const jobs = [...this.jobs];
      this.jobs.clear();
      for (const job of jobs) job.read();
      ran.push(...jobs);
    }
    this.requested = false;
    if (this.jobs.size > 0) this.schedule([...this.jobs][0]!);
    for (const job of new Set(ran)) job.write();
  }
}
