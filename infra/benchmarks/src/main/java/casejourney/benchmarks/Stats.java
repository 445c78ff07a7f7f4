package casejourney.benchmarks;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** Latency and throughput figures for one measured run. */
final class Stats {

  private final Recorder recorder = new Recorder(3);
  private long startNanos;
  private long endNanos;
  private Histogram last;

  void start() {
    recorder.reset();
    startNanos = System.nanoTime();
  }

  void record(long nanos) {
    recorder.recordValue(Math.max(1, nanos));
  }

  void stop() {
    endNanos = System.nanoTime();
    last = recorder.getIntervalHistogram();
  }

  long count() {
    return last == null ? 0 : last.getTotalCount();
  }

  String report(String name) {
    // Runs measured without stop() (a running lag) report what was recorded so far.
    var histogram = last != null ? last : recorder.getIntervalHistogram();
    double seconds = (endNanos - startNanos) / 1e9;
    return String.format(
        "%-48s %8d ops  %9.0f ops/s  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms",
        name,
        histogram.getTotalCount(),
        histogram.getTotalCount() / seconds,
        ms(histogram.getValueAtPercentile(50)),
        ms(histogram.getValueAtPercentile(99)),
        ms(histogram.getMaxValue()));
  }

  private static double ms(long nanos) {
    return nanos / (double) TimeUnit.MILLISECONDS.toNanos(1);
  }
}
