// onewindow-gencatalog: writes synthetic catalog packages (docs/catalog-package.md) of any size for the
// import and search benchmarks. The same --seed and --items always give the same bytes, and a delta made
// with the same --seed and --items applies to that full package.

#include <limits>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

#include "deltaselection.h"
#include "itemgenerator.h"
#include "itemguide.h"
#include "packagewriter.h"

using namespace Qt::StringLiterals;
using namespace OneWindow::GenCatalog;

namespace {

struct Options
{
    int items = 0;
    quint64 seed = 1;
    int version = 1;
    int deltaOfVersion = 0; ///< 0 = write a full package
    int deltaItems = 0;
    int removed = 0;
    int added = 0;
    QString issuedAt;
    QString out;
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, int defaultValue, int minimum,
                             int maximum)
{
    if (!parser.isSet(name))
        return defaultValue;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        err() << "--" << name << " must be an integer from " << minimum << " to " << maximum << Qt::endl;
        return std::nullopt;
    }
    return value;
}

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a synthetic OneWindow catalog package (full or delta)."_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"items"_s, u"Items in the full catalog; a delta needs it too, to know which codes exist."_s, u"N"_s },
        { u"seed"_s, u"Seed; the same seed and --items always give the same catalog (default 1)."_s, u"S"_s },
        { u"version"_s, u"Version of a full package (default 1)."_s, u"V"_s },
        { u"delta-of-version"_s, u"Write a delta on version B instead; it becomes B+1."_s, u"B"_s },
        { u"delta-items"_s, u"Items the delta replaces (same code, version bumped)."_s, u"K"_s },
        { u"removed"_s, u"Items the delta withdraws (default 0)."_s, u"R"_s },
        { u"added"_s, u"New items the delta adds after the existing ones (default 0)."_s, u"A"_s },
        { u"issued-at"_s, u"issuedAt, ISO 8601 with offset (default: 2026-01-01 08:00 +08:00 plus version-1 days)."_s,
          u"T"_s },
        { u"out"_s, u"File to write."_s, u"FILE"_s },
    });
    parser.process(app);

    Options options;
    if (!parser.isSet(u"items"_s) || !parser.isSet(u"out"_s)) {
        err() << "--items and --out are required; see --help" << Qt::endl;
        return std::nullopt;
    }
    const auto items = intOption(parser, u"items"_s, 0, 0, ItemGenerator::maxItems);
    const auto version = intOption(parser, u"version"_s, 1, 1, std::numeric_limits<int>::max() - 1);
    const auto deltaOf = intOption(parser, u"delta-of-version"_s, 0, 1, std::numeric_limits<int>::max() - 1);
    const auto deltaItems = intOption(parser, u"delta-items"_s, 0, 0, ItemGenerator::maxItems);
    const auto removed = intOption(parser, u"removed"_s, 0, 0, ItemGenerator::maxItems);
    const auto added = intOption(parser, u"added"_s, 0, 0, ItemGenerator::maxItems);
    if (!items || !version || !deltaOf || !deltaItems || !removed || !added)
        return std::nullopt;
    options.items = *items;
    options.version = *version;
    options.deltaOfVersion = *deltaOf;
    options.deltaItems = *deltaItems;
    options.removed = *removed;
    options.added = *added;
    options.out = parser.value(u"out"_s);

    if (parser.isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok) {
            err() << "--seed must be an unsigned integer" << Qt::endl;
            return std::nullopt;
        }
    }
    const bool delta = options.deltaOfVersion > 0;
    if (!delta && (parser.isSet(u"delta-items"_s) || parser.isSet(u"removed"_s) || parser.isSet(u"added"_s))) {
        err() << "--delta-items, --removed and --added need --delta-of-version" << Qt::endl;
        return std::nullopt;
    }
    if (delta && qint64(options.deltaItems) + options.removed > options.items) {
        err() << "--delta-items plus --removed cannot exceed --items" << Qt::endl;
        return std::nullopt;
    }
    if (delta && qint64(options.items) + options.added > ItemGenerator::maxItems) {
        err() << "--items plus --added cannot exceed " << ItemGenerator::maxItems << Qt::endl;
        return std::nullopt;
    }

    const int packageVersion = delta ? options.deltaOfVersion + 1 : options.version;
    if (parser.isSet(u"issued-at"_s)) {
        options.issuedAt = parser.value(u"issued-at"_s);
        if (!QDateTime::fromString(options.issuedAt, Qt::ISODate).isValid()) {
            err() << "--issued-at must be an ISO 8601 date-time, e.g. 2026-11-20T08:00:00+08:00" << Qt::endl;
            return std::nullopt;
        }
    } else {
        // derived from the version so that the same arguments give the same bytes
        const QDateTime first(QDate(2026, 1, 1), QTime(8, 0), QTimeZone(8 * 3600));
        options.issuedAt = first.addDays(packageVersion - 1).toString(Qt::ISODate);
    }
    return options;
}

bool writePackage(const Options &options, QIODevice *device, qint64 *itemsWritten, qint64 *bytes)
{
    const ItemGenerator generator(options.seed);
    PackageWriter writer(device);
    PackageHeader header;
    header.issuedAt = options.issuedAt;
    header.issuer = u"示范区政务服务数据管理局"_s;

    if (options.deltaOfVersion == 0) {
        header.kind = u"full"_s;
        header.version = options.version;
        writer.begin(header);
        for (int index = 0; index < options.items; ++index)
            writer.writeItem(generator.item(index));
        *itemsWritten = options.items;
        const bool ok = writer.finish();
        *bytes = writer.bytesWritten();
        return ok;
    }

    header.kind = u"delta"_s;
    header.baseVersion = options.deltaOfVersion;
    header.version = options.deltaOfVersion + 1;
    writer.begin(header);
    const DeltaSelection selection
        = selectDelta(options.seed, options.items, options.deltaOfVersion, options.deltaItems, options.removed);
    for (int index : selection.replaced)
        writer.writeItem(generator.revised(index, options.deltaOfVersion));
    for (int index = options.items; index < options.items + options.added; ++index)
        writer.writeItem(generator.item(index));
    QStringList removedCodes;
    removedCodes.reserve(selection.removed.size());
    for (int index : selection.removed)
        removedCodes.append(generator.item(index).code);
    *itemsWritten = selection.replaced.size() + options.added;
    const bool ok = writer.finish(removedCodes);
    *bytes = writer.bytesWritten();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"onewindow-gencatalog"_s);
    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;

    QElapsedTimer timer;
    timer.start();
    QSaveFile file(options->out);
    if (!file.open(QIODevice::WriteOnly)) {
        err() << "cannot write " << options->out << ": " << file.errorString() << Qt::endl;
        return 1;
    }
    qint64 items = 0;
    qint64 bytes = 0;
    if (!writePackage(*options, &file, &items, &bytes) || !file.commit()) {
        err() << "writing " << options->out << " failed: " << file.errorString() << Qt::endl;
        file.cancelWriting();
        return 1;
    }
    err() << "wrote " << (options->deltaOfVersion ? "delta" : "full") << " package with " << items << " items, "
          << bytes << " bytes, in " << timer.elapsed() << " ms: " << options->out << Qt::endl;
    return 0;
}
