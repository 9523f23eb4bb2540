// onewindow-bench-import: how long a window PC takes to take in a catalog. A full package is
// imported into an empty scratch database, as on a new window (goal: 5 s at 100k items), then a
// delta on top of it (goal: 200 ms for 1k changed items), then the search index rebuilt.
// Both imports are then done again step by step in a second database, to show where the time goes.

#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include "benchsupport.h"
#include "catalog/importer.h"
#include "importsteps.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace OneWindow;
using namespace OneWindow::Bench;

namespace {

constexpr double goalFullMs = 5000;
constexpr double goalDeltaMs = 200;

struct Options
{
    QString full;
    QString delta;
    QString workDir;
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times a full catalog import, then a delta on top of it."_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"full"_s, u"Full catalog package."_s, u"FILE"_s },
        { u"delta"_s, u"Delta package based on the full one's version."_s, u"FILE"_s },
        { u"work-dir"_s, u"Where the scratch databases go (default: the temp folder)."_s, u"DIR"_s },
    });
    parser.process(app);
    Options options { parser.value(u"full"_s), parser.value(u"delta"_s),
                      parser.isSet(u"work-dir"_s) ? parser.value(u"work-dir"_s) : QDir::tempPath() };
    if (options.full.isEmpty() || options.delta.isEmpty()) {
        summary() << "--full FILE and --delta FILE are required" << Qt::endl;
        return std::nullopt;
    }
    return options;
}

std::optional<QJsonObject> timeImport(const Catalog::CatalogStore &store, const QString &package)
{
    QElapsedTimer timer;
    timer.start();
    const Result<Catalog::ImportSummary> imported = Catalog::importPackageFile(store, package);
    const double ms = elapsedMs(timer);
    if (!imported) {
        summary() << "import of " << package << " failed: " << imported.error().message << Qt::endl;
        return std::nullopt;
    }
    return QJsonObject { { u"ms"_s, roundMs(ms) },
                         { u"version"_s, imported->version },
                         { u"added"_s, imported->added },
                         { u"replaced"_s, imported->replaced },
                         { u"removed"_s, imported->removed },
                         { u"total"_s, imported->total } };
}

void printSummary(const QJsonObject &full, const QJsonObject &delta, const QJsonObject &index,
                  const QJsonObject &rebuild)
{
    const QJsonObject fullParts = full[u"parts"_s].toObject();
    const QJsonObject deltaParts = delta[u"parts"_s].toObject();
    summary() << "full import of " << full[u"total"_s].toInt() << " items: " << full[u"ms"_s].toDouble() << " ms (goal "
              << goalFullMs << "); step by step: read " << fullParts[u"readMs"_s].toDouble() << " ms, parse "
              << fullParts[u"parseMs"_s].toDouble() << " ms (on one thread "
              << fullParts[u"parseOneThreadMs"_s].toDouble() << " ms), write " << fullParts[u"applyMs"_s].toDouble()
              << " ms" << Qt::endl;
    summary() << "left in the write-ahead log: " << full[u"databaseBytes"_s][u"wal"_s].toDouble() / 1048576
              << " MiB (file " << full[u"databaseBytes"_s][u"file"_s].toDouble() / 1048576 << " MiB); checkpoint "
              << full[u"checkpoint"_s][u"ms"_s].toDouble() << " ms" << Qt::endl;
    summary() << "index build " << index[u"ms"_s].toDouble() << " ms (items read " << index[u"loadItemsMs"_s].toDouble()
              << " ms)" << Qt::endl;
    summary() << "delta (" << delta[u"replaced"_s].toInt() << " replaced, " << delta[u"added"_s].toInt() << " added, "
              << delta[u"removed"_s].toInt() << " removed): " << delta[u"ms"_s].toDouble() << " ms (goal "
              << goalDeltaMs << "); step by step: parse " << deltaParts[u"parseMs"_s].toDouble() << " ms, write "
              << deltaParts[u"applyMs"_s].toDouble() << " ms; checkpoint " << delta[u"checkpoint"_s][u"ms"_s].toDouble()
              << " ms" << Qt::endl;
    summary() << "index rebuild after the delta " << rebuild[u"ms"_s].toDouble() << " ms (items read "
              << rebuild[u"loadItemsMs"_s].toDouble() << " ms)" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"onewindow-bench-import"_s);
    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;
    QTemporaryDir scratch(QDir(options->workDir).filePath(u"onewindow-bench-XXXXXX"_s));
    const QString catalogPath = scratch.filePath(u"catalog.sqlite"_s);
    const auto database = openDatabase(catalogPath);
    const auto partsDatabase = openDatabase(scratch.filePath(u"parts.sqlite"_s));
    if (!scratch.isValid() || !database || !partsDatabase)
        return 1;
    const Catalog::CatalogStore store(database);
    const Catalog::CatalogStore partsStore(partsDatabase);

    // The import first, while the heap is as fresh as a client's; the files already cached.
    warmFileCache(options->full);
    warmFileCache(options->delta);
    std::optional<QJsonObject> full = timeImport(store, options->full);
    if (!full)
        return 1;
    // Right after an import the client reads the items back for its index, through the log.
    full->insert(u"databaseBytes"_s, databaseBytes(catalogPath));
    const QJsonObject index = timeIndex(store);
    full->insert(u"checkpoint"_s, timeCheckpoint(*database));
    trimHeap();
    const std::optional<QJsonObject> fullParts = timeParts(partsStore, options->full, true);
    if (!fullParts)
        return 1;
    full->insert(u"parts"_s, *fullParts);
    timeCheckpoint(*partsDatabase);

    // A delta comes on a later day, to a database a clean exit has checkpointed.
    trimHeap();
    std::optional<QJsonObject> delta = timeImport(store, options->delta);
    const std::optional<QJsonObject> deltaParts = timeParts(partsStore, options->delta, false);
    if (!delta || !deltaParts)
        return 1;
    delta->insert(u"parts"_s, *deltaParts);
    delta->insert(u"databaseBytes"_s, databaseBytes(catalogPath));
    const QJsonObject rebuild = timeIndex(store);
    delta->insert(u"checkpoint"_s, timeCheckpoint(*database));

    const double fullMs = (*full)[u"ms"_s].toDouble();
    const double deltaMs = (*delta)[u"ms"_s].toDouble();
    printJson(QJsonObject {
        { u"benchmark"_s, u"import"_s },
        { u"fullPackage"_s, options->full },
        { u"deltaPackage"_s, options->delta },
        { u"threads"_s, QThread::idealThreadCount() },
        { u"full"_s, *full },
        { u"indexBuild"_s, index },
        { u"delta"_s, *delta },
        { u"indexRebuild"_s, rebuild },
        { u"goal"_s, QJsonObject { { u"fullMs"_s, goalFullMs }, { u"deltaMs"_s, goalDeltaMs } } },
        { u"met"_s, QJsonObject { { u"full"_s, fullMs <= goalFullMs }, { u"delta"_s, deltaMs <= goalDeltaMs } } },
    });
    printSummary(*full, *delta, index, rebuild);
    return 0;
}
