#include "benchsupport.h"

#include "core/processinfo.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include <malloc.h>

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace OneWindow::Bench {
namespace {

double nearestRank(const std::vector<double> &sorted, double percent)
{
    const auto rank = std::size_t(std::ceil(percent / 100.0 * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

} // namespace

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double roundMs(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}

qint64 residentKiB()
{
    return residentMemoryKiB();
}

void trimHeap()
{
    malloc_trim(0);
}

Distribution distribution(std::vector<double> samples)
{
    Distribution spread;
    if (samples.empty())
        return spread;
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    spread.count = int(n);
    spread.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / double(n);
    spread.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    spread.p90 = nearestRank(samples, 90);
    spread.p99 = nearestRank(samples, 99);
    spread.max = samples.back();
    return spread;
}

QJsonObject toJson(const Distribution &spread)
{
    return QJsonObject { { u"count"_s, spread.count },         { u"mean"_s, roundMs(spread.mean) },
                         { u"p50"_s, roundMs(spread.median) }, { u"p90"_s, roundMs(spread.p90) },
                         { u"p99"_s, roundMs(spread.p99) },    { u"max"_s, roundMs(spread.max) } };
}

void printJson(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QTextStream &summary()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace OneWindow::Bench
