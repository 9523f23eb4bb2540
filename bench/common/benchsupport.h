#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>

#include <vector>

/// What the benchmark programs share: milliseconds from a timer, a sample's distribution,
/// this process's resident memory and the two outputs (one JSON object on stdout for
/// scripts, a few lines on stderr for people). Qt Core only, so every benchmark can use it.
namespace OneWindow::Bench {

/// Milliseconds since `timer` started, to the nanosecond the clock gives.
double elapsedMs(const QElapsedTimer &timer);
/// Milliseconds rounded to the microsecond, so the JSON stays readable.
double roundMs(double ms);

/// Resident set size of this process in KiB (VmRSS); 0 where /proc is absent.
qint64 residentKiB();
/// Gives freed heap back to the kernel, so that a following residentKiB() counts live data.
void trimHeap();

/// A sample's spread. Percentiles are nearest-rank (p99 of 100 samples is the 99th);
/// the median is the middle sample, or the mean of the middle two.
struct Distribution
{
    int count = 0;
    double mean = 0;
    double median = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
};
Distribution distribution(std::vector<double> samples);
/// {count, mean, p50, p90, p99, max}, rounded with roundMs().
QJsonObject toJson(const Distribution &spread);

/// One compact JSON line on stdout.
void printJson(const QJsonObject &object);
/// Where the human summary goes (stderr).
QTextStream &summary();

} // namespace OneWindow::Bench
