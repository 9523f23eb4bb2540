#include "importsteps.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThreadPool>

#include "benchsupport.h"
#include "catalog/packagereader.h"
#include "catalog/searchindex.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Bench {

std::shared_ptr<Storage::Database> openDatabase(const QString &path)
{
    auto database = Storage::Database::open(path);
    if (!database) {
        summary() << "cannot open " << path << ": " << database.error().message << Qt::endl;
        return nullptr;
    }
    return database.value();
}

QJsonObject databaseBytes(const QString &path)
{
    return QJsonObject { { u"file"_s, QFileInfo(path).size() }, { u"wal"_s, QFileInfo(path + u"-wal"_s).size() } };
}

void warmFileCache(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    while (file.read(chunk.data(), chunk.size()) > 0) { }
}

std::optional<QJsonObject> timeParts(const Catalog::CatalogStore &store, const QString &package, bool oneThread)
{
    QElapsedTimer timer;
    timer.start();
    QFile file(package);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    const double readMs = elapsedMs(timer);
    timer.restart();
    const Result<Catalog::Package> parsed = Catalog::readPackage(bytes);
    const double parseMs = elapsedMs(timer);
    if (!parsed)
        return std::nullopt;
    double oneThreadMs = -1;
    if (oneThread) {
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        timer.restart();
        const bool ok = Catalog::readPackage(bytes).isOk();
        oneThreadMs = ok ? elapsedMs(timer) : -1;
        pool->setMaxThreadCount(threads);
    }
    timer.restart();
    const bool applied = store.apply(parsed.value()).isOk();
    const double applyMs = elapsedMs(timer);
    if (!applied)
        return std::nullopt;
    return QJsonObject { { u"bytes"_s, bytes.size() },
                         { u"readMs"_s, roundMs(readMs) },
                         { u"parseMs"_s, roundMs(parseMs) },
                         { u"parseOneThreadMs"_s, roundMs(oneThreadMs) },
                         { u"applyMs"_s, roundMs(applyMs) } };
}

QJsonObject timeIndex(const Catalog::CatalogStore &store)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<Catalog::ItemSummary> items = store.items();
    QList<Catalog::Department> departments = store.departments();
    const double loadMs = elapsedMs(timer);
    timer.restart();
    const Catalog::SearchIndex index(std::move(items), std::move(departments));
    const double buildMs = elapsedMs(timer);
    return QJsonObject { { u"loadItemsMs"_s, roundMs(loadMs) },
                         { u"buildMs"_s, roundMs(buildMs) },
                         { u"ms"_s, roundMs(loadMs + buildMs) } };
}

QJsonObject timeCheckpoint(const Storage::Database &database)
{
    const qint64 walBytes = QFileInfo(database.filePath() + u"-wal"_s).size();
    QSqlQuery query(database.connection());
    QElapsedTimer timer;
    timer.start();
    const bool ok = query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && query.next() && query.value(0).toInt() == 0;
    const double ms = elapsedMs(timer);
    return QJsonObject { { u"walBytes"_s, walBytes }, { u"ms"_s, ok ? roundMs(ms) : -1.0 } };
}

} // namespace OneWindow::Bench
