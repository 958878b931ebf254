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
  private readonly afterPaintTasks = new Set<() => void>();
  private readonly channel: MessageChannel;

  constructor(private readonly view: Window) {
    this.channel = new MessageChannel();
    this.channel.port1.onmessage = () => {
      const tasks = [...this.afterPaintTasks];
      this.afterPaintTasks.clear();
      for (const task of tasks) task();
    };
  }

  /**
   * Runs `task` once, in a task right after the next frame is painted: work that must not delay the
   * frame showing what was just typed (a message posted from an animation-frame callback runs after
   * that frame's rendering).
   */
  afterNextPaint(task: () => void): void {
    const first = this.afterPaintTasks.size === 0;
    this.afterPaintTasks.add(task);
    if (first) this.view.requestAnimationFrame(() => this.channel.port2.postMessage(0));
  }

  schedule(job: FrameJob): void {
    this.jobs.add(job);
    if (this.requested) return;
    this.requested = true;
    this.view.requestAnimationFrame(() => this.flush());
  }

  cancel(job: FrameJob | (() => void)): void {
    if (typeof job === 'function') this.afterPaintTasks.delete(job);
    else this.jobs.delete(job);
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
