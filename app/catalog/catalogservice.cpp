#include "catalogservice.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include "core/clock.h"
#include "core/logging.h"
#include "core/worker.h"
#include "importer.h"
#include "storage/database.h"
#include "text.h"

using namespace Qt::StringLiterals;

namespace OneWindow::Catalog {

struct CatalogService::Loaded
{
    std::shared_ptr<const SearchIndex> index;
    Dictionaries dictionaries;
    QHash<QString, int> usage;
    qint64 version = 0;
};

CatalogService::CatalogService(std::shared_ptr<Storage::Database> database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_clock(clock)
    , m_store(m_database)
{
    qRegisterMetaType<ItemGuide>();
    // Two workers: a guide can be read while a large import runs.
    m_pool.setMaxThreadCount(2);
}

CatalogService::~CatalogService()
{
    m_pool.waitForDone();
}

void CatalogService::reload(const QString &seedIfEmpty)
{
    const int generation = ++m_generation;
    runInWorker(
        &m_pool, this,
        [store = m_store, seedIfEmpty]() {
            if (!seedIfEmpty.isEmpty() && store.version() == 0) {
                const Result<ImportSummary> seeded = importPackageFile(store, seedIfEmpty);
                if (!seeded)
                    qCWarning(lcCatalog) << "seed catalog not imported:" << seeded.error().message;
            }
            auto loaded = std::make_shared<Loaded>();
            loaded->version = store.version();
            loaded->dictionaries = store.dictionaries();
            loaded->usage = store.usage();
            loaded->index = std::make_shared<const SearchIndex>(store.items(), store.departments());
            return loaded;
        },
        [this, generation](const std::shared_ptr<Loaded> &loaded) {
            if (generation == m_generation)
                adopt(loaded);
        });
}

void CatalogService::adopt(const std::shared_ptr<Loaded> &loaded)
{
    m_index = loaded->index;
    m_dictionaries = loaded->dictionaries;
    m_version = loaded->version;
    m_usage.assign(m_index->items().size(), 0);
    for (auto it = loaded->usage.cbegin(); it != loaded->usage.cend(); ++it) {
        const int item = m_index->indexOf(it.key());
        if (item >= 0)
            m_usage[size_t(item)] = std::uint32_t(it.value());
    }
    qCInfo(lcCatalog) << "catalog version" << m_version << "ready with" << m_index->items().size() << "items";
    Q_EMIT indexReady();
}

SearchResult CatalogService::search(const QString &query, const SearchFilter &filter, int limit) const
{
    if (!m_index)
        return {};
    return m_index->search(query, filter, m_usage, limit);
}

void CatalogService::importPackage(const QString &path)
{
    runInWorker(
        &m_pool, this, [store = m_store, path]() { return importPackageFile(store, path); },
        [this](const Result<ImportSummary> &result) {
            if (!result) {
                qCWarning(lcCatalog) << "catalog import refused:" << result.error().code;
                Q_EMIT importFinished(false, result.error().message);
                return;
            }
            const ImportSummary &summary = result.value();
            Q_EMIT importFinished(true,
                                  tr("Catalog version %1 imported: %2 added, %3 updated, %4 withdrawn, %5 "
                                     "items in all.")
                                      .arg(summary.version)
                                      .arg(summary.added)
                                      .arg(summary.replaced)
                                      .arg(summary.removed)
                                      .arg(summary.total));
            reload();
        });
}

void CatalogService::requestGuide(const QString &code)
{
    m_pendingGuide = code;
    const QList<Department> departments = m_index ? m_index->departments() : QList<Department>();
    runInWorker(
        &m_pool, this,
        [store = m_store, code, dictionaries = m_dictionaries, departments]() -> Result<ItemGuide> {
            const std::optional<QByteArray> body = store.itemBody(code);
            if (!body)
                return makeError(u"catalog.no_item"_s, Text::tr("The item %1 is no longer in the catalog.").arg(code));
            return parseGuide(*body, dictionaries, departments);
        },
        [this, code](const Result<ItemGuide> &guide) {
            if (code != m_pendingGuide)
                return; // the staff moved on to another item meanwhile
            if (guide)
                Q_EMIT guideReady(guide.value());
            else
                Q_EMIT guideFailed(code, guide.error().message);
        });
}

void CatalogService::recordUse(const QString &code)
{
    if (m_index) {
        const int item = m_index->indexOf(code);
        if (item >= 0 && size_t(item) < m_usage.size())
            ++m_usage[size_t(item)];
    }
    runInWorker(
        &m_pool, this, [store = m_store, code, when = m_clock.now()]() { return store.recordUse(code, when); },
        [](const Status &status) {
            if (!status)
                qCWarning(lcCatalog) << "usage not recorded:" << status.error().message;
        });
}

} // namespace OneWindow::Catalog
