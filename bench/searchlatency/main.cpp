// onewindow-bench-search: per-keystroke search latency at catalog scale, measured the way the
// client meets it: the package imported into a scratch database, the index built from the
// store, and every prefix of realistic queries searched with the UI's limit of 500 hits.

#include <optional>
#include <span>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include "benchsupport.h"
#include "catalog/importer.h"
#include "catalog/searchindex.h"
#include "keystrokes.h"
#include "latencyreport.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Bench;

namespace {

constexpr int searchLimit = 500; // what the catalog screen asks for
// Targets from the issue, at 100k items.
constexpr double targetP50Ms = 1.0;
constexpr double targetP99Ms = 5.0;

struct Options
{
    QString catalog;
    QString workDir;
    int targets = 300;
    int passes = 3;
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Per-keystroke search latency over a catalog package."_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"catalog"_s, u"Full catalog package to import."_s, u"FILE"_s },
        { u"queries"_s, u"Items typed as queries, each as hanzi, pinyin and initials (default 300)."_s, u"N"_s },
        { u"passes"_s, u"Timed passes after the first, cold one (default 3)."_s, u"P"_s },
        { u"work-dir"_s, u"Where the scratch database goes (default: the temp folder)."_s, u"DIR"_s },
    });
    parser.process(app);
    Options options;
    options.catalog = parser.value(u"catalog"_s);
    options.workDir = parser.isSet(u"work-dir"_s) ? parser.value(u"work-dir"_s) : QDir::tempPath();
    bool ok = true;
    if (parser.isSet(u"queries"_s))
        options.targets = parser.value(u"queries"_s).toInt(&ok);
    if (ok && parser.isSet(u"passes"_s))
        options.passes = parser.value(u"passes"_s).toInt(&ok);
    if (options.catalog.isEmpty() || !ok || options.targets < 1 || options.passes < 1) {
        summary() << "--catalog FILE is required; --queries and --passes take a positive number" << Qt::endl;
        return std::nullopt;
    }
    return options;
}

std::vector<Timing> timePass(const Catalog::SearchIndex &index, const std::vector<Keystroke> &typed,
                             std::span<const std::uint32_t> usage)
{
    const Catalog::SearchFilter noFilter;
    std::vector<Timing> timings;
    timings.reserve(typed.size());
    QElapsedTimer timer;
    for (const Keystroke &keystroke : typed) {
        timer.start();
        const Catalog::SearchResult result = index.search(keystroke.text, noFilter, usage, searchLimit);
        timings.push_back({ elapsedMs(timer), result.total });
    }
    return timings;
}

// What a call costs before any matching: the empty box (every item) and a query nothing matches.
QJsonObject floorCosts(const Catalog::SearchIndex &index, std::span<const std::uint32_t> usage)
{
    QJsonObject floors;
    for (const auto &[name, query] : { std::pair(u"empty"_s, QString()), std::pair(u"noMatch"_s, u"\u3400"_s) }) {
        std::vector<Keystroke> repeated(50, Keystroke { query, QueryKind::Hanzi, 1 });
        std::vector<double> ms;
        for (const Timing &timing : timePass(index, repeated, usage))
            ms.push_back(timing.ms);
        floors.insert(name, toJson(distribution(ms)));
    }
    return floors;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"onewindow-bench-search"_s);
    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;

    QTemporaryDir scratch(QDir(options->workDir).filePath(u"onewindow-bench-XXXXXX"_s));
    auto database = Storage::Database::open(scratch.filePath(u"catalog.sqlite"_s));
    if (!scratch.isValid() || !database) {
        summary() << "cannot make a scratch database in " << options->workDir << Qt::endl;
        return 1;
    }
    const Catalog::CatalogStore store(database.value());
    QElapsedTimer timer;
    timer.start();
    const Result<Catalog::ImportSummary> imported = Catalog::importPackageFile(store, options->catalog);
    const double importMs = elapsedMs(timer);
    if (!imported) {
        summary() << "import failed: " << imported.error().message << Qt::endl;
        return 1;
    }

    trimHeap();
    timer.restart();
    std::vector<Catalog::ItemSummary> items = store.items();
    QList<Catalog::Department> departments = store.departments();
    const double loadMs = elapsedMs(timer);
    trimHeap();
    const qint64 rssBefore = residentKiB();
    timer.restart();
    const Catalog::SearchIndex index(std::move(items), std::move(departments));
    const double buildMs = elapsedMs(timer);
    trimHeap();
    const qint64 rssAfter = residentKiB();

    const std::vector<Keystroke> typed = keystrokes(index.items(), options->targets);
    const std::vector<std::uint32_t> usage(index.items().size(), 0); // a window that has used nothing yet
    const std::vector<Timing> cold = timePass(index, typed, usage);
    std::vector<std::vector<Timing>> passes;
    for (int pass = 0; pass < options->passes; ++pass)
        passes.push_back(timePass(index, typed, usage));

    QJsonObject report = latencyReport(typed, passes);
    std::vector<double> coldMs;
    for (const Timing &timing : cold)
        coldMs.push_back(timing.ms);
    const QJsonObject overall = report[u"overall"_s].toObject();
    report.insert(u"benchmark"_s, u"search"_s);
    report.insert(u"catalog"_s, options->catalog);
    report.insert(u"items"_s, qint64(index.items().size()));
    report.insert(u"departments"_s, index.departments().size());
    report.insert(u"threads"_s, QThread::idealThreadCount());
    report.insert(u"importMs"_s, roundMs(importMs));
    report.insert(u"loadItemsMs"_s, roundMs(loadMs));
    report.insert(u"indexBuildMs"_s, roundMs(buildMs));
    report.insert(u"rssBeforeIndexKiB"_s, rssBefore);
    report.insert(u"rssAfterIndexKiB"_s, rssAfter);
    report.insert(u"indexRssKiB"_s, rssAfter - rssBefore);
    report.insert(u"targets"_s, options->targets);
    report.insert(u"keystrokes"_s, qint64(typed.size()));
    report.insert(u"passes"_s, options->passes);
    report.insert(u"limit"_s, searchLimit);
    report.insert(u"coldPass"_s, toJson(distribution(coldMs)));
    report.insert(u"floor"_s, floorCosts(index, usage));
    report.insert(u"goal"_s, QJsonObject { { u"p50Ms"_s, targetP50Ms }, { u"p99Ms"_s, targetP99Ms } });
    report.insert(u"met"_s,
                  QJsonObject { { u"p50"_s, overall[u"p50"_s].toDouble() <= targetP50Ms },
                                { u"p99"_s, overall[u"p99"_s].toDouble() <= targetP99Ms } });
    printJson(report);

    summary() << "search over " << index.items().size() << " items: index built in " << roundMs(buildMs) << " ms, "
              << (rssAfter - rssBefore) / 1024 << " MiB; " << typed.size() << " keystrokes x " << options->passes
              << " passes (goal p50 <= " << targetP50Ms << " ms, p99 <= " << targetP99Ms << " ms)" << Qt::endl;
    printLatencySummary(report);
    return 0;
}
