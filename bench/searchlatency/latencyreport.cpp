#include "latencyreport.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QJsonArray>
#include <QSet>

#include "benchsupport.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Bench {
namespace {

/// Samples of one group: latency and how many items matched.
struct Group
{
    std::vector<double> ms;
    double matches = 0;

    void add(const Timing &timing)
    {
        ms.push_back(timing.ms);
        matches += timing.matches;
    }
    QJsonObject toJson() const
    {
        QJsonObject object = Bench::toJson(distribution(ms));
        object.insert(u"meanMatches"_s, ms.empty() ? 0.0 : std::round(matches / double(ms.size())));
        return object;
    }
};

QJsonArray slowest(const std::vector<Keystroke> &typed, const std::vector<std::vector<Timing>> &passes)
{
    std::vector<std::pair<double, std::size_t>> medians;
    for (std::size_t k = 0; k < typed.size(); ++k) {
        std::vector<double> ms;
        for (const auto &pass : passes)
            ms.push_back(pass[k].ms);
        medians.emplace_back(distribution(ms).median, k);
    }
    std::sort(medians.begin(), medians.end(), std::greater<>());
    QJsonArray list;
    QSet<QString> seen;
    for (const auto &[ms, k] : medians) {
        if (list.size() == 10)
            break;
        if (seen.contains(typed[k].text))
            continue;
        seen.insert(typed[k].text);
        list.append(
            QJsonObject { { u"query"_s, typed[k].text },
                          { u"kind"_s, kindName(typed[k].kind) },
                          { u"ms"_s, roundMs(ms) },
                          { u"matches"_s, passes.front()[k].matches },
                          // what the keystroke before it matched: a longer pinyin query starts from those places
                          { u"previousMatches"_s, typed[k].length > 1 ? passes.front()[k - 1].matches : -1 } });
    }
    return list;
}

} // namespace

QJsonObject latencyReport(const std::vector<Keystroke> &typed, const std::vector<std::vector<Timing>> &passes)
{
    Group overall;
    Group names; // codes apart: typing a name is what the clerk does all day
    std::array<Group, queryKindCount> byKind;
    std::array<Group, maxTypedLength> byLength;
    std::array<std::array<Group, maxTypedLength>, queryKindCount> byKindLength;
    for (const auto &pass : passes) {
        for (std::size_t k = 0; k < typed.size(); ++k) {
            const int kind = int(typed[k].kind);
            const int length = typed[k].length - 1;
            overall.add(pass[k]);
            if (typed[k].kind != QueryKind::Code)
                names.add(pass[k]);
            byKind[size_t(kind)].add(pass[k]);
            byLength[size_t(length)].add(pass[k]);
            byKindLength[size_t(kind)][size_t(length)].add(pass[k]);
        }
    }
    QJsonObject kinds;
    QJsonObject kindLengths;
    for (int kind = 0; kind < queryKindCount; ++kind) {
        const QString name = kindName(QueryKind(kind));
        kinds.insert(name, byKind[size_t(kind)].toJson());
        QJsonObject lengths;
        for (int length = 0; length < maxTypedLength; ++length)
            lengths.insert(QString::number(length + 1), byKindLength[size_t(kind)][size_t(length)].toJson());
        kindLengths.insert(name, lengths);
    }
    QJsonObject lengths;
    for (int length = 0; length < maxTypedLength; ++length)
        lengths.insert(QString::number(length + 1), byLength[size_t(length)].toJson());
    return QJsonObject { { u"overall"_s, overall.toJson() },
                         { u"overallNames"_s, names.toJson() },
                         { u"byKind"_s, kinds },
                         { u"byLength"_s, lengths },
                         { u"byKindLength"_s, kindLengths },
                         { u"slowest"_s, slowest(typed, passes) } };
}

void printLatencySummary(const QJsonObject &report)
{
    auto line = [](const QString &label, const QJsonObject &spread) {
        summary() << qSetFieldWidth(10) << Qt::left << label << qSetFieldWidth(0) << " p50 "
                  << spread[u"p50"_s].toDouble() << " ms, p90 " << spread[u"p90"_s].toDouble() << " ms, p99 "
                  << spread[u"p99"_s].toDouble() << " ms, max " << spread[u"max"_s].toDouble() << " ms, matches ~"
                  << spread[u"meanMatches"_s].toDouble() << Qt::endl;
    };
    line(u"overall"_s, report[u"overall"_s].toObject());
    line(u"no codes"_s, report[u"overallNames"_s].toObject());
    const QJsonObject kinds = report[u"byKind"_s].toObject();
    for (int kind = 0; kind < queryKindCount; ++kind)
        line(kindName(QueryKind(kind)), kinds[kindName(QueryKind(kind))].toObject());
    const QJsonObject lengths = report[u"byLength"_s].toObject();
    for (int length = 1; length <= maxTypedLength; ++length)
        line(u"length "_s + QString::number(length), lengths[QString::number(length)].toObject());
}

} // namespace OneWindow::Bench
