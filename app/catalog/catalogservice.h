#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <vector>

#include "catalogstore.h"
#include "itemguide.h"
#include "search.h"
#include "searchindex.h"

namespace OneWindow {
class Clock;
}
namespace OneWindow::Storage {
class Database;
}

namespace OneWindow::Catalog {

/// The catalog as the client's screens see it. Everything that touches the disk (loading,
/// building the index, importing, reading a guide, counting usage) runs in a worker thread;
/// search itself runs in memory on the caller's thread, fast enough for every keystroke.
///
///   reload() ──worker──▶ indexReady()          importPackage() ──worker──▶ importFinished()
///   requestGuide(code) ──worker──▶ guideReady(guide) | guideFailed(code, message)
class CatalogService : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void indexReady();
    void importFinished(bool ok, const QString &message);
    void guideReady(const OneWindow::Catalog::ItemGuide &guide);
    void guideFailed(const QString &code, const QString &message);

public:
    CatalogService(std::shared_ptr<Storage::Database> database, const Clock &clock, QObject *parent = nullptr);
    ~CatalogService() override;

    bool isReady() const { return m_index != nullptr; }
    std::shared_ptr<const SearchIndex> index() const { return m_index; }
    qint64 version() const { return m_version; }
    const Dictionaries &dictionaries() const { return m_dictionaries; }

    SearchResult search(const QString &query, const SearchFilter &filter, int limit = 500) const;

    /// Loads the cached catalog; when none is cached yet and `seedIfEmpty` is given (the demo
    /// catalog, an installer's package), imports that first.
    void reload(const QString &seedIfEmpty = QString());
    void importPackage(const QString &path);
    void requestGuide(const QString &code);
    /// Counts an item as used at this window: it ranks higher in later searches.
    void recordUse(const QString &code);

private:
    struct Loaded;
    void adopt(const std::shared_ptr<Loaded> &loaded);

    std::shared_ptr<Storage::Database> m_database;
    const Clock &m_clock;
    CatalogStore m_store;
    std::shared_ptr<const SearchIndex> m_index;
    Dictionaries m_dictionaries;
    std::vector<std::uint32_t> m_usage;
    qint64 m_version = 0;
    QString m_pendingGuide;
    int m_generation = 0;
    /// Our own workers, so the destructor can wait for them: nothing outlives the service.
    QThreadPool m_pool;
};

} // namespace OneWindow::Catalog
